"""Dates, times and rupiah exactly as printed on receipts and letters."""

from __future__ import annotations

import datetime as dt

import pytest

from counterdesk.domain.errors import ValidationError
from counterdesk.domain.formatting import (
    ZONES,
    before_period,
    day_name,
    format_date_long,
    format_date_numeric,
    format_date_short,
    format_date_with_day,
    format_datetime_long,
    format_rupiah,
    format_time_with_zone,
)


def test_dates() -> None:
    d = dt.date(2026, 11, 21)
    assert format_date_long(d) == "21 November 2026"
    assert format_date_short(d) == "21 Nov 2026"
    assert format_date_short(dt.date(2026, 8, 3)) == "3 Agu 2026"
    assert format_date_numeric(dt.date(1990, 5, 12)) == "12-05-1990"
    assert format_date_with_day(dt.date(2026, 3, 26)) == "Kamis, 26 Maret 2026"


def test_day_names_monday_to_sunday() -> None:
    week = [day_name(dt.date(2026, 3, 23) + dt.timedelta(days=i)) for i in range(7)]
    assert week == ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (1_250_000, "Rp1.250.000"),
        (0, "Rp0"),
        (500, "Rp500"),
        (50_000, "Rp50.000"),
        (1_000_000_000, "Rp1.000.000.000"),
        (-75_000, "-Rp75.000"),
    ],
)
def test_rupiah(amount: int, text: str) -> None:
    assert format_rupiah(amount) == text


def test_time_in_each_zone() -> None:
    utc = dt.datetime(2026, 11, 21, 7, 5, tzinfo=dt.UTC)
    assert format_time_with_zone(utc, "Asia/Jakarta") == "14.05 WIB"
    assert format_time_with_zone(utc, "Asia/Makassar") == "15.05 WITA"
    assert format_time_with_zone(utc, "Asia/Jayapura") == "16.05 WIT"
    assert format_time_with_zone(utc, "wita") == "15.05 WITA"
    assert set(ZONES) == {"Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"}


def test_datetime_crossing_midnight_uses_local_date() -> None:
    utc = dt.datetime(2026, 11, 20, 18, 30, tzinfo=dt.UTC)
    assert format_datetime_long(utc, "Asia/Jakarta") == "21 November 2026 01.30 WIB"


def test_unknown_zone_and_naive_time() -> None:
    with pytest.raises(ValidationError) as err:
        format_time_with_zone(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), "Europe/Berlin")
    assert "Asia/Jakarta (WIB)" in str(err.value)
    with pytest.raises(ValueError):
        format_time_with_zone(dt.datetime(2026, 1, 1), "Asia/Jakarta")


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Dr. Bambang Sutrisno, M.Si.", "Disetujui oleh Dr. Bambang Sutrisno, M.Si. Berkas"),
        ("Rina Marlina, S.E.", "Disetujui oleh Rina Marlina, S.E. Berkas"),
        ("Ir. Budi, S.T., M.Kom. ", "Disetujui oleh Ir. Budi, S.T., M.Kom. Berkas"),
        ("Drs. Hasan, S.H", "Disetujui oleh Drs. Hasan, S.H. Berkas"),
        ("Siti Rahmawati", "Disetujui oleh Siti Rahmawati. Berkas"),
    ],
)
def test_a_title_ending_in_a_dot_keeps_one_dot_at_the_end_of_a_sentence(
    name: str, shown: str
) -> None:
    assert f"Disetujui oleh {before_period(name)}. Berkas" == shown


def test_a_moment_after_midnight_wib_is_shown_on_the_wib_date() -> None:
    from counterdesk.domain.formatting import format_datetime_short

    moment = dt.datetime(2026, 11, 26, 17, 8, tzinfo=dt.UTC)  # 00.08 WIB on the 27th
    assert format_datetime_short(moment, "Asia/Jakarta") == "27 Nov 2026 00.08 WIB"
