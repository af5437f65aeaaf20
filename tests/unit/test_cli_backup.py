"""`counterdesk backup` and `counterdesk restore` as an admin types them: where the copy
went, what the restore did, and a refusal with exit code 2 that changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from counterdesk import cli
from tests.conftest import PASSWORD, Office

pytestmark = pytest.mark.sqlite_only  # the SQLite file, its copies and checks


@pytest.fixture(autouse=True)
def _admin_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERDESK_PASSWORD", PASSWORD)


def _run(office: Office, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["--database-url", office.runtime.db.url, *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_backup_then_restore_says_what_happened(
    office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(office, capsys, "backup")
    assert code == 0 and f"Cadangan tersimpan: {tmp_path / 'backups'}" in out
    target = tmp_path / "usb.sqlite3"
    code, out, _ = _run(office, capsys, "backup", "--to", str(target))
    assert code == 0 and str(target) in out and target.exists()
    code, out, _ = _run(office, capsys, "restore", str(target), "--as", "admin")
    assert code == 0
    assert "dipulihkan dari" in out and "sebelum pemulihan disalin ke" in out
    assert "Loket ini sekarang memakai kode L02 (sebelumnya L01)" in out


def test_backup_refuses_to_overwrite_a_file(
    office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "ada.sqlite3"
    target.write_text("isi lama")
    code, _, err = _run(office, capsys, "backup", "--to", str(target))
    assert code == 2 and "tidak akan ditimpa" in err and target.read_text() == "isi lama"


def test_restore_refuses_a_broken_file(
    office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "rusak.sqlite3"
    broken.write_bytes(b"x" * 4096)
    code, _, err = _run(office, capsys, "restore", str(broken), "--as", "admin")
    assert code == 2 and "Galat:" in err and "tidak diubah" in err
