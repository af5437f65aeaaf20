"""Legalisation stamp labels: what each copy says, and that a scanner reads every number."""

from __future__ import annotations

import dataclasses

import pytest

from counterdesk.documents.legalisation_label import (
    LegalisationStamp,
    render_legalisation_labels,
)
from counterdesk.documents.paper import A4, A5, F4, Calibration, Paper, mm
from tests import pdf_tools
from tests.unit.documents import samples
from tests.unit.documents.samples import CERTIFICATE_SERIAL, LEGALISATION_NUMBERS

SIGNATORY = (
    "Jakarta, 23 Desember 2026 Kepala Bidang Penyelenggaraan Sertifikasi, "
    "Drs. Bambang Sutrisno, M.Si. NIP 19720315 199803 1 004"
)


def label_text(number: str, index: int, copies: int) -> str:
    return (
        "Telah dilegalisasi sesuai dengan aslinya PUSDIKLAT BEA DAN CUKAI "
        f"Nomor: {number} Salinan ke-{index} dari {copies} "
        f"Sertifikat nomor: {CERTIFICATE_SERIAL} Atas nama: Andi Sé Wijayakusuma "
        f"{SIGNATORY}"
    )


def test_each_copy_has_its_own_label() -> None:
    pdf = render_legalisation_labels(samples.legalisation_stamps(3))
    assert pdf_tools.pages(pdf) == 1
    text = pdf_tools.text(pdf)
    assert text.startswith("Gunting pada garis putus-putus")
    for i, number in enumerate(LEGALISATION_NUMBERS, start=1):
        assert label_text(number, i, 3) in text
    assert "3171011205900001" not in text  # no NIK on copies that leave the office


def test_every_code_128_decodes_to_its_legalisation_number() -> None:
    pdf = render_legalisation_labels(samples.legalisation_stamps(3))
    found = pdf_tools.decode(pdf)
    assert {d.format for d in found} == {"Code 128"}
    assert sorted(d.text for d in found) == list(LEGALISATION_NUMBERS)


@pytest.mark.parametrize(
    ("paper", "per_page", "size"), [(A4, 8, (210.0, 297.0)), (F4, 10, (215.0, 330.0))]
)
def test_several_labels_per_sheet_and_more_sheets_when_needed(
    paper: Paper, per_page: int, size: tuple[float, float]
) -> None:
    stamps = samples.legalisation_stamps(per_page + 2)
    pdf = render_legalisation_labels(stamps, paper)
    assert pdf_tools.pages(pdf) == 2
    assert pdf_tools.page_size_mm(pdf, 0) == size
    decoded = [sorted(d.text for d in pdf_tools.decode(pdf, page)) for page in (0, 1)]
    assert decoded == [
        sorted(s.number for s in stamps[:per_page]),
        sorted(s.number for s in stamps[per_page:]),
    ]
    second = pdf_tools.text(pdf, 1)
    assert "Halaman 2 dari 2." in second
    assert f"Salinan ke-{per_page + 2} dari {per_page + 2}" in second


def test_a_long_number_widens_the_label_but_still_scans() -> None:
    numbers = ["0001/LEG/PSBC/L01/XII/2026", "0002/LEG/PSBC/L01/XII/2026"]
    stamp = samples.legalisation_stamps(1)[0]
    stamps = [
        dataclasses.replace(stamp, number=n, copy_index=i, copies=2)
        for i, n in enumerate(numbers, start=1)
    ]
    pdf = render_legalisation_labels(stamps)
    assert sorted(d.text for d in pdf_tools.decode(pdf)) == numbers
    first_x, first_y = pdf_tools.text_box(pdf, "Nomor: 0001")
    second_x, second_y = pdf_tools.text_box(pdf, "Nomor: 0002")
    assert first_x == second_x  # too wide for two columns: one label under the other
    assert first_y > second_y


def test_labels_are_about_90_by_60_mm() -> None:
    pdf = render_legalisation_labels(samples.legalisation_stamps(3))
    left_x, top_y = pdf_tools.text_box(pdf, "Nomor: 014")
    right_x, _ = pdf_tools.text_box(pdf, "Nomor: 015")
    _, lower_y = pdf_tools.text_box(pdf, "Nomor: 016")
    assert 88 <= (right_x - left_x) / mm <= 96  # one label's width apart
    assert (top_y - lower_y) / mm == pytest.approx(60, abs=0.5)  # one label's height


def test_bad_stamps_are_refused() -> None:
    stamp = samples.legalisation_stamps(1)[0]
    with pytest.raises(ValueError, match="no legalisation"):
        render_legalisation_labels([])
    with pytest.raises(ValueError, match="copy index"):
        render_legalisation_labels([dataclasses.replace(stamp, copy_index=2)])
    with pytest.raises(ValueError, match="A4 or F4"):
        render_legalisation_labels([stamp], A5)


def test_fonts_embedded_and_same_bytes() -> None:
    stamps: tuple[LegalisationStamp, ...] = samples.legalisation_stamps(3)
    pdf = render_legalisation_labels(stamps)
    fonts = pdf_tools.base_fonts(pdf)
    assert fonts and all(name.startswith("DejaVuSans") for name in fonts)
    assert pdf.count(b"/FontFile2") == len(fonts)
    assert render_legalisation_labels(stamps) == pdf


def test_calibration_moves_every_label_and_its_barcode() -> None:
    stamps = samples.legalisation_stamps(1)
    plain = render_legalisation_labels(stamps)
    moved = render_legalisation_labels(stamps, calibration=Calibration(dx_mm=3, dy_mm=2))
    x0, y0 = pdf_tools.text_box(plain, "Nomor: 014")
    x1, y1 = pdf_tools.text_box(moved, "Nomor: 014")
    assert (x1 - x0) / mm == pytest.approx(3, abs=0.01)
    assert (y0 - y1) / mm == pytest.approx(2, abs=0.01)
    assert [d.text for d in pdf_tools.decode(moved)] == [LEGALISATION_NUMBERS[0]]


def test_a_kop_style_office_name_prints_the_office_itself() -> None:
    stamp = dataclasses.replace(
        samples.legalisation_stamps(1)[0],
        office_name="Kementerian Keuangan Republik Indonesia\nPusdiklat Bea dan Cukai",
    )
    text = pdf_tools.text(render_legalisation_labels([stamp]))
    assert "aslinya PUSDIKLAT BEA DAN CUKAI Nomor:" in text
    assert "KEMENTERIAN" not in text
