"""The backup folder as files: which copy is which, and rotating the automatic ones.

A copy's name is ``<stem>-YYYYmmdd-HHMMSS-ffffff[-label].sqlite3`` (``backup_sqlite``);
no label is a daily copy, ``sebelum-upgrade`` a pre-migration copy. Files not named so
are never touched.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from counterdesk.domain.backup_rotation import BackupFile, BackupKind, backups_to_delete

PRE_MIGRATION_LABEL = "sebelum-upgrade"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})(?:-(?P<label>[^.]+))?\.sqlite3$")


def parse_backup_name(name: str, stem: str) -> BackupFile | None:
    """The copy a file name stands for, or None for a file that is not one of ``stem``'s."""
    match = _NAME.match(name)
    if match is None or match["stem"] != stem:
        return None
    taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")
    label = match["label"]
    if label is None:
        kind = BackupKind.DAILY
    elif label == PRE_MIGRATION_LABEL:
        kind = BackupKind.PRE_MIGRATION
    else:
        kind = BackupKind.OTHER
    return BackupFile(name, taken, kind)


def list_backups(database: Path, backup_dir: Path) -> list[BackupFile]:
    if not backup_dir.is_dir():
        return []
    found = (parse_backup_name(f.name, database.stem) for f in backup_dir.glob("*.sqlite3"))
    return sorted((b for b in found if b is not None), key=lambda b: b.taken)


def rotate_backups(database: Path, backup_dir: Path) -> tuple[Path, ...]:
    """Delete the daily copies the rotation no longer keeps; the deleted paths."""
    deleted = tuple(
        backup_dir / name for name in backups_to_delete(list_backups(database, backup_dir))
    )
    for stale in deleted:
        stale.unlink(missing_ok=True)
    return deleted
