"""NIK, NIP, NIB, phone and e-mail as typed at the counter."""

from __future__ import annotations

import datetime as dt

import pytest

from counterdesk.domain.errors import ValidationError
from counterdesk.domain.identity import (
    format_nip,
    nik_warnings,
    normalize_phone,
    parse_nik,
    parse_nip,
    validate_email,
    validate_nib,
)

TODAY = dt.date(2026, 11, 21)


def message(exc: pytest.ExceptionInfo[ValidationError]) -> str:
    return str(exc.value)


# -- NIK ---------------------------------------------------------------------------------


def test_nik_man() -> None:
    info = parse_nik("3602041211870001", today=TODAY)
    assert (info.region_code, info.province) == ("360204", "Banten")
    assert (info.birth_date, info.sex, info.sequence) == (dt.date(1987, 11, 12), "L", 1)


def test_nik_woman_day_plus_40_and_spaces() -> None:
    info = parse_nik(" 3273 0152 0503 0002 ", today=TODAY)
    assert (info.birth_date, info.sex) == (dt.date(2003, 5, 12), "P")


def test_nik_century_never_in_future() -> None:
    assert parse_nik("3273011211250001", today=TODAY).birth_date == dt.date(2025, 11, 12)
    assert parse_nik("3273012211260001", today=TODAY).birth_date == dt.date(1926, 11, 22)


def test_nik_new_papua_province() -> None:
    assert parse_nik("9601011211870001", today=TODAY).province == "Papua Barat Daya"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("360204121187000", "NIK harus 16 angka; yang diketik 15"),
        ("36020412118700011", "NIK harus 16 angka; yang diketik 17"),
        ("36020412118O0001", "ada 'O' di posisi 12 (huruf O mungkin maksudnya angka 0)"),
        ("9902041211870001", "Kode provinsi '99'"),
        ("3600041211870001", "tidak boleh 00"),
        ("3602043211870001", "bukan tanggal yang ada"),
        ("3602047211870001", "bukan tanggal yang ada"),  # 72 - 40 = 32
        ("3602043002870001", "bukan tanggal yang ada"),  # 30 February
        ("3602041211870000", "tidak boleh 0000"),
    ],
)
def test_nik_errors(text: str, expected: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_nik(text, today=TODAY)
    assert err.value.field == "nik"
    assert expected in message(err)


def test_nik_mismatch_is_a_warning_naming_both_dates() -> None:
    info = parse_nik("3602041205900001", today=TODAY)
    assert nik_warnings(info, dt.date(1990, 5, 13), "L") == [
        "Tanggal lahir di NIK (12-05-1990) berbeda dengan tanggal lahir yang diisi (13-05-1990)"
    ]
    assert nik_warnings(info, dt.date(1990, 5, 12), "P") == [
        "Jenis kelamin di NIK (laki-laki) berbeda dengan jenis kelamin yang diisi (perempuan)"
    ]
    assert nik_warnings(info, dt.date(1990, 5, 12), "L") == []
    assert nik_warnings(info, None, None) == []


# -- NIP ---------------------------------------------------------------------------------


def test_nip_pns() -> None:
    info = parse_nip("19860926 201505 1 001", today=TODAY)
    assert info.kind == "PNS"
    assert (info.birth_date, info.appointment) == (dt.date(1986, 9, 26), (2015, 5))
    assert (info.sex, info.sequence) == ("L", 1)


def test_nip_pppk() -> None:
    info = parse_nip("199203152022212003", today=TODAY)
    assert info.kind == "PPPK"
    assert (info.birth_date, info.appointment) == (dt.date(1992, 3, 15), (2022, None))
    assert (info.sex, info.sequence) == ("P", 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1986092620150510", "NIP harus 18 angka; yang diketik 16"),
        ("198609312015051001", "Tanggal lahir di NIP"),
        ("198609262015131001", "harus bulan TMT 01–12 (PNS) atau 21 (PPPK)"),
        ("198609261990051001", "Tahun pengangkatan"),
        ("198609262015053001", "jenis kelamin"),
        ("198609262015051000", "tidak boleh 000"),
    ],
)
def test_nip_errors(text: str, expected: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_nip(text, today=TODAY)
    assert err.value.field == "nip"
    assert expected in message(err)


@pytest.mark.parametrize(
    "typed",
    [
        "198001012005011001",
        "19800101 200501 1 001",
        "19800101.200501.1.001",
        " 19800101-200501-1-001 ",
    ],
)
def test_nip_is_grouped_birth_tmt_sex_sequence_however_it_was_typed(typed: str) -> None:
    assert format_nip(typed) == "19800101 200501 1 001"


def test_pppk_nip_is_grouped_the_same_way_and_a_non_nip_is_left_as_typed() -> None:
    assert format_nip("199203152022212003") == "19920315 202221 2 003"
    assert format_nip(" 12345 ") == "12345"
    assert format_nip("19800101200501100X") == "19800101200501100X"
    assert format_nip("") == ""


# -- NIB ---------------------------------------------------------------------------------


def test_nib() -> None:
    assert validate_nib("9120 0012 3456 7") == "9120001234567"
    with pytest.raises(ValidationError) as err:
        validate_nib("912000123456")
    assert "NIB harus 13 angka; yang diketik 12" in message(err)


# -- phone -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["0812-3456-7890", "+62 812 3456 7890", "6281234567890", "+62 (0)812 3456 7890"],
)
def test_phone_prefixes_normalise(text: str) -> None:
    assert normalize_phone(text) == "+6281234567890"


def test_landline() -> None:
    assert normalize_phone("(0264) 8224794") == "+622648224794"
    with pytest.raises(ValidationError) as err:
        normalize_phone("(0264) 8224794", mobile_only=True)
    assert "nomor HP" in message(err)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("081234567", "Nomor HP harus 10–13 angka"),
        ("08123456789012", "Nomor HP harus 10–13 angka"),
        ("812345678", "harus diawali 0, 62 atau +62"),
        ("0812-345A-789", "hanya boleh berisi angka"),
        ("021 123", "kode area + nomor"),
    ],
)
def test_phone_errors(text: str, expected: str) -> None:
    with pytest.raises(ValidationError) as err:
        normalize_phone(text)
    assert err.value.field == "telepon"
    assert expected in message(err)
    assert text in message(err)


# -- e-mail ------------------------------------------------------------------------------


def test_email_ok() -> None:
    assert validate_email("  Budi.Santoso+loket@Kemendag.GO.ID ") == (
        "Budi.Santoso+loket@kemendag.go.id"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("budi santoso@gmail.com", "spasi"),
        ("budi.gmail.com", "tepat satu tanda @"),
        ("budi@@gmail.com", "tepat satu tanda @"),
        ("@gmail.com", "nama sebelum tanda @"),
        ("budi@gmail", "domain lengkap"),
        ("budi..s@gmail.com", "dua titik"),
        ("budi@gmail..com", "domain yang tidak sah"),
        ("budi@gmail.c0m", ".com, .id"),
    ],
)
def test_email_errors(text: str, expected: str) -> None:
    with pytest.raises(ValidationError) as err:
        validate_email(text)
    assert err.value.field == "email"
    assert expected in message(err)
    assert "nama@contoh.go.id" in message(err)
