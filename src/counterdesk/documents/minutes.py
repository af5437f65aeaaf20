"""Berita Acara Wawancara: the minutes of an interview before a certificate is corrected
or a lost one replaced (seed 000), in the form of Tata Naskah Dinas."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counterdesk.documents.letterhead import Letterhead
from counterdesk.documents.paper import A4, Calibration, Paper
from counterdesk.documents.signers import Signer


@dataclass(frozen=True, slots=True)
class QuestionAnswer:
    question: str
    answer: str


@dataclass(frozen=True, slots=True)
class MinutesDocument:
    letterhead: Letterhead
    number: str
    case_label: str  # "Ralat Sertifikat", "Sertifikat Hilang", "Lainnya"
    held_on: dt.date
    held_time: str  # "10.05 WIB"
    place: str
    subject: str  # "permohonan ralat sertifikat nomor SAK-…"
    interviewers: tuple[Signer, ...]
    interviewee: Signer
    witnesses: tuple[Signer, ...]
    questions: tuple[QuestionAnswer, ...]
    statements: tuple[str, ...]
    conclusion: str
    supervisor: Signer | None  # "Mengetahui"
    amends: str = ""  # number of the minutes this one amends (BA perubahan)
    city: str = ""  # place line of the signature date, e.g. "Jakarta"
    footer: str = ""  # the office's own footer line, if any


def render_minutes(
    doc: MinutesDocument, paper: Paper = A4, *, calibration: Calibration | None = None
) -> bytes:
    """The Berita Acara as PDF bytes (A4 or F4)."""
    raise NotImplementedError("render_minutes: layout in progress")
