"""One complaint or suggestion, handled the way seed 004 says (issue 10 points 2-4).

The header says what it is, where it stands and how much time is left (words and
colour). Left: the report as received (masked by the service for all but supervisors),
the classification with its reason — a supervisor may change it with a reason,
**Ubah menjadi saran…** / **Ubah menjadi pengaduan…** — and the attachments. Right, in
the order of the work: component and route, the case log (the analysis steps, then the
response to the complainant: the next step not yet written is preselected), the outcome
with the day and channel it was told, then **Surat jawaban (PDF)…** and **Tutup
pengaduan** — disabled, with the service's reason beside it, until it may be closed.

Every action is one service call; the service's refusal appears at the field it names.
The reply letter is made on a worker (``gui/workers.py``), then printed, saved or opened
from ``DocumentReadyDialog``."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from counterdesk.domain.errors import CounterDeskError
from counterdesk.domain.formatting import format_date_short
from counterdesk.domain.states import COMPLAINT_KIND_LABELS, ComplaintKind
from counterdesk.gui import messages
from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.case_common import AMBER, BLUE, GREEN, NEUTRAL
from counterdesk.gui.dialogs.document_ready import Document, DocumentReadyDialog
from counterdesk.gui.dialogs.opening import open_replacing
from counterdesk.gui.dialogs.text_input import TextInputDialog
from counterdesk.gui.field_errors import FieldErrors
from counterdesk.gui.forms.complaint_detail_ui import Ui_ComplaintDetailDialog
from counterdesk.gui.printing import PrintError, file_stem
from counterdesk.gui.style import repolish
from counterdesk.gui.workers import Cancelled, Progress, wait_with_progress
from counterdesk.services import complaints

if TYPE_CHECKING:
    from counterdesk.services.complaints import ComplaintDetail, ComplaintFormOptions

CLOSED = "closed"
RESPONSE_STEP = "tanggapan"
NOTE_STEP = "catatan"
ATTACHMENT_FOLDER = "counterdesk-lampiran"
STATUS_COLOURS = {"open": AMBER, "in_review": BLUE, "answered": BLUE, CLOSED: GREEN}
KIND_COLOURS = {ComplaintKind.COMPLAINT.value: BLUE}


def _tr(text: str) -> str:
    return QCoreApplication.translate("complaint_detail", text)


def badge(text: str, colours: tuple[str, str]) -> str:
    """``text`` bold on its colour (rich text for a QLabel)."""
    colour, background = colours
    return (
        f'<span style="color:{colour}; background-color:{background}; font-weight:bold">'
        f"&nbsp;{text}&nbsp;</span>"
    )


def kind_label(kind: str) -> str:
    try:
        return COMPLAINT_KIND_LABELS[ComplaintKind(kind)]
    except ValueError:
        return kind


def fill_choices(combo: QComboBox, choices: tuple[tuple[str, str], ...], empty: str = "") -> None:
    """(code, label) pairs; ``empty`` first (data "") when nothing need be chosen yet."""
    combo.clear()
    if empty:
        combo.addItem(empty, "")
    for code, text in choices:
        combo.addItem(text, code)


def select_data(combo: QComboBox, code: str) -> None:
    combo.setCurrentIndex(max(0, combo.findData(code)))


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def size_text(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


class ComplaintDetailDialog(QDialog):
    changed = Signal()  # the complaint was changed: the list should show it

    def __init__(
        self,
        ctx: DeskContext,
        complaint_id: UUID,
        parent: QWidget | None = None,
        *,
        notice: bool = False,
    ) -> None:
        """``notice``: just logged — say at the top what it was recorded as, and why."""
        super().__init__(parent)
        self.ctx = ctx
        self.complaint_id = complaint_id
        self.ui = Ui_ComplaintDetailDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.dialog: QDialog | None = None  # the dialog opened last (tests reach it here)
        self.errors = FieldErrors(
            ui,
            general=ui.generalError,
            aliases={
                "kind": "step_kind",
                "text": "step_text",
                "communicated_on": "outcome_communicated_on",
                "lampiran": "general",
            },
        )
        self.options: ComplaintFormOptions = complaints.form_options(ctx.runtime, ctx.actor)
        fill_choices(ui.component, self.options.components, self.tr("— pilih komponen —"))
        fill_choices(ui.route, self.options.routes, self.tr("— pilih jalur —"))
        fill_choices(ui.stepKind, self.options.step_kinds)
        fill_choices(ui.outcomeChannel, self.options.outcome_channels, self.tr("— pilih —"))
        self._setup_steps_table()
        for combo in (ui.component, ui.route, ui.stepKind):  # a long label reads whole here
            combo.currentTextChanged.connect(combo.setToolTip)
        ui.saveHandlingButton.clicked.connect(self.save_handling)
        ui.addStepButton.clicked.connect(self.add_step)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.add_step)
        ui.saveOutcomeButton.clicked.connect(self.save_outcome)
        ui.closeComplaintButton.clicked.connect(self.close_complaint)
        ui.replyLetterButton.clicked.connect(self.reply_letter)
        ui.overrideButton.clicked.connect(self.override)
        ui.addAttachmentButton.clicked.connect(self.add_attachment)
        ui.openAttachmentButton.clicked.connect(self.open_attachment)
        ui.attachments.itemActivated.connect(lambda _item: self.open_attachment())
        ui.attachments.currentRowChanged.connect(self._enable_attachment)
        ui.closeButton.clicked.connect(self.accept)
        self.detail: ComplaintDetail = complaints.complaint_detail(
            ctx.runtime, ctx.actor, complaint_id, ctx.today()
        )
        self.show_detail(self.detail, fill_inputs=True)
        ui.noticeLabel.setVisible(notice or self._information_request())
        if notice:
            self._say_logged()
        ui.doneLabel.clear()
        self._focus_next_input()

    # --- showing ------------------------------------------------------------------------
    def show_detail(self, detail: ComplaintDetail, *, fill_inputs: bool = False) -> None:
        """Show ``detail``; the inputs are filled from it when opening (and after a save
        of theirs), never over what the officer is typing elsewhere."""
        self.detail = detail
        ui = self.ui
        self.setWindowTitle(self.tr("{0} {1}").format(detail.kind_label, detail.number))
        ui.heading.setText(detail.number)
        ui.kindLabel.setText(badge(detail.kind_label, KIND_COLOURS.get(detail.kind, NEUTRAL)))
        ui.statusLabel.setText(
            badge(detail.status_label, STATUS_COLOURS.get(detail.status, NEUTRAL))
        )
        ui.deadlineLabel.setText(self._deadline_text(detail))
        ui.deadlineLabel.setProperty("level", detail.deadline.level)
        repolish(ui.deadlineLabel)
        self._show_report(detail)
        self._show_classification(detail)
        self._show_attachments(detail)
        self._show_steps(detail)
        if fill_inputs:
            self._fill_inputs(detail)
        self._show_closing(detail)

    def _deadline_text(self, detail: ComplaintDetail) -> str:
        """Closed, answered, without a deadline, or the time left (text and colour)."""
        deadline, ctx = detail.deadline, self.ctx
        due = format_date_short(deadline.due_on) if deadline.due_on else ""
        if detail.status == CLOSED and detail.closed_at is not None:
            return self.tr("Ditutup {0} oleh {1}").format(
                ctx.date_text(detail.closed_at), detail.closed_by
            )
        if detail.responded_at is not None:
            answered = self.tr("Dijawab {0}").format(ctx.date_text(detail.responded_at))
            return self.tr("{0} (batas {1})").format(answered, due) if due else answered
        if not due:
            return deadline.text
        return self.tr("Jawab paling lambat {0} — {1}").format(due, deadline.text)

    def _show_report(self, detail: ComplaintDetail) -> None:
        ui = self.ui
        ui.channelValue.setText(detail.channel_label)
        received = self.ctx.datetime_text(detail.received_at)
        ui.receivedValue.setText(
            self.tr("{0}, dicatat oleh {1}").format(received, detail.received_by)
            if detail.received_by
            else received
        )
        who = detail.name or self.tr("(tanpa nama)")
        if detail.nik:
            who = self.tr("{0} — NIK {1}").format(who, detail.nik)
        if detail.anonymous and not detail.identity_hidden:
            who += self.tr(" · anonim: identitas hanya untuk atasan")
        ui.reporterValue.setText(who)
        contact = " · ".join(part for part in (detail.phone, detail.email) if part)
        ui.contactValue.setText(contact or "—")
        service = detail.service_name or detail.standard_title or "—"
        extra = []
        if detail.application_number:
            extra.append(self.tr("permohonan {0}").format(detail.application_number))
        if detail.service_received_on:
            extra.append(
                self.tr("layanan diterima {0}").format(
                    format_date_short(detail.service_received_on)
                )
            )
        ui.serviceValue.setText(f"{service} ({', '.join(extra)})" if extra else service)
        subject = detail.subject or "—"
        if detail.confidential and not detail.content_hidden:
            subject += self.tr(" · rahasia: isi hanya untuk atasan")
        ui.subjectValue.setText(subject)
        ui.matterValue.setPlainText(detail.matter or self.tr("(isi laporan kosong)"))

    def _show_classification(self, detail: ComplaintDetail) -> None:
        ui = self.ui
        lines = [
            self.tr("Otomatis: <b>{0}</b> — {1}").format(
                kind_label(detail.classified_kind or detail.kind),
                detail.classification_reason or "—",
            )
        ]
        if detail.override_reason:
            when = self.ctx.datetime_text(detail.overridden_at) if detail.overridden_at else ""
            lines.append(
                self.tr("Diubah menjadi <b>{0}</b> oleh {1} {2}: {3}").format(
                    detail.kind_label, detail.overridden_by, when, detail.override_reason
                )
            )
        ui.classificationText.setText("<br>".join(lines))
        target = self._override_target(detail)
        ui.overrideButton.setText(self.tr("Ubah menjadi {0}…").format(kind_label(target).lower()))
        ui.overrideButton.setEnabled(detail.can_override)
        if detail.can_override:
            ui.overrideHint.setText(self.tr("Dengan alasan; tercatat di jejak audit."))
        elif detail.status == CLOSED:
            ui.overrideHint.setText(self.tr("Sudah ditutup: klasifikasi tidak dapat diubah."))
        else:
            ui.overrideHint.setText(self.tr("Hanya atasan yang dapat mengubah klasifikasi."))

    @staticmethod
    def _override_target(detail: ComplaintDetail) -> str:
        if detail.kind == ComplaintKind.COMPLAINT.value:
            return ComplaintKind.SUGGESTION.value
        return ComplaintKind.COMPLAINT.value

    def _show_attachments(self, detail: ComplaintDetail) -> None:
        ui = self.ui
        ui.attachments.clear()
        for attachment in detail.attachments:
            item = QListWidgetItem(f"{attachment.filename} ({size_text(attachment.size)})")
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)
            ui.attachments.addItem(item)
        if not detail.attachments:
            item = QListWidgetItem(self.tr("Belum ada lampiran."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            ui.attachments.addItem(item)
        else:
            ui.attachments.setCurrentRow(0)
        ui.addAttachmentButton.setEnabled(detail.status != CLOSED)
        self._enable_attachment()

    def _enable_attachment(self) -> None:
        item = self.ui.attachments.currentItem()
        self.ui.openAttachmentButton.setEnabled(
            item is not None and item.data(Qt.ItemDataRole.UserRole) is not None
        )

    def _setup_steps_table(self) -> None:
        table = self.ui.steps
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [self.tr("Waktu"), self.tr("Langkah"), self.tr("Isi"), self.tr("Oleh")]
        )
        header = table.horizontalHeader()
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _show_steps(self, detail: ComplaintDetail) -> None:
        table = self.ui.steps
        table.setRowCount(len(detail.steps))
        for row, step in enumerate(detail.steps):
            for column, text in enumerate(
                (self.ctx.datetime_text(step.at), step.kind_label, step.text, step.by)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        if detail.steps:
            table.scrollToBottom()

    def _fill_inputs(self, detail: ComplaintDetail) -> None:
        ui = self.ui
        select_data(ui.component, detail.component)
        select_data(ui.route, detail.route)
        ui.stepText.clear()
        select_data(ui.stepKind, self._next_step_kind(detail))
        ui.outcome.setPlainText("" if detail.content_hidden else detail.outcome)
        ui.outcomeCommunicatedOn.setDate(qdate(detail.outcome_communicated_on or self.ctx.today()))
        select_data(ui.outcomeChannel, detail.outcome_channel or detail.channel)

    def _next_step_kind(self, detail: ComplaintDetail) -> str:
        """The first analysis step of seed 004 not yet written (then a plain note)."""
        written = {step.kind for step in detail.steps}
        for code, _label in self.options.step_kinds:
            if code not in written and code != NOTE_STEP:
                return code
        return NOTE_STEP

    def _show_closing(self, detail: ComplaintDetail) -> None:
        ui = self.ui
        open_ = detail.status != CLOSED and detail.kind != ComplaintKind.INFORMATION.value
        for widget in (
            ui.component,
            ui.route,
            ui.saveHandlingButton,
            ui.stepKind,
            ui.stepText,
            ui.addStepButton,
            ui.outcome,
            ui.outcomeCommunicatedOn,
            ui.outcomeChannel,
            ui.saveOutcomeButton,
        ):
            widget.setEnabled(open_)
        ui.closeComplaintButton.setEnabled(open_ and detail.can_close)
        if open_:
            ui.closeBlocker.setText(detail.close_blocker)
            ui.closeBlocker.setVisible(bool(detail.close_blocker))
        else:
            ui.closeBlocker.hide()
        ui.closeComplaintButton.setVisible(open_)
        ui.replyLetterButton.setEnabled(detail.can_reply_letter)
        if detail.reply_letter_number:
            ui.replyLetterHint.setText(
                self.tr("Nomor surat {0}; dicetak ulang dengan nomor yang sama.").format(
                    detail.reply_letter_number
                )
            )
        elif detail.can_reply_letter:
            ui.replyLetterHint.setText(self.tr("Nomor surat diambil saat pertama dibuat."))
        else:
            ui.replyLetterHint.setText(
                self.tr(
                    "Tersedia setelah ada tanggapan kepada pelapor dan pelapor diketahui "
                    "(bukan anonim)."
                )
            )

    def _say_logged(self) -> None:
        detail, label = self.detail, self.ui.noticeLabel
        text = self.tr("Tercatat: {0}. {1}").format(detail.number, detail.classification_reason)
        label.setText(text)
        suggestion = detail.kind != ComplaintKind.COMPLAINT.value
        label.setProperty("role", "warning" if suggestion else "summary")
        repolish(label)

    def _information_request(self) -> bool:
        """An information request (seed 003) shares the register but is answered or
        escalated on Penerimaan (F4): here it is only shown."""
        if self.detail.kind != ComplaintKind.INFORMATION.value:
            return False
        label = self.ui.noticeLabel
        label.setText(
            self.tr(
                "Ini permintaan informasi: dijawab atau dieskalasi lewat Permintaan informasi "
                "(F4) di tab Penerimaan, bukan di sini."
            )
        )
        label.setProperty("role", "warning")
        repolish(label)
        return True

    def _focus_next_input(self) -> None:
        ui = self.ui
        if self.detail.status == CLOSED:
            ui.closeButton.setFocus()
        elif not self.detail.component:
            ui.component.setFocus()
        else:
            ui.stepText.setFocus()

    # --- acting -------------------------------------------------------------------------
    def _done(self, detail: ComplaintDetail, said: str, *, fill_inputs: bool = False) -> None:
        if not self._information_request():
            self.ui.noticeLabel.hide()  # "just logged" has been read: the work has begun
        self.show_detail(detail, fill_inputs=fill_inputs)
        self.ui.doneLabel.setText(said)
        self.changed.emit()

    def save_handling(self) -> None:
        ui, ctx = self.ui, self.ctx
        self.errors.clear()
        try:
            detail = complaints.set_handling(
                ctx.runtime,
                ctx.actor,
                self.complaint_id,
                component=str(ui.component.currentData() or ""),
                route=str(ui.route.currentData() or ""),
            )
        except CounterDeskError as error:
            self.errors.show(error)
            return
        self._done(detail, self.tr("Komponen dan jalur penyelesaian disimpan."))
        ui.stepText.setFocus()

    def add_step(self) -> None:
        ui, ctx = self.ui, self.ctx
        if not ui.addStepButton.isEnabled():
            return
        self.errors.clear()
        kind = str(ui.stepKind.currentData() or "")
        try:
            detail = complaints.add_step(
                ctx.runtime, ctx.actor, self.complaint_id, kind, ui.stepText.toPlainText()
            )
        except CounterDeskError as error:
            self.errors.show(error)
            return
        ui.stepText.clear()
        self._done(detail, self.tr("Catatan “{0}” ditambahkan.").format(ui.stepKind.currentText()))
        select_data(ui.stepKind, self._next_step_kind(detail))
        if kind == RESPONSE_STEP and not ui.outcome.toPlainText().strip():
            ui.outcome.setFocus()
        else:
            ui.stepText.setFocus()

    def save_outcome(self) -> None:
        ui, ctx = self.ui, self.ctx
        self.errors.clear()
        communicated: date = ui.outcomeCommunicatedOn.date().toPython()  # type: ignore[assignment]
        try:
            detail = complaints.record_outcome(
                ctx.runtime,
                ctx.actor,
                self.complaint_id,
                outcome=ui.outcome.toPlainText(),
                communicated_on=communicated,
                channel=str(ui.outcomeChannel.currentData() or ""),
            )
        except CounterDeskError as error:
            self.errors.show(error)
            return
        self._done(detail, self.tr("Hasil penanganan disimpan."))
        (ui.closeComplaintButton if detail.can_close else ui.outcome).setFocus()

    def close_complaint(self) -> None:
        detail, ctx = self.detail, self.ctx
        if not messages.confirm(
            self,
            self.tr("Tutup {0}?").format(detail.number),
            self.tr(
                "{0} {1} ditutup sebagai selesai. Sesudahnya catatan, hasil dan klasifikasinya "
                "tidak dapat diubah lagi."
            ).format(detail.kind_label, detail.number),
            self.tr("Tutup pengaduan"),
        ):
            return
        self.errors.clear()
        try:
            closed = complaints.close(ctx.runtime, ctx.actor, self.complaint_id)
        except CounterDeskError as error:
            self.errors.show(error)
            return
        self._done(closed, self.tr("{0} ditutup.").format(closed.number))
        self.ui.closeButton.setFocus()

    def override(self) -> None:
        detail, ctx = self.detail, self.ctx
        target = self._override_target(detail)
        due = (
            self.tr("Batas waktu jawaban dihitung dari tanggal diterima menurut kebijakan standar.")
            if target == ComplaintKind.COMPLAINT.value
            else self.tr("Sebagai saran, laporan ini tidak lagi memiliki batas waktu jawaban.")
        )
        dialog = TextInputDialog(
            self,
            title=self.tr("Ubah klasifikasi {0}").format(detail.number),
            explanation=self.tr(
                "{0} {1} diubah menjadi {2}. {3} Perubahan ini dan alasannya tercatat di "
                "jejak audit."
            ).format(detail.kind_label, detail.number, kind_label(target).lower(), due),
            label=self.tr("&Alasan perubahan"),
            accept_text=self.tr("Ubah menjadi {0}").format(kind_label(target).lower()),
            field="reason",
            action=lambda reason: complaints.override_kind(
                ctx.runtime, ctx.actor, self.complaint_id, target, reason
            ),
            placeholder=self.tr("mis. identitas pelapor dilengkapi lewat telepon"),
        )
        dialog.accepted.connect(lambda: self._overridden(dialog))
        self.dialog = open_replacing(self.dialog, dialog)

    def _overridden(self, dialog: TextInputDialog) -> None:
        detail: ComplaintDetail = dialog.result_value
        self._done(
            detail, self.tr("Klasifikasi diubah menjadi {0}.").format(detail.kind_label.lower())
        )

    # --- attachments --------------------------------------------------------------------
    def add_attachment(self) -> None:
        ctx = self.ctx
        chosen = choose_attachment(self)
        if chosen is None:
            return
        self.errors.clear()
        path = chosen
        try:
            data = read_file(path)
            detail = complaints.add_attachment(
                ctx.runtime, ctx.actor, self.complaint_id, path.name, data
            )
        except CounterDeskError as error:
            self.errors.show(error)
            return
        self._done(detail, self.tr("Lampiran {0} ditambahkan.").format(path.name))

    def open_attachment(self) -> None:
        item = self.ui.attachments.currentItem()
        attachment_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if attachment_id is None:
            return
        self.errors.clear()
        try:
            filename, data = complaints.attachment_data(
                self.ctx.runtime, self.ctx.actor, attachment_id
            )
            open_file(attachment_id, filename, data)
        except CounterDeskError as error:
            self.errors.show(error)

    # --- the reply letter ---------------------------------------------------------------
    def reply_letter(self) -> None:
        ctx, complaint_id = self.ctx, self.complaint_id

        def job(progress: Progress) -> tuple[str, bytes]:
            from counterdesk.services import complaint_letters  # ReportLab: first use

            progress.report(0, 0, self.tr("Membuat surat jawaban…"))
            letter: tuple[str, bytes] = complaint_letters.reply_letter_pdf(
                ctx.runtime, ctx.actor, complaint_id
            )
            return letter

        self.errors.clear()
        try:
            made: tuple[str, bytes] = wait_with_progress(
                self, self.tr("Membuat surat jawaban…"), job
            )
        except Cancelled:
            return
        except CounterDeskError as error:
            self.errors.show(error)
            return
        number, pdf = made
        detail = complaints.complaint_detail(ctx.runtime, ctx.actor, complaint_id, ctx.today())
        self._done(detail, self.tr("Surat jawaban {0} dibuat.").format(number))
        document = Document(
            self.tr("Surat jawaban {0}").format(detail.number),
            number,
            f"surat-jawaban-{file_stem(detail.number)}",
            lambda: pdf,
        )
        ready = DocumentReadyDialog(
            document,
            self.tr("Surat jawaban pengaduan siap"),
            self.tr(
                "Cetak dan tanda tangani, atau simpan PDF-nya untuk dikirim lewat surel. "
                "Dicetak ulang, surat ini tetap bernomor {0}."
            ).format(number),
            self,
        )
        self.dialog = open_replacing(self.dialog, ready)


def choose_attachment(parent: QWidget) -> Path | None:
    """The officer picks a letter, photo or screenshot; None if cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        _tr("Pilih lampiran"),
        folder,
        _tr("Surat, foto atau tangkapan layar (*.pdf *.jpg *.jpeg *.png);;Semua berkas (*)"),
    )
    return Path(chosen) if chosen else None


def read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise PrintError(
            _tr("Berkas {0} tidak dapat dibaca ({1}). Pilih berkas lain.").format(
                path.name, error.strerror or error
            )
        ) from error


def open_file(attachment_id: UUID, filename: str, data: bytes) -> Path:
    """Write to a temporary folder and open with the system's viewer."""
    folder = Path(tempfile.gettempdir()) / ATTACHMENT_FOLDER / str(attachment_id)
    target = folder / (Path(filename).name or "lampiran")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    except OSError as error:
        raise PrintError(
            _tr("Lampiran tidak dapat disiapkan ({0}).").format(error.strerror or error)
        ) from error
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
        raise PrintError(
            _tr("Tidak ada aplikasi di komputer ini yang dapat membuka {0}.").format(target.name)
        )
    return target
