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


def inform(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.addButton(_tr("Tutup"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


KEEP, DISCARD, STAY = "keep", "discard", "stay"


def ask_unsaved(parent: QWidget | None, title: str, text: str) -> str:
    """Closing a form that holds unsaved input: KEEP it as a draft (the default), DISCARD
    it, or STAY in the form (Esc)."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    keep = box.addButton(_tr("Tutup, simpan sebagai draf"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(_tr("Buang isian"), QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton(_tr("Kembali ke formulir"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    return KEEP if clicked is keep else DISCARD if clicked is discard else STAY
