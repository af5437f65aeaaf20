"""Which automatic backups to keep: 7 daily, 4 weekly, every pre-migration copy, and the
last 3 copies made before each kind of import (a copy before every sync or registry import
of a 1 GB database must not fill the disk).

Pure: it decides over (name, moment, kind) and deletes nothing. Counted like restic's
``--keep-daily/--keep-weekly``: the newest copy of each of the 7 newest days that have a
copy, and the newest copy of each of the 4 newest ISO weeks that have one. So a counter
closed for a month still keeps its last copies instead of losing them all to the calendar.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

DAILY_KEPT = 7
WEEKLY_KEPT = 4
PRE_IMPORT_KEPT = 3  # of each import label


class BackupKind(Enum):
    DAILY = "daily"  # made automatically; rotated
    PRE_MIGRATION = "pre-migration"  # made before a schema upgrade; never rotated away
    PRE_IMPORT = "pre-import"  # made before a sync or registry import; last 3 per label kept
    OTHER = "other"  # made on request or before an import; rotation leaves it alone


@dataclass(frozen=True, slots=True)
class BackupFile:
    name: str
    taken: datetime
    kind: BackupKind
    label: str = ""  # the name's label: "sebelum-impor-sinkron", "manual", ...


def _newest_per(dailies: list[BackupFile], *, weekly: bool, count: int) -> set[str]:
    """The newest copy of each of the `count` newest days (or ISO weeks) having one."""
    newest: dict[object, BackupFile] = {}
    for backup in sorted(dailies, key=lambda b: b.taken, reverse=True):
        key: object = backup.taken.isocalendar()[:2] if weekly else backup.taken.date()
        newest.setdefault(key, backup)
    return {backup.name for backup in list(newest.values())[:count]}


def _newest_per_label(copies: list[BackupFile], count: int = PRE_IMPORT_KEPT) -> set[str]:
    by_label: dict[str, list[BackupFile]] = {}
    for backup in sorted(copies, key=lambda b: b.taken, reverse=True):
        by_label.setdefault(backup.label, []).append(backup)
    return {b.name for newest in by_label.values() for b in newest[:count]}


def weekly_only(backups: Iterable[BackupFile], *, daily: int = DAILY_KEPT) -> frozenset[str]:
    """The daily copies kept only as their week's copy (older than the 7 daily ones):
    what the backup list calls "mingguan"."""
    dailies = [b for b in backups if b.kind is BackupKind.DAILY]
    recent = _newest_per(dailies, weekly=False, count=daily)
    return frozenset(b.name for b in dailies if b.name not in recent)


def backups_to_keep(
    backups: Iterable[BackupFile], *, daily: int = DAILY_KEPT, weekly: int = WEEKLY_KEPT
) -> frozenset[str]:
    """The names to keep; every other daily copy may be deleted."""
    backups = list(backups)
    dailies = [b for b in backups if b.kind is BackupKind.DAILY]
    keep = {b.name for b in backups if b.kind not in (BackupKind.DAILY, BackupKind.PRE_IMPORT)}
    keep |= _newest_per_label([b for b in backups if b.kind is BackupKind.PRE_IMPORT])
    keep |= _newest_per(dailies, weekly=False, count=daily)
    keep |= _newest_per(dailies, weekly=True, count=weekly)
    return frozenset(keep)


def backups_to_delete(
    backups: Iterable[BackupFile], *, daily: int = DAILY_KEPT, weekly: int = WEEKLY_KEPT
) -> tuple[str, ...]:
    backups = list(backups)
    keep = backups_to_keep(backups, daily=daily, weekly=weekly)
    return tuple(sorted(b.name for b in backups if b.name not in keep))
