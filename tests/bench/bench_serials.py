"""Certificate serials on the office server: eight counters issuing at once beside one
counter alone, on a fresh PostgreSQL database (``COUNTERDESK_TEST_DATABASE_URL`` or
``COUNTERDESK_BENCH_DATABASE_URL``: a server whose user may create databases).

Both sides run ``tests/load/serials.py``: spawned processes that log in as the printing
desk and issue serials through the issuing service's numbering and audit steps, one
writing unit per serial (the writer turn, the row lock, the audit chain). The row is the
time per serial; its reference is the same work done by one process alone."""

from __future__ import annotations

import os

from counterdesk.domain.roles import Role
from counterdesk.services import accounts, setup
from counterdesk.services.context import SYSTEM
from counterdesk.services.runtime import Runtime
from tests import databases
from tests.bench.harness import Row
from tests.clock import office_today
from tests.conftest import PASSWORD, office_setup
from tests.load.serials import run_load

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
    finally:
        databases.drop_all()
    return [
        Row(
            f"issue serial, {PROCESSES} counters at once (PostgreSQL)",
            together_ms,
            alone_ms,
            f"1 counter alone, same service path ({together_rate:.0f}/s vs {alone_rate:.0f}/s)",
        )
    ]
