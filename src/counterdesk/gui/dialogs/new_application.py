"""Permohonan baru (F2): pick a returning applicant by search — or register a new person
or business — pick the service and channel, tick the documents handed over (they are listed on the
receipt as received), then **Simpan & cetak tanda terima
(Ctrl+S)**. Applicant and application are saved in one transaction, so a refusal leaves
nothing half-stored; errors appear at their fields. The form is kept as a draft while
it is being filled and restored when it is opened again."""

from __future__ import annotations

import uuid
from enum import IntEnum
from typing import Any, Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QListWidgetItem, QWidget

from counterdesk.domain.errors import CounterDeskError, ValidationError, ValidationErrors
from counterdesk.gui.applicant_search import ApplicantSearch
from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.applicant_form import (
    BUSINESS_FIELDS,
    PERSON_FIELDS,
    ApplicantForm,
    show_photo,
)
from counterdesk.gui.draft_keeper import DraftDialog, DraftKeeper
from counterdesk.gui.field_errors import FieldErrors
from counterdesk.gui.forms.new_application_ui import Ui_NewApplicationDialog
from counterdesk.gui.keyboard import EnterMovesOn
from counterdesk.gui.service_picker import ServicePicker
from counterdesk.services import applicants, applications, compensation
from counterdesk.services.applicants import ApplicantCard, DuplicateApplicant
from counterdesk.services.catalog import load_catalog
from counterdesk.services.information import information_services

DRAFT_FORM = "new_application"
APPLICATION_FIELDS = frozenset({"applicant", "service", "channel", "received"})
CODE_ROLE = Qt.ItemDataRole.UserRole


class Mode(IntEnum):
    """The applicant part shows one of these pages."""

    SEARCH = 0
    PICKED = 1
    PERSON = 2
    BUSINESS = 3


class NewApplicationDialog(DraftDialog):
    filed = Signal(str, list)  # the number, warnings to show (never blocking)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_NewApplicationDialog()
        self.ui.setupUi(self)
        ui = self.ui
        EnterMovesOn(self)
        self.applicant_form = ApplicantForm(ui, self)
        self.search = ApplicantSearch(
            ctx, ui.applicantSearch, ui.applicantResults, ui.resultsHint, self
        )
        self.services = ServicePicker(
            ui.serviceSearch,
            ui.serviceList,
            ui.channel,
            ui.serviceInfo,
            exclude=information_services(),  # logged through Permintaan informasi (F4)
            parent=self,
        )
        self.errors = FieldErrors(
            ui,
            general=ui.generalError,
            aliases={"applicant": "applicant_search", "service": "service_search"},
        )
        self.picked: ApplicantCard | None = None
        self.number = ""  # after filing
        self._existing_id: uuid.UUID | None = None
        self._documents_of = ""  # the service whose requirements the list shows
        self.keeper = DraftKeeper(ctx, DRAFT_FORM, self.draft_payload, self)

        self.search.picked.connect(self.pick)
        ui.newPersonButton.clicked.connect(lambda: self.new_applicant(Mode.PERSON))
        ui.newBusinessButton.clicked.connect(lambda: self.new_applicant(Mode.BUSINESS))
        ui.changeApplicantButton.clicked.connect(self.change_applicant)
        ui.openExistingButton.clicked.connect(self.open_existing)
        ui.saveButton.clicked.connect(self.submit)
        ui.closeButton.clicked.connect(self.reject)
        ui.receivedAllButton.clicked.connect(self.tick_all)
        ui.received.itemChanged.connect(self._ticks_changed)
        self.services.changed.connect(self._fill_documents)
        self.services.changed.connect(lambda: self.errors.unmark("service"))
        QShortcut(QKeySequence("Ctrl+S"), self, self.submit)
        QShortcut(QKeySequence("Alt+A"), self, self.tick_all)
        for signal in (
            self.applicant_form.changed,
            self.services.changed,
            ui.applicantSearch.textChanged,
            ui.notes.textChanged,
        ):
            signal.connect(self.keeper.touch)
        ui.applicantSearch.textEdited.connect(self._typed_in_search)
        for number in (ui.personNik, ui.businessNib):  # another number: not that duplicate
            number.textChanged.connect(ui.duplicatePanel.hide)
        # issue 10: a voucher of the applicant's earlier late service will shorten the promise
        self.voucher_note = QLabel(self)
        self.voucher_note.setObjectName("voucherNote")
        self.voucher_note.setWordWrap(True)
        self.voucher_note.setProperty("role", "summary")
        ui.serviceLayout.insertWidget(
            ui.serviceLayout.indexOf(ui.serviceInfo) + 1, self.voucher_note
        )
        self.services.changed.connect(self._show_voucher)
        for hidden in (ui.duplicatePanel, ui.draftNote, ui.warningLabel, self.voucher_note):
            hidden.hide()
        self.set_mode(Mode.SEARCH)
        self._fill_documents()
        self.restore_draft()
        ui.applicantSearch.setFocus()

    # --- the applicant part -------------------------------------------------------------
    def mode(self) -> Mode:
        return Mode(self.ui.applicantPages.currentIndex())

    def set_mode(self, mode: Mode) -> None:
        self.ui.applicantPages.setCurrentIndex(mode)
        titles = {
            Mode.SEARCH: "",
            Mode.PICKED: self.tr("Pemohon terdaftar"),
            Mode.PERSON: self.tr("Pemohon baru — perorangan (* wajib)"),
            Mode.BUSINESS: self.tr("Pemohon baru — badan usaha (* wajib)"),
        }
        self.ui.applicantModeLabel.setText(titles[mode])
        self.ui.applicantModeLabel.setVisible(bool(titles[mode]))
        if mode != Mode.PICKED:
            self.picked = None
            self.voucher_note.hide()
        if mode != Mode.SEARCH:  # an applicant is picked or being registered
            self.errors.unmark("applicant")
        self.ui.duplicatePanel.hide()

    def _typed_in_search(self, _text: str) -> None:
        """Searching again leaves the new-applicant form (its input is kept) for results."""
        if self.mode() != Mode.SEARCH:
            self.set_mode(Mode.SEARCH)

    def new_applicant(self, mode: Mode) -> None:
        kind: Literal["person", "business"] = "person" if mode == Mode.PERSON else "business"
        self.set_mode(mode)
        self.applicant_form.prefill(kind, self.ui.applicantSearch.text().strip()).setFocus()
        self.keeper.touch()

    def pick(self, choice: ApplicantCard) -> None:
        self.pick_id(choice.id)

    def pick_id(self, applicant_id: uuid.UUID) -> None:
        """Use this registered applicant: their card and photo, read fresh."""
        picked = applicants.pick(self.ctx.runtime, self.ctx.actor, applicant_id)
        self.set_mode(Mode.PICKED)
        self.picked = picked.card
        self.ui.pickedSummary.setText(picked.card.summary())
        show_photo(self.ui.pickedPhoto, picked.photo, self.tr("tanpa foto"))
        self._show_voucher()
        next_field = self.ui.channel if self.services.selected() else self.ui.serviceSearch
        next_field.setFocus()
        self.keeper.touch()

    def change_applicant(self) -> None:
        self.set_mode(Mode.SEARCH)
        self.ui.applicantSearch.setFocus()
        self.ui.applicantSearch.selectAll()
        self.keeper.touch()

    def open_existing(self) -> None:
        """The NIK/NIB is registered already: use that applicant instead."""
        if self._existing_id is None:
            return
        self._clear_errors()
        self.pick_id(self._existing_id)

    def _show_voucher(self) -> None:
        """Say when filing will use the picked applicant's compensation voucher."""
        service = self.services.selected()
        note = ""
        if self.picked is not None and service is not None:
            note = compensation.voucher_note(
                self.ctx.runtime, self.ctx.actor, self.picked.id, service.code
            )
        self.voucher_note.setText(note)
        self.voucher_note.setVisible(bool(note))

    # --- the documents handed over ----------------------------------------------------
    def _fill_documents(self) -> None:
        """The chosen service's requirements, to tick; kept while the service stays."""
        service = self.services.selected()
        code = service.code if service else ""
        if code == self._documents_of and self.ui.received.count():
            return
        self._documents_of = code
        box = self.ui.received
        box.blockSignals(True)
        box.clear()
        if service is not None:
            for req in load_catalog().find_service(code).service.requirements:
                label = req.text.rstrip(";. ")
                text = f"{label} {self.tr('(wajib)')}" if req.mandatory else label
                item = QListWidgetItem(text)
                item.setData(CODE_ROLE, req.code)
                item.setToolTip(req.text)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                box.addItem(item)
        box.blockSignals(False)
        if box.count():
            box.setCurrentRow(0)
        # no service yet (or one without requirements): the service list gets the room
        for widget in (self.ui.receivedLabel, self.ui.receivedAllButton, box):
            widget.setVisible(box.count() > 0)
        self.ui.receivedCount.setVisible(service is not None)
        self._show_count()

    def _items(self) -> list[QListWidgetItem]:
        return [self.ui.received.item(row) for row in range(self.ui.received.count())]

    def received_codes(self) -> frozenset[str]:
        return frozenset(
            str(item.data(CODE_ROLE))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        )

    def set_received(self, codes: frozenset[str]) -> None:
        for item in self._items():
            checked = str(item.data(CODE_ROLE)) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def tick_all(self) -> None:
        if not self.ui.received.count():
            return
        self.set_received(frozenset(str(item.data(CODE_ROLE)) for item in self._items()))
        self.ui.received.setFocus()

    def _ticks_changed(self, _item: QListWidgetItem) -> None:
        self._show_count()
        self.keeper.touch()

    def _show_count(self) -> None:
        total = self.ui.received.count()
        if total == 0:
            text = self.tr("Layanan ini tidak mensyaratkan dokumen.")
        else:
            text = self.tr("Diterima {0} dari {1} dokumen · Spasi: centang/hapus centang").format(
                len(self.received_codes()), total
            )
        self.ui.receivedCount.setText(text)

    # --- saving -----------------------------------------------------------------------
    def _clear_errors(self) -> None:
        for errors in (self.errors, self.applicant_form.person_errors):
            errors.clear()
        self.applicant_form.business_errors.clear()
        self.ui.duplicatePanel.hide()
        self.ui.warningLabel.hide()

    def intake(self) -> tuple[applications.Intake, list[ValidationError]]:
        """What the form holds, as the service takes it, and the errors only the form
        can see (a birth date that is not a date)."""
        service = self.services.selected()
        mode, form = self.mode(), self.applicant_form
        found: list[ValidationError] = []
        person = business = None
        if mode == Mode.PERSON:
            person, found = form.person_input()
        elif mode == Mode.BUSINESS:
            business = form.business_input()
        intake = applications.Intake(
            service_code=service.code if service else "",
            channel=self.services.channel_code(),
            applicant_id=self.picked.id if mode == Mode.PICKED and self.picked else None,
            person=person,
            business=business,
            notes=self.ui.notes.toPlainText(),
            received=self.received_codes(),
        )
        return intake, found

    def submit(self) -> None:
        self._clear_errors()
        intake, found = self.intake()
        try:
            filed = applications.file_intake(
                self.ctx.runtime, self.ctx.actor, intake, form_errors=found
            )
        except DuplicateApplicant as error:
            self._show_duplicate(error)
            return
        except CounterDeskError as error:
            self._show_error(error)
            return
        self.number = filed.number
        self.keeper.discard()
        self.filed.emit(filed.number, list(filed.warnings))
        self.accept()

    def _show_duplicate(self, error: DuplicateApplicant) -> None:
        field = "nik" if self.mode() == Mode.PERSON else "nib"
        errors = (
            self.applicant_form.person_errors
            if self.mode() == Mode.PERSON
            else self.applicant_form.business_errors
        )
        errors.set(field, str(error))
        self._existing_id = error.existing_id
        self.ui.duplicateLabel.setText(
            self.tr("Pemohon ini sudah terdaftar. Pakai data yang ada agar riwayatnya menyatu.")
        )
        self.ui.duplicatePanel.show()
        self.ui.openExistingButton.setFocus()

    def _show_error(self, error: CounterDeskError) -> None:
        if isinstance(error, ValidationErrors):
            items = list(error.errors)
        elif isinstance(error, ValidationError):
            items = [error]
        else:
            self.errors.set_general(str(error))
            return
        business = self.mode() == Mode.BUSINESS
        form = self.applicant_form
        applicant_errors = form.business_errors if business else form.person_errors
        order = [*(BUSINESS_FIELDS if business else PERSON_FIELDS), "photo"]
        # the application's fields first, the applicant's last and in reading order:
        # focus goes to the first applicant field in error, the top left of the form
        for item in items:
            if item.field in APPLICATION_FIELDS:
                self.errors.set(item.field, item.message)
        rest = [item for item in items if item.field not in APPLICATION_FIELDS]
        rest.sort(key=lambda e: order.index(e.field) if e.field in order else len(order))
        for item in rest:
            applicant_errors.set(item.field, item.message)

    # --- the draft ----------------------------------------------------------------------
    def draft_payload(self) -> dict[str, Any] | None:
        ui, form = self.ui, self.applicant_form
        service = self.services.selected()
        payload: dict[str, Any] = {
            "mode": int(self.mode()),
            "search": ui.applicantSearch.text(),
            "picked": str(self.picked.id) if self.picked else "",
            "person": form.values("person"),
            "business": form.values("business"),
            "photo_path": form.photo_path,
            "service": service.code if service else "",
            "channel": self.services.channel_code(),
            "notes": ui.notes.toPlainText(),
            "received": sorted(self.received_codes()),
        }
        blank = (
            not payload["search"].strip()
            and not payload["picked"]
            and form.is_blank()
            and not payload["service"]
            and not payload["notes"].strip()
        )
        return None if blank else payload

    def restore_draft(self) -> None:
        payload = self.keeper.load()
        if not payload:
            return
        ui = self.ui
        self.applicant_form.restore(payload)
        ui.notes.setPlainText(str(payload.get("notes", "")))
        if payload.get("service") and self.services.select(str(payload["service"])):
            self.services.set_channel(str(payload.get("channel", "")))
            received = payload.get("received") or []
            if isinstance(received, list):
                self.set_received(frozenset(str(code) for code in received))
        ui.applicantSearch.setText(str(payload.get("search", "")))
        mode = Mode(int(payload.get("mode", Mode.SEARCH)))
        picked = str(payload.get("picked") or "")
        if mode == Mode.PICKED and picked:
            try:
                self.pick_id(uuid.UUID(picked))
            except (CounterDeskError, ValueError):
                mode = Mode.SEARCH
        if mode != Mode.PICKED:
            self.set_mode(mode)
        self.show_draft_restored(ui.draftNote)

    # --- closing ------------------------------------------------------------------------
    def unsaved_question(self) -> tuple[str, str]:
        return (
            self.tr("Tutup permohonan baru?"),
            self.tr(
                "Isian ini belum disimpan sebagai permohonan. Simpan sebagai draf — "
                "dimuat lagi saat Anda menekan F2 — atau buang isiannya?"
            ),
        )
