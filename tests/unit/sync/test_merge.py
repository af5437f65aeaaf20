"""The merge of sync: a join of grow-only sets, so counters that have seen the same writes
agree, whatever order and however often the files arrived; concurrent edits are surfaced."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from hypothesis import given, settings
from hypothesis import strategies as st

from counterdesk.domain.states import STATUS_RANK, AppStatus
from counterdesk.sync.merge import (
    DELETED,
    AppendState,
    RowState,
    delete_row,
    merge_append,
    merge_row,
    resolve_row,
    write_fields,
)

SITES = ("A", "B", "C")
FIELDS = ("name", "phone", "status")


def status_rank(value: str) -> int:
    return STATUS_RANK[AppStatus(value.strip('"'))]


@dataclass
class Office:
    """Three counters, a clock that only goes forward (an HLC's guarantee), every write."""

    states: dict[str, RowState] = field(default_factory=lambda: {s: RowState() for s in SITES})
    tick: int = 0
    stamps: list[str] = field(default_factory=list)

    def stamp(self, site: str) -> str:
        self.tick += 1
        self.stamps.append(f"{self.tick:013d}-000000-{site}")
        return self.stamps[-1]

    def write(self, site: str, name: str, value: str) -> None:
        self.states[site] = write_fields(self.states[site], {name: value}, self.stamp(site))

    def delete(self, site: str) -> None:
        self.states[site] = delete_row(self.states[site], self.stamp(site))

    def send(self, sender: str, receiver: str) -> None:
        self.states[receiver] = merge_row(self.states[receiver], self.states[sender])


ops = st.lists(
    st.one_of(
        st.tuples(
            st.just("write"),
            st.sampled_from(SITES),
            st.sampled_from(("name", "phone")),
            st.sampled_from(("x", "y", "z")),
        ),
        st.tuples(st.just("delete"), st.sampled_from(SITES), st.none(), st.none()),
        st.tuples(st.just("send"), st.sampled_from(SITES), st.sampled_from(SITES), st.none()),
    ),
    max_size=25,
)


def run(history: list[tuple[str, str, str | None, str | None]]) -> Office:
    office = Office()
    for op, a, b, c in history:
        if op == "write":
            assert b is not None and c is not None
            office.write(a, b, c)
        elif op == "delete":
            office.delete(a)
        elif a != b and b is not None:
            office.send(a, b)
    return office


@settings(max_examples=150, deadline=None)
@given(ops, ops, ops)
def test_merge_is_commutative_associative_and_idempotent(h1, h2, h3) -> None:
    a, b, c = (run(h).states["A"] for h in (h1, h2, h3))
    assert merge_row(a, b) == merge_row(b, a)
    assert merge_row(merge_row(a, b), c) == merge_row(a, merge_row(b, c))
    assert merge_row(a, a) == a
    assert merge_row(merge_row(a, b), b) == merge_row(a, b)


@settings(max_examples=200, deadline=None)
@given(ops, st.permutations(list(itertools.product(SITES, SITES))), st.integers(0, 3))
def test_three_counters_converge_whatever_the_order_of_files(history, order, repeats) -> None:
    office = run(history)
    # Files delivered in any order, some twice (duplicated files), until everyone has
    # everything: two full rounds always suffice for three sites.
    for _ in range(2):
        for sender, receiver in order + order[:repeats]:
            if sender != receiver:
                office.send(sender, receiver)
    states = list(office.states.values())
    assert states[0] == states[1] == states[2]
    assert resolve_row(states[0]) == resolve_row(states[1]) == resolve_row(states[2])


@settings(max_examples=150, deadline=None)
@given(ops, st.sets(st.sampled_from(SITES), min_size=1))
def test_a_dropped_file_is_made_good_by_the_next_one(history, dropped) -> None:
    office = run(history)
    # Files from some counters were lost on the way; the next export sends everything
    # above the watermark again, so the result is the same as if nothing was lost.
    complete = RowState()
    for state in office.states.values():
        complete = merge_row(complete, state)
    late = RowState()
    for site in SITES:
        if site not in dropped:
            late = merge_row(late, office.states[site])
    for site in dropped:
        late = merge_row(late, office.states[site])
    assert late == complete


@settings(max_examples=150, deadline=None)
@given(ops)
def test_no_write_is_lost_it_is_a_head_or_replaced_by_one_that_saw_it(history) -> None:
    office = run(history)
    merged = RowState()
    for state in office.states.values():
        merged = merge_row(merged, state)
    for name, state in merged.fields.items():
        for head in state.heads:
            assert head.hlc not in state.covered
        assert all(s in office.stamps for s in state.covered), name


def test_an_edit_made_after_seeing_the_other_is_no_conflict() -> None:
    office = Office()
    office.write("A", "phone", "0811")
    office.send("A", "B")
    office.write("B", "phone", "0812")
    office.send("B", "A")
    result = resolve_row(office.states["A"])
    assert result.values == {"phone": "0812"}
    assert result.conflicts == ()


def test_two_counters_changing_one_field_unaware_is_a_conflict_with_both_values() -> None:
    office = Office()
    office.write("A", "phone", "0811")
    office.send("A", "B")
    office.write("A", "phone", "0812")
    office.write("B", "phone", "0813")
    office.send("A", "B")
    office.send("B", "A")
    for site in ("A", "B"):
        result = resolve_row(office.states[site])
        assert result.values["phone"] == "0813"  # the later stamp is shown meanwhile
        [conflict] = result.conflicts
        assert conflict.field == "phone"
        assert [w.value for w in conflict.candidates] == ['"0813"', '"0812"']
    # The supervisor chooses at A; the choice is a write that syncs and ends the conflict.
    office.write("A", "phone", "0812")
    office.send("A", "B")
    assert resolve_row(office.states["B"]).values["phone"] == "0812"
    assert resolve_row(office.states["B"]).conflicts == ()


def test_a_later_stage_wins_by_rank_not_by_clock_or_text() -> None:
    office = Office()
    office.write("A", "status", AppStatus.RECEIVED.value)
    office.send("A", "B")
    office.write("A", "status", AppStatus.DONE.value)  # stamped first ...
    office.write("B", "status", AppStatus.IN_PROCESS.value)  # ... this one later
    office.send("A", "B")
    result = resolve_row(office.states["B"], {"status": status_rank})
    assert result.values["status"] == AppStatus.DONE.value
    assert result.conflicts == ()


def test_a_delete_against_a_concurrent_edit_keeps_the_row_and_is_a_conflict() -> None:
    office = Office()
    office.write("A", "name", "Siti")
    office.send("A", "B")
    office.delete("A")
    office.write("B", "name", "Siti Aminah")
    office.send("B", "A")
    result = resolve_row(office.states["A"])
    assert not result.deleted
    assert result.values["name"] == "Siti Aminah"
    assert [c.field for c in result.conflicts] == [DELETED]
    # A supervisor confirms the delete: it now replaces the edit too.
    office.delete("A")
    assert resolve_row(office.states["A"]).deleted


def test_a_delete_after_seeing_every_edit_deletes_and_is_not_resurrected() -> None:
    office = Office()
    office.write("A", "name", "Siti")
    office.send("A", "B")
    office.delete("B")
    office.send("B", "A")
    office.send("A", "B")  # A's old write sent again: it does not bring the row back
    assert resolve_row(office.states["A"]).deleted
    assert resolve_row(office.states["B"]).deleted


def test_append_only_records_are_a_set_and_a_changed_copy_is_quarantined() -> None:
    one = AppendState.of({"id": "1", "text": "Inti masalah"}, "0001")
    again = AppendState.of({"id": "1", "text": "Inti masalah"}, "0001")
    assert merge_append(one, again) == one
    tampered = AppendState.of({"id": "1", "text": "Diubah"}, "0002")
    merged = merge_append(one, tampered)
    assert merged == merge_append(tampered, one)
    assert merged.quarantined
    assert merged.values()["text"] == "Inti masalah"
