"""Which automatic backups to keep: 7 daily, 4 weekly, and every pre-migration copy.

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


class BackupKind(Enum):
    DAILY = "daily"  # made automatically; rotated
    PRE_MIGRATION = "pre-migration"  # made before a schema upgrade; never rotated away
    OTHER = "other"  # made on request or before an import; rotation leaves it alone


@dataclass(frozen=True, slots=True)
class BackupFile:
    name: str
    taken: datetime
    kind: BackupKind


def _newest_per(dailies: list[BackupFile], *, weekly: bool, count: int) -> set[str]:
    """The newest copy of each of the `count` newest days (or ISO weeks) having one."""
    newest: dict[object, BackupFile] = {}
    for backup in sorted(dailies, key=lambda b: b.taken, reverse=True):
        key: object = backup.taken.isocalendar()[:2] if weekly else backup.taken.date()
        newest.setdefault(key, backup)
    return {backup.name for backup in list(newest.values())[:count]}


def backups_to_keep(
    backups: Iterable[BackupFile], *, daily: int = DAILY_KEPT, weekly: int = WEEKLY_KEPT
) -> frozenset[str]:
    """The names to keep; every other daily copy may be deleted."""
    backups = list(backups)
    dailies = [b for b in backups if b.kind is BackupKind.DAILY]
    keep = {b.name for b in backups if b.kind is not BackupKind.DAILY}
    keep |= _newest_per(dailies, weekly=False, count=daily)
    keep |= _newest_per(dailies, weekly=True, count=weekly)
    return frozenset(keep)


def backups_to_delete(
    backups: Iterable[BackupFile], *, daily: int = DAILY_KEPT, weekly: int = WEEKLY_KEPT
) -> tuple[str, ...]:
    backups = list(backups)
    keep = backups_to_keep(backups, daily=daily, weekly=weekly)
    return tuple(sorted(b.name for b in backups if b.name not in keep))
