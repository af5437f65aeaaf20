"""Read and fill form widgets by service field name (``signatory_nip`` → the widget
``signatoryNip``), so a form maps onto a service's input without a line per field."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from counterdesk.gui.field_errors import widget_name

TIME_FORMAT = "HH.mm"  # office hours are stored as "08.00"

FieldValue = str | bool | int


def _widget(form: object, field: str, prefix: str) -> QWidget:
    widget = getattr(form, widget_name(field, prefix))
    assert isinstance(widget, QWidget), field
    return widget


def value_of(widget: QWidget) -> FieldValue:
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QComboBox):
        return str(widget.currentData())
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QTimeEdit):
        return widget.time().toString(TIME_FORMAT)
    if isinstance(widget, QSpinBox):
        return widget.value()
    raise TypeError(f"no value for {type(widget).__name__}")


def set_value(widget: QWidget, value: FieldValue) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value))
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QTimeEdit):
        widget.setTime(QTime.fromString(str(value), TIME_FORMAT))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value))
    else:
        raise TypeError(f"cannot fill {type(widget).__name__}")


def read_fields(form: object, fields: Iterable[str], prefix: str = "") -> dict[str, FieldValue]:
    return {field: value_of(_widget(form, field, prefix)) for field in fields}


def write_fields(form: object, values: Mapping[str, FieldValue], prefix: str = "") -> None:
    for field, value in values.items():
        set_value(_widget(form, field, prefix), value)
