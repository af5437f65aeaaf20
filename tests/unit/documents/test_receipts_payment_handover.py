"""Receipt of payment, hand-over receipt and the calibration test page."""

from __future__ import annotations

import dataclasses

import pytest

from counterdesk.documents.handover_receipt import render_handover_receipt
from counterdesk.documents.paper import A4, CR80, F4, Calibration
from counterdesk.documents.payment_receipt import render_payment_receipt
from counterdesk.documents.test_page import render_ruler_test_page
from tests import pdf_tools
from tests.unit.documents import samples


def test_payment_receipt_shows_amount_in_figures_and_words_and_the_proof() -> None:
    data = samples.payment_receipt()
    pdf = render_payment_receipt(data)
    text = pdf_tools.text(pdf)
    assert "TANDA TERIMA PEMBAYARAN" in text
    assert "Rp1.250.000" in text
    assert "Satu juta dua ratus lima puluh ribu rupiah" in text
    assert "820261119000123" in text and "A1B2C3D4E5F6G7H8" in text
    assert "20 November 2026" in text and "Andi Sé Wijayakusuma" in text
    assert "NIP 19900101 201503 2 002" in text
    assert [d.text for d in pdf_tools.decode(pdf, 0, 150)] == [data.number]
    assert pdf_tools.pages(pdf) == 1
    assert pdf_tools.page_size_mm(render_payment_receipt(data, F4)) == (215.0, 330.0)


def test_payment_receipt_refuses_no_amount_or_no_ntpn() -> None:
    data = samples.payment_receipt()
    with pytest.raises(ValueError, match="lebih dari Rp0"):
        render_payment_receipt(dataclasses.replace(data, amount_rupiah=0))
    with pytest.raises(ValueError, match="NTPN"):
        render_payment_receipt(dataclasses.replace(data, ntpn=" "))


def test_handover_receipt_lists_serials_and_the_representative() -> None:
    data = samples.handover_receipt()
    pdf = render_handover_receipt(data)
    text = pdf_tools.text(pdf)
    assert "TANDA TERIMA PENYERAHAN SERTIFIKAT" in text
    for serial, title in zip(data.serials, data.titles, strict=True):
        assert serial in text and title in text
    assert "Kuasa dari pemegang (dengan surat kuasa)" in text
    assert "Budi Santoso" in text and "NIK 3171020304850002" in text
    assert "Yang menerima," in text and "Petugas yang menyerahkan," in text
    assert [d.text for d in pdf_tools.decode(pdf, 0, 150)] == [data.serials[0]]
    holder = render_handover_receipt(dataclasses.replace(data, power_of_attorney=False))
    assert "Kuasa dari pemegang" not in pdf_tools.text(holder)


def test_handover_receipt_refuses_missing_receiver_or_serials() -> None:
    data = samples.handover_receipt()
    with pytest.raises(ValueError, match="penerima wajib diisi"):
        render_handover_receipt(dataclasses.replace(data, receiver_id=""))
    with pytest.raises(ValueError, match="Tidak ada sertifikat"):
        render_handover_receipt(dataclasses.replace(data, serials=(), titles=()))


@pytest.mark.parametrize("paper", [A4, F4, CR80])
def test_ruler_test_page_on_each_stock(paper: object) -> None:
    pdf = render_ruler_test_page(paper)  # type: ignore[arg-type]
    assert pdf_tools.page_size_mm(pdf) == (
        round(paper.width_mm, 1),  # type: ignore[attr-defined]
        round(paper.height_mm, 1),  # type: ignore[attr-defined]
    )
    text = pdf_tools.text(pdf)
    assert "KALIBRASI" in text and "tepi kiri" in text


def test_ruler_test_page_is_drawn_with_the_calibration_it_reports() -> None:
    plain = render_ruler_test_page(A4)
    moved = render_ruler_test_page(A4, Calibration(dx_mm=2, dy_mm=-1.5))
    assert "geser kanan +2,0 mm, geser bawah −1,5 mm" in pdf_tools.text(moved)
    (x0, y0), (x1, y1) = (pdf_tools.text_box(p, "HALAMAN UJI") for p in (plain, moved))
    assert x1 - x0 == pytest.approx(2 * 72 / 25.4, abs=0.05)
    assert y1 - y0 == pytest.approx(1.5 * 72 / 25.4, abs=0.05)
