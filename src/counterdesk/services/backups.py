"""Manual backup and restore of the office's SQLite database (Admin and the CLI).

A backup is made with SQLite's online backup API, never a file copy of a live database.
A restore refuses a file that fails `PRAGMA integrity_check` or belongs to another office,
copies the current database aside first, and says what it did.

Not done yet (issue 12): the restored database does not take a new counter code, so
numbers issued after the backup was taken could be issued again.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from counterdesk.domain.errors import ConflictError, DatabaseBusy, DatabaseError, ValidationError
from counterdesk.domain.roles import Role
from counterdesk.services.context import Actor, require_role
from counterdesk.store.backups import copy_online, integrity_problem, office_identity
from counterdesk.store.migrate import backup_sqlite, backups_dir

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime

MANUAL_LABEL = "manual"
SAFETY_LABEL = "sebelum-pulihkan"


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    database: Path
    safety_backup: Path  # the database as it was just before the restore
    compared_by_name: bool  # a file without `office.uid`: matched by the office's name
    office_name: str


def _sqlite_path(runtime: Runtime) -> Path:
    if runtime.db.path is None:
        raise ConflictError(
            "Database ini ada di server (bukan berkas SQLite), jadi cadangannya dibuat oleh "
            "server database. Minta pengelola server membuat atau memulihkan cadangan."
        )
    return runtime.db.path


def manual_backup(runtime: Runtime, to: Path | None = None) -> Path:
    """Copy the database now: into `to`, or the data folder's backup folder. Where it went."""
    path = _sqlite_path(runtime)
    if to is None:
        return backup_sqlite(path, backups_dir(path), label=MANUAL_LABEL)
    target = to.expanduser().resolve()
    if target.exists():
        raise ValidationError(
            "to", f"Berkas {target} sudah ada dan tidak akan ditimpa. Pilih nama berkas lain."
        )
    if not target.parent.is_dir():
        raise ValidationError("to", f"Folder {target.parent} tidak ada. Buat foldernya dulu.")
    copy_online(path, target)
    return target


def _same_office(path: Path, source: Path) -> tuple[bool, str]:
    """Check `source` belongs to this office; whether it was compared by name, the name."""
    mine, theirs = office_identity(path), office_identity(source)
    if mine.uid and theirs.uid:
        if mine.uid != theirs.uid:
            raise ConflictError(
                f"Berkas {source} adalah cadangan kantor lain ({theirs.name or 'tanpa nama'}), "
                f"bukan {mine.name}. Tidak ada yang diubah. Pilih cadangan kantor ini."
            )
        return False, mine.name
    if mine.name.strip().casefold() != theirs.name.strip().casefold():
        raise ConflictError(
            f"Berkas {source} tidak punya kode kantor, dan nama kantornya "
            f"({theirs.name or 'kosong'}) berbeda dengan {mine.name}. Tidak ada yang diubah. "
            "Pilih cadangan kantor ini."
        )
    return True, mine.name


def restore(runtime: Runtime, actor: Actor, source: Path) -> RestoreResult:
    """Replace the database with the backup `source` (admin only). The runtime's
    connections are closed: open the database again before using it."""
    require_role(actor, Role.ADMIN)
    path = _sqlite_path(runtime)
    source = source.expanduser().resolve()
    if source == path.resolve():
        raise ValidationError(
            "source", f"{source} adalah database yang sedang dipakai. Pilih berkas cadangan."
        )
    problem = integrity_problem(source)
    if problem is not None:
        raise DatabaseError(
            f"Berkas {source} rusak (pemeriksaan integritas: {problem}). Tidak ada yang "
            "diubah. Pilih cadangan lain, misalnya yang sehari sebelumnya."
        )
    by_name, office_name = _same_office(path, source)
    safety = backup_sqlite(path, backups_dir(path), label=SAFETY_LABEL)
    runtime.db.dispose()
    try:
        copy_online(source, path)
    except sqlite3.OperationalError as exc:
        raise DatabaseBusy(
            f"Database sedang dipakai oleh CounterDesk lain, jadi belum dipulihkan ({exc}). "
            f"Tutup semua jendela CounterDesk, lalu ulangi. Salinan pengaman: {safety}."
        ) from exc
    return RestoreResult(source, path, safety, by_name, office_name)
