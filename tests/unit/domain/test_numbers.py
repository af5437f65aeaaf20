"""Receipt/certificate numbers: typed or scanned wrong must never find another file."""

from __future__ import annotations

import string

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from stdnum.iso7064 import mod_37_2

from counterdesk.domain.errors import ValidationError
from counterdesk.domain.numbers import (
    CERTIFICATE,
    PREFIXES,
    RECEIPT,
    ParsedNumber,
    format_number,
    parse_number,
    validate_counter_code,
)

ALPHABET = string.ascii_uppercase + string.digits + "-*"

prefixes = st.sampled_from(sorted(PREFIXES))
counters = st.text(string.ascii_uppercase + string.digits, min_size=2, max_size=4)
years = st.integers(min_value=2000, max_value=2099)
seqs = st.integers(min_value=1, max_value=999_999)


@st.composite
def numbers(draw: st.DrawFn) -> str:
    number: str = format_number(draw(prefixes), draw(counters), draw(years), draw(seqs))
    return number


def test_format_layout() -> None:
    number = format_number(RECEIPT, "L01", 2026, 123)
    assert number[:-1] == "TT-L01-26-000123"
    assert number[-1] == mod_37_2.calc_check_digit("TT*L01*26*000123")
    assert mod_37_2.is_valid(number.replace("-", "*"))


def test_parse_tolerates_scanner_case_and_whitespace() -> None:
    number = format_number(CERTIFICATE, "L01", 2026, 42)
    parsed = parse_number(f"  {number.lower()}\r\n")
    assert parsed == ParsedNumber("SRT", "L01", 26, 42)
    assert parsed.text == number


def test_wrong_check_character_message() -> None:
    number = format_number(RECEIPT, "L01", 2026, 123)
    wrong = number[:-1] + ("0" if number[-1] != "0" else "1")
    with pytest.raises(ValidationError) as err:
        parse_number(wrong)
    assert err.value.field == "nomor"
    assert str(err.value).startswith("Karakter pemeriksa salah")
    assert "salah ketik atau salah pindai" in str(err.value)
    # it must not hand out the right character: the typo may be elsewhere in the number
    assert f"'{number[-1]}'" not in str(err.value).replace(f"'{wrong}'", "")


@pytest.mark.parametrize("text", ["", "TT-L01-26-123", "TT L01 26 000123X", "TT-L01-2026-0001"])
def test_malformed_number_says_the_format(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_number(text)
    assert "tidak sesuai format" in str(err.value)


def test_expected_prefix() -> None:
    number = format_number(CERTIFICATE, "L01", 2026, 1)
    with pytest.raises(ValidationError) as err:
        parse_number(number, expected_prefix=RECEIPT)
    assert "bukan nomor tanda terima" in str(err.value)


def test_counter_code() -> None:
    assert validate_counter_code(" l01 ") == "L01"
    for bad in ("L", "L0001", "L-1", "L 1", ""):
        with pytest.raises(ValidationError) as err:
            validate_counter_code(bad)
        assert err.value.field == "kode_loket"


def test_sequence_overflow_is_a_clear_error() -> None:
    with pytest.raises(ValidationError):
        format_number(RECEIPT, "L01", 2026, 1_000_000)


@given(numbers())
def test_round_trip(number: str) -> None:
    assert parse_number(number).text == number


@given(numbers(), st.data())
def test_any_single_substitution_is_detected(number: str, data: st.DataObject) -> None:
    i = data.draw(st.integers(min_value=0, max_value=len(number) - 1))
    replacement = data.draw(st.sampled_from(ALPHABET))
    assume(replacement != number[i])
    with pytest.raises(ValidationError):
        parse_number(number[:i] + replacement + number[i + 1 :])


@given(numbers(), st.data())
def test_any_adjacent_transposition_is_detected(number: str, data: st.DataObject) -> None:
    i = data.draw(st.integers(min_value=0, max_value=len(number) - 2))
    assume(number[i] != number[i + 1])
    swapped = number[:i] + number[i + 1] + number[i] + number[i + 2 :]
    with pytest.raises(ValidationError):
        parse_number(swapped)


def test_hyphen_shift_is_detected() -> None:
    """Alphanumerics alone would not see this; the separators are in the check."""
    number = format_number(CERTIFICATE, "L01", 2026, 7)
    shifted = "SR-TL01" + number[len("SRT-L01") :]
    with pytest.raises(ValidationError):
        parse_number(shifted)
