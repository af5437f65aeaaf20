"""Admissibility of a complaint: what the officer sees it recorded as, and by when."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counterdesk.domain.complaint_rules import Classification, classify, deadline_status
from counterdesk.domain.errors import ValidationError
from counterdesk.domain.workdays import WorkCalendar

D = dt.date
CLOSED = WorkCalendar()
OPEN = WorkCalendar(cuti_bersama_closes=False)
SEED_004 = (30, 14)  # (window in calendar days, response in working days)
SEED_002 = (30, 3)
SOME_MONDAY = D(2026, 11, 2)


def _classify(
    *,
    has_identity: bool = True,
    matter: str = "Petugas meminta biaya di luar tarif resmi.",
    received_on: D = SOME_MONDAY,
    service_received_on: D | None = None,
    policy: tuple[int, int] = SEED_004,
    calendar: WorkCalendar = CLOSED,
) -> Classification:
    return classify(
        has_identity=has_identity,
        matter=matter,
        received_on=received_on,
        service_received_on=service_received_on,
        window_days=policy[0],
        response_working_days=policy[1],
        calendar=calendar,
    )


# -- the 30-day window --------------------------------------------------------------------


def test_day_30_after_the_service_is_still_a_complaint() -> None:
    result = _classify(received_on=D(2026, 11, 2), service_received_on=D(2026, 10, 3))
    assert result.kind == "complaint"
    assert result.due_on is not None


def test_day_31_after_the_service_becomes_a_suggestion_and_says_why() -> None:
    result = _classify(received_on=D(2026, 11, 2), service_received_on=D(2026, 10, 2))
    assert result == Classification(
        "suggestion", "Diterima 31 hari setelah layanan (batas 30 hari): dicatat sebagai saran."
    )


def test_without_a_service_date_the_window_does_not_apply() -> None:
    assert _classify(service_received_on=None).kind == "complaint"


def test_a_service_date_after_the_complaint_is_refused_naming_the_field() -> None:
    with pytest.raises(ValidationError) as err:
        _classify(received_on=D(2026, 11, 2), service_received_on=D(2026, 11, 3))
    assert err.value.field == "tanggal_layanan"
    assert "periksa kembali tanggal layanan" in err.value.message


# -- identity and matter ----------------------------------------------------------------


def test_missing_identity_is_recorded_as_a_suggestion_not_refused() -> None:
    result = _classify(has_identity=False)
    assert result == Classification(
        "suggestion", "Tanpa identitas pelapor: dicatat sebagai saran/masukan."
    )


@pytest.mark.parametrize("matter", ["", "   ", "\n\t"])
def test_blank_matter_is_recorded_as_a_suggestion(matter: str) -> None:
    result = _classify(matter=matter)
    assert result.kind == "suggestion"
    assert result.reason == "Tanpa materi pengaduan: dicatat sebagai saran/masukan."
    assert result.due_on is None


def test_both_missing_names_both() -> None:
    result = _classify(has_identity=False, matter=" ")
    assert result.reason == (
        "Tanpa identitas pelapor dan materi pengaduan: dicatat sebagai saran/masukan."
    )


# -- deadlines in working days ----------------------------------------------------------


def test_seed_002_three_working_days_skip_nyepi_and_idul_fitri_2026() -> None:
    # Mon 16 Mar 2026 is day 0; 18-24 Mar are Nyepi, Idul Fitri and cuti bersama.
    result = _classify(received_on=D(2026, 3, 16), policy=SEED_002)
    assert result.kind == "complaint"
    assert result.due_on == D(2026, 3, 26)
    assert result.reason == (
        "Dicatat sebagai pengaduan: wajib ditanggapi paling lambat 3 hari kerja, "
        "yaitu Kamis, 26 Maret 2026."
    )


def test_seed_004_fourteen_working_days_across_idul_fitri_and_good_friday_2026() -> None:
    result = _classify(received_on=D(2026, 3, 16), policy=SEED_004)
    assert result.due_on == D(2026, 4, 13)


def test_an_office_open_on_cuti_bersama_counts_those_days() -> None:
    result = _classify(received_on=D(2026, 3, 16), policy=SEED_002, calendar=OPEN)
    assert result.due_on == D(2026, 3, 20)


def test_received_on_a_saturday_counts_from_the_next_working_day() -> None:
    result = _classify(received_on=D(2026, 11, 7), policy=SEED_002)
    assert result.due_on == D(2026, 11, 11)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2026, 3, 16), ("Sisa 3 hari kerja", "ok")),
        (D(2026, 3, 25), ("Sisa 1 hari kerja", "near")),
        (D(2026, 3, 26), ("Jatuh tempo hari ini", "due_today")),
        (D(2026, 3, 28), ("Lewat 2 hari", "overdue")),
    ],
)
def test_deadline_status_as_the_officer_reads_it(today: D, expected: tuple[str, str]) -> None:
    assert deadline_status(today, D(2026, 3, 26), CLOSED) == expected


# -- properties -------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    received_on=st.dates(min_value=D(2024, 1, 1), max_value=D(2027, 6, 30)),
    days_after_service=st.integers(min_value=0, max_value=60),
    response=st.integers(min_value=1, max_value=30),
    window=st.integers(min_value=1, max_value=45),
    cuti_bersama_closes=st.booleans(),
)
def test_a_complaint_is_due_on_a_working_day_never_before_it_was_received(
    received_on: D, days_after_service: int, response: int, window: int, cuti_bersama_closes: bool
) -> None:
    calendar = CLOSED if cuti_bersama_closes else OPEN
    result = classify(
        has_identity=True,
        matter="Berkas hilang.",
        received_on=received_on,
        service_received_on=received_on - dt.timedelta(days=days_after_service),
        window_days=window,
        response_working_days=response,
        calendar=calendar,
    )
    assert (result.kind == "complaint") == (days_after_service <= window)
    if result.kind == "complaint":
        assert result.due_on is not None
        assert calendar.is_working_day(result.due_on)
        assert result.due_on > received_on
        assert calendar.working_days_between(received_on, result.due_on) == response
    else:
        assert result.due_on is None
