"""Sample document data, as the services will pass them (tests and bench)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io

from PIL import Image, ImageDraw

from counterdesk.documents.case_letters import (
    CertificateRef,
    CorrectedField,
    CorrectionLetter,
    ReplacementLetter,
)
from counterdesk.documents.certificate_data import (
    CertificatePrint,
    HandoverReceiptData,
    PaymentReceiptData,
)
from counterdesk.documents.deficiency_notice import Deficiency, DeficiencyNoticeData
from counterdesk.documents.legalisation_label import LegalisationStamp
from counterdesk.documents.letterhead import Letterhead
from counterdesk.documents.minutes import MinutesDocument, QuestionAnswer
from counterdesk.documents.people import Applicant, Officer
from counterdesk.documents.receipt import ReceiptData, ReceivedDocument
from counterdesk.documents.signers import Signer
from counterdesk.documents.ticket_slip import TicketSlipData
from counterdesk.documents.verification_sheet import (
    CheckedItem,
    OfficerCheck,
    SupervisorDecision,
    VerificationSheetData,
)
from counterdesk.domain.numbers import LETTER, RECEIPT, TICKET, format_number

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


# Seed 002: Pelatihan dan Uji Kompetensi Profesi bagi PNS lists 12 requirements.
SEED_002_REQUIREMENTS = (
    "Surat permohonan proposal dari penyelenggara kegiatan pelatihan dan uji kompetensi "
    "profesi kepada PD",
    "Surat usulan dari perangkat daerah/unit kerja",
    "Surat permohonan mengikuti seleksi sertifikasi profesi bagi PNS kepada Kepala PD",
    "Fotokopi SK pangkat terakhir",
    "Fotokopi SK jabatan terakhir",
    "Sasaran Kinerja Pegawai (SKP) terakhir",
    "Pas foto terbaru",
    "Dokumen pendukung kompetensi/portofolio",
    "Formulir pendaftaran",
    "Surat rekomendasi dari Kepala PD",
    "Surat rekomendasi dari Sekretaris Daerah",
    "Surat pernyataan keabsahan berkas dari Kepala PD/atasan langsung",
)
LETTER_NUMBER = format_number(LETTER, "L01", 2026, 12)
CHECKLIST_SHA256 = hashlib.sha256(b"sample checklist").hexdigest()
PNS_APPLICANT = Applicant(
    "Dewi Lestari, S.Kom.",
    "NIK",
    "3275014607880003",
    "0813-2222-3333",
    address="Jl. Melati No. 7, RT 003/RW 005, Kel. Margahayu, Kec. Bekasi Timur, Kota Bekasi 17113",
)
SERVICE_002 = "Pelatihan dan Uji Kompetensi Profesi bagi Pegawai Negeri Sipil"
STANDARD_002 = "Standar Pelayanan BKPSDM 2025"
OFFICER = Officer("Rina Marlina, S.E.", "199001012015032002")
SUPERVISOR = Officer("Drs. Bambang Sutrisno, M.Si.", "197203151998031004")


def deficiencies(count: int = 3) -> tuple[Deficiency, ...]:
    base = [
        Deficiency(
            "Sasaran Kinerja Pegawai (SKP) terakhir",
            "missing",
            "Bawa SKP tahun 2025 yang sudah ditandatangani atasan langsung.",
        ),
        Deficiency(
            "Surat rekomendasi dari Sekretaris Daerah",
            "missing",
            "Bawa surat asli; fotokopi saja tidak cukup.",
        ),
        Deficiency(
            "Fotokopi SK pangkat terakhir",
            "invalid",
            "Yang diserahkan SK pangkat lama (2019); bawa SK pangkat terakhir (2023).",
        ),
    ]
    return tuple(
        Deficiency(f"{base[i % 3].requirement} ({i // 3 + 1})", base[i % 3].problem, "cek")
        if i >= len(base)
        else base[i]
        for i in range(count)
    )


def deficiency_notice(letterhead: Letterhead) -> DeficiencyNoticeData:
    return DeficiencyNoticeData(
        letterhead=letterhead,
        letter_number=LETTER_NUMBER,
        issued_on=dt.date(2026, 11, 19),
        application_number=RECEIPT_NUMBER,
        received_on=dt.date(2026, 11, 19),
        applicant=PNS_APPLICANT,
        service_name=SERVICE_002,
        standard_title=STANDARD_002,
        time_limit="14 hari kerja",
        deficiencies=deficiencies(),
        officer=OFFICER,
        documents_received=(9, 12),
        footer="Pengaduan: SP4N-LAPOR! (www.lapor.go.id) atau telepon (021) 1500 225.",
        place="Jakarta",
    )


def checked_items(count: int = 12, *, complete: bool = True) -> tuple[CheckedItem, ...]:
    items = []
    for i in range(count):
        label = SEED_002_REQUIREMENTS[i % 12]
        if i >= 12:
            label = f"{label} ({i // 12 + 1})"
        optional = i % 12 == 7  # the portfolio is not mandatory in this sample
        items.append(CheckedItem(label, mandatory=not optional, present=True, valid=True))
    items[7] = CheckedItem(items[7].requirement, mandatory=False, present=False, note="tidak ada")
    if not complete:
        items[5] = CheckedItem(items[5].requirement, present=False, note="belum dibawa")
        items[3] = CheckedItem(
            items[3].requirement, present=True, valid=False, note="SK pangkat lama (2019)"
        )
    return tuple(items)


def verification_sheet(letterhead: Letterhead) -> VerificationSheetData:
    return VerificationSheetData(
        letterhead=letterhead,
        application_number=RECEIPT_NUMBER,
        received_at=RECEIVED_AT,
        tz_name="Asia/Jakarta",
        applicant=PNS_APPLICANT,
        service_name=SERVICE_002,
        standard_title=STANDARD_002,
        time_limit="14 hari kerja",
        items=checked_items(),
        complete=True,
        checklist_sha256=CHECKLIST_SHA256,
        layer1=OfficerCheck(OFFICER, dt.datetime(2026, 11, 20, 2, 10, tzinfo=dt.UTC)),
        layer2=SupervisorDecision(
            SUPERVISOR, dt.datetime(2026, 11, 20, 7, 5, tzinfo=dt.UTC), approved=True
        ),
        day0=dt.date(2026, 11, 20),
        due_on=dt.date(2026, 12, 10),
        footer="Pengaduan: SP4N-LAPOR! (www.lapor.go.id)",
    )


# -- issue 8: Berita Acara, correction and replacement letters, legalisation labels ---------

MINUTES_NUMBER = "007/BA/PSBC/L01/XII/2026"
MINUTES_DAY = dt.date(2026, 12, 21)  # a Monday
MINUTES_DAY_WORDS = "Senin tanggal dua puluh satu bulan Desember tahun dua ribu dua puluh enam"
CERTIFICATE_SERIAL = "SAK-2025-000123"
CORRECTION_NUMBER = "003/RALAT/PSBC/L01/XII/2026"
REPLACEMENT_NUMBER = "002/HILANG/PSBC/L01/XII/2026"
LEGALISATION_NUMBERS = ("014/LEG/L01/XII/2026", "015/LEG/L01/XII/2026", "016/LEG/L01/XII/2026")

INTERVIEWER_1 = Signer(
    "Rina Marlina, S.E.", "199001012015032002", "Pelaksana pada Seksi Sertifikasi"
)
INTERVIEWER_2 = Signer(
    "Yohanes Kristianto, S.H.", "198711222010121001", "Analis Sertifikasi Kepabeanan"
)
INTERVIEWEE = Signer("Andi Sé Wijayakusuma", id_label="NIK", id_number="3171011205900001")
WITNESS_1 = Signer("Siti Nurhaliza", "199205172019022004", "Pengelola Layanan Operasional")
WITNESS_2 = Signer("I Gede Made Putra Wiradana", id_label="NIK", id_number="5171030101850002")
LEADER = Signer(
    "Drs. Bambang Sutrisno, M.Si.",
    "197203151998031004",
    "Kepala Bidang Penyelenggaraan Sertifikasi",
)
HOLDER = Applicant("Andi Sé Wijayakusuma", "NIK", "3171011205900001")


def question_answers(count: int = 5) -> tuple[QuestionAnswer, ...]:
    base = [
        QuestionAnswer(
            "Apakah Saudara dalam keadaan sehat jasmani dan rohani serta bersedia "
            "memberikan keterangan dengan sebenarnya?",
            "Ya, saya sehat dan bersedia.",
        ),
        QuestionAnswer(
            f"Apakah benar Saudara pemegang sertifikat Ahli Kepabeanan nomor {CERTIFICATE_SERIAL}?",
            "Benar, sertifikat tersebut diterbitkan atas nama saya pada bulan Mei 2025.",
        ),
        QuestionAnswer(
            "Data apa yang menurut Saudara salah tertulis pada sertifikat?",
            "Nama saya tertulis “Andi Wijaya Kusuma”, seharusnya “Andi Sé Wijayakusuma” "
            "sesuai KTP; tempat lahir tertulis Jakarta, seharusnya Bandung.",
        ),
        QuestionAnswer(
            "Dokumen apa yang Saudara bawa sebagai bukti?",
            "KTP asli, akta kelahiran asli, dan ijazah terakhir beserta fotokopinya.",
        ),
        QuestionAnswer(
            "Apakah ada keterangan lain yang ingin Saudara sampaikan?",
            "Tidak ada.",
        ),
    ]
    return tuple(
        QuestionAnswer(f"{base[i % 5].question} ({i // 5 + 1})", base[i % 5].answer)
        if i >= len(base)
        else base[i]
        for i in range(count)
    )


def minutes(letterhead: Letterhead, *, questions: int = 5) -> MinutesDocument:
    return MinutesDocument(
        letterhead=letterhead,
        number=MINUTES_NUMBER,
        case_label="Ralat Sertifikat",
        held_on=MINUTES_DAY,
        held_time="10.05 WIB",
        place="Ruang Layanan Terpadu Pusdiklat Bea dan Cukai, Jakarta",
        subject=f"permohonan ralat sertifikat nomor {CERTIFICATE_SERIAL}",
        interviewers=(INTERVIEWER_1, INTERVIEWER_2),
        interviewee=INTERVIEWEE,
        witnesses=(WITNESS_1, WITNESS_2),
        questions=question_answers(questions),
        statements=(
            "Keterangan yang saya berikan adalah benar dan dapat dipertanggungjawabkan.",
            "Apabila di kemudian hari keterangan tersebut terbukti tidak benar, saya bersedia "
            "menerima sanksi sesuai dengan ketentuan peraturan perundang-undangan.",
        ),
        conclusion=(
            "Terdapat kesalahan penulisan nama dan tempat lahir pada sertifikat nomor "
            f"{CERTIFICATE_SERIAL}; permohonan ralat dapat diproses lebih lanjut."
        ),
        supervisor=LEADER,
        city="Jakarta",
    )


def certificate_ref() -> CertificateRef:
    return CertificateRef(
        serial=CERTIFICATE_SERIAL,
        title="Sertifikat Ahli Kepabeanan",
        issued_on=dt.date(2025, 5, 12),
        holder=HOLDER,
    )


def correction_letter(letterhead: Letterhead) -> CorrectionLetter:
    return CorrectionLetter(
        letterhead=letterhead,
        number=CORRECTION_NUMBER,
        issued_on=dt.date(2026, 12, 23),
        city="Jakarta",
        certificate=certificate_ref(),
        fields=(
            CorrectedField("Nama", "Andi Wijaya Kusuma", "Andi Sé Wijayakusuma"),
            CorrectedField("Tempat/tanggal lahir", "Jakarta, 12 Mei 1990", "Bandung, 12 Mei 1990"),
        ),
        minutes_number=MINUTES_NUMBER,
        minutes_on=MINUTES_DAY,
        signatory=LEADER,
        checked_by=INTERVIEWER_1,
    )


def replacement_letter(letterhead: Letterhead) -> ReplacementLetter:
    return ReplacementLetter(
        letterhead=letterhead,
        number=REPLACEMENT_NUMBER,
        issued_on=dt.date(2026, 12, 23),
        city="Jakarta",
        certificate=certificate_ref(),
        police_report_number="STPLK/1234/XII/2026/SPKT/POLDA METRO JAYA",
        police_report_on=dt.date(2026, 12, 14),
        minutes_number=MINUTES_NUMBER,
        minutes_on=MINUTES_DAY,
        signatory=LEADER,
        checked_by=INTERVIEWER_1,
    )


def legalisation_stamps(count: int = 3) -> tuple[LegalisationStamp, ...]:
    return tuple(
        LegalisationStamp(
            number=f"{14 + i:03}/LEG/L01/XII/2026",
            copy_index=i + 1,
            copies=count,
            certificate=certificate_ref(),
            legalised_on=dt.date(2026, 12, 23),
            city="Jakarta",
            office_name="Pusdiklat Bea dan Cukai",
            signatory=LEADER,
        )
        for i in range(count)
    )


# --- issue 9: certificates, cards, payment and hand-over receipts -----------------------

SERIAL = format_number("SRT", "L01", 2026, 123)
# The shape of V's signed payload: QR alphanumeric characters only (A–Z 0–9 space $%*+-./:)
QR_PAYLOAD = (
    "CD1:K7Q2M9XA:" + SERIAL + ":ANDI SE WIJAYAKUSUMA:20261119:20291118:"
    + "7FJ2K9QW4XZ8M3N5P6R1T0V2Y4B6D8F1H3J5K7L9A2C4E6G8I0O1S3U5W7Y9Z2X4"
)  # fmt: skip
BALAI_SIGNATORY = Signer("Ir. Sri Wahyuni, M.T.", "197805172003122001", "Kepala Balai Sertifikasi")


def photo_jpeg(index: int = 0, size: tuple[int, int] = (240, 320)) -> bytes:
    """A 3×4 pas foto stand-in; ``index`` makes each one a different image."""
    shade = (60 + index * 37 % 160, 90 + index * 53 % 140, 160 + index * 17 % 90)
    picture = Image.new("RGB", size, (200, 40, 40))
    draw = ImageDraw.Draw(picture)
    w, h = size
    draw.ellipse((w * 0.3, h * 0.15, w * 0.7, h * 0.55), fill=(230, 190, 160))
    draw.rectangle((w * 0.15, h * 0.6, w * 0.85, h), fill=shade)
    draw.text((4, 4), str(index), fill=(255, 255, 255))
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=85)
    return out.getvalue()


def certificate_print(
    template: str = "sak-ahli-kepabeanan", *, index: int = 0, letterhead_: Letterhead | None = None
) -> CertificatePrint:
    """One item per template, with the data an office would really print on it."""
    lh = letterhead_ or letterhead()
    serial = format_number("SRT", "L01", 2026, 123 + index)
    base = CertificatePrint(
        serial=serial,
        product_kind="certificate",
        template=template,
        title="Sertifikat Ahli Kepabeanan",
        holder_name="Andi Sé Wijayakusuma",
        holder_id_label="NIK",
        holder_id="3171011205900001",
        birth_place_date="Jakarta, 12 Mei 1990",
        service_title="Ujian Sertifikasi Ahli Kepabeanan Tahun 2026",
        extra=(),
        issued_on=dt.date(2026, 11, 19),
        valid_until=dt.date(2029, 11, 18),
        city="Jakarta",
        letterhead=lh,
        signatory=LEADER,
        photo_jpeg=photo_jpeg(index),
        qr_payload=QR_PAYLOAD.replace(SERIAL, serial),
    )
    balai = Letterhead(
        office_name="Kementerian Perdagangan Republik Indonesia\n"
        "Direktorat Standardisasi dan Pengendalian Mutu\nBalai Sertifikasi",
        address="Jalan Raya Bogor Km. 26, Ciracas, Jakarta Timur 13740",
        phone="(021) 8710321",
        email="balaisertifikasi@kemendag.go.id",
        logo_png=lh.logo_png,
    )
    if template == "sertifikat-kompetensi":
        return dataclasses.replace(
            base, title="Sertifikat Kompetensi", letterhead=letterhead_ or balai,
            service_title="Skema Sertifikasi Petugas Pengambil Contoh (PPC) Produk SNI",
            extra=(("Kode skema", "SKM-PPC-01"),), signatory=BALAI_SIGNATORY,
        )  # fmt: skip
    if template == "sertifikat-pelatihan":
        return dataclasses.replace(
            base, title="Sertifikat Pelatihan", letterhead=letterhead_ or balai,
            service_title="Bimbingan Teknis Penerapan SNI ISO/IEC 17065:2012",
            extra=(("Waktu pelaksanaan", "9 s.d. 13 November 2026"), ("Jumlah jam", "40 JP")),
            valid_until=None, signatory=BALAI_SIGNATORY, photo_jpeg=None,
        )  # fmt: skip
    if template == "keterangan-hasil-uji":
        return dataclasses.replace(
            base, title="Surat Keterangan Hasil Uji", letterhead=letterhead_ or balai,
            holder_name="PT Sinar Mesin Nusantara", holder_id_label="NIB",
            holder_id="9120001234567", birth_place_date="",
            service_title="Pengujian Mutu Produk Mesin Hitung Elektronik",
            extra=(("Nomor laporan uji", "LHU/0457/BS/XI/2026"), ("Merek/tipe", "HITUNG HX-12"),
                   ("Acuan", "SNI IEC 62368-1:2014"), ("Hasil", "Memenuhi persyaratan")),
            valid_until=None, signatory=BALAI_SIGNATORY, photo_jpeg=None,
        )  # fmt: skip
    if template == "sertifikat-standar":
        return dataclasses.replace(
            base, title="Sertifikat Standar", letterhead=letterhead_ or balai,
            holder_name="PT Sinar Mesin Nusantara", holder_id_label="NIB",
            holder_id="9120001234567", birth_place_date="",
            service_title="Industri Mesin Kantor dan Akuntansi Elektronik",
            extra=(("KBLI", "28173"), ("Tingkat risiko", "Menengah Tinggi"),
                   ("Alamat usaha", "Kawasan Industri Pulogadung Blok C-7, Jakarta Timur")),
            valid_until=None, signatory=BALAI_SIGNATORY, photo_jpeg=None,
        )  # fmt: skip
    if template == "person-card":
        return dataclasses.replace(
            base, product_kind="card", title="Kartu Person Tersertifikasi",
            letterhead=letterhead_ or balai,
            service_title="Petugas Pengambil Contoh (PPC) Produk SNI",
            signatory=BALAI_SIGNATORY,
        )  # fmt: skip
    return base


def payment_receipt(letterhead_: Letterhead | None = None) -> PaymentReceiptData:
    return PaymentReceiptData(
        letterhead=letterhead_ or letterhead(),
        number=RECEIPT_NUMBER,
        applicant=HOLDER,
        service_title="Sertifikasi Person — Petugas Pengambil Contoh (PPC)",
        amount_rupiah=1_250_000,
        billing_code="820261119000123",
        ntpn="A1B2C3D4E5F6G7H8",
        paid_on=dt.date(2026, 11, 20),
        recorded_by=INTERVIEWER_1,
        city="Jakarta",
    )


def handover_receipt(letterhead_: Letterhead | None = None) -> HandoverReceiptData:
    return HandoverReceiptData(
        letterhead=letterhead_ or letterhead(),
        serials=(SERIAL, format_number("SRT", "L01", 2026, 124)),
        titles=("Sertifikat Kompetensi", "Kartu Person Tersertifikasi"),
        holder_name=HOLDER.name,
        receiver_name="Budi Santoso",
        receiver_id_label="NIK",
        receiver_id="3171020304850002",
        power_of_attorney=True,
        handed_on=dt.date(2026, 12, 1),
        officer=INTERVIEWER_1,
        city="Jakarta",
    )
