"""Surat keterangan ralat and surat keterangan pengganti sertifikat hilang: the letters
that close a correction or a lost-certificate case (issue 8, seed 000).

Both follow the surat keterangan of Tata Naskah Dinas: kop, title and number centred,
"Yang bertanda tangan di bawah ini" with the signatory's name, NIP and jabatan, what is
declared (the certificate, then the corrected fields or the police report), the closing
formula, the place and date, and the signatory's column on the right. The first-layer
checker's paraf sits in a small box at the bottom left, as a paraf hierarki does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from counterdesk.documents import layout
from counterdesk.documents.layout import JUSTIFIED, NUMBERED, para
from counterdesk.documents.letterhead import Letterhead
from counterdesk.documents.page import PageSetup, fit_one_page, render_single
from counterdesk.documents.paper import A4, Calibration, Paper, mm
from counterdesk.documents.people import Applicant
from counterdesk.documents.signers import Signer, identity_rows
from counterdesk.domain.formatting import before_period, format_date_long

CORRECTION_TITLE = "SURAT KETERANGAN RALAT"
REPLACEMENT_TITLE = "SURAT KETERANGAN PENGGANTI SERTIFIKAT HILANG"
CLOSING = "Demikian surat keterangan ini dibuat untuk dapat dipergunakan sebagaimana mestinya."
SIGNED_BELOW = "Yang bertanda tangan di bawah ini:"
PARAF_HEADING = "Diperiksa (lapis 1)"


@dataclass(frozen=True, slots=True)
class CorrectedField:
    label: str  # "Nama", "Tempat/tanggal lahir", …
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class CertificateRef:
    serial: str
    title: str
    issued_on: dt.date
    holder: Applicant  # name, NIK


@dataclass(frozen=True, slots=True)
class CorrectionLetter:
    """Surat keterangan ralat."""

    letterhead: Letterhead
    number: str
    issued_on: dt.date
    city: str
    certificate: CertificateRef
    fields: tuple[CorrectedField, ...]
    minutes_number: str
    minutes_on: dt.date
    signatory: Signer  # the leader who signs (second layer)
    checked_by: Signer  # first layer (paraf)
    footer: str = ""


@dataclass(frozen=True, slots=True)
class ReplacementLetter:
    """Surat keterangan pengganti sertifikat hilang."""

    letterhead: Letterhead
    number: str
    issued_on: dt.date
    city: str
    certificate: CertificateRef
    police_report_number: str
    police_report_on: dt.date
    minutes_number: str
    minutes_on: dt.date
    signatory: Signer
    checked_by: Signer
    footer: str = ""


_INDENT = 7 * mm


def office_itself(office_name: str) -> str:
    """The office without its parent bodies: the last line of a kop-style name
    ("Kementerian Keuangan …\nPusdiklat Bea dan Cukai" → "Pusdiklat Bea dan Cukai")."""
    lines = [line.strip() for line in office_name.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def _rows(rows: Sequence[tuple[str, layout.Cell]], width: float) -> Table:
    """``Label : value`` rows indented under the sentence that introduces them."""
    label_w = 42 * mm
    inner = layout.plain_rows(rows, [label_w, 3 * mm, width - _INDENT - label_w - 3 * mm])
    return layout.indented(inner, width, indent=_INDENT, gap=1.5 * mm)


def _signatory(signer: Signer, width: float) -> list[Flowable]:
    rows: list[tuple[str, layout.Cell]] = list(identity_rows(signer))
    return [para(SIGNED_BELOW, JUSTIFIED), _rows(rows, width)]


def _certificate(certificate: CertificateRef, width: float) -> Table:
    holder = certificate.holder
    rows: list[tuple[str, layout.Cell]] = [
        ("Nomor sertifikat", para(certificate.serial, layout.BOLD)),
        ("Jenis sertifikat", certificate.title),
        ("Tanggal terbit", format_date_long(certificate.issued_on)),
        ("Atas nama", holder.name),
    ]
    if holder.id_number.strip():
        rows.append((holder.id_label or "NIK", holder.id_number))
    return _rows(rows, width)


def _paraf(checker: Signer) -> Table:
    """The first-layer checker's paraf: name and jabatan beside an empty box to initial."""
    who: list[Flowable] = [
        para(f"{PARAF_HEADING}:", layout.SMALL),
        para(checker.name, layout.SMALL),
    ]
    if checker.title.strip():
        who.append(para(checker.title, layout.SMALL))
    return layout.bare_table(
        [[who, para("Paraf", layout.SMALL)]],
        [58 * mm, 18 * mm],
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ],
        font_size=8.5,
    )


def _closing_and_signature(
    city: str, issued_on: dt.date, signatory: Signer, checker: Signer, width: float
) -> Flowable:
    heading = [layout.place_date(city, issued_on)]
    if signatory.title.strip():
        heading.append(f"{signatory.title.strip()},")
    column = layout.Signer(tuple(heading), signatory.name, signatory.id_line)
    return KeepTogether(
        [
            para(CLOSING, JUSTIFIED),
            Spacer(1, 6 * mm),
            layout.signature_row(None, column, width, space=18 * mm),
            Spacer(1, 6 * mm),
            _paraf(checker),
        ]
    )


def _head(title: str, number: str) -> list[Flowable]:
    return [
        Paragraph(f"<u>{layout.text(title)}</u>", layout.TITLE),
        Paragraph(f"Nomor: {layout.text(number)}", layout.CENTER),
        Spacer(1, 6 * mm),
    ]


def _minutes_ref(number: str, day: dt.date) -> str:
    return f"Berita Acara Wawancara Nomor {layout.text(number)} tanggal {format_date_long(day)}"


@dataclass(frozen=True, slots=True)
class _Letter:
    """What both letters share for the page set-up and the PDF metadata."""

    letterhead: Letterhead
    number: str
    serial: str
    footer: str


def _render(
    letter: _Letter,
    title: str,
    short_name: str,
    body: Callable[[float], list[Flowable]],
    paper: Paper,
    calibration: Calibration | None,
) -> bytes:
    def story(setup: PageSetup) -> list[Flowable]:
        return fit_one_page(_head(title, letter.number), body, setup)

    return render_single(
        what=f"a {short_name}",
        paper=paper,
        calibration=calibration,
        letterhead=letter.letterhead,
        running_title=f"{short_name} Nomor {letter.number}",
        keep_line="",
        footer=letter.footer,
        title=f"{title.capitalize()} {letter.number}",
        subject=f"Sertifikat {letter.serial}",
        story=story,
    )


# -- surat keterangan ralat -----------------------------------------------------------


def _corrections(fields: Sequence[CorrectedField], width: float) -> Table:
    rows = [[f"{i}.", f.label, f.before, f.after] for i, f in enumerate(fields, start=1)]
    number_w, label_w = 12 * mm, 40 * mm
    value_w = (width - number_w - label_w) / 2
    return layout.list_table(
        ["No.", "Data", "Semula", "Menjadi"], rows, [number_w, label_w, value_w, value_w]
    )


def _correction_body(letter: CorrectionLetter, width: float) -> list[Flowable]:
    serial = layout.text(letter.certificate.serial)
    return [
        *_signatory(letter.signatory, width),
        para("dengan ini menerangkan bahwa pada sertifikat:", JUSTIFIED),
        _certificate(letter.certificate, width),
        Paragraph(
            "terdapat kesalahan penulisan data. Berdasarkan "
            f"{_minutes_ref(letter.minutes_number, letter.minutes_on)}, data pada sertifikat "
            "tersebut diralat sebagai berikut:",
            JUSTIFIED,
        ),
        Spacer(1, 2 * mm),
        _corrections(letter.fields, width),
        Spacer(1, 1 * mm),
        Paragraph(
            f"Data lain pada sertifikat Nomor {serial} tidak berubah. Surat keterangan ralat "
            f"ini merupakan bagian yang tidak terpisahkan dari sertifikat Nomor {serial}.",
            JUSTIFIED,
        ),
        _closing_and_signature(
            letter.city, letter.issued_on, letter.signatory, letter.checked_by, width
        ),
    ]


def render_correction_letter(
    letter: CorrectionLetter, paper: Paper = A4, *, calibration: Calibration | None = None
) -> bytes:
    """The surat keterangan ralat as PDF bytes (A4 or F4)."""
    if not letter.fields:
        raise ValueError("a correction letter needs at least one corrected field")
    return _render(
        _Letter(letter.letterhead, letter.number, letter.certificate.serial, letter.footer),
        CORRECTION_TITLE,
        "surat keterangan ralat",
        lambda w: _correction_body(letter, w),
        paper,
        calibration,
    )


# -- surat keterangan pengganti sertifikat hilang ---------------------------------------


def _replacement_body(letter: ReplacementLetter, width: float) -> list[Flowable]:
    serial = layout.text(letter.certificate.serial)
    office = layout.text(before_period(office_itself(letter.letterhead.office_name)))
    police = (
        f"Surat Tanda Penerimaan Laporan Kehilangan dari Kepolisian Nomor "
        f"{layout.text(letter.police_report_number)} tanggal "
        f"{format_date_long(letter.police_report_on)}"
    )
    minutes = _minutes_ref(letter.minutes_number, letter.minutes_on)
    points = [
        f"Sertifikat asli Nomor {serial} dinyatakan <b>tidak berlaku lagi</b>.",
        f"Surat keterangan ini berlaku sebagai <b>pengganti sertifikat Nomor {serial}</b> "
        "yang hilang, dengan data sebagaimana tersebut di atas.",
        f"Apabila sertifikat asli ditemukan kembali, sertifikat tersebut tidak dapat "
        f"dipergunakan dan wajib diserahkan kepada {office}.",
    ]
    return [
        *_signatory(letter.signatory, width),
        para("dengan ini menerangkan bahwa sertifikat:", JUSTIFIED),
        _certificate(letter.certificate, width),
        Paragraph(
            f"telah dilaporkan hilang sebagaimana {police}, dan pemegangnya telah diwawancarai "
            f"sebagaimana dituangkan dalam {minutes}.",
            JUSTIFIED,
        ),
        para("Sehubungan dengan hal tersebut:", JUSTIFIED),
        *[
            Paragraph(point, NUMBERED, bulletText=f"{i}.")
            for i, point in enumerate(points, start=1)
        ],
        _closing_and_signature(
            letter.city, letter.issued_on, letter.signatory, letter.checked_by, width
        ),
    ]


def render_replacement_letter(
    letter: ReplacementLetter, paper: Paper = A4, *, calibration: Calibration | None = None
) -> bytes:
    """The surat keterangan pengganti sertifikat hilang as PDF bytes (A4 or F4)."""
    if not letter.police_report_number.strip():
        raise ValueError("a replacement letter needs the police loss report number")
    return _render(
        _Letter(letter.letterhead, letter.number, letter.certificate.serial, letter.footer),
        REPLACEMENT_TITLE,
        "surat keterangan pengganti",
        lambda w: _replacement_body(letter, w),
        paper,
        calibration,
    )
