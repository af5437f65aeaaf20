"""The process the crash tests kill: ``python -m tests.crash.driver SCENARIO DB WORKDIR``.

It does real work on the database ``DB`` through the services and the CLI as they are,
and after every commit it knows is durable prints one line ``COMMITTED <key>`` (flushed
at once), so the parent knows what must survive a SIGKILL at any moment. ``READY`` comes
first, once the database is open and the user logged in (the kill is timed from it);
``DONE`` last, when the work is finished. A run after a kill carries on where the
database says the last one stopped.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import sys
from collections.abc import Callable
from contextlib import closing, redirect_stdout
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from counterdesk.services import applications, issuing, receipts, sync
from counterdesk.services.applicants import PersonInput
from counterdesk.services.atomic_file import write_atomically
from counterdesk.services.context import Actor
from counterdesk.services.runtime import Runtime
from counterdesk.store.engine import sqlite_url
from counterdesk.store.models import Applicant
from tests.conftest import PASSWORD
from tests.issuing_helpers import SAK_CERTIFICATE

INTAKE_LIMIT = 2_000  # far more than a test's kills leave time for
PRINT_BATCH = 3  # certificates per batch (under CHILD_PROCESS_FROM: rendered here)
PRINT_ROUNDS = 4  # copies of each certificate: the first print and three reprints
SYNC_BATCH = 50  # rows per durable unit of a sync import (5,000 in the app), so kills
# fall between batches of a file of a few thousand rows, not only inside the first one
SYNC_FILE = "l01-ke-l02.cdx"
REGISTRY_FOLDER = "registri"
RECEIPT_FOLDER = "tanda-terima"
PRINT_FOLDER = "cetak"
RESTORE_SOURCE = "cadangan.sqlite3"
RESTORES = 6  # per run: enough that a kill drawn in the window lands before the last


def say(line: str) -> None:
    print(line, flush=True)


def intake_nik(index: int) -> str:
    """A valid NIK for the index-th walk-in applicant (born 12-03-1990, Jakarta Timur)."""
    return f"317405120390{index:04d}"


def _open(db: Path, username: str) -> tuple[Runtime, Actor]:
    runtime = Runtime.open(database_file=db)
    return runtime, runtime.login(username, PASSWORD)


def intake(db: Path, work: Path) -> None:
    """Walk-ins: a new person and their application in one save, then the receipt PDF."""
    runtime, officer = _open(db, "petugas")
    folder = work / RECEIPT_FOLDER
    folder.mkdir(exist_ok=True)
    with runtime.read() as session:  # one applicant per save: the next one's index
        start = int(session.scalar(select(func.count()).select_from(Applicant)) or 0) + 1
    say("READY")
    for index in range(start, INTAKE_LIMIT):
        nik = intake_nik(index)
        person = PersonInput(
            nik=nik, name=f"Pemohon {index}", birth_place="Jakarta", birth_date=date(1990, 3, 12)
        )
        filed = applications.file_intake(
            runtime,
            officer,
            applications.Intake(SAK_CERTIFICATE, "datang_langsung", person=person),
        )
        say(f"COMMITTED {nik} {filed.number}")
        pdf = receipts.receipt(runtime, officer, filed.number)
        write_atomically(folder / f"{filed.number.replace('/', '_')}.pdf", pdf)
    say("DONE")


def registry(db: Path, work: Path) -> None:
    """`counterdesk registry import PART.csv --yes` for every part in turn; a part that a
    killed run had already saved is found stored and refused whole (exit 1)."""
    from counterdesk import cli

    os.environ["COUNTERDESK_PASSWORD"] = PASSWORD
    say("READY")
    for part in sorted((work / REGISTRY_FOLDER).glob("*.csv")):
        argv = ["--database-url", sqlite_url(db), "registry", "import", str(part)]
        with redirect_stdout(sys.stderr):  # the CLI's report, kept out of the key lines
            code = cli.main([*argv, "--as", "petugas", "--yes"])
        if code == 0:
            say(f"COMMITTED {part.stem}")
        elif code != 1:
            raise SystemExit(f"registry import {part.name} ended with {code}")
    say("DONE")


def batch_print(db: Path, work: Path) -> None:
    """The print queue in batches, each certificate ``PRINT_ROUNDS`` times (the later
    rounds are reprints, with a reason): pages rendered and every copy logged, then the
    PDF written."""
    runtime, actor = _open(db, "petugas")
    folder = work / PRINT_FOLDER
    folder.mkdir(exist_ok=True)
    say("READY")
    while True:
        queue = issuing.print_queue(runtime, actor, include_printed=True)
        copies = min(row.printed_count for row in queue)
        if copies >= PRINT_ROUNDS:
            break
        serials = [row.serial for row in queue if row.printed_count == copies][:PRINT_BATCH]
        reason = "Uji listrik padam" if copies else ""
        batch = issuing.print_batch(runtime, actor, serials, printer="Uji", reason=reason)
        say(f"COMMITTED {batch.batch_id.hex} {' '.join(batch.serials)}")
        write_atomically(folder / f"{batch.batch_id.hex}.pdf", batch.pdf)
    say("DONE")


def sync_import(db: Path, work: Path) -> None:
    """L01's file imported at L02; a killed import resumes after its last batch."""
    sync.BATCH = SYNC_BATCH
    runtime, admin = _open(db, "admin")
    say("READY")
    sync.import_file(
        runtime,
        admin,
        work / SYNC_FILE,
        progress=lambda seen, _total: say(f"COMMITTED batch-{seen}"),
    )
    say("COMMITTED done")
    say("DONE")


def restore(db: Path, work: Path) -> None:
    """Admin › Cadangan › Pulihkan (or `counterdesk restore`) from the same copy, again and
    again, the database opened anew after each, as the app does."""
    from counterdesk.services import backups

    say("READY")
    for _ in range(RESTORES):
        runtime, admin = _open(db, "admin")
        result = backups.restore(runtime, admin, work / RESTORE_SOURCE)
        say(f"COMMITTED {result.new_code}")
    say("DONE")


def restore_at_startup(db: Path, work: Path) -> None:
    """The start-up dialog's "Pulihkan cadangan ini" (no login), again and again."""
    from counterdesk.services import backups

    say("READY")
    for _ in range(RESTORES):
        say(f"COMMITTED {backups.restore_at_startup(db, work / RESTORE_SOURCE).new_code}")
    say("DONE")


def _copy_cut_half_way(source: Path, target: Path) -> None:
    """``copy_online``'s page-by-page copy, with the power cut when half is copied."""

    def progress(_status: int, remaining: int, total: int) -> None:
        if remaining < total / 2:
            os.kill(os.getpid(), signal.SIGKILL)

    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst, pages=1, progress=progress)


def backup_cut(db: Path, work: Path) -> None:
    """The day's first copy of the database, killed half-way through the copy."""
    del work
    from counterdesk.store import backups

    runtime = Runtime.open(database_file=db)
    backups.copy_online = _copy_cut_half_way  # type: ignore[assignment]
    say("READY")
    runtime.daily_backup()
    say("DONE")  # not reached


SCENARIOS: dict[str, Callable[[Path, Path], None]] = {
    "intake": intake,
    "registry": registry,
    "print": batch_print,
    "sync": sync_import,
    "restore": restore,
    "restore-at-startup": restore_at_startup,
    "backup-cut": backup_cut,
}


def main(argv: list[str]) -> None:
    scenario, db, work = argv
    SCENARIOS[scenario](Path(db), Path(work))


if __name__ == "__main__":
    main(sys.argv[1:])
