"""Certificate serials issued by several processes at once on one database: each process
opens the database as a counter would, waits for the others at a barrier, then issues its
share — the first few through the whole issuing service (an application's certificate
and card, its event and audit), the rest through the same numbering and audit steps the
issuing takes for each serial, one writing unit per serial. Used by the load test
(``test_serials.py``) and by the benchmark row (``tests/bench/bench_serials.py``)."""

from __future__ import annotations

import multiprocessing
import os
import time
from dataclasses import dataclass
from typing import Any

from counterdesk.domain import numbers
from counterdesk.services import audit, issuing
from counterdesk.services.numbering import next_number
from counterdesk.services.runtime import Runtime


@dataclass(frozen=True)
class Outcome:
    pid: int
    serials: list[str]
    error: str
    seconds: float


ISSUER, ISSUER_PASSWORD = "cetak", "rahasia123"  # the printing desk of tests/conftest


def issue_serials(
    url: str, count: int, applications: list[str], year: int, start: Any, results: Any
) -> None:
    """One process: log in as the printing desk, issue ``applications`` whole, then
    serials up to ``count``."""
    try:
        runtime = Runtime.open(database_url=url)
        try:
            actor = runtime.login(ISSUER, ISSUER_PASSWORD)
            issued: list[str] = []
            start.wait(timeout=120)
            began = time.perf_counter()
            for number in applications:
                issued += [item.serial for item in issuing.issue(runtime, actor, number).items]
            while len(issued) < count:
                with runtime.unit(actor) as session:
                    serial = next_number(session, numbers.CERTIFICATE, year)
                    audit.record(
                        session, actor, "certificate.issued", entity="certificate", entity_id=serial
                    )
                issued.append(serial)
            seconds = time.perf_counter() - began
            results.put(Outcome(os.getpid(), issued, "", seconds))
        finally:
            runtime.close()
    except BaseException as exc:  # the test fails naming it
        results.put(Outcome(os.getpid(), [], repr(exc), 0.0))


def run_load(
    url: str, processes: int, per_process: int, applications: list[list[str]], year: int
) -> tuple[list[Outcome], float]:
    """``processes`` spawned processes issuing at once; their outcomes and the wall time
    from the barrier to the last one done."""
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(processes + 1)
    results = ctx.Queue()
    workers = [
        ctx.Process(
            target=issue_serials,
            args=(url, per_process, applications[i], year, start, results),
        )
        for i in range(processes)
    ]
    for worker in workers:
        worker.start()
    start.wait(timeout=120)
    began = time.perf_counter()
    outcomes = [results.get(timeout=300) for _ in workers]
    wall = time.perf_counter() - began
    for worker in workers:
        worker.join(timeout=30)
    return outcomes, wall
