"""Backups and restore of the office's SQLite database (Admin, the CLI, start-up recovery).

A backup is made with SQLite's online backup API, never a file copy of a live database:
by hand, daily, before a schema upgrade and before every sync or registry import.

A restore refuses a file that is not a CounterDesk database, comes from a newer
CounterDesk, fails `PRAGMA integrity_check` or belongs to another office. It copies the
current database aside first, and the restored database takes a **new counter identity**
before it issues any number: the numbers issued after the backup was taken still exist
elsewhere (on paper, at other counters), so the old code must never issue again.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from counterdesk.domain.backup_rotation import BackupFile, BackupKind, weekly_only
from counterdesk.domain.errors import (
    ConflictError,
    CounterDeskError,
    DatabaseBusy,
    DatabaseError,
    ValidationError,
)
from counterdesk.domain.ids import uuid7
from counterdesk.domain.roles import Role
from counterdesk.services import audit, sites
from counterdesk.services.atomic_file import sync_folder
from counterdesk.services.context import Actor, require_role
from counterdesk.store.backups import (
    PRE_MIGRATION_LABEL,
    OfficeIdentity,
    copy_online,
    copy_whole,
    integrity_problem,
    list_backups,
    office_identity,
    rotate_backups,
)
from counterdesk.store.migrate import backup_sqlite, backups_dir, check_restorable, open_sqlite

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime

MANUAL_LABEL = "manual"
SAFETY_LABEL = "sebelum-pulihkan"
SYNC_IMPORT_LABEL = "sebelum-impor-sinkron"
REGISTRY_IMPORT_LABEL = "sebelum-impor-registri"
BROKEN_LABEL = "rusak"
STARTUP_ACTOR = Actor(user_id=None, username="sistem", full_name="Sistem", roles=frozenset())
STARTUP_REASON = "pemulihan saat mulai"
STAGING_FOLDER = ".pemulihan"  # beside the database: a restore made whole before it goes in
_STAMP = re.compile(r"\d{8}-\d{6}-\d{6}")

_LABEL_WORDS = {
    PRE_MIGRATION_LABEL: "sebelum upgrade",
    SYNC_IMPORT_LABEL: "sebelum impor sinkron",
    REGISTRY_IMPORT_LABEL: "sebelum impor registri",
    MANUAL_LABEL: "manual",
    SAFETY_LABEL: "pengaman",
}


@dataclass(frozen=True, slots=True)
class BackupChoice:
    """One copy in the backup folder, as a list or a start-up offer shows it."""

    path: Path
    taken: datetime  # local time of the PC that made it (from the file name)
    kind_label: str  # harian, mingguan, sebelum upgrade, sebelum impor …, manual, pengaman
    size_bytes: int


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    database: Path
    safety_backup: Path  # the database as it was just before the restore (or the broken one)
    compared_by_name: bool  # a file without `office.uid`: matched by the office's name
    office_name: str
    old_code: str = ""
    new_code: str = ""
    has_peers: bool = False  # the roster names other counters: admission needed to sync

    @property
    def message(self) -> str:
        """What the restore changed, for the officer: the new counter code and why."""
        text = (
            f"Loket ini sekarang memakai kode {self.new_code} (sebelumnya {self.old_code}), "
            "supaya tidak ada nomor yang terbit dua kali."
        )
        if self.has_peers:
            text += (
                " Agar bisa sinkron lagi, buat permintaan bergabung (site join-request) dan "
                f"minta admin loket lain menerimanya; di sana cabut juga loket {self.old_code}."
            )
        return text


# --- making copies -------------------------------------------------------------------------
def _sqlite_path(runtime: Runtime) -> Path:
    if runtime.db.path is None:
        raise ConflictError(
            f"Database ini ada di {runtime.db.describe()}, bukan berkas di PC ini, jadi "
            "cadangannya dibuat di server itu (pg_dump setiap malam, lihat docs/server.md), "
            "bukan oleh CounterDesk. Minta pengelola server membuat atau memulihkan cadangan."
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
    copy_whole(path, target)  # a cut copy on a USB stick never has the chosen name
    logging.getLogger(__name__).info("Cadangan database dibuat: %s", target)
    return target


def backup_before_import(runtime: Runtime, label: str) -> Path | None:
    """A copy before a sync or registry import (``SYNC_IMPORT_LABEL`` …), the last 3 of each
    kept; None for a server database (the server keeps its own backups)."""
    path = runtime.db.path
    if path is None:
        return None
    backups = backups_dir(path)
    made = backup_sqlite(path, backups, label=label)
    rotate_backups(path, backups)
    return made


# --- the list ------------------------------------------------------------------------------
def _choices(database: Path) -> list[BackupChoice]:
    """The copies of ``database`` in its backup folder, newest first."""
    folder = backups_dir(database)
    found = list_backups(database, folder)
    weekly = weekly_only(found)
    choices = []
    for backup in reversed(found):
        path = folder / backup.name
        try:
            size = path.stat().st_size
        except OSError:  # deleted meanwhile
            continue
        choices.append(BackupChoice(path, backup.taken, _kind_words(backup, weekly), size))
    return choices


def _kind_words(backup: BackupFile, weekly: frozenset[str]) -> str:
    if backup.kind is BackupKind.DAILY:
        return "mingguan" if backup.name in weekly else "harian"
    return _LABEL_WORDS.get(backup.label, backup.label.replace("-", " "))


@dataclass(frozen=True, slots=True)
class BackupScreen:
    """Admin › Cadangan: the folder and its copies; for a server database, why not."""

    folder: Path | None
    backups: tuple[BackupChoice, ...]
    unavailable: str = ""  # the sentence shown instead (a server database)


def backups_screen(runtime: Runtime, actor: Actor) -> BackupScreen:
    require_role(actor, Role.ADMIN)
    try:
        path = _sqlite_path(runtime)
    except ConflictError as error:
        return BackupScreen(None, (), str(error))
    return BackupScreen(backups_dir(path), tuple(_choices(path)))


def list_backups_view(runtime: Runtime, actor: Actor) -> tuple[BackupChoice, ...]:
    """The copies in the backup folder, newest first (admin only)."""
    require_role(actor, Role.ADMIN)
    return tuple(_choices(_sqlite_path(runtime)))


def latest_good_backup(database: Path) -> BackupChoice | None:
    """The newest copy that passes `integrity_check`, opens in this app and belongs to the
    office of ``database`` when that can still be read (else any CounterDesk copy). Checks
    newest first and stops at the first good one; reads only, changes nothing.

    The copies made just before a restore (``sebelum-pulihkan``) come last: they hold the
    database an admin chose to replace, so they are offered only when nothing else is
    good."""
    try:
        mine = office_identity(database) if database.is_file() else None
    except (CounterDeskError, OSError, sqlite3.Error):
        mine = None
    safety = f"-{SAFETY_LABEL}.sqlite3"
    choices = sorted(_choices(database), key=lambda c: c.path.name.endswith(safety))
    for choice in choices:
        try:
            _check_source(choice.path)
            if mine is not None and (mine.uid or mine.name):
                _same_office_as(mine, choice.path)
        except (CounterDeskError, OSError, sqlite3.Error):
            continue
        return choice
    return None


# --- checks on a file to restore ------------------------------------------------------------
def _check_source(source: Path) -> None:
    """Refuse a file that is not a CounterDesk database, is from a newer CounterDesk, or
    fails the integrity check; nothing is changed either way."""
    check_restorable(source)  # not CounterDesk, or newer: says so (perbarui aplikasi)
    problem = integrity_problem(source)
    if problem is not None:
        raise DatabaseError(
            f"Berkas {source} rusak (pemeriksaan integritas: {problem}). Tidak ada yang "
            "diubah. Pilih cadangan lain, misalnya yang sehari sebelumnya."
        )


def _same_office_as(mine: OfficeIdentity, source: Path) -> tuple[bool, str]:
    """Check `source` belongs to the office `mine`; whether it was compared by name, the
    office's name."""
    theirs = office_identity(source)
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


# --- the new counter identity -------------------------------------------------------------
def _codes_used(database: Path) -> set[str]:
    """Every counter code the database and the files in its backup folder know (site rows,
    number sequences; the copies and the databases moved aside as broken): a copy older
    than an earlier restore does not know the code that restore took, and must not take
    it again. An unreadable file is passed over."""
    folder = backups_dir(database)
    codes: set[str] = set()
    for path in (database, *folder.glob(f"{database.stem}-*.sqlite3")):  # broken ones too
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                rows = conn.execute(
                    "SELECT code FROM site UNION SELECT counter FROM number_sequence"
                )
                codes |= {str(code) for (code,) in rows}
            finally:
                conn.close()
        except sqlite3.Error:
            continue
    return codes


def _take_new_identity(
    database: Path, actor: Actor, source: Path, reason: str, also_taken: Iterable[str] = ()
) -> sites.NewIdentity:
    """In the restored file, in one transaction: the old local site becomes revoked history
    and a new one (new id, next free code, new keys) is local; audited ``backup.restored``.
    Its stamps carry the new site's id, so none can equal a stamp the old site made."""
    from counterdesk.services.runtime import Runtime  # the runtime imports this module

    new_id = uuid7()
    runtime = Runtime(db=open_sqlite(database), _site_id=str(new_id))
    try:
        with runtime.unit(actor, durable=True) as session:
            identity = sites.replace_local_site(session, new_id, also_taken)
            taken = _taken_at(source)
            audit.record(
                session,
                actor,
                "backup.restored",
                entity="site",
                entity_id=str(new_id),
                detail={
                    "old_code": identity.old_code,
                    "new_code": identity.new_code,
                    "source": str(source),
                    "taken_at": taken.isoformat() if taken else "",
                    "reason": reason,
                },
            )
    finally:
        runtime.close()
    return identity


def _taken_at(source: Path) -> datetime | None:
    """When a copy was made, from its name (``backup_sqlite``); None for another name."""
    found = _STAMP.search(source.name)
    try:
        return datetime.strptime(found[0], "%Y%m%d-%H%M%S-%f") if found else None
    except ValueError:
        return None


def _replace_file(source: Path, database: Path, fallback: Path | None) -> None:
    try:
        copy_online(source, database)
    except sqlite3.OperationalError as exc:
        copy = f" Salinan pengaman: {fallback}." if fallback else ""
        raise DatabaseBusy(
            f"Database sedang dipakai oleh CounterDesk lain, jadi belum dipulihkan ({exc}). "
            f"Tutup semua jendela CounterDesk, lalu ulangi.{copy}"
        ) from exc


def _staged(
    database: Path, source: Path, actor: Actor, reason: str
) -> tuple[Path, sites.NewIdentity]:
    """`source` copied into a folder beside `database` and given its new counter identity
    there, before anything named `database` changes: a power cut at any moment leaves the
    database as it was, or restored under its new code — never the copy under the old
    code, which would issue numbers already issued. The copy is left in one file (no
    -wal), so it can be renamed into place."""
    folder = database.parent / STAGING_FOLDER
    shutil.rmtree(folder, ignore_errors=True)  # what a restore cut half-way left
    folder.mkdir()
    staged = folder / database.name
    copy_online(source, staged)
    identity = _take_new_identity(staged, actor, source, reason, _codes_used(database))
    conn = sqlite3.connect(staged)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")  # checkpointed: the WAL is in the file
    finally:
        conn.close()
    return staged, identity


def _restore_into(
    database: Path, source: Path, safety: Path, actor: Actor, reason: str
) -> sites.NewIdentity:
    """Copy `source`, under its new identity (``_staged``), over `database`: one SQLite
    transaction, so a cut leaves the old database or the restored one, whole."""
    staged, identity = _staged(database, source, actor, reason)
    try:
        _replace_file(staged, database, safety)
    finally:
        shutil.rmtree(staged.parent, ignore_errors=True)
    return identity


def restore(runtime: Runtime, actor: Actor, source: Path) -> RestoreResult:
    """Replace the database with the backup `source` (admin only), under a new counter
    code. The runtime's connections are closed: open the database again before using it."""
    require_role(actor, Role.ADMIN)
    path = _sqlite_path(runtime)
    source = source.expanduser().resolve()
    if source == path.resolve():
        raise ValidationError(
            "source", f"{source} adalah database yang sedang dipakai. Pilih berkas cadangan."
        )
    _check_source(source)
    by_name, office_name = _same_office_as(office_identity(path), source)
    safety = backup_sqlite(path, backups_dir(path), label=SAFETY_LABEL)
    runtime.db.dispose()
    identity = _restore_into(path, source, safety, actor, "pemulihan oleh admin")
    runtime.reset_identity()  # a late write through it (a draft) stamps as the new site
    _log_restored(source, path, identity)
    return RestoreResult(source, path, safety, by_name, office_name, *_identity_fields(identity))


def _log_restored(source: Path, database: Path, identity: sites.NewIdentity) -> None:
    logging.getLogger(__name__).info(
        "Database %s dipulihkan dari %s; kode loket %s -> %s",
        database, source, identity.old_code, identity.new_code,
    )  # fmt: skip


def _identity_fields(identity: sites.NewIdentity) -> tuple[str, str, bool]:
    return identity.old_code, identity.new_code, identity.has_peers


def _move_aside(database: Path) -> Path:
    """Move a broken database (and its -wal/-shm) into the backup folder, named
    ``<stem>-rusak-<stamp>.sqlite3``; never deleted, never offered as a backup."""
    folder = backups_dir(database)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{database.stem}-{BROKEN_LABEL}-{stamp}.sqlite3"
    os.replace(database, target)
    for suffix in ("-wal", "-shm"):
        side = database.with_name(database.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target


def restore_at_startup(database: Path, source: Path) -> RestoreResult:
    """Start-up recovery without a login (the database may be unreadable): the broken file
    is moved aside, `source` copied in, and the new counter code taken; audited in the
    restored database by "sistem" with the reason "pemulihan saat mulai"."""
    database, source = database.expanduser().resolve(), source.expanduser().resolve()
    _check_source(source)
    by_name, office_name = False, ""
    try:
        mine = office_identity(database) if database.is_file() else None
    except (CounterDeskError, OSError, sqlite3.Error):
        mine = None
    if mine is not None and (mine.uid or mine.name):
        by_name, office_name = _same_office_as(mine, source)
    else:
        office_name = office_identity(source).name
    staged, identity = _staged(database, source, STARTUP_ACTOR, STARTUP_REASON)
    try:
        aside = _move_aside(database) if database.exists() else database
        try:
            os.replace(staged, database)  # whole, under its new code, in one rename
            sync_folder(database.parent)
        except BaseException:
            if aside != database:  # the broken file returns
                os.replace(aside, database)
            raise
    finally:
        shutil.rmtree(staged.parent, ignore_errors=True)
    _log_restored(source, database, identity)
    return RestoreResult(source, database, aside, by_name, office_name, *_identity_fields(identity))
