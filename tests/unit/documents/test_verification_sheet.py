"""The two-layer verification sheet as the supervisor and an auditor read it."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from counterdesk.documents.paper import A5
from counterdesk.documents.verification_sheet import (
    CheckedItem,
    SupervisorDecision,
    VerificationSheetData,
    fingerprint,
    render_verification_sheet,
)
from tests import pdf_tools
from tests.unit.documents.samples import (
    CHECKLIST_SHA256,
    RECEIPT_NUMBER,
    SUPERVISOR,
    checked_items,
)


def _incomplete(sheet: VerificationSheetData) -> VerificationSheetData:
    return dataclasses.replace(
        sheet, items=checked_items(complete=False), complete=False, layer2=None, day0=None,
        due_on=None,
    )  # fmt: skip


def test_shows_checklist_verdict_and_clock(sheet: VerificationSheetData) -> None:
    text = pdf_tools.text(render_verification_sheet(sheet))
    assert "LEMBAR VERIFIKASI BERKAS" in text
    assert f"Nomor permohonan : {RECEIPT_NUMBER}" in text
    assert "Nama pemohon Dewi Lestari, S.Kom. NIK 3275014607880003" in text
    assert "No. Persyaratan Wajib Ada Sah Keterangan" in text
    assert "4. Fotokopi SK pangkat terakhir Ya Ada Sah" in text
    assert "8. Dokumen pendukung kompetensi/portofolio Tidak Tidak ada — tidak ada" in text
    assert "Kesimpulan LENGKAP DAN BENAR Semua 11 persyaratan wajib ada dan sah." in text
    assert "Hari ke-0 Jumat, 20 November 2026 (berkas lengkap dan benar)" in text
    assert "Selesai paling lambat Kamis, 10 Desember 2026" in text
    assert "14 hari kerja" in text


def test_both_layers_side_by_side(sheet: VerificationSheetData) -> None:
    text = pdf_tools.text(render_verification_sheet(sheet))
    assert "Lapis 1 — Petugas pemeriksa Lapis 2 — Verifikator/atasan" in text
    assert "Diperiksa: 20 November 2026 09.10 WIB" in text
    assert "Diputuskan: 20 November 2026 14.05 WIB Keputusan: Disetujui" in text
    assert "Rina Marlina, S.E. Drs. Bambang Sutrisno, M.Si." in text
    assert "NIP 19900101 201503 2 002 NIP 19720315 199803 1 004" in text
    assert "Menunggu persetujuan" not in text


def test_layer_two_not_done_yet(sheet: VerificationSheetData) -> None:
    text = pdf_tools.text(render_verification_sheet(dataclasses.replace(sheet, layer2=None)))
    # read row by row: layer 1's lines, then layer 2's box
    assert "Kesimpulan: Lengkap dan benar Menunggu persetujuan Persetujuan diberikan" in text
    assert "Bambang" not in text
    assert "Rina Marlina, S.E." in text
    assert "Selesai paling lambat Kamis, 10 Desember 2026" in text  # the clock already runs


def test_returned_by_the_supervisor(sheet: VerificationSheetData) -> None:
    returned = SupervisorDecision(
        SUPERVISOR, dt.datetime(2026, 11, 20, 7, 5, tzinfo=dt.UTC), approved=False,
        reason="Pas foto tidak sesuai ketentuan (latar belakang harus merah).",
    )  # fmt: skip
    pdf = render_verification_sheet(
        dataclasses.replace(sheet, layer2=returned, day0=None, due_on=None)
    )
    text = pdf_tools.text(pdf)
    assert "Keputusan: Dikembalikan Alasan: Pas foto tidak sesuai ketentuan" in text
    assert "Dikembalikan oleh verifikator/atasan: berkas belum dinyatakan lengkap" in text
    assert "Jangka waktu Belum berjalan: dihitung sejak berkas lengkap dan benar" in text
    assert "Selesai paling lambat" not in text


def test_incomplete_file(sheet: VerificationSheetData) -> None:
    text = pdf_tools.text(render_verification_sheet(_incomplete(sheet)))
    assert "4. Fotokopi SK pangkat terakhir Ya Ada Tidak sah SK pangkat lama (2019)" in text
    assert "6. Sasaran Kinerja Pegawai (SKP) terakhir Ya Tidak ada — belum dibawa" in text
    assert "Kesimpulan BELUM LENGKAP" in text
    assert "belum ada atau tidak sah: 2 dari 11 (nomor 4, 6)." in text
    assert "Jangka waktu Belum berjalan" in text
    assert "Kesimpulan: Belum lengkap" in text
    # an incomplete file goes back to the applicant; nobody is asked to approve it
    assert "Kesimpulan: Belum lengkap Belum diperlukan Persetujuan diminta setelah" in text
    assert "Menunggu persetujuan" not in text


def test_fingerprint_on_every_page_matches_the_stored_hash(sheet: VerificationSheetData) -> None:
    short = CHECKLIST_SHA256[:12]
    assert fingerprint(CHECKLIST_SHA256.upper()) == short
    pdf = render_verification_sheet(dataclasses.replace(sheet, items=checked_items(20)))
    assert f"Sidik daftar periksa : {short}" in pdf_tools.text(pdf, 0)
    for page in range(pdf_tools.pages(pdf)):
        assert f"Sidik daftar periksa {short} harus sama dengan sidik persetujuan" in (
            pdf_tools.text(pdf, page)
        )
    assert CHECKLIST_SHA256[:13] not in pdf_tools.all_text(pdf)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"checklist_sha256": "xyz"}, "hex"),
        ({"complete": False}, "belum lengkap"),
        ({"items": checked_items(complete=False)}, "contradicts"),
        (
            {"layer2": SupervisorDecision(SUPERVISOR, dt.datetime(2026, 11, 20, tzinfo=dt.UTC),
                                          approved=False)},
            "reason",
        ),
    ],
)  # fmt: skip
def test_a_sheet_that_contradicts_itself_is_refused(
    sheet: VerificationSheetData, change: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        render_verification_sheet(dataclasses.replace(sheet, **change))  # type: ignore[arg-type]


def test_barcode_scans_to_the_application_number(sheet: VerificationSheetData) -> None:
    found = pdf_tools.decode(render_verification_sheet(sheet))
    assert [(d.text, d.format) for d in found] == [(RECEIPT_NUMBER, "Code 128")]


def test_twelve_requirements_fit_one_sheet(sheet: VerificationSheetData) -> None:
    """Seed 002 lists 12 requirements: the whole check, both layers included, on one page."""
    for data in (sheet, _incomplete(sheet), dataclasses.replace(sheet, layer2=None)):
        pdf = render_verification_sheet(data)
        assert pdf_tools.pages(pdf) == 1
        assert "12. Surat pernyataan keabsahan berkas" in pdf_tools.text(pdf)
        assert [d.text for d in pdf_tools.decode(pdf)] == [RECEIPT_NUMBER]


def test_a_long_checklist_continues_with_both_layers_together(
    sheet: VerificationSheetData,
) -> None:
    pdf = render_verification_sheet(dataclasses.replace(sheet, items=checked_items(20)))
    assert pdf_tools.pages(pdf) == 2
    second = pdf_tools.text(pdf, 1)
    assert f"Lanjutan lembar verifikasi {RECEIPT_NUMBER} — halaman 2" in second
    assert "No. Persyaratan Wajib Ada Sah Keterangan" in second
    assert "Lapis 1 — Petugas pemeriksa Lapis 2 — Verifikator/atasan" in second
    assert "NIP 19900101 201503 2 002 NIP 19720315 199803 1 004" in second
    assert "20. Dokumen pendukung kompetensi/portofolio (2)" in pdf_tools.all_text(pdf)
    assert "Semua 18 persyaratan wajib ada dan sah." in pdf_tools.all_text(pdf)


def test_times_are_in_the_office_zone(sheet: VerificationSheetData) -> None:
    text = pdf_tools.text(render_verification_sheet(dataclasses.replace(sheet, tz_name="WITA")))
    assert "Diperiksa: 20 November 2026 10.10 WITA" in text
    assert "Diputuskan: 20 November 2026 15.05 WITA" in text


def test_unjudged_items_print_a_dash(sheet: VerificationSheetData) -> None:
    items = (CheckedItem("Formulir pendaftaran", present=True),)
    text = pdf_tools.text(render_verification_sheet(dataclasses.replace(sheet, items=items)))
    assert "1. Formulir pendaftaran Ya Ada —" in text
    assert "Semua 1 persyaratan wajib ada." in text


def test_fonts_embedded_same_bytes_paper(sheet: VerificationSheetData) -> None:
    pdf = render_verification_sheet(sheet)
    fonts = pdf_tools.base_fonts(pdf)
    assert fonts and all(name.startswith("DejaVuSans") for name in fonts)
    assert pdf.count(b"/FontFile2") == len(fonts)
    assert render_verification_sheet(sheet) == pdf
    with pytest.raises(ValueError, match="A4 or F4"):
        render_verification_sheet(sheet, paper=A5)


def test_a_service_without_requirements_says_the_standard_lists_none(
    sheet: VerificationSheetData,
) -> None:
    """sak/ralat lists no documents: the sheet says so instead of "Semua 0 persyaratan"
    above an empty table."""
    text = pdf_tools.text(render_verification_sheet(dataclasses.replace(sheet, items=())))
    assert "Semua 0" not in text and "No. Persyaratan Wajib" not in text
    assert (
        "B. Daftar periksa persyaratan Standar pelayanan tidak mencantumkan dokumen "
        "persyaratan untuk layanan ini." in text
    )
    assert "Kesimpulan LENGKAP DAN BENAR Tidak ada dokumen yang perlu diperiksa" in text


def test_only_optional_documents_say_none_is_mandatory(sheet: VerificationSheetData) -> None:
    items = (CheckedItem("Surat kuasa", mandatory=False),)
    text = pdf_tools.text(render_verification_sheet(dataclasses.replace(sheet, items=items)))
    assert "Semua 0" not in text
    assert "Tidak ada persyaratan wajib untuk layanan ini." in text
