"""Step 2 of the import: which column of the file holds which field. One combo per field
(``FIELD_LABELS``, the required ones marked *), pre-filled by ``suggest_mapping``, and
beside it what the first data row holds in that column, so a wrong choice is seen at once.
``check_mapping``'s errors appear under the combo they name."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from counterdesk.domain.errors import CounterDeskError
from counterdesk.gui.dialogs.registry_common import unmark_when_edited
from counterdesk.gui.field_errors import FieldErrors, widget_name
from counterdesk.services import registry_import as ri

NO_COLUMN = -1
SAMPLE_LENGTH = 40


def column_letter(index: int) -> str:
    """Spreadsheet letters: 0 → A, 26 → AA."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def sample(table: ri.RawTable, index: int) -> str:
    """The first filled cell of a column, with its row number."""
    for row in table.rows:
        shown = ri.show(row.cell(index))
        if shown:
            short = shown if len(shown) <= SAMPLE_LENGTH else shown[: SAMPLE_LENGTH - 1] + "…"
            return f"{short}  (baris {row.number})"
    return ""


class MappingEditor(QObject):
    def __init__(self, container: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.container = container
        self.grid = QGridLayout(container)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(2, 1)
        self.form = SimpleNamespace()  # combos and error labels by field, for FieldErrors
        self.combos: dict[str, QComboBox] = {}
        self.samples: dict[str, QLabel] = {}
        self.table: ri.RawTable | None = None
        self._build()
        self.errors = FieldErrors(self.form)
        unmark_when_edited(self.form, self.combos)

    def _hints(self) -> dict[str, str]:
        return {
            "birth_place_date": self.tr("satu kolom berisi mis. “Bogor, 12 Maret 1990”"),
            "title": self.tr("kosong: judul dari langkah 1"),
            "notes": self.tr("disimpan di catatan riwayat"),
        }

    def _build(self) -> None:
        hints = self._hints()
        header = (self.tr("Isian"), self.tr("Kolom di berkas"), self.tr("Contoh isi kolom itu"))
        for column, text in enumerate(header):
            label = QLabel(f"<b>{text}</b>", self.container)
            self.grid.addWidget(label, 0, column)
        for position, (field, text) in enumerate(ri.FIELD_LABELS.items()):
            row = 1 + 2 * position
            required = field in ri.REQUIRED_FIELDS
            label = QLabel(f"{text} *" if required else text, self.container)
            combo = QComboBox(self.container)
            combo.setObjectName(widget_name(field))
            combo.setMinimumContentsLength(28)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            label.setBuddy(combo)
            shown = QLabel(self.container)
            shown.setProperty("role", "hint")
            error = QLabel(self.container)
            error.setProperty("role", "error")
            error.setWordWrap(True)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(combo, row, 1)
            self.grid.addWidget(shown, row, 2)
            self.grid.addWidget(error, row + 1, 1, 1, 2)
            if field in hints:
                combo.setToolTip(hints[field])
            combo.currentIndexChanged.connect(lambda _=0, f=field: self._show_sample(f))
            setattr(self.form, widget_name(field), combo)
            setattr(self.form, widget_name(field) + "Error", error)
            self.combos[field], self.samples[field] = combo, shown

    def first_combo(self) -> QComboBox:
        return next(iter(self.combos.values()))

    def set_table(self, table: ri.RawTable) -> None:
        """Offer the file's columns, each field set to ``suggest_mapping``'s guess."""
        self.table = table
        self.errors.clear()
        guess = ri.suggest_mapping(table.headers)
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            required = field in ri.REQUIRED_FIELDS
            combo.addItem(
                self.tr("— pilih kolom —") if required else self.tr("— tidak dipakai —"),
                NO_COLUMN,
            )
            for index, header in enumerate(table.headers):
                combo.addItem(f"{column_letter(index)} · {header}", index)
            chosen = guess.get(field)
            combo.setCurrentIndex(combo.findData(NO_COLUMN if chosen is None else chosen))
            combo.blockSignals(False)
            self._show_sample(field)

    def _show_sample(self, field: str) -> None:
        index = self.combos[field].currentData()
        label = self.samples[field]
        if self.table is None or index in (None, NO_COLUMN):
            label.setText(self._hints().get(field, ""))
            return
        label.setText(sample(self.table, int(index)) or self.tr("(kolom ini kosong)"))

    def mapping(self) -> dict[str, int | None]:
        chosen: dict[str, int | None] = {}
        for field, combo in self.combos.items():
            index = combo.currentData()
            chosen[field] = None if index in (None, NO_COLUMN) else int(index)
        return chosen

    def check(self) -> bool:
        """``check_mapping``: errors at their combos; True when the mapping may be used."""
        self.errors.clear()
        if self.table is None:
            return False
        try:
            ri.check_mapping(self.table, self.mapping())
        except CounterDeskError as error:
            self.errors.add(error)
            return False
        return True

    def owns(self, field: str) -> bool:
        return field in self.combos
