"""The unit's own driver connection, for the bulk statements of sync and imports.

The bulk SQL is written once, in SQLite's dialect with ``?`` (or ``?N``) placeholders.
On SQLite the ``sqlite3`` connection itself is returned: no wrapper, no cost. On a
server (PostgreSQL through psycopg 3) ``ServerRaw`` runs the same statements: the
placeholders become psycopg's, ``INSERT OR IGNORE`` becomes ``ON CONFLICT DO NOTHING``,
a ``PRAGMA`` (a SQLite tuning knob) is skipped, and JSON columns are read as text, as
SQLite returns them.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, Protocol, cast

from sqlalchemy.orm import Session


class RawCursor(Protocol):
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...


class RawConnection(Protocol):
    """What the bulk code needs of a driver connection (``sqlite3.Connection`` has it)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...
    def executemany(self, sql: str, seq_of_parameters: Iterable[Any], /) -> Any: ...


def raw_connection(session: Session, *, flush: bool = True) -> RawConnection:
    """The unit's own driver connection (same transaction) for bulk statements."""
    if flush:
        session.flush()
    driver = session.connection().connection.driver_connection
    if isinstance(driver, sqlite3.Connection):
        return driver
    return ServerRaw(driver)


def is_sqlite(db: RawConnection) -> bool:
    return isinstance(db, sqlite3.Connection)


class _NoRows:
    def fetchone(self) -> None:
        return None

    def fetchall(self) -> list[Any]:
        return []

    def __iter__(self) -> Iterator[Any]:
        return iter(())


_STRING_OR_MARK = re.compile(r"'(?:[^']|'')*'|\?(\d*)|%")
_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+", re.I)


@lru_cache(maxsize=512)
def server_sql(sql: str) -> tuple[str, bool]:
    """``sql`` for psycopg, and whether its placeholders are numbered (``?N``)."""
    numbered = False

    def mark(found: re.Match[str]) -> str:
        nonlocal numbered
        text = found.group(0)
        if text == "%":
            return "%%"
        if text.startswith("'"):
            return text.replace("%", "%%")
        if found.group(1):
            numbered = True
            return f"%(p{found.group(1)})s"
        return "%s"

    converted = _STRING_OR_MARK.sub(mark, sql)
    if _OR_IGNORE.match(converted):
        converted = _OR_IGNORE.sub("INSERT ", converted) + " ON CONFLICT DO NOTHING"
    return converted, numbered


def _params(numbered: bool, values: Any) -> Any:
    if not numbered:
        return tuple(values) if values is not None else None
    return {f"p{i}": v for i, v in enumerate(cast(Sequence[Any], values), start=1)}


@lru_cache(maxsize=1)
def _hex_uuid_loader() -> type:
    """Loads a uuid as its 32 hex digits: what SQLite stores, so the bulk code compares
    ids read back with the ids it converted itself (``sync.tables``)."""
    from psycopg.adapt import Loader

    class HexUuidLoader(Loader):
        def load(self, data: Any) -> str:
            return bytes(data).decode().replace("-", "")

    return HexUuidLoader


class ServerRaw:
    """A psycopg 3 connection speaking the bulk code's SQLite-flavoured SQL."""

    def __init__(self, driver: Any) -> None:
        self._driver = driver

    def _cursor(self) -> Any:
        from psycopg.types.string import TextLoader

        cursor = self._driver.cursor()
        for name in ("json", "jsonb"):
            cursor.adapters.register_loader(name, TextLoader)
        cursor.adapters.register_loader("uuid", _hex_uuid_loader())
        return cursor

    def execute(self, sql: str, parameters: Any = (), /) -> Any:
        if sql.lstrip()[:6].upper() == "PRAGMA":
            return _NoRows()
        converted, numbered = server_sql(sql)
        cursor = self._cursor()
        cursor.execute(converted, _params(numbered, parameters) if parameters else None)
        return cursor

    def executemany(self, sql: str, seq_of_parameters: Iterable[Any], /) -> Any:
        converted, numbered = server_sql(sql)
        rows = [_params(numbered, values) for values in seq_of_parameters]
        cursor = self._cursor()
        if rows:
            cursor.executemany(converted, rows)
        return cursor
