"""Sync by export files: export and import of N changes (half applicants, half their
applications) between two counters, seconds and peak memory, beside raw sqlite3.

- fold: the change log into the merge state (``sync_row``); the app folds each write in
  its own transaction (flush hook), so this is a cost spread over the writes, timed here
  in one go for N changes written with the hook off;
- export: the sealed file of every row above the peer's watermark (nothing left to fold);
- import: header checks, signature, decryption to staging, batches of 5,000 rows in
  durable units, parked-row retry, watermarks;
- references, same run, same pragmas (WAL, ``foreign_keys=ON``): import — raw sqlite3
  ``executemany`` of the same table rows in batches of 5,000, each committed with
  ``synchronous=FULL``, with the applier's 32 MiB page cache; export — raw sqlite3
  reading the same rows and writing them as JSON lines to a file (no merge state, no
  encryption, no signature);
- peak memory (tracemalloc, a separate run, as tracing slows Python): at N/10 and N
  changes, so a 10× larger file shows whether memory stays flat.

Run: ``python -m tests.bench.bench_sync [--rows 100000]`` or ``python -m tests.bench --only
sync``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from counterdesk.services import sync
from counterdesk.services.runtime import Runtime
from counterdesk.store.models import Applicant, Application
from counterdesk.sync.apply import CACHE_KIB
from counterdesk.sync.state import FOLD_LATER, fold_local_changes
from tests.bench.harness import Row, print_table
from tests.bench.replay import raw_connection
from tests.sync_helpers import Counter, set_up_counters

BATCH = sync.BATCH  # the import's batch, for the reference too
MIB = 1024 * 1024


def fill(counter: Counter, changes: int, *, fold_later: bool = False) -> None:
    """``changes`` inserts through the ORM (the change log records each): applicants and
    one application each. ``fold_later``: leave the folding to be timed on its own."""
    people = changes // 2
    now = datetime.now(UTC)
    for start in range(0, people, 5_000):
        with counter.runtime.unit(counter.officer) as session:
            session.info[FOLD_LATER] = fold_later
            for n in range(start, min(start + 5_000, people)):
                person = Applicant(
                    id=uuid.uuid4(),
                    kind="person",
                    name=f"Peserta Nomor {n}",
                    nik=f"31{n:014d}",
                    birth_place="Jakarta",
                    birth_date=date(1990, 1, 1 + n % 28),
                    address=f"Jl. Contoh No. {n}",
                    phone=f"0812{n:08d}",
                )
                session.add(person)
                session.add(
                    Application(
                        number=f"TT-{counter.code}-26-{n:07d}",
                        applicant_id=person.id,
                        standard_code="sak",
                        service_code="sak/ralat",
                        catalog_version="1",
                        channel="datang_langsung",
                        status="received",
                        received_at=now,
                        received_on=now.date(),
                        notes="",
                    )
                )


def _close(counter: Counter) -> Path:
    path = counter.runtime.db.path
    assert path is not None
    counter.runtime.close()
    return path


def _copy(db: Path, name: str) -> Path:
    target = db.with_name(name)
    shutil.copy(db, target)
    return target


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def _peak(fn: Callable[[], Any]) -> float:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / MIB
    finally:
        tracemalloc.stop()


def _table_rows(db: Path, table: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    conn = sqlite3.connect(db)
    try:
        cursor = conn.execute(f"SELECT * FROM {table}")
        return [d[0] for d in cursor.description], cursor.fetchall()
    finally:
        conn.close()


def reference_import(source: Path, target: Path) -> float:
    """Raw ``executemany`` of the same applicant and application rows, batches of 5,000
    each committed durably (``synchronous=FULL``), as the import commits its batches."""
    tables = [_table_rows(source, t) for t in ("applicant", "application")]
    conn = raw_connection(target)
    start = time.perf_counter()
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(f"PRAGMA cache_size=-{CACHE_KIB}")  # the applier's page cache
    for (columns, rows), table in zip(tables, ("applicant", "application"), strict=True):
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        for at in range(0, len(rows), BATCH):
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(sql, rows[at : at + BATCH])
            conn.execute("COMMIT")
    took = time.perf_counter() - start
    conn.close()
    return took


def reference_export(source: Path, out: Path) -> float:
    """Raw sqlite3 reading the same rows and writing them as JSON lines."""
    conn = raw_connection(source)
    start = time.perf_counter()
    with out.open("w", encoding="utf-8") as stream:
        for table in ("applicant", "application"):
            cursor = conn.execute(f"SELECT * FROM {table}")
            names = [d[0] for d in cursor.description]
            while rows := cursor.fetchmany(BATCH):
                stream.writelines(
                    json.dumps(dict(zip(names, row, strict=True)), default=str) + "\n"
                    for row in rows
                )
    took = time.perf_counter() - start
    conn.close()
    return took


def _pair(folder: Path, changes: int, *, fold_later: bool = False) -> tuple[Counter, Counter]:
    # SQLite files even when a server is named for the tests: the goals are a PC's file's
    sender, receiver = set_up_counters(
        folder, ("L01", "L02"), lambda code: Runtime.open(database_file=folder / f"{code}.sqlite3")
    )
    fill(sender, changes, fold_later=fold_later)
    return sender, receiver


def measure(changes: int) -> dict[str, float]:
    """Seconds of fold, export, import and the references for ``changes`` changes."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sender, receiver = _pair(folder, changes, fold_later=True)
        receiver_db = _close(receiver)
        reference_db = _copy(receiver_db, "reference.sqlite3")

        def fold() -> None:
            with sender.runtime.unit(sender.admin) as session:
                fold_local_changes(session)

        fold_s, _ = _timed(fold)
        file = folder / "L01-L02.cdx"
        export_s, summary = _timed(lambda: sync.export(sender.runtime, sender.admin, file))
        assert summary.rows == changes, summary
        sender_db = _close(sender)
        export_ref_s = reference_export(sender_db, folder / "reference.jsonl")

        runtime = Runtime.open(database_file=receiver_db)
        import_s, result = _timed(lambda: sync.import_file(runtime, receiver.admin, file))
        runtime.close()
        assert sum(n for _, n, _ in result.by_table) == changes, result
        assert result.parked == 0 and result.conflicts == 0, result
        import_ref_s = reference_import(sender_db, reference_db)
    return {
        "fold": fold_s,
        "export": export_s,
        "export_ref": export_ref_s,
        "import": import_s,
        "import_ref": import_ref_s,
        "bytes": float(summary.bytes),
    }


def peaks(changes: int) -> dict[str, float]:
    """Peak traced MiB of export and import of ``changes`` changes (written with the
    fold at write time, as the app does)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sender, receiver = _pair(folder, changes)
        file = folder / "L01-L02.cdx"
        export_mib = _peak(lambda: sync.export(sender.runtime, sender.admin, file))
        import_mib = _peak(lambda: sync.import_file(receiver.runtime, receiver.admin, file))
        _close(sender)
        _close(receiver)
    return {"export": export_mib, "import": import_mib}


def run(changes: int = 100_000) -> list[Row]:
    times = measure(changes)
    small, large = peaks(changes // 10), peaks(changes)
    print(
        f"sync {changes} changes: fold {times['fold']:.2f} s, export {times['export']:.2f} s "
        f"({times['bytes'] / MIB:.1f} MiB file), import {times['import']:.2f} s; peak MiB "
        f"export {small['export']:.1f} → {large['export']:.1f}, import {small['import']:.1f} "
        f"→ {large['import']:.1f} ({changes // 10} → {changes} changes)"
    )
    ms = 1000
    return [
        Row(
            f"sync fold {changes} changes (paid at write time)",
            times["fold"] * ms,
            times["import_ref"] * ms,
            "raw executemany of the rows (as for import)",
        ),
        Row(
            f"sync export {changes} changes",
            times["export"] * ms,
            times["export_ref"] * ms,
            f"raw SELECT → JSON lines; peak {small['export']:.1f} → {large['export']:.1f} MiB "
            "at 10× rows",
            "≤ 2 s",
        ),
        Row(
            f"sync import {changes} changes",
            times["import"] * ms,
            times["import_ref"] * ms,
            f"raw executemany, 5,000/commit, FULL; peak {small['import']:.1f} → "
            f"{large['import']:.1f} MiB at 10× rows",
            "≤ 5 s",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000, help="changes to sync")
    print_table(run(parser.parse_args().rows))


if __name__ == "__main__":
    main()
