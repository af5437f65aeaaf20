"""Surat permohonan maaf: the office's apology for a service finished after its promised
date, with the compensation the standard grants (issue 10 point 5, seed 001: "surat
permohonan maaf dan pengurangan waktu layanan sebanyak 1 (satu) hari dari janji layanan
saat pelanggan melakukan sertifikasi berikutnya").

A surat dinas of Tata Naskah Dinas: kop; place and date at the top right; Nomor, Sifat,
Lampiran, Hal; "Yth." with the applicant's name and address; the late application (number,
service, promised and finished days, how late in working days); the compensation in a
box the applicant brings back ("dengan membawa atau menunjukkan surat permohonan maaf"),
with the letter number as Code 128 so the counter scans it; the closing formula and the
office signatory's column on the right.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from counterdesk.documents import layout
from counterdesk.documents.layout import JUSTIFIED, para
from counterdesk.documents.letterhead import Letterhead
from counterdesk.documents.page import PageSetup, fit_one_page, render_single
from counterdesk.documents.paper import A4, Paper, mm
from counterdesk.documents.people import Applicant
from counterdesk.documents.signers import Signer
from counterdesk.domain.formatting import format_date_long

TITLE = "Surat permohonan maaf"
SUBJECT = "Permohonan maaf atas keterlambatan layanan"
CLOSING = (
    "Kami akan terus berupaya agar setiap layanan selesai tepat waktu. Atas perhatian dan "
    "pengertian Saudara, kami ucapkan terima kasih."
)
_RIGHT = ParagraphStyle("apology_right", parent=layout.BODY, alignment=TA_RIGHT)
_WORDS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")


def in_words(n: int) -> str:
    """``1 (satu)``, as letters write small counts; larger ones as digits alone."""
    return f"{n} ({_WORDS[n]})" if 0 <= n < len(_WORDS) else str(n)


@dataclass(frozen=True, slots=True)
class ApologyLetter:
    letterhead: Letterhead
    number: str  # the MAAF letter number: printed, and in the Code 128
    city: str
    day: dt.date  # the day it was granted
    recipient: Applicant  # name, NIK/NIB and address the letter is addressed to
    application_number: str
    service_name: str
    standard_title: str
    received_on: dt.date
    due_on: dt.date  # the promised day
    finished_on: dt.date  # the day the product was ready
    late_working_days: int
    days_off: int  # working days taken off the next certification's promise
    signer: Signer  # the office signatory
    footer: str = ""  # the office's complaint channels, as on the receipts


def reference_block(
    city: str, day: dt.date, rows: Sequence[tuple[str, layout.Cell]], width: float
) -> list[Flowable]:
    """Place and date at the top right, then ``Nomor``, ``Sifat``, … rows: the head of a
    surat dinas."""
    return [
        Paragraph(layout.text(layout.place_date(city, day)), _RIGHT),
        Spacer(1, 2 * mm),
        layout.plain_rows(rows, [24 * mm, 3 * mm, width - 27 * mm]),
    ]


def addressee(name: str, lines: Sequence[str]) -> list[Flowable]:
    """``Yth. <name>``, the address lines, ``di tempat``."""
    texts = [f"Yth. {name.strip()}", *(line.strip() for line in lines if line.strip())]
    texts.append("di tempat")
    return [Spacer(1, 5 * mm), *[para(line) for line in texts], Spacer(1, 4 * mm)]


def closing_and_signature(closing: str, signer: Signer, width: float) -> Flowable:
    """The closing sentence and the signatory's column ("Kepala …," or "Hormat kami,"),
    kept together: the end of every surat dinas of the office."""
    title = signer.title.strip()
    column = layout.Signer((f"{title}," if title else "Hormat kami,",), signer.name, signer.id_line)
    return KeepTogether(
        [
            para(closing, JUSTIFIED),
            Spacer(1, 6 * mm),
            layout.signature_row(None, column, width, space=18 * mm),
        ]
    )


def _facts(letter: ApologyLetter, width: float) -> Flowable:
    rows: list[tuple[str, layout.Cell]] = [
        ("Nomor permohonan", para(letter.application_number, layout.BOLD)),
        ("Jenis layanan", letter.service_name),
        ("Tanggal diterima", format_date_long(letter.received_on)),
        ("Dijanjikan selesai", format_date_long(letter.due_on)),
        ("Selesai pada", format_date_long(letter.finished_on)),
        ("Keterlambatan", f"{in_words(letter.late_working_days)} hari kerja"),
    ]
    label_w = 42 * mm
    inner = layout.plain_rows(rows, [label_w, 3 * mm, width - 7 * mm - label_w - 3 * mm])
    return layout.indented(inner, width, indent=7 * mm, gap=1.5 * mm)


def _voucher(letter: ApologyLetter, width: float) -> Flowable:
    who = letter.recipient
    identity = f" ({who.id_label} {who.id_number})" if who.id_number.strip() else ""
    words = layout.text(
        f"Berlaku satu kali untuk permohonan sertifikasi berikutnya atas nama {who.name}"
        f"{identity} menurut {letter.standard_title}. Bawa atau tunjukkan surat ini saat "
        "mengajukan permohonan; petugas dapat memindai nomor surat di bawah ini."
    )
    return layout.boxed(
        [
            para(
                f"KOMPENSASI: janji layanan dipercepat {in_words(letter.days_off)} hari kerja",
                layout.BOLD,
            ),
            Spacer(1, 1.5 * mm),
            Paragraph(words, layout.SMALL),
            Spacer(1, 2 * mm),
            layout.Code128Flowable(letter.number),
        ],
        width,
    )


def _body(letter: ApologyLetter, width: float) -> list[Flowable]:
    who = letter.recipient
    address = [*who.address.splitlines()] or [x for x in (who.phone, who.email) if x.strip()]
    office = layout.text(letter.letterhead.office_name.splitlines()[-1].strip())
    return [
        *reference_block(
            letter.city,
            letter.day,
            [("Nomor", letter.number), ("Sifat", "Biasa"), ("Lampiran", "-"), ("Hal", SUBJECT)],
            width,
        ),
        *addressee(who.name, address),
        para("Dengan hormat,", JUSTIFIED),
        para(
            "Kami memohon maaf karena layanan yang Saudara ajukan berikut ini selesai melewati "
            "waktu yang kami janjikan:",
            JUSTIFIED,
        ),
        _facts(letter, width),
        Paragraph(
            f"Sesuai {layout.text(letter.standard_title)}, sebagai kompensasi atas keterlambatan "
            f"tersebut Saudara memperoleh pengurangan waktu layanan sebanyak "
            f"{in_words(letter.days_off)} hari kerja dari janji layanan pada saat Saudara "
            f"melakukan sertifikasi berikutnya di {office}.",
            JUSTIFIED,
        ),
        Spacer(1, 3 * mm),
        _voucher(letter, width),
        Spacer(1, 2 * mm),
        closing_and_signature(CLOSING, letter.signer, width),
    ]


def render_apology_letter(letter: ApologyLetter, paper: Paper = A4) -> bytes:
    """The surat permohonan maaf as PDF bytes (A4 or F4)."""
    if letter.days_off < 0 or letter.late_working_days < 1:
        raise ValueError("an apology letter is for a service finished late")

    def story(setup: PageSetup) -> list[Flowable]:
        return fit_one_page([], lambda w: _body(letter, w), setup)

    return render_single(
        what="an apology letter",
        paper=paper,
        calibration=None,
        letterhead=letter.letterhead,
        running_title=f"surat permohonan maaf Nomor {letter.number}",
        keep_line="Simpan surat ini: tunjukkan saat mengajukan sertifikasi berikutnya.",
        footer=letter.footer,
        title=f"{TITLE} {letter.number}",
        subject=f"{SUBJECT} — permohonan {letter.application_number}",
        story=story,
    )
