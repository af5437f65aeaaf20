"""Keeps ``applicant_token`` in step with ``applicant`` on every flush, whoever writes
(intake, import, sync), so search-as-you-type stays an index range scan."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sqlalchemy import delete, event, insert
from sqlalchemy.orm import Session, UOWTransaction

from counterdesk.store.models import Applicant, ApplicantToken

_WORD = re.compile(r"[0-9a-z]+")
MAX_TOKEN = 60
_PENDING = "counterdesk.applicants_to_index"


def fold(text: str) -> str:
    """Lower-case without accents: 'Désirée' and 'desiree' find each other."""
    if text.isascii():  # nothing to decompose (most names): the fast way, same result
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def tokens_for(applicant: Applicant) -> set[str]:
    found = set(words(applicant.name))
    found.update(words(applicant.contact_person or ""))
    for number in (applicant.nik, applicant.nib):
        if number:
            found.add(number)
    phone = re.sub(r"\D", "", applicant.phone or "")
    if phone:
        found.add("0" + phone[2:] if phone.startswith("62") else phone)
    return {t[:MAX_TOKEN] for t in found if t}


@event.listens_for(Session, "before_flush")
def _collect(session: Session, _flush: UOWTransaction, _instances: Any) -> None:
    changed = [
        obj
        for obj in (*session.new, *session.dirty)
        if isinstance(obj, Applicant) and (obj in session.new or session.is_modified(obj))
    ]
    if changed:
        session.info.setdefault(_PENDING, []).extend(changed)


@event.listens_for(Session, "after_flush")
def _reindex(session: Session, _flush: UOWTransaction) -> None:
    pending: list[Applicant] = session.info.pop(_PENDING, [])
    if not pending:
        return
    conn = session.connection()
    ids = list({a.id for a in pending})
    conn.execute(delete(ApplicantToken).where(ApplicantToken.applicant_id.in_(ids)))
    rows = [
        {"token": t, "applicant_id": a.id}
        for a in {a.id: a for a in pending}.values()
        for t in tokens_for(a)
    ]
    if rows:
        conn.execute(insert(ApplicantToken), rows)
