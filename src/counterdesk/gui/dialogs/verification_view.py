"""What the two verification dialogs show of one file, read in one transaction: the
applicant and service, the stored checklist (so a returning applicant's file continues
where it was left), the history of the check and the state of the sign-off."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar, cast

from counterdesk.domain.states import AppStatus
from counterdesk.gui.context import DeskContext
from counterdesk.services import applications, verification
from counterdesk.services.applications import EVENT_LABELS
from counterdesk.services.verification import SignOffState

P = TypeVar("P")
HISTORY_LINES = 4
NOTE = EVENT_LABELS["note"]
HISTORY_EVENTS = frozenset({NOTE, EVENT_LABELS["clock_started"]})


@dataclass(frozen=True)
class ItemView:
    position: int
    requirement_code: str
    label: str
    mandatory: bool
    present: bool
    valid: bool | None
    note: str
    scan_sha256: str | None


@dataclass(frozen=True)
class FileView:
    number: str
    status: AppStatus
    status_label: str
    applicant: str
    service: str
    received_at: datetime
    complete_on: date | None
    due_on: date | None
    time_limit: str  # "batas waktu 30 hari kerja" or "tanpa batas waktu"
    items: tuple[ItemView, ...]
    history: tuple[str, ...]  # "21 Nov 2026 14.05 WIB · Siti: Berkas belum lengkap: …"
    signoff: SignOffState

    @property
    def checkable(self) -> bool:
        return self.status in verification.CHECKABLE

    @property
    def can_complete(self) -> bool:
        """Not yet declared complete (a complete file's changes go back to sign-off
        when saved; declaring it again would ask for a second sign-off)."""
        return self.status in (AppStatus.RECEIVED, AppStatus.INCOMPLETE)

    @property
    def can_return(self) -> bool:
        """'Belum lengkap' is still possible: before the supervisor approved."""
        return self.can_complete or self.status == AppStatus.AWAITING_SIGNOFF


def load_file(ctx: DeskContext, number: str) -> FileView:
    with ctx.unit() as session:
        d = applications.detail(session, number)
        state = verification.signoff_state(session, number)
        app = d.application
        limit = d.service.service.time_limit
        return FileView(
            number=app.number,
            status=AppStatus(app.status),
            status_label=d.status_label,
            applicant=d.applicant.name,
            service=d.service.name,
            received_at=app.received_at,
            complete_on=app.complete_on,
            due_on=app.due_on,
            time_limit=f"batas waktu {limit.label()}" if limit else "tanpa batas waktu",
            items=tuple(
                ItemView(
                    i.position,
                    i.requirement_code,
                    i.label,
                    i.mandatory,
                    i.present,
                    i.valid,
                    i.note,
                    i.scan_sha256,
                )
                for i in sorted(d.checklist, key=lambda i: i.position)
            ),
            history=tuple(
                f"{ctx.datetime_text(t.at)} · {t.actor}: {t.note if t.label == NOTE else t.label}"
                for t in d.timeline
                if t.label in HISTORY_EVENTS
            )[-HISTORY_LINES:],
            signoff=state,
        )


def age_days(ctx: DeskContext, since: datetime) -> int:
    """Whole days a file has waited since ``since``."""
    return max(0, (ctx.now() - since).days)


def problems_of(rows: Sequence[P]) -> list[P]:
    """Mandatory rows missing or judged invalid, by the service's own rule
    (``verification.problems`` reads only position, mandatory, present and valid)."""
    return cast(list[P], verification.problems(cast(Any, list(rows))))
