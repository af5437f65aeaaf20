"""Issuing, printing, spoiled stock and hand-over: every refusal says what is missing;
one application never issues twice; every printed copy is logged."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from counterdesk.documents.certificate_data import RenderCancelled
from counterdesk.domain import numbers
from counterdesk.domain.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    ValidationError,
    ValidationErrors,
)
from counterdesk.domain.roles import Role
from counterdesk.domain.states import AppStatus
from counterdesk.services import applications, issuing, verification_offline
from counterdesk.store.models import (
    Applicant,
    AuditEvent,
    Blob,
    Certificate,
    PrintLog,
    SpoiledStock,
)
from tests import pdf_tools
from tests.clock import office_today
from tests.conftest import Office
from tests.issuing_helpers import (
    BALAI_PERSON,
    NIK,
    filed,
    person,
    ready_balai_person,
    to_stage,
    verified,
)


def _issued(office: Office, *, photo: bool = True) -> tuple[str, str, str]:
    """A paid person certification, issued: (application, certificate, card)."""
    number = ready_balai_person(office, photo=photo)
    view = issuing.issue(office.runtime, office.actors[Role.OFFICER], number)
    by_kind = {i.product_kind: i.serial for i in view.items}
    return number, by_kind["certificate"], by_kind["card"]


def _ready(office: Office, number: str) -> None:
    to_stage(office, number, "Pelaporan Hasil Pelayanan")
    applications.advance_application(office.runtime, office.actors[Role.OFFICER], number)


def _log(office: Office) -> list[tuple[int, str, str, object]]:
    """(copy number, reason, printer, batch id) of every logged copy."""
    with office.runtime.read() as s:
        query = select(PrintLog).order_by(PrintLog.printed_at, PrintLog.copy_number)
        return [(e.copy_number, e.reason, e.printer, e.batch_id) for e in s.scalars(query)]


def test_issuing_before_sign_off_and_payment_names_both(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    number = filed(office, person(office), BALAI_PERSON)
    with pytest.raises(ValidationError) as error:
        issuing.issue(office.runtime, officer, number)
    assert "persetujuan atasan" in error.value.message and "pembayaran" in error.value.message
    verified(office, number)
    with pytest.raises(ValidationError) as error:
        issuing.issue(office.runtime, officer, number)
    assert "persetujuan atasan" not in error.value.message
    assert "pembayaran (NTPN)" in error.value.message


def test_issue_gives_each_product_a_serial_validity_and_template_once(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    number = ready_balai_person(office)
    view = issuing.issue(office.runtime, officer, number)
    assert [i.product_kind for i in view.items] == ["certificate", "card"]
    assert view.holder_name == "Budi Santoso" and view.issued_on == office_today()
    for item in view.items:
        assert numbers.parse_number(item.serial, numbers.CERTIFICATE).counter == "L01"
        assert item.valid_until == office_today().replace(year=office_today().year + 3)
    with office.runtime.read() as s:
        templates = set(s.scalars(select(Certificate.template)))
    assert templates == {"sertifikat-kompetensi", "person-card"}
    with pytest.raises(ConflictError, match="hanya terbit sekali"):
        issuing.issue(office.runtime, officer, number)
    with office.runtime.read() as s:
        assert len(list(s.scalars(select(Certificate)))) == 2


def test_a_service_without_printed_products_issues_nothing(office: Office) -> None:
    number = filed(office, person(office), "sak/ujian")
    with pytest.raises(ValidationError, match="tidak menghasilkan sertifikat"):
        issuing.issue(office.runtime, office.actors[Role.OFFICER], number)


def test_print_queue_first_print_then_reprint_with_reason_every_copy_logged(
    office: Office,
) -> None:
    printer = office.actors[Role.PRINTER]
    number, certificate, card = _issued(office)
    queue = issuing.print_queue(office.runtime, printer)
    assert {r.serial for r in queue} == {certificate, card}
    assert all(r.status == "Belum dicetak" and r.application_number == number for r in queue)

    batch = issuing.print_batch(office.runtime, printer, [certificate], printer="Epson L3150")
    assert batch.serials == (certificate,) and batch.copy_numbers == (1,)
    assert pdf_tools.pages(batch.pdf) == 1
    assert "BUDI SANTOSO" in pdf_tools.all_text(batch.pdf).upper()
    assert [r.serial for r in issuing.print_queue(office.runtime, printer)] == [card]
    printed = issuing.print_queue(office.runtime, printer, search=certificate, include_printed=True)
    assert [(r.serial, r.status, r.printed_count) for r in printed] == [(certificate, "Terbit", 1)]

    with pytest.raises(ValidationErrors, match="memerlukan alasan"):
        issuing.print_batch(office.runtime, printer, [certificate])
    again = issuing.print_batch(
        office.runtime, printer, [certificate], printer="Epson L3150", reason="Kertas macet"
    )
    assert again.copy_numbers == (2,) and "Cetak ulang ke-1" in pdf_tools.all_text(again.pdf)
    assert _log(office) == [
        (1, "", "Epson L3150", batch.batch_id),
        (2, "Kertas macet", "Epson L3150", again.batch_id),
    ]


def test_revoked_and_replaced_certificates_are_not_printed(office: Office) -> None:
    printer = office.actors[Role.PRINTER]
    _, certificate, card = _issued(office)
    with office.runtime.unit() as s:
        for serial, status in ((certificate, "revoked"), (card, "replaced")):
            cert = s.scalar(select(Certificate).where(Certificate.serial == serial))
            assert cert is not None
            cert.status = status
    for serial, label in ((certificate, "dicabut"), (card, "diganti")):
        with pytest.raises(ValidationErrors, match=f"{serial} tidak boleh dicetak: .*{label}"):
            issuing.print_batch(office.runtime, printer, [serial])
    assert _log(office) == []


REVOKE_REASON = "Persyaratan terbukti dipalsukan"


def test_a_supervisor_revokes_with_a_reason_audited_then_verify_and_print_refuse(
    office: Office,
) -> None:
    supervisor, printer = office.actors[Role.SUPERVISOR], office.actors[Role.PRINTER]
    number, certificate, card = _issued(office)
    issuing.print_batch(office.runtime, printer, [certificate])
    assert verification_offline.verify(office.runtime, printer, certificate).outcome == "valid"

    issuing.revoke(office.runtime, supervisor, certificate.lower(), f"  {REVOKE_REASON} ")

    rows = issuing.print_queue(office.runtime, printer, include_printed=True)
    by_serial = {r.serial: r for r in rows}
    assert by_serial[certificate].status == "Dicabut" and not by_serial[certificate].printable
    assert by_serial[card].status == "Belum dicetak"  # its sibling stays
    verdict = verification_offline.verify(office.runtime, printer, certificate)
    assert verdict.outcome == "revoked" and not verdict.is_valid
    assert f"Alasan: {REVOKE_REASON}" in verdict.details
    with pytest.raises(ValidationErrors, match=f"{certificate} tidak boleh dicetak: .*dicabut"):
        issuing.print_batch(office.runtime, printer, [certificate], reason="cetak lagi")
    with office.runtime.read() as s:
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "certificate.revoked"))
        assert event is not None
        assert (event.entity_id, event.actor_id) == (certificate, supervisor.user_id)
        assert event.detail == {"reason": REVOKE_REASON, "former_status": "issued"}
    shown = applications.application_detail(office.runtime, supervisor, number)
    assert any(certificate in e.note for e in shown.timeline)


def test_revoking_is_refused_with_the_reason_why(office: Office) -> None:
    supervisor = office.actors[Role.SUPERVISOR]
    _, certificate, card = _issued(office)
    for role in (Role.OFFICER, Role.PRINTER):
        with pytest.raises(PermissionDenied, match="atasan"):
            issuing.revoke(office.runtime, office.actors[role], certificate, REVOKE_REASON)
    with pytest.raises(ValidationError, match="paling sedikit 10 huruf") as short:
        issuing.revoke(office.runtime, supervisor, certificate, " salah   ")
    assert short.value.field == "reason"
    with pytest.raises(NotFound, match="tidak ada"):
        issuing.revoke(office.runtime, supervisor, "SRT-X99-26-000001A", REVOKE_REASON)
    issuing.revoke(office.runtime, supervisor, certificate, REVOKE_REASON)
    with pytest.raises(ConflictError, match=f"{certificate} tidak dapat dicabut: .*sudah dicabut"):
        issuing.revoke(office.runtime, supervisor, certificate, "dicabut sekali lagi")
    with office.runtime.unit() as s:
        cert = s.scalar(select(Certificate).where(Certificate.serial == card))
        assert cert is not None
        cert.status = "replaced"
    with pytest.raises(ConflictError, match="diganti karena hilang"):
        issuing.revoke(office.runtime, supervisor, card, REVOKE_REASON)
    with office.runtime.read() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "certificate.revoked"))
        assert [e.entity_id for e in events] == [certificate]


def test_a_card_without_a_readable_photo_is_named_before_the_batch_starts(
    office: Office,
) -> None:
    printer = office.actors[Role.PRINTER]
    _, _, card = _issued(office, photo=False)
    rendered: list[int] = []
    with pytest.raises(ValidationErrors, match=f"Kartu {card} .*belum ada pas foto"):
        issuing.print_batch(
            office.runtime, printer, [card], progress=lambda done, total: rendered.append(done)
        )
    with office.runtime.unit() as s:  # a photo whose file is damaged
        s.add(Blob(sha256="f" * 64, mime="image/jpeg", data=b"not a picture"))
        holder = s.scalar(select(Applicant).where(Applicant.nik == NIK))
        assert holder is not None
        holder.photo_sha256 = "f" * 64
    with pytest.raises(ValidationErrors, match="tidak terbaca"):
        issuing.print_batch(office.runtime, printer, [card])
    assert rendered == [] and _log(office) == []


def test_cards_and_certificates_are_printed_apart_and_cards_on_cr80(office: Office) -> None:
    printer = office.actors[Role.PRINTER]
    _, certificate, card = _issued(office)
    with pytest.raises(ValidationErrors, match="kartu saja"):
        issuing.print_batch(office.runtime, printer, [certificate, card])
    batch = issuing.print_batch(office.runtime, printer, [card], printer="Evolis")
    assert pdf_tools.pages(batch.pdf) == 2  # front and back
    width, height = pdf_tools.page_size_mm(batch.pdf)
    assert round(width) == 86 and round(height) == 54


def test_a_cancelled_batch_logs_nothing(office: Office) -> None:
    printer = office.actors[Role.PRINTER]
    _, certificate, _ = _issued(office)
    with pytest.raises(RenderCancelled):
        issuing.print_batch(office.runtime, printer, [certificate], cancelled=lambda: True)
    assert _log(office) == []
    assert issuing.print_queue(office.runtime, printer)[0].printed_count == 0


def test_spoiled_blanks_are_logged_with_their_reason(office: Office) -> None:
    printer = office.actors[Role.PRINTER]
    with pytest.raises(ValidationErrors) as error:
        issuing.record_spoiled(office.runtime, printer, " ", "x")
    assert set(error.value.by_field()) == {"blank_serial", "reason"}
    issuing.record_spoiled(office.runtime, printer, "blk-000123", "Kertas macet di printer")
    with office.runtime.read() as s:
        rows = [
            (r.blank_serial, r.reason, r.recorded_by_name) for r in s.scalars(select(SpoiledStock))
        ]
    assert rows == [("BLK-000123", "Kertas macet di printer", printer.full_name)]


def test_hand_over_needs_a_printed_ready_product_and_the_holder_or_a_proxy(
    office: Office,
) -> None:
    officer, printer = office.actors[Role.OFFICER], office.actors[Role.PRINTER]
    number, certificate, card = _issued(office)
    both = [certificate, card]
    with pytest.raises(ValidationError, match="belum dicetak") as error:
        issuing.hand_over(office.runtime, officer, both, "Budi Santoso", "NIK", NIK, False)
    assert "Siap diambil" in error.value.message
    issuing.print_batch(office.runtime, printer, [certificate])
    issuing.print_batch(office.runtime, printer, [card])
    _ready(office, number)
    with pytest.raises(ValidationErrors, match="surat kuasa"):
        issuing.hand_over(
            office.runtime, officer, both, "Siti Aminah", "NIK", "3174051203900009", False
        )
    with pytest.raises(ValidationErrors, match="16 angka"):
        issuing.hand_over(office.runtime, officer, both, "Budi Santoso", "NIK", "1234", False)

    view = issuing.hand_over(
        office.runtime, officer, both, "Siti Aminah", "NIK", "3174051203900009", True
    )
    assert view.application_closed and set(view.serials) == set(both)
    shown = applications.application_detail(office.runtime, officer, number)
    assert shown.status == AppStatus.DONE and shown.timeline[-1].label == "Produk diserahkan"
    rows = issuing.print_queue(office.runtime, printer, include_printed=True)
    assert {r.status for r in rows} == {"Diserahkan"}
    text = pdf_tools.all_text(issuing.handover_receipt_pdf(office.runtime, officer, view.id))
    for expected in (certificate, card, "Siti Aminah", "Budi Santoso"):
        assert expected in text


def test_the_application_stays_open_until_all_its_products_are_handed_over(
    office: Office,
) -> None:
    officer, printer = office.actors[Role.OFFICER], office.actors[Role.PRINTER]
    number, certificate, card = _issued(office)
    issuing.print_batch(office.runtime, printer, [certificate])
    issuing.print_batch(office.runtime, printer, [card])
    _ready(office, number)
    first = issuing.hand_over(
        office.runtime, officer, [certificate], "budi  santoso", "NIK", NIK, False
    )
    assert not first.application_closed
    assert issuing.hand_over(
        office.runtime, officer, [card], "Budi Santoso", "NIK", NIK, False
    ).application_closed
    with pytest.raises(ValidationError, match="diserahkan"):
        issuing.hand_over(office.runtime, officer, [card], "Budi Santoso", "NIK", NIK, False)


def test_calibration_is_kept_per_printer_and_paper(office: Office) -> None:
    printer = office.actors[Role.PRINTER]
    assert issuing.calibration(office.runtime, "Epson L3150", "A4") == (0.0, 0.0)
    issuing.set_calibration(office.runtime, printer, "Epson L3150", "A4", 1.5, -2.0)
    issuing.set_calibration(office.runtime, printer, "Epson L3150", "F4", 0.5, 0.0)
    assert issuing.calibration(office.runtime, "Epson L3150", "A4") == (1.5, -2.0)
    assert issuing.calibration(office.runtime, "Epson L3150", "F4") == (0.5, 0.0)
    with pytest.raises(ValidationError, match="paling banyak 20 mm"):
        issuing.set_calibration(office.runtime, printer, "Epson L3150", "A4", 25, 0)
    assert pdf_tools.pages(issuing.ruler_test_pdf("A4", 1.5, -2.0)) == 1


def test_payment_is_checked_for_every_printed_product_service(office: Office) -> None:
    """The customs-expert certificate has no payment stage: sign-off is enough."""
    number = filed(office, person(office), "sak/sertifikat")
    verified(office, number)
    view = issuing.issue(office.runtime, office.actors[Role.OFFICER], number)
    assert [i.kind_label for i in view.items] == ["sertifikat"]
