"""Barcodes are checked the way the counter uses them: printed, then scanned."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from reportlab.pdfgen.canvas import Canvas

from counterdesk.documents.codes import (
    CODE128_QUIET_MODULES,
    PRINTER_MODULE_WIDTH,
    code128_pattern,
    code128_size,
    draw_code128,
    draw_qr,
)
from counterdesk.documents.paper import A4, mm
from tests import pdf_tools
from tests.unit.documents.samples import RECEIPT_NUMBER


def _page(draw: Callable[[Canvas], object]) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4.size)
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


@pytest.mark.parametrize("module_width", [0.33 * mm, PRINTER_MODULE_WIDTH, 0.5 * mm])
@pytest.mark.parametrize("value", [RECEIPT_NUMBER, "TIK-L02-26-000045Q", "SRT-AB12-26-999999*"])
def test_code128_scans_back_to_exactly_the_text(module_width: float, value: str) -> None:
    pdf = _page(
        lambda c: draw_code128(
            c, 40 * mm, 200 * mm, value, module_width=module_width, height=12 * mm
        )
    )
    found = pdf_tools.decode(pdf)
    assert [(d.text, d.format) for d in found] == [(value, "Code 128")]


def test_code128_prints_the_number_under_the_bars_for_typing() -> None:
    pdf = _page(
        lambda c: draw_code128(c, 40 * mm, 200 * mm, RECEIPT_NUMBER, module_width=1, height=30)
    )
    assert RECEIPT_NUMBER in pdf_tools.text(pdf)
    pdf = _page(
        lambda c: draw_code128(
            c, 40 * mm, 200 * mm, RECEIPT_NUMBER, module_width=1, height=30, human_readable=False
        )
    )
    assert pdf_tools.text(pdf) == ""


def test_code128_is_vector_and_keeps_its_quiet_zones() -> None:
    x, width = 40 * mm, PRINTER_MODULE_WIDTH
    pdf = _page(
        lambda c: draw_code128(c, x, 200 * mm, RECEIPT_NUMBER, module_width=width, height=40)
    )
    assert b"/Subtype /Image" not in pdf
    # leftmost dark pixel of the bars starts after ten modules of white
    picture = pdf_tools.image(pdf, dpi=300).convert("L")
    row = int((A4.height - 200 * mm - 20) * 300 / 72)
    line = picture.crop((0, row, picture.width, row + 1)).tobytes()
    dark = [px for px, value in enumerate(line) if value < 128]
    first_bar_pt = dark[0] * 72 / 300
    assert first_bar_pt == pytest.approx(x + CODE128_QUIET_MODULES * width, abs=0.5)
    total, _ = code128_size(RECEIPT_NUMBER, module_width=width, height=40)
    last_bar_pt = (dark[-1] + 1) * 72 / 300
    assert last_bar_pt == pytest.approx(x + total - CODE128_QUIET_MODULES * width, abs=0.5)


def test_code128_pattern_is_start_data_check_stop() -> None:
    pattern = code128_pattern(RECEIPT_NUMBER)
    assert pattern.startswith("11010010000")  # Start B
    assert pattern.endswith("1100011101011")  # Stop
    assert (len(pattern) - 13) % 11 == 0


def test_modules_thinner_than_a_cheap_scanner_reads_are_refused() -> None:
    with pytest.raises(ValueError, match=r"0\.33 mm"):
        _page(lambda c: draw_code128(c, 0, 0, RECEIPT_NUMBER, module_width=0.25 * mm, height=30))


def test_code128_refuses_text_it_cannot_encode() -> None:
    with pytest.raises(ValueError, match="ASCII"):
        code128_pattern("TT-É")


def test_qr_with_a_signed_payload_scans_back_exactly() -> None:
    payload = "CD1|" + RECEIPT_NUMBER + "|20261119T0705Z|" + "sig:" + "A1b2C3d4E5f6G7h8" * 6
    pdf = _page(lambda c: draw_qr(c, 30 * mm, 150 * mm, 35 * mm, payload))
    assert b"/Subtype /Image" not in pdf
    found = pdf_tools.decode(pdf)
    assert [(d.text, d.format) for d in found] == [(payload, "QR Code")]
