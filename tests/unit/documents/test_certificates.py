"""Certificates on A4/F4: what the holder reads, what a scanner reads, where it lands."""

from __future__ import annotations

import dataclasses

import pytest

from counterdesk.documents.certificate_data import (
    TEMPLATE_BUSINESS_STANDARD,
    TEMPLATE_COMPETENCE,
    TEMPLATE_CUSTOMS_EXPERT,
    TEMPLATE_TEST_RESULT,
    TEMPLATE_TRAINING,
    RenderCancelled,
)
from counterdesk.documents.certificates import render_certificates
from counterdesk.documents.paper import A4, CR80, F4, Calibration
from tests import pdf_tools
from tests.unit.documents import samples

CERTIFICATES = (
    TEMPLATE_CUSTOMS_EXPERT,
    TEMPLATE_COMPETENCE,
    TEMPLATE_TRAINING,
    TEMPLATE_TEST_RESULT,
    TEMPLATE_BUSINESS_STANDARD,
)
SCAN_DPI = 150


def _codes(pdf: bytes, page: int = 0) -> dict[str, str]:
    return {d.format: d.text for d in pdf_tools.decode(pdf, page, SCAN_DPI)}


@pytest.mark.parametrize("template", CERTIFICATES)
def test_every_certificate_reads_and_scans(template: str) -> None:
    item = samples.certificate_print(template)
    pdf = render_certificates([item])
    text = pdf_tools.text(pdf)
    assert item.title.upper() in text
    assert item.serial in text
    assert item.holder_name.upper() in text.upper()
    assert item.holder_id in text
    assert item.signatory.name in text
    assert _codes(pdf) == {"Code 128": item.serial, "QR Code": item.qr_payload}
    assert pdf_tools.base_fonts(pdf) <= {
        "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSansMono-Bold",
    }  # fmt: skip


def test_customs_expert_certificate_says_what_was_passed_and_until_when() -> None:
    pdf = render_certificates([samples.certificate_print(TEMPLATE_CUSTOMS_EXPERT)])
    text = pdf_tools.text(pdf)
    assert "telah dinyatakan LULUS Ujian Sertifikasi Ahli Kepabeanan" in text
    assert "AHLI KEPABEANAN" in text
    assert "berlaku sampai dengan 18 November 2029" in text
    assert "Jakarta, 19 November 2026" in text
    assert "NIP 19720315 199803 1 004" in text


def test_business_standard_certificate_shows_nib_and_kbli() -> None:
    pdf = render_certificates([samples.certificate_print(TEMPLATE_BUSINESS_STANDARD)])
    text = pdf_tools.text(pdf)
    assert "NIB : 9120001234567" in text
    assert "KBLI : 28173" in text
    assert "Industri Mesin Kantor dan Akuntansi Elektronik" in text
    assert "TERVERIFIKASI" in text


def test_a_certificate_without_validity_has_no_validity_line() -> None:
    item = samples.certificate_print(TEMPLATE_COMPETENCE)
    text = pdf_tools.text(render_certificates([dataclasses.replace(item, valid_until=None)]))
    assert "berlaku sampai" not in text


def test_a_payload_with_one_character_changed_scans_differently() -> None:
    item = samples.certificate_print()
    changed = item.qr_payload[:-1] + ("A" if item.qr_payload[-1] != "A" else "B")
    pdf = render_certificates([item, dataclasses.replace(item, qr_payload=changed)])
    first, second = _codes(pdf, 0)["QR Code"], _codes(pdf, 1)["QR Code"]
    assert first == item.qr_payload
    assert second == changed != first


def test_paper_sizes() -> None:
    item = samples.certificate_print()
    assert pdf_tools.page_size_mm(render_certificates([item], A4)) == (210.0, 297.0)
    f4 = render_certificates([item], F4)
    assert pdf_tools.page_size_mm(f4) == (215.0, 330.0)
    assert _codes(f4)["Code 128"] == item.serial
    with pytest.raises(ValueError, match="A4 atau F4"):
        render_certificates([item], CR80)


def test_calibration_moves_text_and_codes_together() -> None:
    item = samples.certificate_print()
    plain = render_certificates([item])
    moved = render_certificates([item], calibration=Calibration(dx_mm=3, dy_mm=2))
    for needle in (item.serial, "Diberikan kepada:", "Drs. Bambang"):
        (x0, y0), (x1, y1) = pdf_tools.text_box(plain, needle), pdf_tools.text_box(moved, needle)
        assert x1 - x0 == pytest.approx(3 * 72 / 25.4, abs=0.05)
        assert y1 - y0 == pytest.approx(-2 * 72 / 25.4, abs=0.05)
    before = {d.format: d for d in pdf_tools.decode(plain, 0, SCAN_DPI)}
    after = {d.format: d for d in pdf_tools.decode(moved, 0, SCAN_DPI)}
    for kind in ("Code 128", "QR Code"):
        assert after[kind].left_px - before[kind].left_px == pytest.approx(3 / 25.4 * 150, abs=2)
        assert after[kind].top_px - before[kind].top_px == pytest.approx(2 / 25.4 * 150, abs=2)


def test_a_batch_shares_the_page_form_and_embeds_each_photo_once() -> None:
    base = samples.certificate_print()
    photos = [samples.photo_jpeg(1), samples.photo_jpeg(2)]
    items = [
        dataclasses.replace(base, serial=f"SRT-L01-26-00000{i}X", photo_jpeg=photos[i % 2])
        for i in range(6)
    ]
    pdf = render_certificates(items)
    assert pdf_tools.pages(pdf) == 6
    assert pdf.count(b"/DCTDecode") == 2  # two distinct photos, six certificates
    one = render_certificates(items[:1])
    assert pdf.count(b"/Subtype /Form") == one.count(b"/Subtype /Form")
    assert [_codes(pdf, p)["Code 128"] for p in range(6)] == [i.serial for i in items]


def test_reprint_label_and_identical_bytes_for_the_same_data() -> None:
    item = dataclasses.replace(samples.certificate_print(), copy_label="Cetak ulang ke-2")
    pdf = render_certificates([item])
    assert "Cetak ulang ke-2" in pdf_tools.text(pdf)
    assert render_certificates([item]) == pdf


def test_progress_reports_start_and_end_and_cancel_stops() -> None:
    items = [samples.certificate_print(index=i) for i in range(5)]
    seen: list[tuple[int, int]] = []
    render_certificates(items, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(RenderCancelled, match="2 dari 5"):
        render_certificates(items, cancelled=cancelled)


def test_bad_data_is_refused_before_the_first_page_naming_the_certificate() -> None:
    good = samples.certificate_print()
    lower = dataclasses.replace(good, serial="SRT-X", qr_payload="cd1:lowercase")
    seen: list[tuple[int, int]] = []
    with pytest.raises(ValueError, match=r"SRT-X.*alfanumerik"):
        render_certificates([good, lower], progress=lambda d, t: seen.append((d, t)))
    assert seen == []  # nothing started
    with pytest.raises(ValueError, match=r"SRT-Y.*JPEG"):
        render_certificates([dataclasses.replace(good, serial="SRT-Y", photo_jpeg=b"not a jpeg")])
    with pytest.raises(ValueError, match="kartu"):
        render_certificates([samples.certificate_print("person-card")])
    with pytest.raises(ValueError, match="Templat 'tidak-ada' tidak ada"):
        render_certificates([dataclasses.replace(good, template="tidak-ada")])


def test_a_certificate_without_photo_leaves_a_frame_for_one() -> None:
    item = dataclasses.replace(samples.certificate_print(), photo_jpeg=None)
    pdf = render_certificates([item])
    assert "Pas foto 3 × 4" in pdf_tools.text(pdf)
    assert b"/DCTDecode" not in pdf


def test_the_batch_leaves_reportlab_settings_as_it_found_them() -> None:
    from reportlab import rl_config

    before = rl_config.useA85
    render_certificates([samples.certificate_print()])
    with pytest.raises(RenderCancelled):
        render_certificates([samples.certificate_print()], cancelled=lambda: True)
    assert rl_config.useA85 == before
