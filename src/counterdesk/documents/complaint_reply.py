"""Surat jawaban pengaduan: the office's written answer to a complaint (issue 10, point 3;
seed 004: "tanggapan kepada pelapor").

A surat dinas of Tata Naskah Dinas: kop; place and date at the top right; Nomor, Sifat,
Lampiran and Perihal ("Jawaban atas pengaduan Nomor …"); "Yth." with the complainant and
their address (or phone / e-mail when no address is known); the body naming the day the
complaint was received and what it was about, the office's response and the outcome of
the handling; the closing formula and the office signatory's column on the right.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph

from counterdesk.documents import layout
from counterdesk.documents.apology_letter import (
    addressee,
    closing_and_signature,
    reference_block,
)
from counterdesk.documents.layout import JUSTIFIED, para
from counterdesk.documents.letterhead import Letterhead
from counterdesk.documents.page import PageSetup, fit_one_page, render_single
from counterdesk.documents.paper import A4, Paper
from counterdesk.documents.signers import Signer
from counterdesk.domain.formatting import format_date_long

SUBJECT = "Jawaban atas pengaduan Nomor {number}"
CLOSING = (
    "Demikian jawaban ini kami sampaikan. Atas perhatian dan kepercayaan Saudara kepada "
    "layanan kami, kami ucapkan terima kasih."
)
NO_OUTCOME = "Pengaduan Saudara masih kami tindak lanjuti; hasilnya akan kami sampaikan kembali."


@dataclass(frozen=True, slots=True)
class ReplyLetter:
    letterhead: Letterhead
    number: str
    city: str
    day: dt.date
    recipient_name: str
    recipient_address_lines: tuple[str, ...]  # phone/e-mail when no address
    complaint_number: str
    received_on: dt.date
    subject: str  # what the complaint was about (its short title)
    response: str  # the office's answer (the tanggapan)
    outcome: str  # the result of the handling; empty while it is still being handled
    signer: Signer  # the office signatory
    footer: str = ""  # the office's complaint channels, as on the receipts


def _body(letter: ReplyLetter, width: float) -> list[Flowable]:
    subject = layout.text(letter.subject) or "(tanpa judul)"
    opening = (
        f"Menindaklanjuti pengaduan Saudara Nomor {layout.text(letter.complaint_number)} "
        f"yang kami terima pada tanggal {format_date_long(letter.received_on)} mengenai "
        f"<i>{subject}</i>, dengan hormat kami sampaikan tanggapan sebagai berikut:"
    )
    outcome = letter.outcome.strip() or NO_OUTCOME
    rows: list[tuple[str, layout.Cell]] = [
        ("Nomor", letter.number),
        ("Sifat", "Biasa"),
        ("Lampiran", "-"),
        ("Perihal", SUBJECT.format(number=letter.complaint_number)),
    ]
    return [
        *reference_block(letter.city, letter.day, rows, width),
        *addressee(letter.recipient_name, letter.recipient_address_lines),
        Paragraph(opening, JUSTIFIED),
        layout.indented(para(letter.response, JUSTIFIED), width),
        Paragraph("Hasil penanganan pengaduan Saudara:", JUSTIFIED),
        layout.indented(para(outcome, JUSTIFIED), width),
        closing_and_signature(CLOSING, letter.signer, width),
    ]


def render_reply_letter(letter: ReplyLetter, paper: Paper = A4) -> bytes:
    """The surat jawaban pengaduan as PDF bytes (A4 or F4)."""
    if not letter.response.strip():
        raise ValueError("a reply letter needs the office's response")

    def story(setup: PageSetup) -> list[Flowable]:
        return fit_one_page([], lambda w: _body(letter, w), setup)

    return render_single(
        what="a complaint reply letter",
        paper=paper,
        calibration=None,
        letterhead=letter.letterhead,
        running_title=f"surat jawaban pengaduan Nomor {letter.number}",
        keep_line="",
        footer=letter.footer,
        title=f"Surat jawaban pengaduan {letter.number}",
        subject=SUBJECT.format(number=letter.complaint_number),
        story=story,
    )
