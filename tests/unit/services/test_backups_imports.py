"""A copy before every sync and registry import (the last 3 of each kept), the backup list
in words, and a restore at a counter that syncs: the next free code, and how to rejoin."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from counterdesk.domain.backup_rotation import BackupKind, backups_to_delete
from counterdesk.domain.roles import Role
from counterdesk.services import backups, sites
from counterdesk.services import registry_import as ri
from counterdesk.store.backups import integrity_problem, parse_backup_name
from counterdesk.store.migrate import backup_sqlite, backups_dir
from tests.conftest import Office
from tests.sync_exchange_helpers import carry, register
from tests.sync_helpers import close_all, set_up_counters
from tests.unit.services.test_registry_import import TODAY, good_row, write_csv

pytestmark = pytest.mark.sqlite_only  # the SQLite file, its copies and checks

START = datetime(2026, 11, 2, 8)


def _copies(folder: Path, label: str) -> list[str]:
    return sorted(p.name for p in folder.glob(f"*-{label}.sqlite3"))


def test_the_last_three_copies_of_each_import_kind_are_kept() -> None:
    names = [
        f"kantor-{(START + timedelta(hours=h)):%Y%m%d-%H%M%S}-000000-{label}.sqlite3"
        for h in range(5)
        for label in ("sebelum-impor-sinkron", "sebelum-impor-registri", "manual")
    ]
    files = [parse_backup_name(n, "kantor") for n in names]
    assert all(f is not None for f in files)
    kinds = {f.label: f.kind for f in files if f is not None}
    assert kinds["sebelum-impor-sinkron"] is BackupKind.PRE_IMPORT
    deleted = backups_to_delete(f for f in files if f is not None)
    oldest_two = {n for n in names if "-080000-" in n or "-090000-" in n}
    assert set(deleted) == {n for n in oldest_two if "sebelum-impor" in n}  # manual stays


def test_a_registry_import_is_preceded_by_a_copy(office: Office, tmp_path: Path) -> None:
    folder = backups_dir(tmp_path / "office.sqlite3")
    officer = office.actors[Role.OFFICER]
    for n in range(5):
        table = ri.read_table(write_csv(tmp_path / f"b{n}.csv", [good_row(100 + n)]))
        with office.runtime.unit() as s:
            plan = ri.preview(s, table, ri.suggest_mapping(table.headers), today=TODAY)
        ri.commit_preview(office.runtime, officer, plan)
    kept = _copies(folder, "sebelum-impor-registri")
    assert len(kept) == 3  # 5 imports, the last 3 copies kept
    view = backups.list_backups_view(office.runtime, office.actors[Role.ADMIN])
    assert sorted(c.kind_label for c in view).count("harian") == 1  # the day's copy: the
    assert {c.kind_label for c in view} == {"sebelum impor registri", "harian"}  # first one's
    daily = next(c for c in view if c.kind_label == "harian")
    assert integrity_problem(daily.path) is None  # still whole after its twin was rotated
    assert view[0].taken > view[-1].taken and view[0].size_bytes > 0  # newest first


def test_the_list_says_each_kind_in_words(office: Office, tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    backup_sqlite(path, backups_dir(path))
    backup_sqlite(path, backups_dir(path), label="sebelum-upgrade")
    backups.manual_backup(office.runtime)
    view = backups.list_backups_view(office.runtime, office.actors[Role.ADMIN])
    assert [c.kind_label for c in view] == ["manual", "sebelum upgrade", "harian"]


def test_a_sync_import_is_preceded_by_a_copy_and_a_restore_there_says_how_to_rejoin(
    tmp_path: Path,
) -> None:
    l01, l02 = set_up_counters(tmp_path, ("L01", "L02"))
    try:
        saved = backups.manual_backup(l01.runtime, tmp_path / "l01-pagi.sqlite3")
        register(l01)
        carry(l01, l02, tmp_path, "pertama")
        assert len(_copies(tmp_path / "backups", "sebelum-impor-sinkron")) == 1

        result = backups.restore(l01.runtime, l01.admin, saved)
        assert (result.old_code, result.new_code) == ("L01", "L03")  # L02 is taken
        assert "site join-request" in result.message and "cabut juga loket L01" in result.message

        restored = type(l01.runtime).open(database_file=result.database)
        request = tmp_path / "l03.cdj"
        sites.write_join_request(restored, l01.admin, request)
        sites.revoke(l02.runtime, l02.admin, "L01")
        view = sites.admit(l02.runtime, l02.admin, request, tmp_path / "roster.cdr")
        assert {s.code for s in view.sites} >= {"L01", "L02", "L03"}  # L01 stays, revoked
        sites.import_roster(restored, l01.admin, tmp_path / "roster.cdr")
        l03 = type(l02)("L03", restored, l01.actors, restored.site_id)
        carry(l02, l03, tmp_path, "ke-l03")  # syncs again, both ways
        assert carry(l03, l02, tmp_path, "dari-l03").sender_code == "L03"
        restored.close()
    finally:
        close_all([l01, l02])
