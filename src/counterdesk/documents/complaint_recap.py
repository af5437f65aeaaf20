"""Rekap pengaduan bulanan as a landscape A4 report (issue 10, point 7).

Page one: title and month; the totals, then the counts by kind, timeliness, channel,
route and component in small two-column tables side by side; the rule the timeliness
follows. Then the list of every complaint and suggestion of the month, one row each,
whose header repeats on every page (continuation pages carry the kop and "Lanjutan …").
The recap arrives as plain data (services/complaint_reports.MonthlyRecap), already
masked for the actor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from counterdesk.documents import fonts, layout
from counterdesk.documents.layout import para
from counterdesk.documents.letterhead import Letterhead
from counterdesk.documents.page import Metadata, PageSetup, build_pdf, content_width
from counterdesk.documents.paper import Paper, mm
from counterdesk.domain.formatting import before_period, format_date_long, format_date_numeric

if TYPE_CHECKING:
    from counterdesk.services.complaint_reports import MonthlyRecap, RecapCount, RecapItem

_NUMBER = ParagraphStyle("small_number", parent=layout.SMALL, alignment=TA_RIGHT)
_LIST_HEADING = ParagraphStyle("list_heading", parent=layout.HEADING, keepWithNext=1)
A4_LANDSCAPE = Paper("A4 melintang", 297, 210)
TITLE = "REKAP PENGADUAN DAN SARAN"
TIMELINESS_NOTE = (
    "Ketepatan waktu dinilai pada tanggal rekap dibuat: <b>tepat waktu</b> bila tanggapan "
    "kepada pelapor diberikan paling lambat pada batas waktu; <b>terlambat</b> bila "
    "diberikan sesudahnya atau batas waktu telah lewat tanpa tanggapan; <b>dalam proses</b> "
    "bila belum ditanggapi dan batas waktu belum lewat. Saran/masukan tidak memiliki batas "
    "waktu (—)."
)
# Two facts a cell where they belong together, so thirteen columns fit a landscape page.
ITEM_COLUMNS = (
    ("No.", 10),
    ("Nomor", 38),
    ("Diterima", 21),
    ("Jenis / saluran", 32),
    ("Pelapor", 26),
    ("Perihal", 0),  # the rest of the width
    ("Komponen / penyelesaian", 44),
    ("Batas / dijawab", 21),
    ("Status / ketepatan waktu", 30),
)


def _counts_table(title: str, counts: Sequence[RecapCount], width: float) -> Table:
    number_w = 16 * mm
    rows = [[para(c.label, layout.SMALL), para(str(c.count), _NUMBER)] for c in counts]
    table = layout.list_table(
        [title, "Jumlah"], rows, [width - number_w, number_w], header_style=layout.SMALL_BOLD
    )
    return table


def _overview(recap: MonthlyRecap, width: float) -> Table:
    gap = 5 * mm
    col = (width - 2 * gap) / 3

    def stack(*tables: Table) -> list[Flowable]:
        out: list[Flowable] = []
        for t in tables:
            out += [t, Spacer(1, 3 * mm)]
        return out

    columns = [
        stack(
            _counts_table("Ringkasan", recap.summary, col),
            _counts_table("Menurut jenis", recap.by_kind, col),
            _counts_table("Ketepatan waktu (pengaduan)", recap.by_timeliness, col),
        ),
        stack(
            _counts_table("Menurut saluran", recap.by_channel, col),
            _counts_table("Menurut penyelesaian", recap.by_route, col),
        ),
        stack(_counts_table("Menurut komponen layanan", recap.by_component, col)),
    ]
    return layout.bare_table([columns], [col + gap, col + gap, col])


def _date(day: dt.date | None) -> str:
    return format_date_numeric(day) if day is not None else "—"


def _item_row(i: int, item: RecapItem) -> list[Flowable]:
    values = [
        f"{i}.",
        item.number,
        format_date_numeric(item.received_on),
        f"{item.kind_label}\n{item.channel_label}",
        item.reporter,
        item.subject,
        f"{item.component_label}\n{item.route_label}",
        f"{_date(item.due_on)}\n{_date(item.answered_on)}",
        f"{item.status_label}\n{item.timeliness}",
    ]
    return [para(v, layout.SMALL) for v in values]


def _items(items: Sequence[RecapItem], width: float) -> list[Flowable]:
    heading = para("Daftar pengaduan dan saran", _LIST_HEADING)
    if not items:
        return [heading, para("Tidak ada pengaduan atau saran yang diterima pada bulan ini.")]
    widths = [w * mm for _, w in ITEM_COLUMNS]
    rest = widths.index(0)
    widths[rest] = width - sum(widths)
    rows = [_item_row(i, item) for i, item in enumerate(items, start=1)]
    header = [h for h, _ in ITEM_COLUMNS]
    return [heading, layout.list_table(header, rows, widths, header_style=layout.SMALL_BOLD)]


def render_recap(recap: MonthlyRecap, letterhead: Letterhead) -> bytes:
    """The recap as PDF bytes, A4 landscape."""
    fonts.register_fonts()
    period = recap.period
    setup = PageSetup(
        paper=A4_LANDSCAPE,
        letterhead=letterhead,
        running_title=f"rekap pengaduan {period}",
        footer=(
            f"Rekap pengaduan dan saran {period} — dibuat {format_date_long(recap.made_on)} "
            f"oleh {before_period(recap.made_by)}."
        ),
    )
    width = content_width(A4_LANDSCAPE)
    story: list[Flowable] = [
        Paragraph(layout.text(TITLE), layout.TITLE),
        Paragraph(f"Bulan {layout.text(period)}", layout.SUBTITLE),
        Spacer(1, 3 * mm),
        _overview(recap, width),
        Paragraph(TIMELINESS_NOTE, layout.SMALL),
        *_items(recap.items, width),
    ]
    meta = Metadata(
        title=f"Rekap pengaduan {period}",
        author=letterhead.office_name.replace("\n", " "),
        subject=f"Pengaduan dan saran {period}",
    )
    return build_pdf([(setup, story)], meta)
