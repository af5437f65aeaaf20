"""The barcode scanner is a keyboard: it "types" a number and presses Enter within a
few milliseconds. ``ScanDetector`` watches one line edit and tells a scan (a burst of
characters + Enter) from a number typed by hand + Enter. Both are acted on at once; a
scan's text is only the burst (old text in the field is ignored), and the owner clears
the field after a scan so the next one starts clean."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

SCAN_KEY_GAP_MS = 30  # scanners send a character every 1–15 ms; people type ≥ 60 ms apart
MIN_SCAN_LENGTH = 6
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ScanDetector(QObject):
    scanned = Signal(str)  # a burst + Enter: what the scanner read
    entered = Signal(str)  # Enter after typing by hand: the field's text

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)
        self.field = field
        self._clock = QElapsedTimer()
        self._burst = 0
        field.installEventFilter(self)

    def _gap_ms(self) -> int:
        if not self._clock.isValid():
            self._clock.start()
            return SCAN_KEY_GAP_MS + 1
        return int(self._clock.restart())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.field or event.type() != QEvent.Type.KeyPress:
            return False
        key_event = cast(QKeyEvent, event)
        fast = self._gap_ms() <= SCAN_KEY_GAP_MS
        if key_event.key() in ENTER_KEYS:
            burst, self._burst = (self._burst if fast else 0), 0
            text = self.field.text()
            if burst >= MIN_SCAN_LENGTH:
                self.scanned.emit(text[-burst:].strip())
                return True
            if text.strip():
                self.entered.emit(text.strip())
                return True
            return False
        typed = key_event.text()
        if typed and typed.isprintable():
            self._burst = self._burst + 1 if fast else 1
        else:
            self._burst = 0
        return False


class TypeToSearch(QObject):
    """Typing (or scanning) while a list has the focus goes to the global search field,
    so a receipt scanned with the queue in focus still opens its record."""

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)
        self.field = field

    def watch(self, widget: QObject) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        key_event = cast(QKeyEvent, event)
        typed = key_event.text()
        shortcut_keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if (
            not typed
            or not typed.isprintable()
            or typed == " "
            or (key_event.modifiers() & shortcut_keys)
        ):
            return False
        if not self.field.hasFocus():
            self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.field.selectAll()  # a new search (or scan) replaces the old one
        QCoreApplication.sendEvent(
            self.field,
            QKeyEvent(key_event.type(), key_event.key(), key_event.modifiers(), typed),
        )
        return True
