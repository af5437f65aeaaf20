"""Writes to synced tables append change-log rows in the same transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from counterdesk.domain.hlc import Hlc
from counterdesk.store.models import Applicant, ChangeLog
from tests.conftest import Office


def test_insert_update_delete_are_logged_with_increasing_hlc(office: Office) -> None:
    with office.runtime.unit() as session:
        person = Applicant(kind="person", name="Budi Santoso", nik="3174051203900001")
        session.add(person)
    with office.runtime.unit() as session:
        stored = session.get(Applicant, person.id)
        assert stored is not None
        stored.phone = "+6281234567890"
    with office.runtime.unit() as session:
        session.delete(session.get(Applicant, person.id))
    with office.runtime.unit() as session:
        rows = session.scalars(
            select(ChangeLog).where(ChangeLog.row_id == str(person.id)).order_by(ChangeLog.seq)
        ).all()
    assert [r.op for r in rows] == ["upsert", "upsert", "tombstone"]
    assert rows[0].row["name"] == "Budi Santoso"
    assert rows[1].row["phone"] == "+6281234567890"
    stamps = [Hlc.parse(r.hlc) for r in rows]
    assert stamps == sorted(stamps) and len(set(stamps)) == 3
    assert all(r.origin == office.runtime.site_id for r in rows)


def test_failed_transaction_leaves_no_change_log(office: Office) -> None:
    with office.runtime.unit() as session:
        before = len(session.scalars(select(ChangeLog)).all())
    with pytest.raises(RuntimeError), office.runtime.unit() as session:
        session.add(Applicant(kind="person", name="Gagal"))
        session.flush()
        raise RuntimeError("boom")
    with office.runtime.unit() as session:
        assert len(session.scalars(select(ChangeLog)).all()) == before
