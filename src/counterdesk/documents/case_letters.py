"""Surat keterangan ralat and surat keterangan pengganti sertifikat hilang: the letters
that close a correction or a lost-certificate case (issue 8, seed 000)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counterdesk.documents.letterhead import Letterhead
from counterdesk.documents.paper import A4, Calibration, Paper
from counterdesk.documents.people import Applicant
from counterdesk.documents.signers import Signer


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


def render_correction_letter(
    letter: CorrectionLetter, paper: Paper = A4, *, calibration: Calibration | None = None
) -> bytes:
    raise NotImplementedError("render_correction_letter: layout in progress")


def render_replacement_letter(
    letter: ReplacementLetter, paper: Paper = A4, *, calibration: Calibration | None = None
) -> bytes:
    raise NotImplementedError("render_replacement_letter: layout in progress")
