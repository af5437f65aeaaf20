"""Start-up checks as the office meets them: a database damaged in the middle (the header
is fine, `quick_check` is not), a data folder that cannot be written, a nearly full disk,
a file from a newer version, an upgrade that failed half-way — each said plainly with what
to do, and the CLI refusing to work on a damaged file."""

from __future__ import annotations

import re
import shlex
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

import pytest

from counterdesk import cli, paths
from counterdesk.domain.disk_space import MB, SpaceVerdict, format_size, judge_free_space
from counterdesk.services import setup, startup_checks
from counterdesk.services.runtime import Runtime
from counterdesk.services.startup import OpenOptions, open_desk
from counterdesk.services.startup_checks import ProblemKind, StartupProblemError
from counterdesk.store.migrate import (
    _revision_graph,
    backup_sqlite,
    backups_dir,
    head_revision,
    quick_check,
)
from tests.conftest import PASSWORD, Office

pytestmark = pytest.mark.sqlite_only  # the SQLite file, its copies and checks


def free_space(free_bytes: int) -> startup_checks.DiskUsageOf:
    return lambda _folder: SimpleNamespace(free=free_bytes)


def fill_with_scans(runtime: Runtime, count: int = 400) -> None:
    """Rows after the schema's pages, as scans stored by an office over time."""
    with runtime.unit() as session:
        for i in range(count):
            setup.store_blob(session, f"pindaian {i} ".encode() * 300, "image/png")


def damage_middle(path: Path, pages: int = 4) -> None:
    """Overwrite a few pages in the middle of a closed database file, as a failing disk
    does: the header and the schema stay readable."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        page_count = conn.execute("PRAGMA page_count").fetchone()[0]
    first = page_count * 2 // 3
    with path.open("r+b") as fh:
        fh.seek(first * page_size)
        fh.write(bytes([0xA5]) * page_size * pages)


@pytest.fixture
def damaged(office: Office) -> Path:
    """The office's database with a good backup taken first, then damaged in the middle."""
    fill_with_scans(office.runtime)
    path = office.runtime.db.path
    assert path is not None
    backup_sqlite(path, backups_dir(path))
    office.runtime.close()
    damage_middle(path)
    return path


# --- the pure rule -------------------------------------------------------------------------
def test_free_space_rule_refuses_below_the_floor_and_warns_below_twice_the_database() -> None:
    assert judge_free_space(49 * MB, 0).verdict is SpaceVerdict.FULL
    assert judge_free_space(400 * MB, 10 * MB).verdict is SpaceVerdict.LOW  # under 500 MB
    assert judge_free_space(600 * MB, 10 * MB).verdict is SpaceVerdict.OK
    big = judge_free_space(1500 * MB, 1000 * MB)  # a 1 GB database wants 2 GB free
    assert big.verdict is SpaceVerdict.LOW and big.wanted_bytes == 2000 * MB
    assert format_size(12 * MB) == "12 MB" and format_size(1700 * MB) == "1,7 GB"


# --- integrity -----------------------------------------------------------------------------
def test_a_database_damaged_in_the_middle_fails_quick_check_not_the_opening(
    damaged: Path,
) -> None:
    runtime = Runtime.open(database_file=damaged)  # header and schema are still readable
    runtime.close()
    assert quick_check(damaged) is not None
    problem = startup_checks.check_integrity(damaged)
    assert problem is not None and problem.kind is ProblemKind.DAMAGED and problem.blocking
    assert "rusak (pemeriksaan cepat:" in problem.message
    assert problem.backup is not None and problem.restorable
    assert problem.backup.path.parent == backups_dir(damaged)
    restore = f'--database-url "sqlite:///{damaged}" restore "{problem.backup.path}" --as'
    assert f"counterdesk {restore}" in problem.full_text()


def test_a_sound_database_passes(office: Office) -> None:
    assert office.runtime.db.path is not None
    assert startup_checks.check_integrity(office.runtime.db.path) is None
    assert startup_checks.after_open(office.runtime, free_space(10_000 * MB)) == ()


def test_a_command_skips_quick_check_only_on_a_file_untouched_since_it_passed_today(
    office: Office,
) -> None:
    """A script of CLI commands does not read a large file end to end each time, but a
    file changed since its check (a write, a checkpoint, damage) is checked again."""
    fill_with_scans(office.runtime)
    path = office.runtime.db.path
    assert path is not None
    office.runtime.close()
    assert startup_checks.check_integrity(path, once_a_day=True) is None  # checked: sound
    assert startup_checks.check_integrity(path, once_a_day=True) is None  # skipped
    damage_middle(path)
    problem = startup_checks.check_integrity(path, once_a_day=True)
    assert problem is not None and problem.kind is ProblemKind.DAMAGED


def test_a_cli_command_on_a_damaged_database_exits_2_with_the_backup_to_restore(
    damaged: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = damaged.read_bytes()
    code = cli.main(["--database-url", f"sqlite:///{damaged}", "site", "show"])
    err = capsys.readouterr().err
    assert code == 2
    assert "Database" in err and "rusak (pemeriksaan cepat:" in err
    assert "Cadangan terakhir yang baik:" in err and "counterdesk --database-url" in err
    assert "restore" in err
    assert str(backups_dir(damaged)) in err
    assert damaged.read_bytes() == before  # nothing written to the damaged file
    # the line to copy works (the admin's name in place of ADMIN)
    (line,) = [x.strip() for x in err.splitlines() if x.startswith("  counterdesk ")]
    monkeypatch.setenv("COUNTERDESK_PASSWORD", PASSWORD)
    assert cli.main(shlex.split(line.replace("ADMIN", "admin"))[1:]) == 0
    assert quick_check(damaged) is None
    assert cli.main(["--database-url", f"sqlite:///{damaged}", "site", "show"]) == 0


# --- the folder ----------------------------------------------------------------------------
@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """The folder made read-only: by permissions, or for root (whom permissions do not
    stop) as an immutable folder; skipped when neither can be done here."""
    folder.chmod(0o555)
    try:
        probe = folder / "probe"
        try:
            probe.touch()
        except PermissionError:
            yield
            return
        probe.unlink()
        if shutil.which("chattr") is None:
            pytest.skip("running as root without chattr: no way to make a read-only folder")
        made = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
        if made.returncode != 0:
            pytest.skip(f"running as root and chattr +i refused: {made.stderr!r}")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
    finally:
        folder.chmod(0o755)


def test_a_read_only_data_folder_is_named_and_nothing_is_opened(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    with read_only(folder), pytest.raises(StartupProblemError) as refused:
        open_desk(OpenOptions(data_dir=folder))
    problem = refused.value.problem
    assert problem.kind is ProblemKind.NOT_WRITABLE and problem.blocking
    assert f"tidak dapat menulis di folder data {folder}" in problem.message
    assert "--data-dir" in problem.message
    assert list(folder.iterdir()) == []  # no database, no probe file left


def test_a_nearly_full_disk_refuses_to_start_writing(tmp_path: Path) -> None:
    with pytest.raises(StartupProblemError) as refused:
        open_desk(OpenOptions(data_dir=tmp_path / "data"), disk_usage=free_space(30 * MB))
    problem = refused.value.problem
    assert problem.kind is ProblemKind.DISK_FULL
    assert "tinggal 30 MB" in problem.message and str(tmp_path / "data") in problem.message
    assert "Kosongkan ruang" in problem.message
    assert not (tmp_path / "data" / "counterdesk.sqlite3").exists()


def test_low_disk_space_is_a_warning_the_app_starts_with(office: Office) -> None:
    problems = startup_checks.after_open(office.runtime, free_space(300 * MB))
    assert [p.kind for p in problems] == [ProblemKind.DISK_LOW]
    assert not problems[0].blocking and "tinggal 300 MB" in problems[0].message
    assert "paling sedikit 500 MB" in problems[0].message


# --- the schema ----------------------------------------------------------------------------
def test_a_newer_schema_says_update_the_app_and_offers_no_restore(office: Office) -> None:
    path = office.runtime.db.path
    assert path is not None
    backup_sqlite(path, backups_dir(path))
    office.runtime.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dcafe9999'")
    with pytest.raises(StartupProblemError) as refused:
        open_desk(OpenOptions(database_file=path))
    problem = refused.value.problem
    assert problem.kind is ProblemKind.NEWER and not problem.restorable
    assert "perbarui aplikasi" in problem.message


def _schema(path: Path) -> tuple[str, list[str]]:
    with sqlite3.connect(path) as conn:
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        names = sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master"))
    return str(version), names


def _latest_migration_making_tables() -> tuple[str, list[str]]:
    """The newest revision that creates two tables or more, and those tables."""
    scripts = {}
    for script in (paths.db_dir() / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        found = re.search(r'^revision: str = "(\w+)"', text, re.M)
        if found:
            scripts[found.group(1)] = re.findall(r'op\.create_table\(\s*"(\w+)"', text)
    revision: str | None = head_revision()
    while revision is not None:
        if len(scripts.get(revision, [])) >= 2:
            return revision, scripts[revision]
        revision = _revision_graph()[revision]
    return "", []


def test_an_upgrade_failing_half_way_leaves_the_database_as_it_was(office: Office) -> None:
    """A migration creates several tables: with the first one gone and the others present,
    re-running it creates the first, then fails on the second. All of the upgrade is
    rolled back, the database stays at the old schema, and the failure is said."""
    revision, made = _latest_migration_making_tables()
    assert len(made) >= 2
    path = office.runtime.db.path
    assert path is not None
    office.runtime.close()
    previous = _revision_graph()[revision]
    with sqlite3.connect(path) as conn:
        conn.execute(f"DROP TABLE {made[0]}")
        conn.execute("UPDATE alembic_version SET version_num = ?", (previous,))
    before = _schema(path)
    with pytest.raises(StartupProblemError) as refused:
        open_desk(OpenOptions(database_file=path))
    problem = refused.value.problem
    assert problem.kind is ProblemKind.UNOPENABLE
    assert "gagal di tengah jalan" in problem.message
    assert "tetap seperti sebelumnya" in problem.message and "sebelum-upgrade" in problem.message
    assert _schema(path) == before  # the first table was not left behind


def test_a_database_that_cannot_be_opened_is_restored_from_the_line_without_a_login(
    office: Office, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A broken first page: nothing can log in, so the printed restore line restores as
    the app's start-up restore does (the broken file kept in the backup folder)."""
    path = office.runtime.db.path
    assert path is not None
    backup_sqlite(path, backups_dir(path))
    office.runtime.close()
    path.write_bytes(b"bukan lagi database " * 500)
    monkeypatch.delenv("COUNTERDESK_PASSWORD", raising=False)
    assert cli.main(["--database-url", f"sqlite:///{path}", "site", "show"]) == 2
    err = capsys.readouterr().err
    assert "tidak dapat" in err or "rusak" in err
    (line,) = [x.strip() for x in err.splitlines() if x.startswith("  counterdesk ")]
    assert cli.main(shlex.split(line.replace("ADMIN", "admin"))[1:]) == 0
    out = capsys.readouterr().out
    assert "sekarang memakai kode" in out
    assert quick_check(path) is None
    assert list(backups_dir(path).glob("*rusak*"))
    assert cli.main(["--database-url", f"sqlite:///{path}", "site", "show"]) == 0
