"""The office server's connection: remembered without its password, the password from
the keyring or asked, a failed connection said plainly."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.compat.properties import classproperty

from counterdesk.domain.errors import DatabaseError, ValidationErrors
from counterdesk.services import server_settings as ss
from counterdesk.services.runtime import Runtime
from tests import databases


class MemoryKeyring(KeyringBackend):
    """An OS keyring stand-in (this machine has no keyring backend)."""

    @classproperty
    def priority(cls) -> float:
        raise RuntimeError("never chosen by keyring itself: only set by a test")

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def os_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


SERVER = ss.ServerSettings("192.168.1.10", "kantor", "loket", 5433)


def test_a_url_given_is_used_with_its_password_and_remembered_without_it(tmp_path: Path) -> None:
    target = ss.start_target(
        "postgresql+psycopg://loket:s3cr%40t@192.168.1.10:5433/kantor", data_dir=tmp_path
    )
    assert target is not None and target.remember
    assert (target.settings, target.password) == (SERVER, "s3cr@t")
    assert "s3cr%40t@192.168.1.10" in target.url()
    said = ss.remember(target.settings, target.password, tmp_path)
    stored = ss.settings_file(tmp_path).read_text(encoding="utf-8")
    assert "s3cr" not in stored and json.loads(stored)["host"] == "192.168.1.10"
    assert "tidak disimpan: ditanyakan saat mulai" in said  # no keyring on this machine
    assert ss.load(tmp_path) == SERVER


def test_later_starts_use_the_remembered_server_and_ask_for_its_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert ss.start_target(None, data_dir=tmp_path) is None  # first run: the SQLite file
    ss.save(SERVER, tmp_path)
    monkeypatch.delenv(ss.PASSWORD_ENV, raising=False)
    target = ss.start_target(None, data_dir=tmp_path)
    assert target is not None and (target.settings, target.password) == (SERVER, None)
    assert not target.remember
    monkeypatch.setenv(ss.PASSWORD_ENV, "dari-variabel")
    target = ss.start_target(None, data_dir=tmp_path)
    assert target is not None and target.password == "dari-variabel"
    assert ss.start_target(None, demo=True, data_dir=tmp_path) is None  # the demo: its file
    assert ss.start_target("sqlite:////tmp/lain.sqlite3", data_dir=tmp_path) is None


def test_the_password_goes_to_the_os_keyring_when_there_is_one(
    tmp_path: Path, os_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ss.PASSWORD_ENV, raising=False)
    said = ss.remember(SERVER, "rahasia-db", tmp_path)
    assert "keyring sistem operasi" in said
    assert os_keyring.kept == {(ss.KEYRING_SERVICE, "loket@192.168.1.10:5433/kantor"): "rahasia-db"}
    assert "rahasia-db" not in ss.settings_file(tmp_path).read_text(encoding="utf-8")
    target = ss.start_target(None, data_dir=tmp_path)
    assert target is not None and target.password == "rahasia-db"


def test_the_form_names_each_wrong_field() -> None:
    with pytest.raises(ValidationErrors) as caught:
        ss.make_settings(" ", "lima", "", "cd")
    assert caught.value.by_field() == {
        "host": "Alamat server wajib diisi.",
        "database": "Nama database wajib diisi.",
        "port": "Port harus angka 1–65535; PostgreSQL biasanya 5432.",
    }
    assert ss.make_settings(" server ", "5432", "kantor", "cd") == ss.ServerSettings(
        "server", "kantor", "cd"
    )


def test_a_broken_settings_file_says_what_to_do(tmp_path: Path) -> None:
    ss.settings_file(tmp_path).write_text("{", encoding="utf-8")
    with pytest.raises(DatabaseError, match=r"rusak .*Hapus berkas itu"):
        ss.load(tmp_path)


def test_testing_a_server_that_is_not_there_says_so_plainly() -> None:
    settings = ss.ServerSettings("127.0.0.1", "kantor", "cd", _closed_port())
    check = ss.check_connection(settings, "cd")
    assert not check.ok and check.problem is ss.Problem.UNREACHABLE
    assert check.message.startswith("Server database kantor 127.0.0.1:")
    assert "tidak dapat dihubungi" in check.message and "coba lagi" in check.message


def _server() -> ss.ServerSettings:
    if not databases.on_server():
        pytest.skip("perlu server PostgreSQL (COUNTERDESK_TEST_DATABASE_URL)")
    settings, _password = ss.from_url(databases.server_url())
    return settings


def test_testing_the_server_names_a_wrong_password_or_database() -> None:
    settings = _server()
    _same, password = ss.from_url(databases.server_url())
    wrong = ss.check_connection(settings, "bukan-sandinya")
    assert wrong.problem is ss.Problem.LOGIN and "menolak pengguna" in wrong.message
    missing = ss.ServerSettings(settings.host, "tidak_ada_db", settings.user, settings.port)
    gone = ss.check_connection(missing, password)
    assert gone.problem is ss.Problem.NO_DATABASE and "tidak ada database" in gone.message


def test_testing_the_server_says_whether_an_office_is_there(runtime: Runtime) -> None:
    _server()
    settings, password = ss.from_url(runtime.db.url)
    check = ss.check_connection(settings, password)
    assert check.ok and "masih kosong" in check.message and check.office_name == ""


def test_opening_with_a_wrong_password_is_said_not_raised_raw(tmp_path: Path) -> None:
    settings = _server()
    target = ss.StartTarget(settings, "bukan-sandinya", remember=True)
    with pytest.raises(ss.ServerConnectionError) as caught:
        ss.open_server(target)
    assert caught.value.problem is ss.Problem.LOGIN
    assert not ss.settings_file().exists()  # a failed connection is not remembered
