"""Fair references: the exact SQL a service sent, replayed in raw sqlite3.

``Recorder`` captures every statement (and its parameters) that the app's engine sends
during one service call — ``BEGIN IMMEDIATE``/``DEFERRED`` included. ``RawReplay`` runs
the same statements on a plain ``sqlite3`` connection with the app's pragmas (WAL,
``synchronous=NORMAL``, ``foreign_keys=ON``, the same busy timeout, autocommit so the
replayed BEGIN is the transaction) and ends the transaction the way the app's unit does
(COMMIT for a write, ROLLBACK for a read). The difference to the service is then what the
ORM, the validation and the Python around the SQL cost — nothing else.

A write cannot be replayed verbatim (the rows exist now), so in INSERTs the values of
the columns that must be unique (``id``, ``change_id``, ``number``, audit ``seq``) are
replaced by fresh ones of the same kind: the same rows, the same indexes touched. Audit
``seq`` gets negative values and the number sequence is read and written under its own
prefix (``RF``), so the replay never moves the app's next audit event or next number.
"""

from __future__ import annotations

import itertools
import re
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from counterdesk.domain.ids import uuid7
from counterdesk.store.engine import BUSY_TIMEOUT_MS

Statement = tuple[str, Any, bool]  # sql, parameters, executemany
_INSERT = re.compile(r"INSERT INTO (\w+) \(([^)]*)\) VALUES", re.I)
FRESH_COLUMNS = frozenset({"id", "change_id", "number", "seq"})
REPLAY_PREFIX = "RF"


class Recorder:
    """Collects what an engine sends while ``recording()`` is open."""

    def __init__(self, engine: Engine) -> None:
        self.statements: list[Statement] = []
        self._on = False
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, conn: Any, cursor: Any, sql: str, params: Any, ctx: Any, many: bool) -> None:
        if self._on:
            self.statements.append((sql, params, many))

    @contextmanager
    def recording(self) -> Iterator[list[Statement]]:
        self.statements = []
        self._on = True
        try:
            yield self.statements
        finally:
            self._on = False


def raw_connection(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection set up as the app sets up every connection."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    return conn


class RawReplay:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._serial = itertools.count(time.time_ns() // 1_000)  # unique across runs too
        self._prefixes: frozenset[str] | None = None

    def _own_sequences(self) -> frozenset[str]:
        """The app's number prefixes; the replay uses a copy of each sequence as ``RF``."""
        if self._prefixes is None:
            rows = self.conn.execute("SELECT DISTINCT prefix FROM number_sequence").fetchall()
            self._prefixes = frozenset(prefix for (prefix,) in rows)
            self.conn.execute(
                "INSERT OR IGNORE INTO number_sequence (prefix, counter, year, last) "
                f"SELECT '{REPLAY_PREFIX}', counter, year, last FROM number_sequence"
            )
        return self._prefixes

    def read(self, statements: Sequence[Statement]) -> None:
        """A read unit: the statements, fetched, then ROLLBACK (as ``Runtime.read``)."""
        self._run(statements, fresh=False)
        self.conn.execute("ROLLBACK")

    def write(self, statements: Sequence[Statement], *, fresh: bool = True) -> None:
        """A writing unit: the statements (with fresh unique values, unless replayed into
        a copy of the database as it was), then COMMIT."""
        self._run(statements, fresh=fresh)
        self.conn.execute("COMMIT")
        self.conn.execute("PRAGMA synchronous=NORMAL")  # as the app, after a durable unit

    def _run(self, statements: Sequence[Statement], *, fresh: bool) -> None:
        prefixes = self._own_sequences() if fresh else frozenset()
        for sql, params, many in statements:
            if fresh and "number_sequence" in sql:
                params = tuple(REPLAY_PREFIX if p in prefixes else p for p in params)
            columns = _fresh_positions(sql) if fresh else ()
            # SQLAlchemy's "insertmanyvalues" sends one multi-row INSERT with flat
            # parameters while still reporting executemany: that is one execute.
            many = many and bool(params) and isinstance(params[0], (tuple, list, dict))
            if many:
                rows = [self._fresh(row, columns) for row in params]
                self.conn.executemany(sql, rows)
            else:
                self.conn.execute(sql, self._fresh(params, columns)).fetchall()

    def _fresh(self, params: Any, positions: Sequence[int]) -> Any:
        if not positions:
            return params
        values = list(params)
        serial = next(self._serial)
        for i in positions:
            old = values[i]
            if isinstance(old, int):
                values[i] = -serial  # below every real audit seq: "the last event" stays ours
            elif isinstance(old, str) and len(old) == 32:
                values[i] = uuid7().hex  # time-ordered like the app's ids: same index growth
            elif isinstance(old, str):
                values[i] = f"{old}-{serial}"
        return tuple(values)


def _fresh_positions(sql: str) -> tuple[int, ...]:
    match = _INSERT.match(sql.strip())
    if match is None:
        return ()
    columns = [c.strip().strip('"') for c in match.group(2).split(",")]
    return tuple(i for i, c in enumerate(columns) if c in FRESH_COLUMNS)
