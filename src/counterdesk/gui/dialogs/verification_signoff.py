"""Persetujuan atasan (lapis 2): the officer's checklist, read-only, with who checked it
and when; **Setujui** or **Kembalikan ke petugas** (with the reason), each signed with
the supervisor's own password. The person who checked the file cannot sign it off (the
service refuses and audits the attempt), and a checklist changed since it was shown is
never approved blind."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from counterdesk.domain.errors import CounterDeskError, SelfApproval, ValidationError
from counterdesk.domain.formatting import before_period
from counterdesk.domain.identity import format_nip
from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.document_ready import DocumentReadyDialog
from counterdesk.gui.dialogs.opening import open_replacing
from counterdesk.gui.dialogs.verification_checklist import day_zero_text
from counterdesk.gui.dialogs.verification_documents import verification_sheet_document
from counterdesk.gui.dialogs.verification_rows import VALIDITY
from counterdesk.gui.dialogs.verification_view import FileView, ItemView, age_days, load_file
from counterdesk.gui.field_errors import FieldErrors
from counterdesk.gui.forms.verification_signoff_ui import Ui_VerificationSignOffDialog
from counterdesk.gui.keyboard import EnterMovesOn
from counterdesk.gui.style import ERROR
from counterdesk.services import verification

TEXT_COLUMN = 1
VALIDITY_TEXT = dict(VALIDITY)


class VerificationSignOffDialog(QDialog):
    changed = Signal(str)  # the number, after the decision was stored

    def __init__(self, ctx: DeskContext, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.number = number
        self.ui = Ui_VerificationSignOffDialog()
        self.ui.setupUi(self)
        self.dialog: QDialog | None = None  # the verification sheet, once offered
        self.decided = False
        self.errors = FieldErrors(self.ui, general=self.ui.generalError)
        ui = self.ui
        ui.approveButton.clicked.connect(self.approve)
        ui.returnButton.clicked.connect(self.return_file)
        ui.closeButton.clicked.connect(self.reject)
        ui.sheetButton.clicked.connect(self.show_sheet)
        for keys, slot in (
            ("Ctrl+Return", self.approve),
            ("Ctrl+Enter", self.approve),
            ("Ctrl+R", self.return_file),
            ("Ctrl+P", self.show_sheet),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        EnterMovesOn(self)
        header = ui.checklistTable.horizontalHeader()
        for column in range(ui.checklistTable.columnCount()):
            mode = QHeaderView.ResizeMode.ResizeToContents
            if column == TEXT_COLUMN:
                mode = QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)
        header.sectionResized.connect(lambda *_: ui.checklistTable.resizeRowsToContents())
        ui.resultBox.hide()
        self.view: FileView = load_file(ctx, number)
        self._show(self.view)
        ui.password.setFocus()

    # --- showing ----------------------------------------------------------------------
    def _show(self, view: FileView) -> None:
        ui, state = self.ui, view.signoff
        self.setWindowTitle(
            self.tr("Persetujuan atasan — {0} — {1}").format(view.number, view.applicant)
        )
        ui.heading.setText(self.tr("Persetujuan atasan (lapis 2) — {0}").format(view.number))
        ui.applicantValue.setText(view.applicant)
        ui.serviceValue.setText(f"{view.service} · {view.time_limit}")
        ui.receivedValue.setText(
            f"{self.ctx.datetime_text(view.received_at)} ({self._days_ago(view.received_at)})"
        )
        verifier = state.verifier
        if verifier is not None and verifier.at is not None:
            nip = self.tr(" (NIP {0})").format(format_nip(verifier.nip)) if verifier.nip else ""
            ui.verifierValue.setText(
                f"{verifier.name}{nip} · {self.ctx.datetime_text(verifier.at)}"
            )
            days = age_days(self.ctx, verifier.at)
            ui.waitingValue.setText(
                self.tr("{0} hari sejak diperiksa").format(days)
                if days
                else self.tr("diperiksa hari ini")
            )
        else:
            ui.verifierValue.setText(self.tr("belum diperiksa petugas"))
            ui.waitingValue.setText("—")
        ui.dueValue.setText(day_zero_text(view.complete_on, view.due_on))
        self._fill_table(view.items)
        refusal = self._refusal(view)
        ui.noticeLabel.setText(refusal or self._own_check(view))
        ui.noticeLabel.setVisible(bool(ui.noticeLabel.text()))
        open_for_decision = not refusal and not self.decided
        for widget in (ui.approveButton, ui.returnButton, ui.password, ui.reason):
            widget.setEnabled(open_for_decision)

    def _days_ago(self, moment: datetime) -> str:
        days = age_days(self.ctx, moment)
        return self.tr("{0} hari lalu").format(days) if days else self.tr("hari ini")

    def _refusal(self, view: FileView) -> str:
        """Why this file cannot be signed off now; empty when it can."""
        state = view.signoff
        if self.decided:
            return ""
        if state.decision == verification.STALE or (
            state.decision == verification.PENDING and not state.current
        ):
            return self.tr(
                "Checklist berubah sejak diperiksa petugas, jadi tidak dapat disetujui. "
                "Minta petugas memeriksa ulang dan menyatakan berkas lengkap lagi."
            )
        if state.decision != verification.PENDING:
            return self.tr("Berkas ini tidak sedang menunggu persetujuan (status: {0}).").format(
                view.status_label
            )
        return ""

    def _own_check(self, view: FileView) -> str:
        """A warning before the attempt when this user seems to be the one who checked
        the file (the service decides, by user id, and audits an attempt)."""
        verifier, actor = view.signoff.verifier, self.ctx.actor
        if self.decided or verifier is None:
            return ""
        if (verifier.name, verifier.nip) != (actor.full_name, actor.nip):
            return ""
        return self.tr(
            "Anda sendiri yang memeriksa berkas ini (lapis 1); persetujuannya harus oleh "
            "verifikator/atasan lain."
        )

    def _fill_table(self, items: tuple[ItemView, ...]) -> None:
        table = self.ui.checklistTable
        table.setRowCount(len(items))
        problems = set(verification.problems(items))
        present = sum(1 for item in items if item.present)
        self.ui.checklistSummary.setText(
            self.tr("Checklist petugas: {0} dari {1} ada · {2}").format(
                present,
                len(items),
                self.tr("{0} wajib belum ada atau tidak sah (merah)").format(len(problems))
                if problems
                else self.tr("semua yang wajib ada dan sah"),
            )
        )
        for row, item in enumerate(items):
            problem = item in problems
            texts = (
                f"{item.position + 1}.",
                item.label,
                self.tr("Wajib") if item.mandatory else self.tr("Tidak wajib"),
                self.tr("Ada") if item.present else self.tr("Belum ada"),
                VALIDITY_TEXT[item.valid] if item.present else "—",
                item.note or "",
                self.tr("Terlampir") if item.scan_sha256 else "—",
            )
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if problem:
                    cell.setForeground(QBrush(ERROR))
                table.setItem(row, column, cell)
        table.resizeRowsToContents()

    # --- deciding ---------------------------------------------------------------------
    def approve(self) -> None:
        self._decide(approve=True)

    def return_file(self) -> None:
        self._decide(approve=False)

    def _decide(self, *, approve: bool) -> None:
        ui = self.ui
        if not ui.approveButton.isEnabled():
            return
        self.errors.clear()
        password = ui.password.text()
        if not password:
            self.errors.set("password", self.tr("Ketik kata sandi Anda untuk menandatangani."))
            return
        try:  # the password is counted like a login; a changed checklist is refused
            verification.decide(
                self.ctx.runtime,
                self.ctx.actor,
                self.number,
                password=password,
                approve=approve,
                reason=ui.reason.text(),
                shown_hash=self.view.signoff.checklist_hash,
            )
        except SelfApproval as error:
            ui.password.clear()
            self.errors.set_general(str(error))
            for widget in (ui.approveButton, ui.returnButton, ui.password, ui.reason):
                widget.setEnabled(False)
            ui.closeButton.setFocus()
            return
        except ValidationError as error:
            if error.field in ("password", "checklist"):
                ui.password.clear()
            if error.field == "checklist":  # read it again, then sign again
                self._reload()
            self.errors.show(error)
            return
        except CounterDeskError as error:
            self.errors.show(error)
            return
        self._decided(approve, ui.reason.text().strip())

    def _reload(self) -> None:
        self.view = load_file(self.ctx, self.number)
        self._show(self.view)

    def _decided(self, approved: bool, reason: str) -> None:
        self.decided = True
        ui = self.ui
        ui.password.clear()
        self._reload()
        if approved:
            said = self.tr("Disetujui oleh {0}. Berkas diproses — {1}.").format(
                before_period(self.ctx.actor.full_name),
                day_zero_text(self.view.complete_on, self.view.due_on),
            )
        else:
            said = self.tr(
                "Dikembalikan ke petugas: {0}. Berkas kembali ke daftar Perlu diperiksa."
            ).format(reason)
        ui.resultLabel.setText(said)
        ui.resultBox.show()
        ui.approveButton.hide()
        ui.returnButton.hide()
        ui.closeButton.setText(self.tr("Selesai (Esc)"))
        ui.sheetButton.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit(self.number)

    def show_sheet(self) -> None:
        if not self.decided:
            return
        dialog = DocumentReadyDialog(
            verification_sheet_document(self.ctx, self.number),
            self.tr("Lembar verifikasi — kedua lapis"),
            self.tr(
                "Lembar verifikasi untuk arsip berkas, dengan nama dan waktu pemeriksa "
                "(lapis 1) dan keputusan Anda (lapis 2)."
            ),
            self,
        )
        self.dialog = open_replacing(self.dialog, dialog)
