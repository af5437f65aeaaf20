"""Catat satu sertifikat lama (seed 000 "Input Database", one at a time): an officer
copies a paper certificate into the registry (``registry_entry.enter_one``). The holder
is found by NIK (said as soon as the NIK is complete); errors appear at their fields;
warnings (a name very different from the NIK's stored holder) are shown, never blocking.
After saving the form stays open, emptied, for the next certificate of the pile."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from counterdesk.domain.errors import CounterDeskError
from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.registry_common import (
    fill_certificate_services,
    show_default_title,
    unmark_when_edited,
)
from counterdesk.gui.draft_keeper import DraftDialog, DraftKeeper
from counterdesk.gui.field_errors import FieldErrors, widget_name
from counterdesk.gui.form_values import read_fields, write_fields
from counterdesk.gui.forms.registry_entry_ui import Ui_RegistryEntryDialog
from counterdesk.gui.keyboard import EnterMovesOn
from counterdesk.gui.style import repolish
from counterdesk.services import registry_entry
from counterdesk.services.registry_entry import HistoricCertificateInput

DRAFT_FORM = "historic_certificate"
TEXT_FIELDS = (
    "serial",
    "name",
    "nik",
    "birth_place",
    "birth_date",
    "issued_on",
    "valid_until",
    "title",
    "notes",
)
KEPT_AFTER_SAVING = ("title",)  # a pile of certificates usually shares its title


class RegistryEntryDialog(DraftDialog):
    entered = Signal(str)  # the serial just written

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_RegistryEntryDialog()
        self.ui.setupUi(self)
        ui = self.ui
        EnterMovesOn(self)
        self.errors = FieldErrors(ui, general=ui.generalError)
        self.keeper = DraftKeeper(ctx, DRAFT_FORM, self.draft_payload, self)
        self._holder_nik = ""
        self._holder_name: str | None = None
        fill_certificate_services(ui.serviceCode)
        ui.serviceCode.currentIndexChanged.connect(self._service_changed)
        self._service_changed()
        for field in TEXT_FIELDS:
            widget = getattr(ui, widget_name(field))
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.textChanged.connect(self.keeper.touch)
        unmark_when_edited(ui, (*TEXT_FIELDS, "service_code"))
        ui.nik.textChanged.connect(self._show_holder)
        ui.name.textChanged.connect(self._show_holder)
        ui.saveButton.clicked.connect(self.save)
        ui.closeButton.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        for label in (ui.savedLabel, ui.warningLabel, ui.holderHint, ui.draftNote):
            label.hide()
        self.restore_draft()
        ui.serial.setFocus()

    def _service_changed(self) -> None:
        show_default_title(self.ui.serviceCode, self.ui.title, self.ui.titleHint)
        self.keeper.touch()

    # --- the holder, said while typing ----------------------------------------------------
    def _show_holder(self) -> None:
        """A complete NIK already stored: say whose it is (and if the typed name differs)."""
        nik = registry_entry.complete_nik(self.ui.nik.text())
        hint = self.ui.holderHint
        if nik is None:
            hint.hide()
            return
        if nik != self._holder_nik:
            self._holder_name = registry_entry.stored_holder_name(
                self.ctx.runtime, self.ctx.actor, nik
            )
            self._holder_nik = nik
        if self._holder_name is None:
            hint.setText(
                self.tr("NIK ini belum terdaftar: data pemohon baru dibuat saat disimpan.")
            )
            hint.setProperty("role", "hint")
        else:
            typed = self.ui.name.text().strip()
            differs = registry_entry.name_warning(self._holder_name, typed) if typed else None
            hint.setText(
                differs
                or self.tr(
                    "NIK ini terdaftar atas nama {0}; sertifikat dicatat atas nama itu."
                ).format(self._holder_name)
            )
            hint.setProperty("role", "warning" if differs else "hint")
        repolish(hint)
        hint.show()

    # --- saving ---------------------------------------------------------------------------
    def certificate_input(self) -> HistoricCertificateInput:
        v = {k: str(value) for k, value in read_fields(self.ui, TEXT_FIELDS).items()}
        return HistoricCertificateInput(
            serial=v["serial"],
            name=v["name"],
            nik=v["nik"],
            issued_on=v["issued_on"] or None,
            birth_place=v["birth_place"],
            birth_date=v["birth_date"] or None,
            valid_until=v["valid_until"] or None,
            title=v["title"],
            notes=v["notes"],
            service_code=str(self.ui.serviceCode.currentData() or ""),
        )

    def save(self) -> None:
        ui = self.ui
        self.errors.clear()
        ui.savedLabel.hide()
        ui.warningLabel.hide()
        try:
            done = registry_entry.enter_certificate(
                self.ctx.runtime, self.ctx.actor, self.certificate_input(), today=self.ctx.today()
            )
        except CounterDeskError as error:
            self.errors.show(error)
            return
        ui.savedLabel.setText(
            (
                self.tr("Tersimpan: {0} atas nama {1} (pemohon baru dibuat).")
                if done.new_applicant
                else self.tr("Tersimpan: {0} atas nama {1} (pemohon terdaftar).")
            ).format(done.serial, done.holder_name)
        )
        ui.savedLabel.show()
        if done.warnings:
            ui.warningLabel.setText(
                "\n".join(self.tr("Perhatian: {0}").format(w) for w in done.warnings)
            )
            ui.warningLabel.show()
        self._clear_for_next()
        self.keeper.discard()
        self.entered.emit(done.serial)

    def _clear_for_next(self) -> None:
        write_fields(self.ui, {f: "" for f in TEXT_FIELDS if f not in KEPT_AFTER_SAVING})
        self._holder_nik = ""
        self.ui.holderHint.hide()
        self.ui.draftNote.hide()
        self.ui.serial.setFocus()

    # --- the draft --------------------------------------------------------------------------
    def draft_payload(self) -> dict[str, Any] | None:
        values = {k: str(v) for k, v in read_fields(self.ui, TEXT_FIELDS).items()}
        if not any(values[f] for f in TEXT_FIELDS if f not in KEPT_AFTER_SAVING):
            return None
        return {**values, "service_code": str(self.ui.serviceCode.currentData() or "")}

    def restore_draft(self) -> None:
        payload = self.keeper.load()
        if not payload:
            return
        write_fields(self.ui, {f: str(payload.get(f, "")) for f in TEXT_FIELDS})
        code = str(payload.get("service_code", ""))
        self.ui.serviceCode.setCurrentIndex(max(0, self.ui.serviceCode.findData(code)))
        self.show_draft_restored(self.ui.draftNote)

    # --- closing --------------------------------------------------------------------------
    def unsaved_question(self) -> tuple[str, str]:
        return (
            self.tr("Tutup tanpa menyimpan?"),
            self.tr(
                "Sertifikat ini belum disimpan. Simpan isiannya sebagai draf — dimuat "
                "lagi saat formulir ini dibuka — atau buang isiannya?"
            ),
        )
