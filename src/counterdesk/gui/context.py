"""Who is at the desk and where: the open runtime, the logged-in actor, the office."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from counterdesk.domain.formatting import format_date_short, format_time_with_zone, to_zone
from counterdesk.domain.roles import ROLE_LABELS, Role
from counterdesk.services.context import Actor

if TYPE_CHECKING:  # the login screen imports this module before the database layer loads
    from counterdesk.services.runtime import Runtime
    from counterdesk.services.setup import OfficeInfo


def utcnow() -> datetime:
    return datetime.now(UTC)


def load_office_info(runtime: Runtime) -> OfficeInfo:
    from counterdesk.services.setup import office_info

    return office_info(runtime)


def roles_text(roles: frozenset[Role]) -> str:
    return ", ".join(ROLE_LABELS[role] for role in Role if role in roles)


@dataclass
class DeskContext:
    runtime: Runtime
    actor: Actor
    office: OfficeInfo
    clock: Callable[[], datetime] = field(default=utcnow)

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
