"""Say what is wrong where it is wrong: a service's ValidationError names a field
(``office_name``); the form has the input ``officeName`` and under it the red label
``officeNameError``. Errors that name no field go to the form's general error label.

A mark lasts only until the field is edited: the first change to the input takes its
message and red frame away, so an old message never sits beside a corrected value.
A *warning* (``officeNameWarning``, amber) is said at the field the same way but never
blocks; whoever checks the field again replaces it."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

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
        self._unmark_when_edited()

    def _marked_inputs(self) -> list[tuple[QWidget, QLabel]]:
        """Every input with an error label (``xError`` under ``x``) in the form."""
        pairs = []
        for name, label in list(vars(self._form).items()):
            widget = getattr(self._form, name.removesuffix("Error"), None)
            if name.endswith("Error") and isinstance(label, QLabel) and isinstance(widget, QWidget):
                pairs.append((widget, label))
        return pairs

    def _unmark_when_edited(self) -> None:
        """Every input with an error label loses its mark as soon as it changes."""
        for widget, label in self._marked_inputs():
            _on_edit(widget, lambda *_, w=widget, lb=label: _unmark(w, lb))

    def unmark(self, field: str) -> None:
        """Take the mark off one field (its value was changed another way)."""
        field = self._aliases.get(field, field)
        widget, label = self._widget(field), self._widget(field, "Error")
        if isinstance(widget, QWidget) and isinstance(label, QLabel):
            _unmark(widget, label)

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
        """Hide every message in the form and take every red frame with it — also one
        another FieldErrors on the same form put there: a frame never outlives its message."""
        for label in self._labels():
            label.clear()
            label.hide()
        for widget, _label in self._marked_inputs():
            _set_invalid(widget, False)
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
            _set_invalid(widget, True)
        if not self._shown:
            (widget or label).setFocus()
        self._shown.append(field)

    def warn(self, field: str, message: str) -> None:
        """Say ``message`` at the field in amber (``…Warning``); empty hides it. Not an
        error: the form still saves."""
        field = self._aliases.get(field, field)
        label = self._widget(field, "Warning")
        if isinstance(label, QLabel):
            label.setText(message)
            label.setVisible(bool(message))

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


def _unmark(widget: QWidget, label: QLabel) -> None:
    if label.isHidden() and not widget.property("invalid"):
        return
    label.clear()
    label.hide()
    _set_invalid(widget, False)


def _set_invalid(widget: QWidget, invalid: bool) -> None:
    """Put on or take off the red frame, and paint it now: a re-polished style is only
    seen at the widget's next paint, which nothing else may ask for (a service clicked
    in the list leaves the search field untouched, so its frame stayed on screen)."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    repolish(widget)
    widget.update()


def _on_edit(widget: QWidget, call: Callable[..., None]) -> None:
    """Connect ``call`` to the signal that says ``widget``'s value changed."""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        widget.textChanged.connect(call)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(call)
        if widget.isEditable():
            widget.editTextChanged.connect(call)
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(call)
    elif isinstance(widget, QSpinBox):
        widget.valueChanged.connect(call)
    elif isinstance(widget, QDateTimeEdit):
        widget.dateTimeChanged.connect(call)
    elif isinstance(widget, QListWidget):
        widget.itemChanged.connect(call)
