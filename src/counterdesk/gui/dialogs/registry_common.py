"""What the single-entry form and the import wizard share: the services that issue a
certificate (historic certificates belong to one), and the title a certificate gets when
none is typed."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from counterdesk.domain.errors import CounterDeskError
from counterdesk.gui.field_errors import widget_name
from counterdesk.gui.style import repolish
from counterdesk.services.catalog import load_catalog
from counterdesk.services.registry_entry import (
    DEFAULT_SERVICE,
    certificate_service,
    default_title,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("registry", text)


SERVICE_TEXT_LENGTH = 48  # long catalogue names are elided; the full text is the tooltip


def _service_text(name: str, standard: str) -> str:
    if name.casefold() in standard.casefold():
        return standard
    if standard.casefold() in name.casefold():
        return name
    return f"{name} — {standard}"


def fill_certificate_services(combo: QComboBox, selected: str = DEFAULT_SERVICE) -> None:
    """Every catalogue service whose product is a certificate, ``selected`` first chosen."""
    combo.clear()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(SERVICE_TEXT_LENGTH)
    for svc in load_catalog().all_services():
        if any(p.kind == "certificate" for p in svc.service.products):
            text = _service_text(svc.name, svc.standard.title)
            combo.addItem(text, svc.full_code)
            combo.setItemData(
                combo.count() - 1, f"{text} ({svc.full_code})", Qt.ItemDataRole.ToolTipRole
            )
    combo.setCurrentIndex(max(0, combo.findData(selected)))


def show_default_title(combo: QComboBox, title: QLineEdit, hint: QLabel) -> None:
    """The catalogue's title for the chosen service, as placeholder and in the hint."""
    try:
        catalogue_title = default_title(certificate_service(str(combo.currentData() or "")))
    except CounterDeskError:
        catalogue_title = ""
    title.setPlaceholderText(catalogue_title)
    hint.setText(
        _tr("Kosongkan untuk memakai judul katalog: “{0}”.").format(catalogue_title)
        if catalogue_title
        else ""
    )


def unmark_when_edited(form: object, fields: Iterable[str]) -> None:
    """A field marked wrong loses its mark (and message) as soon as it is edited, so an
    old message never sits beside a corrected value."""
    for field in fields:
        widget = getattr(form, widget_name(field), None)
        label = getattr(form, widget_name(field) + "Error", None)
        if not isinstance(widget, QWidget) or not isinstance(label, QLabel):
            continue

        def unmark(*_: object, widget: QWidget = widget, label: QLabel = label) -> None:
            if label.isVisible() or widget.property("invalid"):
                label.hide()
                widget.setProperty("invalid", False)
                repolish(widget)

        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.textChanged.connect(unmark)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(unmark)
