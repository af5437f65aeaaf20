"""`counterdesk sync …` as an admin and a supervisor use it, in-process on the office's
database file (--database-url sqlite:///…)."""

from __future__ import annotations

import pytest

from counterdesk import cli
from counterdesk.domain.roles import Role
from counterdesk.services import sync_conflicts
from tests.conftest import PASSWORD, Office
from tests.sync_conflict_helpers import MINE, REMOTE_USER, THEIRS, phone_conflict


@pytest.fixture
def run(office: Office, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COUNTERDESK_PASSWORD", PASSWORD)
    url = f"sqlite:///{office.runtime.db.path}"

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
    assert f"[{str(made.conflict_id)[:8]}] Pemohon Budi Santoso — Telepon" in out
    assert f"1. {THEIRS}\n     oleh {REMOTE_USER} di loket L02" in out
    assert "(berlaku sekarang)" in out
    assert f"2. {MINE}\n     oleh petugas di loket L01" in out


def test_a_supervisor_resolves_by_the_short_id(office: Office, run) -> None:  # type: ignore[no-untyped-def]
    made = phone_conflict(office)
    short = str(made.conflict_id)[:8]
    code, out, err = run("conflicts", "--resolve", short, "--choose", "2", "--note", "sesuai KTP",
                         "--as", "atasan")  # fmt: skip
    assert code == 0, err
    assert out.strip() == f"Konflik {short} diselesaikan (Pemohon Budi Santoso, Telepon)."
    assert run("conflicts")[:2] == (0, "Tidak ada konflik yang menunggu.\n")
    admin = office.actors[Role.ADMIN]
    assert sync_conflicts.open_count(office.runtime, admin) == 0


def test_resolving_needs_a_supervisor_and_a_choice(office: Office, run) -> None:  # type: ignore[no-untyped-def]
    made = phone_conflict(office)
    short = str(made.conflict_id)[:8]
    code, _, err = run("conflicts", "--resolve", short, "--choose", "1")
    assert code == 2 and "hanya oleh atasan: tambahkan --as ATASAN" in err
    code, _, err = run("conflicts", "--resolve", short, "--as", "atasan")
    assert code == 2 and "--choose N" in err
    code, _, err = run("conflicts", "--resolve", short, "--choose", "1", "--as", "admin")
    assert code == 2 and "hanya untuk Verifikator / atasan" in err
    code, _, err = run("conflicts", "--resolve", "ffffffff", "--choose", "1", "--as", "atasan")
    assert code == 2 and "Tidak ada konflik terbuka ber-ID ffffffff" in err
    assert sync_conflicts.open_count(office.runtime, office.actors[Role.ADMIN]) == 1


def test_no_conflicts_says_so(run) -> None:  # type: ignore[no-untyped-def]
    assert run("conflicts") == (0, "Tidak ada konflik yang menunggu.\n", "")
