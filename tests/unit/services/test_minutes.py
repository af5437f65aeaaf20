"""Berita Acara: drafts keep everything, signing locks, a change is a BA perubahan."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from counterdesk.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationErrors
from counterdesk.domain.roles import Role
from counterdesk.services import letters, minutes, overview
from counterdesk.store.models import AuditEvent, InterviewMinutes
from tests.case_helpers import holder, minutes_input
from tests.clock import office_today
from tests.conftest import Office


def test_a_draft_keeps_everything_typed_and_gets_an_office_number(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    case = holder(office)
    data = minutes_input(office, case.application)
    draft = minutes.save_draft(office.runtime, officer, None, data)
    assert draft.number == "001/BA/BS/L01/XII/2026"  # Bidang Sertifikasi, counter L01
    assert (draft.status, draft.status_label) == ("draft", "Draf")
    assert draft.can_edit and draft.can_sign and not draft.can_amend and not draft.can_print
    assert draft.interviewee_name == "Budi Santoso" and draft.interviewee_nik == "3174051203900001"
    assert (draft.held_on, draft.held_time) == (date(2026, 12, 21), "10.05")
    assert draft.questions == data.questions and draft.statements == data.statements
    assert [p.name for p in draft.interviewers] == ["Petugas"]
    assert [(w.name, w.title) for w in draft.witnesses] == [("Rina Kartika", "Pengelola Arsip")]
    assert draft.subject == "permohonan ralat sertifikat nomor SAK-2015-0101"
    # an unfinished draft is kept as it is: no answer yet, no conclusion
    unfinished = replace(data, questions=(("Apa yang hilang?", ""),), conclusion="")
    again = minutes.save_draft(office.runtime, officer, draft.id, unfinished)
    assert again.number == draft.number and again.questions == (("Apa yang hilang?", ""),)
    assert minutes.view(office.runtime, officer, draft.number).conclusion == ""


def test_signing_needs_complete_minutes_and_says_what_is_missing(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    case = holder(office)
    data = replace(
        minutes_input(office, case.application),
        questions=(("Apa yang salah?", ""),),
        conclusion="",
        interviewer_ids=(),
    )
    draft = minutes.save_draft(office.runtime, officer, None, data)
    with pytest.raises(ValidationErrors) as err:
        minutes.sign(office.runtime, officer, draft.id)
    fields = err.value.by_field()
    assert set(fields) == {"interviewers", "questions", "conclusion"}
    assert "Pertanyaan 1 belum lengkap" in fields["questions"]
    assert minutes.view(office.runtime, officer, draft.id).status == "draft"


def test_signed_minutes_are_locked_and_cannot_be_edited_in_place(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    case = holder(office)
    data = minutes_input(office, case.application)
    draft = minutes.save_draft(office.runtime, officer, None, data)
    signed = minutes.sign(office.runtime, officer, draft.id)
    assert (signed.status, signed.status_label) == ("signed", "Ditandatangani")
    assert signed.can_amend and signed.can_print and not signed.can_edit and not signed.can_sign
    assert len(signed.content_hash) == 64 and signed.signed_by == "Petugas"
    with pytest.raises(ConflictError, match=r"sudah ditandatangani dan dikunci.*BA perubahan"):
        minutes.save_draft(office.runtime, officer, draft.id, replace(data, conclusion="Lain."))
    with pytest.raises(ConflictError, match="sudah ditandatangani"):
        minutes.sign(office.runtime, officer, draft.id)
    assert minutes.view(office.runtime, officer, draft.id).conclusion == data.conclusion


def test_amendment_refers_to_the_original_which_stays_as_it_was(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    case = holder(office)
    data = minutes_input(office, case.application)
    original = minutes.sign(
        office.runtime, officer, minutes.save_draft(office.runtime, officer, None, data).id
    )
    changed = replace(data, conclusion="Tanggal lahir yang benar 21 Maret 1990 (KTP).")
    amendment = minutes.amend(office.runtime, officer, original.id, changed)
    assert amendment.amends_number == original.number and amendment.status == "draft"
    assert amendment.number != original.number
    after = minutes.view(office.runtime, officer, original.number)
    assert after.status == "amended" and after.amended_by_number == amendment.number
    assert after.conclusion == data.conclusion and after.content_hash == original.content_hash
    assert not after.can_amend and not after.can_edit
    with pytest.raises(ConflictError, match=f"sudah diubah dengan BA perubahan {amendment.number}"):
        minutes.amend(office.runtime, officer, original.id, changed)
    signed = minutes.sign(office.runtime, officer, amendment.id)
    assert signed.status == "signed" and signed.conclusion == changed.conclusion
    with office.runtime.read() as s:  # the stored hash still matches the untouched original
        row = s.scalar(select(InterviewMinutes).where(InterviewMinutes.number == original.number))
        assert row is not None and minutes.content_hash(row) == original.content_hash


def test_bad_draft_input_is_refused_field_by_field(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    data = replace(
        minutes_input(office, "TT-L01-26-000999X"),
        case_type="banding",
        held_time="25.00",
        certificate_serial="",
    )
    with pytest.raises(ValidationErrors) as err:
        minutes.save_draft(office.runtime, officer, None, data)
    fields = err.value.by_field()
    assert set(fields) == {"case_type", "application_number", "held_time"}
    assert "tulis jam.menit" in fields["held_time"]


def test_the_tab_lists_newest_first_with_status(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    case = holder(office)
    data = minutes_input(office, case.application)
    first = minutes.sign(
        office.runtime, officer, minutes.save_draft(office.runtime, officer, None, data).id
    )
    later = replace(data, held_on=date(2026, 12, 22))
    second = minutes.save_draft(office.runtime, officer, None, later)
    screen = overview.minutes_screen(office.runtime, officer)
    assert [(r.number, r.status_label) for r in screen.rows] == [
        (second.number, "Draf"),
        (first.number, "Ditandatangani"),
    ]
    assert screen.unsigned == 1
    assert screen.rows[1].case_label == "Ralat Sertifikat"


def test_interviewers_are_the_active_officers_and_supervisors(office: Office) -> None:
    choices = minutes.interviewer_choices(office.runtime, office.actors[Role.OFFICER])
    assert [c.name for c in choices] == ["Atasan", "Petugas"]


def test_printer_cannot_write_minutes(office: Office) -> None:
    case = holder(office)
    data = minutes_input(office, case.application)
    with pytest.raises(PermissionDenied):
        minutes.save_draft(office.runtime, office.actors[Role.PRINTER], None, data)


def test_a_draft_is_not_printed(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    case = holder(office)
    draft = minutes.save_draft(
        office.runtime, officer, None, minutes_input(office, case.application)
    )
    from counterdesk.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="masih draf"):
        minutes.minutes_pdf(office.runtime, officer, draft.number)


def test_office_pattern_numbers_the_next_minutes_and_is_audited(office: Office) -> None:
    admin, officer = office.actors[Role.ADMIN], office.actors[Role.OFFICER]
    pattern = "BA-{seq:04}/SERT/{counter}/{year}"
    shown = letters.set_letter_pattern(office.runtime, admin, "ba", pattern)
    assert shown.example == f"BA-0001/SERT/L01/{office_today().year}" and not shown.default
    case = holder(office)
    draft = minutes.save_draft(
        office.runtime, officer, None, minutes_input(office, case.application)
    )
    assert draft.number == "BA-0001/SERT/L01/2026"
    with office.runtime.read() as s:
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "letter.pattern"))
        assert event is not None and event.detail["after"] == pattern
    with pytest.raises(PermissionDenied):
        letters.set_letter_pattern(office.runtime, officer, "BA", pattern)
    restored = letters.set_letter_pattern(office.runtime, admin, "BA", "")
    assert restored.default and restored.pattern.startswith("{seq:03}/BA/")


def test_minutes_open_by_number_or_id_text(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    case = holder(office)
    draft = minutes.save_draft(
        office.runtime, officer, None, minutes_input(office, case.application)
    )
    assert minutes.view(office.runtime, officer, str(draft.id)).number == draft.number
    assert minutes.view(office.runtime, officer, f" {draft.number.lower()} ").id == draft.id
    with pytest.raises(NotFound, match="tidak ditemukan"):
        minutes.view(office.runtime, officer, "999/BA/X/L01/I/2026")
