"""services/surveys: a response is refused naming the element at fault, linked to at most
one application, and counted in the period of the office's own calendar day; the report
judges the satisfied share against the standard's target."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from decimal import Decimal
from io import BytesIO

import pytest
from sqlalchemy import select

from counterdesk.domain.errors import ConflictError, NotFound, ValidationError
from counterdesk.domain.roles import Role
from counterdesk.services import surveys
from counterdesk.services.surveys import NewSurvey
from counterdesk.store.models import AuditEvent, SurveyResponse
from tests import pdf_tools
from tests.conftest import Office
from tests.issuing_helpers import BALAI_PERSON, SAK_CERTIFICATE, filed, person

GOOD = (4, 3, 4, 4, 3, 4, 4, 3, 4)
Q4 = (date(2026, 10, 1), date(2026, 12, 31))


def _add(office: Office, answers: tuple[int, ...] = GOOD, **kw: object) -> object:
    values: dict[str, object] = {"service_code": SAK_CERTIFICATE, "answers": answers}
    values.update(kw)
    return surveys.add_response(
        office.runtime,
        office.actors[Role.OFFICER],
        NewSurvey(**values),  # type: ignore[arg-type]
    )


def _at(day: int, month: int = 11, hour: int = 3) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


def _report(office: Office, service: str | None = None) -> surveys.SurveyReport:
    supervisor = office.actors[Role.SUPERVISOR]
    return surveys.survey_report(office.runtime, supervisor, *Q4, service, date(2026, 12, 31))


@pytest.mark.parametrize(
    ("answers", "words"),
    [
        ((4, 3, 5, 4, 3, 4, 4, 3, 4), "Unsur 3 (Waktu penyelesaian): nilai 5 di luar 1–4"),
        ((0, 3, 4, 4, 3, 4, 4, 3, 4), "Unsur 1 (Persyaratan): nilai 0"),
        ((4, 3, 4, 4, 3, 4, 4, 3), "Unsur 9 (Penanganan pengaduan, saran dan masukan): belum"),
        ((4,) * 10, "Terlalu banyak jawaban: 10"),
    ],
)
def test_a_wrong_answer_is_refused_naming_the_element(
    office: Office, answers: tuple[int, ...], words: str
) -> None:
    with pytest.raises(ValidationError, match=re.escape(words)):
        _add(office, answers)
    with office.runtime.read() as s:
        assert s.scalar(select(SurveyResponse.id)) is None


def test_an_unknown_profile_code_or_service_is_refused_with_the_choices(office: Office) -> None:
    with pytest.raises(ValidationError, match=r"Usia \(tahun\) '35' tidak dikenal.*30-39"):
        _add(office, age_band="35")
    with pytest.raises(NotFound, match="tidak ada di katalog"):
        _add(office, service_code="sak/tidak-ada")


def test_one_response_per_application_and_it_must_be_that_service(office: Office) -> None:
    number = filed(office, person(office), SAK_CERTIFICATE)
    response_id = _add(office, service_code="", application_number=number.lower(), sex="P")
    with office.runtime.read() as s:
        row = s.get(SurveyResponse, response_id)
        assert row is not None and row.service_code == SAK_CERTIFICATE and row.sex == "P"
        assert row.standard_code == "sak" and row.application_id is not None
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "survey.added")).one()
        assert event.entity_id == str(response_id) and "P" not in str(event.detail.values())
    with pytest.raises(ConflictError, match=f"Survei untuk permohonan {number} sudah diisi"):
        _add(office, application_number=number)
    with pytest.raises(ValidationError, match="untuk layanan sak/sertifikat, bukan"):
        _add(office, service_code=BALAI_PERSON, application_number=number)


def test_the_report_counts_the_office_day_and_judges_the_target(office: Office) -> None:
    _add(office, (4,) * 9, submitted_at=_at(30, 9, 17))  # 1 Oct 00:00 WIB: in Q4
    _add(office, (3,) * 9, submitted_at=_at(2), comment="Ruang tunggu sempit.")
    _add(office, (2, 2, 2, 3, 3, 3, 2, 2, 2), submitted_at=_at(3))  # mean 2.33: not satisfied
    _add(office, (1,) * 9, submitted_at=_at(30, 9, 15))  # 30 Sep 22:00 WIB: Q3
    _add(office, (4,) * 9, submitted_at=_at(31, 12, 17))  # 1 Jan 00:00 WIB: next year
    report = _report(office)
    r = report.result
    assert r.respondents == 3 and r.satisfied == 2
    assert [e.nrr for e in r.elements][:4] == [Decimal("3.00")] * 3 + [Decimal("3.33")]
    assert r.index == Decimal("3.11") and r.ikm == Decimal("77.75") and r.grade_letter == "B"
    assert r.satisfied_share == Decimal("66.67") and not r.meets_target
    assert report.target_percent == 80 and "sak" in report.target_note
    assert report.comments == ("Ruang tunggu sempit.",)
    assert report.method_text.startswith("Metode: PermenPANRB Nomor 14 Tahun 2017")
    kertas = {c.label: c.count for c in report.sources}
    assert kertas == {"Layar survei di loket": 3, "Kuesioner kertas": 0}
    assert dict(report.profile)["Jenis kelamin"][-1].count == 3  # "Tidak diisi"


def test_a_report_for_one_standard_or_service_and_the_default_target(office: Office) -> None:
    _add(office, submitted_at=_at(2))
    _add(office, (2,) * 9, service_code=BALAI_PERSON, submitted_at=_at(2))
    both = _report(office)
    assert both.service_label == "Semua layanan" and len(both.services) == 2
    assert _report(office, "sak").result.respondents == 1
    balai = _report(office, BALAI_PERSON)
    assert balai.result.grade_letter == "D" and balai.target_percent == 80
    assert "tidak menetapkan target" in balai.target_note
    with pytest.raises(ValidationError, match="Belum ada jawaban survei"):
        _report(office, "sak/ujian")


@pytest.mark.parametrize(
    ("today", "quarter"),
    [
        (date(2026, 1, 1), (date(2026, 1, 1), date(2026, 3, 31))),
        (date(2026, 5, 17), (date(2026, 4, 1), date(2026, 6, 30))),
        (date(2026, 9, 30), (date(2026, 7, 1), date(2026, 9, 30))),
        (date(2026, 12, 31), (date(2026, 10, 1), date(2026, 12, 31))),
    ],
)
def test_the_default_period_is_the_quarter(today: date, quarter: tuple[date, date]) -> None:
    assert surveys.default_period(today) == quarter


def test_the_hand_over_offer_follows_the_standard_and_the_kiosk_setup(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    sak = filed(office, person(office), SAK_CERTIFICATE)
    balai = filed(office, person(office, "3174051203900002", "Ani"), BALAI_PERSON)
    assert surveys.offered_at_handover(office.runtime, officer, sak)
    assert not surveys.offered_at_handover(office.runtime, officer, balai)  # no such trigger
    setup = surveys.kiosk_setup(office.runtime, officer, sak)
    assert setup.preset_service == SAK_CERTIFICATE and setup.application_number == sak
    assert len(setup.questions) == 9 and setup.idle_seconds == 60
    names = dict(setup.services)
    assert names[SAK_CERTIFICATE] == "Sertifikat — Sertifikasi Ahli Kepabeanan"
    _add(office, application_number=sak)
    assert not surveys.offered_at_handover(office.runtime, officer, sak)
    assert surveys.kiosk_setup(office.runtime, officer, sak).application_number == ""


def test_pdf_and_xlsx_of_the_period(office: Office) -> None:
    for answers in ((4,) * 9, (3,) * 9, (4, 4, 4, 4, 3, 3, 3, 3, 3)):
        _add(office, answers, submitted_at=_at(5), sex="L", occupation="pns")
    supervisor = office.actors[Role.SUPERVISOR]
    pdf = surveys.survey_report_pdf(office.runtime, supervisor, *Q4, "sak", date(2026, 12, 31))
    text = pdf_tools.all_text(pdf)
    for words in (
        "LAPORAN SURVEI KEPUASAN MASYARAKAT",
        "Periode 1 Oktober 2026 s.d. 31 Desember 2026",
        "87,00",  # IKM: index 3,48 x 25
        "B (Baik)",
        "3 dari 3 responden (100,00%); target 80% — tercapai",
        "1/9 (= 0,111)",
        "Laki-laki: 3 (100,00%)",
        "31 Desember 2026",
    ):
        assert words in text, words
    from openpyxl import load_workbook

    xlsx = surveys.survey_report_xlsx(office.runtime, supervisor, *Q4, "sak")
    book = load_workbook(BytesIO(xlsx))
    assert book.sheetnames == ["IKM", "Profil responden", "Saran"]
    sheet = book["IKM"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    ikm_row = next(row for row in rows if row[1] == "IKM (nilai indeks x 25)")
    assert ikm_row[3] == 87 and ikm_row[4] == "B"
    assert any("1/9" in str(row[0]) for row in rows)
