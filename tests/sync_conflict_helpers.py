"""Shared by the conflict-review tests (service, CLI, GUI): conflicts as the importer
leaves them — made directly in the tables, so the review is tested on its own.

The phone conflict: an applicant's phone changed at this counter (L01, by the officer)
and at L02 (by ``sari.l02``) without either seeing the other; L02's later stamp is the
value in effect."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from counterdesk.domain.ids import uuid7
from counterdesk.domain.roles import Role
from counterdesk.services import setup
from counterdesk.services.context import SYSTEM
from counterdesk.store.changelog import snapshot
from counterdesk.store.models import Applicant, Site, SyncConflict, SyncRow
from counterdesk.sync.merge import RowState, merge_row, resolve_row, write_fields
from counterdesk.sync.state import state_to_json
from counterdesk.sync.tables import LOCAL_FIELDS
from tests.conftest import Office
from tests.issuing_helpers import person

MINE, THEIRS = "081234500001", "081299900002"
REMOTE_USER = "sari.l02"


@dataclass(frozen=True)
class PhoneConflict:
    applicant_id: uuid.UUID
    conflict_id: uuid.UUID
    remote_site: uuid.UUID


def hlc(wall_ms: int, site: object) -> str:
    return f"{wall_ms:013d}-000000-{site}"


def remote_site(office: Office, code: str = "L02") -> uuid.UUID:
    with office.runtime.unit(SYSTEM) as s:
        site = s.scalars(select(Site).where(Site.code == code)).first()
        if site is None:
            site = Site(id=uuid7(), code=code, name=f"Loket {code}")
            s.add(site)
        return site.id


def phone_conflict(
    office: Office, name: str = "Budi Santoso", nik: str = "3174051203900001"
) -> PhoneConflict:
    applicant_id = person(office, nik, name, photo=False)
    remote = remote_site(office)
    now = time.time_ns() // 1_000_000
    with office.runtime.unit(SYSTEM) as s:
        local = setup.local_site(s).id
        applicant = s.get(Applicant, applicant_id)
        assert applicant is not None
        values = {k: v for k, v in snapshot(applicant).items() if k not in LOCAL_FIELDS}
        base = write_fields(RowState(), values, hlc(now - 90_000, local))
        mine = write_fields(base, {"phone": MINE}, hlc(now - 60_000, local))
        theirs = write_fields(base, {"phone": THEIRS}, hlc(now - 30_000, remote))
        state = merge_row(mine, theirs)
        (clash,) = resolve_row(state).conflicts
        applicant.phone = THEIRS  # the value in effect: the later stamp
        s.merge(  # the engine may have folded the registration already
            SyncRow(
                table_name="applicant",
                row_id=str(applicant_id),
                state=state_to_json(state),
                seq=5,
            )
        )
        by = {str(local): office.actors[Role.OFFICER].username, str(remote): REMOTE_USER}
        conflict = SyncConflict(
            id=uuid7(),
            kind="field",
            table_name="applicant",
            row_id=str(applicant_id),
            field="phone",
            candidates=[
                {"hlc": w.hlc, "value": w.value, "by": by[w.hlc.split("-", 2)[2]]}
                for w in clash.candidates
            ],
        )
        s.add(conflict)
        return PhoneConflict(applicant_id, conflict.id, remote)


def reviewed_conflict(office: Office, kind: str, row_id: str, field: str = "") -> uuid.UUID:
    """A conflict a value cannot settle (duplicate number, quarantine, stale sign-off)."""
    with office.runtime.unit(SYSTEM) as s:
        conflict = SyncConflict(
            id=uuid7(),
            kind=kind,
            table_name="application",
            row_id=row_id,
            field=field,
            candidates=[],
        )
        s.add(conflict)
        return conflict.id
