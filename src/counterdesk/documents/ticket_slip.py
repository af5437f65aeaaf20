"""Tiket layanan informasi: the slip for an information request that could not be
answered at once and was escalated (seed 003, product 2: "Nomor tiket atas eskalasi
permintaan layanan informasi").

It tells the requester three things: the ticket number to quote, who is handling the
question, and the date by which the answer is promised.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.platypus import Flowable, Spacer

from counterdesk.documents import layout
from counterdesk.documents.layout import BODY, EMPHASIS, HEADING, NUMBER, para
from counterdesk.documents.letterhead import Letterhead
from counterdesk.documents.page import (
    PageSetup,
    content_width,
    fit_one_page,
    render_single,
)
from counterdesk.documents.paper import A4, Calibration, Paper, mm
from counterdesk.documents.people import Applicant, Officer
from counterdesk.domain.formatting import (
    format_date_with_day,
    format_time_with_zone,
    to_zone,
)

TITLE = "TIKET LAYANAN INFORMASI"
SUBTITLE = "Eskalasi permintaan layanan informasi"


@dataclass(frozen=True, slots=True)
class TicketSlipData:
    letterhead: Letterhead
    number: str  # "TIK-L01-26-000045…"
    received_at: dt.datetime  # aware; when the request reached the office
    tz_name: str
    requester: Applicant  # name plus e-mail and/or phone to send the answer to
    channel: str  # "Email", "Web-chat", "Media sosial (pesan langsung)", "Loket"
    question: str  # summary of what was asked
    escalated_to: str  # unit that prepares the answer
    promised_on: dt.date  # answer due
    time_limit: str  # "2 hari kerja"
    officer: Officer
    footer: str = ""
    place: str = ""


def _body(data: TicketSlipData, width: float) -> list[Flowable]:
    requester = data.requester
    dated = layout.place_date(data.place, to_zone(data.received_at, data.tz_name).date())
    # one row each: an e-mail address is too long to share a row with the phone
    rows: list[tuple[str, layout.Cell]] = [("Nama", para(requester.name, layout.CELL_BOLD))]
    if requester.email:
        rows.append(("Email", requester.email))
    if requester.phone or not requester.email:
        rows.append(("Telepon", requester.phone))
    promised = format_date_with_day(data.promised_on)
    send_to = requester.email or requester.phone or "Anda"
    return [
        para("A. Pemohon informasi", HEADING),
        layout.field_table(rows, width),
        para("B. Permintaan informasi", HEADING),
        layout.field_table(
            [
                ("Ringkasan pertanyaan", data.question),
                ("Diteruskan kepada", data.escalated_to),
                ("Jangka waktu", data.time_limit),
                ("Jawaban paling lambat", para(promised, EMPHASIS)),
            ],
            width,
        ),
        Spacer(1, 3 * mm),
        para(
            "Pertanyaan Anda memerlukan koordinasi dengan unit terkait, sehingga belum dapat "
            f"dijawab langsung. Jawaban dikirim ke {send_to} paling lambat pada tanggal di atas.",
            BODY,
        ),
        layout.signatures(
            None,
            layout.Signer(
                (dated, "Petugas Layanan Informasi,"),
                data.officer.name,
                layout.officer_under_name(data.officer),
            ),
            width,
        ),
    ]


def _story(data: TicketSlipData, setup: PageSetup) -> list[Flowable]:
    width = content_width(setup.paper)
    local = to_zone(data.received_at, data.tz_name)
    head: list[Flowable] = [
        para(TITLE, layout.TITLE),
        para(SUBTITLE, layout.SUBTITLE),
        Spacer(1, 2 * mm),
        layout.header_block(
            [
                ("Nomor tiket", para(data.number, NUMBER)),
                ("Tanggal", format_date_with_day(local.date())),
                ("Pukul", format_time_with_zone(data.received_at, data.tz_name)),
                ("Diterima melalui", data.channel),
            ],
            data.number,
            width,
        ),
    ]
    return fit_one_page(head, lambda w: _body(data, w), setup)


def render_ticket_slip(
    data: TicketSlipData, *, paper: Paper = A4, calibration: Calibration | None = None
) -> bytes:
    """The ticket slip as PDF bytes: printed, or attached to the e-mail reply."""
    return render_single(
        what="a ticket slip",
        paper=paper,
        calibration=calibration,
        letterhead=data.letterhead,
        running_title=f"tiket {data.number}",
        keep_line=f"Sebutkan nomor tiket {data.number} saat menanyakan perkembangan jawaban.",
        footer=data.footer,
        title=f"Tiket layanan informasi {data.number}",
        subject=SUBTITLE,
        story=lambda setup: _story(data, setup),
    )
