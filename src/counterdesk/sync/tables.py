"""What the engine needs to know of each synced table, read once from the models: its
columns and how a JSON value goes back into each, the rows it refers to, its unique
numbers, whether it is append-only, and the ranked fields of the merge."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, LargeBinary, Table, UniqueConstraint, Uuid
from sqlalchemy.types import JSON, TypeDecorator, TypeEngine

from counterdesk.domain.states import STATUS_RANK, AppStatus
from counterdesk.store.models import SYNCED_MODELS
from counterdesk.sync.merge import Rank

__all__ = [
    "APPEND_ONLY",
    "LOCAL_FIELDS",
    "TABLE_ORDER",
    "ForeignKey",
    "TableInfo",
    "Upsert",
    "table_info",
    "upsert_plan",
    "utc_text",
]

LOCAL_FIELDS = frozenset({"id", "hlc", "updated_at"})
"""Columns that are not merged: the key, and when this copy of the row last changed."""

APPEND_ONLY = frozenset(
    {
        "application_event",
        "complaint_step",
        "survey_response",
        "print_log",
        "legalisation",
        "certificate_change",
        "handover",
    }
)
"""Records never edited after they are written: two versions of one is a quarantine."""

TABLE_ORDER: tuple[str, ...] = tuple(m.__tablename__ for m in SYNCED_MODELS)  # type: ignore[attr-defined]

# issued < handed over < lost < replaced < revoked < voided: a later fate wins.
CERTIFICATE_STATUS_RANK: Mapping[str, int] = {
    s: i for i, s in enumerate(("issued", "handed_over", "lost", "replaced", "revoked", "voided"))
}


def _status_rank(value: str) -> int:
    try:
        return STATUS_RANK[AppStatus(json.loads(value))]
    except (ValueError, KeyError):
        return -1


def _certificate_rank(value: str) -> int:
    return CERTIFICATE_STATUS_RANK.get(str(json.loads(value)), -1)


RANKS: Mapping[str, Mapping[str, Rank]] = {
    "application": {"status": _status_rank},
    "certificate": {"status": _certificate_rank},
}


@dataclass(frozen=True, slots=True)
class ForeignKey:
    column: str
    target: str  # table
    target_column: str


@dataclass(frozen=True, slots=True)
class TableInfo:
    name: str
    columns: tuple[str, ...]
    to_db: Mapping[str, Callable[[Any], Any]]  # JSON value -> the value SQLite stores
    foreign_keys: tuple[ForeignKey, ...]
    uniques: tuple[tuple[str, ...], ...]
    append_only: bool
    ranks: Mapping[str, Rank]
    defaults: Mapping[str, Any]  # JSON values for a column a sender did not have


def _identity(value: Any) -> Any:
    return value


def _uuid(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, str) and len(value) == 36 and value[8] == "-":
        return value.replace("-", "").lower()  # the canonical text: the fast way
    return uuid.UUID(str(value)).hex


def utc_text(value: Any) -> Any:
    if value is None:
        return None
    text = str(value)
    if len(text) == 32 and text.endswith("+00:00") and text[10] == "T":
        return f"{text[:10]} {text[11:26]}"  # UTC with microseconds: the fast way
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _date(value: Any) -> Any:
    return None if value is None else date.fromisoformat(str(value)).isoformat()


def _bool(value: Any) -> Any:
    return None if value is None else int(bool(value))


def _json(value: Any) -> Any:
    return None if value is None else json.dumps(value)


def _bytes(value: Any) -> Any:
    return None if value is None else bytes.fromhex(str(value))


def _converter(kind: TypeEngine[Any]) -> Callable[[Any], Any]:
    """How SQLAlchemy stores the type on SQLite (the inverse of the change-log snapshot)."""
    impl = kind.impl_instance if isinstance(kind, TypeDecorator) else kind
    if isinstance(impl, Uuid):
        return _uuid
    if isinstance(impl, DateTime):
        return utc_text
    if isinstance(impl, Date):
        return _date
    if isinstance(impl, Boolean):
        return _bool
    if isinstance(impl, JSON):
        return _json
    if isinstance(impl, LargeBinary):
        return _bytes
    return _identity


def _uniques(table: Table) -> tuple[tuple[str, ...], ...]:
    found: set[tuple[str, ...]] = set()
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            found.add(tuple(c.name for c in constraint.columns))
    for index in table.indexes:
        if index.unique and all(hasattr(e, "name") for e in index.expressions):
            found.add(tuple(c.name for c in index.columns))
    return tuple(sorted(found))


@cache
def table_info(name: str) -> TableInfo:
    model = next(m for m in SYNCED_MODELS if m.__tablename__ == name)  # type: ignore[attr-defined]
    table: Table = model.__table__  # type: ignore[attr-defined]
    return TableInfo(
        name=name,
        columns=tuple(c.name for c in table.columns),
        to_db={c.name: _converter(c.type) for c in table.columns},
        foreign_keys=tuple(
            ForeignKey(fk.parent.name, fk.column.table.name, fk.column.name)
            for fk in sorted(table.foreign_keys, key=lambda f: f.parent.name)
        ),
        uniques=_uniques(table),
        append_only=name in APPEND_ONLY,
        ranks=RANKS.get(name, {}),
        defaults={
            c.name: getattr(c.default, "arg", None)
            for c in table.columns
            if c.default is not None and c.default.is_scalar
        },
    )


# --- the upsert: conversions done by SQLite, not row by row in Python ------------------


@dataclass(frozen=True, slots=True)
class Upsert:
    """One ``INSERT … ON CONFLICT(id) DO UPDATE`` per table. ``params`` turns a row's
    JSON values (plus ``id``, and the stamp as ``hlc`` and ``updated_at``) into the
    statement's parameters; UUIDs, UTC times and the stamp's wall time are converted by
    the statement itself."""

    sql: str
    base: Mapping[str, Any]
    pick: Callable[[Mapping[str, Any]], tuple[Any, ...]]
    in_python: tuple[tuple[int, Callable[[Any], Any]], ...]

    def params(self, values: Mapping[str, Any]) -> Sequence[Any]:
        row = self.pick({**self.base, **values})
        if not self.in_python:
            return row
        out = list(row)
        for at, convert in self.in_python:
            out[at] = convert(out[at])
        return out


UTC_FUNCTION = "counterdesk_utc"
"""SQLite function (registered by the applier) for a time not in the usual UTC form."""


def _utc_sql(n: int) -> str:
    p = f"?{n}"
    return (
        f"CASE WHEN length({p}) = 32 AND substr({p}, 27) = '+00:00' "
        f"THEN replace(substr({p}, 1, 26), 'T', ' ') "
        f"WHEN length({p}) = 25 AND substr({p}, 20) = '+00:00' "
        f"THEN replace(substr({p}, 1, 19), 'T', ' ') || '.000000' "
        f"ELSE {UTC_FUNCTION}({p}) END"
    )


def _sql_value(name: str, kind: TypeEngine[Any], n: int) -> str:
    if name == "updated_at":  # from the stamp's wall-clock milliseconds
        return (
            f"strftime('%Y-%m-%d %H:%M:%f', CAST(substr(?{n}, 1, 13) AS INTEGER) / 1000.0, "
            "'unixepoch') || '000'"
        )
    converter = _converter(kind)
    if converter is _uuid:
        return f"replace(?{n}, '-', '')"
    if converter is utc_text:
        return _utc_sql(n)
    return f"?{n}"


def _server_sql_value(name: str, kind: TypeEngine[Any], n: int) -> str:
    """The same conversions on a server (PostgreSQL): its own functions and types; the
    times, JSON and booleans are converted in Python first (``_SERVER_IN_PYTHON``)."""
    p = f"?{n}"
    if name == "updated_at":
        return f"(to_timestamp(CAST(substr({p}, 1, 13) AS bigint) / 1000.0) AT TIME ZONE 'UTC')"
    converter = _converter(kind)
    casts: dict[Callable[[Any], Any], str] = {
        _uuid: "uuid",
        utc_text: "timestamp",
        _date: "date",
        _json: "json",
        _bool: "integer",
    }
    cast = casts.get(converter)
    if cast is None:
        return p
    if converter is _bool:
        return f"(CAST({p} AS integer) <> 0)"
    return f"CAST({p} AS {cast})"


_SERVER_IN_PYTHON = (utc_text, _json, _bytes, _bool)


@cache
def upsert_plan(name: str, server: bool = False) -> Upsert:
    """The upsert of ``name``'s rows: SQLite's SQL, or a server's (``server``)."""
    info = table_info(name)
    model = next(m for m in SYNCED_MODELS if m.__tablename__ == name)  # type: ignore[attr-defined]
    table: Table = model.__table__  # type: ignore[attr-defined]
    columns = [c.name for c in table.columns]
    value_sql = _server_sql_value if server else _sql_value
    values = ", ".join(value_sql(c.name, c.type, i + 1) for i, c in enumerate(table.columns))
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
    sql = (
        f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({values}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates}"
    )
    in_python = tuple(
        (i, info.to_db[c.name])
        for i, c in enumerate(table.columns)
        if info.to_db[c.name] in (_SERVER_IN_PYTHON if server else (_json, _bytes))
        and c.name != "updated_at"
    )
    return Upsert(
        sql=sql,
        base={c: info.defaults.get(c) for c in columns},
        pick=itemgetter(*columns),
        in_python=in_python,
    )
