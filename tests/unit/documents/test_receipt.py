"""The tanda terima as the applicant and the officer see it, and as a scanner reads it."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from counterdesk.documents.paper import A5, F4, Calibration, mm
from counterdesk.documents.people import Applicant
from counterdesk.documents.receipt import ReceiptData, render_receipt, render_receipts
from counterdesk.domain.numbers import RECEIPT, format_number
from tests import pdf_tools
from tests.unit.documents.samples import RECEIPT_NUMBER, documents


def test_shows_what_the_applicant_checks(receipt: ReceiptData) -> None:
    text = pdf_tools.text(render_receipt(receipt))
    assert "TANDA TERIMA BERKAS PERMOHONAN" in text
    assert RECEIPT_NUMBER in text
    assert "Andi Sé Wijayakusuma" in text
    assert "3171011205900001" in text
    assert "Legalisasi sertifikat Ahli Kepabeanan" in text
    assert "Standar Pelayanan Sertifikasi Ahli Kepabeanan 2021" in text
    assert "Kamis, 19 November 2026" in text
    assert "14.05 WIB" in text
    assert "Selesai paling lambat Senin, 30 November 2026" in text
    assert "7 hari kerja" in text
    assert "Tidak dipungut biaya" in text
    assert "Pas foto 3×4 berwarna Belum ada menyusul" in text
    assert "Diterima 4 dari 5 dokumen." in text
    assert "Rina Marlina, S.E." in text
    assert "NIP 19900101 201503 2 002" in text
    assert "Jakarta, 19 November 2026" in text
    assert "SP4N-LAPOR!" in text


def test_letterhead_is_on_the_page(receipt: ReceiptData) -> None:
    text = pdf_tools.text(render_receipt(receipt))
    assert "KEMENTERIAN KEUANGAN REPUBLIK INDONESIA PUSDIKLAT BEA DAN CUKAI" in text
    assert "Telepon (021) 8709610" in text
    assert "sertifikasi@kemenkeu.go.id" in text


def test_without_a_promised_date_it_says_when_the_clock_starts(receipt: ReceiptData) -> None:
    pdf = render_receipt(dataclasses.replace(receipt, promised_on=None))
    text = pdf_tools.text(pdf)
    assert "Selesai paling lambat Dihitung sejak berkas lengkap dan benar" in text
    assert "30 November 2026" not in text


def test_time_is_shown_in_the_office_zone(receipt: ReceiptData) -> None:
    pdf = render_receipt(dataclasses.replace(receipt, tz_name="Asia/Makassar"))
    assert "15.05 WITA" in pdf_tools.text(pdf)
    # 22.30 WIB on the 19th is already 00.30 on the 20th in Jayapura
    late = dt.datetime(2026, 11, 19, 15, 30, tzinfo=dt.UTC)
    pdf = render_receipt(dataclasses.replace(receipt, received_at=late, tz_name="WIT"))
    assert "Jumat, 20 November 2026" in pdf_tools.text(pdf)
    assert "00.30 WIT" in pdf_tools.text(pdf)


def test_barcode_scans_to_exactly_the_number(receipt: ReceiptData) -> None:
    found = pdf_tools.decode(render_receipt(receipt))
    assert [(d.text, d.format) for d in found] == [(RECEIPT_NUMBER, "Code 128")]


def test_barcode_sits_at_the_top_right(receipt: ReceiptData) -> None:
    pdf = render_receipt(receipt)
    (code,) = pdf_tools.decode(pdf)
    page = pdf_tools.image(pdf)
    assert code.left_px > page.width / 2
    assert code.top_px < page.height / 3


def test_text_the_applicant_typed_is_printed_literally(receipt: ReceiptData) -> None:
    odd = Applicant("PT Maju & Jaya <Tbk>", "NIB", "9120001234567", "")
    text = pdf_tools.text(render_receipt(dataclasses.replace(receipt, applicant=odd)))
    assert "PT Maju & Jaya <Tbk>" in text
    assert "NIB 9120001234567" in text


def test_twelve_documents_still_fit_on_one_sheet(receipt: ReceiptData) -> None:
    """Seed 002 lists 12 requirements; the body is shrunk a little, the barcode is not."""
    pdf = render_receipt(dataclasses.replace(receipt, documents=documents(12)))
    assert pdf_tools.pages(pdf) == 1
    text = pdf_tools.text(pdf)
    assert "Diterima 10 dari 12 dokumen." in text
    assert "Rina Marlina, S.E." in text
    assert [d.text for d in pdf_tools.decode(pdf)] == [RECEIPT_NUMBER]


def test_a_long_checklist_continues_on_a_second_page(receipt: ReceiptData) -> None:
    pdf = render_receipt(dataclasses.replace(receipt, documents=documents(30)))
    assert pdf_tools.pages(pdf) == 2
    second = pdf_tools.text(pdf, 1)
    assert f"Lanjutan tanda terima {RECEIPT_NUMBER} — halaman 2" in second
    assert "Rina Marlina, S.E." in second  # signatures stay together, after the list
    assert "Diterima 24 dari 30 dokumen." in pdf_tools.all_text(pdf)


def test_fonts_are_embedded_and_nothing_else_is_used(receipt: ReceiptData) -> None:
    pdf = render_receipt(receipt)
    fonts = pdf_tools.base_fonts(pdf)
    assert fonts and all(name.startswith("DejaVuSans") for name in fonts)
    assert pdf.count(b"/FontFile2") == len(fonts)


def test_calibration_moves_everything_on_the_page(receipt: ReceiptData) -> None:
    plain = render_receipt(receipt)
    moved = render_receipt(receipt, calibration=Calibration(dx_mm=3, dy_mm=2))
    for needle in ("PUSDIKLAT", "TANDA TERIMA", "Andi Sé", "Simpan tanda terima"):
        x0, y0 = pdf_tools.text_box(plain, needle)
        x1, y1 = pdf_tools.text_box(moved, needle)
        assert x1 - x0 == pytest.approx(3 * mm, abs=0.05), needle
        assert y1 - y0 == pytest.approx(-2 * mm, abs=0.05), needle  # down the sheet
    (a,) = pdf_tools.decode(plain)
    (b,) = pdf_tools.decode(moved)
    px_per_mm = pdf_tools.DPI / 25.4
    assert b.left_px - a.left_px == pytest.approx(3 * px_per_mm, abs=2)
    assert b.top_px - a.top_px == pytest.approx(2 * px_per_mm, abs=2)


def test_f4_paper(receipt: ReceiptData) -> None:
    pdf = render_receipt(receipt, paper=F4)
    assert pdf_tools.page_size_mm(pdf) == (215.0, 330.0)
    assert [d.text for d in pdf_tools.decode(pdf)] == [RECEIPT_NUMBER]


def test_paper_it_was_not_laid_out_for_is_refused(receipt: ReceiptData) -> None:
    with pytest.raises(ValueError, match="A4 or F4"):
        render_receipt(receipt, paper=A5)


def test_same_data_gives_the_same_file(receipt: ReceiptData) -> None:
    assert render_receipt(receipt) == render_receipt(receipt)


def test_batch_one_page_each_and_the_kop_stored_once(receipt: ReceiptData) -> None:
    numbers = [format_number(RECEIPT, "L01", 2026, seq) for seq in (7, 8, 9)]
    items = [dataclasses.replace(receipt, number=n) for n in numbers]
    pdf = render_receipts(items)
    assert pdf_tools.pages(pdf) == 3
    for page, number in enumerate(numbers):
        assert [d.text for d in pdf_tools.decode(pdf, page)] == [number]
        assert "PUSDIKLAT BEA DAN CUKAI" in pdf_tools.text(pdf, page)
    assert pdf.count(b"/Subtype /Form") == 1
    single = render_receipt(receipt)
    assert pdf.count(b"/Subtype /Image") == single.count(b"/Subtype /Image")
