"""The merge applied to real databases: what two counters did without seeing each other
ends the same at both, and what cannot be merged is shown to a supervisor, never lost or
overwritten."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from counterdesk.domain.hlc import DAY_MS
from counterdesk.services import applications
from counterdesk.services.verification import checklist_hash
from counterdesk.store.base import SyncedMixin
from counterdesk.store.models import (
    Applicant,
    Application,
    Certificate,
    ChecklistItem,
    Compensation,
    SignOff,
    SpoiledStock,
    SyncConflict,
    SyncParked,
    SyncRow,
)
from counterdesk.sync.apply import Applier
from counterdesk.sync.payload import RowLine
from tests.sync_helpers import Counter, counters_in, exchange, register, synced_snapshot

NIK = "3174051203900001"


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[list[Counter]]:
    with counters_in(tmp_path, ("L01", "L02")) as counters:
        yield counters


def both_ways(a: Counter, b: Counter, folder: Path) -> None:
    exchange(a, b, folder)
    exchange(b, a, folder)
    exchange(a, b, folder)


def edit(counter: Counter, model: type[SyncedMixin], row_id: uuid.UUID, **values: Any) -> None:
    with counter.runtime.unit(counter.officer) as session:
        row = session.get_one(model, row_id)
        for name, value in values.items():
            setattr(row, name, value)


def add(counter: Counter, row: SyncedMixin) -> uuid.UUID:
    with counter.runtime.unit(counter.officer) as session:
        session.add(row)
        session.flush()
        return row.id


def conflicts(counter: Counter) -> list[tuple[str, str, str]]:
    with counter.runtime.read() as session:
        return sorted(
            (c.kind, c.table_name, c.field)
            for c in session.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None)))
        )


def value(counter: Counter, model: type[SyncedMixin], row_id: uuid.UUID, name: str) -> Any:
    with counter.runtime.read() as session:
        row = session.get(model, row_id)
        return None if row is None else getattr(row, name)


def application(counter: Counter, person: uuid.UUID, service: str = "sak/ralat") -> uuid.UUID:
    with counter.runtime.unit(counter.officer) as session:
        return applications.file_application(
            session,
            counter.officer,
            applications.NewApplication(person, service, "datang_langsung"),
        ).id


def test_two_edits_of_one_field_end_the_same_at_both_and_wait_for_a_supervisor(
    pair: list[Counter], tmp_path: Path
) -> None:
    a, b = pair
    person = register(a, NIK, "Budi Santoso")
    exchange(a, b, tmp_path)
    edit(a, Applicant, person, phone="081111111111")
    edit(b, Applicant, person, phone="082222222222")
    both_ways(a, b, tmp_path)
    assert value(a, Applicant, person, "phone") == value(b, Applicant, person, "phone")
    assert conflicts(a) == conflicts(b) == [("field", "applicant", "phone")]
    assert synced_snapshot(a.runtime) == synced_snapshot(b.runtime)

    edit(b, Applicant, person, phone="083333333333")  # written having seen both
    both_ways(a, b, tmp_path)
    assert value(a, Applicant, person, "phone") == "083333333333"
    assert conflicts(a) == conflicts(b) == []


def test_a_later_stage_wins_whichever_counter_recorded_it(
    pair: list[Counter], tmp_path: Path
) -> None:
    a, b = pair
    app = application(a, register(a, NIK, "Budi Santoso"))
    exchange(a, b, tmp_path)
    edit(a, Application, app, status="ready")
    edit(b, Application, app, status="in_process")
    both_ways(a, b, tmp_path)
    assert value(a, Application, app, "status") == value(b, Application, app, "status") == "ready"
    assert conflicts(a) == conflicts(b) == []


def test_a_delete_against_an_edit_keeps_the_row_and_asks(
    pair: list[Counter], tmp_path: Path
) -> None:
    a, b = pair
    blank = add(
        a,
        SpoiledStock(blank_serial="BLK-0001", reason="macet", recorded_at=datetime.now(UTC)),
    )
    exchange(a, b, tmp_path)
    with a.runtime.unit(a.officer) as session:
        session.delete(session.get_one(SpoiledStock, blank))
    edit(b, SpoiledStock, blank, reason="macet di printer 2")
    both_ways(a, b, tmp_path)
    assert value(a, SpoiledStock, blank, "reason") == "macet di printer 2"
    assert value(b, SpoiledStock, blank, "reason") == "macet di printer 2"
    assert conflicts(a) == conflicts(b) == [("delete", "spoiled_stock", "_deleted")]


def test_a_delete_everyone_saw_deletes_everywhere(pair: list[Counter], tmp_path: Path) -> None:
    a, b = pair
    blank = add(
        a, SpoiledStock(blank_serial="BLK-0002", reason="sobek", recorded_at=datetime.now(UTC))
    )
    exchange(a, b, tmp_path)
    with b.runtime.unit(b.officer) as session:
        session.delete(session.get_one(SpoiledStock, blank))
    both_ways(a, b, tmp_path)
    assert value(a, SpoiledStock, blank, "reason") is None
    assert conflicts(a) == conflicts(b) == []


def test_a_checklist_changed_elsewhere_makes_the_sign_off_stale(
    pair: list[Counter], tmp_path: Path
) -> None:
    a, b = pair
    app = application(a, register(a, NIK, "Budi Santoso"), "sak/ujian")  # one requirement
    exchange(a, b, tmp_path)
    with a.runtime.unit(a.officer) as session:
        items = list(
            session.scalars(select(ChecklistItem).where(ChecklistItem.application_id == app))
        )
        assert a.officer.user_id is not None
        session.add(
            SignOff(
                application_id=app,
                verifier_id=a.officer.user_id,
                verified_at=datetime.now(UTC),
                checklist_hash=checklist_hash(items),
            )
        )
    with b.runtime.unit(b.officer) as session:
        item = session.scalars(
            select(ChecklistItem).where(ChecklistItem.application_id == app)
        ).first()
        assert item is not None
        item.present = not item.present
    both_ways(a, b, tmp_path)
    assert ("stale_signoff", "sign_off", "checklist_hash") in conflicts(a)
    assert ("stale_signoff", "sign_off", "checklist_hash") in conflicts(b)


def _certificate(person: uuid.UUID, serial: str, title: str) -> Certificate:
    return Certificate(
        serial=serial,
        applicant_id=person,
        standard_code="sak",
        service_code="sak/ralat",
        title=title,
        issued_on=date(2026, 11, 26),
    )


def test_a_duplicate_serial_flags_both_and_overwrites_nothing(
    pair: list[Counter], tmp_path: Path
) -> None:
    a, b = pair
    person = register(a, NIK, "Budi Santoso")
    exchange(a, b, tmp_path)
    mine = add(a, _certificate(person, "SAK-2026-000001", "dari L01"))
    theirs = add(b, _certificate(person, "SAK-2026-000001", "dari L02"))
    got = exchange(a, b, tmp_path)
    assert got.parked == 1
    assert value(b, Certificate, theirs, "title") == "dari L02"
    assert value(b, Certificate, mine, "title") is None  # not written over, not beside
    with b.runtime.read() as session:
        flagged = session.scalars(
            select(SyncConflict.row_id).where(SyncConflict.kind == "duplicate_number")
        ).all()
        assert sorted(flagged) == sorted([str(mine), str(theirs)])
        assert session.get(SyncParked, ("certificate", str(mine))) is not None


def test_a_voucher_used_at_two_counters_is_a_conflict(pair: list[Counter], tmp_path: Path) -> None:
    a, b = pair
    person = register(a, NIK, "Budi Santoso")
    late, first, second = (application(a, person) for _ in range(3))
    voucher = add(
        a,
        Compensation(
            application_id=late,
            applicant_id=person,
            standard_code="sak",
            late_working_days=2,
            days_off=1,
            letter_number="MAAF-L01-26-0001",
            granted_on=date(2026, 11, 26),
        ),
    )
    exchange(a, b, tmp_path)
    edit(a, Compensation, voucher, used_application_id=first, status="used")
    edit(b, Compensation, voucher, used_application_id=second, status="used")
    both_ways(a, b, tmp_path)
    assert ("voucher", "compensation", "used_application_id") in conflicts(a)
    assert conflicts(a) == conflicts(b)
    assert value(a, Compensation, voucher, "used_application_id") == value(
        b, Compensation, voucher, "used_application_id"
    )


def test_a_clock_set_back_a_day_does_not_undo_what_it_saw(
    pair: list[Counter], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    person = register(a, NIK, "Budi Santoso")
    edit(a, Applicant, person, address="Jl. Lama 1")
    exchange(a, b, tmp_path)
    real = b.runtime.clock_ms
    b.runtime.reset_identity()  # the clock is made again with the wrong wall time
    monkeypatch.setattr(b.runtime, "clock_ms", lambda: real() - DAY_MS)
    edit(b, Applicant, person, address="Jl. Baru 2")
    both_ways(a, b, tmp_path)
    assert value(a, Applicant, person, "address") == "Jl. Baru 2"
    assert conflicts(a) == conflicts(b) == []


def test_a_row_whose_parent_has_not_arrived_waits_and_then_comes_in(
    pair: list[Counter],
) -> None:
    a, b = pair
    app = application(a, register(a, NIK, "Budi Santoso"))
    with a.runtime.read() as session:
        app_row = session.get_one(Application, app)
        states = {
            r.table_name: RowLine(r.table_name, r.row_id, r.state)
            for r in session.scalars(
                select(SyncRow).where(SyncRow.row_id.in_([str(app), str(app_row.applicant_id)]))
            )
        }
    with b.runtime.unit() as session:
        counts = Applier(session).apply([states["application"]])
    assert counts.parked == 1 and value(b, Application, app, "number") is None
    with b.runtime.unit() as session:
        applier = Applier(session)
        applier.apply([states["applicant"]])
        assert applier.retry_parked() == 0
    assert value(b, Application, app, "number") is not None
    assert value(b, Application, app, "received_at") is not None


def test_received_times_read_back_as_they_were_written(pair: list[Counter], tmp_path: Path) -> None:
    a, b = pair
    app = application(a, register(a, NIK, "Budi Santoso"))
    exchange(a, b, tmp_path)
    sent, got = value(a, Application, app, "received_at"), value(b, Application, app, "received_at")
    assert got == sent and got.tzinfo is not None and abs(got - sent) < timedelta(microseconds=1)
