"""Lembar verifikasi berkas: the two-layer check on paper (seeds: "dicek minimal dua lapis").

The officer checks every requirement (layer 1) and a supervisor signs off (layer 2). The
sheet shows the checklist, the verdict, day 0 and the due date, and both layers side by
side. The first 12 hex characters of the checklist hash are printed on every page, so a
printed sheet can be matched to the sign-off stored in CounterDesk: a sheet whose
fingerprint differs shows a checklist that was changed after it was printed.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from counterdesk.documents import fonts, layout
from counterdesk.documents.layout import BOLD, CELL, EMPHASIS, HEADING, NOTE, NUMBER, para
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
    format_date_long,
    format_date_with_day,
    format_datetime_long,
    to_zone,
)

TITLE = "LEMBAR VERIFIKASI BERKAS"
COMPLETE = "LENGKAP DAN BENAR"
INCOMPLETE = "BELUM LENGKAP"
PENDING = "Menunggu persetujuan"
NOT_NEEDED = "Belum diperlukan"
RETURNED_NOTE = "Dikembalikan oleh verifikator/atasan: berkas belum dinyatakan lengkap dan benar."
FINGERPRINT_CHARS = 12
NO_DOCUMENTS = "Standar pelayanan tidak mencantumkan dokumen persyaratan untuk layanan ini."


@dataclass(frozen=True, slots=True)
class CheckedItem:
    """One requirement as the officer checked it; ``valid`` None means not judged."""

    requirement: str
    mandatory: bool = True
    present: bool = False
    valid: bool | None = None
    note: str = ""

    @property
    def blocks(self) -> bool:
        """A mandatory item that is missing or judged invalid keeps the file incomplete."""
        return self.mandatory and (not self.present or self.valid is False)


@dataclass(frozen=True, slots=True)
class OfficerCheck:
    """Layer 1: who checked the file, and when (aware; printed in the office's zone)."""

    officer: Officer
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class SupervisorDecision:
    """Layer 2: the verifikator/atasan's decision; ``reason`` is required to return it."""

    officer: Officer
    at: dt.datetime
    approved: bool
    reason: str = ""


@dataclass(frozen=True, slots=True)
class VerificationSheetData:
    letterhead: Letterhead
    application_number: str  # printed and in the Code 128
    received_at: dt.datetime  # aware
    tz_name: str  # "Asia/Jakarta" or "WIB"
    applicant: Applicant
    service_name: str
    standard_title: str
    time_limit: str  # "7 hari kerja"
    items: Sequence[CheckedItem]
    complete: bool  # the officer's verdict; must agree with the items
    checklist_sha256: str  # the hash the sign-off is bound to (hex)
    layer1: OfficerCheck
    layer2: SupervisorDecision | None = None  # None: waiting for the supervisor
    day0: dt.date | None = None  # the day the file became complete and correct
    due_on: dt.date | None = None
    notes: str = ""
    footer: str = ""


def fingerprint(checklist_sha256: str) -> str:
    """The first 12 hex characters, lower case: short enough to compare by eye."""
    digest = checklist_sha256.strip().lower()
    if len(digest) < FINGERPRINT_CHARS or not set(digest) <= set(string.hexdigits.lower()):
        raise ValueError(f"checklist hash must be hex, got {checklist_sha256!r}")
    return digest[:FINGERPRINT_CHARS]


def _check(data: VerificationSheetData) -> None:
    blocking = [i.requirement for i in data.items if i.blocks]
    if data.complete and blocking:
        raise ValueError(f"verdict 'lengkap' contradicts the checklist: {blocking}")
    if not data.complete and not blocking:
        raise ValueError("verdict 'belum lengkap' but no mandatory item is missing or invalid")
    if data.layer2 and not data.layer2.approved and not data.layer2.reason.strip():
        raise ValueError("a returned file needs the supervisor's reason")


def _checklist(data: VerificationSheetData, width: float) -> list[Flowable]:
    if not data.items:  # nothing to check: no empty table under the heading
        return [para(NO_DOCUMENTS, CELL)]
    rows = [
        [
            f"{n}.",
            i.requirement,
            "Ya" if i.mandatory else "Tidak",
            "Ada" if i.present else "Tidak ada",
            "—" if i.valid is None else ("Sah" if i.valid else "Tidak sah"),
            i.note,
        ]
        for n, i in enumerate(data.items, start=1)
    ]
    # the status columns just fit "Tidak ada" / "Tidak sah"; the requirement gets the rest
    fixed = [12 * mm, 15.5 * mm, 21 * mm, 21 * mm, 36 * mm]
    widths = [*fixed[:1], width - sum(fixed), *fixed[1:]]
    table = layout.list_table(
        ["No.", "Persyaratan", "Wajib", "Ada", "Sah", "Keterangan"], rows, widths
    )
    return [table]


def _summary(items: Sequence[CheckedItem]) -> str:
    mandatory = [i for i in items if i.mandatory]
    blocking = [n for n, i in enumerate(items, start=1) if i.blocks]
    if blocking:
        numbers = ", ".join(str(n) for n in blocking)
        return (
            f"Persyaratan wajib belum ada atau tidak sah: {len(blocking)} dari "
            f"{len(mandatory)} (nomor {numbers})."
        )
    if not items:
        return "Tidak ada dokumen yang perlu diperiksa: standar pelayanan tidak mensyaratkannya."
    if not mandatory:
        return "Tidak ada persyaratan wajib untuk layanan ini."
    judged = " dan sah" if all(i.valid for i in mandatory) else ""
    return f"Semua {len(mandatory)} persyaratan wajib ada{judged}."


def _result(data: VerificationSheetData, width: float) -> Flowable:
    """The verdict with its reason, then the clock: day 0 and the due date, or why not."""
    verdict = [
        para(COMPLETE if data.complete else INCOMPLETE, EMPHASIS),
        para(_summary(data.items), CELL),
    ]
    returned = data.layer2 is not None and not data.layer2.approved
    if returned:
        verdict.append(para(RETURNED_NOTE, layout.CELL_BOLD))
    rows: list[tuple[str, layout.Cell]] = [("Kesimpulan", verdict)]
    if not data.complete or returned:
        rows.append(("Jangka waktu", f"Belum berjalan: {layout.NOT_YET_COUNTING.lower()}"))
    else:
        day0 = format_date_with_day(data.day0) + " (berkas lengkap dan benar)" if data.day0 else ""
        due = para(format_date_with_day(data.due_on), layout.CELL_BOLD) if data.due_on else ""
        rows += [("Hari ke-0", day0), ("Selesai paling lambat", due)]
    return layout.field_table(rows, width, label_width=45 * mm)


def _layer_cells(
    heading: str, lines: Sequence[Flowable], signer: Officer | None
) -> list[Flowable | str]:
    under = layout.officer_under_name(signer) if signer else ""
    return [
        para(heading, BOLD),
        list(lines),
        "",
        layout.sign_name(signer.name) if signer else "",
        para(under, layout.CENTER) if under else "",
    ]


def _waiting(complete: bool) -> list[Flowable]:
    if not complete:  # an incomplete file goes back to the applicant, not to the supervisor
        return [
            para(NOT_NEEDED, EMPHASIS),
            para("Persetujuan diminta setelah berkas dinyatakan lengkap dan benar.", CELL),
        ]
    return [
        para(PENDING, EMPHASIS),
        para(
            "Persetujuan diberikan di CounterDesk. Cetak ulang lembar ini setelah "
            "disetujui; jangan ditandatangani sebelum itu.",
            CELL,
        ),
    ]


def _layers(data: VerificationSheetData, width: float) -> Flowable:
    tz = data.tz_name
    first = _layer_cells(
        "Lapis 1 — Petugas pemeriksa",
        [
            para(f"Diperiksa: {format_datetime_long(data.layer1.at, tz)}", CELL),
            para(f"Kesimpulan: {'Lengkap dan benar' if data.complete else 'Belum lengkap'}", CELL),
        ],
        data.layer1.officer,
    )
    decision = data.layer2
    if decision is None:
        second = _layer_cells("Lapis 2 — Verifikator/atasan", _waiting(data.complete), None)
    else:
        lines = [
            para(f"Diputuskan: {format_datetime_long(decision.at, tz)}", CELL),
            Paragraph(
                f"Keputusan: <b>{'Disetujui' if decision.approved else 'Dikembalikan'}</b>", CELL
            ),
        ]
        if decision.reason.strip():
            lines.append(para(f"Alasan: {decision.reason}", CELL))
        second = _layer_cells("Lapis 2 — Verifikator/atasan", lines, decision.officer)
    half = width / 2
    rows = [list(pair) for pair in zip(first, second, strict=True)]
    table = Table(rows, colWidths=[half, half], rowHeights=[None, None, 16 * mm, None, None])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 10),
                ("BOX", (0, 0), (0, -1), 0.6, colors.black),
                ("BOX", (1, 0), (1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("TOPPADDING", (0, 0), (-1, 0), 2 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 2 * mm),
            ]
        )
    )
    return table


def _body(data: VerificationSheetData, width: float) -> list[Flowable]:
    applicant = data.applicant
    body: list[Flowable] = [
        para("A. Pemohon dan layanan", HEADING),
        layout.field_table(
            [
                (
                    "Nama pemohon",
                    para(applicant.name, layout.CELL_BOLD),
                    applicant.id_label,
                    applicant.id_number,
                ),
                ("Jenis layanan", para(data.service_name, layout.CELL_BOLD)),
                ("Standar pelayanan", data.standard_title, "Jangka waktu", data.time_limit),
            ],
            width,
            label_width=45 * mm,
            second_label_width=28 * mm,
        ),
        para("B. Daftar periksa persyaratan", HEADING),
        *_checklist(data, width),
        KeepTogether([para("C. Hasil verifikasi", HEADING), _result(data, width)]),
    ]
    if data.notes.strip():
        body.append(Paragraph(f"<b>Catatan:</b> {layout.text(data.notes)}", NOTE))
    body.append(
        KeepTogether(
            [para("D. Pemeriksaan dua lapis", HEADING), Spacer(1, 1 * mm), _layers(data, width)]
        )
    )
    return body


def _story(data: VerificationSheetData, setup: PageSetup) -> list[Flowable]:
    width = content_width(setup.paper)
    received = format_date_long(to_zone(data.received_at, data.tz_name).date())
    head: list[Flowable] = [
        para(TITLE, layout.TITLE),
        Spacer(1, 3 * mm),
        layout.header_block(
            [
                ("Nomor permohonan", para(data.application_number, NUMBER)),
                ("Tanggal diterima", received),
                ("Sidik daftar periksa", para(fingerprint(data.checklist_sha256), layout.CODE)),
            ],
            data.application_number,
            width,
            label_width=39 * mm,
        ),
    ]
    return fit_one_page(head, lambda w: _body(data, w), setup)


def render_verification_sheet(
    data: VerificationSheetData, *, paper: Paper = A4, calibration: Calibration | None = None
) -> bytes:
    """The verification sheet as PDF bytes, for the file's paper folder."""
    _check(data)
    short = fingerprint(data.checklist_sha256)
    return render_single(
        what="a verification sheet",
        paper=paper,
        calibration=calibration,
        letterhead=data.letterhead,
        running_title=f"lembar verifikasi {data.application_number}",
        keep_line=(
            f"Sidik daftar periksa {short} harus sama dengan sidik persetujuan yang tersimpan "
            "di CounterDesk."
        ),
        footer=data.footer,
        title=f"Lembar verifikasi {data.application_number}",
        subject=data.service_name,
        story=lambda setup: _story(data, setup),
    )
