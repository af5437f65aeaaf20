"""The database is copied aside before an upgrade and once a day — never on the way to
the login screen (a large file would keep the counter waiting)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from counterdesk.domain.errors import DatabaseBusy
from counterdesk.store import engine, migrate
from counterdesk.store.migrate import BACKUPS_KEPT, daily_backup, open_sqlite

pytestmark = pytest.mark.sqlite_only  # SQLite files at old revisions and their copies


def test_opening_a_database_at_head_copies_nothing(tmp_path: Path) -> None:
    path = tmp_path / "kantor.sqlite3"
    open_sqlite(path).dispose()
    db = open_sqlite(path)
    db.dispose()
    assert db.backup is None
    assert not (tmp_path / "backups").exists()


def test_the_daily_copy_is_made_once_a_day(tmp_path: Path) -> None:
    path = tmp_path / "kantor.sqlite3"
    open_sqlite(path).dispose()
    first = daily_backup(path)
    assert first is not None and first.parent == tmp_path / "backups"
    assert daily_backup(path) is None  # already done today
    assert len(list((tmp_path / "backups").glob("*.sqlite3"))) == 1


def test_only_the_last_copies_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "kantor.sqlite3"
    open_sqlite(path).dispose()
    for _ in range(BACKUPS_KEPT + 3):
        migrate.backup_sqlite(path, tmp_path / "backups")
    assert len(list((tmp_path / "backups").glob("*.sqlite3"))) == BACKUPS_KEPT


def test_an_upgrade_while_another_window_holds_the_file_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.unit.store.test_migrations import _database_at_first_revision

    path = tmp_path / "old.sqlite3"
    _database_at_first_revision(path)
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another CounterDesk is writing
    try:
        with pytest.raises(DatabaseBusy, match="Tutup CounterDesk yang lain"):
            open_sqlite(path)
    finally:
        other.execute("ROLLBACK")
        other.close()
    with sqlite3.connect(path) as conn:  # nothing was changed: still the old schema
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
