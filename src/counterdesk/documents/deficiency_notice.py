"""Surat pemberitahuan kekurangan berkas: the letter an applicant takes home when the
file is not yet complete and correct.

It answers what the applicant asks at that moment: what exactly is missing or wrong and
what to bring, that the service's time limit has not started, and how to come back (with
this letter; the same application continues). The Code 128 holds the application number,
so the counter scans the letter when the applicant returns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from reportlab.platypus import Flowable, Paragraph, Spacer

from counterdesk.documents import layout
from counterdesk.documents.layout import BODY, HEADING, NOTE, NUMBER, para
from counterdesk.documents.letterhead import Letterhead
from counterdesk.documents.page import (
    PageSetup,
    content_width,
    fit_one_page,
    render_single,
)
from counterdesk.documents.paper import A4, Calibration, Paper, mm
from counterdesk.documents.people import Applicant, Officer
from counterdesk.domain.formatting import format_date_long, format_date_with_day

TITLE = "SURAT PEMBERITAHUAN KEKURANGAN BERKAS"
CLOCK_NOT_STARTED = "Jangka waktu penyelesaian layanan belum berjalan."
CLOCK_RULE = (
    "Jangka waktu penyelesaian {limit}dihitung sejak berkas dinyatakan lengkap dan benar, "
    "bukan sejak permohonan diterima; tanggal selesai diberitahukan pada saat itu."
)
PROBLEM_LABELS = {"missing": "Belum ada", "invalid": "Tidak sah"}


@dataclass(frozen=True, slots=True)
class Deficiency:
    """One requirement that stops the file: missing, or handed in but not valid.

    ``note`` says what is wrong and what to bring, in the applicant's terms
    ("Fotokopi tidak terbaca; bawa fotokopi baru dan aslinya").
    """

    requirement: str
    problem: Literal["missing", "invalid"]
    note: str = ""


@dataclass(frozen=True, slots=True)
class DeficiencyNoticeData:
    letterhead: Letterhead
    letter_number: str  # "SK-L01-26-000012X"
    issued_on: dt.date  # the letter's date, in the office's zone
    application_number: str  # "TT-L01-26-000123K": printed and in the Code 128
    received_on: dt.date  # when the application was received
    applicant: Applicant  # name, NIK/NIB and address the letter is addressed to
    service_name: str
    standard_title: str
    time_limit: str  # "7 hari kerja"
    deficiencies: Sequence[Deficiency]
    officer: Officer
    documents_received: tuple[int, int] | None = None  # (received, total): "9 dari 12"
    notes: str = ""
    footer: str = ""  # the office's complaint channels
    place: str = ""  # city before the date of signing, e.g. "Jakarta"
    signer_title: str = "Petugas Loket"


def _addressee(applicant: Applicant) -> list[Flowable]:
    lines: list[Flowable] = [Paragraph(f"Kepada Yth. <b>{layout.text(applicant.name)}</b>", BODY)]
    if applicant.id_number.strip():
        lines.append(para(f"{applicant.id_label} {applicant.id_number}", BODY))
    if applicant.address.strip():
        lines.append(para(applicant.address, BODY))
    return lines


def _application(data: DeficiencyNoticeData, width: float) -> Flowable:
    return layout.field_table(
        [
            ("Jenis layanan", para(data.service_name, layout.CELL_BOLD)),
            ("Standar pelayanan", data.standard_title),
            (
                "Tanggal diterima",
                format_date_with_day(data.received_on),
                "Jangka waktu",
                data.time_limit,
            ),
        ],
        width,
        label_width=40 * mm,
        second_label_width=28 * mm,
    )


def _deficiencies(data: DeficiencyNoticeData, width: float) -> list[Flowable]:
    rows = [
        [f"{i}.", d.requirement, PROBLEM_LABELS[d.problem], d.note]
        for i, d in enumerate(data.deficiencies, start=1)
    ]
    status_w, note_w = 23 * mm, 64 * mm
    table = layout.list_table(
        ["No.", "Persyaratan", "Masalah", "Yang harus dilengkapi"],
        rows,
        [12 * mm, width - 12 * mm - status_w - note_w, status_w, note_w],
    )
    if not data.documents_received:
        return [table]
    received, total = data.documents_received
    summary = f"Dokumen yang sudah diterima: {received} dari {total}."
    return [table, Spacer(1, 1.5 * mm), para(summary, BODY)]


def _clock(data: DeficiencyNoticeData, width: float) -> Flowable:
    limit = f"({data.time_limit.strip()}) " if data.time_limit.strip() else ""
    return layout.boxed(
        [
            para(CLOCK_NOT_STARTED, layout.EMPHASIS),
            Spacer(1, 1 * mm),
            para(CLOCK_RULE.format(limit=limit), BODY),
        ],
        width,
    )


def _return_steps(data: DeficiencyNoticeData) -> list[Flowable]:
    steps = [
        "Siapkan persyaratan pada tabel B sesuai kolom “Yang harus dilengkapi”.",
        "Datang kembali ke loket dengan membawa surat ini.",
        f"Permohonan berlanjut dengan nomor {data.application_number}; "
        "tidak perlu mengajukan permohonan baru.",
    ]
    return [para(f"{i}. {step}", BODY) for i, step in enumerate(steps, start=1)]


def _body(data: DeficiencyNoticeData, width: float) -> list[Flowable]:
    body: list[Flowable] = [
        Spacer(1, 3 * mm),
        *_addressee(data.applicant),
        para(
            "Dengan hormat, berkas permohonan Saudara telah kami periksa dan belum lengkap "
            "dan/atau belum benar, sehingga permohonan belum dapat diproses.",
            NOTE,
        ),
        para("A. Permohonan", HEADING),
        _application(data, width),
        para("B. Kekurangan berkas", HEADING),
        *_deficiencies(data, width),
        Spacer(1, 3 * mm),
        _clock(data, width),
        para("C. Cara melengkapi berkas", HEADING),
        *_return_steps(data),
    ]
    if data.notes.strip():
        body.append(Paragraph(f"<b>Catatan:</b> {layout.text(data.notes)}", NOTE))
    body.append(para("Atas perhatian Saudara, kami ucapkan terima kasih.", NOTE))
    body.append(
        layout.signatures(
            None,
            layout.Signer(
                (layout.place_date(data.place, data.issued_on), f"{data.signer_title},"),
                data.officer.name,
                layout.officer_under_name(data.officer),
            ),
            width,
        )
    )
    return body


def _story(data: DeficiencyNoticeData, setup: PageSetup) -> list[Flowable]:
    width = content_width(setup.paper)
    head: list[Flowable] = [
        para(TITLE, layout.TITLE),
        Spacer(1, 3 * mm),
        layout.header_block(
            [
                ("Nomor surat", data.letter_number),
                ("Tanggal", format_date_long(data.issued_on)),
                ("Nomor permohonan", para(data.application_number, NUMBER)),
            ],
            data.application_number,
            width,
            label_width=39 * mm,
        ),
    ]
    return fit_one_page(head, lambda w: _body(data, w), setup)


def render_deficiency_notice(
    data: DeficiencyNoticeData, *, paper: Paper = A4, calibration: Calibration | None = None
) -> bytes:
    """The notice as PDF bytes: printed for the applicant and kept as the file's copy."""
    if not data.deficiencies:
        raise ValueError("a deficiency notice needs at least one missing or invalid item")
    return render_single(
        what="a deficiency notice",
        paper=paper,
        calibration=calibration,
        letterhead=data.letterhead,
        running_title=f"surat {data.letter_number}",
        keep_line=(
            f"Bawa surat ini saat melengkapi berkas. Sebutkan nomor permohonan "
            f"{data.application_number} saat menanyakan status permohonan."
        ),
        footer=data.footer,
        title=f"Pemberitahuan kekurangan berkas {data.application_number}",
        subject=data.service_name,
        story=lambda setup: _story(data, setup),
    )
