"""The kop surat: logo, office name, unit, address and contacts over a double rule.

Drawn as a PDF form (XObject) defined once per file and placed on every page, so a batch
of 200 receipts carries the logo and the kop once instead of 200 times.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from io import BytesIO

from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from counterdesk.documents import fonts
from counterdesk.documents.paper import Paper, mm

MARGIN_X = 20 * mm
MARGIN_TOP = 10 * mm
LOGO_BOX = 22 * mm
_LOGO_GAP = 4 * mm
_RULE_GAP = 2.5 * mm  # between the last text line and the thick rule
_RULES_HEIGHT = 3.0  # thick rule down to just under the thin one


@dataclass(frozen=True, slots=True)
class Letterhead:
    """What the office set up in Admin → Profil kantor. ``\\n`` in a name breaks the line."""

    office_name: str
    unit: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    logo_png: bytes | None = None


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    font: str
    size: float


def _fit(text: str, font: str, largest: float, smallest: float, width: float) -> list[_Line]:
    """Shrink a heading until it fits one line; below ``smallest`` it wraps instead."""
    size = largest
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    return [_Line(part, font, size) for part in simpleSplit(text, font, size, width)]


def _lines(letterhead: Letterhead, width: float) -> list[_Line]:
    lines: list[_Line] = []
    names = [part.strip() for part in letterhead.office_name.upper().splitlines() if part.strip()]
    for i, part in enumerate(names):
        # parent bodies (kementerian, direktorat) above, the office itself largest
        largest = 15 if i == len(names) - 1 else 12.5
        lines += _fit(part, fonts.BOLD, largest, 10, width)
    for part in letterhead.unit.upper().splitlines():
        if part.strip():
            lines += _fit(part.strip(), fonts.BOLD, 12, 9.5, width)
    small = [letterhead.address.strip()]
    contacts = [
        f"Telepon {letterhead.phone.strip()}" if letterhead.phone.strip() else "",
        f"Pos-el {letterhead.email.strip()}" if letterhead.email.strip() else "",
    ]
    small.append("; ".join(c for c in contacts if c))
    for text in small:
        if text:
            lines += [
                _Line(t, fonts.REGULAR, 9) for t in simpleSplit(text, fonts.REGULAR, 9, width)
            ]
    return lines


def _measure(letterhead: Letterhead, paper: Paper) -> tuple[list[_Line], float, bool]:
    content_w = paper.width - 2 * MARGIN_X
    has_logo = bool(letterhead.logo_png)
    # Text is centred on the page and kept clear of the logo on both sides, so it looks
    # centred whether or not there is a logo.
    text_w = content_w - 2 * (LOGO_BOX + _LOGO_GAP) if has_logo else content_w
    lines = _lines(letterhead, text_w)
    text_h = sum(line.size * 1.25 for line in lines)
    return lines, max(text_h, LOGO_BOX if has_logo else 0.0), has_logo


def letterhead_bottom(letterhead: Letterhead, paper: Paper) -> float:
    """The y just under the double rule, without drawing (to place frames below it)."""
    fonts.register_fonts()
    _, block_h, _ = _measure(letterhead, paper)
    return paper.height - MARGIN_TOP - block_h - _RULE_GAP - _RULES_HEIGHT


def draw_letterhead(canvas: Canvas, letterhead: Letterhead, paper: Paper) -> float:
    """Draw the kop at the top of the page; returns the y just under the double rule."""
    fonts.register_fonts()
    lines, block_h, has_logo = _measure(letterhead, paper)
    text_h = sum(line.size * 1.25 for line in lines)
    page_w = paper.width
    top = paper.height - MARGIN_TOP
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setStrokeColorRGB(0, 0, 0)
    if has_logo and letterhead.logo_png:
        logo = ImageReader(BytesIO(letterhead.logo_png))
        iw, ih = logo.getSize()
        scale = min(LOGO_BOX / iw, LOGO_BOX / ih)
        w, h = iw * scale, ih * scale
        canvas.drawImage(
            logo, MARGIN_X + (LOGO_BOX - w) / 2, top - (block_h + h) / 2, w, h, mask="auto"
        )
    y = top - (block_h - text_h) / 2
    for line in lines:
        y -= line.size * 1.25
        canvas.setFont(line.font, line.size)
        canvas.drawCentredString(page_w / 2, y + 0.25 * line.size, line.text)
    rule_y = top - block_h - _RULE_GAP
    canvas.setLineWidth(2)
    canvas.line(MARGIN_X, rule_y, page_w - MARGIN_X, rule_y)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, rule_y - 2.6, page_w - MARGIN_X, rule_y - 2.6)
    canvas.restoreState()
    return rule_y - _RULES_HEIGHT


_forms: weakref.WeakKeyDictionary[Canvas, dict[tuple[Letterhead, Paper], tuple[str, float]]]
_forms = weakref.WeakKeyDictionary()


def place_letterhead(canvas: Canvas, letterhead: Letterhead, paper: Paper) -> float:
    """Like ``draw_letterhead`` but through a form defined once per file; returns the y."""
    fonts.register_fonts()
    known = _forms.setdefault(canvas, {})
    key = (letterhead, paper)
    if key not in known:
        name = f"kop{len(known) + 1}"
        canvas.beginForm(name)
        bottom = draw_letterhead(canvas, letterhead, paper)
        canvas.endForm()
        known[key] = (name, bottom)
    name, bottom = known[key]
    canvas.doForm(name)
    return bottom
