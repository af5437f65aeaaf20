"""The kop surat on its own: long names, no logo, drawn once per file."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from counterdesk.documents.layout import officer_under_name
from counterdesk.documents.letterhead import (
    Letterhead,
    draw_letterhead,
    letterhead_bottom,
    place_letterhead,
)
from counterdesk.documents.paper import A4, F4
from counterdesk.documents.people import Officer
from counterdesk.domain.identity import format_nip
from tests import pdf_tools


def _pages(letterhead: Letterhead, count: int, *, form: bool) -> tuple[bytes, list[float]]:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4.size)
    bottoms = []
    for _ in range(count):
        place = place_letterhead if form else draw_letterhead
        bottoms.append(place(canvas, letterhead, A4))
        canvas.showPage()
    canvas.save()
    return out.getvalue(), bottoms


def test_without_logo_and_with_a_very_long_name() -> None:
    long_name = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Purwakarta"
    letterhead = Letterhead(office_name=long_name, address="Jalan Veteran Nomor 139")
    pdf, (bottom,) = _pages(letterhead, 1, form=False)
    assert long_name.upper() in pdf_tools.text(pdf)
    assert b"/Subtype /Image" not in pdf
    assert bottom == letterhead_bottom(letterhead, A4)


def test_form_is_defined_once_and_shown_on_every_page() -> None:
    letterhead = Letterhead("Balai Sertifikasi", unit="Direktorat Standalitu")
    pdf, bottoms = _pages(letterhead, 3, form=True)
    assert pdf.count(b"/Subtype /Form") == 1
    assert all("BALAI SERTIFIKASI" in pdf_tools.text(pdf, p) for p in range(3))
    assert len(set(bottoms)) == 1


def test_bottom_depends_on_paper_height() -> None:
    letterhead = Letterhead("Balai Sertifikasi")
    assert letterhead_bottom(letterhead, F4) - letterhead_bottom(letterhead, A4) == (
        F4.height - A4.height
    )


def test_nip_is_grouped_as_printed_under_signatures() -> None:
    assert format_nip("199001012015032002") == "19900101 201503 2 002"
    assert format_nip(" 12345 ") == "12345"  # not a NIP: printed as typed
    # typed with the spaces the admin screen shows: printed with the very same grouping
    spaced = Officer("Rina Marlina, S.E.", "19900101 201503 2 002")
    assert officer_under_name(spaced) == "NIP 19900101 201503 2 002"
