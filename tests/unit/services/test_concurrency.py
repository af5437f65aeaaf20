"""Two windows (or the CLI beside the app) on one database file: writing units take the
write lock up front, so numbers and the audit chain never collide, and a database kept
busy too long says so in Indonesian instead of "database is locked"."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select, text

from counterdesk.domain import numbers
from counterdesk.domain.errors import DatabaseBusy
from counterdesk.services import audit
from counterdesk.services.context import SYSTEM
from counterdesk.services.numbering import next_number
from counterdesk.services.runtime import Runtime
from counterdesk.store import engine
from counterdesk.store.models import AuditEvent, Setting
from tests import databases
from tests.conftest import Office

PER_PROCESS = 500


def issue_receipt_numbers(url: str, count: int, start: Any, results: Any) -> None:
    """One process: open the database as a window would, then issue ``count`` receipt
    numbers, each with its audit event, one writing unit each."""
    try:
        runtime = Runtime.open(database_url=url)
        try:
            issued: list[str] = []
            start.wait(timeout=60)
            for _ in range(count):
                with runtime.unit(SYSTEM) as session:
                    number = next_number(session, numbers.RECEIPT, 2026)
                    audit.record(
                        session, SYSTEM, "receipt.issued", entity="receipt", entity_id=number
                    )
                issued.append(number)
            results.put((os.getpid(), issued, ""))
        finally:
            runtime.close()
    except BaseException as exc:  # reported to the test, which fails naming it
        results.put((os.getpid(), [], repr(exc)))


@pytest.mark.slow
def test_two_processes_issue_distinct_numbers_and_one_unbroken_chain(office: Office) -> None:
    url = office.runtime.db.url
    with office.runtime.read() as session:
        events_before = audit.count_events(session)
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(2)
    results = ctx.Queue()
    workers = [
        ctx.Process(target=issue_receipt_numbers, args=(url, PER_PROCESS, start, results))
        for _ in range(2)
    ]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=100) for _ in workers]
    for worker in workers:
        worker.join(timeout=30)

    assert [error for _pid, _issued, error in outcomes] == ["", ""]
    issued = [number for _pid, numbers_, _error in outcomes for number in numbers_]
    assert len(issued) == 2 * PER_PROCESS
    assert len(set(issued)) == 2 * PER_PROCESS  # no number was read twice
    seqs = sorted(numbers.parse_number(n).seq for n in issued)
    assert seqs == list(range(1, 2 * PER_PROCESS + 1))  # and none was skipped
    with office.runtime.read() as session:
        report = audit.verify_chain(session)
        entity_ids = session.scalars(
            select(AuditEvent.entity_id).where(AuditEvent.action == "receipt.issued")
        ).all()
    assert report.ok, report.problem
    assert report.checked == events_before + 2 * PER_PROCESS
    assert sorted(entity_ids) == sorted(issued)  # one event per number, none lost

    verify = subprocess.run(
        [sys.executable, "-m", "counterdesk", "--database-url", url, "audit", "verify"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert "Log audit utuh" in verify.stdout


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Connections opened from now on give up on a lock after 0.2 s instead of 10 s."""
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)


@pytest.fixture
def second_window(office: Office, short_busy_timeout: None) -> Iterator[Runtime]:
    """Another Runtime (its own engine and connections) on the same database."""
    other = databases.another_window(office.runtime)
    yield other
    other.close()


def test_a_busy_database_says_so_in_indonesian(office: Office, second_window: Runtime) -> None:
    with office.runtime.unit() as session:  # holds the write lock, not a row written yet
        assert session.execute(text("SELECT 1")).scalar() == 1
        with pytest.raises(DatabaseBusy) as err, second_window.unit() as other:
            next_number(other, numbers.RECEIPT, 2026)
    message = str(err.value)
    assert "jendela atau program CounterDesk lain" in message and "coba lagi" in message
    # Nothing was left behind: the next writer gets the first number.
    with second_window.unit() as other:
        assert numbers.parse_number(next_number(other, numbers.RECEIPT, 2026)).seq == 1


def test_a_read_never_waits_for_a_writer(office: Office, second_window: Runtime) -> None:
    with office.runtime.unit() as session:
        next_number(session, numbers.RECEIPT, 2026)  # written, not committed
        with second_window.read() as other:  # no lock taken, sees the last commit
            assert audit.verify_chain(other).ok
            assert other.get(Setting, audit.HEAD_KEY) is not None


@pytest.mark.sqlite_only
def test_the_engine_begins_every_sqlite_transaction_itself(office: Office) -> None:
    """The driver is in autocommit mode, so BEGIN is ours: a transaction is open from the
    first statement of a unit (a plain SELECT too), and only for the unit's lifetime."""
    with office.runtime.read() as session:
        raw = session.connection().connection.dbapi_connection
        assert raw is not None and raw.isolation_level is None
        assert raw.in_transaction
        assert session.execute(text("PRAGMA busy_timeout")).scalar() == engine.BUSY_TIMEOUT_MS
    with office.runtime.unit() as session:
        raw = session.connection().connection.dbapi_connection
        assert raw is not None and raw.in_transaction
    assert not raw.in_transaction


def test_a_unit_inside_a_unit_fails_at_once_instead_of_waiting_for_itself(
    office: Office,
) -> None:
    with (
        office.runtime.unit(),
        pytest.raises(RuntimeError, match=r"runtime\.read\(\)"),
        office.runtime.unit(),
    ):
        pass
    with office.runtime.unit() as session:  # the guard is released after an error
        next_number(session, numbers.RECEIPT, 2026)
        with office.runtime.read() as inner:  # reading beside a writing unit is fine
            assert audit.count_events(inner) > 0


@pytest.mark.sqlite_only
def test_a_durable_unit_syncs_fully_then_the_connection_is_back_to_normal(
    office: Office,
) -> None:
    with office.runtime.unit(durable=True) as session:
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        raw = session.connection().connection.dbapi_connection
    assert raw is not None  # back in the pool now
    assert raw.execute("PRAGMA synchronous").fetchone() == (1,)  # NORMAL
    with office.runtime.unit() as session:
        assert session.execute(text("PRAGMA synchronous")).scalar() == 1


def test_busy_errors_are_recognised_and_others_are_not() -> None:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    locked = OperationalError("BEGIN IMMEDIATE", {}, sqlite3.OperationalError("database is locked"))
    other = OperationalError("SELECT", {}, sqlite3.OperationalError("no such table: x"))
    assert engine.is_busy(locked) and not engine.is_busy(other)
    assert not engine.is_busy(ValueError("database is locked"))
