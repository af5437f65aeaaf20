"""The demo is a real, populated office across all five standards."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counterdesk.domain.states import AppStatus
from counterdesk.services import applications, audit, overview, payments
from counterdesk.services.applications import EVENT_LABELS
from counterdesk.services.calendar import office_calendar
from counterdesk.services.catalog import load_catalog
from counterdesk.services.demo import DEMO_USERS
from counterdesk.services.demo_data import ensure_demo
from counterdesk.services.runtime import Runtime
from counterdesk.store.models import (
    Application,
    ApplicationEvent,
    AuditEvent,
    Certificate,
    ChangeLog,
    Complaint,
    ComplaintStep,
)


def test_demo_covers_every_standard_and_stage(runtime: Runtime) -> None:
    assert ensure_demo(runtime, today=date(2026, 11, 20))
    with runtime.unit() as session:
        standards = set(session.scalars(select(Application.standard_code)))
        statuses = set(session.scalars(select(Application.status)))
        certificates = session.scalar(select(func.count()).select_from(Certificate))
        kinds = set(session.scalars(select(Complaint.kind)))
        assert audit.verify_chain(session).ok
        queue = overview.application_queue(session, office_calendar(session), date(2026, 11, 20))
    assert standards == {s.code for s in load_catalog().standards}
    assert statuses == {s.value for s in AppStatus}
    assert certificates and certificates >= 10
    assert kinds == {"pengaduan", "saran"}  # information requests are applications (F4)
    assert any(row.deadline.level == "overdue" for row in queue)


def test_every_demo_user_can_log_in_and_demo_is_filled_once(runtime: Runtime) -> None:
    ensure_demo(runtime)
    assert not ensure_demo(runtime)  # second open leaves it alone
    for demo in DEMO_USERS:
        assert runtime.login(demo.username, demo.password).roles == demo.roles


def test_reset_refills_from_scratch(runtime: Runtime) -> None:
    ensure_demo(runtime)
    with runtime.unit() as session:
        session.execute(ComplaintStep.__table__.delete())
        session.execute(Complaint.__table__.delete())
    assert ensure_demo(runtime, reset=True)
    with runtime.unit() as session:
        assert session.scalar(select(func.count()).select_from(Complaint)) == 7
        assert audit.verify_chain(session).ok


def test_overview_counts_what_the_supervisor_watches(runtime: Runtime) -> None:
    ensure_demo(runtime, today=date(2026, 11, 20))
    with runtime.unit() as session:
        c = overview.counts(session, date(2026, 11, 20))
    assert c.awaiting_signoff == 4
    assert c.overdue >= 1 and c.due_soon >= 1
    assert c.open_complaints == 5


CLOSING = {
    AppStatus.DONE: {EVENT_LABELS["handed_over"], EVENT_LABELS["answered"]},
    AppStatus.REJECTED: {EVENT_LABELS["rejected"]},
    AppStatus.WITHDRAWN: {EVENT_LABELS["withdrawn"]},
    AppStatus.READY: {EVENT_LABELS["ready"]},
}


def _past_payment(detail: applications.Detail) -> bool:
    """The file stands after a stage that collects payment."""
    codes = [s.code for s in detail.service.service.stages]
    here = codes.index(detail.application.stage)
    return any(s.collects_payment for s in detail.service.service.stages[:here])


def _count(session: Session, table: type[Any], *where: Any) -> int:
    return session.scalar(select(func.count()).select_from(table).where(*where)) or 0


def test_every_demo_application_has_a_history_that_fits_its_status(runtime: Runtime) -> None:
    """The detail's "Riwayat" is never empty: each file tells how it got where it is —
    received, checked (day 0), approved, the stages with their notes, the payment, the
    pauses and how it ended — in order, between its receipt and today, each step in the
    audit chain and the change log as the app writes them."""
    today = date(2026, 11, 20)
    ensure_demo(runtime, today=today)
    with runtime.unit() as session:
        numbers = list(session.scalars(select(Application.number)))
        details = [applications.detail(session, number) for number in numbers]
        events = _count(session, ApplicationEvent)
        logged = _count(session, ChangeLog, ChangeLog.table_name == "application_event")
        kinds = [f"application.{kind}" for kind in EVENT_LABELS]
        audited = _count(session, AuditEvent, AuditEvent.action.in_(kinds))
        assert audit.verify_chain(session).ok
        paid = {d.application.number: payments.view_of(session, d.application) for d in details}
    assert events == logged == audited and events >= 4 * len(numbers)
    # nothing after the demo's today, except what the filler did as it ran (issued now)
    latest = max(datetime.now(UTC), datetime.combine(today, time(17), tzinfo=UTC))
    for d in details:
        app, timeline, status = d.application, d.timeline, AppStatus(d.application.status)
        labels = [t.label for t in timeline]
        assert labels[0] == EVENT_LABELS["received"] and timeline[0].at == app.received_at
        assert [t.at for t in timeline] == sorted(t.at for t in timeline)
        assert timeline[-1].at <= latest, app.number
        if status not in (AppStatus.RECEIVED, AppStatus.INCOMPLETE):
            assert EVENT_LABELS["clock_started"] in labels, app.number  # checked: day 0
        if status == AppStatus.INCOMPLETE:
            assert timeline[-1].note.startswith("Berkas belum lengkap: ")
        if status in CLOSING:
            assert labels[-1] in CLOSING[status], app.number
        if status in (AppStatus.DONE, AppStatus.REJECTED, AppStatus.WITHDRAWN):
            assert app.closed_at == timeline[-1].at
        if status == AppStatus.PAUSED:
            assert EVENT_LABELS["paused"] in labels[-2:]
        stages = [s.name for s in d.service.service.stages]
        reached = [stages.index(t.stage) for t in timeline]
        assert reached == sorted(reached), app.number  # stages only move forward
        view = paid[app.number]
        if _past_payment(d):  # paid, with its NTPN, before moving on
            assert view is not None and view.paid and len(view.ntpn) == 16, app.number
    staged = [d for d in details if EVENT_LABELS["stage"] in [t.label for t in d.timeline]]
    assert len(staged) >= 10
    assert any(v is not None and not v.paid for v in paid.values())  # a bill waiting


def test_the_history_says_what_the_officer_typed_beside_the_stage(runtime: Runtime) -> None:
    """A stage's name has its own column in the history: the note keeps only what the
    officer typed ("uji di TUK …"), not the stage's long name again."""
    ensure_demo(runtime, today=date(2026, 11, 20))
    officer = runtime.login("petugas", "petugas123")
    with runtime.unit() as session:
        numbers = list(session.scalars(select(Application.number)))
    lines = [
        line
        for number in numbers
        for line in applications.application_detail(runtime, officer, number).timeline
        if line.label == EVENT_LABELS["stage"]
    ]
    assert lines and all(line.note and not line.note.startswith(line.stage) for line in lines)
    assert "uji di TUK BKPSDM Purwakarta" in {line.note for line in lines}
