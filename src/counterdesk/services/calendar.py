"""The office's working-day calendar, built from its settings and closures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from counterdesk.domain.errors import ConflictError, ValidationError
from counterdesk.domain.roles import Role
from counterdesk.domain.workdays import ClosedDay, WorkCalendar
from counterdesk.services import audit
from counterdesk.services.context import Actor, require_role
from counterdesk.store.models import Closure, Office, Setting

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime

MANUAL_YEARS_KEY = "calendar.manual_years"


def _manual_years(session: Session) -> set[int]:
    setting = session.get(Setting, MANUAL_YEARS_KEY)
    return {int(y) for y in setting.value.split(",") if y} if setting else set()


def office_calendar(session: Session) -> WorkCalendar:
    office = session.get(Office, 1)
    closures = {c.day: c.name for c in session.scalars(select(Closure))}
    return WorkCalendar(
        cuti_bersama_closes=office.cuti_bersama_closes if office else True,
        closures=closures,
        extra_known_years=_manual_years(session),
    )


def add_closure(session: Session, actor: Actor, day: date, name: str) -> Closure:
    require_role(actor, Role.ADMIN)
    if not name.strip():
        raise ValidationError("name", "Beri nama penutupan, misalnya 'Hari jadi kabupaten'.")
    if session.get(Closure, day) is not None:
        raise ConflictError(f"Tanggal {day:%d-%m-%Y} sudah tercatat sebagai hari tutup.")
    closure = Closure(day=day, name=name.strip())
    session.add(closure)
    audit.record(
        session,
        actor,
        "calendar.closure_added",
        entity="closure",
        entity_id=day.isoformat(),
        detail={"name": closure.name},
    )
    return closure


def remove_closure(session: Session, actor: Actor, day: date) -> None:
    require_role(actor, Role.ADMIN)
    closure = session.get(Closure, day)
    if closure is None:
        raise ValidationError("day", f"Tanggal {day:%d-%m-%Y} bukan hari tutup kantor.")
    session.delete(closure)
    audit.record(
        session,
        actor,
        "calendar.closure_removed",
        entity="closure",
        entity_id=day.isoformat(),
        detail={"name": closure.name},
    )


def set_year_entered(session: Session, actor: Actor, year: int, closures: dict[date, str]) -> int:
    """An admin enters a whole year's holidays by hand (a year the calendar does not know
    yet): the days become closures and the year counts as known. Returns days added."""
    require_role(actor, Role.ADMIN)
    added = 0
    for day, name in sorted(closures.items()):
        if day.year != year:
            raise ValidationError("day", f"Tanggal {day:%d-%m-%Y} bukan di tahun {year}.")
        if session.get(Closure, day) is None:
            session.add(Closure(day=day, name=name.strip() or "Hari libur"))
            added += 1
    years = _manual_years(session) | {year}
    setting = session.get(Setting, MANUAL_YEARS_KEY) or Setting(key=MANUAL_YEARS_KEY, value="")
    setting.value = ",".join(str(y) for y in sorted(years))
    session.add(setting)
    audit.record(
        session,
        actor,
        "calendar.year_entered",
        entity="calendar",
        entity_id=str(year),
        detail={"days": added},
    )
    return added


# --- Admin › Kalender: one service call per use case, each in its own unit ---------------


@dataclass(frozen=True, slots=True)
class CalendarYear:
    """The closed days of one year as the admin sees them.

    ``removable`` are the office's own closures (the only days removable here; national
    holidays and cuti bersama come from the government's list). ``coverage_warning`` says
    when the year's holidays are not known yet.
    """

    year: int
    days: tuple[ClosedDay, ...]
    removable: frozenset[date]
    coverage_warning: str | None

    @property
    def working_days_lost(self) -> int:
        return sum(1 for d in self.days if not d.on_weekend)


def calendar_year(runtime: Runtime, actor: Actor, year: int) -> CalendarYear:
    with runtime.read(actor) as session:
        work = office_calendar(session)
    return CalendarYear(
        year=year,
        days=tuple(work.closed_days(year)),
        removable=frozenset(d for d in work.closures if d.year == year),
        coverage_warning=work.coverage_warning(date(year, 1, 1)),
    )


def add_office_closure(runtime: Runtime, actor: Actor, day: date, name: str) -> None:
    with runtime.unit(actor) as session:
        add_closure(session, actor, day, name)


def remove_office_closure(runtime: Runtime, actor: Actor, day: date) -> None:
    with runtime.unit(actor) as session:
        remove_closure(session, actor, day)
