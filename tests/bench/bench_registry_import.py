"""Import of 10 000 historic certificates: read + preview + commit, beside raw sqlite3
``executemany`` of the same rows into the same tables (no checks, no change log, no audit,
no search index). Run: `python -m tests.bench.bench_registry_import [--rows N]`."""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from counterdesk.domain.roles import Role
from counterdesk.services import accounts, setup
from counterdesk.services import registry_import as ri
from counterdesk.services.context import SYSTEM
from counterdesk.services.runtime import Runtime
from tests.bench.harness import Row, print_table
from tests.bench.replay import RawReplay, Recorder, Statement, raw_connection
from tests.conftest import PASSWORD, office_setup

HEADER = ["No", "Nomor Sertifikat", "Nama", "NIK", "Tempat Lahir", "Tgl Lahir", "Tanggal Terbit"]


def nik(n: int) -> str:
    return (
        f"3174{1 + n % 50:02d}{1 + n % 28:02d}{1 + n % 12:02d}{60 + n % 40:02d}{1 + n % 9999:04d}"
    )


def rows(count: int) -> list[list[str]]:
    return [
        [
            str(n),
            f"SAK-{2000 + n % 20}-{n:06d}",
            f"Peserta Nomor {n}",
            nik(n),
            "Jakarta",
            f"{1 + n % 28:02d}-{1 + n % 12:02d}-19{60 + n % 40:02d}",
            f"{1 + n % 28:02d}-03-{2000 + n % 20}",
        ]
        for n in range(count)
    ]


def write_csv(path: Path, data: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(data)


def prepare(folder: Path) -> Runtime:
    runtime = Runtime.open(database_file=folder / "office.sqlite3")
    with runtime.unit() as session:
        setup.initialize(session, office_setup())
        accounts.create_user(
            session,
            SYSTEM,
            accounts.NewUser("petugas", "Petugas", frozenset({Role.OFFICER}), PASSWORD),
        )
    return runtime


def ours(runtime: Runtime, path: Path) -> tuple[dict[str, float], list[Statement]]:
    """The wizard's three calls, timed apart; the statements the write sent, for the
    reference."""
    actor = runtime.login("petugas", PASSWORD)
    recorder = Recorder(runtime.db.engine)
    t0 = time.perf_counter()
    table = ri.read_table(path)
    t1 = time.perf_counter()
    plan = ri.preview_table(runtime, actor, table, ri.suggest_mapping(table.headers))
    t2 = time.perf_counter()
    with recorder.recording() as statements:
        result = ri.commit_preview(runtime, actor, plan)
    t3 = time.perf_counter()
    assert result.written == len(table.rows), plan.problems[:3]
    return {"read": t1 - t0, "preview": t2 - t1, "commit": t3 - t2}, statements


def reference(db_file: Path, statements: list[Statement]) -> float:
    """The write's own statements (``PRAGMA synchronous=FULL``, ``BEGIN IMMEDIATE``, every
    INSERT with its search tokens, change log and audit event) replayed verbatim into a copy
    of the database as it was before the import, then COMMIT — in raw sqlite3."""
    replay = RawReplay(raw_connection(db_file))
    start = time.perf_counter()
    replay.write(statements, fresh=False)
    took = time.perf_counter() - start
    replay.conn.close()
    return took


def run(count: int = 10_000) -> list[Row]:
    data = rows(count)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        runtime = prepare(folder)
        runtime.db.dispose()
        shutil.copy(folder / "office.sqlite3", folder / "reference.sqlite3")
        runtime = Runtime.open(database_file=folder / "office.sqlite3")
        write_csv(folder / "ledger.csv", data)
        times, statements = ours(runtime, folder / "ledger.csv")
        runtime.close()
        ref = reference(folder / "reference.sqlite3", statements)
    total = sum(times.values())
    print(  # the breakdown, beside the table
        f"{count} rows: read {times['read'] * 1000:.0f} ms, preview "
        f"{times['preview'] * 1000:.0f} ms, commit {times['commit'] * 1000:.0f} ms"
    )
    return [
        Row(
            f"import {count} rows (read+preview+commit)",
            total * 1000,
            ref * 1000,
            "the write's SQL replayed raw (reading/checking: none)",
            "under 10 s for 10 000 rows",
        ),
        Row(
            f"commit {count} rows (durable unit)",
            times["commit"] * 1000,
            ref * 1000,
            "its statements replayed raw into a copy, FULL, COMMIT",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    print_table(run(parser.parse_args().rows))


if __name__ == "__main__":
    main()
