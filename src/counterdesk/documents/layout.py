"""Building blocks shared by the A4/F4 documents: styles, tables, barcode, signatures.

One look for every document: DejaVu Sans, black on white, 10.5 pt body (readable at
arm's length across the counter), thin black table rules, no shading that a worn toner
cartridge would turn into grey noise.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeAlias
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from counterdesk.documents import fonts
from counterdesk.documents.codes import PRINTER_MODULE_WIDTH, code128_size, draw_code128
from counterdesk.documents.paper import mm
from counterdesk.documents.people import Officer
from counterdesk.domain.formatting import format_date_long
from counterdesk.domain.identity import format_nip

BODY_SIZE = 10.5
BARCODE_HEIGHT = 14 * mm  # tall enough to hit with a handheld scanner held at an angle
LABEL_WIDTH = 52 * mm
# Printed wherever a due date would be while the file is not yet complete and correct.
NOT_YET_COUNTING = "Dihitung sejak berkas lengkap dan benar"


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": fonts.REGULAR,
        "fontSize": BODY_SIZE,
        "leading": BODY_SIZE * 1.3,
        "textColor": colors.black,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


BODY = _style("body")
BOLD = _style("bold", fontName=fonts.BOLD)
# Table cells are 10 pt (UI.md's floor): a 10-item checklist fits one A4 page unscaled.
CELL = _style("cell", fontSize=10, leading=12.5)
CELL_BOLD = _style("cell_bold", fontName=fonts.BOLD, fontSize=10, leading=12.5)
SMALL = _style("small", fontSize=8.5, leading=10.2)
SMALL_BOLD = _style("small_bold", fontName=fonts.BOLD, fontSize=8.5, leading=10.2)
TITLE = _style(
    "title", fontName=fonts.BOLD, fontSize=14, leading=17, alignment=TA_CENTER, spaceAfter=1
)
SUBTITLE = _style("subtitle", alignment=TA_CENTER, spaceAfter=2)
HEADING = _style(
    "heading", fontName=fonts.BOLD, fontSize=11, leading=14, spaceBefore=5, spaceAfter=1
)
NUMBER = _style("number", fontName=fonts.MONO_BOLD, fontSize=13, leading=16)
# Hashes and other codes read character by character, at body size.
CODE = _style("code", fontName=fonts.MONO_BOLD)
EMPHASIS = _style("emphasis", fontName=fonts.BOLD, fontSize=12, leading=15)
CENTER = _style("center", alignment=TA_CENTER)
NOTE = _style("note", spaceBefore=5)
SIGN_NAME = _style("sign_name", fontName=fonts.BOLD, alignment=TA_CENTER)
# Letters and Berita Acara: body text justified, numbered items with a hanging indent.
JUSTIFIED = _style("justified", alignment=TA_JUSTIFY, spaceBefore=3)
NUMBERED = _style(
    "numbered",
    alignment=TA_JUSTIFY,
    leftIndent=7 * mm,
    bulletIndent=0,
    bulletFontName=fonts.REGULAR,  # else Helvetica, unembedded
    bulletFontSize=BODY_SIZE,
)


def text(value: str) -> str:
    """Escape user text for Paragraph markup; line breaks are kept."""
    return escape(value.strip()).replace("\n", "<br/>")


def para(value: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(text(value), style)


def place_date(place: str, day: dt.date) -> str:
    """``Jakarta, 21 November 2026`` above a signature (just the date without a place)."""
    return f"{place.strip()}, {format_date_long(day)}".lstrip(", ")


class Code128Flowable(Flowable):  # type: ignore[misc]
    """A Code 128 symbol (quiet zones and text line included) placed by platypus."""

    def __init__(self, value: str, *, module_width: float = PRINTER_MODULE_WIDTH) -> None:
        super().__init__()
        self.value = value
        self.module_width = module_width
        self.width, self.height = code128_size(
            value, module_width=module_width, height=BARCODE_HEIGHT
        )

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_code128(
            self.canv, 0, 0, self.value, module_width=self.module_width, height=BARCODE_HEIGHT
        )


# String cells (even "") are drawn in the table's font, Helvetica unless told otherwise,
# which would put an unembedded font into the file.
_FONT = ("FONT", (0, 0), (-1, -1), fonts.REGULAR, BODY_SIZE)


def _grid(rows: int) -> list[tuple[object, ...]]:
    return [
        _FONT,
        ("GRID", (0, 0), (-1, rows - 1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]


# A cell: text, a flowable, or flowables stacked in the cell (a value and its reason).
Cell: TypeAlias = "Flowable | str | list[Flowable]"


def _cell(value: Cell, style: ParagraphStyle = CELL) -> Flowable | list[Flowable]:
    if isinstance(value, Flowable | list):
        return value
    return para(value or "-", style)


def field_table(
    rows: Sequence[tuple[str, Cell] | tuple[str, Cell, str, Cell]],
    width: float,
    *,
    label_width: float = LABEL_WIDTH,
    second_label_width: float = 25 * mm,
) -> Table:
    """Label | value rows with a full grid: the "clear table" of an official form.

    A row of four (label, value, label, value) puts two short fields side by side, e.g.
    NIK and telephone, to keep the receipt on one page.
    """
    four = any(len(row) == 4 for row in rows)
    rest = width - label_width
    widths = (
        [label_width, (rest - second_label_width) / 2, second_label_width,
         (rest - second_label_width) / 2]
        if four
        else [label_width, rest]
    )  # fmt: skip
    data: list[list[Cell]] = []
    spans: list[tuple[object, ...]] = []
    for i, row in enumerate(rows):
        cells: list[Cell] = [_cell(c) if j % 2 else para(str(c), CELL) for j, c in enumerate(row)]
        if four and len(row) == 2:
            cells += ["", ""]
            spans.append(("SPAN", (1, i), (3, i)))
        data.append(cells)
    table = Table(data, colWidths=widths)
    table.setStyle(TableStyle(_grid(len(data)) + spans))
    return table


def plain_rows(rows: Sequence[tuple[str, Cell]], widths: Sequence[float]) -> Table:
    """``Label : value`` rows without rules, for the block beside the barcode."""
    data = [[para(label), ":", _cell(value, BODY)] for label, value in rows]
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        _FONT,
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    for i, (_, value) in enumerate(rows):
        if isinstance(value, Paragraph) and value.style.fontSize > BODY_SIZE:
            # a bigger value (the number) sits lower: drop label and colon to its baseline
            drop = (value.style.fontSize - BODY_SIZE) * 0.93  # DejaVu ascent ≈ 0.93 em
            style.append(("TOPPADDING", (0, i), (1, i), 1.5 + drop))
    table = Table(data, colWidths=list(widths))
    table.setStyle(TableStyle(style))
    return table


def header_block(
    rows: Sequence[tuple[str, Flowable | str]],
    number: str,
    width: float,
    *,
    label_width: float = 33 * mm,
) -> Table:
    """Number, date and channel on the left; the scannable Code 128 at the top right."""
    code = Code128Flowable(number)
    left_w = width - code.width  # the code's own quiet zone separates the columns
    left = plain_rows(rows, [label_width, 3 * mm, left_w - label_width - 3 * mm])
    table = Table([[left, code]], colWidths=[left_w, code.width])
    table.setStyle(
        TableStyle(
            [
                _FONT,
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
    header: Sequence[str],
    rows: Sequence[Sequence[Flowable | str]],
    widths: Sequence[float],
    *,
    header_style: ParagraphStyle = CELL_BOLD,
) -> Table:
    """A numbered list with a bold header row that repeats if the table runs onto page 2.
    A wide list (a landscape report) passes a smaller ``header_style`` and small cells."""
    data: list[list[Flowable | str]] = [[para(h, header_style) for h in header]]
    for row in rows:
        data.append([c if isinstance(c, Flowable) else para(c, CELL) for c in row])
    table = Table(data, colWidths=list(widths), repeatRows=1)
    table.setStyle(TableStyle(_grid(len(data))))
    return table


@dataclass(frozen=True, slots=True)
class Signer:
    """One signature column: lines above the space, then the name and e.g. the NIP."""

    heading: tuple[str, ...]
    name: str
    under_name: str = ""


def officer_under_name(officer: Officer) -> str:
    return f"NIP {format_nip(officer.nip)}" if officer.nip.strip() else ""


def signatures(
    left: Signer | None, right: Signer, width: float, *, space: float = 16 * mm
) -> KeepTogether:
    """Two signature columns side by side, rows aligned, never split across pages.

    The name is bold and underlined over the space for the wet signature, as on letters.
    """
    return KeepTogether([Spacer(1, 4 * mm), signature_row(left, right, width, space=space)])


def signature_row(
    left: Signer | None, right: Signer | None, width: float, *, space: float = 16 * mm
) -> Table:
    """The table of ``signatures`` alone, for a block of several rows kept together as a
    whole (a KeepTogether inside another one can leave an empty page)."""
    signers = [left, right]
    depth = max(len(s.heading) for s in signers if s)
    rows: list[list[Flowable | str]] = []
    for i in range(depth):
        # headings are bottom-aligned so "Yang menerima," sits level with its partner
        rows.append([_heading_line(s, i, depth) for s in signers])
    rows.append(["", ""])
    rows.append([_name(s) for s in signers])
    rows.append([para(s.under_name, CENTER) if s and s.under_name else "" for s in signers])
    half = width / 2
    table = Table(rows, colWidths=[half, half], rowHeights=[None] * depth + [space, None, None])
    table.setStyle(
        TableStyle(
            [
                _FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _heading_line(signer: Signer | None, i: int, depth: int) -> Flowable | str:
    if signer is None:
        return ""
    offset = depth - len(signer.heading)
    return para(signer.heading[i - offset], CENTER) if i >= offset else ""


def _name(signer: Signer | None) -> Flowable | str:
    return sign_name(signer.name) if signer else ""


def sign_name(name: str) -> Paragraph:
    """The signer's name under the wet signature: bold, underlined, centred."""
    return Paragraph(f"<u>{text(name)}</u>", SIGN_NAME)


def boxed(content: Sequence[Flowable], width: float) -> Table:
    """Flowables inside a plain black frame, for the one statement nobody may miss."""
    table = Table([[list(content)]], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                _FONT,
                ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ]
        )
    )
    return table


def bare_table(
    rows: Sequence[Sequence[Flowable | str | list[Flowable]]],
    widths: Sequence[float],
    extra: Sequence[tuple[object, ...]] = (),
    *,
    row_heights: Sequence[float | None] | None = None,
    font_size: float = BODY_SIZE,
    h_align: str = "LEFT",
) -> Table:
    """Cells placed side by side without rules or padding, top-aligned: a layout grid, not
    a data table. ``extra`` adds style commands (a padding, a rule, an alignment)."""
    table = Table(
        [list(row) for row in rows],
        colWidths=list(widths),
        rowHeights=list(row_heights) if row_heights else None,
        hAlign=h_align,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.REGULAR, font_size),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                *extra,
            ]
        )
    )
    return table


def indented(
    flowable: Flowable, width: float, *, indent: float = 7 * mm, gap: float = 1.5
) -> Table:
    """A block indented under the sentence that introduces it (``Nama : …`` rows)."""
    return bare_table(
        [["", flowable]],
        [indent, width - indent],
        [("TOPPADDING", (0, 0), (-1, -1), gap), ("BOTTOMPADDING", (0, 0), (-1, -1), gap)],
    )
