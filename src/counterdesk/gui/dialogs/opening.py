"""Opening one dialog after another from the same place (F2 a hundred times a day):
the one opened before is deleted once closed, so closed dialogs do not pile up."""

from __future__ import annotations

from typing import TypeVar

import shiboken6
from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)


def open_replacing(previous: QDialog | None, dialog: D) -> D:
    """Open ``dialog`` window-modal; ``previous`` goes when it is (or once it is) closed."""
    if previous is not None and previous is not dialog and shiboken6.isValid(previous):
        if previous.isVisible():
            previous.finished.connect(previous.deleteLater)
        else:
            previous.deleteLater()
    dialog.open()
    return dialog
