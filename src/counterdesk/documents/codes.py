"""Code 128 and QR drawn as vector shapes on a ReportLab canvas.

Vector bars stay sharp at any printer resolution; a raster barcode scaled by the print
driver gets uneven bar widths, which is what makes cheap scanners fail. python-barcode
computes the Code 128 modules (with the shortest A/B/C code-set switching); zxing-cpp
encodes QR — measured ~25× faster than the pure-Python encoders (see docs/documents.md).
"""

from __future__ import annotations

from itertools import groupby
from typing import Any, cast

import barcode
from reportlab.pdfgen.canvas import Canvas

from counterdesk.documents import fonts
from counterdesk.documents.paper import mm

MIN_MODULE_WIDTH = 0.33 * mm
# 0.96 pt = 0.3387 mm = exactly 4 dots at 300 dpi and 8 dots at 600 dpi: every bar is a
# whole number of printer dots, so no bar gets rounded thinner than its neighbours.
PRINTER_MODULE_WIDTH = 0.96
CODE128_QUIET_MODULES = 10  # ISO/IEC 15417 minimum on each side
QR_QUIET_MODULES = 4  # ISO/IEC 18004
_TEXT_GAP = 2.0  # points between the bars and the human-readable line


def code128_pattern(text: str) -> str:
    """The module string (``'1'`` = bar) without quiet zones: start, data, check, stop."""
    if not text or not text.isascii() or not text.isprintable():
        raise ValueError(f"Code 128 here takes printable ASCII only, got {text!r}")
    built: list[str] = barcode.get_barcode_class("code128")(text).build()
    return built[0]


def _hrt_size(module_width: float) -> float:
    return max(7.0, min(10.0, module_width * 10))


def code128_size(
    text: str, *, module_width: float, height: float, human_readable: bool = True
) -> tuple[float, float]:
    """Width and height in points of what ``draw_code128`` draws, quiet zones included."""
    modules = len(code128_pattern(text)) + 2 * CODE128_QUIET_MODULES
    text_band = _hrt_size(module_width) + _TEXT_GAP if human_readable else 0.0
    return modules * module_width, height + text_band


def draw_code128(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    *,
    module_width: float,
    height: float,
    human_readable: bool = True,
) -> tuple[float, float]:
    """Draw a Code 128 symbol with (x, y) the lower-left of its box; returns (w, h).

    The box includes the quiet zones (left white, never drawn over) and, when asked, the
    text line under the bars so a damaged code can still be typed in.
    """
    if module_width < MIN_MODULE_WIDTH - 1e-9:
        raise ValueError(
            f"module width {module_width / mm:.3f} mm is below 0.33 mm; "
            "cheap counter scanners cannot read it reliably"
        )
    fonts.register_fonts()
    pattern = code128_pattern(text)
    width, total_height = code128_size(
        text, module_width=module_width, height=height, human_readable=human_readable
    )
    bars_y = y + total_height - height
    left = x + CODE128_QUIET_MODULES * module_width
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    position = 0
    for bit, run in groupby(pattern):
        count = len(list(run))
        if bit == "1":
            path.rect(left + position * module_width, bars_y, count * module_width, height)
        position += count
    canvas.drawPath(path, stroke=0, fill=1)
    if human_readable:
        size = _hrt_size(module_width)
        canvas.setFont(fonts.REGULAR, size)
        # descenders are rare in numbers; sit the baseline a little above the box bottom
        canvas.drawCentredString(x + width / 2, y + 0.2 * size, text)
    canvas.restoreState()
    return width, total_height


def qr_matrix(payload: str, *, ec_level: str = "M") -> list[list[bool]]:
    """Rows of modules (True = dark) without the quiet zone."""
    import zxingcpp  # runtime dependency of QR documents only

    symbol = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level=ec_level)
    image = symbol.to_image(scale=1, add_quiet_zones=False)
    rows, cols = image.shape[0], image.shape[1]
    pixels = memoryview(cast(Any, image)).tobytes()
    return [[pixels[r * cols + c] < 128 for c in range(cols)] for r in range(rows)]


def draw_qr(
    canvas: Canvas, x: float, y: float, size: float, payload: str, *, ec_level: str = "M"
) -> None:
    """Draw a QR code in a ``size``-point square at (x, y), its 4-module quiet zone inside.

    Dark modules are merged into horizontal runs and filled as one path, so viewers do not
    show hairline seams between neighbouring squares.
    """
    matrix = qr_matrix(payload, ec_level=ec_level)
    count = len(matrix)
    module = size / (count + 2 * QR_QUIET_MODULES)
    origin_x = x + QR_QUIET_MODULES * module
    top = y + size - QR_QUIET_MODULES * module
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for r, row in enumerate(matrix):
        row_y = top - (r + 1) * module
        col = 0
        for dark, run in groupby(row):
            length = len(list(run))
            if dark:
                path.rect(origin_x + col * module, row_y, length * module, module)
            col += length
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
