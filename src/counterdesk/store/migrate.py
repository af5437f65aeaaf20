"""Open a database safely: check it, copy it aside, upgrade it to head.

A corrupt file, or one written by a newer CounterDesk, is refused *before* anything
writes to it, so the user can open another file and nothing stored is lost.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from counterdesk import paths
from counterdesk.domain.backup_rotation import BackupKind
from counterdesk.domain.errors import DatabaseBusy, DatabaseError
from counterdesk.store.backups import (
    PARTIAL,
    backup_name,
    copy_whole,
    list_backups,
    rotate_backups,
)
from counterdesk.store.engine import is_busy, make_engine, make_session_factory, sqlite_url

if TYPE_CHECKING:
    from alembic.config import Config

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUPS_KEPT = 10


@dataclass
class Database:
    """An open, migrated database."""

    url: str
    engine: Engine
    session_factory: sessionmaker[Session]
    path: Path | None = None  # the SQLite file, when there is one
    backup: Path | None = None  # the copy made on opening, if any

    def describe(self) -> str:
        if self.path:
            return str(self.path)
        url = self.engine.url  # the server and database, never the user's password
        port = f":{url.port}" if url.port else ""
        return f"server {url.host or 'lokal'}{port}/{url.database}"

    def dispose(self) -> None:
        self.engine.dispose()


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(paths.db_dir()))
    return config


_REVISION = re.compile(r'^(down_revision|revision): str(?: \| None)? = "?([\w]+|None)"?', re.M)


@cache
def _revision_graph() -> dict[str, str | None]:
    """revision -> down_revision, read from db/versions without importing Alembic.

    Importing Alembic costs ~0.15 s of every start; it is only needed when an upgrade is
    actually pending. (A test checks this agrees with Alembic's own view.)
    """
    graph: dict[str, str | None] = {}
    for script in sorted((paths.db_dir() / "versions").glob("*.py")):
        found = dict((k, v) for k, v in _REVISION.findall(script.read_text(encoding="utf-8")))
        if "revision" in found:
            down = found.get("down_revision")
            graph[found["revision"]] = None if down in (None, "None") else down
    return graph


def head_revision() -> str:
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise DatabaseError(f"Migrasi di db/versions bercabang atau kosong: {sorted(heads)}.")
    return heads.pop()


def _known_revisions() -> set[str]:
    return set(_revision_graph())


def _inspect_sqlite_file(path: Path) -> str | None:
    """Return the file's schema revision (None for an empty file); raise if unusable."""
    with path.open("rb") as fh:
        header = fh.read(16)
    if header and header != SQLITE_HEADER:
        raise DatabaseError(
            f"Berkas '{path}' bukan database CounterDesk atau rusak. Berkas tidak diubah; "
            "pilih berkas database lain atau pulihkan dari cadangan."
        )
    if not header:
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            # Reading the schema finds a broken first page or schema; the whole file is
            # read by `quick_check` (below), which takes seconds on a large database and so
            # runs before a CLI command but behind the GUI's login screen.
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                if tables - {"sqlite_sequence"}:
                    raise DatabaseError(
                        f"Berkas '{path}' berisi database lain, bukan milik CounterDesk. "
                        "Berkas tidak diubah; pilih berkas database CounterDesk."
                    )
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            f"Berkas database '{path}' rusak ({exc}). Berkas tidak diubah; "
            "pilih berkas lain atau pulihkan dari cadangan."
        ) from exc
    return str(row[0]) if row else None


def quick_check(path: Path) -> str | None:
    """What SQLite's `PRAGMA quick_check` finds wrong with a database file (its first
    findings), or None when it is sound. Reads every page: ~1.6 s for a 1.7 GB file in the
    page cache, ~13 s from disk; it changes nothing."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            found = [str(row[0]) for row in conn.execute("PRAGMA quick_check(3)")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:  # unreadable, or not a database at all
        return str(exc)
    if found == ["ok"]:
        return None
    lines = [line for row in found for line in row.splitlines() if not line.startswith("***")]
    return "; ".join(lines[:2])


class NewerDatabase(DatabaseError):
    """The file was written by a newer CounterDesk: update the app (an older backup is no
    cure: it would lose what the newer version stored)."""


def _check_not_newer(revision: str | None, where: str) -> None:
    if revision is not None and revision not in _known_revisions():
        raise NewerDatabase(
            f"Database '{where}' dibuat oleh versi CounterDesk yang lebih baru "
            f"(skema {revision}). Berkas tidak diubah; perbarui aplikasi CounterDesk "
            "atau buka database lain."
        )


def backup_sqlite(path: Path, backup_dir: Path, *, label: str = "") -> Path:
    """Copy the database aside with SQLite's online backup (consistent even in WAL)."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    target = backup_dir / backup_name(path.stem, datetime.now(), label)
    _clear_partial_copies(backup_dir)
    copy_whole(path, target)
    logging.getLogger(__name__).info("Cadangan database dibuat: %s", target)
    # A cap on the automatic copies only: pre-migration and requested copies stay.
    old = [b for b in list_backups(path, backup_dir) if b.kind is BackupKind.DAILY]
    for stale in old[:-BACKUPS_KEPT]:
        (backup_dir / stale.name).unlink(missing_ok=True)
    return target


def _clear_partial_copies(backup_dir: Path) -> None:
    """Delete what copies cut half-way left (up to the database's size each); not one
    begun in the last hour, which another window may still be writing."""
    for partial in backup_dir.glob(f".*{PARTIAL}*"):
        with contextlib.suppress(OSError):
            if time.time() - partial.stat().st_mtime > 3600:
                partial.unlink()


def _backed_up_today(path: Path, backup_dir: Path) -> bool:
    """A daily copy (no label) exists for today: labelled copies (before an import, an
    upgrade, a restore; manual) are rotated by their own rules, so they do not stand in."""
    today = datetime.now().date()
    return any(
        b.kind is BackupKind.DAILY and b.taken.date() == today
        for b in list_backups(path, backup_dir)
    )


def upgrade(engine: Engine) -> None:
    from alembic import command

    config = alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except OperationalError as exc:
        if is_busy(exc):  # another window holds the file: say so, nothing was changed
            raise DatabaseBusy(
                "Database sedang dipakai oleh jendela atau program CounterDesk lain, jadi "
                "pembaruan skemanya belum dapat dijalankan (tidak ada yang diubah). Tutup "
                "CounterDesk yang lain, lalu buka lagi."
            ) from exc
        raise


def open_sqlite(path: Path, *, backup_dir: Path | None = None) -> Database:
    """Open (creating if needed) a SQLite database file and bring it to head.

    The file is copied aside first when an upgrade is pending. The daily copy is not made
    here: opening must stay quick however large the file is, so the app makes it in the
    background once the window is up (``daily_backup``).
    """
    path = path.expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    revision = _inspect_sqlite_file(path) if path.exists() else None
    _check_not_newer(revision, str(path))
    backup: Path | None = None
    pending = revision != head_revision()
    if pending and path.exists() and path.stat().st_size > 0:
        backup = backup_sqlite(path, backup_dir or backups_dir(path), label="sebelum-upgrade")
    engine = make_engine(sqlite_url(path))
    if pending:
        try:
            upgrade(engine)
        except Exception as exc:
            logging.getLogger(__name__).error("Pembaruan skema %s gagal", path, exc_info=exc)
            engine.dispose()
            if isinstance(exc, DatabaseError | DatabaseBusy):
                raise
            raise _migration_failed(path, revision, backup, exc) from exc
        logging.getLogger(__name__).info(
            "Skema database %s diperbarui: %s -> %s", path, revision or "baru", head_revision()
        )
    return Database(sqlite_url(path), engine, make_session_factory(engine), path, backup)


def _migration_failed(
    path: Path, revision: str | None, backup: Path | None, exc: Exception
) -> DatabaseError:
    """An upgrade that failed half-way: it ran in one transaction, so nothing of it stays."""
    reason = " ".join(str(exc).split())[:200]
    copy = f" Salinannya sebelum pembaruan: {backup}." if backup else ""
    return DatabaseError(
        f"Pembaruan skema database '{path}' (dari skema {revision or 'kosong'}) gagal di "
        f"tengah jalan ({reason}). Pembaruan berjalan dalam satu transaksi, jadi database "
        f"tetap seperti sebelumnya.{copy} Pulihkan dari cadangan terakhir yang baik, atau "
        "pakai lagi versi CounterDesk sebelumnya dan laporkan ke admin."
    )


def check_restorable(path: Path) -> None:
    """Raise unless ``path`` is a CounterDesk database this app can open: not another
    program's file, not from a newer CounterDesk (an older one is upgraded on opening)."""
    if not path.is_file():
        raise DatabaseError(f"Berkas {path} tidak ada. Periksa nama dan foldernya.")
    _check_not_newer(_inspect_sqlite_file(path), str(path))


def backups_dir(path: Path) -> Path:
    return path.parent / "backups"


def daily_backup(
    path: Path, backup_dir: Path | None = None, *, from_copy: Path | None = None
) -> Path | None:
    """Copy the database aside unless a daily copy was made today; the new copy, or None.

    ``from_copy``: a copy of the database made a moment ago (before an import) becomes the
    day's copy too, as a second name of the same file (a hard link; a plain copy of that
    closed file where links are not possible), instead of reading the database again."""
    backups = backup_dir or backups_dir(path)
    if not path.exists() or _backed_up_today(path, backups):
        return None
    if from_copy is None:
        made = backup_sqlite(path, backups)
    else:
        made = backups / backup_name(path.stem, datetime.now())
        try:
            os.link(from_copy, made)
        except OSError:
            shutil.copyfile(from_copy, made)
    rotate_backups(path, backups)  # 7 daily, 4 weekly, every pre-migration copy
    return made


def driver_missing(url: str, exc: ModuleNotFoundError) -> str:
    """What to do when the driver a URL names cannot be imported (psycopg comes with
    CounterDesk, so an installation that lacks it is broken)."""
    return (
        f"Driver database untuk '{url.split(':', 1)[0]}' belum terpasang ({exc.name}). "
        "Pasang ulang CounterDesk (pip install --force-reinstall counterdesk) atau "
        "tanyakan ke admin."
    )


def open_url(url: str) -> Database:
    """Open a server database (e.g. PostgreSQL); the server's own backups apply."""
    if url.startswith("sqlite:///"):
        return open_sqlite(Path(url.removeprefix("sqlite:///")))
    try:
        engine = make_engine(url)
    except ModuleNotFoundError as exc:
        raise DatabaseError(driver_missing(url, exc)) from exc
    except ArgumentError as exc:
        raise DatabaseError(
            f"URL database '{url}' tidak dikenali; contoh: "
            "postgresql+psycopg://pengguna:sandi@server/counterdesk."
        ) from exc
    try:
        conn_cm = engine.connect()
    except OperationalError as exc:
        raise DatabaseError(
            f"Server database tidak dapat dihubungi ({exc.orig}). Periksa alamat, nama "
            "pengguna dan kata sandi di --database-url, atau hubungi admin jaringan."
        ) from exc
    revision: str | None = None
    with conn_cm as conn:
        if inspect(conn).has_table("alembic_version"):
            row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchone()
            revision = str(row[0]) if row else None
            _check_not_newer(revision, url)
    if revision != head_revision():  # Alembic is imported only when there is work
        upgrade(engine)
    return Database(url, engine, make_session_factory(engine))
