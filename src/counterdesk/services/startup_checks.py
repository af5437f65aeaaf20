"""Start-up checks of a SQLite database and its data folder, said plainly with what to do.

Before the database is opened (cheap, every start): the data folder can be written (a
probe file is made and deleted) and has room (``domain.disk_space``). Opening refuses a
file that is not a CounterDesk database, comes from a newer version or whose upgrade
failed. ``PRAGMA quick_check`` reads every page — seconds for a large database — so the
CLI runs it before a command, and the GUI runs it behind the login screen (``after_open``)
and shows its outcome when it arrives. A damaged or unopenable file comes with the latest
good backup to restore (``services.backups.latest_good_backup``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from counterdesk.domain.disk_space import SpaceVerdict, format_size, judge_free_space
from counterdesk.domain.errors import CounterDeskError, DatabaseError
from counterdesk.domain.formatting import day_name, format_date_short
from counterdesk.store.migrate import NewerDatabase, quick_check

if TYPE_CHECKING:
    from counterdesk.services.backups import BackupChoice
    from counterdesk.services.runtime import Runtime


class DiskUsage(Protocol):
    @property
    def free(self) -> int: ...


DiskUsageOf = Callable[[Path], DiskUsage]
"""``shutil.disk_usage``, or a test's stand-in."""

PROBE_NAME = ".counterdesk-uji-tulis"


class ProblemKind(Enum):
    NOT_WRITABLE = "not-writable"
    DISK_FULL = "disk-full"
    DISK_LOW = "disk-low"  # a warning: the app starts
    DAMAGED = "damaged"  # quick_check found damage
    UNOPENABLE = "unopenable"  # not a CounterDesk file, a broken header, a failed upgrade
    NEWER = "newer"  # written by a newer CounterDesk


_TITLES = {
    ProblemKind.NOT_WRITABLE: "Folder data tidak dapat ditulisi",
    ProblemKind.DISK_FULL: "Ruang disk hampir habis",
    ProblemKind.DISK_LOW: "Ruang disk menipis",
    ProblemKind.DAMAGED: "Database rusak",
    ProblemKind.UNOPENABLE: "Database tidak dapat dibuka",
    ProblemKind.NEWER: "Database dari versi CounterDesk yang lebih baru",
}


@dataclass(frozen=True, slots=True)
class StartupProblem:
    kind: ProblemKind
    message: str  # what is wrong and what to do
    database: Path | None  # None: a server database
    backup: BackupChoice | None = field(default=None)  # offered for restoring

    @property
    def title(self) -> str:
        return _TITLES[self.kind]

    @property
    def blocking(self) -> bool:
        """The app must not go on writing with this database or folder."""
        return self.kind is not ProblemKind.DISK_LOW

    @property
    def file_broken(self) -> bool:
        """The database file itself is damaged or cannot be opened (restoring cures it)."""
        return self.kind in (ProblemKind.DAMAGED, ProblemKind.UNOPENABLE)

    @property
    def restorable(self) -> bool:
        return self.backup is not None and self.file_broken

    def backup_line(self) -> str:
        """'Cadangan terakhir yang baik: Senin 23 Nov 2026 08.01, cadangan harian, 12 MB.'"""
        if self.backup is None:
            return ""
        return f"Cadangan terakhir yang baik: {describe_backup(self.backup)}."

    def full_text(self) -> str:
        """The message, the backup to restore and, for a command line, how to restore it."""
        lines = [self.message]
        if self.restorable and self.backup is not None:
            lines += [
                self.backup_line(),
                "Untuk memulihkannya, jalankan (database sekarang disimpan dulu ke folder "
                "cadangan):",
                f'  counterdesk {_cli_target(self.database)}restore "{self.backup.path}" '
                "--as ADMIN",
            ]
        elif self.database is not None and self.file_broken:
            lines.append(
                f"Tidak ada cadangan yang baik di {self.database.parent / 'backups'}. "
                "Hubungi admin; jangan hapus berkas database itu."
            )
        return "\n".join(lines)


def _cli_target(database: Path | None) -> str:
    """The global options that make a command act on ``database``."""
    from counterdesk.services.runtime import DEMO_FILE
    from counterdesk.store.engine import DATABASE_FILE

    if database is None:
        return ""
    if database.name == DATABASE_FILE:
        return f'--data-dir "{database.parent}" '
    if database.name == DEMO_FILE and database.parent.name == "demo":
        return f'--demo --data-dir "{database.parent.parent}" '
    return f'--database-url "sqlite:///{database}" '


class StartupProblemError(DatabaseError):
    """A blocking start-up problem; ``problem`` holds it for a screen to show."""

    def __init__(self, problem: StartupProblem) -> None:
        super().__init__(problem.full_text())
        self.problem = problem


def describe_backup(backup: BackupChoice) -> str:
    taken = backup.taken
    return (
        f"{day_name(taken.date())} {format_date_short(taken.date())} {taken:%H.%M}, "
        f"cadangan {backup.kind_label}, {format_size(backup.size_bytes)}"
    )


# --- the folder ----------------------------------------------------------------------------
def _not_writable(folder: Path) -> str | None:
    """Why nothing can be written in ``folder`` (created if missing), or None."""
    probe = folder / f"{PROBE_NAME}-{os.getpid()}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with probe.open("wb") as fh:
            fh.write(b"ok")
            fh.flush()
            os.fsync(fh.fileno())
        probe.unlink()
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def check_folder(
    database: Path, disk_usage: DiskUsageOf = shutil.disk_usage
) -> tuple[StartupProblem, ...]:
    """The database's folder: writable, and with room for the database's backups."""
    folder = database.parent
    reason = _not_writable(folder)
    if reason is not None:
        return (
            StartupProblem(
                ProblemKind.NOT_WRITABLE,
                f"CounterDesk tidak dapat menulis di folder data {folder} ({reason}). "
                "Tidak ada yang diubah. Periksa bahwa folder itu bukan diska/CD yang hanya-"
                "baca dan akun Windows ini boleh menulis di sana; atau jalankan dengan "
                "--data-dir FOLDER lain yang dapat ditulisi; atau minta bantuan admin.",
                database,
            ),
        )
    size = database.stat().st_size if database.is_file() else 0
    space = judge_free_space(disk_usage(folder).free, size)
    free = format_size(space.free_bytes)
    if space.verdict is SpaceVerdict.FULL:
        return (
            StartupProblem(
                ProblemKind.DISK_FULL,
                f"Ruang kosong di disk folder data {folder} tinggal {free}; CounterDesk tidak "
                "mulai menulis di bawah 50 MB supaya data tidak terpotong. Kosongkan ruang "
                "(hapus berkas yang tidak perlu, kosongkan Recycle Bin), atau jalankan dengan "
                "--data-dir di disk lain, atau minta bantuan admin.",
                database,
            ),
        )
    if space.verdict is SpaceVerdict.LOW:
        return (
            StartupProblem(
                ProblemKind.DISK_LOW,
                f"Ruang kosong di disk folder data {folder} tinggal {free}; sebaiknya paling "
                f"sedikit {format_size(space.wanted_bytes)}, karena setiap cadangan adalah "
                f"salinan utuh database ({format_size(size)}). CounterDesk tetap berjalan, "
                "tetapi kosongkan ruang disk segera (hapus berkas yang tidak perlu, kosongkan "
                "Recycle Bin) agar cadangan tidak gagal.",
                database,
            ),
        )
    return ()


# --- the file ------------------------------------------------------------------------------
def _latest_good_backup(database: Path) -> BackupChoice | None:
    """The backup to offer; None also when looking for one failed (the problem is still
    said, without an offer)."""
    from counterdesk.services.backups import latest_good_backup

    try:
        return latest_good_backup(database)
    except (CounterDeskError, OSError, sqlite3.Error):
        return None


def _checked_marker(database: Path) -> Path:
    """Beside the database: when its last quick_check passed, and the file it passed on."""
    return database.with_name(f".{database.name}.diperiksa")


def _fingerprint(database: Path) -> str:
    """Today, and the file's size and modification time: a write, a checkpoint or any
    tampering with the file changes it, so only an untouched file skips the check."""
    stat = database.stat()
    return f"{date.today()} {stat.st_size} {stat.st_mtime_ns}"


def _checked_today(database: Path) -> bool:
    try:
        saved = _checked_marker(database).read_text(encoding="ascii").strip()
        return saved == _fingerprint(database)
    except (OSError, UnicodeDecodeError):
        return False


def _mark_checked(database: Path) -> None:
    with contextlib.suppress(OSError):  # a read-only folder is said by check_folder
        _checked_marker(database).write_text(_fingerprint(database), encoding="ascii")


def check_integrity(database: Path, *, once_a_day: bool = False) -> StartupProblem | None:
    """``PRAGMA quick_check`` of the file (read-only); with the backup to restore.

    quick_check reads every page (13 s for a 1.7 GB file not yet in memory). The app runs
    it behind the login on every start; a CLI command (``once_a_day``) skips it when it
    already passed today, so a script of commands does not pay it each time."""
    if not database.is_file() or (once_a_day and _checked_today(database)):
        return None
    found = quick_check(database)
    if found is None:
        _mark_checked(database)
        return None
    return StartupProblem(
        ProblemKind.DAMAGED,
        f"Database {database} rusak (pemeriksaan cepat: {found}). Menulis ke database yang "
        "rusak dapat menghilangkan data. Pulihkan dari cadangan terakhir yang baik; database "
        "yang rusak disimpan di folder cadangan, tidak dihapus.",
        database,
        _latest_good_backup(database),
    )


def unopenable(database: Path, error: DatabaseError) -> StartupProblemError:
    """An error of opening the file, with the latest good backup when restoring helps."""
    if isinstance(error, StartupProblemError):
        return error
    if isinstance(error, NewerDatabase):
        return StartupProblemError(StartupProblem(ProblemKind.NEWER, str(error), database))
    backup = _latest_good_backup(database) if database.is_file() else None
    return StartupProblemError(StartupProblem(ProblemKind.UNOPENABLE, str(error), database, backup))


def require_sound(
    database: Path, *, integrity: bool, disk_usage: DiskUsageOf = shutil.disk_usage
) -> tuple[StartupProblem, ...]:
    """Raise ``StartupProblemError`` for the first blocking problem; the warnings else."""
    problems = check_folder(database, disk_usage)
    if integrity:
        damaged = check_integrity(database, once_a_day=True)
        problems += (damaged,) if damaged else ()
    for problem in problems:
        if problem.blocking:
            raise StartupProblemError(problem)
    return problems


def sqlite_file(url: str | None, default: Callable[[], Path]) -> Path | None:
    """The SQLite file a database URL names (``default()`` without a URL); None for a
    server database."""
    if not url:
        return default()
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def open_checked(
    database: Path | None,
    open_database: Callable[[], Runtime],
    *,
    integrity: bool,
    disk_usage: DiskUsageOf = shutil.disk_usage,
) -> tuple[Runtime, tuple[StartupProblem, ...]]:
    """Check ``database`` (None: a server database, not checked), then open it; an error
    of opening becomes a ``StartupProblemError``. The runtime and the warnings."""
    if database is None:
        return open_database(), ()
    warnings = require_sound(database, integrity=integrity, disk_usage=disk_usage)
    try:
        return open_database(), warnings
    except DatabaseError as exc:
        raise unopenable(database, exc) from exc


def after_open(
    runtime: Runtime, disk_usage: DiskUsageOf = shutil.disk_usage
) -> tuple[StartupProblem, ...]:
    """The checks left for after the window is up: the file's integrity, and room for the
    day's backup. A server database has its server's checks: nothing here."""
    database = runtime.db.path
    if database is None:
        return ()
    damaged = check_integrity(database)
    if damaged is not None:
        return (damaged,)
    return check_folder(database, disk_usage)
