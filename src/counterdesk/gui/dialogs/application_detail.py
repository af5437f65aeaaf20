"""Rincian permohonan: who, which service, where it stands and the whole timeline (every
stage, who did it and when), with the actions that move it on. Destructive actions ask
first and name what will happen; a service's refusal is shown in the dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QListWidgetItem,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from counterdesk.domain.errors import CounterDeskError
from counterdesk.domain.formatting import (
    before_period,
    format_date_short,
    format_time_with_zone,
)
from counterdesk.gui import messages
from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.compensation import CompensationDialog
from counterdesk.gui.dialogs.document_ready import DocumentReadyDialog, receipt_document
from counterdesk.gui.dialogs.opening import open_replacing
from counterdesk.gui.dialogs.payment import PaymentDialog
from counterdesk.gui.dialogs.text_input import TextInputDialog
from counterdesk.gui.dialogs.verification_checklist import VerificationChecklistDialog
from counterdesk.gui.forms.application_detail_ui import Ui_ApplicationDetailDialog
from counterdesk.gui.style import repolish
from counterdesk.services import applications
from counterdesk.services.applications import ApplicationDetail

if TYPE_CHECKING:
    from counterdesk.services.issuing import IssuedView

BUTTON_TEXT_LIMIT = 48
NOT_ISSUED_MARK = "belum diterbitkan"  # applications.next_step's reason for a missing product
EVENT_COLUMN_WIDTH = 140
STAGE_COLUMN_WIDTH = 115
MIN_FACTS_WIDTH = 300


def _elided(text: str, limit: int = BUTTON_TEXT_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class ApplicationDetailDialog(QDialog):
    changed = Signal(str)  # the number, after an action changed the application

    def __init__(self, ctx: DeskContext, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.number = number
        self.ui = Ui_ApplicationDetailDialog()
        self.ui.setupUi(self)
        self.view: ApplicationDetail | None = None
        self.dialog: QDialog | None = None  # the dialog opened last (tests reach it here)
        ui = self.ui
        ui.advanceButton.clicked.connect(self.advance)
        ui.paymentButton.clicked.connect(self.record_payment)
        ui.paymentButton.setText(self.tr("Pembayaran…"))
        self.issue_button = QPushButton(self.tr("Terbitkan sertifikat"), self)
        self.issue_button.setObjectName("issueButton")
        self.issue_button.setAutoDefault(False)
        ui.actionsLayout.insertWidget(
            ui.actionsLayout.indexOf(ui.paymentButton) + 1, self.issue_button
        )
        self.setTabOrder(ui.paymentButton, self.issue_button)
        self.issue_button.clicked.connect(self.issue)
        self.compensation_button = QPushButton(self.tr("Kompensasi…"), self)  # issue 10
        self.compensation_button.setObjectName("compensationButton")
        self.compensation_button.setAutoDefault(False)
        ui.actionsLayout.insertWidget(
            ui.actionsLayout.indexOf(self.issue_button) + 1, self.compensation_button
        )
        self.setTabOrder(self.issue_button, self.compensation_button)
        self.compensation_button.clicked.connect(self.compensate)
        ui.pauseButton.clicked.connect(self.pause)
        ui.resumeButton.clicked.connect(self.resume)
        ui.handOverButton.clicked.connect(self.hand_over)
        ui.withdrawButton.clicked.connect(lambda: self.close_application(rejected=False))
        ui.rejectButton.clicked.connect(lambda: self.close_application(rejected=True))
        ui.reprintButton.clicked.connect(self.reprint)
        ui.checkButton.clicked.connect(self.check_file)
        ui.closeButton.clicked.connect(self.accept)
        QShortcut(QKeySequence("Ctrl+P"), self, self.reprint)
        header = ui.timelineTable.horizontalHeader()
        for column in (0, 3):  # time, who: short
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((1, EVENT_COLUMN_WIDTH), (2, STAGE_COLUMN_WIDTH)):  # wrap
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # the note: most room
        # rows follow their wrapped text whenever a column's width changes (the note is
        # laid out after the dialog is shown; heights fixed before that cut it short)
        ui.timelineTable.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        ui.generalError.hide()
        ui.noticeLabel.hide()
        self.reload()
        ui.closeButton.setFocus()

    # --- showing ----------------------------------------------------------------------
    def reload(self) -> None:
        view = applications.application_detail(
            self.ctx.runtime, self.ctx.actor, self.number, today=self.ctx.today()
        )
        self.view = view
        self._show(view)

    def _show(self, view: ApplicationDetail) -> None:
        ui = self.ui
        self.setWindowTitle(
            self.tr("Permohonan {0} — {1}").format(view.number, view.applicant.name)
        )
        ui.numberLabel.setText(view.number)
        ui.statusLabel.setText(
            self.tr("{0} — tahap: {1}").format(view.status_label, view.stage_name)
        )
        self._show_deadline(view)
        ui.applicantValue.setText(view.applicant.name)
        ui.identityValue.setText(view.applicant.identity or "—")
        ui.contactValue.setText(view.applicant.contact or "—")
        ui.serviceValue.setText(view.service_name)
        ui.standardValue.setText(view.standard_title)
        ui.channelValue.setText(view.channel)
        ui.receivedValue.setText(self.ctx.datetime_text(view.received_at))
        ui.stageValue.setText(view.stage_name)
        ui.timeLimitValue.setText(
            view.time_limit + (f"\n{view.compensation_note}" if view.compensation_note else "")
        )
        ui.notesValue.setText(view.notes or "—")
        ui.reasonValue.setText(view.close_reason)
        ui.reasonValue.setVisible(bool(view.close_reason))
        ui.reasonCaption.setVisible(bool(view.close_reason))
        self._show_checklist(view)
        self._show_timeline(view)
        self._enable_actions(view)
        self._fit_facts()

    def _fit_facts(self) -> None:
        """Long service names wrap: reserve the height the wrapped facts need (a box
        layout gives a group box only its one-line size hint otherwise)."""
        box = self.ui.factsBox
        if self.isVisible() and box.width() >= MIN_FACTS_WIDTH:  # not before the layout ran
            needed = box.heightForWidth(box.width())
            if needed != box.minimumHeight():
                box.setMinimumHeight(needed)
                layout = self.layout()
                if layout is not None:
                    layout.activate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_facts()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_facts()

    def _show_deadline(self, view: ApplicationDetail) -> None:
        due = view.due
        if due.due_on is None:
            text = due.text  # "Dihitung sejak berkas lengkap" or no limit
        elif due.text == "—":
            text = format_date_short(due.due_on)
        else:
            text = f"{format_date_short(due.due_on)} — {due.text}"
        if not view.is_open:
            text = self.tr("Ditutup ({0})").format(view.status_label)
        self.ui.dueValue.setText(text)
        label = self.ui.deadlineLabel
        label.setText(text if view.is_open else "")
        label.setProperty("level", due.level if view.is_open else "none")
        repolish(label)

    def _show_checklist(self, view: ApplicationDetail) -> None:
        widget = self.ui.checklistList
        widget.clear()
        for line in view.checklist:
            extra = [self.tr("opsional")] if not line.mandatory else []
            extra += [line.note] if line.note else []
            text = line.label + (f" ({'; '.join(extra)})" if extra else "")
            item = QListWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # read-only: checked in Verifikasi
            item.setCheckState(Qt.CheckState.Checked if line.present else Qt.CheckState.Unchecked)
            item.setToolTip(text)
            widget.addItem(item)
        present = sum(1 for line in view.checklist if line.present)
        self.ui.checklistBox.setTitle(
            self.tr("Kelengkapan berkas: {0} dari {1} ada — diperiksa di tab Verifikasi").format(
                present, len(view.checklist)
            )
        )

    def _show_timeline(self, view: ApplicationDetail) -> None:
        table = self.ui.timelineTable
        table.clearSpans()
        if not view.timeline:  # filed before the timeline was kept (imported, demo)
            table.setRowCount(1)
            table.setItem(0, 0, QTableWidgetItem(self.tr("Belum ada riwayat tercatat.")))
            table.setSpan(0, 0, 1, table.columnCount())
            return
        table.setRowCount(len(view.timeline))
        zone = self.ctx.office.timezone
        for row, line in enumerate(view.timeline):
            # date over time: a narrow column leaves the note room to be read
            at = f"{self.ctx.date_text(line.at)}\n{format_time_with_zone(line.at, zone)}"
            for column, text in enumerate((at, line.label, line.stage, line.actor, line.note)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        table.scrollToBottom()

    def _enable_actions(self, view: ApplicationDetail) -> None:
        """Offer what the service allows now; a step it would refuse is not offered, and
        the notice says why (not verified yet, payment not recorded)."""
        ui, allowed = self.ui, view.allowed
        advance: QPushButton = ui.advanceButton
        step = allowed.next_step
        advance.setVisible(step is not None)
        advance.setEnabled(step is not None and step.allowed)
        if step is not None:
            advance.setText(self.tr("Tahap berikutnya: {0}").format(_elided(step.name)))
            advance.setToolTip(step.reason or step.name)
        ui.noticeLabel.setText(step.reason if step is not None else "")
        ui.noticeLabel.setVisible(bool(ui.noticeLabel.text()))
        ui.paymentButton.setVisible(allowed.record_payment)
        # Terbitkan while the ready step waits for the product (the service says so in
        # the step's reason; issuing itself refuses what is missing, named in the dialog)
        self.issue_button.setVisible(
            step is not None and not step.allowed and NOT_ISSUED_MARK in step.reason
        )
        ui.pauseButton.setEnabled(allowed.pause)
        ui.resumeButton.setEnabled(allowed.resume)
        ui.handOverButton.setEnabled(allowed.hand_over)
        ui.withdrawButton.setEnabled(allowed.close)
        ui.rejectButton.setEnabled(allowed.close)
        ui.checkButton.setEnabled(allowed.check)
        self.compensation_button.setVisible(view.compensation_proposed)

    # --- acting -----------------------------------------------------------------------
    def _done(self, said: str) -> None:
        self.reload()
        self.ui.noticeLabel.setText(said)
        self.ui.noticeLabel.show()
        self.changed.emit(self.number)

    def _act(self, call: Callable[[], object], said: str) -> None:
        self.ui.generalError.hide()
        try:
            call()
        except CounterDeskError as error:
            self.ui.generalError.setText(str(error))
            self.ui.generalError.show()
            return
        self._done(said)

    def advance(self) -> None:
        step = self.view.allowed.next_step if self.view else None
        self._act(
            lambda: applications.advance_application(self.ctx.runtime, self.ctx.actor, self.number),
            self.tr("Dipindahkan: {0}.").format(step.name if step else ""),
        )

    def resume(self) -> None:
        self._act(
            lambda: applications.resume_application(self.ctx.runtime, self.ctx.actor, self.number),
            self.tr("Jam layanan berjalan lagi; jatuh tempo dihitung ulang."),
        )

    def hand_over(self) -> None:
        name = self.view.applicant.name if self.view else ""
        if messages.confirm(
            self,
            self.tr("Serahkan produk"),
            self.tr(
                "Produk permohonan {0} diserahkan kepada {1}. Permohonan selesai dan "
                "ditutup; tindakan ini tidak dapat dibatalkan."
            ).format(self.number, before_period(name)),
            self.tr("Serahkan produk"),
        ):
            self._act(
                lambda: applications.hand_over_application(
                    self.ctx.runtime, self.ctx.actor, self.number
                ),
                self.tr("Produk diserahkan; permohonan selesai."),
            )

    def _ask_text(
        self,
        *,
        title: str,
        explanation: str,
        accept_text: str,
        action: Callable[[str], object],
        said: str,
        label: str = "",
        field: str = "reason",
    ) -> None:
        dialog = TextInputDialog(
            self,
            title=title,
            explanation=explanation,
            label=label or self.tr("&Alasan *"),
            accept_text=accept_text,
            field=field,
            action=action,
        )
        dialog.accepted.connect(lambda: self._done(said))
        self.dialog = open_replacing(self.dialog, dialog)

    def pause(self) -> None:
        self._ask_text(
            title=self.tr("Hentikan jam layanan — {0}").format(self.number),
            explanation=self.tr(
                "Jam layanan permohonan {0} berhenti sampai dilanjutkan; hari-hari itu tidak "
                "dihitung dan jatuh tempo bergeser. Tulis alasannya, mis. menunggu "
                "pembayaran atau dokumen dari pemohon."
            ).format(self.number),
            accept_text=self.tr("Hentikan jam"),
            action=lambda text: applications.pause_application(
                self.ctx.runtime, self.ctx.actor, self.number, text
            ),
            said=self.tr("Jam layanan dihentikan."),
        )

    def record_payment(self) -> PaymentDialog:
        """The bill (amount, billing code), then the NTPN and date, then the receipt."""
        view = self.view
        who = f"{view.applicant.name} — {view.service_name}" if view else ""
        dialog = PaymentDialog(self.ctx, self.number, self, who)
        dialog.changed.connect(lambda: self._done(self.tr("Pembayaran tersimpan.")))
        self.dialog = open_replacing(self.dialog, dialog)
        return dialog

    def issue(self) -> None:
        name = self.view.applicant.name if self.view else ""
        if not messages.confirm(
            self,
            self.tr("Terbitkan sertifikat"),
            self.tr(
                "Sertifikat permohonan {0} atas nama {1} diterbitkan dengan nomor seri baru, "
                "masuk daftar sertifikat dan antrean Cetak. Satu permohonan hanya terbit "
                "sekali."
            ).format(self.number, before_period(name)),
            self.tr("Terbitkan"),
        ):
            return
        from counterdesk.services import issuing  # loads the renderers: at first use

        issued: list[IssuedView] = []
        self._act(
            lambda: issued.append(issuing.issue(self.ctx.runtime, self.ctx.actor, self.number)),
            self.tr("Diterbitkan; cetak di tab Cetak."),
        )
        if issued:
            self.ui.noticeLabel.setText(
                self.tr("Diterbitkan: {0}. Cetak di tab Cetak (Ctrl+P).").format(
                    ", ".join(f"{item.kind_label} {item.serial}" for item in issued[0].items)
                )
            )

    def close_application(self, *, rejected: bool) -> None:
        name = self.view.applicant.name if self.view else ""
        if rejected:
            title = self.tr("Tolak permohonan — {0}").format(self.number)
            what = self.tr(
                "Permohonan {0} ({1}) akan DITOLAK dan ditutup. Alasan ini tercatat dan "
                "dapat dibaca pemohon. Tindakan ini tidak dapat dibatalkan."
            )
            accept_text, said = self.tr("Tolak permohonan"), self.tr("Permohonan ditolak.")
        else:
            title = self.tr("Cabut permohonan — {0}").format(self.number)
            what = self.tr(
                "Permohonan {0} ({1}) akan DICABUT atas permintaan pemohon dan ditutup. "
                "Tindakan ini tidak dapat dibatalkan."
            )
            accept_text, said = self.tr("Cabut permohonan"), self.tr("Permohonan dicabut.")
        self._ask_text(
            title=title,
            explanation=what.format(self.number, name),
            accept_text=accept_text,
            action=lambda text: applications.close_application(
                self.ctx.runtime, self.ctx.actor, self.number, rejected=rejected, reason=text
            ),
            said=said,
        )

    def compensate(self) -> None:
        """Finished late: the compensation dialog with this file selected."""
        dialog = CompensationDialog(self.ctx, self, number=self.number)
        dialog.changed.connect(lambda: self._done(self.tr("Kompensasi diberikan.")))
        self.dialog = open_replacing(self.dialog, dialog)

    def check_file(self) -> None:
        dialog = VerificationChecklistDialog(self.ctx, self.number, self)
        dialog.changed.connect(lambda: self._done(self.tr("Pemeriksaan berkas tersimpan.")))
        self.dialog = open_replacing(self.dialog, dialog)

    def reprint(self) -> None:
        dialog = DocumentReadyDialog(
            receipt_document(self.ctx, self.number),
            self.tr("Cetak ulang tanda terima"),
            self.tr(
                "Tanda terima dibuat ulang dari data saat ini (kelengkapan berkas dan "
                "jatuh tempo terbaru)."
            ),
            self,
        )
        self.dialog = open_replacing(self.dialog, dialog)
