"""`counterdesk init --database-url postgresql+psycopg://…` sets the office up on the
server; later commands need no flag, and the password is never written to the data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from counterdesk.services import server_settings
from tests import databases
from tests.unit.test_cli import run

pytestmark = pytest.mark.skipif(
    not databases.on_server(), reason="perlu server PostgreSQL (COUNTERDESK_TEST_DATABASE_URL)"
)


@pytest.fixture
def server_database() -> str:
    url = databases.new_database()
    yield url  # type: ignore[misc]
    databases.drop_database(url)


def test_init_on_the_server_is_remembered_without_the_password(
    tmp_path: Path, server_database: str
) -> None:
    password = make_url(server_database).password or ""
    result = run(
        tmp_path,
        "init",
        "--database-url",
        server_database,
        "--office-name",
        "Balai Kantor Server",
        "--address",
        "Jl. Merdeka 1",
        "--counter",
        "S01",
        "--signatory-name",
        "Budi",
        "--signatory-title",
        "Kepala",
        "--admin-user",
        "admin",
        "--admin-name",
        "Admin",
        env={"COUNTERDESK_ADMIN_PASSWORD": "rahasia123", "COUNTERDESK_DB_PASSWORD": ""},
    )
    assert result.returncode == 0, result.stderr
    assert "Kantor 'Balai Kantor Server' siap" in result.stdout
    assert "kata sandinya tidak disimpan" in result.stdout  # no keyring on a CI machine
    stored = (tmp_path / server_settings.SETTINGS_FILE).read_text(encoding="utf-8")
    assert json.loads(stored) == {
        "host": make_url(server_database).host,
        "port": make_url(server_database).port or 5432,
        "database": make_url(server_database).database,
        "user": make_url(server_database).username,
        "driver": "postgresql+psycopg",
    }  # no password
    assert f":{password}@" not in result.stdout

    later = run(tmp_path, "db", "info", env={"COUNTERDESK_DB_PASSWORD": password})
    assert later.returncode == 0, later.stderr
    assert "Disiapkan: ya" in later.stdout and "server" in later.stdout

    refused = run(tmp_path, "db", "info", env={"COUNTERDESK_DB_PASSWORD": "bukan-sandinya"})
    assert refused.returncode == 2
    assert "menolak pengguna" in refused.stderr and "COUNTERDESK_DB_PASSWORD" in refused.stderr
    assert "Traceback" not in refused.stderr

    unasked = run(tmp_path, "db", "info", env={"COUNTERDESK_DB_PASSWORD": ""})  # no terminal
    assert unasked.returncode == 2 and "meminta kata sandi database" in unasked.stderr
    assert "COUNTERDESK_DB_PASSWORD" in unasked.stderr
