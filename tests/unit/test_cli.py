"""The CLI as an admin uses it: real process, real database in a temp folder."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ENV_PASSWORD = "rahasia123"


def run(
    data_dir: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "COUNTERDESK_DATA_DIR": str(data_dir), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "counterdesk", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
        check=False,
    )


def test_calendar_due_across_idul_fitri_2026(tmp_path: Path) -> None:
    result = run(tmp_path, "calendar", "due", "2026-03-17", "2")
    assert result.returncode == 0, result.stderr
    assert "Jatuh tempo     : Kamis, 26 Maret 2026" in result.stdout
    assert "Hari Raya Idul Fitri" in result.stdout  # says which days were skipped


def test_calendar_year_lists_named_closed_days(tmp_path: Path) -> None:
    result = run(tmp_path, "calendar", "2026")
    assert result.returncode == 0
    assert "Hari Suci Nyepi" in result.stdout and "Cuti bersama" in result.stdout


def test_calendar_beyond_known_years_warns(tmp_path: Path) -> None:
    result = run(tmp_path, "calendar", "due", "2031-01-06", "5")
    assert "PERINGATAN" in result.stdout and "2031" in result.stdout


def test_catalog_list_shows_every_service_with_its_time_limit(tmp_path: Path) -> None:
    result = run(tmp_path, "catalog", "list")
    assert result.returncode == 0
    for expected in (
        "produk-tipe-5",
        "41 hari kerja",
        "14–30 hari kerja",
        "sak/legalisasi",
        "informasi-bc-aceh/informasi",
        "7 hari kerja",
        "13 layanan dari 5",
    ):
        assert expected in result.stdout


@pytest.fixture
def initialised(tmp_path: Path) -> Path:
    result = run(
        tmp_path,
        "init",
        "--office-name",
        "Balai Sertifikasi",
        "--address",
        "Jl. Raya Bogor",
        "--counter",
        "B02",
        "--signatory-name",
        "Nurul",
        "--signatory-title",
        "Kepala Balai",
        "--admin-user",
        "admin",
        "--admin-name",
        "Admin",
        env={"COUNTERDESK_ADMIN_PASSWORD": ENV_PASSWORD},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "loket B02" in result.stdout
    return tmp_path


def test_init_refuses_bad_counter_code_with_a_message(tmp_path: Path) -> None:
    result = run(
        tmp_path,
        "init",
        "--office-name",
        "X",
        "--address",
        "Y",
        "--counter",
        "loket 1",
        "--signatory-name",
        "N",
        "--signatory-title",
        "T",
        "--admin-user",
        "admin",
        "--admin-name",
        "A",
        env={"COUNTERDESK_ADMIN_PASSWORD": ENV_PASSWORD},
    )
    assert result.returncode == 2
    assert "counter_code" in result.stdout and "Kode loket" in result.stdout


def test_audit_verify_names_the_edited_event(initialised: Path) -> None:
    ok = run(initialised, "audit", "verify")
    assert ok.returncode == 0 and "utuh" in ok.stdout
    db = initialised / "counterdesk.sqlite3"
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE audit_event SET actor_name='penyusup' WHERE seq=1")
    bad = run(initialised, "audit", "verify")
    assert bad.returncode == 1
    assert "#1" in bad.stdout and "diubah" in bad.stdout


def test_user_commands_need_an_admin_and_add_users(initialised: Path) -> None:
    env = {"COUNTERDESK_PASSWORD": ENV_PASSWORD, "COUNTERDESK_NEW_PASSWORD": "petugas123"}
    added = run(
        initialised,
        "user",
        "--as",
        "admin",
        "add",
        "siti",
        "--name",
        "Siti",
        "--roles",
        "officer",
        env=env,
    )
    assert added.returncode == 0, added.stderr
    listed = run(initialised, "user", "--as", "admin", "list", env=env)
    assert "siti" in listed.stdout and "Petugas loket" in listed.stdout
    denied = run(
        initialised, "user", "--as", "siti", "list", env={"COUNTERDESK_PASSWORD": "petugas123"}
    )
    assert denied.returncode == 2 and "Admin" in denied.stderr


def test_corrupt_database_gets_a_clear_message_and_stays_untouched(tmp_path: Path) -> None:
    db = tmp_path / "counterdesk.sqlite3"
    db.write_bytes(b"garbage" * 500)
    result = run(tmp_path, "db", "info")
    assert result.returncode == 2
    assert "rusak" in result.stderr
    assert db.read_bytes() == b"garbage" * 500


def test_admin_enters_a_year_the_calendar_does_not_know(initialised: Path) -> None:
    holidays_2031 = initialised / "libur-2031.csv"
    holidays_2031.write_text(
        "tanggal,nama\n2031-01-01,Tahun Baru Masehi\n2031-01-02,Cuti bersama\n"
    )
    env = {"COUNTERDESK_PASSWORD": ENV_PASSWORD}
    before = run(initialised, "calendar", "due", "2030-12-31", "2")
    assert "PERINGATAN" in before.stdout
    entered = run(
        initialised, "calendar", "isi-tahun", "2031", str(holidays_2031), "--as", "admin", env=env
    )
    assert entered.returncode == 0, entered.stdout + entered.stderr
    after = run(initialised, "calendar", "due", "2030-12-31", "2")
    assert "Senin, 6 Januari 2031" in after.stdout  # 1 and 2 Jan closed, 3 Jan Friday = day 1
    assert "libur 2031" in before.stdout and "libur 2031" not in after.stdout


def test_commands_on_an_office_not_set_up_say_so(tmp_path: Path) -> None:
    result = run(
        tmp_path, "user", "--as", "admin", "list", env={"COUNTERDESK_PASSWORD": ENV_PASSWORD}
    )
    assert result.returncode == 2
    assert "belum disiapkan" in result.stderr and "counterdesk init" in result.stderr


def test_negative_days_and_unknown_database_driver_get_messages(tmp_path: Path) -> None:
    days = run(tmp_path, "calendar", "due", "2026-03-17", "-2")
    assert days.returncode == 2 and "negatif" in days.stdout
    server = run(tmp_path, "--database-url", "nosuchdb://x/y", "db", "info")
    assert server.returncode == 2 and "Galat:" in server.stderr
    assert "Traceback" not in server.stderr
