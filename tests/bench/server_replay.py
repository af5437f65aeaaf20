"""The reference of the server rows: the exact statements a service sent, replayed on a
plain psycopg connection to the same server (the twin of ``replay.RawReplay`` for
SQLite). The transaction is the driver's own (psycopg begins it at the first statement,
as under SQLAlchemy); the recorded statements include what the app's begin hook sent (the
read snapshot, or the writer turn), and the replay ends it as the unit does (ROLLBACK
after a read, COMMIT after a write).

A write is replayed with fresh values in the columns that must be unique (ids, numbers,
audit ``seq`` below every real one) and its number sequence under its own prefix ``RF``,
so the replay never moves the app's next number or audit event."""

from __future__ import annotations

import itertools
import re
import time
import uuid
from collections.abc import Sequence
from typing import Any

import psycopg
from sqlalchemy.engine import make_url

from counterdesk.domain.ids import uuid7
from tests.bench.replay import FRESH_COLUMNS, REPLAY_PREFIX, Statement

_KEY = re.compile(r"__\d+$")  # insertmanyvalues: id__0, id__1, …


def server_connection(url: str) -> psycopg.Connection[Any]:
    u = make_url(url)
    return psycopg.connect(
        host=u.host, port=u.port or 5432, user=u.username, password=u.password, dbname=u.database
    )


class ServerReplay:
    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn
        self._suffix = itertools.count(time.time_ns() // 1_000_000 % 10**9)
        self._seq: itertools.count[int] | None = None
        self._prefixes: frozenset[str] | None = None

    def _own_sequences(self) -> frozenset[str]:
        if self._prefixes is None:
            rows = self.conn.execute("SELECT DISTINCT prefix FROM number_sequence").fetchall()
            self._prefixes = frozenset(prefix for (prefix,) in rows)
            self.conn.execute(
                "INSERT INTO number_sequence (prefix, counter, year, last) "
                f"SELECT '{REPLAY_PREFIX}', counter, year, last FROM number_sequence "
                "ON CONFLICT DO NOTHING"
            )
            lowest = self.conn.execute("SELECT coalesce(min(seq), 0) FROM audit_event").fetchone()
            self._seq = itertools.count(min(int(lowest[0]) if lowest else 0, 0) - 1, -1)
            self.conn.commit()
        return self._prefixes

    def read(self, statements: Sequence[Statement]) -> None:
        self._run(statements, fresh=False)
        self.conn.rollback()

    def write(self, statements: Sequence[Statement]) -> None:
        self._run(statements, fresh=True)
        self.conn.commit()

    def _run(self, statements: Sequence[Statement], *, fresh: bool) -> None:
        prefixes = self._own_sequences() if fresh else frozenset()
        with self.conn.cursor() as cursor:
            for sql, params, many in statements:
                if many and params and isinstance(params[0], dict):
                    cursor.executemany(sql, [self._fresh(p, prefixes, sql) for p in params])
                else:
                    cursor.execute(sql, self._fresh(params, prefixes, sql) if fresh else params)
                    if cursor.description:
                        cursor.fetchall()

    def _fresh(self, params: Any, prefixes: frozenset[str], sql: str) -> Any:
        if not isinstance(params, dict):
            return params
        out = dict(params)
        numbering = "number_sequence" in sql
        inserting = sql.lstrip().upper().startswith("INSERT")
        for key, value in params.items():
            if numbering and value in prefixes:
                out[key] = REPLAY_PREFIX
            if not inserting or _KEY.sub("", key) not in FRESH_COLUMNS:
                continue
            if isinstance(value, uuid.UUID):
                out[key] = uuid7()
            elif isinstance(value, int) and self._seq is not None:
                out[key] = next(self._seq)
            elif isinstance(value, str):
                out[key] = f"{value}-{next(self._suffix):x}"
        return out
