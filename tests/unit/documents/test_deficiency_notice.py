"""The deficiency notice as the applicant reads it and as the counter scans it on return."""

from __future__ import annotations

import dataclasses

import pytest

from counterdesk.documents.deficiency_notice import (
    Deficiency,
    DeficiencyNoticeData,
    render_deficiency_notice,
)
from counterdesk.documents.paper import A5, F4
from counterdesk.documents.people import Applicant
from tests import pdf_tools
from tests.unit.documents.samples import LETTER_NUMBER, RECEIPT_NUMBER, deficiencies


def test_tells_the_applicant_what_is_missing_and_what_to_bring(
    notice: DeficiencyNoticeData,
) -> None:
    text = pdf_tools.text(render_deficiency_notice(notice))
    assert "SURAT PEMBERITAHUAN KEKURANGAN BERKAS" in text
    assert f"Nomor surat : {LETTER_NUMBER}" in text
    assert f"Nomor permohonan : {RECEIPT_NUMBER}" in text
    assert "Kepada Yth. Dewi Lestari, S.Kom. NIK 3275014607880003" in text
    assert "Kel. Margahayu, Kec. Bekasi Timur, Kota Bekasi 17113" in text
    assert "Pelatihan dan Uji Kompetensi Profesi bagi Pegawai Negeri Sipil" in text
    assert "Standar Pelayanan BKPSDM 2025" in text
    assert "Tanggal diterima Kamis, 19 November 2026" in text
    assert (
        "1. Sasaran Kinerja Pegawai (SKP) terakhir Belum ada "
        "Bawa SKP tahun 2025 yang sudah ditandatangani atasan langsung." in text
    )
    assert "2. Surat rekomendasi dari Sekretaris Daerah Belum ada Bawa surat asli" in text
    assert "3. Fotokopi SK pangkat terakhir Tidak sah Yang diserahkan SK pangkat lama" in text
    assert "Dokumen yang sudah diterima: 9 dari 12." in text


def test_says_the_clock_has_not_started(notice: DeficiencyNoticeData) -> None:
    text = pdf_tools.text(render_deficiency_notice(notice))
    assert "Jangka waktu penyelesaian layanan belum berjalan." in text
    assert (
        "Jangka waktu penyelesaian (14 hari kerja) dihitung sejak berkas dinyatakan "
        "lengkap dan benar" in text
    )


def test_says_how_to_come_back_with_the_same_application(notice: DeficiencyNoticeData) -> None:
    text = pdf_tools.text(render_deficiency_notice(notice))
    assert "Datang kembali ke loket dengan membawa surat ini." in text
    assert f"Permohonan berlanjut dengan nomor {RECEIPT_NUMBER}" in text
    assert "tidak perlu mengajukan permohonan baru" in text
    assert "Bawa surat ini saat melengkapi berkas." in text  # footer
    assert "SP4N-LAPOR!" in text


def test_signed_by_the_officer(notice: DeficiencyNoticeData) -> None:
    text = pdf_tools.text(render_deficiency_notice(notice))
    assert "Jakarta, 19 November 2026 Petugas Loket," in text
    assert "Rina Marlina, S.E. NIP 19900101 201503 2 002" in text


def test_barcode_scans_to_the_application_not_the_letter(notice: DeficiencyNoticeData) -> None:
    found = pdf_tools.decode(render_deficiency_notice(notice))
    assert [(d.text, d.format) for d in found] == [(RECEIPT_NUMBER, "Code 128")]


def test_business_applicant_without_address_or_count(notice: DeficiencyNoticeData) -> None:
    business = Applicant("PT Maju & Jaya <Tbk>", "NIB", "9120001234567")
    pdf = render_deficiency_notice(
        dataclasses.replace(notice, applicant=business, documents_received=None)
    )
    text = pdf_tools.text(pdf)
    assert "Kepada Yth. PT Maju & Jaya <Tbk> NIB 9120001234567 Dengan hormat" in text
    assert "Dokumen yang sudah diterima" not in text


def test_a_long_list_continues_readably(notice: DeficiencyNoticeData) -> None:
    pdf = render_deficiency_notice(dataclasses.replace(notice, deficiencies=deficiencies(20)))
    assert pdf_tools.pages(pdf) == 2
    second = pdf_tools.text(pdf, 1)
    assert f"Lanjutan surat {LETTER_NUMBER} — halaman 2" in second
    assert "No. Persyaratan Masalah Yang harus dilengkapi" in second  # header repeated
    assert "Rina Marlina, S.E." in second
    everything = pdf_tools.all_text(pdf)
    assert "20. Surat rekomendasi dari Sekretaris Daerah (7) Belum ada" in everything
    assert "Jangka waktu penyelesaian layanan belum berjalan." in everything
    assert [d.text for d in pdf_tools.decode(pdf)] == [RECEIPT_NUMBER]


def test_a_notice_without_deficiencies_is_refused(notice: DeficiencyNoticeData) -> None:
    with pytest.raises(ValueError, match="at least one"):
        render_deficiency_notice(dataclasses.replace(notice, deficiencies=()))


def test_invalid_only(notice: DeficiencyNoticeData) -> None:
    only = (Deficiency("Pas foto terbaru", "invalid", "Latar belakang harus merah."),)
    text = pdf_tools.text(render_deficiency_notice(dataclasses.replace(notice, deficiencies=only)))
    assert "1. Pas foto terbaru Tidak sah Latar belakang harus merah." in text
    assert "Belum ada" not in text


def test_one_page_fonts_embedded_same_bytes(notice: DeficiencyNoticeData) -> None:
    pdf = render_deficiency_notice(notice)
    assert pdf_tools.pages(pdf) == 1
    fonts = pdf_tools.base_fonts(pdf)
    assert fonts and all(name.startswith("DejaVuSans") for name in fonts)
    assert pdf.count(b"/FontFile2") == len(fonts)
    assert render_deficiency_notice(notice) == pdf


def test_paper(notice: DeficiencyNoticeData) -> None:
    pdf = render_deficiency_notice(notice, paper=F4)
    assert pdf_tools.page_size_mm(pdf) == (215.0, 330.0)
    with pytest.raises(ValueError, match="A4 or F4"):
        render_deficiency_notice(notice, paper=A5)
