"""Two real counters (X's ``tests/sync_helpers``) and a conflict made the way it happens:
an applicant registered at L01 and carried to L02, then its phone changed at both before
either saw the other's change, and the files exchanged. Shared by the conflict, CLI and
GUI tests of issue 11."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from counterdesk.domain.roles import Role
from counterdesk.services import accounts, applicants, sync
from counterdesk.services.context import SYSTEM, Actor
from counterdesk.store.models import Applicant
from tests.conftest import PASSWORD
from tests.sync_helpers import Counter

PHONE_L01, PHONE_L02 = "081234500001", "081299900002"


def carry(sender: Counter, receiver: Counter, folder: Path, name: str) -> sync.ImportSummary:
    """One file from ``sender`` to ``receiver`` (written and imported by their admins)."""
    path = folder / f"{name}.cdx"
    sync.export(sender.runtime, sender.admin, path, [receiver.code])
    return sync.import_file(receiver.runtime, receiver.admin, path)


def register(
    counter: Counter, nik: str = "3174051203900001", name: str = "Budi Santoso"
) -> uuid.UUID:
    with counter.runtime.unit(counter.officer) as s:
        return applicants.register_person(
            s,
            counter.officer,
            applicants.PersonInput(
                nik=nik, name=name, birth_place="Jakarta", birth_date=date(1990, 3, 12)
            ),
        ).applicant.id


def set_phone(
    counter: Counter, applicant_id: uuid.UUID, phone: str, by: Actor | None = None
) -> None:
    with counter.runtime.unit(by or counter.officer) as s:
        applicant = s.get(Applicant, applicant_id)
        assert applicant is not None
        applicant.phone = phone


def phone_of(counter: Counter, applicant_id: uuid.UUID) -> str:
    with counter.runtime.read() as s:
        applicant = s.get(Applicant, applicant_id)
        assert applicant is not None
        return applicant.phone


def officer_named(counter: Counter, username: str) -> Actor:
    """One more officer at ``counter``."""
    with counter.runtime.unit() as s:
        user = accounts.create_user(
            s,
            SYSTEM,
            accounts.NewUser(username, username.title(), frozenset({Role.OFFICER}), PASSWORD),
        )
        return accounts.actor_for(user)


def phone_clash(
    l01: Counter, l02: Counter, folder: Path, l02_writer: Actor | None = None
) -> uuid.UUID:
    """Both counters end with the same open conflict on the applicant's phone (changed at
    L02 by ``l02_writer``, its officer unless said)."""
    applicant_id = register(l01)
    carry(l01, l02, folder, "1-l01-l02")
    set_phone(l01, applicant_id, PHONE_L01)
    set_phone(l02, applicant_id, PHONE_L02, l02_writer)
    assert carry(l02, l01, folder, "2-l02-l01").conflicts == 1
    assert carry(l01, l02, folder, "3-l01-l02").conflicts == 1
    return applicant_id
