"""Compensation for late service (issue 10 point 5, seed 001): proposed when a file
finished after its promise, granted once with a MAAF letter, and its one-day voucher used
once by the applicant's next certification of the same standard."""

from __future__ import annotations

from datetime import date

import pytest

from counterdesk.domain.errors import PermissionDenied, ValidationError
from counterdesk.domain.roles import Role
from counterdesk.services import applications, compensation, receipts
from counterdesk.services.calendar import office_calendar
from counterdesk.store.models import AuditEvent
from tests import pdf_tools
from tests.clock import office_today
from tests.compensation_helpers import late_person
from tests.conftest import Office
from tests.issuing_helpers import BALAI_PERSON, filed, person, verified

SAK = "sak/sertifikat"  # another standard, without a compensation policy


def _timeline(office: Office, number: str) -> list[str]:
    view = applications.application_detail(office.runtime, office.actors[Role.OFFICER], number)
    return [f"{line.label}: {line.note}" for line in view.timeline]


def _due_without_voucher(office: Office, number: str) -> date:
    """The due date the file would have had without the voucher: 14 working days."""
    with office.runtime.read() as session:
        app = applications.get_by_number(session, number)
        assert app.complete_on is not None
        return office_calendar(session).add_working_days(
            app.complete_on, 14 + app.paused_working_days
        )


def test_a_late_file_is_proposed_with_how_late_and_what_the_standard_grants(
    office: Office,
) -> None:
    officer = office.actors[Role.OFFICER]
    _, number = late_person(office)
    on_time = filed(office, person(office, "3174051203900002", "Sari Dewi"), BALAI_PERSON)

    found = compensation.proposals(office.runtime, officer, office_today())

    assert [p.number for p in found] == [number]  # the open file is not proposed
    proposal = found[0]
    assert proposal.late_working_days == 16 and proposal.days_off == 1
    assert proposal.finished_on > proposal.due_on
    assert "dipercepat 1 hari kerja" in proposal.policy_text
    assert compensation.proposal_for(office.runtime, officer, number) == proposal
    assert compensation.proposal_for(office.runtime, officer, on_time) is None
    detail = applications.application_detail(office.runtime, officer, number)
    assert detail.compensation_proposed
    assert "kompensasi belum diberikan" in detail.compensation_note


def test_granting_gives_a_maaf_letter_once_and_the_late_file_says_so(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    _, number = late_person(office)

    view = compensation.grant(office.runtime, officer, number)

    assert "/MAAF/" in view.letter_number
    assert view.status_label == "Belum dipakai" and view.days_off == 1
    assert view.application_number == number and view.applicant_name == "Budi Santoso"
    assert compensation.proposals(office.runtime, officer, office_today()) == ()
    assert compensation.granted(office.runtime, officer) == (view,)
    assert any(
        line.startswith("Kompensasi diberikan") and view.letter_number in line
        for line in _timeline(office, number)
    )
    detail = applications.application_detail(office.runtime, officer, number)
    assert not detail.compensation_proposed
    assert view.letter_number in detail.compensation_note
    with office.runtime.read() as session:
        actions = [e.action for e in session.query(AuditEvent)]
    assert "compensation.granted" in actions

    with pytest.raises(ValidationError, match="tidak diberikan dua kali"):
        compensation.grant(office.runtime, officer, number)


def test_nothing_is_granted_for_a_file_on_time_or_still_open(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    number = filed(office, person(office), BALAI_PERSON)
    with pytest.raises(ValidationError, match="belum selesai"):
        compensation.grant(office.runtime, officer, number)
    sak = filed(office, person(office, "3174051203900002", "Sari Dewi"), SAK)
    with pytest.raises(ValidationError, match="tidak mengatur kompensasi"):
        compensation.grant(office.runtime, officer, sak)


def test_a_printer_may_not_grant(office: Office) -> None:
    _, number = late_person(office)
    with pytest.raises(PermissionDenied):
        compensation.grant(office.runtime, office.actors[Role.PRINTER], number)
    # a supervisor may, like an officer
    assert compensation.grant(office.runtime, office.actors[Role.SUPERVISOR], number)


def test_the_next_certification_is_promised_one_working_day_earlier_once(
    office: Office,
) -> None:
    officer = office.actors[Role.OFFICER]
    applicant_id, late = late_person(office)
    letter = compensation.grant(office.runtime, officer, late).letter_number
    assert "surat permohonan maaf No. " + letter in compensation.voucher_note(
        office.runtime, officer, applicant_id, BALAI_PERSON
    )
    assert compensation.voucher_note(office.runtime, officer, applicant_id, SAK) == ""

    other = filed(office, applicant_id, SAK)  # another standard: the voucher stays
    assert compensation.granted(office.runtime, officer)[0].status == "available"
    nxt = filed(office, applicant_id, BALAI_PERSON)
    verified(office, nxt)  # the clock starts: day 0 today

    detail = applications.application_detail(office.runtime, officer, nxt)
    assert detail.due.due_on is not None
    with office.runtime.read() as session:
        cal = office_calendar(session)
        assert cal.working_days_between(detail.due.due_on, _due_without_voucher(office, nxt)) == 1
    assert any(
        line.startswith("Kompensasi dipakai")
        and "dipercepat 1 hari kerja" in line
        and letter in line
        for line in _timeline(office, nxt)
    )
    assert letter in detail.compensation_note
    view = compensation.granted(office.runtime, officer)[0]
    assert view.status_label == "Sudah dipakai" and view.used_on_number == nxt
    assert compensation.voucher_note(office.runtime, officer, applicant_id, BALAI_PERSON) == ""

    third = filed(office, applicant_id, BALAI_PERSON)  # used once: not again
    assert applications.application_detail(office.runtime, officer, third).compensation_note == ""
    with pytest.raises(ValidationError, match="sudah dipakai untuk permohonan " + nxt):
        compensation.redeem(office.runtime, officer, letter, third)
    assert other != third


def test_the_receipt_says_the_promise_was_shortened(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    applicant_id, late = late_person(office)
    letter = compensation.grant(office.runtime, officer, late).letter_number
    nxt = filed(office, applicant_id, BALAI_PERSON)

    text = pdf_tools.text(receipts.receipt(office.runtime, officer, nxt))

    assert (
        "Kompensasi keterlambatan: janji layanan dipercepat 1 hari kerja (surat permohonan "
        f"maaf No. {letter})" in text
    )
    plain = filed(office, person(office, "3174051203900002", "Sari Dewi"), BALAI_PERSON)
    assert "Kompensasi" not in pdf_tools.text(receipts.receipt(office.runtime, officer, plain))


def test_a_letter_shown_for_a_file_already_open_moves_its_due_date(office: Office) -> None:
    """Filed before the grant (or at a counter the voucher had not reached): the
    applicant shows the letter and the promise moves then."""
    officer = office.actors[Role.OFFICER]
    applicant_id, late = late_person(office)
    nxt = filed(office, applicant_id, BALAI_PERSON)
    verified(office, nxt)
    before = applications.application_detail(office.runtime, officer, nxt).due.due_on
    letter = compensation.grant(office.runtime, officer, late).letter_number

    with pytest.raises(ValidationError, match="tidak ditemukan"):
        compensation.redeem(office.runtime, officer, "999/MAAF/X", nxt)
    stranger = filed(office, person(office, "3174051203900002", "Sari Dewi"), BALAI_PERSON)
    with pytest.raises(ValidationError, match="pemohon lain"):
        compensation.redeem(office.runtime, officer, letter, stranger)
    view = compensation.redeem(office.runtime, officer, letter.lower(), nxt)

    assert view.used_on_number == nxt
    after = applications.application_detail(office.runtime, officer, nxt).due.due_on
    assert before is not None and after is not None
    with office.runtime.read() as session:
        assert office_calendar(session).working_days_between(after, before) == 1
    with pytest.raises(ValidationError, match="hanya berlaku satu kali"):
        compensation.redeem(office.runtime, officer, letter, nxt)


def test_the_apology_letter_is_the_office_signatorys_with_the_number_to_scan(
    office: Office,
) -> None:
    officer = office.actors[Role.OFFICER]
    _, late = late_person(office)
    view = compensation.grant(office.runtime, officer, late)

    pdf = compensation.apology_letter_pdf(office.runtime, officer, view.id)

    text = pdf_tools.text(pdf)
    assert pdf_tools.pages(pdf) == 1
    for expected in (
        f"Nomor : {view.letter_number}",
        "Hal : Permohonan maaf atas keterlambatan layanan",
        "Yth. Budi Santoso",
        late,
        "Keterlambatan : 16 hari kerja",
        "pengurangan waktu layanan sebanyak 1 (satu) hari kerja",
        "KOMPENSASI: janji layanan dipercepat 1 (satu) hari kerja",
        "NIK 3174051203900001",
        "Kepala Bidang, Dra. Sri Wahyuni NIP 19700101 199503 2 001",
    ):
        assert expected in text, expected
    assert [code.text for code in pdf_tools.decode(pdf)] == [view.letter_number]
    again = compensation.apology_letter_pdf(office.runtime, officer, view.id, paper="F4")
    assert view.letter_number in pdf_tools.text(again)  # a reprint keeps its number
    assert pdf_tools.page_size_mm(again) == (215.0, 330.0)
