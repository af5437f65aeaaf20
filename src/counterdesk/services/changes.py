"""Has anything changed since? A cheap mark of the database's state, so a screen can
follow what other counters save (issue 13 point 3) without reloading its list to find out.

Every save goes through one of three logs, each with a rising sequence: the change log (a
write to a synced table, ``store.changelog``), the merge state of a row received by sync
(``sync_row.seq``) and the audit chain (sign-offs, refusals, settings). The mark is their
three highest numbers: three index look-ups in one read, whatever the size of the office.
Writers take turns (the write lock), so a higher number is always a later commit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counterdesk.services.context import Actor
from counterdesk.store.models import AuditEvent, ChangeLog, SyncRow

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime


@dataclass(frozen=True, slots=True)
class ChangeMark:
    """Equal marks: nothing was saved in between (by this counter or another)."""

    changes: int  # highest change_log.seq
    received: int  # highest sync_row.seq
    audited: int  # highest audit_event.seq


def mark(session: Session) -> ChangeMark:
    """The mark as seen by ``session``'s transaction."""
    highest = [
        select(func.coalesce(func.max(column), 0)).scalar_subquery()
        for column in (ChangeLog.seq, SyncRow.seq, AuditEvent.seq)
    ]
    changes, received, audited = session.execute(select(*highest)).one()
    return ChangeMark(int(changes), int(received), int(audited))


def change_mark(runtime: Runtime, actor: Actor) -> ChangeMark:
    """The mark now, in a read unit (no write lock: it never waits for a saving counter)."""
    with runtime.read(actor) as session:
        return mark(session)
