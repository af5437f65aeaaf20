"""The backup folder as files: which copy is which, and rotating the automatic ones.

A copy's name is ``<stem>-YYYYmmdd-HHMMSS-ffffff[-label].sqlite3`` (``backup_sqlite``);
no label is a daily copy, ``sebelum-upgrade`` a pre-migration copy. Files not named so
are never touched.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from counterdesk.domain.backup_rotation import BackupFile, BackupKind, backups_to_delete
from counterdesk.domain.errors import DatabaseError

PRE_MIGRATION_LABEL = "sebelum-upgrade"
PRE_IMPORT_PREFIX = "sebelum-impor"  # sebelum-impor-sinkron, sebelum-impor-registri
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})(?:-(?P<label>[^.]+))?\.sqlite3$")


_STAMP = "%Y%m%d-%H%M%S-%f"
PARTIAL = ".partial"  # a copy being made: ``.<copy's name>.partial`` (+ its -journal)


def backup_name(stem: str, taken: datetime, label: str = "") -> str:
    """The file name ``parse_backup_name`` reads back: ``<stem>-<stamp>[-label].sqlite3``."""
    return f"{stem}-{taken.strftime(_STAMP)}{('-' + label) if label else ''}.sqlite3"


def parse_backup_name(name: str, stem: str) -> BackupFile | None:
    """The copy a file name stands for, or None for a file that is not one of ``stem``'s."""
    match = _NAME.match(name)
    if match is None or match["stem"] != stem:
        return None
    taken = datetime.strptime(match["stamp"], _STAMP)
    label = match["label"]
    if label is None:
        kind = BackupKind.DAILY
    elif label == PRE_MIGRATION_LABEL:
        kind = BackupKind.PRE_MIGRATION
    elif label.startswith(PRE_IMPORT_PREFIX):
        kind = BackupKind.PRE_IMPORT
    else:
        kind = BackupKind.OTHER
    return BackupFile(name, taken, kind, label or "")


def list_backups(database: Path, backup_dir: Path) -> list[BackupFile]:
    if not backup_dir.is_dir():
        return []
    found = (parse_backup_name(f.name, database.stem) for f in backup_dir.glob("*.sqlite3"))
    return sorted((b for b in found if b is not None), key=lambda b: b.taken)


def rotate_backups(database: Path, backup_dir: Path) -> tuple[Path, ...]:
    """Delete the daily and pre-import copies the rotation no longer keeps; the deleted
    paths."""
    deleted = tuple(
        backup_dir / name for name in backups_to_delete(list_backups(database, backup_dir))
    )
    for stale in deleted:
        stale.unlink(missing_ok=True)
    return deleted


def copy_online(source: Path, target: Path) -> None:
    """Copy a database page by page with SQLite's online backup API: consistent even while
    another connection writes (WAL included), never a file copy of a live database. Into
    an existing database file too (a restore): its pages are replaced under SQLite's lock."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def copy_whole(source: Path, target: Path) -> None:
    """``copy_online`` into a hidden ``.<name>.partial`` beside ``target``, renamed when
    whole: a copy cut half-way (power, kill) never has a copy's name, for once opened it
    would be an empty database passing every check."""
    partial = target.with_name(f".{target.name}{PARTIAL}")
    copy_online(source, partial)
    partial.replace(target)


@dataclass(frozen=True, slots=True)
class OfficeIdentity:
    uid: str  # the `office.uid` setting; "" in a database made before it existed
    name: str


def _read_only(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise DatabaseError(f"Berkas {path} tidak ada. Periksa nama dan foldernya.")
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def integrity_problem(path: Path) -> str | None:
    """What `PRAGMA integrity_check` finds wrong with a database file, or None if sound."""
    conn = _read_only(path)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:  # not a database at all, or unreadable
        return str(exc)
    finally:
        conn.close()
    found = [str(row[0]) for row in rows]
    return None if found == ["ok"] else "; ".join(found[:3])


def office_identity(path: Path) -> OfficeIdentity:
    """Which office a database file belongs to, read without opening it through the app."""
    conn = _read_only(path)
    try:
        uid = conn.execute("SELECT value FROM setting WHERE key = 'office.uid'").fetchone()
        name = conn.execute("SELECT name FROM office ORDER BY id LIMIT 1").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            f"Berkas {path} bukan database CounterDesk ({exc}). Pilih berkas cadangan "
            "CounterDesk (.sqlite3)."
        ) from exc
    finally:
        conn.close()
    return OfficeIdentity(str(uid[0]) if uid else "", str(name[0]) if name else "")
