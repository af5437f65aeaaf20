"""Tanda terima berkas permohonan: the slip the applicant takes home from the counter.

A4 portrait by default (F4 also works): the counters print on a shared A4/F4 office
printer, and a half-sheet (A5) needs a tray change nobody does between applicants; a
full page also keeps a 12-item checklist (seed 002) on one sheet in readable type.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph, Spacer

from counterdesk.documents import fonts, layout
from counterdesk.documents.layout import (
    BODY,
    EMPHASIS,
    HEADING,
    NOT_YET_COUNTING,
    NOTE,
    NUMBER,
    para,
)
from counterdesk.documents.letterhead import Letterhead
from counterdesk.documents.page import (
    Metadata,
    PageSetup,
    build_pdf,
    content_width,
    fit_one_page,
    footer_text,
    office_paper,
)
from counterdesk.documents.paper import A4, NO_CALIBRATION, Calibration, Paper, mm
from counterdesk.documents.people import Applicant, Officer
from counterdesk.domain.formatting import (
    format_date_with_day,
    format_time_with_zone,
    to_zone,
)

TITLE = "TANDA TERIMA BERKAS PERMOHONAN"


@dataclass(frozen=True, slots=True)
class ReceivedDocument:
    """One line of the checklist: what was handed over, or that it is still missing."""

    label: str
    present: bool
    note: str = ""


@dataclass(frozen=True, slots=True)
class ReceiptData:
    letterhead: Letterhead
    number: str
    received_at: dt.datetime  # aware; printed in the office's zone
    tz_name: str  # "Asia/Jakarta" or "WIB"
    applicant: Applicant
    service_name: str
    standard_title: str
    channel: str  # "Datang langsung ke loket", "Pos", "Email", ...
    documents: Sequence[ReceivedDocument]
    promised_on: dt.date | None  # None until the file is complete and correct
    time_limit: str  # "7 hari kerja"
    fee: str  # "Tidak dipungut biaya" or format_rupiah(...)
    officer: Officer
    notes: str = ""
    footer: str = ""  # how to ask about the application; complaint channels
    place: str = ""  # city before the signature date, e.g. "Jakarta"
    # "Kompensasi keterlambatan: janji layanan dipercepat 1 hari kerja (surat …)" (issue 10)
    compensation: str = ""


def _header(data: ReceiptData, width: float) -> Flowable:
    local = to_zone(data.received_at, data.tz_name)
    rows: list[tuple[str, Flowable | str]] = [
        ("Nomor", para(data.number, NUMBER)),
        ("Tanggal", format_date_with_day(local.date())),
        ("Pukul", format_time_with_zone(data.received_at, data.tz_name)),
        ("Diterima melalui", data.channel),
    ]
    return layout.header_block(rows, data.number, width)


def _documents(data: ReceiptData, width: float) -> list[Flowable]:
    rows = [
        [f"{i}.", d.label, "Ada" if d.present else "Belum ada", d.note]
        for i, d in enumerate(data.documents, start=1)
    ]
    present = sum(d.present for d in data.documents)
    table = layout.list_table(
        ["No.", "Dokumen", "Status", "Keterangan"],
        rows,
        [12 * mm, width - 12 * mm - 26 * mm - 46 * mm, 26 * mm, 46 * mm],
    )
    summary = f"Diterima {present} dari {len(data.documents)} dokumen."
    return [table, Spacer(1, 1.5 * mm), para(summary, BODY)]


def _story(data: ReceiptData, setup: PageSetup) -> list[Flowable]:
    width = content_width(setup.paper)
    head: list[Flowable] = [
        para(TITLE, layout.TITLE),
        Spacer(1, 3 * mm),
        _header(data, width),
    ]
    return fit_one_page(head, lambda w: _body(data, w), setup)


def _body(data: ReceiptData, width: float) -> list[Flowable]:
    applicant = data.applicant
    promised: Flowable = (
        para(format_date_with_day(data.promised_on), EMPHASIS)
        if data.promised_on
        else para(NOT_YET_COUNTING, EMPHASIS)
    )
    dated = layout.place_date(data.place, to_zone(data.received_at, data.tz_name).date())
    body: list[Flowable] = [
        para("A. Pemohon", HEADING),
        layout.field_table(
            [
                ("Nama", para(applicant.name, layout.CELL_BOLD)),
                (applicant.id_label, applicant.id_number, "Telepon", applicant.phone),
            ],
            width,
        ),
        para("B. Layanan", HEADING),
        layout.field_table(
            [
                ("Jenis layanan", para(data.service_name, layout.CELL_BOLD)),
                ("Standar pelayanan", data.standard_title),
                ("Jangka waktu penyelesaian", data.time_limit),
                ("Biaya/tarif", data.fee),
                ("Selesai paling lambat", promised),
            ],
            width,
        ),
    ]
    if data.compensation.strip():
        label, _, rest = data.compensation.partition(":")
        body.append(Paragraph(f"<b>{layout.text(label)}:</b> {layout.text(rest)}", NOTE))
    body += [
        para("C. Berkas yang diterima", HEADING),
        *_documents(data, width),
    ]
    if data.notes.strip():
        body.append(Paragraph(f"<b>Catatan:</b> {layout.text(data.notes)}", NOTE))
    body.append(
        layout.signatures(
            layout.Signer(("", "Pemohon,"), applicant.name),
            layout.Signer(
                (dated, "Petugas Loket,"),
                data.officer.name,
                layout.officer_under_name(data.officer),
            ),
            width,
        )
    )
    return body


def _footer(data: ReceiptData) -> str:
    keep = (
        f"Simpan tanda terima ini. Sebutkan nomor {data.number} saat menanyakan "
        "status permohonan atau mengambil hasil layanan."
    )
    return footer_text(keep, data.footer)


def _setup(data: ReceiptData, paper: Paper, calibration: Calibration) -> PageSetup:
    return PageSetup(
        paper=paper,
        letterhead=data.letterhead,
        running_title=f"tanda terima {data.number}",
        footer=_footer(data),
        calibration=calibration,
    )


def render_receipts(
    items: Sequence[ReceiptData],
    *,
    paper: Paper = A4,
    calibration: Calibration | None = None,
) -> bytes:
    """Several receipts in one PDF (one print job), the kop drawn once for all."""
    fonts.register_fonts()  # paragraphs resolve font names as they are built
    calibration = calibration or NO_CALIBRATION
    if not items:
        raise ValueError("no receipts to render")
    office_paper(paper, "a receipt")
    first = items[0]
    meta = Metadata(
        title=f"Tanda terima {first.number}" if len(items) == 1 else "Tanda terima",
        author=first.letterhead.office_name.replace("\n", " "),
        subject=first.service_name if len(items) == 1 else "",
    )
    setups = [_setup(d, paper, calibration) for d in items]
    return build_pdf([(s, _story(d, s)) for d, s in zip(items, setups, strict=True)], meta)


def render_receipt(
    data: ReceiptData, *, paper: Paper = A4, calibration: Calibration | None = None
) -> bytes:
    """The tanda terima as PDF bytes, ready to print or to keep as the file's copy."""
    return render_receipts([data], paper=paper, calibration=calibration)
