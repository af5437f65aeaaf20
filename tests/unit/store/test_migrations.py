"""Migrations reach exactly the models, keep rows on upgrade, and refuse bad files
without touching them."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import ForeignKeyConstraint

from counterdesk.domain.errors import DatabaseError
from counterdesk.services.runtime import Runtime
from counterdesk.store.base import Base
from counterdesk.store.engine import make_engine, sqlite_url
from counterdesk.store.migrate import alembic_config, head_revision, open_sqlite
from tests import databases


@pytest.mark.filterwarnings("ignore:.*expression-based index")
@pytest.mark.sqlite_only
def test_migrations_from_empty_match_the_models_exactly(tmp_path: Path) -> None:
    db = open_sqlite(tmp_path / "a.sqlite3")
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    db.dispose()


def test_migrations_on_the_server_match_the_models_exactly(runtime: Runtime) -> None:
    """The same revisions give a server database (PostgreSQL) exactly the models, with
    the server's own column types (e.g. the widened HLC stamp of 0008)."""
    if not databases.on_server():
        pytest.skip("needs COUNTERDESK_TEST_DATABASE_URL (a PostgreSQL server)")
    with runtime.db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(context, Base.metadata)

    # On a server every foreign key is DEFERRABLE INITIALLY IMMEDIATE (0008: a sync import
    # defers them to COMMIT, as SQLite's defer_foreign_keys); the models do not say so,
    # because SQLite files keep theirs as created. Autogenerate sees each as removed and
    # added again; anything else is drift.
    def shape(fk: ForeignKeyConstraint) -> tuple[object, ...]:
        return (
            fk.table.name,
            tuple(c.name for c in fk.columns),
            fk.referred_table.name,
            tuple(e.column.name for e in fk.elements),
        )

    removed = {shape(d[1]) for d in diffs if d[0] == "remove_fk"}
    added = {shape(d[1]) for d in diffs if d[0] == "add_fk"}
    assert removed == added
    assert [d for d in diffs if d[0] not in ("remove_fk", "add_fk")] == []
    with runtime.db.engine.connect() as conn:
        not_deferrable = conn.exec_driver_sql(
            "SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND NOT condeferrable"
        ).scalar()
    assert not_deferrable == 0


FIRST_REVISION = "0001"


def _database_at_first_revision(path: Path) -> None:
    """A database as the first release left it, with a row in it."""
    engine = make_engine(sqlite_url(path))
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, FIRST_REVISION)
        conn.exec_driver_sql(
            "INSERT INTO closure (day, name, created_at) VALUES "
            "('2026-12-31', 'Tutup buku', '2026-11-01 00:00:00')"
        )
        stamp = "'', '', '2026-11-02 01:00:00', '2026-11-02 01:00:00'"
        conn.exec_driver_sql(
            "INSERT INTO applicant (id, kind, name, birth_place, sex, address, phone, email, "
            "nip, agency, kbli, contact_person, origin, hlc, created_at, updated_at) VALUES "
            f"('a1', 'person', 'Budi', '', 'L', '', '', '', '', '', '', '', {stamp})"
        )
        conn.exec_driver_sql(
            "INSERT INTO application (id, number, applicant_id, standard_code, service_code, "
            "catalog_version, channel, status, stage, received_at, paused_working_days, notes, "
            "close_reason, origin, hlc, created_at, updated_at) VALUES ('b1', 'TT-L01-26-0000019',"
            " 'a1', 'sak', 'sak/legalisasi', '1', 'datang_langsung', 'received', '', "
            f"'2026-11-02 01:00:00', 0, '', '', {stamp})"
        )
    engine.dispose()


@pytest.mark.sqlite_only
def test_upgrade_from_first_release_keeps_rows_and_backs_up_first(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _database_at_first_revision(path)
    db = open_sqlite(path)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name FROM closure").fetchall() == [("Tutup buku",)]
        app = conn.exec_driver_sql("SELECT number, answer, received_on FROM application").one()
        assert tuple(app) == ("TT-L01-26-0000019", "", "2026-11-02")
        version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    assert version == head_revision()
    assert db.backup is not None and db.backup.exists()
    with sqlite3.connect(db.backup) as conn:  # the copy holds the data as it was
        assert conn.execute("SELECT name FROM closure").fetchall() == [("Tutup buku",)]
    db.dispose()


@pytest.mark.sqlite_only
def test_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    _database_at_first_revision(path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dcafe9999'")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseError, match="perbarui aplikasi"):
        open_sqlite(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


@pytest.mark.sqlite_only
def test_corrupt_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "rusak.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as err:
        open_sqlite(path)
    assert "rusak" in str(err.value) and "pilih berkas" in str(err.value)
    assert path.read_bytes() == before


@pytest.mark.sqlite_only
def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lain.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE pelanggan (id INTEGER)")
    with pytest.raises(DatabaseError, match="bukan milik CounterDesk"):
        open_sqlite(path)


@pytest.mark.sqlite_only
def test_sqlite_pragmas_are_applied(tmp_path: Path) -> None:
    db = open_sqlite(tmp_path / "p.sqlite3")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
    db.dispose()


def test_fast_revision_reading_agrees_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    from counterdesk.store.migrate import _known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert _known_revisions() == {rev.revision for rev in script.walk_revisions()}


@pytest.mark.sqlite_only
def test_queue_index_exists_with_the_open_statuses(tmp_path: Path) -> None:
    """Alembic cannot compare expression indexes, so this one is checked by hand; that the
    queue query uses it on a large office is shown by the intake benchmark."""
    from counterdesk.domain.states import OPEN_SQL

    db = open_sqlite(tmp_path / "q.sqlite3")
    with db.engine.connect() as conn:
        sql = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name='ix_application_open_queue'"
        ).scalar()
    assert sql is not None and "due_on IS NULL" in sql and OPEN_SQL in sql
    db.dispose()
