"""Surat permohonan maaf (issue 10 point 5, seed 001) as printed: the surat dinas head,
the late application, the compensation box whose Code 128 scans to the letter number, and
the office signatory; one page on A4 and F4 even with a long address."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from counterdesk.documents.apology_letter import (
    ApologyLetter,
    in_words,
    render_apology_letter,
)
from counterdesk.documents.letterhead import Letterhead
from counterdesk.documents.paper import A4, A5, F4
from counterdesk.documents.people import Applicant
from counterdesk.documents.signers import Signer
from tests import pdf_tools

NUMBER = "007/MAAF/BS/L01/XI/2026"


def _letter(letterhead: Letterhead, **changes: object) -> ApologyLetter:
    letter = ApologyLetter(
        letterhead=letterhead,
        number=NUMBER,
        city="Jakarta",
        day=dt.date(2026, 11, 26),
        recipient=Applicant(
            "Andi Sé Wijayakusuma",
            "NIK",
            "3171011205900001",
            address="Jl. Kenari II No. 5\nSalemba, Jakarta Pusat 10430",
        ),
        application_number="TT-L01-26-000123K",
        service_name="Sertifikasi Person",
        standard_title="Standar Pelayanan Balai Sertifikasi",
        received_on=dt.date(2026, 10, 1),
        due_on=dt.date(2026, 10, 21),
        finished_on=dt.date(2026, 10, 26),
        late_working_days=3,
        days_off=1,
        signer=Signer("Nurul Fadhlina", "197805122003122001", "Kepala Balai Sertifikasi"),
        footer="Pengaduan: WhatsApp: HP. 081387728543.",
    )
    return dataclasses.replace(letter, **changes)  # type: ignore[arg-type]


def test_the_letter_says_what_was_late_and_what_the_applicant_gets(
    letterhead: Letterhead,
) -> None:
    pdf = render_apology_letter(_letter(letterhead))

    text = pdf_tools.text(pdf)
    assert pdf_tools.pages(pdf) == 1
    for expected in (
        "Jakarta, 26 November 2026",
        f"Nomor : {NUMBER} Sifat : Biasa Lampiran : - "
        "Hal : Permohonan maaf atas keterlambatan layanan",
        "Yth. Andi Sé Wijayakusuma Jl. Kenari II No. 5 Salemba, Jakarta Pusat 10430 di tempat",
        "Nomor permohonan : TT-L01-26-000123K Jenis layanan : Sertifikasi Person "
        "Tanggal diterima : 1 Oktober 2026 Dijanjikan selesai : 21 Oktober 2026 "
        "Selesai pada : 26 Oktober 2026 Keterlambatan : 3 (tiga) hari kerja",
        "Sesuai Standar Pelayanan Balai Sertifikasi",
        "pengurangan waktu layanan sebanyak 1 (satu) hari kerja dari janji layanan pada saat "
        "Saudara melakukan sertifikasi berikutnya di Pusdiklat Bea dan Cukai.",
        "KOMPENSASI: janji layanan dipercepat 1 (satu) hari kerja",
        "atas nama Andi Sé Wijayakusuma (NIK 3171011205900001)",
        "Kepala Balai Sertifikasi, Nurul Fadhlina NIP 19780512 200312 2 001",
        "Pengaduan: WhatsApp: HP. 081387728543.",
    ):
        assert expected in text, expected
    assert [(code.text, code.format) for code in pdf_tools.decode(pdf)] == [(NUMBER, "Code 128")]


def test_without_an_address_the_phone_and_email_say_where_it_goes(
    letterhead: Letterhead,
) -> None:
    recipient = Applicant("PT Mitra Kalkulasi", "NIB", "9120123456789", "0264 123", "a@b.id")
    text = pdf_tools.text(render_apology_letter(_letter(letterhead, recipient=recipient)))
    assert "Yth. PT Mitra Kalkulasi 0264 123 a@b.id di tempat" in text
    assert "(NIB 9120123456789)" in text


def test_one_page_on_f4_with_a_long_address_and_refused_on_a5(letterhead: Letterhead) -> None:
    long = "\n".join(f"Blok {i}, Kompleks Pergudangan Sentra Niaga Kalideres" for i in range(6))
    recipient = Applicant("Andi", "NIK", "3171011205900001", address=long)
    for paper in (A4, F4):
        pdf = render_apology_letter(_letter(letterhead, recipient=recipient), paper)
        assert pdf_tools.pages(pdf) == 1
        assert pdf_tools.decode(pdf)[0].text == NUMBER
    assert pdf_tools.page_size_mm(render_apology_letter(_letter(letterhead), F4)) == (
        215.0,
        330.0,
    )
    with pytest.raises(ValueError):
        render_apology_letter(_letter(letterhead), A5)


def test_a_letter_is_only_for_a_service_finished_late(letterhead: Letterhead) -> None:
    with pytest.raises(ValueError):
        render_apology_letter(_letter(letterhead, late_working_days=0))


def test_small_counts_are_written_in_words_too() -> None:
    assert [in_words(n) for n in (1, 3, 9, 16)] == ["1 (satu)", "3 (tiga)", "9 (sembilan)", "16"]
