"""Issue 12, point 4: the counter PC loses power in the middle of the work. The driver
(``tests/crash/driver.py``) does the work through the services and the CLI and says each
durable commit; it is killed with SIGKILL at random moments, again and again (at most
``KILLS`` times, ``BUDGET_S`` seconds per scenario). After every kill the database passes
``integrity_check``, everything said committed is there, nothing is doubled, and the next
run (which opens the file and writes) carries on; at the end the app and `counterdesk db
info` open it, and a resumed sync import equals a clean one."""

from __future__ import annotations

import os
import signal
from datetime import date
from pathlib import Path

import pytest

from counterdesk.services import applicants, issuing, sync
from counterdesk.services.runtime import Runtime
from counterdesk.store.backups import integrity_problem, list_backups, office_identity
from counterdesk.store.migrate import backups_dir, daily_backup
from tests.conftest import Office
from tests.crash import driver
from tests.crash.harness import (
    Kills,
    assert_next_start_works,
    assert_sound,
    doubled,
    finish,
    kill_repeatedly,
    query,
    run_driver,
)
from tests.issuing_helpers import SAK_CERTIFICATE, filed, person, verified
from tests.sync_helpers import Counter, clone, close_all, set_up_counters, synced_snapshot
from tests.unit.services.test_registry_import import good_row, write_csv

pytestmark = [pytest.mark.slow, pytest.mark.sqlite_only]

REGISTRY_PARTS, REGISTRY_ROWS = 12, 500  # 6,000 historic certificates, one file at a time
PRINTED = 30  # certificates in the print queue, each printed PRINT_ROUNDS times
RESTORED = 1_000  # people in the copy a restore puts back
SYNCED = 2_000  # people registered at L01, carried to L02 in one file (40 batches)


def one_counter(folder: Path) -> Counter:
    (counter,) = set_up_counters(folder, ("L01",))
    return counter


def assert_no_doubles(db: Path) -> None:
    for table, columns in (
        ("applicant", ("nik",)),
        ("application", ("number",)),
        ("application", ("applicant_id",)),  # one application per save, never a second
        ("certificate", ("serial",)),
        ("print_log", ("certificate_id", "copy_number")),
    ):
        assert doubled(db, table, columns) == [], f"{table} doubled on {columns}"


# --- intake ---------------------------------------------------------------------------


def test_intake_saves_survive_kills(tmp_path: Path) -> None:
    counter = one_counter(tmp_path)
    db = tmp_path / "L01.sqlite3"
    counter.runtime.close()

    def check(kills: Kills) -> None:
        stored = dict(query(db, "SELECT a.nik, p.number FROM application p JOIN applicant a "
                                "ON a.id = p.applicant_id"))  # fmt: skip
        said = dict(key.split() for key in kills.committed)
        assert {nik: stored.get(nik) for nik in said} == said, kills.where()
        assert_no_doubles(db)
        numbers = sorted(int(number.split("-")[3][:-1]) for number in stored.values())
        assert numbers == list(range(1, len(numbers) + 1)), f"{kills.where()}: number gaps"
        for pdf in (tmp_path / driver.RECEIPT_FOLDER).glob("*.pdf"):  # whole or absent
            assert pdf.stem in stored.values(), kills.where()
            assert pdf.read_bytes().rstrip().endswith(b"%%EOF"), f"{kills.where()}: {pdf}"

    kills = kill_repeatedly("intake", db, tmp_path, commits=8, window_s=0.2, check=check)
    assert kills.count >= 3 and kills.committed
    assert_next_start_works(db)


# --- registry import --------------------------------------------------------------------


def test_registry_import_is_whole_or_absent_after_kills(tmp_path: Path) -> None:
    one_counter(tmp_path).runtime.close()
    db = tmp_path / "L01.sqlite3"
    folder = tmp_path / driver.REGISTRY_FOLDER
    folder.mkdir()
    parts: dict[str, set[str]] = {}
    for part in range(REGISTRY_PARTS):
        rows = [good_row(part * REGISTRY_ROWS + n) for n in range(1, REGISTRY_ROWS + 1)]
        path = write_csv(folder / f"buku-induk-{part + 1:02d}.csv", rows)
        parts[path.stem] = {row[1] for row in rows}

    def stored_parts() -> dict[str, int]:
        serials = {serial for (serial,) in query(db, "SELECT serial FROM certificate")}
        return {name: len(wanted & serials) for name, wanted in parts.items()}

    def check(kills: Kills) -> None:
        stored = stored_parts()
        assert set(stored.values()) <= {0, REGISTRY_ROWS}, f"{kills.where()}: half a file"
        assert all(stored[name] == REGISTRY_ROWS for name in kills.committed), kills.where()
        assert_no_doubles(db)

    kills = kill_repeatedly("registry", db, tmp_path, commits=1, window_s=1.0, check=check)
    assert kills.count >= 3
    finish("registry", db, tmp_path)
    assert stored_parts() == dict.fromkeys(parts, REGISTRY_ROWS)
    assert query(db, "SELECT COUNT(*) FROM certificate") == [(REGISTRY_PARTS * REGISTRY_ROWS,)]
    assert_no_doubles(db)
    assert_next_start_works(db)


# --- batch print ------------------------------------------------------------------------


def issued_certificates(counter: Counter, count: int) -> None:
    office = Office(counter.runtime, counter.actors)
    for index in range(1, count + 1):
        holder = person(office, nik=driver.intake_nik(index), name=f"Peserta {index}", photo=False)
        number = filed(office, holder, SAK_CERTIFICATE)
        verified(office, number)
        issuing.issue(counter.runtime, counter.officer, number)


COPIES = (
    "SELECT c.serial, c.printed_count, COUNT(l.id), COALESCE(MAX(l.copy_number), 0) "
    "FROM certificate c "
    "LEFT JOIN print_log l ON l.certificate_id = c.id GROUP BY c.id"
)


def test_batch_print_logs_every_copy_whose_pdf_was_written(tmp_path: Path) -> None:
    """The copies are logged before the PDF leaves the app (the GUI sends it to the
    printer, the CLI and the driver write it). A kill between the two leaves a batch
    logged whose PDF never came out: the safe side — a reprint asks for a reason and is
    logged as the next copy. The other order could leave a printed copy nobody logged."""
    counter = one_counter(tmp_path)
    issued_certificates(counter, PRINTED)
    counter.runtime.close()
    db = tmp_path / "L01.sqlite3"
    pdfs = tmp_path / driver.PRINT_FOLDER

    def logged() -> dict[str, set[str]]:
        rows = query(db, "SELECT l.batch_id, c.serial FROM print_log l JOIN certificate c "
                         "ON c.id = l.certificate_id")  # fmt: skip
        batches: dict[str, set[str]] = {}
        for batch_id, serial in rows:
            batches.setdefault(str(batch_id), set()).add(str(serial))
        return batches

    def check(kills: Kills) -> None:
        batches = logged()
        for key in kills.committed:
            batch_id, *serials = key.split()
            assert batches.get(batch_id) == set(serials), kills.where()
        counts = query(db, COPIES)
        # copies 1..n logged for a certificate printed n times: none lost, none doubled
        assert [row for row in counts if not row[1] == row[2] == row[3]] == [], kills.where()
        assert max(int(row[1]) for row in counts) <= driver.PRINT_ROUNDS, kills.where()
        written = {pdf.stem for pdf in pdfs.glob("*.pdf")}
        assert written <= set(batches), f"{kills.where()}: a PDF whose copies were not logged"
        assert len(set(batches) - written) <= kills.count + 1, kills.where()  # one per kill
        for pdf in pdfs.glob("*.pdf"):
            assert pdf.read_bytes().rstrip().endswith(b"%%EOF"), f"{kills.where()}: {pdf}"

    kills = kill_repeatedly("print", db, tmp_path, commits=6, window_s=0.1, check=check)
    assert kills.count >= 3
    finish("print", db, tmp_path)
    assert query(db, "SELECT printed_count, COUNT(*) FROM certificate GROUP BY printed_count") == [
        (driver.PRINT_ROUNDS, PRINTED)
    ]
    assert_no_doubles(db)
    assert_next_start_works(db)


# --- sync import ------------------------------------------------------------------------


SITI = applicants.PersonInput(
    nik="3273015508850002", name="Siti Aminah", birth_place="Bandung", birth_date=date(1985, 8, 15)
)


def registered_people(counter: Counter, count: int) -> None:
    with counter.runtime.unit(counter.officer) as session:
        for index in range(1, count + 1):
            applicants.register_person(
                session,
                counter.officer,
                applicants.PersonInput(
                    nik=driver.intake_nik(index),
                    name=f"Peserta {index}",
                    birth_place="Jakarta",
                    birth_date=date(1990, 3, 12),
                ),
            )


def test_sync_import_resumes_after_kills_to_the_clean_result(tmp_path: Path) -> None:
    l01, l02 = set_up_counters(tmp_path, ("L01", "L02"))
    registered_people(l01, SYNCED)
    sync.export(l01.runtime, l01.admin, tmp_path / driver.SYNC_FILE, ["L02"])
    reference = clone(l02, tmp_path / "L02-bersih.sqlite3")
    sync.import_file(reference.runtime, reference.admin, tmp_path / driver.SYNC_FILE)
    expected = synced_snapshot(reference.runtime)
    ledger = query(tmp_path / "L02-bersih.sqlite3", "SELECT status, applied FROM sync_import")
    close_all([l01, l02, reference])
    db = tmp_path / "L02.sqlite3"

    def check(kills: Kills) -> None:
        ledger = query(db, "SELECT status, applied FROM sync_import")
        said = [int(k.removeprefix("batch-")) for k in kills.committed if k.startswith("batch")]
        if "done" in kills.committed:
            assert [status for status, _ in ledger] == ["done"], kills.where()
        elif said:
            ((status, applied),) = ledger
            assert status in ("applying", "done") and applied >= max(said), kills.where()
        assert_no_doubles(db)

    kills = kill_repeatedly("sync", db, tmp_path, commits=5, window_s=0.03, check=check)
    assert kills.count >= 3
    finish("sync", db, tmp_path)
    assert query(db, "SELECT status, applied FROM sync_import") == ledger
    assert list((tmp_path / "sync-staging").iterdir()) == []  # no decrypted copy left
    resumed = Runtime.open(database_file=db)
    try:
        assert synced_snapshot(resumed) == expected
    finally:
        resumed.close()
    assert_next_start_works(db)


# --- restore ----------------------------------------------------------------------------


@pytest.mark.parametrize("scenario", ["restore", "restore-at-startup"])
def test_a_restore_cut_at_any_moment_never_issues_under_the_old_code(
    tmp_path: Path, scenario: str
) -> None:
    """The restored file must take a new counter code before it can issue a number: a kill
    leaves the database as it was (L01, everyone registered since the copy) or restored
    under a new code (the copy's people only), never the copy under L01."""
    counter = one_counter(tmp_path)
    registered_people(counter, RESTORED)
    db, source = tmp_path / "L01.sqlite3", tmp_path / driver.RESTORE_SOURCE
    copy = clone(counter, source)
    copy.runtime.close()
    with counter.runtime.unit(counter.officer) as session:  # registered after the copy
        applicants.register_person(session, counter.officer, SITI)
    counter.runtime.close()

    def state() -> tuple[str, int]:
        ((code,),) = query(db, "SELECT code FROM site WHERE is_local")
        ((people,),) = query(db, "SELECT COUNT(*) FROM applicant")
        return str(code), int(people)

    def check(kills: Kills) -> None:
        code, people = state()
        assert (code == "L01") == (people == RESTORED + 1), f"{kills.where()}: {code}, {people}"
        if kills.committed:  # a finished restore stays (a later one takes a later code)
            assert code != "L01" and code >= kills.committed[-1], kills.where()
        assert len(set(kills.committed)) == len(kills.committed), "a code taken twice"
        assert_no_doubles(db)

    kills = kill_repeatedly(scenario, db, tmp_path, commits=1, window_s=0.25, check=check)
    assert kills.count >= 3
    finish(scenario, db, tmp_path)
    assert state()[0] != "L01" and state()[1] == RESTORED
    assert_next_start_works(db)


# --- the day's copy -----------------------------------------------------------------------


def test_a_copy_cut_half_way_is_never_taken_for_a_backup(tmp_path: Path) -> None:
    """A kill in the middle of the automatic copy (daily, before an import or an upgrade)
    left a file with a backup's name: an empty database once opened, which passes
    integrity_check, counted as today's copy (so no other was made that day) and as one
    of the copies the rotation keeps."""
    one_counter(tmp_path).runtime.close()
    db = tmp_path / "L01.sqlite3"
    run = run_driver("backup-cut", db, tmp_path, kill_at=None)
    assert run.returncode == -signal.SIGKILL, run.stderr
    assert_sound(db, "the database after the cut copy")
    folder = backups_dir(db)
    assert list_backups(db, folder) == []
    left = list(folder.iterdir())  # the cut copy, under a hidden name
    assert left and all(p.name.startswith(".") for p in left)
    for partial in left:  # an hour later: nobody is still writing it
        os.utime(partial, (partial.stat().st_atime, partial.stat().st_mtime - 3601))
    made = daily_backup(db)  # the next start makes the day's copy, and clears the cut one
    assert list(folder.iterdir()) == [made]
    assert made is not None and integrity_problem(made) is None
    assert office_identity(made).name == "Pusdiklat Bea dan Cukai"
