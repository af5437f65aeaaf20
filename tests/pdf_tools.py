"""Look at a rendered PDF the way a person and a scanner would: text, pixels, barcodes."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pypdfium2 as pdfium
import zxingcpp
from PIL.Image import Image

DPI = 200  # a cheap office scan; 0.34 mm modules are ~2.7 pixels here


def pages(pdf: bytes) -> int:
    return len(pdfium.PdfDocument(pdf))


def text(pdf: bytes, page: int = 0) -> str:
    """The page's text with runs of whitespace (line breaks too) folded to one space."""
    raw = pdfium.PdfDocument(pdf)[page].get_textpage().get_text_range()
    return " ".join(raw.split())


def all_text(pdf: bytes) -> str:
    return " ".join(text(pdf, i) for i in range(pages(pdf)))


def image(pdf: bytes, page: int = 0, dpi: int = DPI) -> Image:
    picture: Image = pdfium.PdfDocument(pdf)[page].render(scale=dpi / 72).to_pil()
    return picture


@dataclass(frozen=True)
class Decoded:
    text: str
    format: str
    left_px: int
    top_px: int


def decode(pdf: bytes, page: int = 0, dpi: int = DPI) -> list[Decoded]:
    found = zxingcpp.read_barcodes(image(pdf, page, dpi))
    return [
        Decoded(b.text, str(b.format), b.position.top_left.x, b.position.top_left.y) for b in found
    ]


def text_box(pdf: bytes, needle: str, page: int = 0) -> tuple[float, float]:
    """(left, bottom) in points of the first occurrence of ``needle`` on the page."""
    textpage = pdfium.PdfDocument(pdf)[page].get_textpage()
    hit = textpage.search(needle, match_case=True).get_next()
    assert hit is not None, f"{needle!r} not on page {page}"
    left, bottom, _, _ = textpage.get_charbox(hit[0])
    return left, bottom


def base_fonts(pdf: bytes) -> set[str]:
    """Font names the file refers to, subset prefix (``AAAAAA+``) removed."""
    names = re.findall(rb"/BaseFont\s*/([^\s/>\[]+)", pdf)
    return {n.decode().split("+", 1)[-1] for n in names}


def page_size_mm(pdf: bytes, page: int = 0) -> tuple[float, float]:
    width, height = pdfium.PdfDocument(pdf)[page].get_size()
    return round(width * 25.4 / 72, 1), round(height * 25.4 / 72, 1)
