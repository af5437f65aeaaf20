"""Append-only, hash-chained audit log: editing or deleting an event breaks the chain."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counterdesk.domain.ids import uuid7
from counterdesk.services.context import Actor
from counterdesk.store.base import utcnow
from counterdesk.store.models import AuditEvent, Setting

HEAD_KEY = "audit.head"

GENESIS = "0" * 64


def event_hash(
    *,
    seq: int,
    event_id: uuid.UUID,
    at: datetime,
    actor_id: uuid.UUID | None,
    actor_name: str,
    action: str,
    entity: str,
    entity_id: str,
    detail: dict[str, Any],
    prev_hash: str,
) -> str:
    payload = {
        "seq": seq,
        "id": str(event_id),
        "at": at.isoformat(timespec="microseconds"),
        "actor_id": str(actor_id) if actor_id else None,
        "actor_name": actor_name,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "detail": detail,
        "prev_hash": prev_hash,
    }
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _hash_of(ev: AuditEvent) -> str:
    return event_hash(
        seq=ev.seq,
        event_id=ev.id,
        at=ev.at,
        actor_id=ev.actor_id,
        actor_name=ev.actor_name,
        action=ev.action,
        entity=ev.entity,
        entity_id=ev.entity_id,
        detail=ev.detail,
        prev_hash=ev.prev_hash,
    )


def record(
    session: Session,
    actor: Actor,
    action: str,
    *,
    entity: str = "",
    entity_id: str = "",
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event in the caller's transaction.

    Reads the chain's head then writes after it: the caller's writing unit holds
    SQLite's write lock from its BEGIN, so two processes never take the same ``seq``.
    """
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq = (last[0] + 1) if last else 1
    prev = last[1] if last else GENESIS
    at = utcnow()
    event = AuditEvent(
        seq=seq,
        id=uuid7(),
        at=at,
        actor_id=actor.user_id,
        actor_name=actor.username,
        action=action,
        entity=entity,
        entity_id=entity_id,
        detail=detail or {},
        prev_hash=prev,
    )
    event.hash = _hash_of(event)
    session.add(event)
    # The head is kept beside the chain, so deleting the newest events is noticed too.
    head = session.get(Setting, HEAD_KEY) or Setting(key=HEAD_KEY, value="")
    head.value = f"{seq}:{event.hash}"
    session.add(head)
    session.flush()
    return event


@dataclass(frozen=True)
class ChainReport:
    checked: int
    first_bad_seq: int | None = None
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.first_bad_seq is None


def verify_chain(session: Session) -> ChainReport:
    """Walk the chain in order; name the first event that was edited or deleted."""
    prev_hash = GENESIS
    expected_seq = 1
    checked = 0
    for ev in session.scalars(select(AuditEvent).order_by(AuditEvent.seq)).yield_per(1000):
        if ev.seq != expected_seq or ev.prev_hash != prev_hash:
            missing = ev.seq - 1 if ev.seq != expected_seq else expected_seq - 1
            return ChainReport(
                checked,
                ev.seq,
                f"Peristiwa audit sebelum #{ev.seq} (#{missing}) telah dihapus atau diubah: "
                "rantai hash terputus.",
            )
        if _hash_of(ev) != ev.hash:
            return ChainReport(
                checked,
                ev.seq,
                f"Peristiwa audit #{ev.seq} ({ev.action}, {ev.at:%Y-%m-%d %H:%M:%S} UTC) "
                "telah diubah: isinya tidak cocok dengan hash-nya.",
            )
        prev_hash = ev.hash
        expected_seq += 1
        checked += 1
    head = session.get(Setting, HEAD_KEY)
    if head is not None and head.value:
        head_seq = int(head.value.split(":", 1)[0])
        if head_seq != checked or head.value.split(":", 1)[1] != prev_hash:
            return ChainReport(
                checked,
                checked + 1,
                f"Peristiwa audit #{checked + 1} sampai #{head_seq} telah dihapus: "
                "log berakhir sebelum peristiwa terakhir yang tercatat.",
            )
    return ChainReport(checked)


def count_events(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)
