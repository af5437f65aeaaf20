"""Plain data for certificates, cards and the payment/hand-over receipts.

The services (issuing, payments) build these from the registry; the renderers in
``certificates.py``, ``cards.py``, ``payment_receipt.py`` and ``handover_receipt.py`` turn
them into PDF bytes. No ReportLab, no database here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counterdesk.documents.letterhead import Letterhead
from counterdesk.documents.people import Applicant
from counterdesk.documents.signers import Signer


@dataclass(frozen=True, slots=True)
class CertificatePrint:
    """One certificate or card to print.

    ``template`` names a file in ``resources/templates`` (``sak-ahli-kepabeanan``,
    ``person-card``, …); ``extra`` holds template-specific lines such as
    ``(("KBLI", "28173"),)``; ``qr_payload`` is the signed payload drawn as a QR.
    """

    serial: str
    product_kind: str  # certificate | card | letter
    template: str
    title: str  # e.g. "SERTIFIKAT AHLI KEPABEANAN"
    holder_name: str
    holder_id_label: str  # "NIK" | "NIB"
    holder_id: str
    birth_place_date: str  # "Jakarta, 1 Januari 1990" or ""
    service_title: str
    extra: tuple[tuple[str, str], ...]
    issued_on: dt.date
    valid_until: dt.date | None
    city: str
    letterhead: Letterhead
    signatory: Signer
    photo_jpeg: bytes | None  # 3×4 JPEG for cards (and certificates that show one)
    qr_payload: str
    copy_label: str = ""  # "" or e.g. "Cetak ulang ke-2"


@dataclass(frozen=True, slots=True)
class PaymentReceiptData:
    """Tanda terima pembayaran: what was billed and the proof of payment (NTPN)."""

    letterhead: Letterhead
    number: str  # the application number
    applicant: Applicant
    service_title: str
    amount_rupiah: int
    billing_code: str
    ntpn: str
    paid_on: dt.date
    recorded_by: Signer
    city: str


@dataclass(frozen=True, slots=True)
class HandoverReceiptData:
    """Tanda terima penyerahan: which certificates went to whom, and on whose authority."""

    letterhead: Letterhead
    serials: tuple[str, ...]
    titles: tuple[str, ...]  # one per serial
    holder_name: str
    receiver_name: str
    receiver_id_label: str
    receiver_id: str
    power_of_attorney: bool
    handed_on: dt.date
    officer: Signer
    city: str


class RenderCancelled(Exception):
    """Raised by a batch renderer when ``cancelled()`` answered True; nothing is returned."""


# Template ids in resources/templates (``CertificatePrint.template``).
TEMPLATE_COMPETENCE = "sertifikat-kompetensi"  # sertifikasi person (Balai Sertifikasi)
TEMPLATE_CUSTOMS_EXPERT = "sak-ahli-kepabeanan"  # Sertifikat Ahli Kepabeanan (seed 000)
TEMPLATE_TRAINING = "sertifikat-pelatihan"  # bimbingan teknis
TEMPLATE_TEST_RESULT = "keterangan-hasil-uji"  # surat keterangan hasil uji
TEMPLATE_BUSINESS_STANDARD = "sertifikat-standar"  # NIB + KBLI (seed 004)
TEMPLATE_PERSON_CARD = "person-card"  # CR80 kartu person tersertifikasi (seed 001)
