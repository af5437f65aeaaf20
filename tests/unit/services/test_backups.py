"""Manual backup and restore: a round trip brings the old data back, the current database
is copied aside first, and a broken file or another office's file is refused untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from counterdesk.domain.errors import (
    ConflictError,
    DatabaseError,
    PermissionDenied,
    ValidationError,
)
from counterdesk.domain.roles import Role
from counterdesk.services import accounts, backups, setup
from counterdesk.services.context import SYSTEM
from counterdesk.services.runtime import Runtime
from tests.conftest import PASSWORD, Office, office_setup

pytestmark = pytest.mark.sqlite_only  # the SQLite file, its copies and checks


def _usernames(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {row[0] for row in conn.execute("SELECT username FROM user_account")}


def _add_user(runtime: Runtime, username: str) -> None:
    with runtime.unit() as session:
        accounts.create_user(
            session,
            SYSTEM,
            accounts.NewUser(username, username.title(), frozenset({Role.OFFICER}), PASSWORD),
        )


def test_a_manual_backup_goes_to_the_backup_folder_or_the_named_file(
    office: Office, tmp_path: Path
) -> None:
    made = backups.manual_backup(office.runtime)
    assert made.parent == tmp_path / "backups" and "manual" in made.name
    target = backups.manual_backup(office.runtime, tmp_path / "usb.sqlite3")
    assert target == tmp_path / "usb.sqlite3"
    assert "petugas" in _usernames(target)
    with pytest.raises(ValidationError, match="tidak akan ditimpa"):
        backups.manual_backup(office.runtime, target)


def test_a_restore_round_trip_brings_back_the_old_data(office: Office, tmp_path: Path) -> None:
    saved = backups.manual_backup(office.runtime, tmp_path / "kemarin.sqlite3")
    _add_user(office.runtime, "baru")
    result = backups.restore(office.runtime, office.actors[Role.ADMIN], saved)
    path = office.runtime.db.path
    assert path is not None
    assert "baru" not in _usernames(path) and "petugas" in _usernames(path)
    assert "baru" in _usernames(result.safety_backup)  # the state just before the restore
    assert not result.compared_by_name
    reopened = Runtime.open(database_file=path)  # the restored file opens and logs in
    try:
        assert reopened.login("petugas", PASSWORD).username == "petugas"
    finally:
        reopened.close()


def test_a_broken_file_is_refused_and_nothing_changes(office: Office, tmp_path: Path) -> None:
    broken = tmp_path / "rusak.sqlite3"
    broken.write_bytes(b"bukan database" * 100)
    with pytest.raises(DatabaseError, match=r"bukan database CounterDesk.*tidak diubah"):
        backups.restore(office.runtime, office.actors[Role.ADMIN], broken)
    assert not (tmp_path / "backups").exists()


def test_another_offices_file_is_refused(office: Office, tmp_path: Path) -> None:
    other = Runtime.open(database_file=tmp_path / "lain.sqlite3")
    with other.unit() as session:
        setup.initialize(session, office_setup(office_name="Kantor Lain"))
    other.close()
    with pytest.raises(ConflictError, match=r"kantor lain.*Kantor Lain"):
        backups.restore(office.runtime, office.actors[Role.ADMIN], tmp_path / "lain.sqlite3")


def test_a_file_without_an_office_code_is_compared_by_name(office: Office, tmp_path: Path) -> None:
    saved = backups.manual_backup(office.runtime, tmp_path / "lama.sqlite3")
    with sqlite3.connect(saved) as conn:
        conn.execute("DELETE FROM setting WHERE key = 'office.uid'")
    result = backups.restore(office.runtime, office.actors[Role.ADMIN], saved)
    assert result.compared_by_name and result.office_name == "Pusdiklat Bea dan Cukai"


def test_only_an_admin_may_restore(office: Office, tmp_path: Path) -> None:
    saved = backups.manual_backup(office.runtime, tmp_path / "x.sqlite3")
    with pytest.raises(PermissionDenied):
        backups.restore(office.runtime, office.actors[Role.OFFICER], saved)
