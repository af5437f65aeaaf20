"""Pembayaran (from the application detail): 1. the bill — amount in whole rupiah, typed
and shown ``1.250.000``, and the billing code (``payments.bill``: the service clock
pauses until payment); 2. the proof — NTPN and the date paid (``payments.record_paid``:
the clock runs again); then the payment receipt PDF (**Bukti pembayaran… (Ctrl+P)**).
Each step is offered only when it is the next one; refusals appear at their fields."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from counterdesk.domain.errors import CounterDeskError, ValidationError
from counterdesk.domain.formatting import format_date_long
from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.document_ready import Document, DocumentReadyDialog
from counterdesk.gui.dialogs.opening import open_replacing
from counterdesk.gui.field_errors import FieldErrors
from counterdesk.gui.forms.payment_ui import Ui_PaymentDialog
from counterdesk.gui.keyboard import EnterMovesOn
from counterdesk.services import payments


def grouped(digits: str) -> str:
    """``1250000`` → ``1.250.000`` (what the amount field shows as it is typed)."""
    digits = digits.lstrip("0") or ("0" if digits else "")
    return f"{int(digits):,}".replace(",", ".") if digits else ""


def parse_rupiah(text: str) -> int | None:
    """The whole rupiah typed (dots, spaces and a leading Rp allowed); None if not."""
    cleaned = text.strip().removeprefix("Rp").removeprefix("rp").replace(".", "").replace(" ", "")
    return int(cleaned) if cleaned.isdigit() else None


class RupiahField:
    """Keeps a QLineEdit grouped in thousands while typing, the cursor after the same
    digit."""

    def __init__(self, edit: QLineEdit) -> None:
        self.edit = edit
        edit.textEdited.connect(self._regroup)

    def _regroup(self, text: str) -> None:
        cursor = self.edit.cursorPosition()
        digits_before = sum(ch.isdigit() for ch in text[:cursor])
        if any(not (ch.isdigit() or ch in ". ") for ch in text):
            return  # letters or a comma: leave as typed, the check names the problem
        shown = grouped("".join(ch for ch in text if ch.isdigit()))
        self.edit.setText(shown)
        position, seen = 0, 0
        while position < len(shown) and seen < digits_before:
            seen += shown[position].isdigit()
            position += 1
        self.edit.setCursorPosition(position)


class PaymentDialog(QDialog):
    changed = Signal()

    def __init__(
        self, ctx: DeskContext, number: str, parent: QWidget | None = None, who: str = ""
    ) -> None:
        """``who``: the applicant and service as the detail shows them (headline)."""
        super().__init__(parent)
        self.ctx = ctx
        self.number = number
        self.who = who
        self.ui = Ui_PaymentDialog()
        self.ui.setupUi(self)
        self.errors = FieldErrors(
            self.ui, general=self.ui.generalError, aliases={"amount": "amount_rupiah"}
        )
        self.dialog: QDialog | None = None  # the receipt (tests reach it here)
        self.view: payments.PaymentView | None = None
        ui = self.ui
        self.setWindowTitle(self.tr("Pembayaran — {0}").format(number))
        self.amount = RupiahField(ui.amountRupiah)
        ui.paidOn.setDate(QDate(ctx.today()))
        ui.paidOn.setMaximumDate(QDate(ctx.today()))
        ui.billButton.clicked.connect(self.bill)
        ui.paidButton.clicked.connect(self.record_paid)
        ui.receiptButton.clicked.connect(self.receipt)
        ui.closeButton.clicked.connect(self.accept)
        EnterMovesOn(self)  # Enter: the next field, then the step's button
        QShortcut(QKeySequence("Ctrl+P"), self, self.receipt)
        ui.statusLabel.hide()
        self.reload()

    # --- showing ----------------------------------------------------------------------
    def reload(self) -> None:
        self.view = payments.payment_view(self.ctx.runtime, self.ctx.actor, self.number)
        self._show()

    def _show(self) -> None:
        ui, view = self.ui, self.view
        paid = view is not None and view.paid
        billed = view is not None and (bool(view.billing_code) or paid)
        who = view.applicant_name + " — " + view.service_name if view else self.who
        ui.headline.setText(
            self.tr("Pembayaran {0}").format(self.number) + (f"\n{who}" if who else "")
        )
        if view is None or not billed:
            state = self.tr(
                "Belum ada tagihan. Isi jumlah dan kode billing dari SIMPONI; jam layanan "
                "berhenti sampai pembayaran dicatat."
            )
        elif not paid:
            state = self.tr(
                "Tagihan <b>{0}</b>, kode billing <b>{1}</b> — <b>{2}</b> (jam layanan "
                "berhenti). Setelah pemohon membayar, isi NTPN dan tanggalnya."
            ).format(view.amount_label, view.billing_code, view.status_label)
        else:
            state = self.tr(
                "<b>{0}</b>: {1}, kode billing {2}, NTPN <b>{3}</b>, dibayar {4}."
            ).format(
                view.status_label,
                view.amount_label,
                view.billing_code or "—",
                view.ntpn or "—",
                format_date_long(view.paid_on) if view.paid_on else "—",
            )
        ui.stateLabel.setText(state)
        if view is not None and view.amount_rupiah:
            ui.amountRupiah.setText(grouped(str(view.amount_rupiah)))
            ui.billingCode.setText(view.billing_code)
        if paid and view is not None:
            ui.ntpn.setText(view.ntpn)
            if view.paid_on is not None:
                ui.paidOn.setDate(QDate(view.paid_on))
        ui.billBox.setEnabled(not paid)  # an unpaid bill may be corrected
        ui.billButton.setText(self.tr("Ubah tagihan") if billed else self.tr("Simpan tagihan"))
        ui.paidBox.setEnabled(billed and not paid)
        ui.receiptButton.setEnabled(paid and view is not None and view.paid_on is not None)
        focus = ui.amountRupiah if not billed else ui.ntpn if not paid else ui.receiptButton
        focus.setFocus()

    def _say(self, text: str) -> None:
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.show()

    # --- acting -----------------------------------------------------------------------
    def _act(self, call: Callable[[], object], said: str) -> bool:
        self.errors.clear()
        try:
            call()
        except CounterDeskError as error:
            self.errors.show(error)
            return False
        self.reload()
        self._say(said)
        self.changed.emit()
        return True

    def bill(self) -> None:
        text = self.ui.amountRupiah.text()
        amount = parse_rupiah(text)

        def call() -> object:
            if amount is None:
                raise ValidationError(
                    "amount_rupiah",
                    self.tr(
                        "Jumlah ditulis dalam rupiah utuh, angka saja (mis. 1.250.000); "
                        "yang diketik: {0}"
                    ).format(text.strip() or self.tr("(kosong)")),
                )
            return payments.bill(
                self.ctx.runtime,
                self.ctx.actor,
                self.number,
                amount,
                self.ui.billingCode.text().strip(),
            )

        self._act(call, self.tr("Tagihan tersimpan; jam layanan berhenti sampai lunas."))

    def record_paid(self) -> None:
        day = self.ui.paidOn.date()
        paid_on = date(day.year(), day.month(), day.day())
        if self._act(
            lambda: payments.record_paid(
                self.ctx.runtime, self.ctx.actor, self.number, self.ui.ntpn.text().strip(), paid_on
            ),
            self.tr("Pembayaran lunas tercatat; jam layanan berjalan lagi."),
        ):
            self.receipt()

    def receipt(self) -> None:
        if self.view is None or not self.view.paid:
            return
        ctx, number = self.ctx, self.number
        dialog = DocumentReadyDialog(
            Document(
                self.tr("Bukti pembayaran {0}").format(number),
                self.view.ntpn,
                f"bukti-bayar-{number}",
                lambda: payments.payment_receipt_pdf(ctx.runtime, ctx.actor, number),
            ),
            self.tr("Pembayaran lunas — cetak bukti pembayarannya"),
            self.tr("Serahkan bukti pembayaran kepada pemohon; salinannya masuk berkas."),
            self,
        )
        self.dialog = open_replacing(self.dialog, dialog)
