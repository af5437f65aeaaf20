"""Import of 10 000 historic certificates: read + preview + commit, beside raw sqlite3
``executemany`` of the same rows into the same tables (no checks, no change log, no audit,
no search index). Run: `python -m tests.bench.bench_registry_import [--rows N]`."""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import sqlite3
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from counterdesk.domain.roles import Role
from counterdesk.services import accounts, setup
from counterdesk.services import registry_import as ri
from counterdesk.services.context import SYSTEM
from counterdesk.services.runtime import Runtime
from tests.bench.harness import Row, print_table
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


def ours(runtime: Runtime, path: Path) -> dict[str, float]:
    actor = runtime.login("petugas", PASSWORD)
    t0 = time.perf_counter()
    table = ri.read_table(path)
    t1 = time.perf_counter()
    with runtime.unit(actor) as session:
        plan = ri.preview(session, table, ri.suggest_mapping(table.headers))
    t2 = time.perf_counter()
    with runtime.unit(actor) as session:
        result = ri.commit(session, actor, plan)
    t3 = time.perf_counter()
    assert result.written == len(table.rows), plan.problems[:3]
    return {"read": t1 - t0, "preview": t2 - t1, "commit": t3 - t2}


def reference(db_file: Path, data: list[list[str]]) -> float:
    """The same rows straight into ``applicant`` and ``certificate``, one transaction."""
    now = datetime.now(UTC).replace(tzinfo=None)
    applicants, certificates = [], []
    for row in data:
        person = uuid.uuid4().hex
        born = date(int(row[5][6:]), int(row[5][3:5]), int(row[5][:2]))
        issued = date(int(row[6][6:]), int(row[6][3:5]), int(row[6][:2]))
        applicants.append((person, "person", row[2], row[3], row[4], born, "L", now, now))
        certificates.append(
            (uuid.uuid4().hex, row[1], person, "sak", "sak/sertifikat", "Sertifikat", issued, now)
        )
    start = time.perf_counter()
    con = sqlite3.connect(db_file)
    con.execute("PRAGMA synchronous=FULL")
    with con:
        con.executemany(
            "INSERT INTO applicant (id, kind, name, nik, birth_place, birth_date, sex, "
            "created_at, updated_at, origin, hlc, address, phone, email, nip, agency, kbli, "
            "contact_person) VALUES (?,?,?,?,?,?,?,?,?,'','','','','','','','','')",
            applicants,
        )
        con.executemany(
            "INSERT INTO certificate (id, serial, applicant_id, standard_code, service_code, "
            "title, issued_on, created_at, updated_at, status, historic, printed_count, origin,"
            " hlc) VALUES (?,?,?,?,?,?,?,?,?,'issued',1,1,'','')",
            [(*c, c[-1]) for c in certificates],
        )
    con.close()
    return time.perf_counter() - start


def run(count: int = 10_000) -> list[Row]:
    data = rows(count)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        runtime = prepare(folder)
        runtime.db.dispose()
        shutil.copy(folder / "office.sqlite3", folder / "reference.sqlite3")
        runtime = Runtime.open(database_file=folder / "office.sqlite3")
        write_csv(folder / "ledger.csv", data)
        times = ours(runtime, folder / "ledger.csv")
        runtime.close()
        ref = reference(folder / "reference.sqlite3", data)
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
            "sqlite3 executemany of the same rows",
            "under 10 s for 10 000 rows",
        ),
        Row(
            f"commit {count} rows",
            times["commit"] * 1000,
            ref * 1000,
            "sqlite3 executemany of the same rows",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    print_table(run(parser.parse_args().rows))


if __name__ == "__main__":
    main()
