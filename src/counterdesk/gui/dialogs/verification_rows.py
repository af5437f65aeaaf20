"""The officer's checklist: one row of real widgets per requirement — number, text
(wrapped), wajib or not, **Ada** (Space toggles it), **Keabsahan** (belum dinilai / sah /
tidak sah), a note and an optional scanned copy. Tab moves along a row and on to the
next; ↑/↓ move to the same column of the row above or below.

Promoted into ``ui/dialogs/verification_checklist.ui`` (the scroll area's contents)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from counterdesk.gui.dialogs.verification_view import ItemView
from counterdesk.gui.style import ERROR, RED_BACKGROUND, repolish
from counterdesk.services.verification import ItemCheck, problems

VALIDITY: tuple[tuple[bool | None, str], ...] = (
    (None, "Belum dinilai"),
    (True, "Sah"),
    (False, "Tidak sah"),
)
SCAN_TYPES = {
    ".pdf": "application/pdf",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
}
MAX_SCAN_MB = 20
SCAN_NAME_LIMIT = 18
HEADERS = ("No.", "Persyaratan", "Wajib", "Ada", "Keabsahan", "Catatan", "Pindaian (opsional)")
NOTE_COLUMN = 5
TEXT_WIDTH = 420
STYLE = f"""
QLabel[invalid="true"] {{ color: {ERROR}; background: {RED_BACKGROUND}; font-weight: bold; }}
QLabel[role="columnHeader"] {{ font-weight: bold; }}
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChecklistRows", text)


class ScanError(Exception):
    """The chosen file cannot be attached; the message says why (shown in the dialog)."""


@dataclass(frozen=True)
class RowState:
    """One row as the officer left it: what ``verification.problems`` reads."""

    position: int
    requirement_code: str
    label: str
    mandatory: bool
    present: bool
    valid: bool | None


def read_scan(path: Path) -> tuple[bytes, str]:
    """The file's bytes and MIME type; only PDF, JPG and PNG up to 20 MB."""
    mime = SCAN_TYPES.get(path.suffix.lower())
    if mime is None:
        raise ScanError(
            _tr("Pilih pindaian berupa PDF, JPG atau PNG; {0} tidak bisa.").format(path.name)
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ScanError(
            _tr("{0} tidak dapat dibaca ({1}).").format(path.name, error.strerror or error)
        ) from error
    if len(data) > MAX_SCAN_MB * 1024 * 1024:
        raise ScanError(
            _tr("{0} lebih dari {1} MB; pindai ulang dengan resolusi lebih kecil.").format(
                path.name, MAX_SCAN_MB
            )
        )
    return data, mime


class _Row:
    """The widgets of one requirement and the scan attached in this visit."""

    def __init__(self, item: ItemView, parent: QWidget) -> None:
        self.item = item
        self.number = QLabel(f"{item.position + 1}.", parent)
        self.text = QLabel(item.label, parent)
        self.text.setWordWrap(True)
        self.text.setFixedWidth(TEXT_WIDTH)  # a known width: the wrapped height is known
        self.kind = QLabel(parent)
        self.present = QCheckBox(parent)
        self.present.setChecked(item.present)
        self.validity = QComboBox(parent)
        for value, label in VALIDITY:
            self.validity.addItem(_tr(label), value)
        self.validity.setCurrentIndex([v for v, _ in VALIDITY].index(item.valid))
        self.note = QLineEdit(item.note, parent)
        self.note.setCursorPosition(0)  # a long note shows its beginning
        self.note.setToolTip(item.note)
        self.scan_button = QPushButton(parent)
        self.scan_button.setAutoDefault(False)
        self.scan_button.setToolTip(_tr("Lampirkan pindaian dari berkas PDF, JPG atau PNG"))
        self.scan: bytes | None = None
        self.scan_mime = ""
        self.scan_name = ""
        self.flagged = False
        for widget in (self.number, self.text, self.kind):
            widget.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        bold = QFont(self.kind.font())
        bold.setBold(True)  # room for the flagged (bold) text, so nothing jumps or clips
        metrics = QFontMetrics(bold)
        self.kind.setMinimumWidth(metrics.horizontalAdvance(_tr("Wajib — belum ada")))
        wrapped = metrics.boundingRect(
            QRect(0, 0, TEXT_WIDTH, 10_000), Qt.TextFlag.TextWordWrap, item.label
        )
        self.text.setMinimumHeight(wrapped.height() + 4)
        self.show_state()

    @property
    def focusable(self) -> tuple[QWidget, ...]:
        return (self.present, self.validity, self.note, self.scan_button)

    def state(self) -> RowState:
        present = self.present.isChecked()
        valid = self.validity.currentData() if present else None
        return RowState(
            self.item.position,
            self.item.requirement_code,
            self.item.label,
            self.item.mandatory,
            present,
            valid,
        )

    def check(self) -> ItemCheck:
        state = self.state()
        return ItemCheck(
            state.requirement_code,
            state.present,
            state.valid,
            self.note.text(),
            self.scan,
            self.scan_mime or "application/pdf",
        )

    def changed(self) -> bool:
        state = self.state()
        item = self.item
        return (
            self.scan is not None
            or state.present != item.present
            or state.valid != (item.valid if item.present else None)
            or self.note.text().strip() != item.note.strip()
        )

    def show_state(self) -> None:
        present = self.present.isChecked()
        self.present.setText(_tr("Ada") if present else _tr("Belum ada"))
        self.validity.setEnabled(present and self.present.isEnabled())
        if not present:
            self.validity.setCurrentIndex(0)  # a paper not brought is not judged
        if self.flagged:
            reason = _tr("belum ada") if not present else _tr("tidak sah")
            self.kind.setText(_tr("Wajib — {0}").format(reason))
        else:
            self.kind.setText(_tr("Wajib") if self.item.mandatory else _tr("Tidak wajib"))
        for label in (self.number, self.text, self.kind):
            label.setProperty("invalid", self.flagged)
            repolish(label)
        if self.scan is not None:
            self.scan_button.setText(_tr("Terlampir: {0}").format(self.scan_name))
        elif self.item.scan_sha256:
            self.scan_button.setText(_tr("Terlampir (tersimpan)"))
        else:
            self.scan_button.setText(_tr("Lampirkan…"))

    def set_editable(self, editable: bool) -> None:
        for widget in self.focusable:
            widget.setEnabled(editable)
        self.validity.setEnabled(editable and self.present.isChecked())


class ChecklistRows(QWidget):
    changed = Signal()
    scanFailed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(NOTE_COLUMN, 1)
        self.rows: list[_Row] = []

    # --- building -----------------------------------------------------------------------
    def set_items(self, items: tuple[ItemView, ...]) -> None:
        while (old := self.grid.takeAt(0)) is not None:  # a reload replaces every row
            widget = old.widget()
            if widget is not None:
                widget.hide()  # gone from the screen now, deleted when the loop runs
                widget.deleteLater()
        self.rows = []
        for column, header in enumerate(HEADERS):
            label = QLabel(_tr(header), self)
            label.setProperty("role", "columnHeader")
            self.grid.addWidget(label, 0, column)
        previous: QWidget | None = None
        for index, item in enumerate(items):
            row = _Row(item, self)
            line = 1 + index * 2
            self._separator(line)
            widgets = (row.number, row.text, row.kind, *row.focusable)
            for column, widget in enumerate(widgets):
                self.grid.addWidget(widget, line + 1, column)
            row.present.toggled.connect(lambda _=False, r=row: self._row_changed(r))
            row.validity.currentIndexChanged.connect(lambda _=0, r=row: self._row_changed(r))
            row.note.textEdited.connect(lambda _="", r=row: self._row_changed(r))
            row.scan_button.clicked.connect(lambda _=False, r=row: self._attach(r))
            for widget in row.focusable:
                widget.installEventFilter(self)
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
            self.rows.append(row)
        if self.rows:  # one example is enough; twelve would be noise
            self.rows[0].note.setPlaceholderText(_tr("catatan, mis. fotokopi tidak terbaca"))
        self.grid.setRowStretch(1 + len(items) * 2, 1)
        self.grid.activate()  # the scroll area learns the new height before it paints

    def _separator(self, line: int) -> None:
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        self.grid.addWidget(rule, line, 0, 1, len(HEADERS))

    # --- reading ------------------------------------------------------------------------
    def states(self) -> list[RowState]:
        return [row.state() for row in self.rows]

    def checks(self) -> list[ItemCheck]:
        return [row.check() for row in self.rows]

    def missing(self) -> list[RowState]:
        """Mandatory rows missing or judged invalid (highlighted when refused)."""
        return problems(self.states())

    def present_count(self) -> int:
        return sum(1 for row in self.rows if row.present.isChecked())

    def dirty(self) -> bool:
        return any(row.changed() for row in self.rows)

    # --- acting -------------------------------------------------------------------------
    def mark_all_present(self) -> None:
        for row in self.rows:
            if row.present.isEnabled():
                row.present.setChecked(True)

    def flag(self, codes: set[str]) -> None:
        """Highlight the rows the service refused (text + colour); focus the first."""
        first: _Row | None = None
        for row in self.rows:
            row.flagged = row.item.requirement_code in codes
            row.show_state()
            if row.flagged and first is None:
                first = row
        if first is not None:
            first.present.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_editable(self, editable: bool) -> None:
        for row in self.rows:
            row.set_editable(editable)

    def focus_first(self) -> None:
        if self.rows:
            self.rows[0].present.setFocus(Qt.FocusReason.OtherFocusReason)

    def _row_changed(self, row: _Row) -> None:
        row.flagged = False  # the officer is fixing it
        row.show_state()
        self.changed.emit()

    def _attach(self, row: _Row) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            _tr("Lampirkan pindaian — {0}").format(row.item.label),
            "",
            _tr("Pindaian (*.pdf *.jpg *.jpeg *.png)"),
        )
        if not chosen:
            return
        try:
            row.scan, row.scan_mime = read_scan(Path(chosen))
        except ScanError as error:
            self.scanFailed.emit(str(error))
            return
        name = Path(chosen).name
        row.scan_name = name if len(name) <= SCAN_NAME_LIMIT else name[: SCAN_NAME_LIMIT - 1] + "…"
        row.scan_button.setToolTip(_tr("{0} — klik untuk mengganti").format(chosen))
        row.present.setChecked(True)  # a scanned paper was brought
        self._row_changed(row)

    # --- keyboard -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self._show(watched)
        elif event.type() == QEvent.Type.KeyPress and not isinstance(watched, QComboBox):
            key = cast(QKeyEvent, event).key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                return self._move(watched, -1 if key == Qt.Key.Key_Up else 1)
        return False

    def _move(self, watched: QObject, step: int) -> bool:
        for index, row in enumerate(self.rows):
            if isinstance(watched, QWidget) and watched in row.focusable:
                column = row.focusable.index(watched)
                target = index + step
                if 0 <= target < len(self.rows):
                    self.rows[target].focusable[column].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return False

    def _show(self, widget: QWidget) -> None:
        viewport = self.parentWidget()  # the scroll area's viewport, once placed in it
        area = viewport.parentWidget() if viewport is not None else None
        if isinstance(area, QScrollArea):
            area.ensureWidgetVisible(widget, 0, 24)
