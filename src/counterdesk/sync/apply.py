"""Received row states into this database: merge, resolve, write the table row.

Per row: ``merge_row(local, incoming)``; unchanged states stop there (re-applying a file
is a no-op). A changed state is stored in ``sync_row`` with the next local sequence and
then *materialised*: ``resolve_row`` gives the values (status by rank), which are
upserted into the table (or the row deleted); the conflicts it names become
``sync_conflict`` rows for a supervisor, and the ones a later state no longer has are
dropped. A row whose foreign-key target is not here yet, or whose unique number is held
by another row (``duplicate_number``: both flagged, nothing overwritten), is *parked*
and retried on every later import. Applicants' search tokens are refreshed, and a
sign-off whose approved checklist no longer matches the merged one is flagged stale.

Everything runs on the unit's SQLite connection with ``executemany``: one statement per
table and kind per batch, not one per row.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from typing import Any, NamedTuple, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from counterdesk.domain.hlc import Hlc
from counterdesk.domain.ids import uuid7
from counterdesk.store.models import Applicant, ChecklistItem, SignOff
from counterdesk.store.raw import RawConnection, is_sqlite
from counterdesk.store.search_index import tokens_for
from counterdesk.sync.merge import FieldConflict, merge_row, resolve_row
from counterdesk.sync.payload import RowLine
from counterdesk.sync.state import (
    Key,
    RowSeq,
    State,
    conflict_kind,
    drop_settled,
    load_states,
    paused_gc,
    raw_connection,
    simple_values,
    state_from_json,
    state_to_json,
    store_states,
    top_stamp,
    writers,
)
from counterdesk.sync.tables import (
    TABLE_ORDER,
    UTC_FUNCTION,
    TableInfo,
    table_info,
    upsert_plan,
    utc_text,
)

__all__ = ["Applier", "BatchCounts"]

_CHUNK = 500
_SYNCED = frozenset(TABLE_ORDER)
CACHE_KIB = 32 * 1024
DEFAULT_CACHE = -2000  # SQLite's default (KiB)
"""SQLite page cache of a connection that applies rows: a batch touches a dozen B-trees
(tables, their indexes, the merge state, search tokens); the 2 MiB default thrashes."""


@dataclass
class BatchCounts:
    received: Counter[str] = field(default_factory=Counter)
    changed: Counter[str] = field(default_factory=Counter)
    conflicts: int = 0
    parked: int = 0


@dataclass(slots=True)
class _Row:
    row_id: str
    state: State
    values: dict[str, Any]
    deleted: bool
    conflicts: tuple[FieldConflict, ...]


class _Searchable(NamedTuple):
    """What ``search_index.tokens_for`` reads of an applicant (no ORM object needed; a
    tuple: built 50,000 times in an import, where a frozen dataclass costs twice as much)."""

    name: str
    contact_person: str
    nik: str | None
    nib: str | None
    phone: str


def _now_text() -> str:
    return datetime.now(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def _site_of(stamp: str) -> str:
    try:
        return Hlc.parse(stamp).site
    except ValueError:
        return ""


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


@cache
def _insert_sql(upsert_sql: str) -> str:
    """The upsert's ``INSERT`` without its ``ON CONFLICT`` clause (same columns and
    conversions), for rows known to be new."""
    return upsert_sql[: upsert_sql.index(" ON CONFLICT(")]


def _resolve(info: TableInfo, row_id: str, state: State) -> _Row:
    values = simple_values(state)
    if values is not None:
        return _Row(row_id, state, values, False, ())
    resolved = resolve_row(state_from_json(state), info.ranks)
    return _Row(row_id, state, resolved.values, resolved.deleted, resolved.conflicts)


class Applier:
    """Applies batches of received rows inside the caller's writing unit."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.db: RawConnection = raw_connection(session)
        self.server = not is_sqlite(self.db)
        if self.server:  # foreign keys checked at COMMIT, as SQLite's defer_foreign_keys
            self.db.execute("SET CONSTRAINTS ALL DEFERRED")
        else:
            self.db.execute("PRAGMA defer_foreign_keys = ON")
            self.db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            cast(sqlite3.Connection, self.db).create_function(
                UTC_FUNCTION, 1, utc_text, deterministic=True
            )
        self.seq = RowSeq(self.db)
        self._fresh: set[Key] = set()  # rows this applier brought in first: no old tokens
        self._parked: set[Key] = {
            (t, r) for t, r in self.db.execute("SELECT table_name, row_id FROM sync_parked")
        }
        self._with_conflicts: set[Key] = {
            (t, r)
            for t, r in self.db.execute(
                "SELECT DISTINCT table_name, row_id FROM sync_conflict WHERE resolved_at IS NULL"
            )
        }

    def close(self) -> None:
        """Give the pooled connection its everyday page cache back."""
        self.db.execute(f"PRAGMA cache_size = {DEFAULT_CACHE}")

    # --- merging ------------------------------------------------------------------------
    def apply(self, rows: Sequence[RowLine]) -> BatchCounts:
        with paused_gc():
            return self._apply(rows)

    def _apply(self, rows: Sequence[RowLine]) -> BatchCounts:
        counts = BatchCounts()
        texts: dict[Key, str] = {}
        local = load_states(self.db, ((r.table, r.row_id) for r in rows))
        changed: dict[Key, State] = {}
        for row in rows:
            if row.table not in _SYNCED:
                continue  # a table of a newer version: its rows wait for the upgrade
            key = (row.table, row.row_id)
            counts.received[row.table] += 1
            current = local.get(key)
            if current is None:
                merged = row.state
                self._fresh.add(key)
                if row.text:
                    texts[key] = row.text
            elif current == row.state:
                continue
            else:
                mine = state_from_json(current)
                both = merge_row(mine, state_from_json(row.state))
                by = writers(current) | writers(row.state)  # grow-only: union
                if both == mine and by == writers(current):
                    continue
                merged = state_to_json(both, by)
            local[key] = changed[key] = merged
            counts.changed[row.table] += 1
        store_states(self.db, changed, self.seq, texts)
        self.seq.save()
        parked, conflicts = self.materialise(changed)
        counts.parked += parked
        counts.conflicts += conflicts
        return counts

    def retry_parked(self) -> int:
        """Materialise the parked rows again (their states are in ``sync_row``); return
        how many are still parked."""
        with paused_gc():
            return self._retry_parked()

    def _retry_parked(self) -> int:
        while True:
            keys = list(self.db.execute("SELECT table_name, row_id FROM sync_parked"))
            if not keys:
                return 0
            before = len(keys)
            parked, _ = self.materialise(load_states(self.db, ((t, r) for t, r in keys)))
            if parked >= before:
                return parked

    # --- materialising ------------------------------------------------------------------
    def materialise(self, states: Mapping[Key, State]) -> tuple[int, int]:
        """Write the resolved rows; return (parked, conflicts)."""
        by_table: dict[str, list[tuple[str, State]]] = {}
        for (table, row_id), state in states.items():
            by_table.setdefault(table, []).append((row_id, state))
        parked = conflicts = 0
        for table in TABLE_ORDER:
            items = by_table.get(table)
            if not items:
                continue
            info = table_info(table)
            rows = [_resolve(info, row_id, state) for row_id, state in items]
            live = [r for r in rows if not r.deleted]
            waiting = self._missing_targets(info, live)
            waiting.update(self._duplicates(info, [r for r in live if r.row_id not in waiting]))
            waiting.update(self._still_referenced(info, [r for r in rows if r.deleted]))
            self._park(table, waiting)
            done = [r for r in rows if r.row_id not in waiting]
            self._upsert(info, [r for r in done if not r.deleted])
            self._delete(info, [r for r in done if r.deleted])
            self._unpark(table, [r.row_id for r in done])
            conflicts += self._record_conflicts(info, rows)
            if table == "applicant":
                self._reindex([r for r in done if not r.deleted])
            if table in ("checklist_item", "sign_off"):
                conflicts += self._stale_signoffs([r for r in done if not r.deleted])
            parked += len(waiting)
        return parked, conflicts

    def _existing(self, table: str, column: str, values: set[Any]) -> set[Any]:
        found: set[Any] = set()
        ordered = sorted(values, key=str)
        for chunk in _chunks(ordered):
            marks = ",".join("?" * len(chunk))
            found.update(
                v for (v,) in self.db.execute(
                    f"SELECT {column} FROM {table} WHERE {column} IN ({marks})", tuple(chunk)
                )
            )  # fmt: skip
        return found

    def _missing_targets(self, info: TableInfo, rows: list[_Row]) -> dict[str, str]:
        """Rows whose foreign-key targets are not here (nor in this batch): what each misses."""
        missing: dict[str, str] = {}
        batch_ids = {info.to_db["id"](r.row_id) for r in rows}
        for fk in info.foreign_keys:
            convert = (
                table_info(fk.target).to_db[fk.target_column]
                if fk.target in TABLE_ORDER
                else info.to_db[fk.column]
            )
            wanted = {
                r.row_id: convert(r.values[fk.column])
                for r in rows
                if r.values.get(fk.column) is not None
            }
            present = self._existing(fk.target, fk.target_column, set(wanted.values()))
            if fk.target == info.name:
                present |= batch_ids
            for row_id, target in wanted.items():
                if target not in present:
                    missing.setdefault(row_id, f"{fk.column} → {fk.target} {target}")
        # a row pointing at a row of its own table that waits, waits too
        self_refs = [fk for fk in info.foreign_keys if fk.target == info.name]
        while self_refs and missing:
            waiting = {info.to_db["id"](r) for r in missing}
            more = {
                r.row_id: f"{fk.column} → {fk.target} (menunggu)"
                for fk in self_refs
                for r in rows
                if r.row_id not in missing
                and r.values.get(fk.column) is not None
                and info.to_db[fk.column](r.values[fk.column]) in waiting
            }
            if not more:
                break
            missing.update(more)
        return missing

    def _duplicates(self, info: TableInfo, rows: list[_Row]) -> dict[str, str]:
        """Rows whose unique number another row holds: flagged both ways, not written."""
        waiting: dict[str, str] = {}
        for columns in info.uniques:
            if columns == ("id",):
                continue
            claims: dict[tuple[Any, ...], str] = {}
            converts = [(c, info.to_db[c]) for c in columns]
            for r in rows:
                if r.row_id in waiting:
                    continue
                value = tuple([convert(r.values.get(c)) for c, convert in converts])
                if None in value:
                    continue
                holder = claims.setdefault(value, r.row_id)
                if holder != r.row_id:
                    waiting[r.row_id] = self._flag_duplicate(info, columns, r, holder)
            holders = self._holders(info, columns, list(claims))
            for value, row_id in claims.items():
                taken = holders.get(value)
                if row_id not in waiting and taken is not None and taken != row_id:
                    waiting[row_id] = self._flag_duplicate(
                        info, columns, next(r for r in rows if r.row_id == row_id), taken
                    )
        return waiting

    def _holders(
        self, info: TableInfo, columns: tuple[str, ...], values: list[tuple[Any, ...]]
    ) -> dict[tuple[Any, ...], str]:
        found: dict[tuple[Any, ...], str] = {}
        where = " AND ".join(f"{c} = ?" for c in columns)
        if len(columns) == 1:
            for chunk in _chunks([v[0] for v in values]):
                marks = ",".join("?" * len(chunk))
                for value, hex_id in self.db.execute(
                    f"SELECT {columns[0]}, id FROM {info.name} WHERE {columns[0]} IN ({marks})",
                    tuple(chunk),
                ):
                    found[(value,)] = str(uuid.UUID(hex_id))
        else:
            for value in values:
                hit = self.db.execute(f"SELECT id FROM {info.name} WHERE {where}", value).fetchone()
                if hit is not None:
                    found[value] = str(uuid.UUID(hit[0]))
        return found

    def _flag_duplicate(
        self, info: TableInfo, columns: tuple[str, ...], row: _Row, holder: str
    ) -> str:
        shown = ", ".join(str(row.values.get(c)) for c in columns)
        name = "+".join(columns)
        candidates = [
            {"row": holder, "value": json.dumps(shown), "field": name},
            {"row": row.row_id, "value": json.dumps(shown), "field": name,
             "hlc": top_stamp(row.state), "site": _site_of(top_stamp(row.state))},
        ]  # fmt: skip
        for row_id in (holder, row.row_id):
            self._put_conflict(info.name, row_id, name, "duplicate_number", candidates)
        return f"nomor ganda: {name} {shown} dipakai {info.name} {holder}"

    def _still_referenced(self, info: TableInfo, rows: list[_Row]) -> dict[str, str]:
        """A delete waits while a row elsewhere still refers to the row."""
        waiting: dict[str, str] = {}
        for r in rows:
            key = info.to_db["id"](r.row_id)
            for child in TABLE_ORDER:
                for fk in table_info(child).foreign_keys:
                    if fk.target != info.name:
                        continue
                    sql = f"SELECT 1 FROM {child} WHERE {fk.column} = ? LIMIT 1"
                    if self.db.execute(sql, (key,)).fetchone():
                        waiting[r.row_id] = f"dihapus, masih dirujuk {child}.{fk.column}"
        return waiting

    def _park(self, table: str, waiting: Mapping[str, str]) -> None:
        self._parked.update((table, r) for r in waiting)
        now = _now_text()
        self.db.executemany(
            "INSERT INTO sync_parked (table_name, row_id, state, missing, parked_at) "
            "VALUES (?, ?, '{}', ?, ?) ON CONFLICT(table_name, row_id) DO UPDATE SET "
            "missing = excluded.missing",
            [(table, row_id, why, now) for row_id, why in waiting.items()],
        )

    def _unpark(self, table: str, row_ids: list[str]) -> None:
        self.db.executemany(
            "DELETE FROM sync_parked WHERE table_name = ? AND row_id = ?",
            [(table, r) for r in row_ids if (table, r) in self._parked],
        )
        self._parked.difference_update((table, r) for r in row_ids)
        self.db.executemany(
            "DELETE FROM sync_conflict WHERE table_name = ? AND row_id = ? "
            "AND kind = 'duplicate_number' AND resolved_at IS NULL",
            [(table, r) for r in row_ids if (table, r) in self._with_conflicts],
        )

    def _upsert(self, info: TableInfo, rows: list[_Row]) -> None:
        """A plain ``INSERT`` for the rows not in the table (one id look-up per batch),
        the upsert for the others: SQLite's ``ON CONFLICT … DO UPDATE`` costs about half
        again as much per row, even for a row that turns out new."""
        if not rows:
            return
        plan = upsert_plan(info.name, self.server)
        to_id = info.to_db["id"]
        ids = [to_id(r.row_id) for r in rows]
        present = self._existing(info.name, "id", set(ids))
        new: list[Sequence[Any]] = []
        old: list[Sequence[Any]] = []
        for r, db_id in zip(rows, ids, strict=True):
            stamp = top_stamp(r.state)
            params = plan.params({**r.values, "id": r.row_id, "hlc": stamp, "updated_at": stamp})
            (old if db_id in present else new).append(params)
        if new:
            self.db.executemany(_insert_sql(plan.sql), new)
        if old:
            self.db.executemany(plan.sql, old)

    def _delete(self, info: TableInfo, rows: list[_Row]) -> None:
        self.db.executemany(
            f"DELETE FROM {info.name} WHERE id = ?", [(info.to_db["id"](r.row_id),) for r in rows]
        )

    def _reindex(self, rows: list[_Row]) -> None:
        if not rows:
            return
        self.db.executemany(
            "DELETE FROM applicant_token WHERE applicant_id = ?",
            [
                (r.row_id.replace("-", ""),)
                for r in rows
                if ("applicant", r.row_id) not in self._fresh
            ],
        )
        tokens: list[tuple[str, str]] = []
        for r in rows:
            values = r.values
            person = _Searchable(
                values.get("name") or "",
                values.get("contact_person") or "",
                values.get("nik"),
                values.get("nib"),
                values.get("phone") or "",
            )
            hex_id = r.row_id.replace("-", "")
            tokens.extend([(t, hex_id) for t in tokens_for(cast(Applicant, person))])
        self.db.executemany(
            "INSERT OR IGNORE INTO applicant_token (token, applicant_id) VALUES (?, ?)", tokens
        )

    # --- conflicts ----------------------------------------------------------------------
    def _put_conflict(
        self, table: str, row_id: str, name: str, kind: str, candidates: list[dict[str, Any]]
    ) -> None:
        text = json.dumps(candidates, ensure_ascii=False, separators=(",", ":"))
        self.db.execute(
            "INSERT INTO sync_conflict (id, kind, table_name, row_id, field, candidates, "
            "detected_at, resolved_by_name, resolution) VALUES (?, ?, ?, ?, ?, ?, ?, '', '') "
            "ON CONFLICT(table_name, row_id, field, kind) DO UPDATE SET "
            "candidates = excluded.candidates, detected_at = excluded.detected_at, "
            "resolved_at = NULL, resolved_by_name = '', resolution = '' "
            # as text: a server's json type has no equality
            "WHERE CAST(sync_conflict.candidates AS text) != CAST(excluded.candidates AS text)",
            (uuid7().hex, kind, table, row_id, name, text, _now_text()),
        )
        self._with_conflicts.add((table, row_id))

    def _record_conflicts(self, info: TableInfo, rows: list[_Row]) -> int:
        count = 0
        for r in rows:
            found = self._conflicts_of(info, r)
            key = (info.name, r.row_id)
            if key in self._with_conflicts:
                drop_settled(self.db, key, {(kind, name) for kind, name, _ in found})
            for kind, name, candidates in found:
                self._put_conflict(info.name, r.row_id, name, kind, candidates)
            count += len(found)
        return count

    def _conflicts_of(self, info: TableInfo, row: _Row) -> list[tuple[str, str, list[Any]]]:
        if not row.conflicts:
            return []
        where = {
            (w.hlc, w.value): name
            for name, f in state_from_json(row.state).fields.items()
            for w in f.heads
        }
        names = writers(row.state)

        def candidate(c: FieldConflict) -> list[dict[str, Any]]:
            return [
                {"hlc": w.hlc, "value": w.value, "site": _site_of(w.hlc),
                 "field": where.get((w.hlc, w.value), c.field)}
                | ({"by": names[w.hlc]} if w.hlc in names else {})
                for w in c.candidates
            ]  # fmt: skip

        if info.append_only:
            merged = [x for c in row.conflicts for x in candidate(c)]
            return [("quarantine", "", merged)]
        return [(*conflict_kind(info.name, c.field), candidate(c)) for c in row.conflicts]

    def _stale_signoffs(self, rows: list[_Row]) -> int:
        """The latest sign-off of each touched application, if the checklist it approved
        is no longer the merged one, is flagged ``stale_signoff``."""
        from counterdesk.services.verification import checklist_hash

        apps = {r.values.get("application_id") for r in rows} - {None}
        count = 0
        for app in sorted(str(a) for a in apps):
            app_id = uuid.UUID(app)
            signoff = self.session.scalars(
                select(SignOff)
                .execution_options(populate_existing=True)
                .where(SignOff.application_id == app_id)
                .order_by(SignOff.verified_at.desc())
                .limit(1)
            ).first()
            if signoff is None or signoff.decision not in ("pending", "approved"):
                continue
            items = list(
                self.session.scalars(
                    select(ChecklistItem)
                    .execution_options(populate_existing=True)
                    .where(ChecklistItem.application_id == app_id)
                )
            )
            if signoff.checklist_hash == checklist_hash(items):
                continue
            self._put_conflict(
                "sign_off",
                str(signoff.id),
                "checklist_hash",
                "stale_signoff",
                [{"value": json.dumps(signoff.checklist_hash), "hlc": signoff.hlc,
                  "site": _site_of(signoff.hlc), "field": "checklist_hash"}],
            )  # fmt: skip
            count += 1
        return count
