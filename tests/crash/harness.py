"""The parent side of the crash tests: start the driver (``tests/crash/driver.py``), kill
it with SIGKILL at a random moment after it said ``READY``, collect the keys it said were
committed, and check the database the way the next start would find it.

The moments are drawn from a seeded generator; every failure names the seed, and
``COUNTERDESK_CRASH_SEED=<seed>`` replays the same moments (the work under them is timed
by the machine, so a replay is close, not exact)."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from counterdesk.services import applicants
from counterdesk.services.runtime import Runtime
from counterdesk.store.engine import sqlite_url
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
SEED_ENV = "COUNTERDESK_CRASH_SEED"
KILLS = 8  # per scenario, at most
BUDGET_S = 15.0  # per scenario: no new kill is started after this…
MIN_KILLS = 3  # …once this many kills were made (a loaded CI machine starts children slowly)
RUN_TIMEOUT_S = 90.0  # one driver run to its end (a resumed import, the last run)


@dataclass
class Run:
    keys: list[str]  # what the driver said was committed, in order
    killed: bool
    done: bool
    returncode: int | None
    stderr: str


@dataclass
class Kills:
    """What one scenario's kills did: for the failure messages and the test's report."""

    scenario: str
    seed: int
    count: int = 0
    seconds: float = 0.0
    committed: list[str] = field(default_factory=list)
    moments: list[Moment] = field(default_factory=list)

    def where(self) -> str:
        moment = f" {self.moments[-1]}" if self.moments else ""
        return (
            f"{self.scenario}: kill {self.count + 1}{moment} (seed {self.seed}; replay with "
            f"{SEED_ENV}={self.seed})"
        )

    def summary(self) -> str:
        return (
            f"{self.scenario}: {self.count} kills in {self.seconds:.1f} s, "
            f"{len(self.committed)} commits said, seed {self.seed}"
        )


def seed() -> int:
    return int(os.environ.get(SEED_ENV) or random.SystemRandom().randrange(2**32))


@dataclass(frozen=True)
class Moment:
    """When to kill: once the driver said ``commits`` more keys after READY, then
    ``seconds`` later (unless it ended first)."""

    commits: int
    seconds: float

    def __str__(self) -> str:
        after = f"{self.commits} commits and " if self.commits else ""
        return f"{after}{self.seconds:.3f} s after READY"


def run_driver(scenario: str, db: Path, work: Path, *, kill_at: Moment | None) -> Run:
    """One driver run; killed at ``kill_at`` (None: left to finish)."""
    command = [sys.executable, "-m", "tests.crash.driver", scenario, str(db), str(work)]
    errors = work / f"driver-{scenario}.err"
    with errors.open("w") as err:
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=err, text=True)
        lines: list[str] = []
        ready = threading.Event()  # READY and the first ``kill_at.commits`` keys said
        wanted = kill_at.commits if kill_at else 0

        def read() -> None:
            nonlocal wanted
            assert process.stdout is not None
            started = False
            for line in process.stdout:
                lines.append(line.rstrip("\n"))
                started = started or line.startswith("READY")
                if started and line.startswith("COMMITTED "):
                    wanted -= 1
                if started and wanted <= 0:
                    ready.set()
            ready.set()  # ended (or died) before

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        killed = False
        try:
            if kill_at is not None:
                ready.wait(RUN_TIMEOUT_S)
                try:
                    process.wait(timeout=kill_at.seconds)
                except subprocess.TimeoutExpired:
                    process.kill()  # SIGKILL: no handler, no cleanup, as a pulled plug
                    killed = True
            process.wait(timeout=RUN_TIMEOUT_S)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        reader.join(timeout=10)
    return Run(
        keys=[line.split(" ", 1)[1] for line in lines if line.startswith("COMMITTED ")],
        killed=killed,
        done="DONE" in lines,
        returncode=process.returncode,
        stderr=errors.read_text(errors="replace"),
    )


def assert_finished(run: Run, where: str) -> None:
    assert run.killed or (run.done and run.returncode == 0), (
        f"{where}: the driver ended by itself with exit {run.returncode}:\n{run.stderr[-4000:]}"
    )


def assert_sound(db: Path, where: str) -> None:
    """The file as the next start finds it (SQLite replays the WAL on opening)."""
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], where
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == [], where


def query(db: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(sql, args).fetchall()


def kill_repeatedly(
    scenario: str,
    db: Path,
    work: Path,
    *,
    window_s: float,
    check: Callable[[Kills], None],
    commits: int = 0,
    kills: int = KILLS,
    budget_s: float = BUDGET_S,
) -> Kills:
    """Up to ``kills`` runs, each killed at a moment drawn at random: after 0..``commits``
    keys said, then [0, window_s) seconds (stopping early when the work is done or the
    time budget is spent); after each one the file must be sound and ``check`` must
    accept what was said committed so far."""
    report = Kills(scenario, seed())
    draw = random.Random(f"{scenario}:{report.seed}")
    started = time.monotonic()
    while report.count < kills and (
        report.count < min(MIN_KILLS, kills) or time.monotonic() - started < budget_s
    ):
        report.moments.append(Moment(draw.randint(0, commits), draw.uniform(0.0, window_s)))
        run = run_driver(scenario, db, work, kill_at=report.moments[-1])
        assert_finished(run, report.where())
        report.committed += run.keys
        assert_sound(db, report.where())
        check(report)
        if not run.killed:
            break
        report.count += 1
    report.seconds = time.monotonic() - started
    print(report.summary())
    return report


def finish(scenario: str, db: Path, work: Path) -> Run:
    """One more run, not killed: the work completes from where the kills left it."""
    run = run_driver(scenario, db, work, kill_at=None)
    assert_finished(run, f"{scenario}: the run after the kills")
    return run


def assert_next_start_works(db: Path) -> None:
    """The application opens the file, writes to it, and `counterdesk db info` says 0."""
    runtime = Runtime.open(database_file=db)
    try:
        officer = runtime.login("petugas", PASSWORD)
        with runtime.unit(officer) as session:
            applicants.register_person(
                session,
                officer,
                applicants.PersonInput(
                    nik="3273015508850002",
                    name="Siti Aminah",
                    birth_place="Bandung",
                    birth_date=date(1985, 8, 15),
                ),
            )
    finally:
        runtime.close()
    info = subprocess.run(
        [sys.executable, "-m", "counterdesk", "--database-url", sqlite_url(db), "db", "info"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert info.returncode == 0, info.stdout + info.stderr


def doubled(db: Path, table: str, columns: Sequence[str]) -> list[tuple[object, ...]]:
    """Rows of ``table`` that share the values of ``columns`` (none expected)."""
    keys = ", ".join(columns)
    return query(db, f"SELECT {keys}, COUNT(*) FROM {table} GROUP BY {keys} HAVING COUNT(*) > 1")
