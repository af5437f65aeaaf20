"""Sample receipt and ticket data, as the services will pass them (tests and bench)."""

from __future__ import annotations

import datetime as dt
import io

from PIL import Image, ImageDraw

from counterdesk.documents.letterhead import Letterhead
from counterdesk.documents.people import Applicant, Officer
from counterdesk.documents.receipt import ReceiptData, ReceivedDocument
from counterdesk.documents.ticket_slip import TicketSlipData
from counterdesk.domain.numbers import RECEIPT, TICKET, format_number

RECEIPT_NUMBER = format_number(RECEIPT, "L01", 2026, 123)
TICKET_NUMBER = format_number(TICKET, "L02", 2026, 45)
# 14.05 WIB on Thursday 19 November 2026
RECEIVED_AT = dt.datetime(2026, 11, 19, 7, 5, tzinfo=dt.UTC)


def logo_png() -> bytes:
    picture = Image.new("RGBA", (120, 130), (0, 0, 0, 0))
    ImageDraw.Draw(picture).ellipse((10, 10, 110, 120), fill=(20, 60, 140, 255))
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def letterhead() -> Letterhead:
    return Letterhead(
        office_name="Kementerian Keuangan Republik Indonesia\nPusdiklat Bea dan Cukai",
        unit="Bidang Penyelenggaraan Sertifikasi",
        address="Jl. Raya Bogor Km. 26, Ciracas, Jakarta Timur 13740",
        phone="(021) 8709610",
        email="sertifikasi@kemenkeu.go.id",
        logo_png=logo_png(),
    )


def documents(count: int = 5) -> tuple[ReceivedDocument, ...]:
    base = [
        ReceivedDocument("Surat permohonan legalisasi", True),
        ReceivedDocument("Fotokopi sertifikat Ahli Kepabeanan", True, "2 lembar"),
        ReceivedDocument("Sertifikat asli (diperlihatkan)", True, "dikembalikan"),
        ReceivedDocument("Fotokopi KTP", True),
        ReceivedDocument("Pas foto 3×4 berwarna", False, "menyusul"),
    ]
    return tuple(
        ReceivedDocument(f"{d.label} ({i // len(base) + 1})", d.present, d.note)
        if i >= len(base)
        else d
        for i, d in ((i, base[i % len(base)]) for i in range(count))
    )


def receipt(letterhead: Letterhead) -> ReceiptData:
    return ReceiptData(
        letterhead=letterhead,
        number=RECEIPT_NUMBER,
        received_at=RECEIVED_AT,
        tz_name="Asia/Jakarta",
        applicant=Applicant("Andi Sé Wijayakusuma", "NIK", "3171011205900001", "0812-3456-7890"),
        service_name="Legalisasi sertifikat Ahli Kepabeanan",
        standard_title="Standar Pelayanan Sertifikasi Ahli Kepabeanan 2021",
        channel="Datang langsung ke loket",
        documents=documents(),
        promised_on=dt.date(2026, 11, 30),
        time_limit="7 hari kerja sejak berkas lengkap dan benar",
        fee="Tidak dipungut biaya",
        officer=Officer("Rina Marlina, S.E.", "199001012015032002"),
        notes="Pas foto menyusul.",
        footer="Pengaduan: SP4N-LAPOR! (www.lapor.go.id) atau telepon (021) 1500 225.",
        place="Jakarta",
    )


def ticket(letterhead: Letterhead) -> TicketSlipData:
    return TicketSlipData(
        letterhead=letterhead,
        number=TICKET_NUMBER,
        received_at=RECEIVED_AT,
        tz_name="Asia/Jakarta",
        requester=Applicant("Cut Nyak Meutia", email="cut.meutia@contoh.co.id"),
        channel="Email",
        question="Apakah impor suku cadang mesin kantor untuk dipakai sendiri dikenakan bea masuk?",
        escalated_to="Bidang Kepabeanan dan Cukai",
        promised_on=dt.date(2026, 11, 23),
        time_limit="2 hari kerja",
        officer=Officer("Teuku Rahmat", "198503152010011003"),
        footer="Pengaduan: pengaduan.beacukai@customs.go.id",
        place="Banda Aceh",
    )
