"""The fee of an application (seed 001: "diluar waktu pembayaran"): the officer bills it
(amount in whole rupiah and the billing code), the applicant pays, the officer records the
proof of payment (NTPN and its date). The clock stands still from billing until payment;
the stages after a payment stage, and issuing, wait for the payment (``applications.
payment_recorded`` is the one test of "paid").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from counterdesk.domain.catalog import Stage, format_rupiah
from counterdesk.domain.errors import ValidationError, ValidationErrors
from counterdesk.domain.formatting import format_date_numeric
from counterdesk.domain.states import CLOCK_RUNNING, AppStatus
from counterdesk.services import applications
from counterdesk.services.applications import (
    NOT_VERIFIED,
    get_by_number,
    office_day,
    record_event,
    require_officer,
    require_open,
    service_of,
)
from counterdesk.services.calendar import office_calendar
from counterdesk.services.context import Actor
from counterdesk.store.base import utcnow
from counterdesk.store.models import Application, ApplicationEvent, Payment

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime

BILLING_DIGITS = 15  # kode billing SIMPONI
NTPN_LENGTH = 16
MAX_AMOUNT = 10_000_000_000  # ten billion rupiah: anything above is a typing slip
_SEPARATORS = re.compile(r"[\s.\-]")

WAITING = "Menunggu pembayaran"
PAID = "Lunas"


@dataclass(frozen=True, slots=True)
class PaymentView:
    """What the payment box shows; ``paid`` once the NTPN is recorded."""

    application_number: str
    applicant_name: str
    service_name: str
    amount_rupiah: int
    amount_label: str  # Rp1.250.000
    billing_code: str
    billed_on: date | None
    ntpn: str
    paid_on: date | None
    paid: bool
    status_label: str  # Menunggu pembayaran | Lunas


# --- checking what the officer typed -----------------------------------------------------


def clean_billing_code(text: str) -> str:
    code = _SEPARATORS.sub("", text)
    if not (len(code) == BILLING_DIGITS and code.isascii() and code.isdigit()):
        raise ValidationError(
            "billing_code",
            f"Kode billing '{text.strip()}' tidak sah: kode billing terdiri dari "
            f"{BILLING_DIGITS} angka. Salin kode dari lembar tagihan SIMPONI.",
        )
    return code


def clean_ntpn(text: str) -> str:
    ntpn = _SEPARATORS.sub("", text).upper()
    if not (len(ntpn) == NTPN_LENGTH and ntpn.isascii() and ntpn.isalnum()):
        raise ValidationError(
            "ntpn",
            f"NTPN '{text.strip()}' tidak sah: nomor bukti bayar (NTPN) terdiri dari "
            f"{NTPN_LENGTH} huruf/angka. Salin dari bukti penerimaan negara yang dibawa "
            "pemohon.",
        )
    return ntpn


def check_amount(amount_rupiah: int) -> int:
    if not 0 < amount_rupiah <= MAX_AMOUNT:
        raise ValidationError(
            "amount",
            f"Nominal {format_rupiah(amount_rupiah)} tidak mungkin ditagihkan; tulis nominal "
            "dalam rupiah penuh (tanpa sen), lebih dari Rp0, sesuai tarif PNBP.",
        )
    return amount_rupiah


# --- the session-level rules -------------------------------------------------------------


def payment_of(session: Session, app: Application) -> Payment | None:
    return session.scalar(select(Payment).where(Payment.application_id == app.id))


def stages_of(app: Application) -> list[Stage]:
    return list(service_of(app).service.stages)


def _paying_stage_name(app: Application) -> str:
    svc = service_of(app)
    paying = next((s for s in svc.service.stages if s.collects_payment), None)
    if paying is None:
        raise ValidationError("status", f"{svc.name} tidak memiliki tahap pembayaran.")
    return paying.name


def bill_in(
    session: Session, actor: Actor, number: str, amount_rupiah: int, billing_code: str
) -> Payment:
    """Bill the fee (or correct an unpaid bill); the clock stops until payment."""
    require_officer(actor)
    app = get_by_number(session, number)
    require_open(app)
    stage_name = _paying_stage_name(app)
    errors: list[ValidationError] = []
    for check in (lambda: check_amount(amount_rupiah), lambda: clean_billing_code(billing_code)):
        try:
            check()
        except ValidationError as error:
            errors.append(error)
    if errors:
        raise ValidationErrors(errors)
    if applications.payment_recorded(session, app):
        raise ValidationError("status", f"Pembayaran permohonan {app.number} sudah lunas.")
    if AppStatus(app.status) in NOT_VERIFIED or applications.payment_due(session, app) is None:
        raise ValidationError(
            "status",
            f"Tagihan dibuat setelah permohonan {app.number} terverifikasi dan sampai di "
            f"tahap {stage_name}.",
        )
    today = office_day(session, utcnow())
    payment = payment_of(session, app)
    if payment is None:
        payment = Payment(application_id=app.id)
        session.add(payment)
    payment.amount_rupiah = amount_rupiah
    payment.billing_code = clean_billing_code(billing_code)
    payment.billed_on = today
    payment.billed_by_id = actor.user_id
    if AppStatus(app.status) in CLOCK_RUNNING and app.complete_on is not None:
        applications.pause_clock(session, actor, app, "Menunggu pembayaran")
    record_event(
        session,
        actor,
        app,
        "billed",
        note=f"{format_rupiah(amount_rupiah)}, kode billing {payment.billing_code}",
    )
    return payment


def record_paid_in(
    session: Session, actor: Actor, number: str, ntpn: str, paid_on: date | None = None
) -> Payment:
    """The applicant paid: NTPN and date; the clock runs again and the next stage may begin."""
    require_officer(actor)
    app = get_by_number(session, number)
    require_open(app)
    stage_name = _paying_stage_name(app)
    if applications.payment_recorded(session, app):
        raise ValidationError("status", f"Pembayaran permohonan {app.number} sudah tercatat.")
    payment = payment_of(session, app)
    if payment is None:
        raise ValidationError(
            "status",
            f"Tagihan permohonan {app.number} belum dibuat (tahap {stage_name}): buat "
            "tagihan dengan nominal dan kode billing dulu, lalu catat NTPN-nya.",
        )
    code = clean_ntpn(ntpn)
    today = office_day(session, utcnow())
    day = paid_on or today
    if day > today or day < payment.billed_on:
        raise ValidationError(
            "paid_on",
            f"Tanggal bayar {format_date_numeric(day)} harus antara tanggal tagihan "
            f"({format_date_numeric(payment.billed_on)}) dan hari ini; periksa tanggal pada "
            "bukti bayar.",
        )
    other = session.scalar(
        select(Application.number)
        .join(Payment, Payment.application_id == Application.id)
        .where(Payment.ntpn == code, Payment.application_id != app.id)
    )
    if other is not None:
        raise ValidationError(
            "ntpn",
            f"NTPN {code} sudah tercatat untuk permohonan {other}; satu bukti bayar hanya "
            "untuk satu tagihan. Periksa kembali bukti bayar pemohon.",
        )
    payment.ntpn, payment.paid_on = code, day
    payment.recorded_by_id, payment.recorded_at = actor.user_id, utcnow()
    record_event(session, actor, app, "paid", note=f"NTPN {code}, {format_date_numeric(day)}")
    at_paying_stage = any(s.code == app.stage and s.collects_payment for s in stages_of(app))
    billed_pause = app.paused_since is not None and app.paused_since >= payment.billed_on
    if app.status == AppStatus.PAUSED.value and (at_paying_stage or billed_pause):
        # the wait for payment ends; a pause for another reason (quota) is left alone
        applications.resume_clock(session, actor, app, office_calendar(session))
    return payment


def view_of(session: Session, app: Application) -> PaymentView | None:
    payment = payment_of(session, app)
    svc = service_of(app)
    if payment is None:
        legacy = session.scalar(  # noted before issue 9: a free text, no bill
            select(ApplicationEvent)
            .where(ApplicationEvent.application_id == app.id, ApplicationEvent.kind == "paid")
            .limit(1)
        )
        if legacy is None:
            return None
        paid_on = office_day(session, legacy.at)
        return PaymentView(
            app.number, app.applicant.name, svc.name, 0, "—", "", None, legacy.note,
            paid_on, True, PAID,
        )  # fmt: skip
    paid = payment.paid_on is not None
    return PaymentView(
        application_number=app.number,
        applicant_name=app.applicant.name,
        service_name=svc.name,
        amount_rupiah=payment.amount_rupiah,
        amount_label=format_rupiah(payment.amount_rupiah),
        billing_code=payment.billing_code,
        billed_on=payment.billed_on,
        ntpn=payment.ntpn or "",
        paid_on=payment.paid_on,
        paid=paid,
        status_label=PAID if paid else WAITING,
    )


def _view(session: Session, number: str) -> PaymentView:
    shown = view_of(session, get_by_number(session, number))
    assert shown is not None  # just written
    return shown


def receipt_pdf_of(session: Session, number: str) -> bytes:
    from counterdesk.documents.certificate_data import PaymentReceiptData
    from counterdesk.documents.payment_receipt import render_payment_receipt
    from counterdesk.documents.signers import Signer
    from counterdesk.services.letters import office_city
    from counterdesk.services.receipts import letterhead, printed_applicant
    from counterdesk.services.setup import get_office
    from counterdesk.store.models import User

    app = get_by_number(session, number)
    payment = payment_of(session, app)
    if payment is None or payment.paid_on is None or payment.ntpn is None:
        raise ValidationError(
            "status",
            f"Tanda terima pembayaran permohonan {app.number} belum dapat dicetak: "
            "pembayarannya (NTPN) belum tercatat.",
        )
    user = session.get(User, payment.recorded_by_id) if payment.recorded_by_id else None
    data = PaymentReceiptData(
        letterhead=letterhead(session, get_office(session)),
        number=app.number,
        applicant=printed_applicant(app.applicant),
        service_title=service_of(app).name,
        amount_rupiah=payment.amount_rupiah,
        billing_code=payment.billing_code,
        ntpn=payment.ntpn,
        paid_on=payment.paid_on,
        recorded_by=Signer(user.full_name, user.nip, user.title) if user else Signer(""),
        city=office_city(session),
    )
    return render_payment_receipt(data)


# --- the screens' door ---------------------------------------------------------------------


def bill(
    runtime: Runtime, actor: Actor, application_number: str, amount_rupiah: int, billing_code: str
) -> PaymentView:
    """Buat tagihan: the amount and the billing code; the clock stops."""
    with runtime.unit(actor) as session:
        bill_in(session, actor, application_number, amount_rupiah, billing_code)
        return _view(session, application_number)


def record_paid(
    runtime: Runtime, actor: Actor, application_number: str, ntpn: str, paid_on: date
) -> PaymentView:
    """Catat pembayaran: NTPN and the date on the proof; the clock runs again."""
    with runtime.unit(actor) as session:
        record_paid_in(session, actor, application_number, ntpn, paid_on)
        return _view(session, application_number)


def payment_view(runtime: Runtime, actor: Actor, application_number: str) -> PaymentView | None:
    """The payment of an application, or None when nothing was billed."""
    with runtime.read(actor) as session:
        return view_of(session, get_by_number(session, application_number))


def payment_receipt_pdf(runtime: Runtime, actor: Actor, application_number: str) -> bytes:
    """Tanda terima pembayaran (PDF bytes) of a paid application."""
    with runtime.read(actor) as session:
        return receipt_pdf_of(session, application_number)
