"""The office server is one more site for export-file sync (issue 13 point 4): an office
whose main counters share a PostgreSQL server also has an offline counter on its own
SQLite file, and the two exchange .cdx files both ways like any two counters."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from counterdesk.domain import numbers
from counterdesk.domain.roles import Role
from counterdesk.services import applicants, applications, sync_conflicts
from counterdesk.services.runtime import Runtime
from counterdesk.store.models import Applicant, Application
from tests import databases
from tests.sync_helpers import Counter, close_all, exchange, register, set_up_counters

pytestmark = pytest.mark.skipif(
    not databases.on_server(), reason="needs COUNTERDESK_TEST_DATABASE_URL (a PostgreSQL server)"
)


@pytest.fixture
def server_and_counter(tmp_path: Path) -> Iterator[tuple[Counter, Counter]]:
    """S01 on the server, L02 offline on a SQLite file."""

    def open_database(code: str) -> Runtime:
        if code == "S01":
            return Runtime.open(database_url=databases.new_database())
        return Runtime.open(database_file=tmp_path / f"{code}.sqlite3")

    server, counter = set_up_counters(tmp_path, ("S01", "L02"), open_database)
    assert server.runtime.db.path is None and counter.runtime.db.path is not None
    yield server, counter
    close_all([server, counter])
    databases.drop_database(server.runtime.db.url)


def people(counter: Counter) -> list[tuple[str, str, str]]:
    with counter.runtime.read() as session:
        return sorted(
            (a.nik or "", a.name, a.phone)
            for a in session.scalars(select(Applicant).order_by(Applicant.name))
        )


def filed(counter: Counter, person: uuid.UUID) -> str:
    with counter.runtime.unit(counter.officer) as session:
        return applications.file_application(
            session,
            counter.officer,
            applications.NewApplication(person, "sak/ralat", "datang_langsung"),
        ).number


def numbers_at(counter: Counter) -> list[str]:
    with counter.runtime.read() as session:
        return sorted(session.scalars(select(Application.number)))


def test_the_server_and_an_offline_counter_exchange_files_both_ways(
    server_and_counter: tuple[Counter, Counter], tmp_path: Path
) -> None:
    server, counter = server_and_counter
    budi = register(server, "3174051203900001", "Budi Server")
    ani = register(counter, "3174051203900002", "Ani Loket")
    on_server = filed(server, budi)
    offline = filed(counter, ani)
    assert numbers.parse_number(on_server).counter == "S01"
    assert numbers.parse_number(offline).counter == "L02"

    first = exchange(server, counter, tmp_path)
    back = exchange(counter, server, tmp_path)
    assert first.conflicts == back.conflicts == 0 and not first.parked and not back.parked

    assert people(server) == people(counter)
    assert sorted(p[1] for p in people(server)) == ["Ani Loket", "Budi Server"]
    assert numbers_at(server) == numbers_at(counter) == sorted([on_server, offline])
    # found by the officer's search on both sides, as if written there
    for side in (server, counter):
        found = applicants.find(side.runtime, side.officer, "ani lok")
        assert [c.name for c in found] == ["Ani Loket"]


def test_a_conflict_between_the_server_and_a_counter_is_reviewed_the_same_at_both(
    server_and_counter: tuple[Counter, Counter], tmp_path: Path
) -> None:
    server, counter = server_and_counter
    person = register(server, "3174051203900001", "Budi Santoso")
    exchange(server, counter, tmp_path)
    for side, phone in ((server, "081111111111"), (counter, "082222222222")):
        with side.runtime.unit(side.officer) as session:
            session.get_one(Applicant, person).phone = phone
    exchange(server, counter, tmp_path)
    exchange(counter, server, tmp_path)
    exchange(server, counter, tmp_path)

    assert people(server) == people(counter)  # the same value shown at both
    for side in (server, counter):
        views = sync_conflicts.open_conflicts(side.runtime, side.actors[Role.SUPERVISOR])
        assert [(v.kind, v.field_label) for v in views] == [("field", "Telepon")]
        shown = {(c.site_code, c.value_text.replace(" ", "")) for c in views[0].candidates}
        assert {("S01", "081111111111"), ("L02", "082222222222")} <= shown

    # the supervisor at the server keeps the offline counter's number; it travels there
    supervisor = server.actors[Role.SUPERVISOR]
    (view,) = sync_conflicts.open_conflicts(server.runtime, supervisor)
    choice = [c.site_code for c in view.candidates].index("L02") + 1
    sync_conflicts.resolve(server.runtime, supervisor, view.id, choice)
    assert exchange(server, counter, tmp_path).conflicts == 0
    exchange(counter, server, tmp_path)
    for side in (server, counter):
        assert sync_conflicts.open_conflicts(side.runtime, side.actors[Role.SUPERVISOR]) == ()
    assert (
        people(server) == people(counter) == [("3174051203900001", "Budi Santoso", "082222222222")]
    )
