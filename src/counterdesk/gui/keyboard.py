"""Keyboard-first forms: Enter in a field moves on to the next one (in Tab order), Enter
on a focused button presses it. Saving stays on its own shortcut (Ctrl+S), so Enter
never submits a half-filled form by accident."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def is_enter(event: QEvent) -> bool:
    """A plain Enter/Return key press (not Ctrl+Enter)."""
    if event.type() != QEvent.Type.KeyPress:
        return False
    key_event = cast(QKeyEvent, event)
    return key_event.key() in ENTER_KEYS and key_event.modifiers() in PLAIN


class EnterMovesOn(QObject):
    """Installed on a dialog; sees the Enter a field leaves unhandled."""

    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.dialog or not is_enter(event):
            return False
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractButton):
            if focus.isEnabled():
                focus.click()
            return True
        if isinstance(focus, QLineEdit | QComboBox | QAbstractSpinBox):
            self.dialog.focusNextChild()
            return True
        return False
