"""Engine and sessions. SQLite gets the pragmas of DESIGN.md on every connection.

On SQLite the application, not the ``sqlite3`` driver, starts every transaction (the
recipe of SQLAlchemy's SQLite dialect documentation, "Using SQLAlchemy to emit BEGIN in
lieu of SQLite's transaction control"): the driver is put in autocommit mode on connect
and the engine's ``begin`` event emits ``BEGIN IMMEDIATE`` for a writing unit (the write
lock is taken before the first read, so two processes never read the same next number)
or ``BEGIN DEFERRED`` for a read (no lock; WAL readers never wait). Which one is chosen by
the execution option ``BEGIN_MODE`` of the connection; without it a transaction is a
writing one, so a forgotten option costs a little waiting, never a duplicate number.
Other dialects are left alone: their row locks and isolation are their own business.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import OperationalError
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


def make_engine(url: str, **kwargs: Any) -> Engine:
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        event.listen(engine, "checkin", _on_sqlite_checkin)
    return engine


def is_busy(exc: BaseException) -> bool:
    """True when ``exc`` is SQLite giving up on another connection's lock."""
    if not isinstance(exc, OperationalError):
        return False
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
