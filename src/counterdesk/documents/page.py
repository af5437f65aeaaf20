"""Pages for the A4/F4 documents: kop on top, footer at the bottom, calibration applied.

Platypus flows the body (a long checklist simply continues on a second page with the kop
and a "lanjutan" line); the kop is a form shared by every page of the file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from io import BytesIO

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
)

from counterdesk.documents import fonts, layout
from counterdesk.documents.letterhead import MARGIN_X, Letterhead, letterhead_bottom
from counterdesk.documents.letterhead import place_letterhead as _place_letterhead
from counterdesk.documents.paper import A4, F4, NO_CALIBRATION, Calibration, Paper, mm

MARGIN_BOTTOM = 10 * mm
_GAP_UNDER_KOP = 4 * mm
_GAP_OVER_FOOTER = 4 * mm


@dataclass(frozen=True, slots=True)
class PageSetup:
    """What every page of one document shares."""

    paper: Paper
    letterhead: Letterhead
    running_title: str  # "Tanda terima TT-L01-26-000123K", printed on continuation pages
    footer: str = ""
    calibration: Calibration = field(default=NO_CALIBRATION)


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str
    author: str
    subject: str = ""


def _footer(setup: PageSetup, width: float) -> tuple[Paragraph | None, float]:
    if not setup.footer.strip():
        return None, 0.0
    footer = layout.para(setup.footer, layout.SMALL)
    _, height = footer.wrap(width, setup.paper.height)
    return footer, height


def _templates(index: int, setup: PageSetup) -> list[PageTemplate]:
    paper = setup.paper
    width = paper.width - 2 * MARGIN_X
    footer, footer_h = _footer(setup, width)
    bottom = MARGIN_BOTTOM + (footer_h + _GAP_OVER_FOOTER if footer else 0.0)
    top_first = letterhead_bottom(setup.letterhead, paper) - _GAP_UNDER_KOP
    top_later = top_first - 7 * mm
    start_page: dict[str, int] = {}

    def on_page(canvas: Canvas, doc: BaseDocTemplate, *, later: bool) -> None:
        # Calibration first, and never restored: every mark on this page moves with it.
        canvas.translate(*setup.calibration.translation)
        y = _place_letterhead(canvas, setup.letterhead, paper)
        if not later:
            start_page["n"] = doc.page
        else:
            n = doc.page - start_page.get("n", doc.page) + 1
            canvas.setFont(fonts.OBLIQUE, 9)
            canvas.drawString(
                MARGIN_X, y - _GAP_UNDER_KOP, f"Lanjutan {setup.running_title} — halaman {n}"
            )
        if footer is not None:
            canvas.setLineWidth(0.5)
            line_y = MARGIN_BOTTOM + footer_h + _GAP_OVER_FOOTER / 2
            canvas.line(MARGIN_X, line_y, MARGIN_X + width, line_y)
            footer.drawOn(canvas, MARGIN_X, MARGIN_BOTTOM)

    def frame(top: float, name: str) -> Frame:
        return Frame(
            MARGIN_X, bottom, width, top - bottom, id=name,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )  # fmt: skip

    return [
        PageTemplate(
            id=f"first{index}",
            frames=[frame(top_first, f"f{index}")],
            onPage=lambda c, d: on_page(c, d, later=False),
            pagesize=paper.size,
            autoNextPageTemplate=f"later{index}",
        ),
        PageTemplate(
            id=f"later{index}",
            frames=[frame(top_later, f"l{index}")],
            onPage=lambda c, d: on_page(c, d, later=True),
            pagesize=paper.size,
        ),
    ]


def office_paper(paper: Paper, what: str) -> Paper:
    """The A4/F4 documents refuse other sizes: their layout is not designed for them."""
    if paper not in (A4, F4):
        raise ValueError(f"{what} is laid out for A4 or F4, not {paper.name}")
    return paper


def footer_text(first: str, extra: str) -> str:
    """The document's own footer line, then the office's (complaint channels), if any."""
    return f"{first}\n{extra.strip()}" if extra.strip() else first


def content_width(paper: Paper) -> float:
    return paper.width - 2 * MARGIN_X


def first_frame_height(setup: PageSetup) -> float:
    """Height of the body frame on a document's first page."""
    _, footer_h = _footer(setup, content_width(setup.paper))
    bottom = MARGIN_BOTTOM + (footer_h + _GAP_OVER_FOOTER if footer_h else 0.0)
    return letterhead_bottom(setup.letterhead, setup.paper) - _GAP_UNDER_KOP - bottom


def _flatten(flowables: Sequence[Flowable]) -> list[Flowable]:
    # KeepTogether only matters when content may move to a new page; on one sheet its
    # contents are laid out directly (its wrap() reports a huge height on purpose).
    out: list[Flowable] = []
    for f in flowables:
        out += _flatten(f._content) if isinstance(f, KeepTogether) else [f]
    return out


def _height(flowables: Sequence[Flowable], width: float) -> float:
    scratch = Canvas(BytesIO())  # some flowables need a canvas just to measure
    total = 0.0
    for f in _flatten(flowables):
        _, h = f.wrapOn(scratch, width, 100_000)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


class _Scaled(Flowable):  # type: ignore[misc]
    """Flowables laid out ``1/scale`` wider and drawn at ``scale``: a uniformly smaller copy."""

    def __init__(self, content: list[Flowable], width: float, scale: float) -> None:
        super().__init__()
        self.content = _flatten(content)
        self.scale = scale
        self.inner_width = width / scale

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.inner_height = _height(self.content, self.inner_width)
        return self.inner_width * self.scale, self.inner_height * self.scale

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.scale(self.scale, self.scale)
        y = self.inner_height
        for f in self.content:
            _, h = f.wrapOn(canvas, self.inner_width, 100_000)
            y -= f.getSpaceBefore() + h
            f.drawOn(canvas, 0, y)
            y -= f.getSpaceAfter()
        canvas.restoreState()


def fit_one_page(
    head: list[Flowable],
    body: Callable[[float], list[Flowable]],
    setup: PageSetup,
    *,
    min_scale: float = 0.85,
) -> list[Flowable]:
    """Shrink the body a little when that keeps the document on one sheet.

    A receipt that spills its signatures onto a second page is worse than one printed at
    90 %; below ``min_scale`` (10 pt → 8.5 pt) text gets too small, so it flows onto a
    second page instead. ``body(width)`` builds the flowables for a given width, so tables
    are laid out wider and then scaled to exactly the page width. ``head`` (title, number,
    barcode) is never scaled: the barcode keeps its module width.
    """
    width = content_width(setup.paper)
    room = first_frame_height(setup) - _height(head, width) - 1
    natural = body(width)
    needed = _height(natural, width)
    if needed <= room:
        return head + natural
    # Wider tables wrap less, so the first estimate is pessimistic: start no lower than
    # min_scale, then step down until it fits.
    scale = max(room / needed, min_scale)
    while scale >= min_scale - 1e-9:
        content = body(width / scale)
        if _height(content, width / scale) * scale <= room:
            return [*head, _Scaled(content, width, scale)]
        scale -= 0.01
    return head + natural


def build_pdf(documents: Sequence[tuple[PageSetup, list[Flowable]]], meta: Metadata) -> bytes:
    """Render one or more documents into one PDF; each starts on a new page.

    ``invariant`` keeps the bytes free of timestamps and random ids: the same data gives
    the same file, which makes reprints and tests reproducible.
    """
    if not documents:
        raise ValueError("nothing to render")
    fonts.register_fonts()
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=documents[0][0].paper.size,
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        creator="CounterDesk",
        invariant=1,
        # otherwise every page's preamble selects Helvetica, an unembedded font that
        # preflight checks (and some print shops) reject
        initialFontName=fonts.REGULAR,
        initialFontSize=10,
    )
    story: list[Flowable] = []
    templates: list[PageTemplate] = []
    for index, (setup, body) in enumerate(documents):
        templates += _templates(index, setup)
        if index:
            story += [NextPageTemplate(f"first{index}"), PageBreak()]
        story += body
    doc.addPageTemplates(templates)
    doc.build(story)
    return buffer.getvalue()


def render_single(
    *,
    what: str,
    paper: Paper,
    calibration: Calibration | None,
    letterhead: Letterhead,
    running_title: str,
    keep_line: str,
    footer: str,
    title: str,
    subject: str,
    story: Callable[[PageSetup], list[Flowable]],
) -> bytes:
    """One office document on A4/F4: the checks, page set-up and metadata every renderer
    shares; ``story`` lays out the body for the page set-up it is given."""
    fonts.register_fonts()  # paragraphs resolve font names as the story is built
    office_paper(paper, what)
    setup = PageSetup(
        paper=paper,
        letterhead=letterhead,
        running_title=running_title,
        footer=footer_text(keep_line, footer),
        calibration=calibration or NO_CALIBRATION,
    )
    meta = Metadata(title=title, author=letterhead.office_name.replace("\n", " "), subject=subject)
    return build_pdf([(setup, story(setup))], meta)
