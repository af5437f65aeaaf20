"""Surat keterangan ralat and surat keterangan pengganti sertifikat hilang as printed."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from counterdesk.documents.case_letters import (
    CorrectedField,
    CorrectionLetter,
    ReplacementLetter,
    render_correction_letter,
    render_replacement_letter,
)
from counterdesk.documents.letterhead import Letterhead
from counterdesk.documents.paper import A4, A5, F4, Paper
from tests import pdf_tools
from tests.unit.documents import samples
from tests.unit.documents.samples import (
    CERTIFICATE_SERIAL,
    CORRECTION_NUMBER,
    MINUTES_NUMBER,
    REPLACEMENT_NUMBER,
)

SIGNATORY_ROWS = (
    "Yang bertanda tangan di bawah ini: Nama : Drs. Bambang Sutrisno, M.Si. "
    "NIP : 19720315 199803 1 004 Jabatan : Kepala Bidang Penyelenggaraan Sertifikasi"
)
CERTIFICATE_ROWS = (
    f"Nomor sertifikat : {CERTIFICATE_SERIAL} Jenis sertifikat : Sertifikat Ahli Kepabeanan "
    "Tanggal terbit : 12 Mei 2025 Atas nama : Andi Sé Wijayakusuma NIK : 3171011205900001"
)
SIGNATURE = (
    "Jakarta, 23 Desember 2026 Kepala Bidang Penyelenggaraan Sertifikasi, "
    "Drs. Bambang Sutrisno, M.Si. NIP 19720315 199803 1 004"
)
PARAF = "Diperiksa (lapis 1): Rina Marlina, S.E. Pelaksana pada Seksi Sertifikasi Paraf"
CLOSING = "Demikian surat keterangan ini dibuat untuk dapat dipergunakan sebagaimana mestinya."


@pytest.fixture
def correction(letterhead: Letterhead) -> CorrectionLetter:
    return samples.correction_letter(letterhead)


@pytest.fixture
def replacement(letterhead: Letterhead) -> ReplacementLetter:
    return samples.replacement_letter(letterhead)


def test_correction_letter_reads_as_a_surat_keterangan(correction: CorrectionLetter) -> None:
    pdf = render_correction_letter(correction)
    assert pdf_tools.pages(pdf) == 1
    text = pdf_tools.text(pdf)
    assert f"SURAT KETERANGAN RALAT Nomor: {CORRECTION_NUMBER}" in text
    assert SIGNATORY_ROWS in text
    assert f"dengan ini menerangkan bahwa pada sertifikat: {CERTIFICATE_ROWS}" in text
    assert (
        f"Berdasarkan Berita Acara Wawancara Nomor {MINUTES_NUMBER} tanggal 21 Desember 2026, "
        "data pada sertifikat tersebut diralat sebagai berikut:" in text
    )
    assert (
        "No. Data Semula Menjadi "
        "1. Nama Andi Wijaya Kusuma Andi Sé Wijayakusuma "
        "2. Tempat/tanggal lahir Jakarta, 12 Mei 1990 Bandung, 12 Mei 1990" in text
    )
    assert f"bagian yang tidak terpisahkan dari sertifikat Nomor {CERTIFICATE_SERIAL}." in text
    assert f"{CLOSING} {SIGNATURE} {PARAF}" in text


def test_many_corrected_fields_keep_signature_and_paraf_together(
    correction: CorrectionLetter,
) -> None:
    fields = tuple(CorrectedField(f"Data ke-{i}", f"lama {i}", f"baru {i}") for i in range(40))
    pdf = render_correction_letter(dataclasses.replace(correction, fields=fields))
    assert pdf_tools.pages(pdf) == 2
    second = pdf_tools.text(pdf, 1)
    assert f"Lanjutan surat keterangan ralat Nomor {CORRECTION_NUMBER} — halaman 2" in second
    assert "No. Data Semula Menjadi" in second
    assert f"{CLOSING} {SIGNATURE} {PARAF}" in second
    assert "40. Data ke-39 lama 39 baru 39" in second


def test_a_correction_without_fields_is_refused(correction: CorrectionLetter) -> None:
    with pytest.raises(ValueError, match="corrected field"):
        render_correction_letter(dataclasses.replace(correction, fields=()))


def test_replacement_letter_says_the_original_is_void(replacement: ReplacementLetter) -> None:
    pdf = render_replacement_letter(replacement)
    assert pdf_tools.pages(pdf) == 1
    text = pdf_tools.text(pdf)
    assert f"SURAT KETERANGAN PENGGANTI SERTIFIKAT HILANG Nomor: {REPLACEMENT_NUMBER}" in text
    assert SIGNATORY_ROWS in text
    assert f"dengan ini menerangkan bahwa sertifikat: {CERTIFICATE_ROWS}" in text
    assert (
        "telah dilaporkan hilang sebagaimana Surat Tanda Penerimaan Laporan Kehilangan dari "
        "Kepolisian Nomor STPLK/1234/XII/2026/SPKT/POLDA METRO JAYA tanggal 14 Desember 2026"
        in text
    )
    assert f"Berita Acara Wawancara Nomor {MINUTES_NUMBER} tanggal 21 Desember 2026" in text
    assert f"1. Sertifikat asli Nomor {CERTIFICATE_SERIAL} dinyatakan tidak berlaku lagi." in text
    assert (
        f"2. Surat keterangan ini berlaku sebagai pengganti sertifikat Nomor "
        f"{CERTIFICATE_SERIAL} yang hilang" in text
    )
    assert "wajib diserahkan kepada Pusdiklat Bea dan Cukai." in text
    assert f"{CLOSING} {SIGNATURE} {PARAF}" in text


def test_a_replacement_without_police_report_is_refused(replacement: ReplacementLetter) -> None:
    with pytest.raises(ValueError, match="police"):
        render_replacement_letter(dataclasses.replace(replacement, police_report_number=" "))


@pytest.mark.parametrize(("paper", "size"), [(A4, (210.0, 297.0)), (F4, (215.0, 330.0))])
def test_a4_and_f4(
    correction: CorrectionLetter,
    replacement: ReplacementLetter,
    paper: Paper,
    size: tuple[float, float],
) -> None:
    for pdf in (
        render_correction_letter(correction, paper),
        render_replacement_letter(replacement, paper),
    ):
        assert pdf_tools.pages(pdf) == 1
        assert pdf_tools.page_size_mm(pdf) == size
        assert SIGNATURE in pdf_tools.text(pdf)


def test_other_paper_is_refused(correction: CorrectionLetter) -> None:
    with pytest.raises(ValueError, match="A4 or F4"):
        render_correction_letter(correction, A5)


def test_fonts_embedded_and_same_bytes(
    correction: CorrectionLetter, replacement: ReplacementLetter
) -> None:
    renders: list[Callable[[], bytes]] = [
        lambda: render_correction_letter(correction),
        lambda: render_replacement_letter(replacement),
    ]
    for render in renders:
        pdf = render()
        fonts = pdf_tools.base_fonts(pdf)
        assert fonts and all(name.startswith("DejaVuSans") for name in fonts)
        assert pdf.count(b"/FontFile2") == len(fonts)
        assert render() == pdf
