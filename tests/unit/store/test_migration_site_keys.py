"""Migration 0007: a counter set up before sync existed gets its sync and signing keys
and the office its UUID, so it can join a roster without being set up again."""

from __future__ import annotations

import base64
import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic import command
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from counterdesk.store.engine import make_engine, sqlite_url
from counterdesk.store.migrate import alembic_config, open_sqlite

pytestmark = pytest.mark.sqlite_only  # SQLite files at old revisions and their copies


def _set_up_at_0006(path: Path, site_id: uuid.UUID) -> None:
    engine = make_engine(sqlite_url(path))
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0006")
        conn.exec_driver_sql(
            "INSERT INTO site (id, code, name, is_local, revoked, created_at) VALUES "
            f"('{site_id.hex}', 'L01', 'Loket utama', 1, 0, '2026-11-02 01:00:00')"
        )
        conn.exec_driver_sql(
            f"INSERT INTO setting (key, value) VALUES ('site.local_id', '{site_id}')"
        )
    engine.dispose()


def test_an_existing_counter_gets_its_keys_and_the_office_its_uuid(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    site_id = uuid.uuid4()
    _set_up_at_0006(path, site_id)
    open_sqlite(path).dispose()
    with sqlite3.connect(path) as conn:
        settings = dict(conn.execute("SELECT key, value FROM setting"))
        public, signing = conn.execute(
            "SELECT exchange_public_key, signing_public_key FROM site"
        ).fetchone()
    owner, _, encoded = settings["site.exchange_private_key"].partition(":")
    assert owner == str(site_id)
    private = X25519PrivateKey.from_private_bytes(base64.b64decode(encoded))
    assert private.public_key().public_bytes_raw() == public
    assert settings["site.signing_private_key"].startswith(f"{site_id}:")
    assert len(signing) == 32
    assert uuid.UUID(settings["office.uid"])


def test_a_database_not_yet_set_up_gets_no_keys(tmp_path: Path) -> None:
    path = tmp_path / "fresh.sqlite3"
    open_sqlite(path).dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM setting").fetchone() == (0,)
