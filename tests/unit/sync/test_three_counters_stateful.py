"""Three counters, each on its own SQLite database, register people, change their phone
numbers and file applications through the services, and exchange files in any order:
files duplicated, dropped, imported late or twice. Whatever happens, no counter ever
loses a committed row, and after one more round of files all three hold the same rows
and the same merge states, naming who made each write."""

from __future__ import annotations

import atexit
import json
import shutil
import tempfile
import uuid
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import select

from counterdesk.services import applicants, applications, sync
from counterdesk.services.runtime import Runtime
from counterdesk.store.models import Applicant
from counterdesk.sync.container import SyncFileError
from counterdesk.sync.state import writers
from tests.sync_helpers import SYNCED_TABLES, Counter, set_up_counters, synced_snapshot

CODES = ("L01", "L02", "L03")
PHONES = ("081234567890", "085711112222", "089900001111")
counter_index = st.integers(0, len(CODES) - 1)


@cache
def template() -> tuple[Path, tuple[Counter, ...]]:
    """The three set-up databases, made once (set-up hashes passwords: slow) and copied
    for every example."""
    folder = Path(tempfile.mkdtemp(prefix="three-counters-"))
    atexit.register(shutil.rmtree, folder, True)
    # SQLite files in both runs: a server database per counter per example is too slow
    # for the examples' budget (the server as a site: test_server_site).
    counters = set_up_counters(
        folder, CODES, lambda code: Runtime.open(database_file=folder / f"{code}.sqlite3")
    )
    for counter in counters:
        counter.runtime.close()
    return folder, tuple(counters)


def row_keys(counter: Counter) -> set[tuple[str, str]]:
    with counter.runtime.read() as session:
        connection = session.connection()
        return {
            (table, str(row_id))
            for table in SYNCED_TABLES
            for (row_id,) in connection.exec_driver_sql(f"SELECT id FROM {table}")
        }


def merge_states(counter: Counter) -> dict[tuple[str, str], dict[str, object]]:
    with counter.runtime.read() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT table_name, row_id, state FROM sync_row"
        )
        return {(table, row_id): json.loads(state) for table, row_id, state in rows}


class ThreeCounters(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        source, made = template()
        self.folder = Path(tempfile.mkdtemp(prefix="three-counters-run-"))
        self.counters: list[Counter] = []
        for counter in made:
            copy = self.folder / f"{counter.code}.sqlite3"
            shutil.copy(source / f"{counter.code}.sqlite3", copy)
            runtime = Runtime.open(database_file=copy)
            self.counters.append(Counter(counter.code, runtime, counter.actors, counter.site_id))
        self.files: list[tuple[Path, int]] = []  # (file, index of the counter it is for)
        self.seen: list[set[tuple[str, str]]] = [set() for _ in CODES]
        self.registered = 0

    def _people(self, at: int) -> list[uuid.UUID]:
        with self.counters[at].runtime.read() as session:
            return list(session.scalars(select(Applicant.id).order_by(Applicant.id)))

    @rule(at=counter_index)
    def register(self, at: int) -> None:
        counter = self.counters[at]
        self.registered += 1
        nik = f"317405120390{at * 3000 + self.registered:04d}"
        with counter.runtime.unit(counter.officer) as session:
            applicants.register_person(
                session,
                counter.officer,
                applicants.PersonInput(nik=nik, name=f"Warga {self.registered} {counter.code}"),
            )

    @rule(at=counter_index, pick=st.integers(0, 99), phone=st.sampled_from(PHONES))
    def change_phone(self, at: int, pick: int, phone: str) -> None:
        people = self._people(at)
        if not people:
            return
        counter = self.counters[at]
        with counter.runtime.unit(counter.officer) as session:
            person = session.get_one(Applicant, people[pick % len(people)])
            data = applicants.PersonInput(nik=person.nik or "", name=person.name, phone=phone)
            applicants.register_person(session, counter.officer, data, applicant_id=person.id)

    @rule(at=counter_index, pick=st.integers(0, 99))
    def file_application(self, at: int, pick: int) -> None:
        people = self._people(at)
        if not people:
            return
        counter = self.counters[at]
        with counter.runtime.unit(counter.officer) as session:
            applications.file_application(
                session,
                counter.officer,
                applications.NewApplication(
                    people[pick % len(people)], "sak/ralat", "datang_langsung"
                ),
            )

    @rule(sender=counter_index, shift=st.integers(1, len(CODES) - 1))
    def export(self, sender: int, shift: int) -> None:
        to = (sender + shift) % len(CODES)
        path = self.folder / f"{CODES[sender]}-{CODES[to]}-{len(self.files)}.cdx"
        sync.export(self.counters[sender].runtime, self.counters[sender].admin, path, [CODES[to]])
        self.files.append((path, to))

    @precondition(lambda self: bool(self.files))
    @rule(pick=st.integers(0, 99))
    def import_a_file(self, pick: int) -> None:
        """Any file so far, in any order, once or again; an older one is refused."""
        path, to = self.files[pick % len(self.files)]
        counter = self.counters[to]
        try:
            sync.import_file(counter.runtime, counter.admin, path)
        except SyncFileError as refused:
            assert "lebih lama" in str(refused), refused

    @invariant()
    def no_committed_row_is_lost(self) -> None:
        for at, counter in enumerate(self.counters):
            now = row_keys(counter)
            assert self.seen[at] <= now, self.seen[at] - now
            self.seen[at] = now

    def teardown(self) -> None:
        try:
            everything = set().union(*self.seen)
            for _ in range(2):  # a round to carry every row, one to carry the acks back
                for sender in range(len(CODES)):
                    for shift in range(1, len(CODES)):
                        self.export(sender, shift)
                        path, to = self.files[-1]
                        sync.import_file(self.counters[to].runtime, self.counters[to].admin, path)
            first, *others = (synced_snapshot(c.runtime) for c in self.counters)
            for other in others:
                for table in SYNCED_TABLES:
                    assert other[table] == first[table], (
                        table,
                        set(other[table]) ^ set(first[table]),
                    )
            assert all(everything <= row_keys(c) for c in self.counters)
            first_states, *other_states = (merge_states(c) for c in self.counters)
            assert all(states == first_states for states in other_states)
            for (table, _), state in first_states.items():
                if table == "applicant":  # every write through the officers' services
                    assert writers(state) == dict.fromkeys(state["s"], "petugas")  # type: ignore[arg-type]
        finally:
            for counter in self.counters:
                counter.runtime.close()
            shutil.rmtree(self.folder, ignore_errors=True)


ThreeCounters.TestCase.settings = settings(
    max_examples=8,
    stateful_step_count=14,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_three_counters_converge_and_lose_nothing = ThreeCounters.TestCase
