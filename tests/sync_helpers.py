"""Several counters of one office, each with its own database (a SQLite file, or a
fresh server database when the tests run on a server: ``tests.databases``), that know
each other's keys (as if the admin had admitted them all to one roster)."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from counterdesk.domain.roles import Role
from counterdesk.services import accounts, applicants, setup, sync
from counterdesk.services.context import SYSTEM, Actor
from counterdesk.services.runtime import Runtime
from counterdesk.store.models import SYNCED_MODELS, Setting, Site
from tests import databases
from tests.conftest import PASSWORD, office_setup

OFFICE_UID = "7d0c3f0e-5b7e-4e43-9a55-0f1b2c3d4e5f"

# Everything sync may change: the synced tables and the engine's own bookkeeping.
DATA_TABLES: tuple[str, ...] = (
    *(m.__tablename__ for m in SYNCED_MODELS),  # type: ignore[attr-defined]
    "blob",
    "applicant_token",
    "sync_row",
    "sync_peer",
    "sync_import",
    "sync_parked",
    "sync_conflict",
)


@dataclass
class Counter:
    code: str
    runtime: Runtime
    actors: dict[Role, Actor]
    site_id: str

    @property
    def admin(self) -> Actor:
        return self.actors[Role.ADMIN]

    @property
    def officer(self) -> Actor:
        return self.actors[Role.OFFICER]


def set_up_counters(
    folder: Path,
    codes: Sequence[str] = ("L01", "L02", "L03"),
    open_database: Callable[[str], Runtime] | None = None,
) -> list[Counter]:
    """``codes`` set up as counters of one office; ``open_database(code)`` opens a
    counter's database (default: ``databases.open_runtime`` — its own SQLite file in
    ``folder``, or a fresh server database in the server run)."""
    counters = []
    for code in codes:
        runtime = (
            open_database(code)
            if open_database
            else databases.open_runtime(folder / f"{code}.sqlite3")
        )
        with runtime.unit() as session:
            admin = setup.initialize(session, office_setup(counter_code=code))
            actors = {Role.ADMIN: accounts.actor_for(admin)}
            for username, role in (("petugas", Role.OFFICER), ("atasan", Role.SUPERVISOR)):
                user = accounts.create_user(
                    session,
                    SYSTEM,
                    accounts.NewUser(username, username.title(), frozenset({role}), PASSWORD),
                )
                actors[role] = accounts.actor_for(user)
            uid = session.get(Setting, "office.uid") or Setting(key="office.uid", value="")
            uid.value = OFFICE_UID
            session.add(uid)
        counters.append(Counter(code, runtime, actors, runtime.site_id))
    introduce(counters)
    return counters


def introduce(counters: Sequence[Counter]) -> None:
    """Every counter learns every other one's site row and public keys."""
    sites = []
    for counter in counters:
        with counter.runtime.read() as session:
            site = setup.local_site(session)
            sites.append((site.id, site.code, site.signing_public_key, site.exchange_public_key))
    for counter in counters:
        with counter.runtime.unit() as session:
            for site_id, code, signing, exchange in sites:
                if str(site_id) == counter.site_id or session.get(Site, site_id):
                    continue
                session.add(
                    Site(id=site_id, code=code, name=f"Loket {code}", is_local=False,
                         signing_public_key=signing, exchange_public_key=exchange)
                )  # fmt: skip


def close_all(counters: Sequence[Counter]) -> None:
    """Each counter closed (a server database dropped)."""
    for counter in counters:
        databases.close_runtime(counter.runtime)


@contextmanager
def counters_in(
    folder: Path, codes: Sequence[str] = ("L01", "L02", "L03")
) -> Iterator[list[Counter]]:
    counters = set_up_counters(folder, codes)
    try:
        yield counters
    finally:
        close_all(counters)


def table_rows(
    runtime: Runtime, table: str, *, skip: Sequence[str] = ()
) -> list[tuple[object, ...]]:
    """The rows of one table in one fixed order, without the columns in ``skip``."""
    with runtime.read() as session:
        result = session.execute(text(f"SELECT * FROM {table}"))
        keep = [i for i, name in enumerate(result.keys()) if name not in skip]
        return sorted((tuple(row[i] for i in keep) for row in result), key=repr)


def data_digest(runtime: Runtime) -> str:
    """A hash of every row sync may touch: equal before and after means nothing changed."""
    digest = hashlib.sha256()
    for table in DATA_TABLES:
        digest.update(table.encode())
        for row in table_rows(runtime, table):
            digest.update(repr(row).encode())
    return digest.hexdigest()


SYNCED_TABLES: tuple[str, ...] = tuple(m.__tablename__ for m in SYNCED_MODELS)  # type: ignore[attr-defined]


def synced_snapshot(runtime: Runtime) -> dict[str, list[tuple[object, ...]]]:
    """What must converge: every synced row, without the columns that only say when this
    copy last changed (``hlc``, ``updated_at``)."""
    return {t: table_rows(runtime, t, skip=("hlc", "updated_at")) for t in SYNCED_TABLES}


def clone(counter: Counter, path: Path) -> Counter:
    """A copy of the counter's database as it is now (SQLite's online backup to ``path``;
    on a server a new database made from it), opened."""
    source = counter.runtime.db.path
    if source is None:  # a server database is copied when no one is connected to it
        counter.runtime.db.dispose()
        runtime = Runtime.open(database_url=databases.copy_database(counter.runtime.db.url))
    else:
        with sqlite3.connect(source) as src, sqlite3.connect(path) as dst:
            src.backup(dst)
        runtime = Runtime.open(database_file=path)
    return Counter(counter.code, runtime, counter.actors, counter.site_id)


def register(counter: Counter, nik: str, name: str, **extra: object) -> uuid.UUID:
    """A person registered at the counter through the applicants service."""
    officer = counter.officer
    with counter.runtime.unit(officer) as session:
        data = applicants.PersonInput(nik=nik, name=name, **extra)  # type: ignore[arg-type]
        return applicants.register_person(session, officer, data).applicant.id


def exchange(
    sender: Counter, receiver: Counter, folder: Path, name: str = ""
) -> sync.ImportSummary:
    """One file from ``sender`` to ``receiver``, exported and imported."""
    path = folder / (name or f"{sender.code}-{receiver.code}-{uuid.uuid4().hex[:6]}.cdx")
    sync.export(sender.runtime, sender.admin, path, [receiver.code])
    return sync.import_file(receiver.runtime, receiver.admin, path)
