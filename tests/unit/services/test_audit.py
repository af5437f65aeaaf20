"""The audit chain detects an edited or deleted event and names it."""

from __future__ import annotations

from sqlalchemy import text

from counterdesk.domain.roles import Role
from counterdesk.services import audit
from tests.conftest import Office


def _make_events(office: Office, n: int) -> None:
    with office.runtime.unit() as session:
        for i in range(n):
            audit.record(session, office.actors[Role.OFFICER], "test.event", detail={"i": i})


def test_intact_chain_verifies(office: Office) -> None:
    _make_events(office, 5)
    with office.runtime.unit() as session:
        report = audit.verify_chain(session)
    assert report.ok
    assert report.checked >= 5


def test_edited_event_is_named(office: Office) -> None:
    _make_events(office, 5)
    with office.runtime.unit() as session:
        target = session.execute(
            text(
                "SELECT seq FROM audit_event WHERE action='test.event' "
                "ORDER BY seq LIMIT 1 OFFSET 2"
            )
        ).scalar_one()
        session.execute(
            text("UPDATE audit_event SET detail='{\"i\": 99}' WHERE seq=:s"), {"s": target}
        )
    with office.runtime.unit() as session:
        report = audit.verify_chain(session)
    assert not report.ok
    assert report.first_bad_seq == target
    assert f"#{target}" in report.problem and "diubah" in report.problem


def test_deleted_event_in_the_middle_is_found(office: Office) -> None:
    _make_events(office, 5)
    with office.runtime.unit() as session:
        last = session.execute(text("SELECT max(seq) FROM audit_event")).scalar_one()
        session.execute(text("DELETE FROM audit_event WHERE seq=:s"), {"s": last - 2})
    with office.runtime.unit() as session:
        report = audit.verify_chain(session)
    assert report.first_bad_seq == last - 1
    assert "dihapus" in report.problem


def test_deleting_the_newest_events_is_found(office: Office) -> None:
    _make_events(office, 5)
    with office.runtime.unit() as session:
        last = session.execute(text("SELECT max(seq) FROM audit_event")).scalar_one()
        session.execute(text("DELETE FROM audit_event WHERE seq >= :s"), {"s": last - 1})
    with office.runtime.unit() as session:
        report = audit.verify_chain(session)
    assert report.first_bad_seq == last - 1
    assert "dihapus" in report.problem
