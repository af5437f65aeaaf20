"""Tanda terima pembayaran: the amount billed, the billing code and the proof of payment
(NTPN) the officer recorded, on the office's kop, A4 or F4.

The amount is printed in figures (``Rp1.250.000``) and in words ("satu juta dua ratus
lima puluh ribu rupiah"), as on Indonesian receipts, so a changed figure shows.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from counterdesk.documents import layout
from counterdesk.documents.certificate_data import PaymentReceiptData
from counterdesk.documents.layout import HEADING, NUMBER, para
from counterdesk.documents.page import PageSetup, content_width, render_single
from counterdesk.documents.paper import A4, Paper, mm
from counterdesk.domain.formatting import format_date_long, format_rupiah
from counterdesk.domain.words import number_words

TITLE = "TANDA TERIMA PEMBAYARAN"


def rupiah_words(amount: int) -> str:
    """``satu juta dua ratus lima puluh ribu rupiah`` (terbilang)."""
    return f"{number_words(amount)} rupiah"


def _story(data: PaymentReceiptData, setup: PageSetup) -> list[Flowable]:
    width = content_width(setup.paper)
    applicant = data.applicant
    signer = data.recorded_by
    return [
        para(TITLE, layout.TITLE),
        Spacer(1, 3 * mm),
        layout.header_block(
            [
                ("Nomor permohonan", para(data.number, NUMBER)),
                ("Tanggal bayar", format_date_long(data.paid_on)),
            ],
            data.number,
            width,
            label_width=42 * mm,
        ),
        para("A. Pemohon", HEADING),
        layout.field_table(
            [
                ("Nama", para(applicant.name, layout.CELL_BOLD)),
                (applicant.id_label, applicant.id_number),
            ],
            width,
        ),
        para("B. Pembayaran", HEADING),
        layout.field_table(
            [
                ("Layanan", data.service_title),
                ("Jumlah", para(format_rupiah(data.amount_rupiah), layout.CELL_BOLD)),
                ("Terbilang", rupiah_words(data.amount_rupiah).capitalize()),
                ("Kode billing", para(data.billing_code, layout.CODE)),
                ("NTPN (bukti bayar)", para(data.ntpn, layout.CODE)),
                ("Tanggal pembayaran", format_date_long(data.paid_on)),
            ],
            width,
        ),
        para(
            "Pembayaran di atas telah diterima dan dicatat. Waktu pembayaran tidak dihitung "
            "dalam jangka waktu penyelesaian layanan.",
            layout.NOTE,
        ),
        layout.signatures(
            None,
            layout.Signer(
                (layout.place_date(data.city, data.paid_on), "Petugas yang mencatat,"),
                signer.name,
                signer.id_line,
            ),
            width,
        ),
    ]


def render_payment_receipt(data: PaymentReceiptData, paper: Paper = A4) -> bytes:
    """The receipt of payment as PDF bytes (A4 or F4)."""
    if data.amount_rupiah <= 0:
        raise ValueError("Jumlah pembayaran harus lebih dari Rp0.")
    if not data.ntpn.strip():
        raise ValueError("NTPN belum diisi; tanda terima pembayaran memerlukan bukti bayar.")
    return render_single(
        what="a payment receipt",
        paper=paper,
        calibration=None,
        letterhead=data.letterhead,
        running_title=f"tanda terima pembayaran {data.number}",
        keep_line=(f"Simpan tanda terima ini sebagai bukti pembayaran permohonan {data.number}."),
        footer="",
        title=f"Tanda terima pembayaran {data.number}",
        subject=data.service_title,
        story=lambda setup: _story(data, setup),
    )
