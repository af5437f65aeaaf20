"""Intake at scale: search-as-you-type, saving an application, the first screens of
Penerimaan and Verifikasi, on a database of N applicants and N applications. Each figure
times the one service call the screen makes (its transaction included) beside raw sqlite3
replaying the SQL that call sent, with the app's pragmas (``replay.py``). Goals (issue 7):
search p95 ≤ 5 ms, save p95 ≤ 10 ms, each first screen p95 ≤ 100 ms."""

from __future__ import annotations

import os
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from counterdesk.domain.roles import Role
from counterdesk.services import accounts, applicants, applications, overview
from counterdesk.services.context import SYSTEM, Actor
from counterdesk.services.runtime import Runtime
from counterdesk.store.models import Applicant
from counterdesk.sync.state import fold_local_changes
from tests.bench.big_office import FIRST, LAST, build, today
from tests.bench.harness import Row
from tests.bench.replay import RawReplay, Recorder, raw_connection
from tests.bench.server_office import build_on_server
from tests.bench.server_replay import ServerReplay, server_connection


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[18]


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def queries(rng: random.Random, n: int) -> list[str]:
    typed = []
    for _ in range(n):
        kind = rng.randrange(4)
        if kind == 0:
            word = rng.choice(FIRST + LAST).lower()
            typed.append(word[: rng.randrange(2, len(word) + 1)])
        elif kind == 1:
            typed.append(f"{rng.choice(FIRST)[:3]} {rng.choice(LAST)[:4]}".lower())
        elif kind == 2:
            typed.append(f"{rng.randrange(10**5):016d}"[: rng.randrange(8, 17)])
        else:
            typed.append(f"0812{rng.randrange(10**3, 10**4)}")
    return typed


@dataclass(frozen=True)
class Side:
    """Where a run goes: the SQLite file, or its copy on a PostgreSQL server."""

    name: str  # "" for SQLite; shown after each figure otherwise
    replay: Callable[[], Any]  # a fresh raw replayer on the same database
    raw: str  # what the reference replays on, in words

    def figure(self, text: str) -> str:
        return f"{text} [{self.name}]" if self.name else text


def run(n: int, repeat: int) -> list[Row]:
    path = build(Path(f"/tmp/counterdesk-bench-{n}.sqlite3"), n)
    runtime = Runtime.open(database_file=path)  # opening copies nothing (no daily backup)
    side = Side("", lambda: RawReplay(raw_connection(path)), "raw sqlite3")
    rows = _run_on(runtime, side, n, repeat)
    server = os.environ.get("COUNTERDESK_BENCH_DATABASE_URL") or os.environ.get(
        "COUNTERDESK_TEST_DATABASE_URL"
    )
    if server:  # the same rows on the office server, beside SQLite in one table
        url = build_on_server(server, path, n)
        on_server = Runtime.open(database_url=url)
        side = Side("PostgreSQL", lambda: ServerReplay(server_connection(url)), "raw psycopg")
        rows += _run_on(on_server, side, n, repeat)
    return rows


def _run_on(runtime: Runtime, side: Side, n: int, repeat: int) -> list[Row]:
    with runtime.unit() as s:
        if not any(u.username == "petugas" for u in accounts.list_users(s, SYSTEM)):
            accounts.create_user(
                s,
                SYSTEM,
                accounts.NewUser("petugas", "Petugas", frozenset({Role.OFFICER}), "rahasia123"),
            )
    with runtime.unit() as s:  # as in an office that has synced once: each save folds
        fold_local_changes(s)  # its own changes into the merge state (not a backlog)
    officer = runtime.login("petugas", "rahasia123")
    rows = [
        search_as_you_type(runtime, officer, side, n, repeat),
        save_application(runtime, officer, side, repeat),
        *first_screens(runtime, officer, side, repeat),
    ]
    runtime.close()
    return rows


def alternating(
    ours: list[float],
    ref: list[float],
    mine: Callable[[], object],
    theirs: Callable[[], object],
    i: int,
) -> None:
    """Time both sides once, the reference first on every other sample."""
    pairs = [(ours, mine), (ref, theirs)]
    for side, fn in pairs if i % 2 else pairs[::-1]:
        side.append(timed(fn))


# --- search as you type, exactly as the picker calls it -----------------------------------


def search_as_you_type(runtime: Runtime, actor: Actor, side: Side, n: int, repeat: int) -> Row:
    """``applicants.find`` (the picker's one call: its read unit, the query, the cards)
    beside the statements it sent for the same typed text, replayed in raw sqlite3 in the
    same transaction. Every query runs once on each side before timing, so neither side
    reads pages only the other warmed; the order alternates."""
    typed = queries(random.Random(7), repeat)
    recorder = Recorder(runtime.db.engine)
    raw = side.replay()
    sent = []
    for text in typed:
        with recorder.recording() as statements:
            applicants.find(runtime, actor, text)
        sent.append(statements)
        raw.read(statements)
    ours: list[float] = []
    ref: list[float] = []
    for i, (text, statements) in enumerate(zip(typed, sent, strict=True)):
        alternating(
            ours,
            ref,
            lambda text=text: applicants.find(runtime, actor, text),
            lambda statements=statements: raw.read(statements),
            i,
        )
    raw.conn.close()
    return Row(
        side.figure(f"search-as-you-type p95 ({n:,} applicants)"),
        p95(ours),
        p95(ref),
        f"its statements replayed in {side.raw}, same transaction",
        "≤ 5 ms",
    )


# --- saving a new application, exactly as the intake form calls it ------------------------


def save_application(runtime: Runtime, actor: Actor, side: Side, repeat: int) -> Row:
    """``applications.file_intake`` (the form's one call: BEGIN IMMEDIATE, the application,
    its checklist, the number, the timeline, audit event, change log, COMMIT) beside the
    statements one such save sent, replayed in raw sqlite3 in the same kind of
    transaction with fresh ids (``replay.RawReplay.write``)."""
    with runtime.read(actor) as s:
        someone = s.scalars(select(Applicant.id).limit(200)).all()

    def intake(i: int) -> applications.Intake:
        return applications.Intake(
            "sertifikasi-pns/sertifikasi-profesi",
            "datang_langsung",
            applicant_id=someone[i % len(someone)],
        )

    recorder = Recorder(runtime.db.engine)
    with recorder.recording() as statements:
        applications.file_intake(runtime, actor, intake(0))
    raw = side.replay()
    raw.write(statements)
    ours: list[float] = []
    ref: list[float] = []
    for i in range(repeat):
        alternating(
            ours,
            ref,
            lambda i=i: applications.file_intake(runtime, actor, intake(i)),
            lambda: raw.write(statements),
            i,
        )
    raw.conn.close()
    return Row(
        side.figure("save application + checklist + audit + log p95"),
        p95(ours),
        p95(ref),
        f"its {len(statements)} statements replayed in {side.raw}, fresh ids, COMMIT",
        "≤ 10 ms",
    )


# --- the first screens of Penerimaan and Verifikasi, exactly as the tabs load them -------


def first_screens(runtime: Runtime, actor: Actor, side: Side, repeat: int) -> list[Row]:
    """What each tab calls on refresh (one service call: page, its count, the summary
    counts), beside raw sqlite3 replaying the statements that call sent, in the same
    transaction (BEGIN DEFERRED … ROLLBACK, as ``Runtime.read``)."""
    now = datetime.combine(today(), datetime.min.time(), UTC) + timedelta(hours=3)
    screens = {
        "Penerimaan": lambda: overview.intake_screen(
            runtime, actor, overview.QueueFilter(), today()
        ),
        "Verifikasi": lambda: overview.verification_screen(runtime, actor, now, today()),
    }
    recorder = Recorder(runtime.db.engine)
    raw = side.replay()
    rows = []
    for tab, screen in screens.items():
        with recorder.recording() as statements:
            screen()
        raw.read(statements)  # each side has read the pages once before timing
        ours: list[float] = []
        ref: list[float] = []
        for i in range(repeat):
            alternating(ours, ref, screen, lambda statements=statements: raw.read(statements), i)
        rows.append(
            Row(
                side.figure(f"{tab} first screen (page + count + summary counts) p95"),
                p95(ours),
                p95(ref),
                f"its {len(statements)} statements replayed in {side.raw}, same transaction",
                "≤ 100 ms",
            )
        )
    raw.conn.close()
    return rows
