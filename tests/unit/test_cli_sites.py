"""`counterdesk site …` as two admins use it on two PCs: the new PC writes its join
request, the office's admin admits it, the new PC imports the roster; revocation;
refusals with their messages and exit code 2. In-process, on each PC's database file."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from counterdesk import cli
from counterdesk.services import setup
from counterdesk.services.runtime import Runtime
from tests import databases
from tests.conftest import PASSWORD, Office, office_setup

Run = Callable[..., tuple[int, str, str]]
FINGERPRINT = r"[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}"


def _runner(runtime: Runtime, capsys: pytest.CaptureFixture[str]) -> Run:
    url = runtime.db.url

    def run(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--database-url", url, "site", *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


@pytest.fixture
def main_pc(
    office: Office, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Run:
    monkeypatch.setenv("COUNTERDESK_PASSWORD", PASSWORD)
    return _runner(office.runtime, capsys)


@pytest.fixture
def new_pc(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[Run]:
    runtime = databases.open_runtime(tmp_path / "baru.sqlite3")
    with runtime.unit() as session:
        setup.initialize(session, office_setup(counter_code="L02"))
    yield _runner(runtime, capsys)
    databases.close_runtime(runtime)


def test_a_new_counter_joins_by_three_commands(main_pc: Run, new_pc: Run, tmp_path: Path) -> None:
    request, roster = tmp_path / "L02.cdj", tmp_path / "roster.cdr"
    code, out, err = new_pc("join-request", "--out", str(request), "--name", "Loket Pelabuhan")
    assert code == 0, err
    assert f"Tersimpan: {request} (permintaan bergabung loket L02, Loket Pelabuhan)." in out
    spoken = re.search(rf"Sidik jari kunci tanda tangan loket ini: ({FINGERPRINT})", out)
    assert spoken is not None

    code, out, err = main_pc("admit", str(request), "--out", str(roster), "--as", "admin")
    assert code == 0, err
    assert (
        f"Loket L02 (Loket Pelabuhan) diterima; sidik jari kunci tanda tangannya {spoken[1]}" in out
    )
    assert f"Tersimpan: {roster} (roster versi 1)." in out

    code, out, err = main_pc("show")
    admin_key = re.search(rf"L01 .* tanda tangan ({FINGERPRINT}) .*\(loket ini\)", out)
    assert admin_key is not None and "Roster versi 1, 2 loket:" in out

    code, out, err = new_pc("roster", str(roster), "--check", "--as", "admin")
    assert code == 0, err
    assert "Roster dapat diimpor: versi 1" in out
    code, out, err = new_pc("roster", str(roster), "--as", "admin")
    assert code == 0, err
    assert "Roster diimpor: versi 1, ditandatangani loket L01." in out
    assert f"Sidik jari kunci loket L01: {admin_key[1]}" in out  # to compare by phone
    assert "Loket L01 (Loket utama) ditambahkan." in out

    code, out, _ = new_pc("show")
    assert re.search(r"L02 +Loket Pelabuhan .*\(loket ini\)", out)
    assert re.search(r"L01 +Loket utama +tanda tangan", out)


def test_refusals_say_what_to_do_and_exit_2(main_pc: Run, new_pc: Run, tmp_path: Path) -> None:
    request, roster = tmp_path / "L02.cdj", tmp_path / "roster.cdr"
    new_pc("join-request", "--out", str(request))
    code, _, err = main_pc("admit", str(request), "--out", str(roster), "--as", "petugas")
    assert code == 2 and "Tindakan ini hanya untuk Admin" in err
    main_pc("admit", str(request), "--out", str(roster), "--as", "admin")
    code, _, err = new_pc("roster", str(roster))
    assert code == 2 and "harus diimpor oleh admin" in err and "--as NAMA_ADMIN" in err
    tampered = tmp_path / "ubah.cdr"
    tampered.write_bytes(roster.read_bytes().replace(b'"L02"', b'"L07"'))
    code, _, err = new_pc("roster", str(tampered), "--as", "admin")
    assert code == 2 and "Tanda tangan roster tidak cocok dengan isinya" in err
    assert "tidak ada yang berubah" in err
    code, out, _ = new_pc("show")
    assert "Roster: belum ada" in out


def test_revoking_writes_the_roster_for_the_others(
    main_pc: Run, new_pc: Run, tmp_path: Path
) -> None:
    request, roster = tmp_path / "L02.cdj", tmp_path / "roster.cdr"
    new_pc("join-request", "--out", str(request))
    main_pc("admit", str(request), "--out", str(roster), "--as", "admin")
    new_pc("roster", str(roster), "--as", "admin")
    code, _, err = main_pc("revoke", "L02", "--as", "atasan")
    assert code == 2 and "hanya untuk Admin" in err
    revoked = tmp_path / "roster-2.cdr"
    code, out, err = main_pc("revoke", "L02", "--out", str(revoked), "--as", "admin")
    assert code == 0, err
    assert "Loket L02 dicabut; roster versi 2." in out and f"Tersimpan: {revoked}." in out
    code, out, _ = main_pc("show")
    assert re.search(r"L02 .*\(DICABUT \d+ \w+ \d{4}\)", out)
    code, out, err = new_pc("roster", str(revoked))  # a later roster: no admin needed
    assert code == 0, err
    assert "Loket L02 dicabut." in out
    code, out, err = main_pc("write-roster", "--out", str(tmp_path / "lagi.cdr"))
    assert code == 0 and "(roster versi 2, 2 loket)" in out
