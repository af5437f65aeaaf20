"""Certificate serials on the office server: eight counters issuing at once beside one
counter alone, on a fresh PostgreSQL database (``COUNTERDESK_TEST_DATABASE_URL`` or
``COUNTERDESK_BENCH_DATABASE_URL``: a server whose user may create databases).

Both sides run ``tests/load/serials.py``: spawned processes that log in as the printing
desk and issue serials through the issuing service's numbering and audit steps, one
writing unit per serial (the writer turn, the row lock, the audit chain). The first row
is the time per serial with eight at once; its reference is the same work done by one
process alone. The second row is that one process beside the statements one serial's unit
sent (the writer turn's advisory lock, the row lock, the audit insert, COMMIT) replayed on
plain psycopg in one process (``server_replay``: its own number prefix, fresh audit
``seq``), so it shows what the service adds to the SQL itself."""

from __future__ import annotations

import os
import time

from counterdesk.domain import numbers
from counterdesk.domain.roles import Role
from counterdesk.services import accounts, audit, setup
from counterdesk.services.context import SYSTEM
from counterdesk.services.numbering import next_number
from counterdesk.services.runtime import Runtime
from tests import databases
from tests.bench.harness import Row
from tests.bench.replay import Recorder
from tests.bench.server_replay import ServerReplay, server_connection
from tests.clock import office_today
from tests.conftest import PASSWORD, office_setup
from tests.load.serials import ISSUER, ISSUER_PASSWORD, run_load

PER_PROCESS = 1_000
PROCESSES = 8


def _office(url: str) -> None:
    runtime = Runtime.open(database_url=url)
    try:
        with runtime.unit() as session:
            setup.initialize(session, office_setup())
            accounts.create_user(
                session,
                SYSTEM,
                accounts.NewUser("cetak", "Cetak", frozenset({Role.PRINTER}), PASSWORD),
            )
    finally:
        runtime.close()


def _per_serial_ms(processes: int) -> tuple[float, float]:
    """Milliseconds per serial, and serials per second, for ``processes`` at once."""
    url = databases.new_database()
    try:
        _office(url)
        outcomes, wall = run_load(
            url, processes, PER_PROCESS, [[] for _ in range(processes)], office_today().year
        )
        errors = [o.error for o in outcomes if o.error]
        if errors:
            raise RuntimeError(errors[0])
        total = sum(len(o.serials) for o in outcomes)
        return wall * 1000 / total, total / wall
    finally:
        databases.drop_database(url)


def _raw_per_serial_ms() -> float:
    """Milliseconds per serial when one process replays, on plain psycopg, the statements
    one serial's writing unit sent (recorded from the service path of ``run_load``)."""
    url = databases.new_database()
    try:
        _office(url)
        runtime = Runtime.open(database_url=url)
        try:
            actor = runtime.login(ISSUER, ISSUER_PASSWORD)
            recorder = Recorder(runtime.db.engine)
            year = office_today().year
            for _ in range(2):  # the first makes the year's row; the second is the usual unit
                with recorder.recording() as statements, runtime.unit(actor) as session:
                    serial = next_number(session, numbers.CERTIFICATE, year)
                    audit.record(
                        session, actor, "certificate.issued", entity="certificate", entity_id=serial
                    )
        finally:
            runtime.close()
        raw = ServerReplay(server_connection(url))
        try:
            raw.write(statements)  # its own sequence row made, the connection warm
            began = time.perf_counter()
            for _ in range(PER_PROCESS):
                raw.write(statements)
            return (time.perf_counter() - began) * 1000 / PER_PROCESS
        finally:
            raw.conn.close()
    finally:
        databases.drop_database(url)


def run() -> list[Row]:
    bench_url = os.environ.get("COUNTERDESK_BENCH_DATABASE_URL")
    if bench_url:
        os.environ[databases.URL_VARIABLE] = bench_url
    if not databases.on_server():
        print("serials: no server (set COUNTERDESK_TEST_DATABASE_URL); row skipped")
        return []
    try:
        alone_ms, alone_rate = _per_serial_ms(1)
        together_ms, together_rate = _per_serial_ms(PROCESSES)
        raw_ms = _raw_per_serial_ms()
    finally:
        databases.drop_all()
    return [
        Row(
            f"issue serial, {PROCESSES} counters at once (PostgreSQL)",
            together_ms,
            alone_ms,
            f"1 counter alone, same service path ({together_rate:.0f}/s vs {alone_rate:.0f}/s)",
        ),
        Row(
            "issue serial, 1 counter alone (PostgreSQL)",
            alone_ms,
            raw_ms,
            f"its unit's statements replayed in raw psycopg, 1 process, same lock "
            f"({alone_rate:.0f}/s vs {1000 / raw_ms:.0f}/s)",
        ),
    ]
