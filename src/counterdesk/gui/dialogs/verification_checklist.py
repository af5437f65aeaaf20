"""Periksa berkas (lapis 1): the officer ticks every requirement and gives the verdict.

**Berkas lengkap dan benar (Ctrl+Enter)** starts the clock (day 0 today, the due date
shown) and offers the reprinted receipt and the verification sheet; **Belum lengkap —
cetak surat kekurangan (Ctrl+K)** returns the file to the applicant with the deficiency
notice; **Simpan tanpa keputusan (Ctrl+S)** keeps the ticks for later. The item states
are stored, so when the applicant comes back the same dialog continues where it was."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from counterdesk.domain.errors import CounterDeskError, ValidationError
from counterdesk.domain.formatting import format_date_long
from counterdesk.domain.states import AppStatus
from counterdesk.gui import messages
from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.document_ready import (
    Document,
    DocumentReadyDialog,
    receipt_document,
)
from counterdesk.gui.dialogs.opening import open_replacing
from counterdesk.gui.dialogs.verification_documents import (
    deficiency_notice_document,
    verification_sheet_document,
)
from counterdesk.gui.dialogs.verification_view import FileView, history_texts, load_file
from counterdesk.gui.forms.verification_checklist_ui import Ui_VerificationChecklistDialog
from counterdesk.gui.keyboard import EnterMovesOn
from counterdesk.services import verification

T = TypeVar("T")
COMPLETE, INCOMPLETE = "complete", "incomplete"


def day_zero_text(day0: date | None, due: date | None) -> str:
    """``Hari ke-0: 21 November 2026 · Jatuh tempo: 5 Januari 2027``."""
    start = format_date_long(day0) if day0 else "—"
    end = format_date_long(due) if due else "tanpa batas waktu di standar"
    return f"Hari ke-0: {start} · Jatuh tempo: {end}"


class VerificationChecklistDialog(QDialog):
    changed = Signal(str)  # the number, after the checklist or the verdict was stored

    def __init__(self, ctx: DeskContext, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.number = number
        self.ui = Ui_VerificationChecklistDialog()
        self.ui.setupUi(self)
        self.dialog: QDialog | None = None  # the document dialog opened last
        self.outcome = ""  # COMPLETE or INCOMPLETE once decided in this visit
        self.notice: Document | None = None  # one letter number per visit
        self.missing_names: list[str] = []
        self._closing_quietly = False
        self.view: FileView = load_file(ctx, number)
        ui = self.ui
        ui.completeButton.clicked.connect(self.complete)
        ui.incompleteButton.clicked.connect(self.incomplete)
        ui.saveButton.clicked.connect(self.save)
        ui.closeButton.clicked.connect(self.reject)
        ui.allPresentButton.clicked.connect(ui.rows.mark_all_present)
        ui.receiptButton.clicked.connect(self.show_receipt)
        ui.sheetButton.clicked.connect(self.show_sheet)
        ui.noticeButton.clicked.connect(self.show_notice)
        ui.rows.changed.connect(self._rows_changed)
        ui.rows.scanFailed.connect(self._say_error)
        for keys, slot in (
            ("Ctrl+Return", self.complete),
            ("Ctrl+Enter", self.complete),
            ("Ctrl+K", self.incomplete),
            ("Ctrl+S", self.save),
            ("Alt+A", ui.rows.mark_all_present),
            ("Ctrl+P", self.print_outcome),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        EnterMovesOn(self)
        ui.resultBox.hide()
        self._show(self.view)
        ui.rows.focus_first()

    # --- showing ----------------------------------------------------------------------
    def _show(self, view: FileView) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("Periksa berkas {0} — {1}").format(view.number, view.applicant))
        ui.heading.setText(self.tr("Periksa berkas {0}").format(view.number))
        ui.factsLabel.setText(
            self.tr("{0} · {1} · diterima {2} · {3} · status: {4}").format(
                view.applicant,
                view.service,
                self.ctx.datetime_text(view.received_at),
                view.time_limit,
                view.status_label,
            )
        )
        ui.noticeLabel.setText("" if self.outcome else self._notice(view))
        ui.noticeLabel.setVisible(bool(ui.noticeLabel.text()))
        ui.historyLabel.setText(
            self.tr("Riwayat pemeriksaan:\n{0}").format("\n".join(history_texts(self.ctx, view)))
            if view.history
            else ""
        )
        ui.historyLabel.setVisible(bool(view.history))
        ui.rows.set_items(view.items)
        ui.rows.set_editable(view.checkable and not self.outcome)
        for button, allowed in (
            (ui.completeButton, view.can_complete),
            (ui.incompleteButton, view.can_return),
        ):
            button.setVisible(not self.outcome)
            button.setEnabled(allowed and not self.outcome)
        ui.saveButton.setVisible(not self.outcome)
        ui.saveButton.setEnabled(view.checkable)
        ui.allPresentButton.setEnabled(view.checkable and not self.outcome)
        self._update_progress()

    def _notice(self, view: FileView) -> str:
        state = view.signoff
        if not view.checkable:
            return self.tr("Berkas ini {0}; checklist hanya dapat dibaca.").format(
                view.status_label.lower()
            )
        if state.decision == verification.RETURNED and state.supervisor is not None:
            return self.tr(
                "Dikembalikan oleh {0}: {1} — periksa lagi, lalu beri keputusan."
            ).format(state.supervisor.name, state.reason)
        if view.status == AppStatus.INCOMPLETE:
            return self.tr(
                "Berkas ini pernah dinyatakan belum lengkap. Centang yang dibawa pemohon "
                "sekarang; yang sudah ada tetap tercatat."
            )
        if view.status == AppStatus.AWAITING_SIGNOFF:
            return self.tr(
                "Sudah dinyatakan lengkap; menunggu persetujuan atasan. Perubahan yang "
                "disimpan (Ctrl+S) dikirim ulang ke atasan."
            )
        if view.status in (AppStatus.IN_PROCESS, AppStatus.PAUSED):
            return self.tr(
                "Berkas sudah disetujui dan diproses. Perubahan checklist dikirim ulang ke "
                "atasan untuk disetujui."
            )
        return ""

    def _update_progress(self) -> None:
        rows = self.ui.rows
        missing = len(rows.missing())
        text = self.tr("{0} dari {1} ada").format(rows.present_count(), len(rows.rows))
        if missing:
            text += self.tr(" · {0} wajib belum ada atau tidak sah").format(missing)
        else:
            text += self.tr(" · semua yang wajib ada")
        self.ui.progressLabel.setText(text)

    def _rows_changed(self) -> None:
        self.ui.generalError.hide()
        self._update_progress()

    def _say_error(self, text: str) -> None:
        self.ui.generalError.setText(text)
        self.ui.generalError.show()

    # --- acting -----------------------------------------------------------------------
    def _call(self, action: Callable[[], T]) -> T | None:
        """Run one service call; its refusal is shown in the dialog (None returned)."""
        self.ui.generalError.hide()
        try:
            return action()
        except ValidationError as error:
            self._say_error(str(error))
            if error.field == "checklist":
                self.ui.rows.flag({row.requirement_code for row in self.ui.rows.missing()})
        except CounterDeskError as error:
            self._say_error(str(error))
        return None

    def complete(self) -> None:
        if not self.ui.completeButton.isEnabled() or self.ui.completeButton.isHidden():
            return
        checks, ctx = self.ui.rows.checks(), self.ctx
        declared = self._call(
            lambda: verification.declare_complete(ctx.runtime, ctx.actor, self.number, checks)
        )
        if declared is not None:
            self._decided(
                COMPLETE,
                self.tr("Berkas lengkap dan benar — diteruskan ke atasan.\n{0}").format(
                    day_zero_text(declared.complete_on, declared.due_on)
                ),
                self.ui.receiptButton,
            )

    def incomplete(self) -> None:
        if not self.ui.incompleteButton.isEnabled() or self.ui.incompleteButton.isHidden():
            return
        checks, ctx = self.ui.rows.checks(), self.ctx
        names = self._call(
            lambda: verification.declare_incomplete(ctx.runtime, ctx.actor, self.number, checks)
        )
        if names is None:
            return
        self.missing_names = list(names)
        self.notice = deficiency_notice_document(self.ctx, self.number)
        self._decided(
            INCOMPLETE,
            self.tr(
                "Berkas belum lengkap — {0} persyaratan wajib kurang. Jam layanan belum "
                "berjalan; serahkan surat kekurangan kepada pemohon."
            ).format(len(names)),
            self.ui.noticeButton,
        )
        self.show_notice()

    def save(self) -> bool:
        """Store the ticks and notes without a verdict, then close."""
        if self.outcome or not self.ui.saveButton.isEnabled():
            return False
        if self.ui.rows.dirty():
            checks, ctx = self.ui.rows.checks(), self.ctx

            def store() -> bool:
                verification.save_checks(ctx.runtime, ctx.actor, self.number, checks)
                return True

            done = self._call(store)
            if done is None:
                return False
            self.changed.emit(self.number)
        self.accept()
        return True

    def _decided(self, outcome: str, said: str, first: QPushButton) -> None:
        self.outcome = outcome
        self.view = load_file(self.ctx, self.number)
        self._show(self.view)
        ui = self.ui
        ui.resultLabel.setText(said)
        ui.receiptButton.setVisible(outcome == COMPLETE)
        ui.sheetButton.setVisible(outcome == COMPLETE)
        ui.noticeButton.setVisible(outcome == INCOMPLETE)
        ui.resultBox.show()
        ui.closeButton.setText(self.tr("Selesai (Esc)"))
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit(self.number)

    # --- documents --------------------------------------------------------------------
    def _open_document(self, document: Document, headline: str, explanation: str) -> None:
        dialog = DocumentReadyDialog(document, headline, explanation, self)
        self.dialog = open_replacing(self.dialog, dialog)

    def show_receipt(self) -> None:
        self._open_document(
            receipt_document(self.ctx, self.number),
            self.tr("Cetak ulang tanda terima — dengan jatuh tempo"),
            self.tr(
                "Tanda terima kini memuat hari ke-0 dan tanggal jatuh tempo. Serahkan "
                "kepada pemohon sebagai ganti tanda terima yang lama."
            ),
        )

    def show_sheet(self) -> None:
        self._open_document(
            verification_sheet_document(self.ctx, self.number),
            self.tr("Lembar verifikasi"),
            self.tr(
                "Lembar verifikasi untuk arsip berkas: checklist, pemeriksa (lapis 1) dan "
                "kolom persetujuan atasan (lapis 2)."
            ),
        )

    def show_notice(self) -> None:
        if self.notice is None:
            return
        self._open_document(
            self.notice,
            self.tr("Berkas belum lengkap — serahkan surat kekurangan berkas"),
            self.tr(
                "Surat ini menyebut yang kurang: {0}. Nomor surat diberikan sekali; "
                "mencetaknya lagi dari sini tidak membuat surat baru."
            ).format("; ".join(self.missing_names)),
        )

    def print_outcome(self) -> None:
        if self.outcome == COMPLETE:
            self.show_receipt()
        elif self.outcome == INCOMPLETE:
            self.show_notice()

    # --- closing ----------------------------------------------------------------------
    def reject(self) -> None:
        """Esc, Tutup or the window's ×: ticks not yet stored are kept or dropped —
        asked once; a close by the program (switching user) keeps them without asking."""
        if not self.outcome and self.view.checkable and self.ui.rows.dirty():
            answer = messages.KEEP
            if not self._closing_quietly:
                answer = messages.ask_unsaved(
                    self,
                    self.tr("Checklist belum disimpan"),
                    self.tr(
                        "Centang dan catatan berkas {0} belum disimpan. Simpan tanpa "
                        "keputusan agar dapat dilanjutkan saat pemohon kembali?"
                    ).format(self.number),
                )
            if answer == messages.STAY:
                return
            if answer == messages.KEEP and self.save():
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing_quietly = not event.spontaneous()
        super().closeEvent(event)
        self._closing_quietly = False
