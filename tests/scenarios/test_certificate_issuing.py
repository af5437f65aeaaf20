"""From sign-off through payment and issuing to hand-over, for the person certification
card (seed 001, Balai Sertifikasi) and the customs-expert certificate (seed 000, SAK):
the printed Code 128 reads back the serial and the QR a payload that verifies."""

from __future__ import annotations

import pytest

from counterdesk.domain.errors import ValidationError, ValidationErrors
from counterdesk.domain.roles import Role
from counterdesk.domain.states import AppStatus
from counterdesk.services import applications, issuing, payments, verification_offline
from tests import pdf_tools
from tests.clock import office_today
from tests.conftest import Office
from tests.issuing_helpers import (
    BALAI_PERSON,
    BILLING,
    NIK,
    NTPN,
    SAK_CERTIFICATE,
    filed,
    person,
    to_stage,
    verified,
)


def _codes(pdf: bytes, page: int) -> dict[str, str]:
    """Format → text of what a scanner reads on the page at 200 dpi."""
    return {c.format: c.text for c in pdf_tools.decode(pdf, page)}


def _qr_and_barcode(pdf: bytes, serial: str) -> str:
    codes: dict[str, str] = {}
    for page in range(pdf_tools.pages(pdf)):
        codes.update(_codes(pdf, page))
    assert codes.get("Code 128") == serial, codes
    return codes["QR Code"]


def _verifies(office: Office, payload: str, serial: str) -> None:
    verdict = verification_offline.verify(office.runtime, office.actors[Role.OFFICER], payload)
    assert verdict.outcome == "valid" and verdict.serial == serial, verdict
    changed = payload[:-3] + ("A" if payload[-3] != "A" else "B") + payload[-2:]
    tampered = verification_offline.verify(office.runtime, office.actors[Role.OFFICER], changed)
    assert tampered.outcome != "valid"


def test_person_card_seed_001_from_sign_off_to_hand_over(office: Office) -> None:
    officer, printer = office.actors[Role.OFFICER], office.actors[Role.PRINTER]
    number = filed(office, person(office), BALAI_PERSON)
    verified(office, number)
    to_stage(office, number, "Pembayaran")
    with pytest.raises(ValidationError, match="pembayaran"):
        issuing.issue(office.runtime, officer, number)
    payments.bill(office.runtime, officer, number, 1_250_000, BILLING)
    assert applications.application_detail(office.runtime, officer, number).status == (
        AppStatus.PAUSED
    )
    payments.record_paid(office.runtime, officer, number, NTPN, office_today())
    receipt = pdf_tools.all_text(payments.payment_receipt_pdf(office.runtime, officer, number))
    assert NTPN in receipt and "1.250.000" in receipt

    issued = issuing.issue(office.runtime, officer, number)
    card = next(i.serial for i in issued.items if i.product_kind == "card")
    certificate = next(i.serial for i in issued.items if i.product_kind == "certificate")
    pdf = issuing.print_batch(office.runtime, printer, [card], printer="Evolis Primacy").pdf
    assert pdf_tools.pages(pdf) == 2  # front (photo, name, validity) and back (codes)
    assert "BUDI SANTOSO" in pdf_tools.all_text(pdf).upper()
    _verifies(office, _qr_and_barcode(pdf, card), card)
    sheet = issuing.print_batch(office.runtime, printer, [certificate], paper="F4").pdf
    _verifies(office, _qr_and_barcode(sheet, certificate), certificate)

    to_stage(office, number, "Pelaporan Hasil Pelayanan")
    assert applications.advance_application(office.runtime, officer, number) == (
        applications.READY_STEP
    )
    handed = issuing.hand_over(
        office.runtime, officer, [card, certificate], "Budi Santoso", "NIK", NIK, False
    )
    assert handed.application_closed
    text = pdf_tools.all_text(issuing.handover_receipt_pdf(office.runtime, officer, handed.id))
    assert card in text and certificate in text
    still = verification_offline.verify(office.runtime, officer, card)
    assert still.outcome == "valid"  # handed over, still valid


def test_customs_expert_certificate_seed_000_from_sign_off_to_hand_over(office: Office) -> None:
    officer, printer = office.actors[Role.OFFICER], office.actors[Role.PRINTER]
    number = filed(office, person(office, photo=False), SAK_CERTIFICATE)
    with pytest.raises(ValidationError, match="persetujuan atasan"):
        issuing.issue(office.runtime, officer, number)
    verified(office, number)
    issued = issuing.issue(office.runtime, officer, number)
    (serial,) = issued.serials
    assert issued.items[0].valid_until is None  # the catalogue sets no validity
    step = applications.application_detail(office.runtime, officer, number).allowed.next_step
    assert step is not None and step.allowed

    pdf = issuing.print_batch(office.runtime, printer, [serial], printer="HP LaserJet").pdf
    assert "AHLI KEPABEANAN" in pdf_tools.all_text(pdf).upper()
    assert "LULUS Ujian Sertifikasi Ahli Kepabeanan" in pdf_tools.all_text(pdf)
    _verifies(office, _qr_and_barcode(pdf, serial), serial)

    for _ in range(3):  # penerbitan → pencocokan database → pengambilan → siap diambil
        applications.advance_application(office.runtime, officer, number)
    handed = issuing.hand_over(
        office.runtime, officer, [serial], "Ani Wijaya", "NIK", "3174051203900077", True
    )
    assert handed.application_closed and handed.power_of_attorney
    detail = applications.application_detail(office.runtime, officer, number)
    assert detail.status == AppStatus.DONE
    assert "dengan surat kuasa" in detail.timeline[-1].note


def test_a_corrected_certificate_is_reprinted_from_cetak_with_the_new_values(
    office: Office,
) -> None:
    """Issue 8's ralat ends at the printer: the certificate issued here, corrected through
    minutes and both layers, reprints (with a reason) carrying the corrected birth place,
    and its new QR verifies."""
    from dataclasses import replace

    from counterdesk.services import certificate_cases, minutes
    from tests.case_helpers import minutes_input
    from tests.conftest import PASSWORD

    officer, supervisor = office.actors[Role.OFFICER], office.actors[Role.SUPERVISOR]
    printer = office.actors[Role.PRINTER]
    holder = person(office, photo=False)
    number = filed(office, holder, SAK_CERTIFICATE)
    verified(office, number)
    (serial,) = issuing.issue(office.runtime, officer, number).serials
    first = issuing.print_batch(office.runtime, printer, [serial]).pdf
    assert "Jakarta" in pdf_tools.all_text(first)

    ralat = filed(office, holder, "sak/ralat")
    data = replace(minutes_input(office, ralat), certificate_serial=serial)
    draft = minutes.save_draft(office.runtime, officer, None, data)
    signed = minutes.sign(office.runtime, officer, draft.id).number
    case = certificate_cases.request_correction(
        office.runtime, officer, serial, [("birth_place", "Kabupaten Bogor")], signed
    )
    certificate_cases.check(office.runtime, officer, case.number)
    certificate_cases.approve(office.runtime, supervisor, case.number, PASSWORD)

    with pytest.raises(ValidationErrors, match="alasan"):
        issuing.print_batch(office.runtime, printer, [serial])  # a reprint needs its reason
    again = issuing.print_batch(office.runtime, printer, [serial], reason="ralat tempat lahir")
    text = pdf_tools.all_text(again.pdf)
    assert "Kabupaten Bogor, 12 Maret 1990" in text and "Jakarta, 12 Maret" not in text
    assert "Cetak ulang ke-1" in text
    payload = _qr_and_barcode(again.pdf, serial)
    verdict = verification_offline.verify(office.runtime, officer, payload)
    assert verdict.serial == serial and verdict.outcome in ("valid", "corrected"), verdict
