"""One certificate case (ralat, sertifikat hilang, legalisasi) through its two layers:
what it asks, its state and what it waits for; **Periksa — benar** by the officer
(layer 1); **Setujui** by the leader with the own password (layer 2, never the person of
layer 1: the service refuses and audits it, as on Verifikasi); **Tolak…** with the
reason; then the letter or the stamp labels (A4/F4) through ``DocumentReadyDialog``.
The dialog only shows what the service's view allows."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from counterdesk.domain.errors import CounterDeskError, SelfApproval, ValidationError
from counterdesk.domain.formatting import format_date_long
from counterdesk.domain.roles import Role
from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.case_common import fill_papers, paper_document, pill
from counterdesk.gui.dialogs.document_ready import DocumentReadyDialog
from counterdesk.gui.dialogs.opening import open_replacing
from counterdesk.gui.dialogs.text_input import TextInputDialog
from counterdesk.gui.field_errors import FieldErrors
from counterdesk.gui.forms.case_signoff_ui import Ui_CertificateCaseDialog
from counterdesk.gui.keyboard import EnterMovesOn
from counterdesk.services import certificate_cases
from counterdesk.services.certificate_cases import (
    KIND_CORRECTION,
    KIND_LEGALISATION,
    KIND_LOST,
    CaseView,
)


class CertificateCaseDialog(QDialog):
    changed = Signal(str)  # the case number, after a layer or a refusal was stored

    def __init__(self, ctx: DeskContext, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.number = number
        self.ui = Ui_CertificateCaseDialog()
        self.ui.setupUi(self)
        self.dialog: QDialog | None = None  # the letter or the refusal, opened last
        ui = self.ui
        self.errors = FieldErrors(ui, general=ui.generalError)
        fill_papers(ui.paper)
        ui.checkButton.clicked.connect(self.check)
        ui.approveButton.clicked.connect(self.approve)
        ui.refuseButton.clicked.connect(self.refuse)
        ui.documentButton.clicked.connect(self.show_document)
        ui.closeButton.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.decide)
        QShortcut(QKeySequence("Ctrl+R"), self, self.refuse)
        QShortcut(QKeySequence("Ctrl+P"), self, self.show_document)
        EnterMovesOn(self)
        header = ui.fieldsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ui.resultLabel.hide()
        self.view: CaseView = certificate_cases.case_view(ctx.runtime, ctx.actor, number)
        self._show(self.view)

    # --- showing ----------------------------------------------------------------------------
    def _show(self, case: CaseView) -> None:
        ui = self.ui
        title = self.tr("{0} — {1}").format(case.kind_label, case.number)
        self.setWindowTitle(title)
        ui.heading.setText(title)
        state, _, waiting = case.status_label.partition(" — ")
        ui.statusLabel.setText(pill(state, case.status))
        ui.waitingLabel.setText(waiting[:1].upper() + waiting[1:])
        ui.waitingLabel.setVisible(bool(waiting))
        ui.certificateValue.setText(f"{case.serial} — {case.certificate_title}")
        nik = self.tr(" · NIK {0}").format(case.holder_nik) if case.holder_nik else ""
        ui.holderValue.setText(f"{case.holder_name}{nik}")
        ui.detailValue.setText(self._detail(case))
        ui.minutesValue.setText(case.minutes_number or "—")
        ui.minutesCaption.setVisible(case.kind != KIND_LEGALISATION)
        ui.minutesValue.setVisible(case.kind != KIND_LEGALISATION)
        ui.requestedValue.setText(self._who(case.requested_by, case.requested_at))
        ui.checkedValue.setText(self._who(case.checked_by, case.checked_at))
        ui.approvedValue.setText(self._who(case.approved_by, case.approved_at))
        ui.letterValue.setText(case.letter_number or self.tr("terbit setelah disetujui"))
        self._fill_fields(case)
        ui.noticeLabel.setText(self._notice(case))
        ui.noticeLabel.setVisible(bool(ui.noticeLabel.text()))
        approve = self._may_approve(case)
        ui.checkButton.setVisible(case.can_check)
        ui.approveButton.setVisible(approve)
        ui.passwordBox.setVisible(approve)
        ui.refuseButton.setVisible(case.can_refuse and (approve or case.can_check))
        printable = case.can_print
        ui.documentButton.setText(self._document_title(case) + self.tr("… (Ctrl+P)"))
        for widget in (ui.documentButton, ui.paper, ui.paperLabel):
            widget.setVisible(printable)
        if approve:
            ui.password.setFocus()
        elif case.can_check:
            ui.checkButton.setFocus()
        elif printable:
            ui.documentButton.setFocus()
        else:
            ui.closeButton.setFocus()

    def _detail(self, case: CaseView) -> str:
        if case.kind == KIND_LOST:
            return self.tr("Surat keterangan kehilangan polisi {0}, tanggal {1}").format(
                case.police_report_number,
                format_date_long(case.police_report_on) if case.police_report_on else "—",
            )
        if case.kind == KIND_LEGALISATION:
            return self.tr("Legalisasi {0} salinan").format(case.copies)
        return self.tr("Ralat {0} data (lihat tabel)").format(len(case.fields))

    def _who(self, name: str, at: datetime | None) -> str:
        if not name:
            return "—"
        return f"{name} · {self.ctx.datetime_text(at)}" if at is not None else name

    def _fill_fields(self, case: CaseView) -> None:
        table = self.ui.fieldsTable
        table.setVisible(case.kind == KIND_CORRECTION)
        table.setRowCount(len(case.fields))
        for row, change in enumerate(case.fields):
            for column, text in enumerate((change.label, change.before, change.after)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                table.setItem(row, column, cell)
        table.resizeRowsToContents()

    def _notice(self, case: CaseView) -> str:
        if case.status == "refused":
            return self.tr("Ditolak oleh {0}: {1}").format(case.refused_by, case.reason)
        if self._may_approve(case) and case.checked_by == self.ctx.actor.full_name:
            return self.tr(
                "Anda sendiri yang memeriksa kasus ini (lapis 1); persetujuannya harus oleh "
                "pimpinan lain."
            )
        if case.can_approve and not self._may_approve(case):
            return self.tr(
                "Sudah diperiksa (lapis 1). Persetujuan (lapis 2) oleh pimpinan dengan kata "
                "sandinya — minta atasan membuka kasus ini di tab Berita Acara."
            )
        return ""

    def _may_approve(self, case: CaseView) -> bool:
        """The second layer is the leader's (a supervisor), as on Verifikasi."""
        return case.can_approve and self.ctx.actor.has(Role.SUPERVISOR)

    def _document_title(self, case: CaseView) -> str:
        return {
            KIND_CORRECTION: self.tr("Surat keterangan ralat"),
            KIND_LOST: self.tr("Surat keterangan pengganti"),
            KIND_LEGALISATION: self.tr("Label legalisasi"),
        }.get(case.kind, self.tr("Surat"))

    # --- the two layers -----------------------------------------------------------------------
    def decide(self) -> None:
        """Ctrl+Enter: the layer this user may do now."""
        if self._may_approve(self.view):
            self.approve()
        elif self.view.can_check:
            self.check()

    def check(self) -> None:
        if not self.view.can_check:
            return
        self.errors.clear()
        try:
            case = certificate_cases.check(self.ctx.runtime, self.ctx.actor, self.number)
        except CounterDeskError as error:
            self.errors.show(error)
            return
        self._done(
            case,
            self.tr("Diperiksa (lapis 1) oleh {0}. Menunggu persetujuan pimpinan.").format(
                self.ctx.actor.full_name
            ),
        )

    def approve(self) -> None:
        ui = self.ui
        if not self._may_approve(self.view) or not ui.approveButton.isEnabled():
            return
        self.errors.clear()
        password = ui.password.text()
        if not password:
            self.errors.set("password", self.tr("Ketik kata sandi Anda untuk menyetujui."))
            return
        try:
            case = certificate_cases.approve(
                self.ctx.runtime, self.ctx.actor, self.number, password
            )
        except SelfApproval as error:
            ui.password.clear()
            self.errors.set_general(str(error))
            for widget in (ui.approveButton, ui.password):
                widget.setEnabled(False)
            ui.closeButton.setFocus()
            return
        except ValidationError as error:
            if error.field == "password":
                ui.password.clear()
            self.errors.show(error)
            return
        except CounterDeskError as error:
            self.errors.show(error)
            return
        ui.password.clear()
        self._done(
            case,
            self.tr("Disetujui (lapis 2) oleh {0}. Nomor surat: {1}.").format(
                self.ctx.actor.full_name, case.letter_number
            ),
        )

    def refuse(self) -> None:
        if self.ui.refuseButton.isHidden():  # not this user's to refuse now
            return
        runtime, actor, number = self.ctx.runtime, self.ctx.actor, self.number
        dialog = TextInputDialog(
            self,
            title=self.tr("Tolak {0}").format(number),
            explanation=self.tr(
                "Permohonan {0} ditolak dan ditutup; alasannya tercatat dan dapat dibaca "
                "pemohon. Tulis alasannya dan apa yang harus dilakukan pemohon."
            ).format(number),
            label=self.tr("&Alasan penolakan *"),
            accept_text=self.tr("Tolak permohonan"),
            field="reason",
            action=lambda reason: certificate_cases.refuse(runtime, actor, number, reason),
        )
        dialog.accepted.connect(lambda: self._refused(dialog))
        self.dialog = open_replacing(self.dialog, dialog)

    def _refused(self, dialog: TextInputDialog) -> None:
        case = dialog.result_value
        if isinstance(case, CaseView):
            self._done(case, self.tr("Ditolak. Alasannya tercatat pada kasus ini."))

    def _done(self, case: CaseView, said: str) -> None:
        self.view = case
        self._show(case)
        self.ui.resultLabel.setText(said)
        self.ui.resultLabel.show()
        self.changed.emit(case.number)

    # --- the letter ------------------------------------------------------------------------------
    def show_document(self) -> None:
        case = self.view
        if not case.can_print:
            return
        runtime, actor, number = self.ctx.runtime, self.ctx.actor, self.number
        title = self._document_title(case)
        document = paper_document(
            f"{title} {case.letter_number}",
            case.letter_number,
            f"{title.lower().replace(' ', '-')}-{case.letter_number}",
            self.ui.paper,
            lambda paper: certificate_cases.case_pdf(runtime, actor, number, paper),
        )
        explanation = (
            self.tr(
                "Satu label per salinan ({0}): cetak pada kertas label atau langsung di "
                "balik fotokopi, lalu dicap dan ditandatangani."
            ).format(case.copies)
            if case.kind == KIND_LEGALISATION
            else self.tr("Surat untuk pemohon, ditandatangani pimpinan; salinannya diarsip.")
        )
        dialog = DocumentReadyDialog(document, title, explanation, self)
        self.dialog = open_replacing(self.dialog, dialog)
