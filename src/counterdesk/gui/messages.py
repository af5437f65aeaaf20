"""Message boxes with Indonesian button texts. Called through the module
(``messages.confirm(...)``) so tests can stand in for the user's answer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def show_error(parent: QWidget | None, error: Exception | str, title: str = "") -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title or _tr("Tidak dapat dilanjutkan"),
        str(error),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.addButton(_tr("Tutup"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, accept_text: str) -> bool:
    """Ask before something that cannot be undone; "Batal" is the default (safe) button."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    accept = box.addButton(accept_text, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(_tr("Batal"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is accept
