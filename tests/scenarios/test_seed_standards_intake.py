"""One end-to-end intake per seed standard: the rules of each standard as a user sees them
on the receipt and in the queue."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from counterdesk.domain.roles import Role
from counterdesk.domain.states import AppStatus
from counterdesk.services import (
    applicants,
    applications,
    information,
    overview,
    payments,
    receipts,
    verification,
)
from counterdesk.services.calendar import office_calendar
from tests import pdf_tools
from tests.conftest import Office


def wib(y: int, m: int, d: int, hh: int, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh - 7, mm, tzinfo=UTC)


def _person(office: Office, nik: str = "3174051203900001", name: str = "Budi Santoso") -> object:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        return applicants.register_person(
            s, officer, applicants.PersonInput(nik=nik, name=name, phone="081234567890")
        ).applicant


def _business(office: Office) -> object:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        return applicants.register_business(
            s,
            officer,
            applicants.BusinessInput(
                nib="9120100123456",
                name="PT Mitra Kalkulasi Nusantara",
                kbli="28173",
                contact_person="Hendra Gunawan",
                phone="0264 8224794",
            ),
        ).applicant


def _file(office: Office, who: object, code: str, channel: str, now: datetime) -> tuple[str, str]:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        app = applications.file_application(
            s,
            officer,
            applications.NewApplication(who.id, code, channel),
            now=now,  # type: ignore[attr-defined]
        )
        pdf = receipts.receipt_pdf(s, app.number)
    assert [c.text for c in pdf_tools.decode(pdf)] == [app.number]
    return app.number, pdf_tools.all_text(pdf)


def test_sak_legalisation_is_received_processed_and_handed_over(office: Office) -> None:
    number, text = _file(office, _person(office), "sak/legalisasi", "email", wib(2026, 11, 16, 9))
    assert "Legalisasi sertifikat" in text and "tidak ditetapkan" in text
    officer, supervisor = office.actors[Role.OFFICER], office.actors[Role.SUPERVISOR]
    with office.runtime.unit(officer) as s:  # "dicek minimal dua lapis"
        verification.mark_complete(
            s,
            officer,
            number,
            [
                verification.ItemCheck(i.requirement_code, True)
                for i in applications.detail(s, number).checklist
            ],
        )
    with office.runtime.unit(supervisor) as s:
        verification.sign_off(s, supervisor, number, approve=True)
    with office.runtime.unit(officer) as s:
        for _ in range(3):  # pengajuan -> pemeriksaan pelaksana -> penandatanganan -> siap
            applications.advance(s, officer, number)
        applications.hand_over(s, officer, number)
        labels = [t.label for t in applications.detail(s, number).timeline]
    assert labels[0] == "Permohonan diterima" and labels[-1] == "Produk diserahkan"


def test_balai_product_type5_pauses_for_payment(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    number, text = _file(
        office,
        _business(office),
        "balai-sertifikasi/produk-tipe-5",
        "website",
        wib(2026, 10, 1, 10),
    )
    assert "NIB" in text and "9120100123456" in text and "41 hari kerja" in text
    officer = office.actors[Role.OFFICER]
    monkeypatch.setattr(applications, "utcnow", lambda: wib(2026, 10, 2, 10))
    with office.runtime.unit(officer) as s:
        app = applications.get_by_number(s, number)
        applications.start_clock(s, officer, app, date(2026, 10, 1))
        applications.advance(s, officer, number)  # permohonan -> penanganan permohonan
        applications.advance(s, officer, number)  # -> pembayaran (clock stops)
        due_before = app.due_on
        assert app.status == AppStatus.PAUSED.value
    monkeypatch.setattr(applications, "utcnow", lambda: wib(2026, 10, 16, 10))
    monkeypatch.setattr(payments, "utcnow", lambda: wib(2026, 10, 16, 10))
    with office.runtime.unit(officer) as s:
        payments.bill_in(s, officer, number, 2_500_000, "820261002000881")
        payments.record_paid_in(s, officer, number, "8A81C0FFEE000881")  # the clock runs again
        app = applications.advance(s, officer, number)  # paid: -> pelaksanaan
        assert app.paused_working_days == 10
        assert due_before is not None and app.due_on is not None
        assert office_calendar(s).working_days_between(due_before, app.due_on) == 10


def test_pns_certification_lists_the_twelve_documents(office: Office) -> None:
    number, text = _file(
        office,
        _person(office),
        "sertifikasi-pns/sertifikasi-profesi",
        "datang_langsung",
        wib(2026, 11, 20, 9),
    )
    assert "14–30 hari kerja" in text
    assert "Dihitung sejak berkas lengkap dan benar" in text
    for document in ("SK Pangkat", "SK Jabatan", "Sasaran Kinerja Pegawai", "Sekretaris Daerah"):
        assert document in text
    with office.runtime.unit() as s:
        row = overview.application_queue(s, office_calendar(s), date(2026, 11, 20))[0]
    assert row.number == number and row.deadline.text == "Dihitung sejak berkas lengkap"


def test_customs_information_request_near_closing_counts_from_next_day(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        app = information.log_request(
            s,
            officer,
            information.InformationRequest(
                question="Tata cara pengajuan fasilitas kawasan berikat",
                channel="media_sosial",
                name="Siti Nurhaliza",
                phone="081311112222",
                received_at=wib(2026, 11, 19, 14, 30),
            ),
        )
        # Thursday 14.30, within 2 hours of 16.00: day 0 is Friday, due Tuesday
        assert app.due_on == date(2026, 11, 24)
        information.answer(s, officer, app.number, "Silakan ajukan melalui portal CEISA.")
        assert app.status == AppStatus.DONE.value


def test_sertifikat_standar_kbli_28173_general_and_special_requirements(office: Office) -> None:
    number, text = _file(
        office,
        _business(office),
        "sertifikat-standar-kbli-28173/sertifikat-standar",
        "datang_langsung",
        wib(2026, 11, 20, 9),
    )
    assert "7 hari kerja" in text and "Tidak dipungut biaya" in text
    with office.runtime.unit() as s:
        checklist = applications.detail(s, number).checklist
    assert len(checklist) == 9
    assert "Sistem Informasi Industri Nasional" in " ".join(i.label for i in checklist)
