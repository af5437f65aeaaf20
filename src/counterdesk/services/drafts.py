"""Half-filled forms, kept per user and form so they survive closing the tab or the app."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from counterdesk.services.context import Actor
from counterdesk.store.models import Draft

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime


def save(session: Session, actor: Actor, form: str, payload: dict[str, Any]) -> None:
    if actor.user_id is None:
        return
    draft = session.get(Draft, (actor.user_id, form))
    if draft is None:
        session.add(Draft(user_id=actor.user_id, form=form, payload=payload))
    else:
        draft.payload = payload


def load(session: Session, actor: Actor, form: str) -> dict[str, Any] | None:
    if actor.user_id is None:
        return None
    draft = session.get(Draft, (actor.user_id, form))
    return dict(draft.payload) if draft else None


def discard(session: Session, actor: Actor, form: str) -> None:
    if actor.user_id is None:
        return
    draft = session.get(Draft, (actor.user_id, form))
    if draft is not None:
        session.delete(draft)


# --- the screens' door ------------------------------------------------------------------


def keep(runtime: Runtime, actor: Actor, form: str, payload: dict[str, Any] | None) -> None:
    """Keep what the form holds; ``None`` (an empty form) forgets the draft."""
    with runtime.unit(actor) as session:
        if payload is None:
            discard(session, actor, form)
        else:
            save(session, actor, form, payload)


def restore(runtime: Runtime, actor: Actor, form: str) -> dict[str, Any] | None:
    with runtime.read(actor) as session:
        return load(session, actor, form)


def forget(runtime: Runtime, actor: Actor, form: str) -> None:
    keep(runtime, actor, form, None)
