"""Say what is wrong where it is wrong: a service's ValidationError names a field
(``office_name``); the form has the input ``officeName`` and under it the red label
``officeNameError``. Errors that name no field go to the form's general error label."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QLabel, QWidget

from counterdesk.domain.errors import CounterDeskError, ValidationError, ValidationErrors
from counterdesk.gui.style import repolish


def widget_name(field: str, prefix: str = "") -> str:
    """``signatory_nip`` → ``signatoryNip``; with prefix ``office``: ``officeSignatoryNip``."""
    head, *rest = field.split("_")
    camel = head + "".join(part[:1].upper() + part[1:] for part in rest)
    return prefix + camel[:1].upper() + camel[1:] if prefix else camel


class FieldErrors:
    def __init__(
        self,
        form: object,
        *,
        prefix: str = "",
        general: QLabel | None = None,
        aliases: Mapping[str, str] | None = None,
    ) -> None:
        """``aliases`` maps field names used deeper down (``kode_loket``) to the form's."""
        self._form = form
        self._prefix = prefix
        self._general = general
        self._aliases = dict(aliases or {})
        self._shown: list[str] = []
        self.clear()

    def _widget(self, field: str, suffix: str = "") -> QWidget | None:
        found = getattr(self._form, widget_name(field, self._prefix) + suffix, None)
        return found if isinstance(found, QWidget) else None

    def _labels(self) -> list[QLabel]:
        labels = [
            value
            for name, value in vars(self._form).items()
            if name.endswith("Error") and isinstance(value, QLabel)
        ]
        if self._general is not None and self._general not in labels:
            labels.append(self._general)
        return labels

    def clear(self) -> None:
        for label in self._labels():
            label.clear()
            label.hide()
        for field in self._shown:
            widget = self._widget(field)
            if widget is not None:
                widget.setProperty("invalid", False)
                repolish(widget)
        self._shown = []

    def has_field(self, field: str) -> bool:
        """Whether this form can show an error for ``field`` at the field."""
        return isinstance(self._widget(self._aliases.get(field, field), "Error"), QLabel)

    @property
    def fields(self) -> list[str]:
        """Fields marked, in the order they were marked."""
        return list(self._shown)

    def set(self, field: str, message: str) -> None:
        """Mark one field (a check the form makes itself, e.g. a repeated password)."""
        field = self._aliases.get(field, field)
        label = self._widget(field, "Error")
        if not isinstance(label, QLabel):
            self.set_general(message)
            return
        label.setText(message)
        label.show()
        widget = self._widget(field)
        if widget is not None:
            widget.setProperty("invalid", True)
            repolish(widget)
        if not self._shown:
            (widget or label).setFocus()
        self._shown.append(field)

    def set_general(self, message: str) -> None:
        if self._general is None:
            raise RuntimeError(f"form has no general error label for: {message}")
        text = self._general.text()
        self._general.setText(f"{text}\n{message}" if text else message)
        self._general.show()

    def add(self, error: CounterDeskError) -> None:
        """Show the error beside those already shown: at its fields, or in general."""
        if isinstance(error, ValidationErrors):
            for item in error.errors:
                self.set(item.field, item.message)
        elif isinstance(error, ValidationError):
            self.set(error.field, error.message)
        else:
            self.set_general(str(error))

    def show(self, error: CounterDeskError) -> None:
        """Clear old marks and show the error."""
        self.clear()
        self.add(error)
