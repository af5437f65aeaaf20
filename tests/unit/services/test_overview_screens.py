"""What the Penerimaan and Verifikasi tabs load on refresh: one service call each, whose
counts agree with the rows, and whose queries read indexes (no sort, no table scan) on
a database without ``sqlite_stat1`` — as an office's database is."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event, update

from counterdesk.domain.roles import Role
from counterdesk.domain.states import AppStatus
from counterdesk.services import applicants, applications, overview, verification
from counterdesk.services.overview import QueueFilter
from counterdesk.store.models import Application
from tests.conftest import Office

PNS = "sertifikasi-pns/sertifikasi-profesi"
TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 3, tzinfo=UTC)


def _file(office: Office, names: list[str]) -> list[str]:
    officer = office.actors[Role.OFFICER]
    numbers = []
    with office.runtime.unit(officer) as s:
        for i, name in enumerate(names):
            person = applicants.register_person(
                s, officer, applicants.PersonInput(nik=f"317405120390{i + 1:04d}", name=name)
            ).applicant
            numbers.append(
                applications.file_application(
                    s, officer, applications.NewApplication(person.id, PNS, "datang_langsung")
                ).number
            )
    return numbers


def _set(office: Office, number: str, status: AppStatus, due_on: date | None, age: int) -> None:
    """A file in ``status``, due ``due_on``, received ``age`` days ago."""
    with office.runtime.unit() as s:
        s.execute(
            update(Application)
            .where(Application.number == number)
            .values(
                status=status.value,
                due_on=due_on,
                complete_on=due_on and TODAY - timedelta(days=30),
                received_at=NOW - timedelta(days=age),
            )
        )


def test_the_intake_screen_counts_what_its_queue_shows(office: Office) -> None:
    late, today_, later, ready, new, done = _file(
        office, ["Ani", "Budi", "Citra", "Dodi", "Eka", "Fajar"]
    )
    _set(office, late, AppStatus.IN_PROCESS, TODAY - timedelta(days=1), age=40)
    _set(office, today_, AppStatus.AWAITING_SIGNOFF, TODAY, age=35)
    _set(office, later, AppStatus.IN_PROCESS, TODAY + timedelta(days=10), age=20)
    _set(office, ready, AppStatus.READY, TODAY - timedelta(days=3), age=50)  # clock stopped
    _set(office, new, AppStatus.RECEIVED, None, age=0)
    _set(office, done, AppStatus.DONE, TODAY - timedelta(days=9), age=60)
    officer = office.actors[Role.OFFICER]

    screen = overview.intake_screen(office.runtime, officer, QueueFilter(), TODAY, page_size=2)
    assert [r.number for r in screen.rows] == [ready, late]  # due first
    assert (screen.total, screen.open_applications) == (5, 5)  # done is not open
    assert (screen.overdue, screen.due_today) == (1, 1)  # a ready file is not overdue
    rest = overview.queue_page(office.runtime, officer, QueueFilter(), TODAY, offset=2, limit=9)
    assert [r.number for r in rest] == [today_, later, new]

    running = QueueFilter(statuses=frozenset({AppStatus.IN_PROCESS}))
    narrowed = overview.intake_screen(office.runtime, officer, running, TODAY, page_size=1)
    assert (narrowed.total, narrowed.open_applications) == (2, 5)
    searched = overview.intake_screen(office.runtime, officer, QueueFilter(search="citra"), TODAY)
    assert [r.number for r in searched.rows] == [later] and searched.total == 1


def _all_present(office: Office, number: str) -> list[verification.ItemCheck]:
    view = verification.file_view(office.runtime, office.actors[Role.OFFICER], number)
    return [verification.ItemCheck(i.requirement_code, True) for i in view.items]


def test_the_verification_screen_lists_oldest_first_and_counts_beyond_its_page(
    office: Office,
) -> None:
    first, second, third, fourth = _file(office, ["Ani", "Budi", "Citra", "Dodi"])
    for number, age in ((first, 3), (second, 9), (third, 5), (fourth, 1)):
        _set(office, number, AppStatus.RECEIVED, None, age=age)
    officer = office.actors[Role.OFFICER]
    for number in (third, fourth):
        verification.declare_complete(office.runtime, officer, number, _all_present(office, number))
    supervisor = office.actors[Role.SUPERVISOR]

    screen = overview.verification_screen(office.runtime, supervisor, NOW, TODAY, limit=1)
    assert [r.number for r in screen.to_check] == [second]  # the oldest of the two left
    assert screen.to_check_total == 2
    assert len(screen.approvals) == 1 and screen.awaiting_signoff == 2
    assert screen.approvals[0].verifier == "Petugas"
    whole = overview.verification_screen(office.runtime, supervisor, NOW, TODAY)
    assert [r.number for r in whole.to_check] == [second, first]
    assert {r.number for r in whole.approvals} == {third, fourth}


def _statements(office: Office, screen: Callable[[], object]) -> list[tuple[str, Any]]:
    sent: list[tuple[str, Any]] = []

    def record(conn: object, cursor: object, sql: str, parameters: Any, *rest: object) -> None:
        if sql.lstrip().upper().startswith("SELECT"):
            sent.append((sql, parameters))

    engine = office.runtime.db.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        screen()
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return sent


@pytest.mark.sqlite_only  # EXPLAIN QUERY PLAN is SQLite's; the server figures are the bench's
def test_first_screens_read_indexes_without_sorting_or_scanning(office: Office) -> None:
    _file(office, ["Ani"])
    actor = office.actors[Role.SUPERVISOR]
    runtime = office.runtime
    statements = _statements(
        office, lambda: overview.intake_screen(runtime, actor, QueueFilter(), TODAY, page_size=1)
    ) + _statements(office, lambda: overview.verification_screen(runtime, actor, NOW, TODAY))
    with runtime.db.engine.connect() as conn:
        assert not conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
        ).all()  # the planner's defaults, as in an office that never ran ANALYZE
        for sql, parameters in statements:
            plan = [row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", parameters)]
            for table in ("application", "sign_off"):
                assert f"SCAN {table}" not in plan, (sql, plan)
            assert not any("TEMP B-TREE" in step for step in plan), (sql, plan)
            if "count(" in sql and "FROM application" in sql:
                assert any("COVERING INDEX" in step for step in plan), (sql, plan)
