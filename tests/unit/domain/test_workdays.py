"""Promised dates as the applicant sees them on the receipt."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counterdesk.domain.errors import ValidationError
from counterdesk.domain.workdays import WorkCalendar, last_decreed_year

D = dt.date
WIB = dt.timezone(dt.timedelta(hours=7), "WIB")
CLOSED = WorkCalendar()
OPEN = WorkCalendar(cuti_bersama_closes=False)

dates = st.dates(min_value=D(2024, 1, 1), max_value=D(2027, 6, 30))
counts = st.integers(min_value=0, max_value=80)


# -- the holidays data these cases rely on -----------------------------------------------


def test_march_2026_data_is_what_the_cases_assume() -> None:
    kinds = {c.date: c.kind for c in CLOSED.closed_days(2026) if c.date.month == 3}
    assert kinds == {
        D(2026, 3, 18): "cuti_bersama",  # Nyepi
        D(2026, 3, 19): "libur_nasional",  # Hari Suci Nyepi
        D(2026, 3, 20): "cuti_bersama",  # Idul Fitri
        D(2026, 3, 21): "libur_nasional",  # Idul Fitri (Saturday)
        D(2026, 3, 22): "libur_nasional",  # Idul Fitri day 2 (Sunday)
        D(2026, 3, 23): "cuti_bersama",
        D(2026, 3, 24): "cuti_bersama",
    }


def test_names_are_indonesian_and_weekend_holidays_are_marked() -> None:
    by_date = {c.date: c for c in CLOSED.closed_days(2026)}
    assert by_date[D(2026, 3, 19)].name == "Hari Suci Nyepi"
    assert by_date[D(2026, 3, 21)].on_weekend
    assert not by_date[D(2026, 3, 19)].on_weekend
    assert all(c.date.year == 2026 for c in by_date.values())


# -- fixed cases -------------------------------------------------------------------------


def test_nyepi_and_idul_fitri_2026_with_cuti_bersama_closed() -> None:
    # Tue 17 Mar complete; 18-24 closed; Wed 25 is day 1, Thu 26 is day 2.
    assert CLOSED.add_working_days(D(2026, 3, 17), 1) == D(2026, 3, 25)
    assert CLOSED.add_working_days(D(2026, 3, 17), 2) == D(2026, 3, 26)
    assert CLOSED.working_days_between(D(2026, 3, 17), D(2026, 3, 26)) == 2


def test_nyepi_and_idul_fitri_2026_with_cuti_bersama_open() -> None:
    # 18 (cuti bersama) is day 1, 19 Nyepi closed, 20 (cuti bersama) is day 2.
    assert OPEN.add_working_days(D(2026, 3, 17), 2) == D(2026, 3, 20)
    assert OPEN.add_working_days(D(2026, 3, 17), 3) == D(2026, 3, 23)
    assert not OPEN.is_working_day(D(2026, 3, 19))
    assert all(c.kind != "cuti_bersama" for c in OPEN.closed_days(2026))


def test_across_year_end_2026_2027() -> None:
    # Wed 23 Dec complete; 24 cuti, 25 Natal, 26-27 weekend, Mon 28 day 1 ... Thu 31 day 4,
    # 1 Jan 2027 Tahun Baru, 2-3 weekend, Mon 4 Jan day 5.
    assert CLOSED.add_working_days(D(2026, 12, 23), 5) == D(2027, 1, 4)
    assert OPEN.add_working_days(D(2026, 12, 23), 5) == D(2026, 12, 31)
    assert CLOSED.working_days_between(D(2026, 12, 23), D(2027, 1, 4)) == 5


def test_office_closure_moves_the_due_date() -> None:
    local = WorkCalendar(closures={D(2026, 4, 7): "Hari jadi kabupaten"})
    assert CLOSED.add_working_days(D(2026, 4, 6), 1) == D(2026, 4, 7)
    assert local.add_working_days(D(2026, 4, 6), 1) == D(2026, 4, 8)
    closed = {c.date: c for c in local.closed_days(2026)}[D(2026, 4, 7)]
    assert (closed.name, closed.kind) == ("Hari jadi kabupaten", "penutupan_kantor")


def test_closure_on_a_holiday_keeps_holiday_kind() -> None:
    cal = WorkCalendar(closures={D(2026, 8, 17): "Upacara"})
    closed = cal.closure_on(D(2026, 8, 17))
    assert closed is not None and closed.kind == "libur_nasional"
    assert "Upacara" in closed.name


def test_closure_needs_a_name() -> None:
    with pytest.raises(ValidationError) as err:
        WorkCalendar(closures={D(2026, 4, 7): "  "})
    assert "belum diberi nama" in str(err.value)


def test_day_zero_and_n_zero() -> None:
    assert CLOSED.add_working_days(D(2026, 3, 21), 0) == D(2026, 3, 21)  # a Saturday
    assert CLOSED.add_working_days(D(2026, 3, 21), 1) == D(2026, 3, 25)
    assert CLOSED.working_days_between(D(2026, 3, 21), D(2026, 3, 21)) == 0


def test_due_date_within_known_years_has_no_warning() -> None:
    assert CLOSED.due_date(D(2026, 3, 17), 2).warnings == ()


def test_beyond_known_years_warns() -> None:
    last = last_decreed_year()
    assert last is not None and last >= 2027
    year = last + 1
    due = CLOSED.due_date(D(last, 12, 20), 10)
    assert due.date.year == year
    assert due.warnings == (
        f"Kalender libur {year} belum diketahui (cuti bersama belum ditetapkan); "
        "tanggal jatuh tempo bisa bergeser. "
        f"Admin dapat menambahkan hari libur {year} secara manual.",
    )
    assert CLOSED.coverage_warning(D(year, 3, 1)) == due.warnings[0]
    assert CLOSED.coverage_warning(D(last, 3, 1)) is None


def test_admin_entered_year_counts_as_known() -> None:
    year = (last_decreed_year() or 2027) + 1
    cal = WorkCalendar(closures={D(year, 2, 1): "Cuti bersama (manual)"}, extra_known_years=[year])
    assert cal.coverage_warning(D(year, 3, 1)) is None
    assert year in cal.known_years()
    assert cal.due_date(D(year, 1, 30), 2).warnings == ()


def test_estimated_islamic_holiday_warns() -> None:
    due = CLOSED.due_date(D(2027, 3, 1), 10)
    assert any("perkiraan" in w and "Idul Fitri" in w for w in due.warnings)


# -- 2-hour rule for information requests ------------------------------------------------

CLOSING = dt.time(16, 0)


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        (dt.datetime(2026, 4, 6, 9, 0, tzinfo=WIB), D(2026, 4, 6)),  # Monday morning
        (dt.datetime(2026, 4, 6, 13, 59, tzinfo=WIB), D(2026, 4, 6)),
        (dt.datetime(2026, 4, 6, 14, 0, tzinfo=WIB), D(2026, 4, 7)),  # within 2 h
        (dt.datetime(2026, 4, 6, 17, 30, tzinfo=WIB), D(2026, 4, 7)),  # after closing
        (dt.datetime(2026, 4, 10, 15, 0, tzinfo=WIB), D(2026, 4, 13)),  # Friday late
        (dt.datetime(2026, 4, 4, 9, 0, tzinfo=WIB), D(2026, 4, 6)),  # Saturday
        (dt.datetime(2026, 3, 17, 15, 0, tzinfo=WIB), D(2026, 3, 25)),  # before Lebaran
    ],
)
def test_effective_receipt_day(received: dt.datetime, expected: dt.date) -> None:
    assert CLOSED.effective_receipt_day(received, CLOSING) == expected


def test_effective_receipt_day_reads_office_wall_clock() -> None:
    utc = dt.datetime(2026, 4, 6, 6, 30, tzinfo=dt.UTC)  # 13.30 WIB but 15.30 WIT
    wit = dt.timezone(dt.timedelta(hours=9), "WIT")
    assert CLOSED.effective_receipt_day(utc, CLOSING, zone=WIB) == D(2026, 4, 6)
    assert CLOSED.effective_receipt_day(utc, CLOSING, zone=wit) == D(2026, 4, 7)
    with pytest.raises(ValueError):
        CLOSED.effective_receipt_day(dt.datetime(2026, 4, 6, 9, 0), CLOSING)


# -- status ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "text", "level"),
    [
        (D(2026, 3, 17), "Sisa 2 hari kerja", "near"),
        (D(2026, 3, 25), "Sisa 1 hari kerja", "near"),
        (D(2026, 3, 26), "Jatuh tempo hari ini", "due_today"),
        (D(2026, 3, 28), "Lewat 2 hari", "overdue"),
    ],
)
def test_status_text(today: dt.date, text: str, level: str) -> None:
    assert CLOSED.status_text(today, D(2026, 3, 26)) == (text, level)


def test_status_text_ok_when_far() -> None:
    assert CLOSED.status_text(D(2026, 4, 6), D(2026, 4, 13)) == ("Sisa 5 hari kerja", "ok")


# -- properties --------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(start=dates, n=st.integers(min_value=-80, max_value=80), open_=st.booleans())
def test_count_is_inverse_of_add(start: dt.date, n: int, open_: bool) -> None:
    cal = OPEN if open_ else CLOSED
    assert cal.working_days_between(start, cal.add_working_days(start, n)) == n


@settings(max_examples=200, deadline=None)
@given(a=dates, b=dates)
def test_add_is_inverse_of_count_on_working_days(a: dt.date, b: dt.date) -> None:
    if a != b and CLOSED.is_working_day(b):
        assert CLOSED.add_working_days(a, CLOSED.working_days_between(a, b)) == b


@settings(max_examples=200, deadline=None)
@given(start=dates, n=st.integers(min_value=1, max_value=80))
def test_result_is_a_working_day_after_start(start: dt.date, n: int) -> None:
    due = CLOSED.add_working_days(start, n)
    assert CLOSED.is_working_day(due)
    assert due > start


@settings(max_examples=200, deadline=None)
@given(start=dates, n=counts)
def test_monotonic_in_n(start: dt.date, n: int) -> None:
    assert CLOSED.add_working_days(start, n) < CLOSED.add_working_days(start, n + 1)


@settings(max_examples=200, deadline=None)
@given(start=dates, n=counts)
def test_opening_on_cuti_bersama_never_makes_due_later(start: dt.date, n: int) -> None:
    assert OPEN.add_working_days(start, n) <= CLOSED.add_working_days(start, n)
