"""The benchmark office of ``big_office`` on a PostgreSQL server: the same rows, copied
from the cached SQLite file into a database migrated by the app (``COPY``), then
analysed. Kept on the server between runs as ``counterdesk_bench_<N>``."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Integer, String, Table, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from counterdesk.services.runtime import Runtime
from counterdesk.store.base import Base

DONE_KEY = "bench.copied_from"


def server_bench_url(server: str, n: int) -> str:
    return (
        make_url(server)
        .set(database=f"counterdesk_bench_{n}")
        .render_as_string(hide_password=False)
    )


def _admin(server: str, sql: str) -> None:
    engine = create_engine(server, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with engine.connect() as conn:
            conn.execute(text(sql))
    finally:
        engine.dispose()


def _copied(url: str, source: Path) -> bool:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            row = conn.execute(
                text("SELECT value FROM setting WHERE key = :k"), {"k": DONE_KEY}
            ).first()
            return row is not None and row[0] == source.name
    except Exception:
        return False
    finally:
        engine.dispose()


def _fits(table: Table) -> Callable[[Sequence[Any]], bool]:
    """Rows a server can hold: the benchmark's own replays left rows SQLite took without
    complaint (numbers longer than their column, audit ``seq`` beyond an integer); the
    server copy leaves them out."""
    limits = [
        (i, c.type.length)
        for i, c in enumerate(table.columns)
        if isinstance(c.type, String) and c.type.length
    ]
    ints = [i for i, c in enumerate(table.columns) if type(c.type) is Integer]

    def fits(row: Sequence[Any]) -> bool:
        return all(row[i] is None or len(str(row[i])) <= n for i, n in limits) and all(
            row[i] is None or -(2**31) <= row[i] < 2**31 for i in ints
        )

    return fits


def build_on_server(server: str, source: Path, n: int) -> str:
    """The server copy of ``source`` (made once, minutes for 1,000,000 rows); its URL."""
    url = server_bench_url(server, n)
    if _copied(url, source):
        return url
    name = make_url(url).database
    _admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _admin(server, f'CREATE DATABASE "{name}"')
    Runtime.open(database_url=url).close()  # the app's migrations: tables and indexes
    began = time.perf_counter()
    lite = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            driver = conn.connection.driver_connection
            assert driver is not None
            for table in Base.metadata.sorted_tables:  # parents before children
                conn.execute(text(f"DELETE FROM {table.name}"))  # what migrations seeded
            for table in Base.metadata.sorted_tables:
                names = [c.name for c in table.columns]
                flags = [isinstance(c.type, Boolean) for c in table.columns]
                fits = _fits(table)
                rows = lite.execute(f"SELECT {', '.join(names)} FROM {table.name}")
                with driver.cursor().copy(
                    f"COPY {table.name} ({', '.join(names)}) FROM STDIN"
                ) as copy:
                    for row in rows:
                        if fits(row):
                            copy.write_row(
                                [
                                    bool(v) if f and v is not None else v
                                    for v, f in zip(row, flags, strict=True)
                                ]
                            )
            conn.execute(
                text("INSERT INTO setting (key, value) VALUES (:k, :v)"),
                {"k": DONE_KEY, "v": source.name},
            )
        _admin(url, "ANALYZE")
    finally:
        lite.close()
        engine.dispose()
    print(f"server copy of {source.name}: {time.perf_counter() - began:.0f} s", flush=True)
    return url
