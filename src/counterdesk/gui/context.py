"""Who is at the desk and where: the open runtime, the logged-in actor, the office."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.orm import Session

from counterdesk.domain.formatting import format_date_short, format_time_with_zone, to_zone
from counterdesk.domain.roles import ROLE_LABELS, Role
from counterdesk.services import setup
from counterdesk.services.context import Actor
from counterdesk.services.runtime import Runtime
from counterdesk.store.base import utcnow


@dataclass(frozen=True)
class OfficeInfo:
    name: str
    unit: str
    timezone: str
    counter_code: str
    idle_lock_minutes: int


def load_office_info(runtime: Runtime) -> OfficeInfo:
    with runtime.unit() as session:
        office = setup.get_office(session)
        return OfficeInfo(
            name=office.name,
            unit=office.unit,
            timezone=office.timezone,
            counter_code=setup.local_site(session).code,
            idle_lock_minutes=office.idle_lock_minutes,
        )


def roles_text(roles: frozenset[Role]) -> str:
    return ", ".join(ROLE_LABELS[role] for role in Role if role in roles)


@dataclass
class DeskContext:
    runtime: Runtime
    actor: Actor
    office: OfficeInfo
    clock: Callable[[], datetime] = field(default=utcnow)

    @contextmanager
    def unit(self) -> Iterator[Session]:
        """One service transaction as the logged-in user."""
        with self.runtime.unit(self.actor) as session:
            yield session

    def reload_office(self) -> None:
        self.office = load_office_info(self.runtime)

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        """Today on the office's wall clock (deadlines are counted in office days)."""
        return to_zone(self.now(), self.office.timezone).date()

    def date_text(self, moment: datetime) -> str:
        """``21 Nov 2026`` for a stored UTC timestamp, in the office's zone."""
        return format_date_short(to_zone(moment, self.office.timezone).date())

    def datetime_text(self, moment: datetime) -> str:
        """``21 Nov 2026 14.05 WIB``."""
        return f"{self.date_text(moment)} {format_time_with_zone(moment, self.office.timezone)}"
