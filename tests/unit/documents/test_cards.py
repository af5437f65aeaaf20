"""The CR80 person card: front and back, photo, codes readable from a 150-dpi scan."""

from __future__ import annotations

import dataclasses

import pytest

from counterdesk.documents.cards import render_cards
from counterdesk.documents.certificate_data import TEMPLATE_PERSON_CARD, CertificatePrint
from counterdesk.documents.paper import Calibration
from counterdesk.documents.template_render import qr_runs
from tests import pdf_tools
from tests.unit.documents import samples


def card(index: int = 0) -> CertificatePrint:
    return samples.certificate_print(TEMPLATE_PERSON_CARD, index=index)


def test_front_shows_the_person_and_back_scans() -> None:
    item = card()
    pdf = render_cards([item])
    assert pdf_tools.pages(pdf) == 2
    front = pdf_tools.text(pdf, 0)
    for needle in ("KARTU PERSON TERSERTIFIKASI", "ANDI SÉ WIJAYAKUSUMA", "NIK : 3171011205900001",
                   f"Nomor : {item.serial}", "Berlaku s.d. : 18 November 2029",
                   "Petugas Pengambil Contoh (PPC)", "BALAI SERTIFIKASI"):  # fmt: skip
        assert needle in front
    assert b"/DCTDecode" in pdf  # the photo
    back = {d.format: d.text for d in pdf_tools.decode(pdf, 1, 150)}
    assert back == {"Code 128": item.serial, "QR Code": item.qr_payload}
    assert "Ir. Sri Wahyuni, M.T." in pdf_tools.text(pdf, 1)


def test_card_size_is_cr80_front_and_back() -> None:
    pdf = render_cards([card(0), card(1)])
    assert pdf_tools.pages(pdf) == 4
    assert {pdf_tools.page_size_mm(pdf, p) for p in range(4)} == {(85.6, 54.0)}
    serials = [next(d.text for d in pdf_tools.decode(pdf, p, 150) if d.format == "Code 128")
               for p in (1, 3)]  # fmt: skip
    assert serials == [card(0).serial, card(1).serial]


def test_the_qr_is_dense_alphanumeric_and_small_enough_for_the_card() -> None:
    payload = card().qr_payload
    modules, _ = qr_runs(payload, "M")
    byte_mode, _ = qr_runs(payload.lower(), "M")  # lower case forces byte mode
    assert modules < byte_mode
    # 25 mm over the modules and quiet zone: each module at least 0.4 mm (2.4 px at 150 dpi)
    assert 25 / (modules + 8) >= 0.4


def test_a_card_without_photo_is_refused_before_printing() -> None:
    seen: list[tuple[int, int]] = []
    missing = dataclasses.replace(card(1), photo_jpeg=None)
    with pytest.raises(ValueError, match=f"foto untuk {missing.serial}"):
        render_cards([card(0), missing], progress=lambda d, t: seen.append((d, t)))
    assert seen == []


def test_calibration_moves_the_card_print() -> None:
    item = card()
    plain, moved = render_cards([item]), render_cards([item], Calibration(dx_mm=-1.5, dy_mm=1))
    (x0, y0), (x1, y1) = (pdf_tools.text_box(p, item.serial) for p in (plain, moved))
    assert x1 - x0 == pytest.approx(-1.5 * 72 / 25.4, abs=0.05)
    assert y1 - y0 == pytest.approx(-1 * 72 / 25.4, abs=0.05)


def test_cards_refuse_a_certificate_template() -> None:
    with pytest.raises(ValueError, match="bukan CR80"):
        render_cards([samples.certificate_print()])
