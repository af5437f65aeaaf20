"""The two-layer check end to end, for the 12-document civil-servant certification
(seed 002) and the Sertifikat Standar KBLI 28173 (seed 004)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from counterdesk.domain.roles import Role
from counterdesk.domain.states import AppStatus
from counterdesk.services import (
    applicants,
    applications,
    receipts,
    verification,
    verification_documents,
)
from counterdesk.services.verification import ItemCheck
from tests import pdf_tools
from tests.conftest import Office


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 2, 0, tzinfo=UTC)  # 09.00 WIB


def _checks(office: Office, number: str, missing: set[str] = frozenset()) -> list[ItemCheck]:
    with office.runtime.read() as s:
        return [
            ItemCheck(
                i.requirement_code,
                i.requirement_code not in missing,
                note="Belum membawa aslinya" if i.requirement_code in missing else "",
            )
            for i in applications.detail(s, number).checklist
        ]


def test_pns_certification_incomplete_then_complete_then_signed(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    officer, supervisor = office.actors[Role.OFFICER], office.actors[Role.SUPERVISOR]
    with office.runtime.unit(officer) as s:
        person = applicants.register_person(
            s,
            officer,
            applicants.PersonInput(
                nik="3214014512850002",
                name="Siti Budiarti",
                address="Jl. Veteran 1, Purwakarta",
                nip="198512052010012003",
            ),
        ).applicant
        number = applications.file_application(
            s,
            officer,
            applications.NewApplication(
                person.id, "sertifikasi-pns/sertifikasi-profesi", "datang_langsung"
            ),
            now=_at(date(2026, 11, 9)),
        ).number

    # Monday 9 Nov: two of the twelve documents are missing -> notice, no clock
    monkeypatch.setattr(verification, "utcnow", lambda: _at(date(2026, 11, 9)))
    checks = _checks(office, number, {"skp", "rekomendasi-sekda"})  # read before the unit
    with office.runtime.unit(officer) as s:
        verification.mark_incomplete(s, officer, number, checks)
        notice = verification_documents.deficiency_notice_pdf(s, number)
    text = pdf_tools.all_text(notice)
    assert "Sasaran Kinerja Pegawai" in text and "Sekretaris Daerah" in text
    assert "Siti Budiarti" in text and "10 dari 12" in text
    assert [c.text for c in pdf_tools.decode(notice)] == [number]

    # Thursday 12 Nov she comes back with everything: day 0, due 30 working days later
    monkeypatch.setattr(verification, "utcnow", lambda: _at(date(2026, 11, 12)))
    checks = _checks(office, number)
    with office.runtime.unit(officer) as s:
        app = verification.mark_complete(s, officer, number, checks)
        assert app.complete_on == date(2026, 11, 12)
        assert app.due_on == date(2026, 12, 28)  # skips 24-25 Dec (cuti bersama + Natal)
        reprint = pdf_tools.all_text(receipts.receipt_pdf(s, number))
    assert "28 Desember 2026" in reprint  # the reprinted receipt carries the due date

    # the supervisor signs off; the sheet shows both layers
    with office.runtime.unit(supervisor) as s:
        verification.sign_off(s, supervisor, number, approve=True)
        sheet = verification_documents.verification_sheet_pdf(s, number)
        assert applications.get_by_number(s, number).status == AppStatus.IN_PROCESS.value
    text = pdf_tools.all_text(sheet)
    assert "Petugas" in text and "Atasan" in text and "LENGKAP DAN BENAR" in text
    assert [c.text for c in pdf_tools.decode(sheet)] == [number]


def test_sertifikat_standar_special_requirements_checked_by_two_layers(office: Office) -> None:
    officer, supervisor = office.actors[Role.OFFICER], office.actors[Role.SUPERVISOR]
    with office.runtime.unit(officer) as s:
        firm = applicants.register_business(
            s,
            officer,
            applicants.BusinessInput(
                nib="9120100123456", name="CV Sinar Mesin Kantor", kbli="28173"
            ),
        ).applicant
        number = applications.file_application(
            s,
            officer,
            applications.NewApplication(
                firm.id, "sertifikat-standar-kbli-28173/sertifikat-standar", "datang_langsung"
            ),
        ).number
    checks = _checks(office, number)
    with office.runtime.unit(officer) as s:
        verification.mark_complete(s, officer, number, checks)
    with office.runtime.unit(supervisor) as s:
        sheet = pdf_tools.all_text(verification_documents.verification_sheet_pdf(s, number))
        assert "Menunggu persetujuan" in sheet
        verification.sign_off(s, supervisor, number, approve=True)
        due = applications.get_by_number(s, number).due_on
    assert due is not None
