"""Every write to a synced table appends a change-log row in the same transaction.

It hooks the session's flush, so no service can forget it. A session takes part once
``attach_change_context`` has put a ``ChangeContext`` in ``session.info``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, event, func, insert, inspect, select
from sqlalchemy.orm import Session, UOWTransaction

from counterdesk.domain.ids import uuid7
from counterdesk.store.base import SyncedMixin
from counterdesk.store.models import ChangeLog

_KEY = "counterdesk.change_context"


@dataclass
class ChangeContext:
    origin: str  # the local site id
    stamp: Callable[[], str]  # next HLC stamp, as a sortable string
    actor: str = ""


def attach_change_context(session: Session, context: ChangeContext) -> None:
    session.info[_KEY] = context


def highest_stamp(connection: Connection) -> str | None:
    """The highest HLC stamp in the change log, whatever its origin (an index lookup).

    Every stamp this site ever committed is in the log (written in the same transaction
    as the row it stamps), and so is every received one, so the clock continues after it.
    """
    return connection.execute(select(func.max(ChangeLog.hlc))).scalar_one_or_none()


def _jsonable(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def snapshot(obj: SyncedMixin) -> dict[str, Any]:
    mapper = inspect(type(obj))
    return {attr.key: _jsonable(getattr(obj, attr.key)) for attr in mapper.column_attrs}


@event.listens_for(Session, "before_flush")
def _stamp_rows(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    context: ChangeContext | None = session.info.get(_KEY)
    if context is None:
        return
    pending: list[tuple[SyncedMixin, str]] = []
    for obj in session.new:
        if isinstance(obj, SyncedMixin):
            if obj.id is None:
                obj.id = uuid7()
            if not obj.origin:
                obj.origin = context.origin
            obj.hlc = context.stamp()
            pending.append((obj, "upsert"))
    for obj in session.dirty:
        if isinstance(obj, SyncedMixin) and session.is_modified(obj, include_collections=False):
            obj.hlc = context.stamp()
            pending.append((obj, "upsert"))
    for obj in session.deleted:
        if isinstance(obj, SyncedMixin):
            pending.append((obj, "tombstone"))
    session.info.setdefault("counterdesk.pending_changes", []).extend(pending)


@event.listens_for(Session, "after_flush")
def _write_change_log(session: Session, _flush: UOWTransaction) -> None:
    context: ChangeContext | None = session.info.get(_KEY)
    pending: list[tuple[SyncedMixin, str]] = session.info.pop("counterdesk.pending_changes", [])
    if context is None or not pending:
        return
    rows = []
    for obj, op in pending:
        row = snapshot(obj) if op == "upsert" else {"id": str(obj.id)}
        rows.append(
            {
                "change_id": uuid7(),
                "origin": context.origin,
                "hlc": obj.hlc if op == "upsert" else context.stamp(),
                "table_name": type(obj).__tablename__,  # type: ignore[attr-defined]
                "row_id": str(obj.id),
                "op": op,
                "row": row,
                "actor": context.actor,
            }
        )
    session.connection().execute(insert(ChangeLog), rows)
