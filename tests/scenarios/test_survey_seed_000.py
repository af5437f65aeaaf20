"""Seed 000 (Sertifikasi Ahli Kepabeanan): "Kepuasan peserta sertifikasi diukur menggunakan
survei evaluasi dengan skala 4 ketika lulus dan mengambil sertifikat dengan target 80 %
peserta puas". The holder takes the certificate, is offered the survey and answers it at
the counter; paper questionnaires of the quarter are typed in; the quarter's report gives
each element's NRR, the IKM with its grade and the satisfied share against the 80 %."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from counterdesk.domain.errors import ValidationError
from counterdesk.domain.formatting import to_zone
from counterdesk.domain.roles import Role
from counterdesk.domain.states import AppStatus
from counterdesk.services import applications, issuing, surveys
from counterdesk.services.surveys import NewSurvey
from tests import pdf_tools
from tests.conftest import Office
from tests.issuing_helpers import NIK, SAK_CERTIFICATE, filed, person, verified

# the quarter's paper questionnaires: (answers, sex, education)
PAPER = [
    ((4, 4, 3, 4, 4, 4, 4, 3, 4), "L", "s1"),
    ((3, 3, 3, 4, 3, 3, 4, 3, 3), "P", "s2"),
    ((3, 2, 2, 4, 3, 3, 3, 2, 3), "L", "s1"),  # mean 2.78: not satisfied
    ((4, 3, 3, 4, 3, 4, 4, 3, 3), "", ""),
]


def _handed_over(office: Office) -> str:
    """Budi Santoso passed; his certificate is issued, printed and handed to him."""
    printer, officer = office.actors[Role.PRINTER], office.actors[Role.OFFICER]
    number = filed(office, person(office), SAK_CERTIFICATE)
    verified(office, number)
    serial = issuing.issue(office.runtime, printer, number).items[0].serial
    issuing.print_batch(office.runtime, printer, [serial], printer="PDF")
    while applications.application_detail(office.runtime, officer, number).status != (
        AppStatus.READY
    ):
        applications.advance_application(office.runtime, officer, number)
    view = issuing.hand_over(office.runtime, printer, [serial], "Budi Santoso", "NIK", NIK, False)
    assert view.application_closed
    return number


def test_the_survey_at_hand_over_and_the_quarter_report(office: Office) -> None:
    printer, officer = office.actors[Role.PRINTER], office.actors[Role.OFFICER]
    supervisor = office.actors[Role.SUPERVISOR]
    number = _handed_over(office)

    # at the hand-over the standard asks for the survey; the kiosk is linked to the file
    assert surveys.offered_at_handover(office.runtime, printer, number)
    setup = surveys.kiosk_setup(office.runtime, printer, number)
    assert setup.preset_service == SAK_CERTIFICATE and setup.application_number == number
    assert [q.code for q in setup.questions][:3] == ["persyaratan", "prosedur", "waktu"]
    surveys.add_response(
        office.runtime,
        printer,
        NewSurvey(SAK_CERTIFICATE, (4, 4, 4, 4, 4, 4, 4, 4, 3), application_number=number,
                  sex="L", age_band="30-39", education="s1", occupation="pns"),
    )  # fmt: skip
    assert not surveys.offered_at_handover(office.runtime, printer, number)  # asked once

    # a wrong paper answer is refused naming the element; the right ones are typed in
    with pytest.raises(ValidationError, match=r"Unsur 8 \(Sarana dan prasarana\): nilai 0"):
        surveys.add_response(
            office.runtime, officer, NewSurvey("sak/ujian", (4, 4, 4, 4, 4, 4, 4, 0, 4),
                                               source="kertas"),
        )  # fmt: skip
    quarter = surveys.default_period(to_zone(datetime.now(UTC), "Asia/Jakarta").date())
    for answers, sex, education in PAPER:
        surveys.add_response(
            office.runtime,
            officer,
            NewSurvey("sak/ujian", answers, sex=sex, education=education, source="kertas"),
        )

    report = surveys.survey_report(office.runtime, supervisor, *quarter, "sak")
    r = report.result
    assert r.respondents == 5 and report.linked == 1
    assert report.target_percent == 80 and "sak" in report.target_note
    # U2 prosedur: (4+4+3+2+3)/5 = 3.20; index = mean of the nine NRR, rounded half-up
    assert r.elements[1].nrr == Decimal("3.20")
    assert r.index == Decimal("3.42") and r.ikm == Decimal("85.50") and r.grade_letter == "B"
    assert r.satisfied == 4 and r.satisfied_share == Decimal("80.00") and r.meets_target
    sexes = {c.label: c.count for c in dict(report.profile)["Jenis kelamin"]}
    assert sexes == {"Laki-laki": 3, "Perempuan": 1, "Tidak diisi": 1}
    assert {c.label: c.count for c in report.sources} == {
        "Layar survei di loket": 1, "Kuesioner kertas": 4,
    }  # fmt: skip

    pdf = surveys.survey_report_pdf(office.runtime, supervisor, *quarter, "sak")
    text = pdf_tools.all_text(pdf)
    assert "85,50" in text and "B (Baik)" in text
    assert "4 dari 5 responden (80,00%); target 80% — tercapai" in text
    assert "1/9 (= 0,111)" in text and "dibulatkan ke dua desimal" in text
    assert "Dra. Sri Wahyuni" in text  # the office's signatory


def test_a_quarter_without_responses_says_what_to_do(office: Office) -> None:
    with pytest.raises(ValidationError, match=r"Belum ada jawaban survei.*Pilih periode lain"):
        surveys.survey_report(
            office.runtime,
            office.actors[Role.SUPERVISOR],
            *surveys.default_period(date(2026, 1, 5)),
        )
