"""The merge of sync (SYNC.md, "one pure function"): how two counters' versions of a row
become one, whatever order the files arrive in.

Each editable field is a *multi-value register*: the writes nobody has overwritten yet
(``heads``) and the stamps every write has replaced (``covered``). A write records the
heads it replaced; a write another one has replaced is never a head again, wherever it
arrives. So merging is the union of both sides and then dropping the covered heads: a
join of two grow-only sets, commutative, associative and idempotent, and every counter
that has seen the same writes holds the same state. A field with two heads was changed on
two counters that had not seen each other's change: that is the conflict a supervisor
reviews; until then the value shown is the head with the highest (rank, HLC). A
supervisor's choice is one more write that replaces both heads, and syncs like any other.

A delete is a write on the pseudo-field ``DELETED``; it takes effect only when it
replaced every head of the row, so a delete against a concurrent edit is a conflict and
the row stays. Append-only records (audit, survey responses, complaint steps) are a set
by content hash: the same id with two different contents is kept both ways and flagged.

Nothing here touches the database; values are canonical JSON text so states hash.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "DELETED",
    "AppendState",
    "FieldConflict",
    "FieldState",
    "Resolved",
    "RowState",
    "Write",
    "canonical",
    "content_hash",
    "delete_row",
    "merge_append",
    "merge_field",
    "merge_row",
    "resolve_row",
    "write_fields",
]

DELETED = "_deleted"  # the pseudo-field of a tombstone

Rank = Callable[[str], int]  # canonical JSON value -> rank (higher wins), for status fields


def canonical(value: Any) -> str:
    """The one JSON text of a value: sorted keys, no spaces, UTF-8 kept."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_hash(values: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical(dict(values)).encode()).hexdigest()


@dataclass(frozen=True, slots=True, order=True)
class Write:
    """One write of one field: its HLC stamp (unique across sites), the value as
    canonical JSON, and the stamps of the heads the writer replaced."""

    hlc: str
    value: str
    replaced: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class FieldState:
    heads: frozenset[Write] = frozenset()
    covered: frozenset[str] = frozenset()

    @staticmethod
    def of(writes: Iterable[Write]) -> FieldState:
        writes = frozenset(writes)
        covered = frozenset(s for w in writes for s in w.replaced)
        return FieldState(frozenset(w for w in writes if w.hlc not in covered), covered)


def merge_field(a: FieldState, b: FieldState) -> FieldState:
    covered = a.covered | b.covered
    return FieldState(frozenset(w for w in a.heads | b.heads if w.hlc not in covered), covered)


@dataclass(frozen=True, slots=True)
class RowState:
    """Every field of one row (``DELETED`` included when someone deleted it)."""

    fields: Mapping[str, FieldState] = field(default_factory=dict)

    def __hash__(self) -> int:
        return hash(frozenset(self.fields.items()))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RowState) and dict(self.fields) == dict(other.fields)


def merge_row(a: RowState, b: RowState) -> RowState:
    names = a.fields.keys() | b.fields.keys()
    empty = FieldState()
    return RowState(
        {n: merge_field(a.fields.get(n, empty), b.fields.get(n, empty)) for n in sorted(names)}
    )


def write_fields(state: RowState, values: Mapping[str, Any], hlc: str) -> RowState:
    """A local write of ``values`` stamped ``hlc``: each replaces the heads it saw."""
    fields = dict(state.fields)
    for name, value in values.items():
        seen = fields.get(name, FieldState())
        fields[name] = merge_field(
            seen,
            FieldState.of([Write(hlc, canonical(value), frozenset(w.hlc for w in seen.heads))]),
        )
    return RowState(fields)


def delete_row(state: RowState, hlc: str, *, keep: bool = False) -> RowState:
    """A tombstone that replaces every head of the row the deleter saw; ``keep`` writes
    the opposite (a supervisor keeping a row whose delete was in conflict)."""
    seen = frozenset(w.hlc for f in state.fields.values() for w in f.heads)
    tomb = FieldState.of([Write(hlc, "false" if keep else "true", seen)])
    merged = merge_field(state.fields.get(DELETED, FieldState()), tomb)
    return RowState({**state.fields, DELETED: merged})


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """Two (or more) values written without seeing each other, the shown one first."""

    field: str
    candidates: tuple[Write, ...]


@dataclass(frozen=True, slots=True)
class Resolved:
    values: dict[str, Any]
    deleted: bool
    conflicts: tuple[FieldConflict, ...]


def _ordered(heads: Iterable[Write], rank: Rank | None) -> tuple[Write, ...]:
    def key(w: Write) -> tuple[int, str]:
        return (rank(w.value) if rank is not None else 0, w.hlc)

    return tuple(sorted(heads, key=key, reverse=True))


def resolve_row(state: RowState, ranks: Mapping[str, Rank] | None = None) -> Resolved:
    """The values to store, whether the row is deleted, and the conflicts to review.

    A ranked field (application status) takes the highest rank and is not a conflict
    when the ranks differ: a later stage wins, whichever counter recorded it.
    """
    ranks = ranks or {}
    values: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    live_heads: set[str] = set()
    for name in sorted(state.fields):
        if name == DELETED:
            continue
        heads = _ordered(state.fields[name].heads, ranks.get(name))
        if not heads:
            continue
        live_heads.update(w.hlc for w in heads)
        values[name] = json.loads(heads[0].value)
        rank = ranks.get(name)
        top = [w for w in heads if rank is None or rank(w.value) == rank(heads[0].value)]
        if len({w.value for w in top}) > 1:
            conflicts.append(FieldConflict(name, heads))
    deleted = False
    marks = state.fields.get(DELETED, FieldState()).heads
    tombs = [t for t in marks if t.value == "true"]
    if tombs and len(tombs) < len(marks):  # deleted and kept at the same time
        conflicts.append(FieldConflict(DELETED, _ordered(marks, None)))
    elif tombs:
        replaced = frozenset().union(*(t.replaced for t in tombs))
        missed = live_heads - replaced
        if missed:  # an edit the deleter had not seen: keep the row, ask a supervisor
            edits = tuple(w for f in state.fields.values() for w in f.heads if w.hlc in missed)
            conflicts.append(FieldConflict(DELETED, _ordered(tombs, None) + _ordered(edits, None)))
        else:
            deleted = True
    return Resolved(values, deleted, tuple(conflicts))


# --- append-only records -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AppendState:
    """The versions of one append-only record seen so far: (content hash, hlc, values)."""

    versions: frozenset[tuple[str, str, str]] = frozenset()

    @staticmethod
    def of(values: Mapping[str, Any], hlc: str) -> AppendState:
        return AppendState(frozenset({(content_hash(values), hlc, canonical(dict(values)))}))

    @property
    def quarantined(self) -> bool:
        """Same id, different content: kept both ways for a supervisor."""
        return len({h for h, _, _ in self.versions}) > 1

    def values(self) -> dict[str, Any]:
        """The earliest version (lowest stamp, then hash): the one first recorded."""
        _, _, text = min(self.versions, key=lambda v: (v[1], v[0]))
        return dict(json.loads(text))


def merge_append(a: AppendState, b: AppendState) -> AppendState:
    return AppendState(a.versions | b.versions)
