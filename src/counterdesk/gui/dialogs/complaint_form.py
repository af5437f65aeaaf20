"""Catat pengaduan atau saran (Ctrl+N on Pengaduan; issue 10 points 1-2).

The report as it came: channel, when it arrived (default now; an earlier letter or
e-mail is dated back — the deadline counts from it), the matter and a short subject,
attachments; the reporter (all optional) with *anonim* and *rahasia*; the application or
service it is about and the day that service was received. While the officer types, the
box at the bottom says what it will be recorded as — pengaduan or saran — why, and by
when it must be answered: ``complaints.preview_classification``, asked a moment after the
last change. Nothing is refused for missing words: no matter or no identity makes a
suggestion, and the box (then the detail that opens after saving) says so.

**Simpan (Ctrl+S)** calls ``complaints.log_complaint``; its refusals appear at their
fields. Half-typed input is kept as a draft like the new-application form."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QDateTime, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QWidget

from counterdesk.domain.errors import CounterDeskError
from counterdesk.domain.formatting import format_date_with_day, to_zone, zone
from counterdesk.domain.states import ComplaintKind
from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.case_common import AMBER, BLUE
from counterdesk.gui.dialogs.complaint_detail import (
    badge,
    choose_attachment,
    fill_choices,
    read_file,
    size_text,
)
from counterdesk.gui.draft_keeper import DraftDialog, DraftKeeper
from counterdesk.gui.field_errors import FieldErrors
from counterdesk.gui.form_values import read_fields, write_fields
from counterdesk.gui.forms.complaint_form_ui import Ui_ComplaintFormDialog
from counterdesk.gui.keyboard import EnterMovesOn
from counterdesk.services import complaints

if TYPE_CHECKING:
    from counterdesk.services.complaints import ClassificationPreview

DRAFT_FORM = "complaint"
PREVIEW_DELAY_MS = 300  # ask the service once typing pauses
WALK_IN = "datang_langsung"
TEXT_FIELDS = ("matter", "subject", "name", "nik", "phone", "email", "application_number")
KEPT_FIELDS = (
    "channel",
    *TEXT_FIELDS,
    "anonymous",
    "confidential",
    "standard_code",
    "service_code",
)


class ComplaintFormDialog(DraftDialog):
    logged = Signal(object)  # the ComplaintDetail just logged

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ComplaintFormDialog()
        self.ui.setupUi(self)
        ui = self.ui
        EnterMovesOn(self)
        self.errors = FieldErrors(ui, general=ui.generalError, aliases={"lampiran": "attachments"})
        self.keeper = DraftKeeper(ctx, DRAFT_FORM, self.draft_payload, self)
        self.attachments: list[tuple[str, bytes]] = []
        self.preview: ClassificationPreview | None = None  # the last one shown
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        options = complaints.form_options(ctx.runtime, ctx.actor)
        self.services = options.services
        fill_choices(ui.channel, options.channels)
        ui.channel.setCurrentIndex(max(0, ui.channel.findData(WALK_IN)))
        self.policies = {code: policy for code, _title, policy in options.standards}
        fill_choices(
            ui.standardCode,
            tuple((code, title) for code, title, _policy in options.standards),
            self.tr("— belum diketahui —"),
        )
        if len(options.standards) == 1:  # one office, one policy: nothing to choose
            ui.standardCode.setCurrentIndex(1)
        self._fill_services()
        ui.standardCode.currentIndexChanged.connect(self._fill_services)
        ui.serviceCode.currentIndexChanged.connect(self._service_picked)
        ui.serviceDateKnown.toggled.connect(ui.serviceReceivedOn.setEnabled)
        ui.serviceReceivedOn.setDate(self._qdate_today())
        self._received_edited = False
        self._set_received_now()
        ui.receivedAt.dateTimeChanged.connect(self._received_changed)
        self._watch_changes()
        ui.addAttachmentButton.clicked.connect(self.add_attachment)
        ui.removeAttachmentButton.clicked.connect(self.remove_attachment)
        ui.attachments.currentRowChanged.connect(self._enable_remove)
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        ui.draftNote.hide()
        self._show_attachments()
        self.restore_draft()
        self.update_preview()
        ui.matter.setFocus()

    # --- inputs -------------------------------------------------------------------------
    def _watch_changes(self) -> None:
        """Every change asks for a new preview (after a pause) and keeps the draft."""
        ui = self.ui
        for edit in (ui.name, ui.nik, ui.phone, ui.email, ui.subject, ui.applicationNumber):
            edit.textChanged.connect(self._changed)
        ui.matter.textChanged.connect(self._changed)
        for combo in (ui.channel, ui.standardCode, ui.serviceCode):
            combo.currentIndexChanged.connect(self._changed)
        for box in (ui.anonymous, ui.confidential, ui.serviceDateKnown):
            box.toggled.connect(self._changed)
        ui.serviceReceivedOn.dateChanged.connect(self._changed)
        ui.receivedAt.dateTimeChanged.connect(self._changed)

    def _changed(self) -> None:
        self._preview_timer.start()
        self.keeper.touch()

    def _qdate_today(self) -> QDate:
        today = self.ctx.today()
        return QDate(today.year, today.month, today.day)

    def _set_received_now(self) -> None:
        local = to_zone(self.ctx.now(), self.ctx.office.timezone)
        ui = self.ui
        ui.receivedAt.blockSignals(True)
        ui.receivedAt.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )
        ui.receivedAt.blockSignals(False)

    def _received_changed(self) -> None:
        self._received_edited = True

    def received_at(self) -> datetime:
        """When the report reached the office: now, unless the officer dated it back."""
        if not self._received_edited:
            return self.ctx.now()
        local: datetime = self.ui.receivedAt.dateTime().toPython()  # type: ignore[assignment]
        return local.replace(tzinfo=zone(self.ctx.office.timezone).tzinfo)

    def _fill_services(self) -> None:
        """The services of the chosen standard (all while none is chosen)."""
        combo = self.ui.serviceCode
        standard = str(self.ui.standardCode.currentData() or "")
        kept = str(combo.currentData() or "")
        shown = tuple(
            (code, text)
            for code, text in self.services
            if not standard or code.split("/", 1)[0] == standard
        )
        combo.blockSignals(True)
        fill_choices(combo, shown, self.tr("— belum diketahui —"))
        combo.setCurrentIndex(max(0, combo.findData(kept)))
        combo.blockSignals(False)

    def _service_picked(self) -> None:
        """A service names its standard: choose it too."""
        code = str(self.ui.serviceCode.currentData() or "")
        standard = code.split("/", 1)[0] if code else ""
        combo = self.ui.standardCode
        if standard and combo.currentData() != standard:
            combo.setCurrentIndex(max(0, combo.findData(standard)))

    # --- attachments --------------------------------------------------------------------
    def add_attachment(self) -> None:
        path = choose_attachment(self)
        if path is None:
            return
        self.errors.unmark("attachments")
        try:
            self.attachments.append((path.name, read_file(path)))
        except CounterDeskError as error:
            self.errors.set("attachments", str(error))
            return
        self._show_attachments()

    def remove_attachment(self) -> None:
        row = self.ui.attachments.currentRow()
        if 0 <= row < len(self.attachments):
            del self.attachments[row]
            self._show_attachments()

    def _show_attachments(self) -> None:
        widget = self.ui.attachments
        widget.clear()
        for filename, data in self.attachments:
            widget.addItem(QListWidgetItem(f"{filename} ({size_text(len(data))})"))
        if self.attachments:
            widget.setCurrentRow(len(self.attachments) - 1)
        self._enable_remove()

    def _enable_remove(self) -> None:
        self.ui.removeAttachmentButton.setEnabled(self.ui.attachments.currentRow() >= 0)

    # --- the classification, as it would be ----------------------------------------------
    def complaint_input(self) -> complaints.NewComplaint:
        ui = self.ui
        values = {k: str(v) for k, v in read_fields(ui, TEXT_FIELDS).items()}
        return complaints.NewComplaint(
            channel=str(ui.channel.currentData() or ""),
            received_at=self.received_at(),
            matter=values["matter"],
            subject=values["subject"],
            name=values["name"],
            nik=values["nik"],
            phone=values["phone"],
            email=values["email"],
            anonymous=ui.anonymous.isChecked(),
            confidential=ui.confidential.isChecked(),
            standard_code=str(ui.standardCode.currentData() or ""),
            service_code=str(ui.serviceCode.currentData() or ""),
            application_number=values["application_number"],
            service_received_on=(
                ui.serviceReceivedOn.date().toPython()  # type: ignore[arg-type]
                if ui.serviceDateKnown.isChecked()
                else None
            ),
            attachments=tuple(self.attachments),
        )

    def update_preview(self) -> None:
        self._preview_timer.stop()
        ui, ctx = self.ui, self.ctx
        try:
            preview = complaints.preview_classification(
                ctx.runtime, ctx.actor, self.complaint_input()
            )
        except CounterDeskError as error:
            self.preview = None
            ui.previewKind.setText(badge(self.tr("Belum dapat dinilai"), AMBER))
            ui.previewDeadline.clear()
            ui.previewDeadline.hide()
            ui.previewReason.setText(str(error))
            ui.previewWarnings.hide()
            ui.previewPolicy.clear()
            return
        self.preview = preview
        complaint = preview.kind == ComplaintKind.COMPLAINT.value
        ui.previewKind.setText(badge(preview.kind_label.upper(), BLUE if complaint else AMBER))
        ui.previewReason.setText(preview.reason)
        if preview.due_on is not None:
            ui.previewDeadline.setText(
                self.tr("Jawab paling lambat {0}").format(format_date_with_day(preview.due_on))
            )
            ui.previewDeadline.show()
        else:
            ui.previewDeadline.hide()
        ui.previewWarnings.setText(
            "\n".join(self.tr("Perhatian: {0}").format(w) for w in preview.warnings)
        )
        ui.previewWarnings.setVisible(bool(preview.warnings))
        ui.previewPolicy.setText(preview.policy_text)

    # --- saving -------------------------------------------------------------------------
    def save(self) -> None:
        ctx = self.ctx
        self.errors.clear()
        try:
            detail = complaints.log_complaint(ctx.runtime, ctx.actor, self.complaint_input())
        except CounterDeskError as error:
            self.errors.show(error)
            return
        self.keeper.discard()
        self.logged.emit(detail)
        self.accept()

    # --- the draft ----------------------------------------------------------------------
    def draft_payload(self) -> dict[str, Any] | None:
        values = read_fields(self.ui, KEPT_FIELDS)
        if not any(values[field] for field in TEXT_FIELDS):
            return None
        return dict(values)

    def restore_draft(self) -> None:
        payload = self.keeper.load()
        if not payload:
            return
        write_fields(self.ui, {f: payload[f] for f in KEPT_FIELDS if f in payload})
        self.show_draft_restored(self.ui.draftNote)

    def unsaved_question(self) -> tuple[str, str]:
        return (
            self.tr("Tutup tanpa menyimpan?"),
            self.tr(
                "Laporan ini belum dicatat. Simpan isiannya sebagai draf — dimuat lagi saat "
                "formulir ini dibuka — atau buang isiannya?"
            ),
        )
