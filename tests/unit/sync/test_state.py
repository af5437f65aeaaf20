"""The merge state of each row: its JSON form keeps every write, and each local write is
folded into it as the write a counter made (only what changed, replacing what it saw)."""

from __future__ import annotations

import json
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from counterdesk.domain.roles import Role
from counterdesk.services import applicants
from counterdesk.store.models import Applicant, Setting, SyncRow
from counterdesk.sync import state as state_module
from counterdesk.sync.merge import RowState, delete_row, merge_row, resolve_row, write_fields
from counterdesk.sync.state import (
    FOLD_LATER,
    fold_local_changes,
    fresh_state,
    simple_values,
    state_from_json,
    state_to_json,
    writers,
)
from tests.conftest import Office

STAMPS = [f"{1_700_000_000_000 + i:013d}-000000-site{i % 3}" for i in range(12)]
values = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.text(max_size=4))


@st.composite
def histories(draw: st.DrawFn, sides: int = 2) -> list[RowState]:
    """The states of one row at ``sides`` counters, built the way counters build them:
    writes (each stamp once, at one counter), deletes and merges."""
    states = [RowState() for _ in range(sides)]
    for stamp in draw(st.lists(st.sampled_from(STAMPS), unique=True, max_size=8)):
        side = draw(st.integers(0, sides - 1))
        if draw(st.integers(0, 5)) == 0:
            states[side] = delete_row(states[side], stamp)
        else:
            fields = draw(st.dictionaries(st.sampled_from(["a", "b", "c"]), values, min_size=1))
            states[side] = write_fields(states[side], fields, stamp)
        other = draw(st.integers(0, sides - 1))
        if other != side and draw(st.booleans()):
            states[other] = merge_row(states[other], states[side])
    return states


@st.composite
def row_states(draw: st.DrawFn) -> RowState:
    first, second = draw(histories())
    return merge_row(first, second)


@settings(max_examples=200, deadline=None)
@given(row_states())
def test_the_json_form_keeps_every_write_and_every_covered_stamp(state: RowState) -> None:
    text = json.dumps(state_to_json(state))
    assert state_from_json(json.loads(text)) == state


@given(st.dictionaries(st.sampled_from(["name", "phone", "status"]), values, min_size=1))
def test_a_row_written_once_reads_without_the_merge(fields: dict[str, object]) -> None:
    stamp = STAMPS[0]
    fresh = fresh_state(fields, stamp)
    assert state_from_json(fresh) == write_fields(RowState(), fields, stamp)
    assert simple_values(fresh) == resolve_row(state_from_json(fresh)).values == fields


def _writer(stamp: str) -> str:
    """A stamp has one writer, whoever receives it: here, one per site."""
    return f"petugas-{stamp[-5:]}"


def _json(state: RowState) -> dict[str, object]:
    return state_to_json(state, {s: _writer(s) for s in STAMPS})


def _merged(a: dict[str, object], b: dict[str, object]) -> dict[str, object]:
    """What an import stores: the merged writes, and who made them (union)."""
    both = merge_row(state_from_json(a), state_from_json(b))
    return state_to_json(both, writers(a) | writers(b))


@settings(max_examples=200, deadline=None)
@given(histories(3))
def test_who_wrote_each_value_merges_in_any_order_once_or_twice(
    sides: list[RowState],
) -> None:
    x, y, z = sides
    a, b, c = _json(x), json.loads(json.dumps(_json(y))), _json(z)
    assert _merged(a, b) == _merged(b, a)
    assert _merged(_merged(a, b), c) == _merged(a, _merged(b, c))
    assert _merged(a, a) == a
    merged = _merged(_merged(a, b), c)
    assert state_from_json(merged) == merge_row(merge_row(x, y), z)
    assert writers(merged) == {s: _writer(s) for s in merged["s"]}  # type: ignore[union-attr]


def test_a_row_written_once_names_its_writer_and_stays_compact() -> None:
    fresh = fresh_state({"name": "Budi"}, STAMPS[0], "petugas")
    assert fresh == {"s": [STAMPS[0]], "v": {"name": "Budi"}, "b": ["petugas"]}
    assert writers(fresh) == {STAMPS[0]: "petugas"}
    assert writers(fresh_state({"name": "Budi"}, STAMPS[0])) == {}
    assert state_to_json(write_fields(RowState(), {"name": "Budi"}, STAMPS[0]), {}) == {
        "s": [STAMPS[0]],
        "v": {"name": "Budi"},
    }


def test_each_local_write_is_folded_with_who_made_it(office: Office) -> None:
    applicant_id = _register(office)
    supervisor = office.actors[Role.SUPERVISOR]
    with office.runtime.unit(supervisor) as session:
        session.get_one(Applicant, applicant_id).phone = "085700000001"
    with office.runtime.read() as session:
        row = session.get(SyncRow, ("applicant", str(applicant_id)))
        assert row is not None
        state = state_from_json(row.state)
        by = writers(row.state)
    (phone,) = state.fields["phone"].heads
    (name,) = state.fields["name"].heads
    assert by[name.hlc] == office.actors[Role.OFFICER].username
    assert by[phone.hlc] == supervisor.username


def _state(office: Office, applicant_id: uuid.UUID) -> tuple[RowState, int]:
    with office.runtime.read() as session:
        row = session.get(SyncRow, ("applicant", str(applicant_id)))
        assert row is not None
        return state_from_json(row.state), row.seq


def _register(office: Office, nik: str = "3174051203900001", **changes: str) -> uuid.UUID:
    officer = office.actors[Role.OFFICER]
    data = applicants.PersonInput(nik=nik, name="Budi Santoso", phone="081234567890")
    with office.runtime.unit(officer) as session:
        saved = applicants.register_person(session, officer, data)
        return saved.applicant.id


def test_a_new_row_is_in_the_merge_state_as_soon_as_it_is_committed(office: Office) -> None:
    applicant_id = _register(office)
    state, seq = _state(office, applicant_id)
    shown = resolve_row(state)
    assert shown.values["name"] == "Budi Santoso" and not shown.conflicts
    assert "hlc" not in shown.values and "updated_at" not in shown.values and seq > 0


def test_an_edit_writes_only_the_field_that_changed_over_the_value_it_saw(
    office: Office,
) -> None:
    applicant_id = _register(office)
    before, seq_before = _state(office, applicant_id)
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as session:
        session.get_one(Applicant, applicant_id).phone = "085700000001"
    after, seq_after = _state(office, applicant_id)
    (new_head,) = after.fields["phone"].heads
    (old_head,) = before.fields["phone"].heads
    assert new_head.replaced == {old_head.hlc} and json.loads(new_head.value) == "085700000001"
    assert after.fields["name"] == before.fields["name"]  # untouched: no new write
    assert seq_after > seq_before


def test_folding_late_gives_the_same_state_and_folding_again_changes_nothing(
    office: Office,
) -> None:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as session:
        session.info[FOLD_LATER] = True
        saved = applicants.register_person(
            session, officer, applicants.PersonInput(nik="3174051203900001", name="Budi")
        )
        applicant_id = saved.applicant.id
    with office.runtime.read() as session:
        assert session.get(SyncRow, ("applicant", str(applicant_id))) is None
    with office.runtime.unit() as session:
        assert fold_local_changes(session) > 0
    state, seq = _state(office, applicant_id)
    assert resolve_row(state).values["name"] == "Budi"
    with office.runtime.unit() as session:
        assert fold_local_changes(session) == 0
        folded = session.get_one(Setting, "sync.folded_seq").value
        assert int(folded) > 0
        rows = session.scalars(select(SyncRow.seq)).all()
    assert _state(office, applicant_id) == (state, seq) and max(rows) == seq


def test_a_history_from_before_sync_is_not_folded_into_an_officers_save(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An office upgrading with years of unfolded change log: the first save after the
    upgrade stays a save; the backlog is folded at the next export."""
    monkeypatch.setattr(state_module, "FOLD_BATCH", 1)  # any backlog above one change
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as session:
        session.info[FOLD_LATER] = True  # the history written before sync existed
        applicants.register_person(
            session, officer, applicants.PersonInput(nik="3174051203900001", name="Budi")
        )
    applicant_id = _register(office, nik="3174051203900002")
    with office.runtime.read() as session:
        assert session.get(SyncRow, ("applicant", str(applicant_id))) is None
    with office.runtime.unit() as session:
        assert fold_local_changes(session) > 0
    assert resolve_row(_state(office, applicant_id)[0]).values["name"] == "Budi Santoso"
