"""Shared fixtures: a real SQLite database in a temp folder, set up as an office with
one user per role."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from counterdesk.domain.roles import Role
from counterdesk.services import accounts, setup
from counterdesk.services.context import SYSTEM, Actor
from counterdesk.services.runtime import Runtime
from tests import databases

PASSWORD = "rahasia123"


@dataclass
class Office:
    runtime: Runtime
    actors: dict[Role, Actor]


def office_setup(**overrides: object) -> setup.OfficeSetup:
    values: dict[str, object] = dict(
        office_name="Pusdiklat Bea dan Cukai",
        unit="Bidang Sertifikasi",
        address="Jl. Raya Bogor Km. 26, Jakarta Timur",
        timezone="Asia/Jakarta",
        counter_code="L01",
        signatory_name="Dra. Sri Wahyuni",
        signatory_title="Kepala Bidang",
        signatory_nip="197001011995032001",
        admin_username="admin",
        admin_full_name="Admin Kantor",
        admin_password=PASSWORD,
    )
    values.update(overrides)
    return setup.OfficeSetup(**values)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the real user data directory."""
    monkeypatch.setenv("COUNTERDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def runtime(tmp_path: Path) -> Iterator[Runtime]:
    rt = databases.open_runtime(tmp_path / "office.sqlite3")
    yield rt
    databases.close_runtime(rt)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On a server (COUNTERDESK_TEST_DATABASE_URL) the SQLite-only tests are skipped."""
    if not databases.on_server():
        return
    skip = pytest.mark.skip(reason="SQLite saja: berkas database, cadangan, pragma")
    for item in items:
        if item.get_closest_marker("sqlite_only"):
            item.add_marker(skip)


def pytest_sessionfinish(session: pytest.Session) -> None:
    if databases.on_server():
        databases.drop_all()


@pytest.fixture
def office(runtime: Runtime) -> Office:
    with runtime.unit() as session:
        admin = setup.initialize(session, office_setup())
        actors = {Role.ADMIN: accounts.actor_for(admin)}
        for username, role in (
            ("petugas", Role.OFFICER),
            ("atasan", Role.SUPERVISOR),
            ("cetak", Role.PRINTER),
        ):
            user = accounts.create_user(
                session,
                SYSTEM,
                accounts.NewUser(username, username.title(), frozenset({role}), PASSWORD),
            )
            actors[role] = accounts.actor_for(user)
    return Office(runtime, actors)
