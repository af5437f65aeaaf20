"""Engine and sessions. SQLite gets the pragmas of DESIGN.md on every connection.

On SQLite the application, not the ``sqlite3`` driver, starts every transaction (the
recipe of SQLAlchemy's SQLite dialect documentation, "Using SQLAlchemy to emit BEGIN in
lieu of SQLite's transaction control"): the driver is put in autocommit mode on connect
and the engine's ``begin`` event emits ``BEGIN IMMEDIATE`` for a writing unit (the write
lock is taken before the first read, so two processes never read the same next number)
or ``BEGIN DEFERRED`` for a read (no lock; WAL readers never wait). Which one is chosen by
the execution option ``BEGIN_MODE`` of the connection; without it a transaction is a
writing one, so a forgotten option costs a little waiting, never a duplicate number.

On a server (PostgreSQL) the same two kinds of unit are kept. A writing unit takes one
transaction-level advisory lock (``pg_advisory_xact_lock(WRITE_LOCK_KEY)``) right after
BEGIN: writers of the office take turns, as on SQLite, so the numbers, the audit chain's
head and the HLC catch-up read under it cannot be read twice; the lock goes with COMMIT
or ROLLBACK, even when a client dies. A writing unit is short (milliseconds), so thirty
counters never feel the turns; a writer that waits longer than the busy timeout gets
``DatabaseBusy`` as on SQLite (``lock_timeout``). A read is ``REPEATABLE READ, READ ONLY``:
one snapshot for the whole screen, and a read unit that tried to write would fail loudly.
A server connection is checked before use (``pool_pre_ping``), so a server restarted or a
cable pulled between two saves costs one reconnect, not an error.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

DATABASE_FILE = "counterdesk.sqlite3"

BUSY_TIMEOUT_MS = 10_000
"""How long a statement waits for another process's write lock before giving up."""

BEGIN_MODE = "counterdesk_begin"
SYNCHRONOUS = "counterdesk_synchronous"
_SYNC_CHANGED = "counterdesk.synchronous_changed"

WRITE: Mapping[str, str] = {BEGIN_MODE: "IMMEDIATE"}
"""Execution options of a writing unit: the write lock is taken at BEGIN."""
READ: Mapping[str, str] = {BEGIN_MODE: "DEFERRED"}
"""Execution options of a read-only unit: a snapshot at the first read, no lock."""
DURABLE: Mapping[str, str] = {BEGIN_MODE: "IMMEDIATE", SYNCHRONOUS: "FULL"}
"""A writing unit whose commit survives a power cut (``synchronous=FULL`` until it ends;
SQLite refuses to change it inside a transaction, so it is set just before BEGIN)."""

_BEGIN_MODES = frozenset({"IMMEDIATE", "DEFERRED", "EXCLUSIVE"})
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6

WRITE_LOCK_KEY = 0x436F_756E_7465_72  # "Counter": the office's one writer turn (bigint)
"""The advisory lock a writing unit holds on a server database."""
CONNECT_TIMEOUT_S = 5
"""How long opening a server connection may take before the server counts as away."""
_PG_LOCK_NOT_AVAILABLE, _PG_DEADLOCK = "55P03", "40P01"
SERVER_POOL_SIZE, SERVER_POOL_OVERFLOW = 2, 6
"""Connections one CounterDesk keeps to the server (the GUI thread and a worker), and how
many more it may open at a busy moment: thirty counters stay far below PostgreSQL's
default ``max_connections`` of 100 (docs/server.md)."""


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # The driver must not open transactions itself (it would skip BEGIN before a SELECT,
    # so a read-then-write unit would only lock at its first write).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
    cursor.execute("PRAGMA journal_mode=WAL")  # outside any transaction (autocommit)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _on_sqlite_begin(conn: Connection) -> None:
    options = conn.get_execution_options()
    mode = str(options.get(BEGIN_MODE, "IMMEDIATE")).upper()
    if mode not in _BEGIN_MODES:
        raise ValueError(f"{BEGIN_MODE} must be one of {sorted(_BEGIN_MODES)}, not {mode!r}")
    synchronous = options.get(SYNCHRONOUS)
    if synchronous:
        conn.exec_driver_sql(f"PRAGMA synchronous={synchronous}")
        conn.connection.info[_SYNC_CHANGED] = True
    conn.exec_driver_sql(f"BEGIN {mode}")


def _on_sqlite_checkin(dbapi_connection: Any, record: Any) -> None:
    """Back to the everyday ``synchronous=NORMAL`` after a durable unit."""
    if dbapi_connection is not None and record.info.pop(_SYNC_CHANGED, False):
        dbapi_connection.execute("PRAGMA synchronous=NORMAL")


def _on_server_begin(conn: Connection) -> None:
    mode = str(conn.get_execution_options().get(BEGIN_MODE, "IMMEDIATE")).upper()
    if mode == "DEFERRED":
        conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        return
    conn.exec_driver_sql(f"SET LOCAL lock_timeout = {int(BUSY_TIMEOUT_MS)}")
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def make_engine(url: str, **kwargs: Any) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        event.listen(engine, "checkin", _on_sqlite_checkin)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    kwargs.setdefault("pool_size", SERVER_POOL_SIZE)
    kwargs.setdefault("max_overflow", SERVER_POOL_OVERFLOW)
    if url.startswith("postgresql"):
        connect_args = kwargs.setdefault("connect_args", {})
        connect_args.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
        connect_args.setdefault("application_name", "CounterDesk")
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "postgresql":
        event.listen(engine, "begin", _on_server_begin)
    return engine


def is_disconnect(exc: BaseException) -> bool:
    """True when ``exc`` is the server gone away (not running, unreachable, the
    connection cut) rather than something wrong with what was asked."""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    if not isinstance(exc, OperationalError) or _is_sqlite_error(exc):
        return False
    return getattr(exc.orig, "sqlstate", None) in (None, "") or str(
        getattr(exc.orig, "sqlstate", "")
    ).startswith("08")


def _is_sqlite_error(exc: OperationalError) -> bool:
    return type(exc.orig).__module__.startswith("sqlite3")


def is_busy(exc: BaseException) -> bool:
    """True when ``exc`` is the database giving up on another connection's lock."""
    if not isinstance(exc, OperationalError):
        return False
    if getattr(exc.orig, "sqlstate", None) in (_PG_LOCK_NOT_AVAILABLE, _PG_DEADLOCK):
        return True
    code = getattr(exc.orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED)
    text = str(exc.orig).lower()
    return "database is locked" in text or "database is busy" in text


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # The flush hooks (change log, applicant search index) register on import.
    from counterdesk.store import changelog, search_index  # noqa: F401

    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    with factory() as session, session.begin():
        yield session
