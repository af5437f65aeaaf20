"""Backup rotation over simulated days: 7 daily, 4 weekly, pre-migration copies forever."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from counterdesk.domain.backup_rotation import BackupFile, BackupKind, backups_to_keep
from counterdesk.store.backups import PRE_MIGRATION_LABEL, parse_backup_name, rotate_backups
from counterdesk.store.migrate import daily_backup, open_sqlite

START = datetime(2026, 1, 5, 8, 0)  # a Monday


def _name(moment: datetime, label: str = "") -> str:
    return f"kantor-{moment:%Y%m%d-%H%M%S-%f}{('-' + label) if label else ''}.sqlite3"


def _simulate(days: int, *, pre_migration_on: tuple[int, ...] = ()) -> set[str]:
    """One daily copy a day for `days` days, rotating after each, like the app does."""
    kept: set[str] = set()
    for day in range(days):
        moment = START + timedelta(days=day)
        if day in pre_migration_on:
            kept.add(_name(moment - timedelta(minutes=1), PRE_MIGRATION_LABEL))
        kept.add(_name(moment))
        files = [parse_backup_name(n, "kantor") for n in kept]
        kept = set(backups_to_keep(f for f in files if f is not None))
    return kept


def _days(names: set[str]) -> list[str]:
    return sorted(n[7:15] for n in names if PRE_MIGRATION_LABEL not in n)


def test_after_two_months_of_daily_use_seven_days_and_four_weeks_are_kept() -> None:
    kept = _simulate(60)  # 5 Jan .. 5 Mar 2026
    last = START + timedelta(days=59)
    dailies = {f"{last - timedelta(days=d):%Y%m%d}" for d in range(7)}
    assert set(_days(kept)) >= dailies
    # Weekly: newest copy of each of the 4 newest ISO weeks -> the Sundays of older weeks.
    assert _days(kept) == sorted(dailies | {"20260215", "20260222"})


def test_the_first_days_keep_every_copy() -> None:
    assert len(_simulate(5)) == 5


def test_pre_migration_copies_are_never_rotated_away() -> None:
    kept = _simulate(90, pre_migration_on=(0, 30))
    assert sum(PRE_MIGRATION_LABEL in n for n in kept) == 2


def test_several_copies_on_one_day_keep_only_the_newest() -> None:
    morning, evening = START, START + timedelta(hours=9)
    files = [BackupFile("a", morning, BackupKind.DAILY), BackupFile("b", evening, BackupKind.DAILY)]
    assert backups_to_keep(files) == {"b"}


def test_a_counter_closed_for_a_month_keeps_its_last_copies() -> None:
    files = [
        BackupFile(str(d), START + timedelta(days=d), BackupKind.DAILY) for d in range(10)
    ]  # then nothing for a month: still counted by days that have a copy
    assert len(backups_to_keep(files)) >= 7


def test_copies_on_request_are_left_alone() -> None:
    other = BackupFile("manual", START, BackupKind.OTHER)
    dailies = [BackupFile(str(d), START + timedelta(days=d), BackupKind.DAILY) for d in range(60)]
    assert "manual" in backups_to_keep([other, *dailies])


def test_the_daily_backup_rotates_the_folder(tmp_path: Path) -> None:
    path = tmp_path / "kantor.sqlite3"
    open_sqlite(path).dispose()
    folder = tmp_path / "backups"
    folder.mkdir()
    for day in range(20):  # twenty old daily copies and one pre-migration copy
        (folder / _name(START + timedelta(days=day))).write_bytes(b"")
    (folder / _name(START, PRE_MIGRATION_LABEL)).write_bytes(b"")
    (folder / "catatan.txt").write_text("bukan salinan")
    assert daily_backup(path) is not None
    names = {f.name for f in folder.iterdir()}
    assert _name(START, PRE_MIGRATION_LABEL) in names and "catatan.txt" in names
    assert len([n for n in names if parse_backup_name(n, "kantor") is not None]) <= 7 + 4 + 1


def test_rotating_an_absent_folder_deletes_nothing(tmp_path: Path) -> None:
    assert rotate_backups(tmp_path / "kantor.sqlite3", tmp_path / "none") == ()
