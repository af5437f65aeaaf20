"""Building blocks shared by the A4/F4 documents: styles, tables, barcode, signatures.

One look for every document: DejaVu Sans, black on white, 10.5 pt body (readable at
arm's length across the counter), thin black table rules, no shading that a worn toner
cartridge would turn into grey noise.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from counterdesk.documents import fonts
from counterdesk.documents.codes import PRINTER_MODULE_WIDTH, code128_size, draw_code128
from counterdesk.documents.people import Officer, format_nip

BODY_SIZE = 10.5
BARCODE_HEIGHT = 14 * mm  # tall enough to hit with a handheld scanner held at an angle
LABEL_WIDTH = 50 * mm


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": fonts.REGULAR,
        "fontSize": BODY_SIZE,
        "leading": BODY_SIZE * 1.3,
        "textColor": colors.black,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)  # type: ignore[arg-type]


BODY = _style("body")
BOLD = _style("bold", fontName=fonts.BOLD)
SMALL = _style("small", fontSize=8.5, leading=10.5)
TITLE = _style(
    "title", fontName=fonts.BOLD, fontSize=14, leading=17, alignment=TA_CENTER, spaceAfter=1
)
SUBTITLE = _style("subtitle", alignment=TA_CENTER, spaceAfter=2)
HEADING = _style("heading", fontName=fonts.BOLD, fontSize=11, leading=14, spaceBefore=9)
NUMBER = _style("number", fontName=fonts.MONO_BOLD, fontSize=13, leading=16)
EMPHASIS = _style("emphasis", fontName=fonts.BOLD, fontSize=12, leading=15)
CENTER = _style("center", alignment=TA_CENTER)
LEFT = _style("left", alignment=TA_LEFT)


def text(value: str) -> str:
    """Escape user text for Paragraph markup; line breaks are kept."""
    return escape(value.strip()).replace("\n", "<br/>")


def para(value: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(text(value), style)


class Code128Flowable(Flowable):
    """A Code 128 symbol (quiet zones and text line included) placed by platypus."""

    def __init__(self, value: str, *, module_width: float = PRINTER_MODULE_WIDTH) -> None:
        super().__init__()
        self.value = value
        self.module_width = module_width
        self.width, self.height = code128_size(
            value, module_width=module_width, height=BARCODE_HEIGHT
        )

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        draw_code128(
            self.canv, 0, 0, self.value, module_width=self.module_width, height=BARCODE_HEIGHT
        )


def _grid(rows: int) -> list[tuple[object, ...]]:
    return [
        ("GRID", (0, 0), (-1, rows - 1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]


def field_table(
    rows: Sequence[tuple[str, Flowable | str]], width: float, *, label_width: float = LABEL_WIDTH
) -> Table:
    """Label | value rows with a full grid: the "clear table" of an official form."""
    data = [
        [para(label), value if isinstance(value, Flowable) else para(value or "-")]
        for label, value in rows
    ]
    table = Table(data, colWidths=[label_width, width - label_width])
    table.setStyle(TableStyle(_grid(len(data))))
    return table


def plain_rows(
    rows: Sequence[tuple[str, Flowable | str]], widths: Sequence[float]
) -> Table:
    """``Label : value`` rows without rules, for the block beside the barcode."""
    data = [
        [para(label), ":", value if isinstance(value, Flowable) else para(value)]
        for label, value in rows
    ]
    table = Table(data, colWidths=list(widths))
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (1, 0), (1, -1), fonts.REGULAR, BODY_SIZE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def header_block(
    rows: Sequence[tuple[str, Flowable | str]], number: str, width: float
) -> Table:
    """Number, date and channel on the left; the scannable Code 128 at the top right."""
    code = Code128Flowable(number)
    left_w = width - code.width - 4 * mm
    left = plain_rows(rows, [30 * mm, 3 * mm, left_w - 33 * mm])
    table = Table([[left, code]], colWidths=[left_w + 4 * mm, code.width])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def list_table(
    header: Sequence[str], rows: Sequence[Sequence[Flowable | str]], widths: Sequence[float]
) -> Table:
    """A numbered list with a bold header row that repeats if the table runs onto page 2."""
    data: list[list[Flowable | str]] = [[para(h, BOLD) for h in header]]
    for row in rows:
        data.append([c if isinstance(c, Flowable) else para(c) for c in row])
    table = Table(data, colWidths=list(widths), repeatRows=1)
    table.setStyle(TableStyle(_grid(len(data))))
    return table


def signature_cell(
    heading: Sequence[str], name: str, under_name: str = "", *, space: float = 22 * mm
) -> list[Flowable]:
    lines = [para(h, CENTER) for h in heading]
    lines.append(Spacer(1, space))
    lines.append(Paragraph(f"<u>{text(name) or '&nbsp;' * 40}</u>", _style("sig", alignment=TA_CENTER, fontName=fonts.BOLD)))
    if under_name:
        lines.append(para(under_name, CENTER))
    return lines


def officer_under_name(officer: Officer) -> str:
    return f"NIP {format_nip(officer.nip)}" if officer.nip.strip() else ""


def signatures(
    left: list[Flowable] | None, right: list[Flowable], width: float
) -> KeepTogether:
    """Two signature columns (left may be empty), never split across pages."""
    half = width / 2
    table = Table([[left or "", right]], colWidths=[half, half])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6 * mm),
            ]
        )
    )
    return KeepTogether([Spacer(1, 6 * mm), table])
