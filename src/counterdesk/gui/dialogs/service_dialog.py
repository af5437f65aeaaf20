"""A dialog whose OK button runs one service call. Enter submits, Esc cancels; when the
service refuses, the dialog stays open with the message at the field it names."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from counterdesk.domain.errors import CounterDeskError
from counterdesk.gui.field_errors import FieldErrors


class ServiceDialog(QDialog):
    form_class: ClassVar[type[Any]]
    field_aliases: ClassVar[Mapping[str, str]] = {}
    general_error_label: ClassVar[str] = "generalError"  # for errors that name no field

    def __init__(self, parent: QWidget | None, accept_text: str) -> None:
        super().__init__(parent)
        self.ui: Any = self.form_class()
        self.ui.setupUi(self)
        self.errors = FieldErrors(
            self.ui, general=getattr(self.ui, self.general_error_label), aliases=self.field_aliases
        )
        box: QDialogButtonBox = self.ui.buttonBox
        self.ok_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(accept_text)
        self.ok_button.setProperty("primary", True)
        self.ok_button.setDefault(True)
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal (Esc)"))
        box.accepted.connect(self.submit)
        box.rejected.connect(self.reject)

    def submit(self) -> None:
        self.errors.clear()
        try:
            self.apply()
        except CounterDeskError as error:
            self.show_error(error)
            return
        self.accept()

    def apply(self) -> None:
        """Check the form and call the service; raise a CounterDeskError to refuse."""
        raise NotImplementedError

    def show_error(self, error: CounterDeskError) -> None:
        self.errors.show(error)
