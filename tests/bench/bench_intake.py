"""Intake at scale: search-as-you-type, saving an application, the queue's first screen,
on a database of N applicants and N applications, each beside the same work in raw
sqlite3. Goals (issue 3): search p95 ≤ 20 ms, save p95 ≤ 30 ms, queue ≤ 300 ms."""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from counterdesk.domain.ids import uuid7
from counterdesk.domain.roles import Role
from counterdesk.services import accounts, applicants, applications, overview
from counterdesk.services.calendar import office_calendar
from counterdesk.services.context import SYSTEM, Actor
from counterdesk.services.runtime import Runtime
from counterdesk.store.models import Applicant
from tests.bench.big_office import FIRST, LAST, build, today
from tests.bench.harness import Row
from tests.bench.replay import RawReplay, Recorder, raw_connection


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


def run(n: int, repeat: int) -> list[Row]:
    path = build(Path(f"/tmp/counterdesk-bench-{n}.sqlite3"), n)
    runtime = Runtime.open(database_file=path)
    raw = sqlite3.connect(path)
    rng = random.Random(7)
    with runtime.unit() as s:
        if not any(u.username == "petugas" for u in accounts.list_users(s, SYSTEM)):
            accounts.create_user(
                s,
                SYSTEM,
                accounts.NewUser("petugas", "Petugas", frozenset({Role.OFFICER}), "rahasia123"),
            )
    officer = runtime.login("petugas", "rahasia123")
    rows: list[Row] = []

    # search as you type
    ours, ref = [], []
    for text in queries(rng, repeat):
        with runtime.unit(officer) as s:
            ours.append(timed(lambda s=s, text=text: applicants.search(s, text)))
        sql = _search_sql(text)  # the main range scan of the same query, in raw sqlite3
        ref.append(timed(lambda sql=sql: raw.execute(sql).fetchall()))
    rows.append(
        Row(
            f"search-as-you-type p95 ({n:,} applicants)",
            p95(ours),
            p95(ref),
            "same SQL in raw sqlite3",
            "≤ 20 ms",
        )
    )

    # saving an application with its checklist, audit event and change log
    with runtime.unit(officer) as s:
        someone = s.scalars(select(Applicant.id).limit(200)).all()
    ours, ref = [], []
    for i in range(repeat):

        def save(i: int = i) -> None:
            with runtime.unit(officer) as s:
                applications.file_application(
                    s,
                    officer,
                    applications.NewApplication(
                        someone[i % len(someone)],
                        "sertifikasi-pns/sertifikasi-profesi",
                        "datang_langsung",
                    ),
                )

        ours.append(timed(save))

        def raw_insert(i: int = i) -> None:
            raw.execute(
                "INSERT INTO application (id, number, applicant_id, standard_code, service_code,"
                " catalog_version, channel, status, stage, received_at, origin, hlc, created_at,"
                " updated_at, paused_working_days, notes, close_reason, answer) VALUES "
                "(?, ?, ?, 'x', 'y', '1', 'c', 'received', '', '2026-11-20 01:00:00', '', '',"
                " '2026-11-20', '2026-11-20', 0, '', '', '')",
                (uuid7().hex, f"REF-{i}-{uuid7().hex}", someone[0].hex),
            )
            raw.commit()

        ref.append(timed(raw_insert))
    rows.append(
        Row(
            "save application + checklist + audit + log p95",
            p95(ours),
            p95(ref),
            "one INSERT + commit in raw sqlite3",
            "≤ 30 ms",
        )
    )

    # the queue's first screen
    ours, ref = [], []
    with runtime.unit(officer) as s:
        calendar = office_calendar(s)
    for _ in range(max(5, repeat // 10)):

        def first_screen() -> None:
            with runtime.unit(officer) as s:
                overview.application_queue(s, calendar, today(), limit=200)
                overview.queue_size(s)

        ours.append(timed(first_screen))
        ref.append(timed(lambda: raw.execute(QUEUE_SQL).fetchall()))
    rows.append(
        Row(
            "queue first screen (200 rows + count) p95",
            p95(ours),
            p95(ref),
            "same page query in raw sqlite3",
            "≤ 300 ms",
        )
    )
    rows += first_screens(runtime, officer, path, repeat)
    runtime.close()
    return rows


QUEUE_SQL = (
    "SELECT application.*, applicant.name FROM application JOIN applicant ON "
    "application.applicant_id = applicant.id WHERE likely(application.status IN ('received', "
    "'incomplete', 'awaiting_signoff', 'in_process', 'paused', 'ready')) ORDER BY "
    "application.due_on IS NULL, application.due_on, application.received_at LIMIT 200"
)


def _search_sql(text: str) -> str:
    from counterdesk.store.search_index import words

    typed = sorted(words(text.replace("+62", "0")), key=len, reverse=True)
    lo = typed[0]
    hi = lo[:-1] + chr(ord(lo[-1]) + 1)
    return (
        "SELECT DISTINCT applicant.* FROM applicant JOIN applicant_token ON "
        f"applicant_token.applicant_id = applicant.id WHERE applicant_token.token >= '{lo}' "
        f"AND applicant_token.token < '{hi}' LIMIT 20"
    )


# --- the first screens of Penerimaan and Verifikasi, exactly as the tabs load them -------


def first_screens(runtime: Runtime, actor: Actor, path: Path, repeat: int) -> list[Row]:
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
    raw = RawReplay(raw_connection(path))
    rows = []
    for tab, screen in screens.items():
        with recorder.recording() as statements:
            screen()
        ours, ref = [], []
        for _ in range(repeat):
            ours.append(timed(screen))
            ref.append(timed(lambda statements=statements: raw.read(statements)))
        rows.append(
            Row(
                f"{tab} first screen (page + count + summary counts) p95",
                p95(ours),
                p95(ref),
                f"its {len(statements)} statements replayed in raw sqlite3, same transaction",
                "≤ 100 ms",
            )
        )
    raw.conn.close()
    return rows
