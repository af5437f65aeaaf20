"""The database is copied aside before an upgrade and once a day — never on the way to
the login screen (a large file would keep the counter waiting)."""

from __future__ import annotations

from pathlib import Path

from counterdesk.store import migrate
from counterdesk.store.migrate import BACKUPS_KEPT, daily_backup, open_sqlite


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
