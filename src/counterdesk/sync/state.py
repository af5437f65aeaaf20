"""The merge state of every synced row (``sync_row``) and how local writes get into it.

``sync_row.state`` is a ``merge.RowState`` as compact JSON: the row's stamps once, in
order; the fields whose one value was written at the first stamp and never replaced,
plainly; and the other fields with their heads and covered stamps by index::

    {"s": [stamp, ...], "v": {field: value, ...},
     "f": {field: [[[i, value], [i, value, [replaced i, ...]]], [covered i, ...]]}}

A row written once (the common case) is ``{"s": [hlc], "v": {...}}``: as cheap to parse
as the row itself, and its values are read without building a ``RowState``
(``simple_values``).

Who made each write travels with it: ``"b"``, beside ``"s"``, names the writer of each
stamp (the change log's ``actor``; ``""`` when unknown, the key left out when no writer
is known), so ``{"s": [hlc], "v": {...}, "b": ["ana"]}``. It is a grow-only map from
stamp to writer (a stamp is written once, at one site): states merge by the union of
their maps (``merge_writers``), which keeps the merge commutative, associative and
idempotent.

``fold_local_changes`` reads the change log above ``sync.folded_seq`` and writes each
change into the row's state: an upsert writes the fields that differ from what the state
shows (replacing the heads the writer saw), a tombstone deletes. Every row whose state
changes takes the next local sequence number (``sync.row_seq``): an export sends the rows
above what a peer has acknowledged.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from itertools import chain
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, UOWTransaction

from counterdesk.store import changelog  # its flush hook writes the log this one folds
from counterdesk.store.base import SyncedMixin
from counterdesk.store.raw import RawConnection, raw_connection
from counterdesk.sync.merge import (
    DELETED,
    FieldState,
    RowState,
    Write,
    canonical,
    delete_row,
    resolve_row,
    write_fields,
)
from counterdesk.sync.tables import APPEND_ONLY, LOCAL_FIELDS, TABLE_ORDER, table_info

__all__ = [
    "FOLDED_KEY",
    "FOLD_LATER",
    "ROW_SEQ_KEY",
    "RowSeq",
    "dump",
    "fold_local_changes",
    "fresh_state",
    "load_states",
    "paused_gc",
    "raw_connection",
    "read_setting",
    "simple_values",
    "state_from_json",
    "state_to_json",
    "store_states",
    "top_stamp",
    "with_writers",
    "write_setting",
    "writers",
]

FOLDED_KEY = "sync.folded_seq"
ROW_SEQ_KEY = "sync.row_seq"
FOLD_BATCH = 5_000
_TABLES = frozenset(TABLE_ORDER)

FOLD_LATER = "counterdesk.sync.fold_later"
"""``session.info`` flag: leave the change log to the next export (bulk loads, tests)."""

State = dict[str, Any]
Key = tuple[str, str]  # (table, row id)

dump = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while a batch builds thousands of small lists and
    dicts (none of them cyclic): the collector would walk them again and again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_setting(db: RawConnection, key: str) -> str | None:
    row = db.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def write_setting(db: RawConnection, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO setting (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


# --- the JSON form ---------------------------------------------------------------------


def writers(state: Mapping[str, Any]) -> dict[str, str]:
    """Who wrote each stamp of a state (JSON form), as far as it says."""
    names: list[str] = state.get("b") or []
    return {stamp: who for stamp, who in zip(state["s"], names, strict=False) if who}


def with_writers(state: State, *names: Mapping[str, str]) -> State:
    """``state`` (JSON form) naming the writers of its stamps from the union of ``names``
    (a stamp has one writer, so the union does not depend on the order)."""
    known: dict[str, str] = {}
    for more in names:
        known.update(more)
    column = [known.get(stamp, "") for stamp in state["s"]]
    if any(column):
        state["b"] = column
    else:
        state.pop("b", None)
    return state


def state_to_json(state: RowState, by: Mapping[str, str] | None = None) -> State:
    """The compact JSON of ``state``; ``by``: the writer of each stamp, where known."""
    stamps: set[str] = set()
    for f in state.fields.values():
        stamps.update(f.covered)
        for w in f.heads:
            stamps.add(w.hlc)
            stamps.update(w.replaced)
    order = sorted(stamps)
    index = {s: i for i, s in enumerate(order)}
    plain: dict[str, Any] = {}
    fields: dict[str, Any] = {}
    for name in sorted(state.fields):
        f = state.fields[name]
        only = next(iter(f.heads)) if len(f.heads) == 1 and not f.covered else None
        if only is not None and not only.replaced and index[only.hlc] == 0 and name != DELETED:
            plain[name] = json.loads(only.value)
            continue
        heads = [
            [index[w.hlc], json.loads(w.value), sorted(index[r] for r in w.replaced)]
            if w.replaced
            else [index[w.hlc], json.loads(w.value)]
            for w in sorted(f.heads)
        ]
        fields[name] = [heads, sorted(index[c] for c in f.covered)]
    data: State = {"s": order, "v": plain, "f": fields} if fields else {"s": order, "v": plain}
    return with_writers(data, by) if by else data


def state_from_json(data: Mapping[str, Any]) -> RowState:
    stamps: list[str] = data["s"]
    fields: dict[str, FieldState] = {
        name: FieldState(frozenset((Write(stamps[0], canonical(value)),)))
        for name, value in data.get("v", {}).items()
    }
    for name, (heads, covered) in data.get("f", {}).items():
        fields[name] = FieldState(
            frozenset(
                Write(
                    stamps[h[0]],
                    canonical(h[1]),
                    frozenset(stamps[r] for r in h[2]) if len(h) > 2 else frozenset(),
                )
                for h in heads
            ),
            frozenset(stamps[c] for c in covered),
        )
    return RowState(fields)


def fresh_state(values: Mapping[str, Any], hlc: str, by: str = "") -> State:
    """The state of a row written once, at ``hlc`` by ``by`` (what ``write_fields`` on an
    empty state gives, without building it)."""
    return {"s": [hlc], "v": dict(values), "b": [by]} if by else {"s": [hlc], "v": dict(values)}


def simple_values(state: Mapping[str, Any]) -> dict[str, Any] | None:
    """The row's values when every field has one head and nobody deleted it (no conflict
    possible), else None: then ``resolve_row`` decides."""
    values: dict[str, Any] = dict(state.get("v", {}))
    fields: Mapping[str, Any] = state.get("f", {})
    if DELETED in fields:
        return None
    for name, (heads, _covered) in fields.items():
        if len(heads) != 1:
            return None
        values[name] = heads[0][1]
    return values


def top_stamp(state: Mapping[str, Any]) -> str:
    stamps: list[str] = state["s"]
    return stamps[-1] if stamps else ""


# --- reading and writing sync_row -------------------------------------------------------


def load_states(db: RawConnection, keys: Iterable[Key]) -> dict[Key, State]:
    by_table: dict[str, list[str]] = {}
    for table, row_id in keys:
        by_table.setdefault(table, []).append(row_id)
    found: dict[Key, State] = {}
    for table, ids in by_table.items():
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row_id, text in db.execute(
                f"SELECT row_id, state FROM sync_row WHERE table_name = ? AND row_id IN ({marks})",
                (table, *chunk),
            ):
                found[(table, row_id)] = json.loads(text)
    return found


class RowSeq:
    """The local sequence ``sync.row_seq``: each changed row state takes the next one."""

    def __init__(self, db: RawConnection) -> None:
        self._db = db
        stored = int(read_setting(db, ROW_SEQ_KEY) or 0)
        highest = db.execute("SELECT coalesce(max(seq), 0) FROM sync_row").fetchone()[0]
        self.value = max(stored, int(highest))

    def take(self) -> int:
        self.value += 1
        return self.value

    def save(self) -> None:
        write_setting(self._db, ROW_SEQ_KEY, str(self.value))


def store_states(
    db: RawConnection,
    states: Mapping[Key, State],
    seq: RowSeq,
    texts: Mapping[Key, str] | None = None,
) -> None:
    """Write the states (``texts``: their JSON when already at hand) with new seqs."""
    texts = texts or {}
    db.executemany(
        "INSERT INTO sync_row (table_name, row_id, state, seq) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(table_name, row_id) DO UPDATE SET state = excluded.state, "
        "seq = excluded.seq",
        [
            (key[0], key[1], texts.get(key) or dump(state), seq.take())
            for key, state in states.items()
        ],
    )


# --- conflicts the merge names ---------------------------------------------------------

MERGE_KINDS = ("field", "delete", "voucher", "quarantine")
"""The conflict kinds a later state settles by itself (the others a supervisor marks)."""


def conflict_kind(table: str, field: str) -> tuple[str, str]:
    """The ``sync_conflict`` (kind, field) of a conflict ``resolve_row`` names."""
    if table in APPEND_ONLY:
        return "quarantine", ""
    if field == DELETED:
        return "delete", field
    if table == "compensation" and field == "used_application_id":
        return "voucher", field
    return "field", field


def drop_settled(db: RawConnection, key: Key, kept: set[tuple[str, str]]) -> None:
    """Drop the row's open merge conflicts its state no longer has."""
    marks = ",".join("?" * len(MERGE_KINDS))
    for kind, name in db.execute(
        "SELECT kind, field FROM sync_conflict WHERE table_name = ? AND row_id = ? "
        f"AND resolved_at IS NULL AND kind IN ({marks})",
        (*key, *MERGE_KINDS),
    ).fetchall():
        if (kind, name) not in kept:
            db.execute(
                "DELETE FROM sync_conflict WHERE table_name = ? AND row_id = ? AND kind = ? "
                "AND field = ?",
                (*key, kind, name),
            )


def _settle(db: RawConnection, changed: Mapping[Key, State]) -> None:
    """A local write over a conflict (having seen both values) settles it here too."""
    waiting = {
        (t, r)
        for t, r in db.execute(
            "SELECT DISTINCT table_name, row_id FROM sync_conflict WHERE resolved_at IS NULL"
        )
    }
    for key in waiting & changed.keys():
        resolved = resolve_row(state_from_json(changed[key]), table_info(key[0]).ranks)
        drop_settled(db, key, {conflict_kind(key[0], c.field) for c in resolved.conflicts})


# --- folding the change log --------------------------------------------------------------


def _fold_write(
    table: str, current: State | None, values: dict[str, Any], hlc: str, by: str
) -> State | None:
    if current is None:
        return fresh_state(values, hlc, by)
    state = state_from_json(current)
    shown = resolve_row(state, table_info(table).ranks)
    if shown.deleted:
        changed = values
    else:
        changed = {k: v for k, v in values.items() if k not in shown.values or shown.values[k] != v}
    if not changed:
        return None
    return state_to_json(write_fields(state, changed, hlc), _writers_with(current, hlc, by))


def _fold_delete(current: State | None, hlc: str, by: str) -> State:
    state = state_from_json(current) if current is not None else RowState()
    return state_to_json(delete_row(state, hlc), _writers_with(current, hlc, by))


def _writers_with(current: State | None, hlc: str, by: str) -> dict[str, str]:
    known = writers(current) if current is not None else {}
    if by:
        known[hlc] = by
    return known


def fold_local_changes(session: Session, batch: int = FOLD_BATCH) -> int:
    """Fold the change log above ``sync.folded_seq`` into ``sync_row``; return how many
    changes were read. Runs in the caller's writing unit."""
    with paused_gc():
        return _fold(raw_connection(session), batch)


@event.listens_for(Session, "after_flush")
def _fold_on_flush(session: Session, _flush: UOWTransaction) -> None:
    """Fold each write as it is flushed, in its own transaction: an export then only
    reads (folding 100,000 changes at export would cost seconds there)."""
    if session.info.get(FOLD_LATER) or changelog._KEY not in session.info:
        return
    if any(isinstance(o, SyncedMixin) for o in chain(session.new, session.dirty, session.deleted)):
        db = raw_connection(session, flush=False)
        if _backlog(db) <= FOLD_BATCH:
            _fold(db, FOLD_BATCH)
        # else: a database from before sync (its whole history unfolded) must not make one
        # officer's save wait for it; the next export folds the backlog, with its bar.


def _backlog(db: RawConnection) -> int:
    """Changes not folded yet: two index look-ups."""
    top = db.execute("SELECT max(seq) FROM change_log").fetchone()[0] or 0
    return int(top) - int(read_setting(db, FOLDED_KEY) or 0)


def _fold(db: RawConnection, batch: int) -> int:
    folded = int(read_setting(db, FOLDED_KEY) or 0)
    seq = RowSeq(db)
    total = 0
    while True:
        changes = db.execute(
            "SELECT seq, hlc, table_name, row_id, op, row, actor FROM change_log "
            "WHERE seq > ? ORDER BY seq LIMIT ?",
            (folded, batch),
        ).fetchall()
        if not changes:
            break
        wanted = [(c[2], c[3]) for c in changes if c[2] in _TABLES]
        states: dict[Key, State | None] = dict(load_states(db, wanted))
        changed: dict[Key, State] = {}
        for _seq, hlc, table, row_id, op, row, actor in changes:
            if table not in _TABLES:
                continue
            key = (table, row_id)
            current = states.get(key)
            if op == "upsert":
                values = {k: v for k, v in json.loads(row).items() if k not in LOCAL_FIELDS}
                new = _fold_write(table, current, values, hlc, actor or "")
            elif op == "tombstone":
                new = _fold_delete(current, hlc, actor or "")
            else:
                continue
            if new is not None:
                states[key] = changed[key] = new
        store_states(db, changed, seq)
        _settle(db, changed)
        folded = int(changes[-1][0])
        total += len(changes)
    if total:
        write_setting(db, FOLDED_KEY, str(folded))
        seq.save()
    return total
