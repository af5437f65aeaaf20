"""Official letter numbers: the office's pattern filled in, and patterns refused when they
could give one number twice."""

from __future__ import annotations

from datetime import date

import pytest

from counterdesk.domain.errors import ValidationError
from counterdesk.domain.letter_numbers import (
    DEFAULT_PATTERNS,
    check_pattern,
    format_letter_number,
    unit_abbreviation,
)

DAY = date(2026, 12, 21)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("BA", "007/BA/LST/D01/XII/2026"),
        ("RALAT", "007/RALAT/LST/D01/XII/2026"),
        ("HILANG", "007/HILANG/LST/D01/XII/2026"),
        ("LEG", "0007/LEG/D01/2026"),
    ],
)
def test_default_patterns(code: str, expected: str) -> None:
    number = format_letter_number(
        DEFAULT_PATTERNS[code], seq=7, code=code, unit="LST", counter="D01", day=DAY
    )
    assert number == expected
    check_pattern(DEFAULT_PATTERNS[code])


def test_a_legalisation_number_fits_a_stamp_label_barcode() -> None:
    """Short enough for two 90 mm labels side by side and an ordinary CCD scanner."""
    number = format_letter_number(
        DEFAULT_PATTERNS["LEG"], seq=14, code="LEG", unit="PSBK", counter="D01", day=DAY
    )
    assert len(number) <= 17


def test_every_placeholder_is_filled() -> None:
    pattern = "{code}-{seq:05}/{counter}/{day}.{month}.{yy}/{year}"
    check_pattern(pattern)
    number = format_letter_number(
        pattern, seq=42, code="BA", unit="", counter="L01", day=date(2026, 3, 5)
    )
    assert number == "BA-00042/L01/05.03.26/2026"


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("{counter}/BA/{year}", "nomor urut {seq}"),
        ("{seq:03}/BA/{year}", "kode loket {counter} (nomor harus unik per loket)"),
        ("{seq:03}/BA/{counter}", "tahun {year} atau {yy}"),
        ("{seq:03}/{kantor}/{counter}/{year}", "Tempat isian {kantor} tidak dikenal"),
        ("{seq:03}/BA/{counter/{year}", "tidak berpasangan"),
        ("{seq:x>q}/{counter}/{year}", "tidak dapat dipakai"),
        ("  ", "wajib diisi"),
        ("{seq}/" + "X" * 80 + "/{counter}/{year}", "terlalu panjang"),
    ],
)
def test_bad_patterns_are_refused_with_the_reason(pattern: str, message: str) -> None:
    with pytest.raises(ValidationError) as err:
        check_pattern(pattern)
    assert err.value.field == "pattern" and message in err.value.message


def test_unit_abbreviation_from_the_office_unit() -> None:
    assert unit_abbreviation("Loket Sertifikasi Terpadu") == "LST"
    assert unit_abbreviation("Bidang Sertifikasi") == "BS"
    assert unit_abbreviation("BDK Medan") == "BDKM"
    assert unit_abbreviation("") == ""
