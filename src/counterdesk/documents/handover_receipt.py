"""Tanda terima penyerahan: which certificates or cards went to whom, on A4 or F4.

The receiver is the holder or a representative; a representative's power of attorney
(surat kuasa) is named, and both the officer and the receiver sign.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from counterdesk.documents import layout
from counterdesk.documents.certificate_data import HandoverReceiptData
from counterdesk.documents.layout import HEADING, NUMBER, para
from counterdesk.documents.page import PageSetup, content_width, render_single
from counterdesk.documents.paper import A4, Paper, mm
from counterdesk.domain.formatting import format_date_long

TITLE = "TANDA TERIMA PENYERAHAN SERTIFIKAT"


def _story(data: HandoverReceiptData, setup: PageSetup) -> list[Flowable]:
    width = content_width(setup.paper)
    rows = [[f"{i}.", serial, title] for i, (serial, title) in
            enumerate(zip(data.serials, data.titles, strict=True), start=1)]  # fmt: skip
    capacity = "Kuasa dari pemegang (dengan surat kuasa)" if data.power_of_attorney else "Pemegang"
    return [
        para(TITLE, layout.TITLE),
        Spacer(1, 3 * mm),
        layout.header_block(
            [
                ("Nomor", para(data.serials[0], NUMBER)),
                ("Tanggal", format_date_long(data.handed_on)),
            ],
            data.serials[0],
            width,
        ),
        para("A. Yang diserahkan", HEADING),
        layout.list_table(
            ["No.", "Nomor seri", "Jenis"], rows, [12 * mm, 62 * mm, width - 74 * mm]
        ),
        para("B. Penerima", HEADING),
        layout.field_table(
            [
                ("Atas nama (pemegang)", para(data.holder_name, layout.CELL_BOLD)),
                ("Diterima oleh", para(data.receiver_name, layout.CELL_BOLD)),
                (data.receiver_id_label or "No. identitas", data.receiver_id),
                ("Sebagai", capacity),
            ],
            width,
        ),
        para(
            "Penerima telah memeriksa dokumen di atas dan menerimanya dalam keadaan baik. "
            "Dokumen yang telah diserahkan menjadi tanggung jawab penerima.",
            layout.NOTE,
        ),
        layout.signatures(
            layout.Signer(
                ("", "Yang menerima,"),
                data.receiver_name,
                f"{data.receiver_id_label} {data.receiver_id}".strip(),
            ),
            layout.Signer(
                (layout.place_date(data.city, data.handed_on), "Petugas yang menyerahkan,"),
                data.officer.name,
                data.officer.id_line,
            ),
            width,
        ),
    ]


def render_handover_receipt(data: HandoverReceiptData, paper: Paper = A4) -> bytes:
    """The hand-over receipt as PDF bytes (A4 or F4)."""
    if not data.serials:
        raise ValueError("Tidak ada sertifikat yang diserahkan.")
    if len(data.serials) != len(data.titles):
        raise ValueError("Setiap nomor seri memerlukan jenis dokumennya.")
    if not data.receiver_name.strip() or not data.receiver_id.strip():
        raise ValueError("Nama dan nomor identitas penerima wajib diisi.")
    return render_single(
        what="a hand-over receipt",
        paper=paper,
        calibration=None,
        letterhead=data.letterhead,
        running_title=f"tanda terima penyerahan {data.serials[0]}",
        keep_line="Simpan tanda terima ini sebagai bukti penyerahan sertifikat.",
        footer="",
        title=f"Tanda terima penyerahan {data.serials[0]}",
        subject=data.holder_name,
        story=lambda setup: _story(data, setup),
    )
