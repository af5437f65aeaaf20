"""The application log: where it is, what a line says, and what it never says."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from counterdesk import app_log, cli
from counterdesk.services import backups, passwords
from counterdesk.services.runtime import Runtime

NIK = "3201123456780001"
MASKED_NIK = "3201********0001"
PASSWORD = "Rahasia!Loket9"

log = logging.getLogger("counterdesk.test")


@pytest.fixture(autouse=True)
def _closed_log() -> Iterator[None]:
    yield
    app_log.set_user(None, "")
    app_log.shutdown()


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_a_line_has_time_with_offset_level_user_counter_action_and_message(
    tmp_path: Path,
) -> None:
    path = app_log.setup(tmp_path)
    assert path == tmp_path / "logs" / "counterdesk.log"
    app_log.set_user("petugas", "L01")
    with app_log.action("Impor registri"):
        log.info("Impor selesai: %d baris", 120)
    line = _text(path).splitlines()[-1]
    assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d INFO ", line), line
    assert "counterdesk.test" in line
    assert "pengguna=petugas loket=L01 aksi=Impor registri" in line
    assert line.endswith("Impor selesai: 120 baris")


def test_a_traceback_carrying_a_nik_and_a_password_is_written_masked(tmp_path: Path) -> None:
    path = app_log.setup(tmp_path)

    def save(nik: str, password: str) -> None:
        raise ValueError(f"NIK {nik} ditolak; password={password}")

    try:
        save(NIK, PASSWORD)
    except ValueError:
        log.exception("Simpan pemohon gagal untuk %s", NIK)
    text = _text(path)
    assert "Traceback (most recent call last)" in text and "ValueError" in text
    assert NIK not in text and PASSWORD not in text
    assert text.count(MASKED_NIK) == 2  # in the message and in the exception's text
    assert "password=[disamarkan]" in text


def test_hashes_keys_and_named_secrets_never_reach_the_file(tmp_path: Path) -> None:
    path = app_log.setup(tmp_path)
    hashed = passwords.hash_password(PASSWORD)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    import base64

    raw = base64.b64encode(key.private_bytes_raw()).decode()
    log.info("hash %s", hashed)
    log.info("kunci %s", pem)
    log.info("pengaturan site.signing_private_key = %s", raw)
    log.info("formulir %r", {"username": "admin", "kata_sandi": PASSWORD, "sandi": "x y"})
    log.error("INSERT gagal\n[parameters: ('Budi', '%s')]", "Jl. Merdeka 1")
    text = _text(path)
    for secret in (hashed, raw, PASSWORD, "PRIVATE KEY-----\n", "Jl. Merdeka", "x y"):
        assert secret not in text
    assert "$argon2id$[disamarkan]" in text and "[kunci privat disamarkan]" in text
    assert "'username': 'admin'" in text  # what is not secret stays readable


def test_a_server_database_url_loses_its_password() -> None:
    assert app_log.redact("Database dibuka: postgresql://loket:S3cret@db/cd") == (
        "Database dibuka: postgresql://loket:[disamarkan]@db/cd"
    )


@pytest.mark.parametrize(
    "raw",
    [
        f'KeyError("pemohon {NIK} password={PASSWORD}")',
        f"ValueError: 'sandi={PASSWORD}'",
        f"simpan {passwords.hash_password(PASSWORD)}",
        f"[parameters: ('Budi', '{NIK}')]",
    ],
)
def test_masking_twice_changes_nothing_more_and_keeps_the_quotes(raw: str) -> None:
    once = app_log.redact(raw)
    assert app_log.redact(once) == once  # the filter and the formatter both mask
    assert PASSWORD not in once and NIK not in once
    if not raw[-1].isalnum():
        assert once[-1] == raw[-1]  # a closing quote or bracket is not eaten


def test_ordinary_numbers_and_words_stay_as_they_are() -> None:
    text = "Kuitansi TT-L01-20261126-000005, serial 12345678901234567890; Kata sandi salah."
    assert app_log.redact(text) == text


def test_an_unwritable_data_folder_falls_back_to_stderr(tmp_path: Path) -> None:
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("berkas, bukan folder")
    stream = io.StringIO()
    assert app_log.setup(blocker, stream=stream) is None
    log.error("Database %s tidak dapat dibuka", NIK)
    assert f"Database {MASKED_NIK} tidak dapat dibuka" in stream.getvalue()
    assert "stderr" in app_log.where()


def test_the_log_rotates_and_keeps_five_old_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_log, "MAX_BYTES", 2_000)
    path = app_log.setup(tmp_path)
    assert path is not None
    for n in range(400):
        log.info("baris %03d %s", n, "x" * 50)
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == [
        "counterdesk.log",
        *(f"counterdesk.log.{n}" for n in range(1, 6)),
    ]
    assert all(p.stat().st_size <= 2_000 for p in path.parent.iterdir())
    assert "baris 399" in _text(path)


def test_a_cli_command_that_fails_unexpectedly_says_where_the_log_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError(f"kacau di baris NIK {NIK}")

    monkeypatch.setattr("counterdesk.commands.catalog.load_catalog", broken)
    code = cli.main(["--data-dir", str(tmp_path), "catalog", "list"])
    assert code == 2
    err = capsys.readouterr().err
    log_file = tmp_path / "logs" / "counterdesk.log"
    assert "Galat tak terduga (RuntimeError" in err and str(log_file) in err
    assert NIK not in err and MASKED_NIK in err
    text = _text(log_file)
    assert "INFO counterdesk.cli" in text and "mulai: perintah catalog" in text
    assert "ERROR counterdesk.cli" in text and "Perintah catalog gagal" in text
    assert "aksi=perintah catalog] Perintah catalog gagal" in text
    assert "Traceback" in text and "in broken" in text and NIK not in text


def test_opening_upgrading_and_backing_up_each_leave_one_info_line(tmp_path: Path) -> None:
    path = app_log.setup(tmp_path)
    runtime = Runtime.open(database_file=tmp_path / "kantor.sqlite3")
    try:
        copy = backups.manual_backup(runtime)
    finally:
        runtime.close()
    lines = _text(path).splitlines()
    assert [line.split(" ", 2)[1] for line in lines] == ["INFO"] * 3
    assert "Skema database" in lines[0] and "diperbarui: baru ->" in lines[0]
    assert lines[1].endswith(f"Database dibuka: {tmp_path / 'kantor.sqlite3'}")
    assert lines[2].endswith(f"Cadangan database dibuat: {copy}")
