"""The period report of the satisfaction survey on paper: the summary, the nine NRR, the
method, the profile and the comments; many comments do not run on for pages."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from counterdesk.documents.letterhead import Letterhead
from counterdesk.documents.signers import Signer
from counterdesk.documents.survey_report import (
    MAX_COMMENTS,
    SurveyReportData,
    render_survey_report,
    satisfied_text,
)
from counterdesk.domain import ikm
from counterdesk.services.surveys import ProfileCount, SurveyReport
from tests import pdf_tools


def _report(comments: int = 2, target: int = 80) -> SurveyReport:
    answers = [(4,) * 9] * 3 + [(2,) * 9]
    return SurveyReport(
        start=date(2026, 10, 1),
        end=date(2026, 12, 31),
        made_on=date(2027, 1, 4),
        office_name="Pusdiklat Bea dan Cukai",
        service_label="Sertifikasi Ahli Kepabeanan — Sertifikat",
        result=ikm.compute_survey(answers, target),
        target_percent=target,
        target_note="target standar pelayanan (sak)",
        method_text=ikm.METHOD_TEXT,
        profile=(
            (
                "Jenis kelamin",
                (
                    ProfileCount("Laki-laki", 3),
                    ProfileCount("Perempuan", 0),
                    ProfileCount("Tidak diisi", 1),
                ),
            ),
        ),
        sources=(ProfileCount("Layar survei di loket", 3), ProfileCount("Kuesioner kertas", 1)),
        linked=2,
        services=(),
        comments=tuple(f"Saran nomor {i}." for i in range(1, comments + 1)),
    )


def _data(report: SurveyReport) -> SurveyReportData:
    return SurveyReportData(
        letterhead=Letterhead("Pusdiklat Bea dan Cukai", "Bidang Sertifikasi"),
        report=report,
        city="Jakarta",
        signer=Signer("Dra. Sri Wahyuni", "197001011995032001", "Kepala Bidang"),
    )


def test_the_numbers_the_method_and_the_signature() -> None:
    report = _report()
    pdf = render_survey_report(_data(report))
    text = pdf_tools.all_text(pdf)
    # 3 x all 4 and 1 x all 2: NRR 3.50, index 3.50, IKM 87.50, B; 3 of 4 satisfied
    for words in (
        "LAPORAN SURVEI KEPUASAN MASYARAKAT",
        "Periode 1 Oktober 2026 s.d. 31 Desember 2026",
        "87,50",
        "B (Baik)",
        "3 dari 4 responden (75,00%); target 80% — belum tercapai",
        "0,3889",  # NRR tertimbang 3.50 x 1/9
        "Sembilan unsur dinilai dengan skala 1-4",
        "layar survei di loket 3, kuesioner kertas 1; 2 di antaranya terkait",
        "Laki-laki: 3 (75,00%); Tidak diisi: 1 (25,00%)",
        "Saran nomor 2.",
        "Jakarta, 4 Januari 2027",
        "Dra. Sri Wahyuni",
        "NIP 19700101 199503 2 001",
    ):
        assert words in text, words
    assert "Perempuan:" not in text  # groups nobody chose are left out on paper
    assert pdf_tools.page_size_mm(pdf) == (210, 297)
    fonts = pdf_tools.base_fonts(pdf)
    assert fonts and all(name.startswith("DejaVuSans") for name in fonts)
    assert render_survey_report(_data(report)) == pdf  # same data, same bytes


def test_many_comments_are_cut_with_a_pointer_to_the_workbook() -> None:
    text = pdf_tools.all_text(render_survey_report(_data(_report(comments=MAX_COMMENTS + 7))))
    assert f"Saran nomor {MAX_COMMENTS}." in text and f"Saran nomor {MAX_COMMENTS + 1}." not in text
    assert "… dan 7 lainnya (lihat berkas XLSX)" in text


def test_the_target_reached() -> None:
    report = _report(target=75)
    assert satisfied_text(report) == "3 dari 4 responden (75,00%); target 75% — tercapai"
    assert report.result.satisfied_share == Decimal("75.00")
