"""Surat jawaban pengaduan (issue 10, point 3): the letter as the complainant reads it, and
the service that numbers it once (PGD), keeps number and date on a reprint, and refuses
in words the officer can act on (no response yet, no identity, hidden from an officer)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from sqlalchemy import select

from counterdesk.documents.complaint_reply import NO_OUTCOME, ReplyLetter, render_reply_letter
from counterdesk.documents.paper import F4
from counterdesk.documents.signers import Signer
from counterdesk.domain.errors import ValidationError
from counterdesk.domain.roles import Role
from counterdesk.services import complaint_letters, complaints
from counterdesk.store.models import AuditEvent, Complaint
from tests import pdf_tools
from tests.conftest import Office
from tests.unit.documents.samples import letterhead

LETTER = ReplyLetter(
    letterhead=letterhead(),
    number="001/PGD/BPS/L01/XI/2026",
    city="Jakarta",
    day=dt.date(2026, 11, 26),
    recipient_name="Budi Santoso",
    recipient_address_lines=("Jl. Melati No. 5", "Bekasi 17111"),
    complaint_number="ADU-L01-26-0000017",
    received_on=dt.date(2026, 11, 12),
    subject="Antrean loket terlalu lama",
    response="Mulai 1 Desember 2026 loket kedua dibuka pada jam sibuk.",
    outcome="Loket tambahan telah dibuka; waktu tunggu turun menjadi 15 menit.",
    signer=Signer("Dra. Sri Wahyuni", "197001011995032001", "Kepala Bidang Sertifikasi"),
)


def test_the_letter_says_what_it_answers_and_who_signs() -> None:
    pdf = render_reply_letter(LETTER)
    assert pdf_tools.pages(pdf) == 1
    assert pdf_tools.page_size_mm(pdf) == (210.0, 297.0)
    text = pdf_tools.text(pdf)
    assert "Jakarta, 26 November 2026" in text
    assert "Nomor : 001/PGD/BPS/L01/XI/2026" in text
    assert "Perihal : Jawaban atas pengaduan Nomor ADU-L01-26-0000017" in text
    assert "Yth. Budi Santoso Jl. Melati No. 5 Bekasi 17111 di tempat" in text
    assert "kami terima pada tanggal 12 November 2026 mengenai Antrean loket terlalu lama" in text
    assert "loket kedua dibuka pada jam sibuk" in text
    assert "Hasil penanganan pengaduan Saudara: Loket tambahan telah dibuka" in text
    assert "Kepala Bidang Sertifikasi, Dra. Sri Wahyuni NIP 19700101 199503 2 001" in text
    # the date sits at the top right, above the number
    date_x, date_y = pdf_tools.text_box(pdf, "Jakarta, 26")
    number_x, number_y = pdf_tools.text_box(pdf, "Nomor")
    assert date_x > number_x + 100 and date_y > number_y


def test_a_letter_before_the_outcome_says_the_handling_goes_on_and_prints_on_f4() -> None:
    pdf = render_reply_letter(dataclasses.replace(LETTER, outcome=""), F4)
    assert pdf_tools.page_size_mm(pdf) == (215.0, 330.0)
    assert NO_OUTCOME in pdf_tools.text(pdf)
    with pytest.raises(ValueError, match="response"):
        render_reply_letter(dataclasses.replace(LETTER, response=" "))


# --- the service -----------------------------------------------------------------------------


def _complaint(
    office: Office, *, name: str = "Budi Santoso", answer: bool = True, **flags: bool
) -> Complaint:
    officer = office.actors[Role.OFFICER]
    data = complaints.NewComplaint(
        channel="email",
        received_at=dt.datetime(2026, 11, 12, 2, tzinfo=dt.UTC),
        matter="Antrean loket terlalu lama",
        name=name,
        phone="081234567890",
        email="budi@example.com",
        **flags,
    )
    with office.runtime.unit(officer) as s:
        c = complaints.log(s, officer, data)
        if answer:
            complaints.log_step(s, officer, c, "tanggapan", "Loket kedua dibuka jam sibuk.")
        s.expunge(c)
        return c


def _print(office: Office, c: Complaint, role: Role = Role.OFFICER) -> tuple[str, bytes]:
    return complaint_letters.reply_letter_pdf(office.runtime, office.actors[role], c.id)


def test_the_first_print_takes_a_pgd_number_and_a_reprint_keeps_number_and_date(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = _complaint(office)
    number, pdf = _print(office, c)
    assert re.fullmatch(r"001/PGD/\w+/L01/[IVX]+/\d{4}", number)
    text = pdf_tools.text(pdf)
    assert f"Jawaban atas pengaduan Nomor {c.number}" in text
    assert "Yth. Budi Santoso Telepon" in text and "Pos-el budi@example.com" in text
    assert "Dra. Sri Wahyuni" in text and "Loket kedua dibuka jam sibuk." in text
    first_day = re.search(r"Jakarta Timur, (\d+ \w+ \d{4}) Nomor", text)
    assert first_day is not None  # the city from the office's address, then the date
    # a week later the reprint still carries the first letter's number and date
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=7)
    monkeypatch.setattr(complaint_letters, "utcnow", lambda: later)
    again, pdf2 = _print(office, c)
    assert again == number
    assert first_day.group(1) in pdf_tools.text(pdf2)
    with office.runtime.read() as s:
        stored = s.get(Complaint, c.id)
        assert stored is not None and stored.reply_letter_number == number
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "complaint.reply_letter"))
        assert [e.detail["reprint"] for e in events] == [False, True]
    # a second complaint's letter takes the next number
    other, _ = _print(office, _complaint(office, name="Sari"))
    assert other.startswith("002/PGD/")


def test_no_letter_before_the_response(office: Office) -> None:
    c = _complaint(office, answer=False)
    with pytest.raises(ValidationError, match="Tanggapan kepada pelapor"):
        _print(office, c)
    with office.runtime.read() as s:
        stored = s.get(Complaint, c.id)
        assert stored is not None and stored.reply_letter_number is None  # no number used


def test_no_letter_to_a_complainant_without_identity(office: Office) -> None:
    c = _complaint(office, name="")
    with pytest.raises(ValidationError, match="tanpa identitas"):
        _print(office, c, Role.SUPERVISOR)


def test_an_anonymous_or_confidential_complaint_is_answered_by_a_supervisor(
    office: Office,
) -> None:
    anonymous = _complaint(office, anonymous=True)
    with pytest.raises(ValidationError, match=r"anonim.*minta atasan"):
        _print(office, anonymous)
    confidential = _complaint(office, confidential=True)
    with pytest.raises(ValidationError, match=r"rahasia.*minta atasan"):
        _print(office, confidential)
    number, pdf = _print(office, anonymous, Role.SUPERVISOR)
    assert "Yth. Budi Santoso" in pdf_tools.text(pdf)
    assert number.startswith("001/PGD/")
