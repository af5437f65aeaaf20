"""Permintaan informasi (F4): log a question that came by e-mail, web-chat or social
media (seed 003), see what is still unanswered with its due date, then record the answer
(**Jawab**) or pass it on (**Eskalasi**: a ticket number, printed on a slip)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from counterdesk.domain.errors import CounterDeskError
from counterdesk.domain.formatting import before_period, format_date_with_day, to_zone, zone
from counterdesk.gui.applicant_search import ApplicantSearch
from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.document_ready import DocumentReadyDialog, ticket_document
from counterdesk.gui.dialogs.opening import open_replacing
from counterdesk.gui.dialogs.text_input import TextInputDialog
from counterdesk.gui.field_errors import FieldErrors
from counterdesk.gui.forms.information_requests_ui import Ui_InformationRequestsDialog
from counterdesk.gui.keyboard import EnterMovesOn
from counterdesk.gui.models.row_table_model import Column
from counterdesk.gui.row_list import RowList
from counterdesk.gui.service_picker import channel_label, fill_channels
from counterdesk.gui.tabs.columns import deadline_columns
from counterdesk.services import information
from counterdesk.services.applicants import ApplicantCard
from counterdesk.services.overview import QueueRow


class InformationRequestsDialog(QDialog):
    changed = Signal()  # a request was logged, answered or escalated

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_InformationRequestsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        EnterMovesOn(self)
        self.dialog: QDialog | None = None  # the dialog opened last (tests reach it here)
        self.requester: ApplicantCard | None = None
        self.errors = FieldErrors(ui, general=ui.generalError)
        rule = information.reply_rule(ctx.runtime, ctx.actor)
        self.channels = rule.channels
        fill_channels(ui.channel, self.channels, preferred="email")
        self._explain_rule(rule)
        self.search = ApplicantSearch(ctx, ui.requesterSearch, ui.requesterResults, None, self)
        self.search.picked.connect(self.pick_requester)
        ui.unpickButton.clicked.connect(self.unpick_requester)
        self.list: RowList[QueueRow] = RowList(
            ui.tableView, ui.listStack, ui.emptyState, self._columns(), self
        )
        self.list.set_empty_message(
            self.tr("Tidak ada permintaan yang menunggu jawaban."),
            self.tr(
                "Permintaan yang dicatat di kiri muncul di sini sampai dijawab atau "
                "dieskalasi, yang paling dekat jatuh temponya di atas."
            ),
            None,
        )
        self.list.selectionChanged.connect(self._selection_changed)
        ui.logButton.clicked.connect(self.log)
        QShortcut(QKeySequence("Ctrl+S"), self, self.log)
        ui.answerButton.clicked.connect(self.answer)
        ui.escalateButton.clicked.connect(self.escalate)
        ui.closeButton.clicked.connect(self.accept)
        ui.loggedLabel.hide()
        self._received_edited = False
        ui.receivedAt.dateTimeChanged.connect(self._received_changed)
        self._reset_form()
        self.refresh()
        ui.question.setFocus()

    def _explain_rule(self, rule: information.ReplyRule) -> None:
        self.ui.ruleHint.setText(
            self.tr(
                "Jawab atau eskalasi paling lambat {0} hari kerja sejak diterima. Permintaan "
                "yang masuk kurang dari 2 jam sebelum jam tutup ({1}) dihitung mulai hari "
                "kerja berikutnya. Jatuh tempo tampil setelah dicatat."
            ).format(rule.days, rule.closing_time)
        )

    def _columns(self) -> list[Column[QueueRow]]:
        return [
            Column(self.tr("Nomor"), lambda r: r.number),
            Column(self.tr("Penanya"), lambda r: r.applicant, stretch=True),
            Column(
                self.tr("Diterima"),
                lambda r: self.ctx.datetime_text(r.received_at),
                sort_key=lambda r: r.received_at.isoformat(),
            ),
            *deadline_columns(lambda r: r.deadline),
        ]

    # --- the list ---------------------------------------------------------------------
    def refresh(self) -> None:
        rows = information.open_requests(self.ctx.runtime, self.ctx.actor, self.ctx.today())
        self.list.set_rows(list(rows))
        self._selection_changed()

    def _selection_changed(self) -> None:
        row = self.list.current()
        self.ui.answerButton.setEnabled(row is not None)
        self.ui.escalateButton.setEnabled(row is not None)
        if row is None:
            self.ui.questionView.setText(
                self.tr("Pilih satu permintaan untuk membaca pertanyaannya.")
            )
            return
        view = information.request_view(self.ctx.runtime, self.ctx.actor, row.number)
        self.ui.questionView.setText(
            self.tr("{0} — {1} lewat {2} ({3}):\n“{4}”").format(
                row.number,
                row.applicant,
                channel_label(view.channel),
                view.requester.contact or "-",
                view.question,
            )
        )

    # --- logging ----------------------------------------------------------------------
    def pick_requester(self, choice: ApplicantCard) -> None:
        self.requester = choice
        ui = self.ui
        ui.requesterPicked.setText(self.tr("Pemohon terdaftar: {0}").format(choice.line()))
        for field, value in (
            (ui.name, choice.name),
            (ui.phone, choice.phone),
            (ui.email, choice.email),
        ):
            field.setText(value)
            field.setEnabled(False)
        ui.requesterPicked.show()
        ui.unpickButton.show()
        ui.requesterResults.hide()
        ui.logButton.setFocus()

    def unpick_requester(self) -> None:
        self.requester = None
        ui = self.ui
        for field in (ui.name, ui.phone, ui.email):
            field.clear()
            field.setEnabled(True)
        ui.requesterPicked.hide()
        ui.unpickButton.hide()
        ui.requesterSearch.clear()
        ui.requesterSearch.setFocus()

    def _reset_form(self) -> None:
        ui = self.ui
        ui.question.clear()
        self.unpick_requester()
        local = to_zone(self.ctx.now(), self.ctx.office.timezone)
        ui.receivedAt.blockSignals(True)
        ui.receivedAt.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )
        ui.receivedAt.blockSignals(False)
        self._received_edited = False

    def _received_changed(self) -> None:
        self._received_edited = True

    def _received_at(self) -> datetime | None:
        """When the request reached the office; None (= now) unless the officer changed it."""
        if not self._received_edited:
            return None
        local: datetime = self.ui.receivedAt.dateTime().toPython()  # type: ignore[assignment]
        return local.replace(tzinfo=zone(self.ctx.office.timezone).tzinfo)

    def log(self) -> None:
        ui = self.ui
        self.errors.clear()
        request = information.InformationRequest(
            question=ui.question.toPlainText(),
            channel=str(ui.channel.currentData() or ""),
            name=ui.name.text(),
            phone=ui.phone.text(),
            email=ui.email.text(),
            applicant_id=self.requester.id if self.requester else None,
            received_at=self._received_at(),
        )
        try:
            logged = information.log(self.ctx.runtime, self.ctx.actor, request)
        except CounterDeskError as error:
            self.errors.show(error)
            return
        number, due = logged.number, logged.due_on
        due_text = format_date_with_day(due) if due else self.tr("tanpa batas")
        self._say(
            self.tr("Tercatat {0}. Jawab atau eskalasi paling lambat {1}.").format(number, due_text)
        )
        self._reset_form()
        self.refresh()
        self.list.select_key(number)
        self.changed.emit()
        ui.question.setFocus()

    def _say(self, text: str) -> None:
        self.ui.loggedLabel.setText(text)
        self.ui.loggedLabel.show()

    # --- answering --------------------------------------------------------------------
    def answer(self) -> None:
        row = self.list.current()
        if row is None:
            return
        number = row.number

        def run(text: str) -> None:
            information.answer_request(self.ctx.runtime, self.ctx.actor, number, text)

        dialog = TextInputDialog(
            self,
            title=self.tr("Jawab {0}").format(number),
            explanation=self.tr(
                "Catat jawaban yang sudah disampaikan kepada {0}. Permintaan {1} ditutup "
                "sebagai Selesai."
            ).format(before_period(row.applicant), number),
            label=self.tr("&Jawaban *"),
            accept_text=self.tr("Simpan jawaban"),
            field="answer",
            action=run,
        )
        dialog.accepted.connect(
            lambda: self._after(self.tr("Jawaban {0} tercatat.").format(number))
        )
        self.dialog = open_replacing(self.dialog, dialog)

    def escalate(self) -> None:
        row = self.list.current()
        if row is None:
            return
        number = row.number

        def run(text: str) -> str:
            return information.escalate_request(self.ctx.runtime, self.ctx.actor, number, text)

        dialog = TextInputDialog(
            self,
            title=self.tr("Eskalasi {0}").format(number),
            explanation=self.tr(
                "Bila jawaban perlu unit lain: tulis ke unit mana dan mengapa. Nomor tiket "
                "diterbitkan untuk {0}; cetak tiketnya atau lampirkan PDF-nya pada balasan."
            ).format(row.applicant),
            label=self.tr("&Diteruskan ke *"),
            accept_text=self.tr("Terbitkan nomor tiket"),
            field="note",
            action=run,
            placeholder=self.tr("mis. Seksi Kepabeanan — perlu data dokumen impor"),
        )
        dialog.accepted.connect(lambda: self._ticket_issued(number, str(dialog.result_value)))
        self.dialog = open_replacing(self.dialog, dialog)

    def _after(self, said: str) -> None:
        self._say(said)
        self.refresh()
        self.changed.emit()

    def _ticket_issued(self, number: str, ticket: str) -> None:
        self._after(self.tr("Tiket {0} diterbitkan untuk {1}.").format(ticket, number))
        ready = DocumentReadyDialog(
            ticket_document(self.ctx, number, ticket),
            self.tr("Nomor tiket diterbitkan"),
            self.tr(
                "Sampaikan nomor ini kepada penanya: cetak tiketnya (Ctrl+P) atau simpan "
                "PDF-nya (Ctrl+S) untuk dilampirkan pada balasan."
            ),
            self,
        )
        self.dialog = open_replacing(self.dialog, ready)
