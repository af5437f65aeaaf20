"""Admin → Kalender: the closed days of a year; adding and removing office closures."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from counterdesk.domain.errors import CounterDeskError
from counterdesk.domain.formatting import day_name, format_date_short
from counterdesk.domain.workdays import KIND_LABELS, ClosedDay
from counterdesk.gui import messages
from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.closure import ClosureDialog
from counterdesk.gui.models.row_table_model import Column
from counterdesk.gui.row_list import RowList
from counterdesk.services import calendar


class CalendarSection(QObject):
    def __init__(self, ctx: DeskContext, ui: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui
        self.page: QWidget = parent
        self.list: RowList[ClosedDay] = RowList(
            ui.closedTable, ui.closedStack, ui.closedEmpty, self._columns(), self
        )
        self.dialog: ClosureDialog | None = None
        self._removable: frozenset[date] = frozenset()  # the service says which days
        ui.calendarYear.setValue(ctx.today().year)
        ui.calendarYear.valueChanged.connect(self.refresh)
        ui.addClosureButton.clicked.connect(self.add_closure)
        ui.removeClosureButton.clicked.connect(self.remove_closure)
        self.list.selectionChanged.connect(self._update_buttons)

    def _columns(self) -> list[Column[ClosedDay]]:
        return [
            Column(
                self.tr("Tanggal"),
                lambda d: f"{day_name(d.date)}, {format_date_short(d.date)}",
                sort_key=lambda d: d.date.isoformat(),
            ),
            Column(self.tr("Keterangan"), lambda d: d.name, stretch=True),
            Column(self.tr("Jenis"), lambda d: KIND_LABELS[d.kind]),
            Column(self.tr("Catatan"), self._note),
        ]

    def _note(self, day: ClosedDay) -> str:
        notes = []
        if day.on_weekend:
            notes.append(self.tr("jatuh pada Sabtu/Minggu"))
        if day.estimated:
            notes.append(self.tr("tanggal perkiraan"))
        return ", ".join(notes)

    def year(self) -> int:
        return int(self.ui.calendarYear.value())

    def refresh(self) -> None:
        year = self.year()
        shown = calendar.calendar_year(self.ctx.runtime, self.ctx.actor, year)
        self._removable = shown.removable
        self.list.set_empty_message(
            self.tr("Belum ada hari libur tercatat untuk {0}.").format(year),
            self.tr(
                "Libur nasional dan cuti bersama terisi sendiri bila sudah ditetapkan "
                "pemerintah. Hari tutup kantor (mis. hari jadi daerah) ditambahkan di sini."
            ),
            self.ui.addClosureButton,
        )
        self.list.set_rows(shown.days)
        self.ui.calendarSummary.setText(
            self.tr("{0} hari libur dan tutup, {1} di antaranya hari kerja").format(
                len(shown.days), shown.working_days_lost
            )
        )
        self.ui.coverageWarning.setText(shown.coverage_warning or "")
        self.ui.coverageWarning.setVisible(bool(shown.coverage_warning))
        self._update_buttons()

    def _update_buttons(self) -> None:
        day = self.list.current()
        self.ui.removeClosureButton.setEnabled(day is not None and day.date in self._removable)

    def add_closure(self) -> None:
        today = self.ctx.today()
        start = today if today.year == self.year() else date(self.year(), 1, 1)
        self.dialog = ClosureDialog(self.ctx, start, self.page)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()

    def remove_closure(self) -> None:
        day = self.list.current()
        if day is None or day.date not in self._removable:
            return
        if not messages.confirm(
            self.page,
            self.tr("Hapus hari tutup"),
            self.tr(
                "Hapus {0} ({1}) dari hari tutup kantor? Tanggal itu kembali dihitung "
                "sebagai hari kerja, sehingga jatuh tempo permohonan yang berjalan bisa maju."
            ).format(format_date_short(day.date), day.name),
            self.tr("Hapus hari tutup"),
        ):
            return
        try:
            calendar.remove_office_closure(self.ctx.runtime, self.ctx.actor, day.date)
        except CounterDeskError as error:
            messages.show_error(self.page, error)
        self.refresh()
