"""Draw ``CertificatePrint`` items with a data template (``templates.py``) onto a canvas.

Built for batches of a thousand: the static part of each template page (frame, logo,
office names, fixed wording) is drawn once per file as a PDF form and placed on every
page; Code 128 bars and QR modules go straight into the page stream as one filled path
each; a photo is embedded once per distinct image (by its hash) as a pass-through JPEG.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from io import BytesIO
from typing import Any

from reportlab import rl_config
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfdoc, pdfutils
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from counterdesk.documents import fonts
from counterdesk.documents.certificate_data import CertificatePrint, RenderCancelled
from counterdesk.documents.codes import (
    CODE128_QUIET_MODULES,
    PRINTER_MODULE_WIDTH,
    QR_QUIET_MODULES,
    code128_pattern,
)
from counterdesk.documents.letterhead import Letterhead, draw_letterhead
from counterdesk.documents.paper import NO_CALIBRATION, Calibration, Paper, mm
from counterdesk.documents.templates import (
    OFFICE_FIELDS,
    Code128Element,
    FrameElement,
    LetterheadElement,
    LogoElement,
    PhotoElement,
    PlainBox,
    QrElement,
    RowsElement,
    RuleElement,
    Template,
    TemplatePage,
    TextElement,
    field_names,
    load_template,
)
from counterdesk.domain.formatting import format_date_long

FONT_NAMES = {
    "regular": fonts.REGULAR,
    "bold": fonts.BOLD,
    "oblique": fonts.OBLIQUE,
    "mono": fonts.MONO_BOLD,
}
# QR alphanumeric mode: the only characters a dense (5.5 bits each) QR segment holds.
QR_ALPHANUMERIC = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
_PROGRESS_EVERY_S = 0.03
_BARS = re.compile("1+")
_DARK = re.compile(
    b"[\x00-\x7f]+"
)  # zxing-cpp renders dark modules as 0  # a progress bar redraw every ~30 ms is smooth and cheap


class _Extra(dict[str, str]):
    """``{extra[KBLI]}``: a label the item does not have prints as nothing."""

    def __missing__(self, key: str) -> str:
        return ""


def office_fields(letterhead: Letterhead) -> dict[str, Any]:
    names = [p.strip() for p in letterhead.office_name.splitlines() if p.strip()]
    contacts = [
        f"Telepon {letterhead.phone.strip()}" if letterhead.phone.strip() else "",
        f"Pos-el {letterhead.email.strip()}" if letterhead.email.strip() else "",
    ]
    return {
        "office": names[-1] if names else "",
        "office_parent": "\n".join(names[:-1]),
        "unit": letterhead.unit.strip(),
        "address": letterhead.address.strip(),
        "contact": "; ".join(c for c in contacts if c),
    }


def _date(day: dt.date | None) -> str:
    return format_date_long(day) if day else ""


def print_fields(item: CertificatePrint) -> dict[str, Any]:
    signer = item.signatory
    fields: dict[str, Any] = {
        "serial": item.serial,
        "title": item.title,
        "holder_name": item.holder_name,
        "holder_id_label": item.holder_id_label,
        "holder_id": item.holder_id,
        "birth_place_date": item.birth_place_date,
        "service_title": item.service_title,
        "issued_on": _date(item.issued_on),
        "valid_until": _date(item.valid_until),
        "city": item.city,
        "place_date": f"{item.city.strip()}, {_date(item.issued_on)}".lstrip(", "),
        "signatory_name": signer.name,
        "signatory_title": signer.title,
        "signatory_id_line": signer.id_line,
        "copy_label": item.copy_label,
        "extra": _Extra(item.extra),
    }
    fields.update(office_fields(item.letterhead))
    return fields


def _is_static(element: object) -> bool:
    if isinstance(element, FrameElement | RuleElement | LogoElement | PlainBox):
        return True
    if isinstance(element, LetterheadElement):
        return True
    if isinstance(element, TextElement):
        when_ok = element.when is None or element.when in OFFICE_FIELDS
        return when_ok and field_names(element.text) <= OFFICE_FIELDS
    return False


def _when(fields: Mapping[str, Any], when: str | None) -> bool:
    if when is None:
        return True
    if when.startswith("extra["):
        return bool(fields["extra"].get(when[6:].rstrip("]").strip("'\"")))
    return bool(fields.get(when))


class _Placer:
    """Resolves template millimetres (from an edge or the middle) to page points."""

    def __init__(self, paper: Paper) -> None:
        self.paper = paper

    def x(self, anchor: str, x_mm: float) -> float:
        base = {"left": 0.0, "center": self.paper.width / 2, "right": self.paper.width}[anchor]
        return base + x_mm * mm

    def y(self, anchor: str, y_mm: float) -> float:
        return self.paper.height - y_mm * mm if anchor == "top" else y_mm * mm

    def box(self, el: Any, width: float, height: float) -> tuple[float, float]:
        """Lower-left corner of a ``width`` × ``height`` box placed by ``el``."""
        x = self.x(el.anchor_x, el.x_mm) - width * {"left": 0, "center": 0.5, "right": 1}[el.align]
        return x, self.y(el.anchor_y, el.y_mm) - height


def _fit_lines(
    text: str, font: str, size: float, el: TextElement
) -> tuple[list[tuple[str, float]], float]:
    """The lines (with their widths) and the size: shrunk down to ``min_size`` until the
    widest line fits ``max_width_mm``, then wrapped, at most ``max_lines`` (``…`` after)."""
    parts = text.split("\n")
    widths = [stringWidth(p, font, size) for p in parts]
    if el.max_width_mm is None or max(widths) <= el.max_width_mm * mm:
        return list(zip(parts, widths, strict=True)), size
    width = el.max_width_mm * mm
    smallest = el.min_size or size
    natural = size
    while size > smallest and max(widths) * size / natural > width:
        size = max(smallest, size - 0.25)
    lines: list[str] = []
    for part in parts:
        lines += simpleSplit(part, font, size, width) if part else [""]
    if len(lines) > el.max_lines:
        lines = lines[: el.max_lines]
        last = lines[-1]
        while last and stringWidth(last + " …", font, size) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + " …"
    return [(line, stringWidth(line, font, size)) for line in lines], size


def draw_text(canvas: Canvas, at: _Placer, el: TextElement, fields: Mapping[str, Any]) -> None:
    if not _when(fields, el.when):
        return
    text = el.text.format_map(fields).strip()
    if not text:
        return
    if el.upper:
        text = text.upper()
    font = FONT_NAMES[el.font]
    lines, size = _fit_lines(text, font, el.size, el)
    x = at.x(el.anchor_x, el.x_mm)
    y = at.y(el.anchor_y, el.y_mm)
    shift = {"left": 0.0, "center": 0.5, "right": 1.0}[el.align]
    canvas.setFont(font, size)
    for line, width in lines:
        left = x - width * shift
        canvas.drawString(left, y, line)
        if el.underline:
            canvas.setLineWidth(max(0.5, size / 18))
            canvas.line(left, y - size * 0.15, left + width, y - size * 0.15)
        y -= size * el.leading


def draw_rows(canvas: Canvas, at: _Placer, el: RowsElement, fields: Mapping[str, Any]) -> None:
    if not _when(fields, el.when):
        return
    rows = [(r.label.format_map(fields), r.value.format_map(fields)) for r in el.rows]
    if el.include_extra:
        rows += list(fields["extra"].items())
    x = at.x(el.anchor_x, el.x_mm)
    y = at.y(el.anchor_y, el.y_mm)
    label_font, value_font = FONT_NAMES[el.font], FONT_NAMES[el.value_font]
    value_x = x + el.label_width_mm * mm + 3 * mm
    value_w = el.value_width_mm * mm
    for label, value in rows:
        value = value.strip()
        if not value:
            continue
        canvas.setFont(label_font, el.size)
        canvas.drawString(x, y, label)
        canvas.drawString(x + el.label_width_mm * mm, y, ":")
        # a little too long: shrink (down to 80 %) to keep one line; much too long: wrap
        natural = stringWidth(value, value_font, el.size)
        size = el.size
        if natural > value_w:
            fitted = el.size * value_w / natural
            size = fitted if fitted >= el.size * 0.8 else el.size
        lines = (
            [value]
            if natural * size / el.size <= value_w
            else (simpleSplit(value, value_font, size, value_w) or [""])
        )
        canvas.setFont(value_font, size)
        for i, line in enumerate(lines[:3]):
            canvas.drawString(value_x, y, line)
            if i < len(lines[:3]) - 1:
                y -= size * 1.2
        y -= el.pitch_mm * mm


def _frame(canvas: Canvas, paper: Paper, el: FrameElement) -> None:
    inset = el.inset_mm * mm
    w, h = paper.width - 2 * inset, paper.height - 2 * inset
    canvas.setLineWidth(el.width_pt)
    canvas.roundRect(inset, inset, w, h, el.radius_mm * mm, stroke=1, fill=0)
    if el.inner_gap_mm is None:
        return
    gap = el.inner_gap_mm * mm + el.width_pt / 2 + el.inner_width_pt / 2
    canvas.setLineWidth(el.inner_width_pt)
    canvas.roundRect(
        inset + gap, inset + gap, w - 2 * gap, h - 2 * gap, max(0, el.radius_mm * mm - gap),
        stroke=1, fill=0,
    )  # fmt: skip
    if el.corner_mm > 0:
        c = el.corner_mm * mm
        for cx, cy in ((inset, inset), (inset + w - c, inset), (inset, inset + h - c),
                       (inset + w - c, inset + h - c)):  # fmt: skip
            canvas.rect(cx, cy, c, c, stroke=0, fill=1)


def _logo(canvas: Canvas, at: _Placer, el: LogoElement, letterhead: Letterhead) -> None:
    if not letterhead.logo_png:
        return
    logo = ImageReader(BytesIO(letterhead.logo_png))
    iw, ih = logo.getSize()
    box_w, box_h = el.width_mm * mm, el.height_mm * mm
    scale = min(box_w / iw, box_h / ih)
    w, h = iw * scale, ih * scale
    x, y = at.box(el, box_w, box_h)
    canvas.drawImage(logo, x + (box_w - w) / 2, y + (box_h - h) / 2, w, h, mask="auto")


def _draw_static(canvas: Canvas, at: _Placer, page: TemplatePage, letterhead: Letterhead) -> None:
    fields = office_fields(letterhead)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setStrokeColorRGB(0, 0, 0)
    for el in page.elements:
        if not _is_static(el):
            continue
        if isinstance(el, FrameElement):
            _frame(canvas, at.paper, el)
        elif isinstance(el, RuleElement):
            canvas.setLineWidth(el.width_pt)
            x, y = at.box(el, el.length_mm * mm, 0)
            canvas.line(x, y, x + el.length_mm * mm, y)
        elif isinstance(el, LogoElement):
            _logo(canvas, at, el, letterhead)
        elif isinstance(el, PlainBox):
            canvas.setLineWidth(el.border_pt)
            x, y = at.box(el, el.width_mm * mm, el.height_mm * mm)
            canvas.rect(x, y, el.width_mm * mm, el.height_mm * mm, stroke=1, fill=0)
        elif isinstance(el, LetterheadElement):
            draw_letterhead(canvas, letterhead, at.paper)
        elif isinstance(el, TextElement):
            draw_text(canvas, at, el, fields)


def _fill_runs(
    canvas: Canvas, matrix: tuple[float, float, float, float, float, float], runs: str
) -> None:
    """Filled rectangles in a grid's own units (``runs``: ``"x y w h re"`` operators),
    mapped to the page by ``matrix``: one path, written straight into the page stream.
    Whole-number grid units keep the stream short and quick to write."""
    a, b, c, d, e, f = matrix
    canvas._code.append(f"q 0 g {a:.4f} {b:g} {c:g} {d:.4f} {e:.3f} {f:.3f} cm {runs} f Q")


def code128_box(serial: str, el: Code128Element) -> tuple[str, float, float]:
    pattern = code128_pattern(serial)
    width = (len(pattern) + 2 * CODE128_QUIET_MODULES) * PRINTER_MODULE_WIDTH
    text_band = el.text_size + 1.5 if el.human_readable else 0.0
    return pattern, width, el.height_mm * mm + text_band


def draw_code128(canvas: Canvas, at: _Placer, el: Code128Element, serial: str) -> None:
    pattern, width, height = code128_box(serial, el)
    x, y = at.box(el, width, height)
    bars_y = y + height - el.height_mm * mm
    left = x + CODE128_QUIET_MODULES * PRINTER_MODULE_WIDTH
    runs = " ".join(f"{m.start()} 0 {m.end() - m.start()} 1 re" for m in _BARS.finditer(pattern))
    _fill_runs(canvas, (PRINTER_MODULE_WIDTH, 0, 0, el.height_mm * mm, left, bars_y), runs)
    if el.human_readable:
        canvas.setFont(fonts.REGULAR, el.text_size)
        canvas.drawCentredString(x + width / 2, y + 0.2 * el.text_size, serial)


def check_qr_payload(serial: str, payload: str) -> None:
    if not payload:
        raise ValueError(f"Sertifikat {serial} belum punya payload QR bertanda tangan.")
    bad = sorted(set(payload) - QR_ALPHANUMERIC)
    if bad:
        raise ValueError(
            f"Payload QR sertifikat {serial} memuat karakter di luar mode alfanumerik QR "
            f"({''.join(bad)!r}); payload harus dibuat ulang."
        )


def qr_runs(payload: str, ec_level: str) -> tuple[int, str]:
    """The symbol's module count and its dark runs as ``"col row len 1 re"`` operators
    (row 0 at the top)."""
    import zxingcpp

    symbol = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level=ec_level)
    image = symbol.to_image(scale=1, add_quiet_zones=False)
    rows, cols = image.shape[0], image.shape[1]
    pixels = memoryview(image).tobytes()  # type: ignore[arg-type]
    ops = []
    for r in range(rows):
        start = r * cols
        for m in _DARK.finditer(pixels, start, start + cols):
            ops.append(f"{m.start() - start} {r} {m.end() - m.start()} 1 re")
    return cols, " ".join(ops)


def draw_qr(canvas: Canvas, at: _Placer, el: QrElement, payload: str) -> None:
    size = el.size_mm * mm
    count, runs = qr_runs(payload, el.ec_level)
    module = size / (count + 2 * QR_QUIET_MODULES)
    x, y = at.box(el, size, size)
    # grid units are modules, rows counted downward from the symbol's top edge
    top = y + size - QR_QUIET_MODULES * module
    _fill_runs(canvas, (module, 0, 0, -module, x + QR_QUIET_MODULES * module, top), runs)


def check_photo(serial: str, photo: bytes | None, *, required: bool) -> None:
    if photo is None:
        if required:
            raise ValueError(f"Pas foto untuk {serial} belum ada; unggah foto 3×4 dahulu.")
        return
    try:
        pdfutils.readJPEGInfo(BytesIO(photo))
    except Exception:
        raise ValueError(
            f"Pas foto untuk {serial} tidak terbaca sebagai JPEG; unggah ulang fotonya."
        ) from None


def _photo_xobject(canvas: Canvas, jpeg: bytes) -> tuple[str, str, int, int]:
    """Register the JPEG once per file (by hash); returns its name and pixel size."""
    name = "Photo" + hashlib.md5(jpeg, usedforsecurity=False).hexdigest()
    reg = canvas._doc.getXObjectName(name)
    obj = canvas._doc.idToObject.get(reg)
    if obj is None:
        obj = pdfdoc.PDFImageXObject(name)
        obj.loadImageFromJPEG(BytesIO(jpeg))  # passed through as is (DCTDecode)
        obj.name = name
        canvas._setXObjects(obj)
        canvas._doc.Reference(obj, reg)
        canvas._doc.addForm(name, obj)
    return reg, name, obj.width, obj.height


def draw_photo(canvas: Canvas, at: _Placer, el: PhotoElement, photo: bytes | None) -> None:
    w, h = el.width_mm * mm, el.height_mm * mm
    x, y = at.box(el, w, h)
    if photo is None:
        canvas.setLineWidth(0.5)
        canvas.setDash(2, 2)
        canvas.rect(x, y, w, h, stroke=1, fill=0)
        canvas.setDash()
        canvas.setFont(fonts.REGULAR, 7)
        canvas.drawCentredString(x + w / 2, y + h / 2, el.placeholder)
        return
    reg, name, iw, ih = _photo_xobject(canvas, photo)
    scale = max(w / iw, h / ih)  # cover the box, centred, the overflow clipped
    dw, dh = iw * scale, ih * scale
    canvas._code.append(
        f"q {x:.3f} {y:.3f} {w:.3f} {h:.3f} re W n "
        f"{dw:.3f} 0 0 {dh:.3f} {x + (w - dw) / 2:.3f} {y + (h - dh) / 2:.3f} cm /{reg} Do Q"
    )
    canvas._formsinuse.append(name)
    canvas._currentPageHasImages = 1
    if el.border_pt > 0:
        canvas.setLineWidth(el.border_pt)
        canvas.rect(x, y, w, h, stroke=1, fill=0)


def _draw_dynamic(
    canvas: Canvas, at: _Placer, page: TemplatePage, item: CertificatePrint,
    fields: Mapping[str, Any],
) -> None:  # fmt: skip
    for el in page.elements:
        if _is_static(el):
            continue
        if isinstance(el, TextElement):
            draw_text(canvas, at, el, fields)
        elif isinstance(el, RowsElement):
            draw_rows(canvas, at, el, fields)
        elif isinstance(el, Code128Element):
            if _when(fields, el.when):
                draw_code128(canvas, at, el, item.serial)
        elif isinstance(el, QrElement):
            if _when(fields, el.when):
                draw_qr(canvas, at, el, item.qr_payload)
        elif isinstance(el, PhotoElement):
            draw_photo(canvas, at, el, item.photo_jpeg)


def _templates_for(
    items: Sequence[CertificatePrint], paper: Paper, what: str
) -> dict[str, Template]:
    """Load and check everything before the first page: a batch never fails halfway."""
    if not items:
        raise ValueError(f"Tidak ada {what} yang dicetak.")
    found: dict[str, Template] = {}
    for item in items:
        template = found.get(item.template) or load_template(item.template)
        found[item.template] = template
        if paper.name not in template.papers:
            raise ValueError(
                f"Templat {template.id} dibuat untuk kertas {', '.join(template.papers)}, "
                f"bukan {paper.name}."
            )
        code128_pattern(item.serial)  # printable ASCII, else ValueError
        elements = [el for page in template.pages for el in page.elements]
        if any(isinstance(el, QrElement) for el in elements):
            check_qr_payload(item.serial, item.qr_payload)
        photos = [el for el in elements if isinstance(el, PhotoElement)]
        if photos:
            check_photo(item.serial, item.photo_jpeg, required=template.product_kind == "card")
    return found


def render_batch(
    items: Sequence[CertificatePrint],
    *,
    paper: Paper,
    calibration: Calibration | None,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
    what: str,
    title: str,
) -> bytes:
    """Every page of every item into one PDF; the checks run before the first page.

    ``progress(done, total)`` is called at the start, about every 30 ms and at the end;
    ``cancelled()`` is asked before every item and ``RenderCancelled`` raised when it says
    so.
    """
    templates = _templates_for(items, paper, what)
    fonts.register_fonts()
    with _binary_streams():
        return _render(items, templates, paper, calibration, progress, cancelled, title)


_streams_lock = threading.Lock()
_streams_users = 0
_streams_previous: Any = None


@contextlib.contextmanager
def _binary_streams() -> Iterator[None]:
    """Page streams zlib-compressed but not ASCII85-encoded: ReportLab 5 encodes ASCII85
    in pure Python, which was half the time of a 1,000-certificate batch (and 25 % of the
    file). The setting is process-wide, so it is counted: the last batch to finish (batches
    may run in two threads) restores it; another document rendered meanwhile only comes out
    in binary too, which every PDF reader accepts."""
    global _streams_users, _streams_previous
    with _streams_lock:
        if _streams_users == 0:
            _streams_previous = rl_config.useA85
            rl_config.useA85 = 0
        _streams_users += 1
    try:
        yield
    finally:
        with _streams_lock:
            _streams_users -= 1
            if _streams_users == 0:
                rl_config.useA85 = _streams_previous


def _render(
    items: Sequence[CertificatePrint],
    templates: Mapping[str, Template],
    paper: Paper,
    calibration: Calibration | None,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
    title: str,
) -> bytes:
    calibration = calibration or NO_CALIBRATION
    out = BytesIO()
    canvas = Canvas(
        out, pagesize=paper.size, invariant=1,
        initialFontName=fonts.REGULAR, initialFontSize=10,
    )  # fmt: skip
    first = items[0]
    canvas.setTitle(title)
    canvas.setAuthor(first.letterhead.office_name.replace("\n", " "))
    canvas.setCreator("CounterDesk")
    at = _Placer(paper)
    forms: dict[tuple[str, int, Letterhead], str] = {}
    total = len(items)
    if progress:
        progress(0, total)
    last_report = time.monotonic()
    for done, item in enumerate(items):
        if cancelled is not None and cancelled():
            raise RenderCancelled(f"Pencetakan dibatalkan setelah {done} dari {total}.")
        template = templates[item.template]
        fields = print_fields(item)
        for index, page in enumerate(template.pages):
            key = (template.id, index, item.letterhead)
            if key not in forms:
                name = f"tpl{len(forms) + 1}"
                canvas.beginForm(name)
                _draw_static(canvas, at, page, item.letterhead)
                canvas.endForm()
                forms[key] = name
            # calibration first: every mark on the page moves with it
            canvas.translate(*calibration.translation)
            canvas.doForm(forms[key])
            _draw_dynamic(canvas, at, page, item, fields)
            canvas.showPage()
        if progress and time.monotonic() - last_report >= _PROGRESS_EVERY_S:
            progress(done + 1, total)
            last_report = time.monotonic()
    canvas.save()
    if progress:
        progress(total, total)
    return out.getvalue()
