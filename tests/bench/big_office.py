"""A database with N applicants and N applications, written in bulk with raw SQL into the
real (migrated) schema, search index included. Cached on disk between benchmark runs."""

from __future__ import annotations

import random
import sqlite3
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from counterdesk.domain.ids import uuid7
from counterdesk.domain.numbers import format_number
from counterdesk.domain.states import AppStatus
from counterdesk.services.runtime import Runtime
from counterdesk.services.setup import initialize
from counterdesk.store.search_index import words
from tests.conftest import office_setup

FIRST = [
    "Budi",
    "Siti",
    "Agus",
    "Dewi",
    "Rudi",
    "Nur",
    "Eko",
    "Maya",
    "Hendra",
    "Fitri",
    "Teuku",
    "Intan",
    "Yoga",
    "Lina",
    "Dian",
    "Fajar",
    "Ahmad",
    "Ratna",
    "Bambang",
    "Sri",
]
LAST = [
    "Santoso",
    "Lestari",
    "Hartono",
    "Wulandari",
    "Pratama",
    "Handayani",
    "Gunawan",
    "Kusuma",
    "Nugroho",
    "Permata",
    "Saputra",
    "Rahmawati",
    "Hidayat",
    "Siregar",
    "Nasution",
    "Simanjuntak",
    "Wibowo",
    "Setiawan",
    "Susanti",
    "Purnomo",
]
SERVICES = [
    "sertifikasi-pns/sertifikasi-profesi",
    "balai-sertifikasi/person",
    "sertifikat-standar-kbli-28173/sertifikat-standar",
    "sak/legalisasi",
]
STATUS_WEIGHTS = [
    (AppStatus.DONE, 80),
    (AppStatus.IN_PROCESS, 8),
    (AppStatus.RECEIVED, 3),
    (AppStatus.AWAITING_SIGNOFF, 3),
    (AppStatus.READY, 3),
    (AppStatus.PAUSED, 1),
    (AppStatus.WITHDRAWN, 1),
    (AppStatus.REJECTED, 1),
]


def _hex(u: uuid.UUID) -> str:
    return u.hex  # SQLAlchemy's Uuid on SQLite stores 32 hex characters


def _next(seqs: dict[int, int], year: int) -> int:
    seqs[year] = seqs.get(year, 0) + 1
    return seqs[year]


def build(path: Path, n: int, seed: int = 1) -> Path:
    if path.exists():
        _add_signoffs(path)  # a database cached before they were part of it
        return path
    tmp = path.with_suffix(".building")
    tmp.unlink(missing_ok=True)
    runtime = Runtime.open(database_file=tmp)
    with runtime.unit() as session:
        initialize(session, office_setup())
    runtime.close()
    rng = random.Random(seed)
    statuses = [s for s, w in STATUS_WEIGHTS for _ in range(w)]
    conn = sqlite3.connect(tmp)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA journal_mode=OFF")
    stamp = "2026-01-01 00:00:00"
    base = datetime(2020, 1, 1, tzinfo=UTC)
    batch = 50_000
    seqs: dict[int, int] = {}
    for start in range(0, n, batch):
        applicants, tokens, apps = [], [], []
        for i in range(start, min(n, start + batch)):
            aid = _hex(uuid7())
            name = f"{rng.choice(FIRST)} {rng.choice(FIRST)} {rng.choice(LAST)}"
            phone = f"+62812{rng.randrange(10**7, 10**8)}"
            applicants.append((aid, "person", name, f"{i:016d}", "L", phone, "", "", stamp, stamp))
            for t in {*words(name), f"{i:016d}", "0" + phone[3:]}:
                tokens.append((t, aid))
            received = base + timedelta(minutes=i * 3)
            status = rng.choice(statuses)
            complete = status not in (AppStatus.RECEIVED,)
            due = (received.date() + timedelta(days=20)) if complete else None
            apps.append(
                (
                    _hex(uuid7()),
                    format_number("TT", "L01", received.year, _next(seqs, received.year)),
                    aid,
                    "x",
                    rng.choice(SERVICES),
                    "1",
                    "datang_langsung",
                    status.value,
                    "",
                    received.strftime("%Y-%m-%d %H:%M:%S.%f"),
                    received.date().isoformat(),
                    received.date().isoformat() if complete else None,
                    due.isoformat() if due else None,
                    "",
                    "",
                    stamp,
                    stamp,
                )
            )
        conn.executemany(
            "INSERT INTO applicant (id, kind, name, nik, sex, phone, origin, hlc, created_at, "
            "updated_at, birth_place, address, email, nip, agency, kbli, contact_person) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,'','','','','','','')",
            applicants,
        )
        conn.executemany(
            "INSERT OR IGNORE INTO applicant_token (token, applicant_id) VALUES (?,?)", tokens
        )
        conn.executemany(
            "INSERT INTO application (id, number, applicant_id, standard_code, service_code, "
            "catalog_version, channel, status, stage, received_at, received_on, complete_on, "
            "due_on, origin, hlc, created_at, updated_at, paused_working_days, notes, "
            "close_reason, answer) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,'','','')",
            apps,
        )
        conn.commit()
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()
    _add_signoffs(tmp)
    tmp.rename(path)
    return path


def _add_signoffs(path: Path) -> None:
    """Every file awaiting sign-off has its pending sign-off, checked by the first user a
    day after it was received (Verifikasi's approvals view reads these)."""
    with sqlite3.connect(path) as conn:
        if conn.execute("SELECT 1 FROM sign_off LIMIT 1").fetchone():
            return
        conn.execute(
            "INSERT INTO sign_off (id, application_id, verifier_id, verified_at, decision, "
            "reason, checklist_hash, origin, hlc, created_at, updated_at) "
            "SELECT lower(hex(randomblob(16))), a.id, (SELECT id FROM user_account LIMIT 1), "
            "datetime(a.received_at, '+1 day'), 'pending', '', '', '', '', a.created_at, "
            "a.updated_at FROM application AS a WHERE a.status = ?",
            (AppStatus.AWAITING_SIGNOFF.value,),
        )


def today() -> date:
    return date(2026, 11, 20)
