"""One reason or answer, then one service call: withdraw or reject (the reason is
recorded and may be read by the applicant), stop the clock, answer or escalate an
information request. The explanation names what will happen, so the dialog is also the
confirmation; the service's refusal ("Tulis alasan…") appears at the text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from counterdesk.gui.dialogs.service_dialog import ServiceDialog
from counterdesk.gui.field_errors import FieldErrors
from counterdesk.gui.forms.text_input_ui import Ui_TextInputDialog


class TextInputDialog(ServiceDialog):
    form_class = Ui_TextInputDialog

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        explanation: str,
        label: str,
        accept_text: str,
        field: str,
        action: Callable[[str], Any],
        placeholder: str = "",
    ) -> None:
        """``field`` is the name the service uses for this text (reason, answer, note);
        ``action`` runs the service with the text and may return a result to keep."""
        super().__init__(parent, accept_text)
        self.errors = FieldErrors(self.ui, general=self.ui.generalError, aliases={field: "text"})
        self.setWindowTitle(title)
        self.ui.explanation.setText(explanation)
        self.ui.textLabel.setText(label)
        self.ui.text.setPlaceholderText(placeholder)
        self.action = action
        self.result_value: Any = None
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.submit)
        self.ui.text.setFocus()

    def apply(self) -> None:
        self.result_value = self.action(self.ui.text.toPlainText())
