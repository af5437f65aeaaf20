"""A restore takes a counter code no restore took before: a copy older than an earlier
restore does not know that restore's code, and the numbers issued under it must never be
issued again."""

from __future__ import annotations

from pathlib import Path

import pytest

from counterdesk.domain.roles import Role
from counterdesk.services import backups
from counterdesk.services.runtime import Runtime
from tests.conftest import PASSWORD, Office

pytestmark = pytest.mark.sqlite_only  # the SQLite file, its copies and checks


@pytest.fixture
def copied(office: Office, tmp_path: Path) -> tuple[Path, Path]:
    """(the database, a copy of it) of the office at L01."""
    database = office.runtime.db.path
    assert database is not None
    return database, backups.manual_backup(office.runtime, tmp_path / "cadangan.sqlite3")


def test_restoring_the_same_copy_twice_takes_a_new_code_each_time(
    office: Office, copied: tuple[Path, Path]
) -> None:
    database, copy = copied
    first = backups.restore(office.runtime, office.actors[Role.ADMIN], copy)
    assert (first.old_code, first.new_code) == ("L01", "L02")
    runtime = Runtime.open(database_file=database)  # as the app does after a restore
    try:
        second = backups.restore(runtime, runtime.login("admin", PASSWORD), copy)
    finally:
        runtime.close()
    assert (second.old_code, second.new_code) == ("L01", "L03")
    assert "L03" in second.message and "L01" in second.message


def test_a_restore_at_start_up_knows_the_codes_of_the_databases_moved_aside(
    office: Office, copied: tuple[Path, Path]
) -> None:
    database, copy = copied
    office.runtime.close()
    codes = [backups.restore_at_startup(database, copy).new_code for _ in range(3)]
    assert codes == ["L02", "L03", "L04"]  # each broken file moved aside still counts
