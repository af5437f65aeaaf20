"""Step 3 of the import: every bad row with its spreadsheet row number, column, value and
reason — and the warnings of rows that will be written, marked apart (amber "Peringatan —
tetap ditulis" against red "Bermasalah — tidak ditulis"). Search as you type, show errors or
warnings only, sort by any column; the selected row's full reason is shown under the
table."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from counterdesk.gui.models.row_table_model import Column
from counterdesk.gui.row_list import RowList
from counterdesk.services import registry_import as ri

ERROR, WARNING = "error", "warning"
ALL = "all"


@dataclass(frozen=True)
class ProblemRow:
    row: int  # as the spreadsheet shows it
    kind: str  # ERROR (the row is not written) or WARNING (written all the same)
    field: str  # the field's label
    column: str  # the file's column title
    value: str
    message: str


def problem_rows(plan: ri.ImportPreview) -> list[ProblemRow]:
    """Errors first (those rows are not written), then warnings; each in file order."""
    rows = [
        ProblemRow(
            p.row, ERROR, ri.FIELD_LABELS.get(p.field, p.field), p.column, p.value, p.message
        )
        for p in plan.problems
    ]
    rows += [
        ProblemRow(r.row, WARNING, "", "", r.entry.serial, w) for r in plan.rows for w in r.warnings
    ]
    return sorted(rows, key=lambda r: (r.kind != ERROR, r.row))


class ProblemList(QObject):
    def __init__(
        self,
        ui: Any,  # the wizard's form: problemTable, problemStack, problemEmpty, …
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.rows: list[ProblemRow] = []
        self.total = 0
        self.list: RowList[ProblemRow] = RowList(
            ui.problemTable, ui.problemStack, ui.problemEmpty, self._columns(), self
        )
        kind: QComboBox = ui.problemKind
        for text, code in (
            (self.tr("Semua"), ALL),
            (self.tr("Bermasalah saja (tidak ditulis)"), ERROR),
            (self.tr("Peringatan saja (tetap ditulis)"), WARNING),
        ):
            kind.addItem(text, code)
        kind.currentIndexChanged.connect(self._show)
        search: QLineEdit = ui.problemFilter
        search.setClearButtonEnabled(True)
        search.textChanged.connect(self.list.set_search)
        self.list.selectionChanged.connect(self._show_detail)
        self.detail: QLabel = ui.problemDetail

    def _columns(self) -> list[Column[ProblemRow]]:
        return [
            Column(self.tr("Baris"), lambda r: str(r.row), sort_key=lambda r: r.row),
            Column(
                self.tr("Jenis"),
                self._kind_text,
                level=lambda r: "overdue" if r.kind == ERROR else "near",
            ),
            Column(self.tr("Kolom di berkas"), lambda r: r.column or r.field or "—"),
            Column(self.tr("Isi"), lambda r: r.value),
            Column(self.tr("Keterangan"), lambda r: r.message, stretch=True),
        ]

    def _kind_text(self, row: ProblemRow) -> str:
        if row.kind == ERROR:
            return self.tr("Bermasalah — tidak ditulis")
        return self.tr("Peringatan — tetap ditulis")

    def set_preview(self, plan: ri.ImportPreview) -> None:
        self.rows = problem_rows(plan)
        self.total = plan.total_rows
        self._show()

    def _show(self) -> None:
        wanted = str(self.ui.problemKind.currentData() or ALL)
        shown = [r for r in self.rows if wanted in (ALL, r.kind)]
        if self.rows:
            self.list.set_empty_message(
                self.tr("Tidak ada yang ditampilkan dengan pilihan ini."),
                self.tr("Pilih “Semua” di Tampilkan untuk melihat semua baris bermasalah."),
                None,
            )
        else:
            self.list.set_empty_message(
                self.tr("Tidak ada baris bermasalah."),
                self.tr("Semua {0} baris data siap ditulis, tanpa peringatan.").format(self.total),
                None,
            )
        self.list.set_rows(shown)
        if shown and self.list.current() is None:
            self.list.select(0)
        self._show_detail()

    def _show_detail(self) -> None:
        row = self.list.current()
        if row is None:
            self.detail.clear()
            return
        where = self.tr("Baris {0}").format(row.row)
        if row.column:
            where += self.tr(", kolom “{0}”").format(row.column)
        if row.value:
            where += self.tr(", isi “{0}”").format(row.value)
        self.detail.setText(f"{where}: {self._kind_text(row)}. {row.message}")
