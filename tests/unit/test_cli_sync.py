"""`counterdesk sync …` as an admin and a supervisor use it, in-process on the office's
database file (--database-url sqlite:///…)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from counterdesk import cli
from counterdesk.domain.roles import Role
from counterdesk.services import sync_conflicts
from tests.conftest import PASSWORD, Office
from tests.sync_conflict_helpers import MINE, REMOTE_USER, THEIRS, phone_conflict
from tests.sync_exchange_helpers import (
    PHONE_L01,
    PHONE_L02,
    carry,
    officer_named,
    phone_clash,
    phone_of,
    register,
)
from tests.sync_helpers import Counter, counters_in


@pytest.fixture
def run(office: Office, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COUNTERDESK_PASSWORD", PASSWORD)
    url = office.runtime.db.url

    def run(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--database-url", url, "sync", *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def test_conflicts_are_listed_side_by_side_with_who_and_where(office: Office, run) -> None:  # type: ignore[no-untyped-def]
    made = phone_conflict(office)
    code, out, _ = run("conflicts", "--as", "atasan")
    assert code == 1  # something waits for a supervisor
    assert "1 konflik menunggu keputusan atasan:" in out
    assert f"[{made.conflict_id.hex[-8:]}] Pemohon Budi Santoso — Telepon" in out
    assert f"1. {THEIRS}\n     oleh {REMOTE_USER} di loket L02" in out
    assert "(berlaku sekarang)" in out
    assert f"2. {MINE}\n     oleh petugas di loket L01" in out


def test_a_supervisor_resolves_by_the_short_id(office: Office, run) -> None:  # type: ignore[no-untyped-def]
    made = phone_conflict(office)
    short = made.conflict_id.hex[-8:]
    code, out, err = run("conflicts", "--resolve", short, "--choose", "2", "--note", "sesuai KTP",
                         "--as", "atasan")  # fmt: skip
    assert code == 0, err
    assert out.strip() == f"Konflik {short} diselesaikan (Pemohon Budi Santoso, Telepon)."
    assert run("conflicts")[:2] == (0, "Tidak ada konflik yang menunggu.\n")
    admin = office.actors[Role.ADMIN]
    assert sync_conflicts.open_count(office.runtime, admin) == 0


def test_resolving_needs_a_supervisor_and_a_choice(office: Office, run) -> None:  # type: ignore[no-untyped-def]
    made = phone_conflict(office)
    short = made.conflict_id.hex[-8:]
    code, _, err = run("conflicts", "--resolve", short, "--choose", "1")
    assert code == 2 and "hanya oleh atasan: tambahkan --as ATASAN" in err
    code, _, err = run("conflicts", "--resolve", short, "--as", "atasan")
    assert code == 2 and "--choose N" in err
    code, _, err = run("conflicts", "--resolve", short, "--choose", "1", "--as", "admin")
    assert code == 2 and "hanya untuk Verifikator / atasan" in err
    code, _, err = run("conflicts", "--resolve", "zzzzzzzz", "--choose", "1", "--as", "atasan")
    assert code == 2 and "Tidak ada konflik terbuka ber-ID zzzzzzzz" in err
    assert sync_conflicts.open_count(office.runtime, office.actors[Role.ADMIN]) == 1


def test_no_conflicts_says_so(run) -> None:  # type: ignore[no-untyped-def]
    assert run("conflicts") == (0, "Tidak ada konflik yang menunggu.\n", "")


def _cli(counter: Counter, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["--database-url", counter.runtime.db.url, "sync", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_export_import_and_status_between_two_counters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COUNTERDESK_PASSWORD", PASSWORD)
    with counters_in(tmp_path, ("L01", "L02")) as (l01, l02):
        register(l01)
        target = tmp_path / "L01-ke-L02.cdx"
        code, out, err = _cli(l01, capsys, "export", "--to", str(target), "--for", "l02",
                              "--as", "admin")  # fmt: skip
        assert code == 0, err
        assert f"Tersimpan: {target}" in out and "Untuk loket : L02" in out
        assert re.search(r"Pemohon\s+1\b", out)
        code, out, err = _cli(l02, capsys, "import", str(target), "--as", "admin")
        assert code == 0, err
        assert "Diimpor dari loket L01" in out and re.search(r"Pemohon\s+1\s+1\b", out)
        assert "Konflik baru    : 0" in out
        code, out, _ = _cli(l02, capsys, "import", str(target), "--as", "admin")
        assert (code, out.strip()) == (
            0,
            f"{target} sudah diimpor sebelumnya; tidak ada yang berubah.",
        )
        code, out, _ = _cli(l01, capsys, "status")
        assert code == 0
        assert "Loket ini     : L01" in out and "Loket L02 — Loket L02" in out
        assert "Terakhir dikirim : " in out and "(L01-ke-L02.cdx)" in out
        assert "Terakhir diterima: belum pernah" in out


def test_a_bad_file_is_refused_with_its_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COUNTERDESK_PASSWORD", PASSWORD)
    with counters_in(tmp_path, ("L01", "L02")) as (l01, _l02):
        junk = tmp_path / "foto.cdx"
        junk.write_bytes(b"bukan berkas sinkronisasi")
        code, _, err = _cli(l01, capsys, "import", str(junk), "--as", "admin")
        assert code == 2 and "foto.cdx bukan berkas sinkronisasi CounterDesk" in err


def test_a_conflict_from_a_real_exchange_is_listed_and_resolved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COUNTERDESK_PASSWORD", PASSWORD)
    with counters_in(tmp_path, ("L01", "L02")) as (l01, l02):
        applicant_id = phone_clash(l01, l02, tmp_path)
        code, out, _ = _cli(l01, capsys, "conflicts", "--as", "atasan")
        assert code == 1 and "Pemohon Budi Santoso — Telepon" in out
        assert PHONE_L01 in out and PHONE_L02 in out and "di loket L02" in out
        short = re.search(r"\[([0-9a-f]{8})\]", out).group(1)  # type: ignore[union-attr]
        number = 1 if out.index(PHONE_L02) < out.index(PHONE_L01) else 2
        code, _, err = _cli(l01, capsys, "conflicts", "--resolve", short, "--choose",
                            str(number), "--as", "atasan")  # fmt: skip
        assert code == 0, err
        assert carry(l01, l02, tmp_path, "4").conflicts == 0
        assert phone_of(l01, applicant_id) == phone_of(l02, applicant_id) == PHONE_L02


def test_the_listing_names_who_changed_each_value_at_either_counter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COUNTERDESK_PASSWORD", PASSWORD)
    with counters_in(tmp_path, ("L01", "L02")) as (l01, l02):
        phone_clash(l01, l02, tmp_path, l02_writer=officer_named(l02, "sari"))
        for counter in (l01, l02):
            code, out, _ = _cli(counter, capsys, "conflicts", "--as", "atasan")
            assert code == 1 and "tidak diketahui" not in out
            lines = out.splitlines()
            by = {  # each value's line, then "oleh … di loket …"
                value: lines[i + 1].split(",")[0].strip()
                for i, line in enumerate(lines)
                for value in (PHONE_L01, PHONE_L02)
                if line.endswith(value)
            }
            assert by == {
                PHONE_L01: "oleh petugas di loket L01",
                PHONE_L02: "oleh sari di loket L02",
            }
