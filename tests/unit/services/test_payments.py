"""Payment (seed 001: "diluar waktu pembayaran"): billed in whole rupiah with a billing
code, paid with an NTPN and its date; the clock stands still in between, and the stage
after payment waits for it — in the service, not only in the GUI."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from counterdesk.domain.errors import ValidationError, ValidationErrors
from counterdesk.domain.roles import Role
from counterdesk.domain.states import AppStatus
from counterdesk.services import applications, payments
from tests import pdf_tools
from tests.clock import office_today
from tests.conftest import Office
from tests.issuing_helpers import (
    BALAI_PERSON,
    BILLING,
    NTPN,
    SAK_CERTIFICATE,
    filed,
    person,
    to_stage,
    verified,
)


@pytest.fixture
def at_payment(office: Office) -> str:
    number = filed(office, person(office), BALAI_PERSON)
    verified(office, number)
    to_stage(office, number, "Pembayaran")
    return number


def test_bill_then_pay_shows_the_amount_and_lets_the_next_stage_begin(
    office: Office, at_payment: str
) -> None:
    officer = office.actors[Role.OFFICER]
    assert payments.payment_view(office.runtime, officer, at_payment) is None
    billed = payments.bill(office.runtime, officer, at_payment, 1_250_000, "8202 6112 6000 123")
    assert billed.amount_label == "Rp1.250.000" and billed.billing_code == BILLING
    assert not billed.paid and billed.status_label == "Menunggu pembayaran"
    shown = applications.application_detail(office.runtime, officer, at_payment)
    assert shown.status == AppStatus.PAUSED  # the clock stands still until payment
    assert not shown.allowed.next_step or not shown.allowed.next_step.allowed

    view = payments.record_paid(
        office.runtime, officer, at_payment, "0a1b-2c3d-4e5f-6g7h", office_today()
    )
    assert view.paid and view.ntpn == NTPN and view.status_label == "Lunas"
    shown = applications.application_detail(office.runtime, officer, at_payment)
    assert shown.status == AppStatus.IN_PROCESS
    assert shown.allowed.next_step == applications.NextStep("Pelaksanaan", True)
    labels = [t.label for t in shown.timeline]
    assert "Tagihan dibuat" in labels and labels[-1] == "Jam layanan berjalan lagi"


def test_the_clock_counts_no_working_day_between_bill_and_payment(
    office: Office, at_payment: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:  # a running clock at the payment stage
        app = applications.get_by_number(s, at_payment)
        applications.resume_clock(s, officer, app, applications.office_calendar(s))
        due_before = app.due_on
    payments.bill(office.runtime, officer, at_payment, 500_000, BILLING)
    later = datetime.now(UTC) + timedelta(days=14)
    monkeypatch.setattr(applications, "utcnow", lambda: later)
    monkeypatch.setattr(payments, "utcnow", lambda: later)
    payments.record_paid(
        office.runtime, officer, at_payment, NTPN, later.date() - timedelta(days=1)
    )
    with office.runtime.read(officer) as s:
        app = applications.get_by_number(s, at_payment)
        assert app.paused_working_days >= 9 and app.due_on is not None and due_before is not None
        assert app.due_on > due_before


@pytest.mark.parametrize(
    ("amount", "code", "field"),
    [(0, BILLING, "amount"), (-5, BILLING, "amount"), (10_000, "12345", "billing_code")],
)
def test_a_bad_bill_names_the_field(
    office: Office, at_payment: str, amount: int, code: str, field: str
) -> None:
    with pytest.raises(ValidationErrors) as error:
        payments.bill(office.runtime, office.actors[Role.OFFICER], at_payment, amount, code)
    assert field in error.value.by_field()


def test_payment_needs_a_bill_a_valid_ntpn_and_a_sensible_date(
    office: Office, at_payment: str
) -> None:
    officer = office.actors[Role.OFFICER]
    with pytest.raises(ValidationError, match=r"Tagihan .* belum dibuat"):
        payments.record_paid(office.runtime, officer, at_payment, NTPN, office_today())
    payments.bill(office.runtime, officer, at_payment, 750_000, BILLING)
    with pytest.raises(ValidationError, match=r"NTPN .* 16 huruf/angka") as error:
        payments.record_paid(office.runtime, officer, at_payment, "SSBP 77", office_today())
    assert error.value.field == "ntpn"
    with pytest.raises(ValidationError, match="harus antara tanggal tagihan") as error:
        payments.record_paid(
            office.runtime, officer, at_payment, NTPN, office_today() + timedelta(days=1)
        )
    assert error.value.field == "paid_on"
    payments.record_paid(office.runtime, officer, at_payment, NTPN, office_today())
    with pytest.raises(ValidationError, match="sudah tercatat"):
        payments.record_paid(office.runtime, officer, at_payment, NTPN, office_today())
    with pytest.raises(ValidationError, match="sudah lunas"):
        payments.bill(office.runtime, officer, at_payment, 1, BILLING)


def test_one_ntpn_pays_one_bill(office: Office, at_payment: str) -> None:
    officer = office.actors[Role.OFFICER]
    payments.bill(office.runtime, officer, at_payment, 750_000, BILLING)
    payments.record_paid(office.runtime, officer, at_payment, NTPN, office_today())
    other = filed(office, person(office, "3174051203900002", "Siti Aminah"), BALAI_PERSON)
    verified(office, other)
    to_stage(office, other, "Pembayaran")
    payments.bill(office.runtime, officer, other, 750_000, BILLING)
    with pytest.raises(ValidationError, match=f"sudah tercatat untuk permohonan {at_payment}"):
        payments.record_paid(office.runtime, officer, other, NTPN, office_today())


def test_no_bill_before_the_payment_stage_nor_for_a_free_service(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    early = filed(office, person(office), BALAI_PERSON)
    with pytest.raises(ValidationError, match=r"setelah permohonan .* terverifikasi"):
        payments.bill(office.runtime, officer, early, 1000, BILLING)
    free = filed(office, person(office, "3174051203900003", "Ani"), SAK_CERTIFICATE)
    with pytest.raises(ValidationError, match="tidak memiliki tahap pembayaran"):
        payments.bill(office.runtime, officer, free, 1000, BILLING)


def test_the_payment_receipt_shows_amount_billing_code_and_ntpn(
    office: Office, at_payment: str
) -> None:
    officer = office.actors[Role.OFFICER]
    payments.bill(office.runtime, officer, at_payment, 1_250_000, BILLING)
    with pytest.raises(ValidationError, match="belum tercatat"):
        payments.payment_receipt_pdf(office.runtime, officer, at_payment)
    payments.record_paid(office.runtime, officer, at_payment, NTPN, office_today())
    text = pdf_tools.all_text(payments.payment_receipt_pdf(office.runtime, officer, at_payment))
    for expected in (at_payment, "Budi Santoso", "1.250.000", BILLING, NTPN):
        assert expected in text
