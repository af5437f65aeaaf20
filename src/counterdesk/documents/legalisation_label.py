"""Legalisation stamp labels: one block per legalised copy, several per A4/F4 sheet.

Each ~90×60 mm block carries what a legalisation stamp says — "Telah dilegalisasi sesuai
dengan aslinya", the legalisation number, which copy of how many, the certificate serial
and holder, city and date, the signatory's jabatan, space to sign (and for the office
stamp), name and NIP — and a vector Code 128 of the legalisation number, so a scanned
copy leads back to the registry. Blocks sit in a grid with dashed cut lines; the officer
cuts them apart and pastes each on the back of its copy.

A block is 90 mm wide unless the number's barcode needs more (module width is never
reduced below the printer module of ``codes``); then the grid simply has fewer columns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table

from counterdesk.documents import fonts, layout
from counterdesk.documents.case_letters import CertificateRef, office_itself
from counterdesk.documents.codes import PRINTER_MODULE_WIDTH, code128_size, draw_code128
from counterdesk.documents.page import office_paper
from counterdesk.documents.paper import A4, NO_CALIBRATION, Calibration, Paper, mm
from counterdesk.documents.signers import Signer

LEGALISED = "Telah dilegalisasi sesuai dengan aslinya"
LABEL_WIDTH = 90 * mm
LABEL_HEIGHT = 60 * mm
PAGE_MARGIN = 10 * mm  # inside every office printer's printable area
_PAD = 3 * mm
_CODE_HEIGHT = 10 * mm
_CODE_GAP = 1.5 * mm  # between the signature and the bars
_INSTRUCTION = (
    "Gunting pada garis putus-putus; tempelkan tiap label di balik salinan yang urutannya sama."
)


@dataclass(frozen=True, slots=True)
class LegalisationStamp:
    number: str  # legalisation number of this copy (the Code 128 carries it)
    copy_index: int  # 1-based
    copies: int
    certificate: CertificateRef
    legalised_on: dt.date
    city: str
    office_name: str
    signatory: Signer


def _style(name: str, size: float, **kw: object) -> ParagraphStyle:
    return ParagraphStyle(name, parent=layout.BODY, fontSize=size, leading=size * 1.2, **kw)


_TEXT = _style("label_text", 7.5)
_CENTER = _style("label_center", 7.5, alignment=TA_CENTER)
_NAME = _style("label_name", 7.5, alignment=TA_CENTER, fontName=fonts.BOLD)
_TITLE = _style("label_title", 9.5, alignment=TA_CENTER, fontName=fonts.BOLD)


def _check(stamps: Sequence[LegalisationStamp]) -> None:
    if not stamps:
        raise ValueError("no legalisation stamps to print")
    for stamp in stamps:
        if not 1 <= stamp.copy_index <= stamp.copies:
            raise ValueError(
                f"copy {stamp.copy_index} of {stamp.copies} of {stamp.number}: "
                "the copy index must be between 1 and the number of copies"
            )


def _code_width(number: str) -> float:
    width, _ = code128_size(
        number, module_width=PRINTER_MODULE_WIDTH, height=_CODE_HEIGHT, human_readable=False
    )
    return width


def _office_line(office: str, width: float) -> Paragraph:
    name = " ".join(office_itself(office).upper().split())
    size = 7.5
    while size > 6 and stringWidth(name, fonts.BOLD, size) > width:
        size -= 0.25
    style = _style("label_office", size, alignment=TA_CENTER, fontName=fonts.BOLD)
    return Paragraph(layout.text(name), style)


def _plain(
    rows: list[list[Flowable | str]],
    widths: list[float],
    extra: Sequence[tuple[object, ...]] = (),
) -> Table:
    return layout.bare_table(
        rows, widths, [("BOTTOMPADDING", (0, 0), (-1, -1), 1), *extra], font_size=7.5
    )


def _signature(stamp: LegalisationStamp, width: float) -> Table:
    signer = stamp.signatory
    lines = [layout.place_date(stamp.city, stamp.legalised_on)]
    if signer.title.strip():
        lines.append(f"{signer.title.strip()},")
    rows: list[list[Flowable | str]] = [[Paragraph(layout.text(t), _CENTER)] for t in lines]
    heights: list[float | None] = [None] * len(rows)
    rows.append([""])  # the wet signature and the office stamp
    heights.append(11 * mm)
    rows.append([Paragraph(f"<u>{layout.text(signer.name)}</u>", _NAME)])
    if signer.id_line:
        rows.append([Paragraph(layout.text(signer.id_line), _CENTER)])
    heights += [None] * (len(rows) - len(heights))
    return layout.bare_table(
        rows,
        [width],
        [("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)],
        row_heights=heights,
        font_size=7.5,
    )


def _certificate(stamp: LegalisationStamp) -> list[Flowable]:
    # No NIK: the label is pasted on copies that leave the office; the serial suffices.
    cert = stamp.certificate
    return [
        Paragraph("Sertifikat nomor:", _TEXT),
        Paragraph(f"<b>{layout.text(cert.serial)}</b>", _TEXT),
        Paragraph("Atas nama:", _TEXT),
        Paragraph(f"<b>{layout.text(cert.holder.name)}</b>", _TEXT),
    ]


def _number_style(number: str, width: float) -> ParagraphStyle:
    """Mono bold 9 pt, smaller (down to 7 pt) if a long number would not fit its cell."""
    size = 9.0
    while size > 7 and stringWidth(number, fonts.MONO_BOLD, size) > width:
        size -= 0.25
    return _style("label_number", size, fontName=fonts.MONO_BOLD)


def _content(stamp: LegalisationStamp, width: float) -> list[Flowable]:
    """Everything above the barcode, top to bottom."""
    copy = f"Salinan ke-{stamp.copy_index} dari {stamp.copies}"
    label_w = 12 * mm
    copy_w = stringWidth(copy, fonts.REGULAR, _TEXT.fontSize) + 1 * mm
    number_w = width - label_w - copy_w
    number = _plain(
        [
            [
                Paragraph("Nomor:", _TEXT),
                Paragraph(layout.text(stamp.number), _number_style(stamp.number, number_w)),
                Paragraph(copy, _TEXT),
            ]
        ],
        [label_w, number_w, copy_w],
        [
            ("ALIGN", (2, 0), (2, 0), "RIGHT"),
            ("LINEABOVE", (0, 0), (-1, 0), 0.6, (0, 0, 0)),
            ("TOPPADDING", (0, 0), (-1, 0), 2.5),
            ("TOPPADDING", (1, 0), (1, 0), 2),  # the larger number sits on the same baseline
        ],
    )
    left_w = width * 0.42
    middle = _plain(
        [[_certificate(stamp), _signature(stamp, width - left_w)]],
        [left_w, width - left_w],
        [("TOPPADDING", (0, 0), (-1, -1), 2)],
    )
    return [
        Paragraph(LEGALISED, _TITLE),
        _office_line(stamp.office_name, width),
        number,
        middle,
    ]


def _measure(flowables: Sequence[Flowable], width: float) -> float:
    scratch = Canvas(BytesIO())
    return sum(float(f.wrapOn(scratch, width, 10_000)[1]) + 1.0 for f in flowables)


@dataclass(frozen=True, slots=True)
class _Grid:
    width: float  # of one label
    height: float
    columns: int
    rows: int
    left: float  # lower-left of the grid on the page
    bottom: float

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


def _grid(stamps: Sequence[LegalisationStamp], paper: Paper) -> _Grid:
    widest_code = max(_code_width(s.number) for s in stamps)
    width = max(LABEL_WIDTH, widest_code + 2 * 2 * mm)
    inner = width - 2 * _PAD
    tallest = max(_measure(_content(s, inner), inner) for s in stamps)
    height = max(LABEL_HEIGHT, 2 * _PAD + tallest + _CODE_GAP + _CODE_HEIGHT)
    columns = max(1, int((paper.width - 2 * PAGE_MARGIN) // width))
    rows = max(1, int((paper.height - 2 * PAGE_MARGIN - 6 * mm) // height))
    left = (paper.width - columns * width) / 2
    bottom = (paper.height - rows * height) / 2 - 3 * mm  # room for the instruction on top
    return _Grid(width, height, columns, rows, left, bottom)


def _draw_label(canvas: Canvas, stamp: LegalisationStamp, x: float, y: float, g: _Grid) -> None:
    """One label with its lower-left corner at (x, y)."""
    canvas.saveState()
    canvas.setLineWidth(0.4)
    canvas.setDash(3, 2)
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.rect(x, y, g.width, g.height, stroke=1, fill=0)
    canvas.restoreState()
    inner = g.width - 2 * _PAD
    top = y + g.height - _PAD
    for flowable in _content(stamp, inner):
        _, h = flowable.wrapOn(canvas, inner, 10_000)
        top -= h
        flowable.drawOn(canvas, x + _PAD, top)
        top -= 1.0
    code_w = _code_width(stamp.number)
    draw_code128(
        canvas,
        x + (g.width - code_w) / 2,
        y + _PAD * 0.8,
        stamp.number,
        module_width=PRINTER_MODULE_WIDTH,
        height=_CODE_HEIGHT,
        human_readable=False,
    )


def render_legalisation_labels(
    stamps: Sequence[LegalisationStamp],
    paper: Paper = A4,
    *,
    calibration: Calibration | None = None,
) -> bytes:
    """The labels of one or more legalised copies as PDF bytes, in the order given."""
    _check(stamps)
    fonts.register_fonts()
    office_paper(paper, "legalisation labels")
    grid = _grid(stamps, paper)
    shift = (calibration or NO_CALIBRATION).translation
    buffer = BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=paper.size,
        invariant=1,
        initialFontName=fonts.REGULAR,
        initialFontSize=10,
    )
    first = stamps[0]
    canvas.setTitle(f"Label legalisasi {first.certificate.serial}")
    canvas.setAuthor(first.office_name)
    canvas.setSubject(f"Legalisasi sertifikat {first.certificate.serial}")
    canvas.setCreator("CounterDesk")
    pages = (len(stamps) + grid.per_page - 1) // grid.per_page
    for page in range(pages):
        canvas.translate(*shift)
        canvas.setFont(fonts.OBLIQUE, 8)
        note = _INSTRUCTION + (f" Halaman {page + 1} dari {pages}." if pages > 1 else "")
        canvas.drawCentredString(
            paper.width / 2, grid.bottom + grid.rows * grid.height + 3 * mm, note
        )
        chunk = stamps[page * grid.per_page : (page + 1) * grid.per_page]
        for i, stamp in enumerate(chunk):
            row, column = divmod(i, grid.columns)
            x = grid.left + column * grid.width
            y = grid.bottom + (grid.rows - 1 - row) * grid.height
            _draw_label(canvas, stamp, x, y, grid)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
