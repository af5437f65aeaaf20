"""Working-day calendar: what "N hari kerja" means for a promised date.

Rules (see docs/workdays.md): weekends are closed; national holidays (``holidays``
package, category *public*) are closed; cuti bersama (category *government*) is closed
unless the office setting says the counter stays open; the office's own closures are
closed. The day a file becomes complete is day 0 and is never counted.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

import holidays

from counterdesk.domain.errors import ValidationError
from counterdesk.domain.formatting import format_date_long

ClosedKind = Literal["libur_nasional", "cuti_bersama", "penutupan_kantor"]
StatusLevel = Literal["overdue", "due_today", "near", "ok"]

KIND_LABELS: Mapping[ClosedKind, str] = MappingProxyType(
    {
        "libur_nasional": "Libur nasional",
        "cuti_bersama": "Cuti bersama",
        "penutupan_kantor": "Penutupan kantor",
    }
)
# When two reasons fall on one date, the strongest one names the kind.
_KIND_RANK: dict[ClosedKind, int] = {"libur_nasional": 0, "cuti_bersama": 1, "penutupan_kantor": 2}
# The holidays package marks Islamic dates not yet fixed by sidang isbat like this.
_ESTIMATED_MARK = "(perkiraan)"
NEAR_THRESHOLD = 2  # working days left at which a file is shown as "near"
_FIRST_KNOWN_YEAR = 2000  # earlier years never matter for a counter opened today
_SCAN_FROM = 2020
_EMPTY_YEARS_TO_STOP = 3


@dataclass(frozen=True, slots=True)
class ClosedDay:
    """One date on which the office is closed for a named reason (weekends excluded)."""

    date: dt.date
    name: str
    kind: ClosedKind
    estimated: bool = False

    @property
    def on_weekend(self) -> bool:
        """A holiday on a Saturday/Sunday costs no working day; shown for completeness."""
        return self.date.weekday() >= 5


@dataclass(frozen=True, slots=True)
class DueDate:
    """A promised date plus the reasons it might still move."""

    date: dt.date
    warnings: tuple[str, ...] = ()


def _make(year: int, category: str) -> Mapping[dt.date, str]:
    return holidays.country_holidays("ID", years=year, categories=(category,), language="id")


@functools.lru_cache(maxsize=256)
def _national_days(year: int) -> tuple[ClosedDay, ...]:
    """National holidays and cuti bersama of one year; shared by every calendar."""
    public = _make(year, "public")
    government = _make(year, "government")
    days: dict[dt.date, ClosedDay] = {}
    sources: tuple[tuple[ClosedKind, Mapping[dt.date, str]], ...] = (
        ("libur_nasional", public),
        ("cuti_bersama", government),
    )
    for kind, source in sources:
        for day, name in source.items():
            _merge(days, ClosedDay(day, name, kind, _ESTIMATED_MARK in name))
    return tuple(sorted(days.values(), key=lambda c: c.date))


def _merge(days: dict[dt.date, ClosedDay], new: ClosedDay) -> None:
    old = days.get(new.date)
    if old is None:
        days[new.date] = new
        return
    first, second = sorted((old, new), key=lambda c: _KIND_RANK[c.kind])
    days[new.date] = ClosedDay(
        first.date, f"{first.name}; {second.name}", first.kind, first.estimated or second.estimated
    )


@functools.lru_cache(maxsize=1)
def last_decreed_year() -> int | None:
    """Last year for which the installed ``holidays`` data has any cuti bersama.

    Cuti bersama is set by a joint ministerial decree (SKB) a few months before the year
    starts; a year without any entry means the decree is not in the data yet, so its
    calendar is incomplete. Scans upward and stops after a run of empty years.
    """
    last: int | None = None
    empty = 0
    year = _SCAN_FROM
    while empty < _EMPTY_YEARS_TO_STOP:
        if _make(year, "government"):
            last, empty = year, 0
        else:
            empty += 1
        year += 1
    return last


def coverage_message(year: int) -> str:
    return (
        f"Kalender libur {year} belum diketahui (cuti bersama belum ditetapkan); "
        "tanggal jatuh tempo bisa bergeser. "
        f"Admin dapat menambahkan hari libur {year} secara manual."
    )


class WorkCalendar:
    """Immutable working-day calendar of one office; cheap to query (per-year cache)."""

    __slots__ = ("_cache", "_closures", "_cuti_bersama_closes", "_extra_known_years")

    def __init__(
        self,
        *,
        cuti_bersama_closes: bool = True,
        closures: Mapping[dt.date, str] | None = None,
        extra_known_years: Iterable[int] = (),
    ) -> None:
        self._cuti_bersama_closes = cuti_bersama_closes
        cleaned: dict[dt.date, str] = {}
        for day, name in (closures or {}).items():
            if not name.strip():
                raise ValidationError(
                    "penutupan",
                    f"Penutupan kantor {format_date_long(day)} belum diberi nama; "
                    "isi alasannya, misalnya 'Hari jadi kabupaten'.",
                )
            cleaned[day] = name.strip()
        self._closures: Mapping[dt.date, str] = MappingProxyType(cleaned)
        self._extra_known_years = frozenset(extra_known_years)
        self._cache: dict[int, Mapping[dt.date, ClosedDay]] = {}

    @property
    def cuti_bersama_closes(self) -> bool:
        return self._cuti_bersama_closes

    @property
    def closures(self) -> Mapping[dt.date, str]:
        return self._closures

    # -- the closed days -------------------------------------------------------------

    def _year(self, year: int) -> Mapping[dt.date, ClosedDay]:
        cached = self._cache.get(year)
        if cached is None:
            days: dict[dt.date, ClosedDay] = {}
            for closed in _national_days(year):
                if closed.kind == "cuti_bersama" and not self._cuti_bersama_closes:
                    continue
                days[closed.date] = closed
            for day, name in self._closures.items():
                if day.year == year:
                    _merge(days, ClosedDay(day, name, "penutupan_kantor"))
            cached = self._cache[year] = MappingProxyType(days)
        return cached

    def closed_days(self, year: int) -> list[ClosedDay]:
        """Every named closure of the year, sorted; weekends themselves are not listed.

        Holidays that fall on a weekend are listed (``on_weekend`` is true) so the
        calendar screen matches the official list. Cuti bersama is listed only when the
        office closes on it.
        """
        return sorted(self._year(year).values(), key=lambda c: c.date)

    def closure_on(self, day: dt.date) -> ClosedDay | None:
        return self._year(day.year).get(day)

    def is_working_day(self, day: dt.date) -> bool:
        return day.weekday() < 5 and day not in self._year(day.year)

    # -- counting --------------------------------------------------------------------

    def next_working_day(self, day: dt.date) -> dt.date:
        """First working day strictly after ``day``."""
        return self.add_working_days(day, 1)

    def add_working_days(self, start: dt.date, n: int) -> dt.date:
        """The n-th working day after ``start`` (day 0); ``start`` itself never counts.

        ``n == 0`` returns ``start`` unchanged, even on a closed day. A negative ``n``
        counts back: the |n|-th working day before ``start``.
        """
        step = dt.timedelta(days=1 if n >= 0 else -1)
        day, remaining = start, abs(n)
        while remaining:
            day += step
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, a: dt.date, b: dt.date) -> int:
        """Working days in (a, b]; if b < a, minus the working days in [b, a).

        Chosen so that ``working_days_between(s, add_working_days(s, n)) == n`` always.
        """
        if b >= a:
            return sum(1 for d in _days(a + dt.timedelta(days=1), b) if self.is_working_day(d))
        return -sum(1 for d in _days(b, a - dt.timedelta(days=1)) if self.is_working_day(d))

    # -- what the calendar knows -----------------------------------------------------

    def known_years(self) -> frozenset[int]:
        """Years whose cuti bersama is known (from the data, or entered by an admin)."""
        last = last_decreed_year()
        decreed = range(_FIRST_KNOWN_YEAR, last + 1) if last is not None else range(0)
        return frozenset(decreed) | self._extra_known_years

    def is_year_known(self, year: int) -> bool:
        last = last_decreed_year()
        return (last is not None and year <= last) or year in self._extra_known_years

    def coverage_warning(self, day: dt.date) -> str | None:
        """A warning when ``day`` lies in a year whose cuti bersama is not known."""
        return None if self.is_year_known(day.year) else coverage_message(day.year)

    def due_date(self, complete_on: dt.date, days: int) -> DueDate:
        """Promised date for a file complete on ``complete_on`` with a limit of N days."""
        if days < 0:
            raise ValueError("a time limit cannot be negative")
        due = self.add_working_days(complete_on, days)
        first = complete_on + dt.timedelta(days=1) if days else complete_on
        warnings = [
            coverage_message(year)
            for year in range(first.year, due.year + 1)
            if not self.is_year_known(year)
        ]
        estimated = [
            f"{closed.name.replace(_ESTIMATED_MARK, '').strip()} ({format_date_long(closed.date)})"
            for year in range(first.year, due.year + 1)
            for closed in self.closed_days(year)
            if closed.estimated and first <= closed.date <= due and not closed.on_weekend
        ]
        if estimated:
            warnings.append(
                f"Tanggal {', '.join(estimated)} masih perkiraan (menunggu sidang isbat); "
                "tanggal jatuh tempo bisa bergeser."
            )
        return DueDate(due, tuple(warnings))

    # -- intake rule and status ------------------------------------------------------

    def effective_receipt_day(
        self,
        received_at: dt.datetime,
        closing_time: dt.time,
        cutoff_hours: int = 2,
        *,
        zone: dt.tzinfo | None = None,
    ) -> dt.date:
        """Day 0 for a request: the next working day if it arrived on a closed day, after
        closing, or in the last ``cutoff_hours`` before closing (from closing − cutoff,
        inclusive); otherwise the day it arrived.

        ``received_at`` must be aware; it is read on the office's wall clock, so pass the
        office ``zone`` or a datetime already in it.
        """
        if received_at.tzinfo is None or received_at.utcoffset() is None:
            raise ValueError("received_at must be timezone-aware")
        local = received_at.astimezone(zone) if zone is not None else received_at
        day = local.date()
        if not self.is_working_day(day):
            return self.next_working_day(day)
        cutoff = dt.datetime.combine(day, closing_time) - dt.timedelta(hours=cutoff_hours)
        if local.replace(tzinfo=None) >= cutoff:
            return self.next_working_day(day)
        return day

    def working_days_left(self, today: dt.date, due: dt.date) -> int:
        """Working days from today to the due date; negative once overdue."""
        return self.working_days_between(today, due)

    def status_text(self, today: dt.date, due: dt.date) -> tuple[str, StatusLevel]:
        """The deadline as a clerk reads it: ``Sisa 5 hari kerja``, ``Lewat 2 hari``.

        Lateness is in calendar days: the applicant has waited every one of them.
        """
        if today > due:
            return f"Lewat {(today - due).days} hari", "overdue"
        if today == due:
            return "Jatuh tempo hari ini", "due_today"
        left = self.working_days_left(today, due)
        return f"Sisa {left} hari kerja", "near" if left <= NEAR_THRESHOLD else "ok"


def _days(first: dt.date, last: dt.date) -> Iterator[dt.date]:
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)
