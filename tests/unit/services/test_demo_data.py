"""The demo is a real, populated office across all five standards."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from counterdesk.domain.states import AppStatus
from counterdesk.services import audit, overview
from counterdesk.services.calendar import office_calendar
from counterdesk.services.catalog import load_catalog
from counterdesk.services.demo import DEMO_USERS
from counterdesk.services.demo_data import ensure_demo
from counterdesk.services.runtime import Runtime
from counterdesk.store.models import Application, Certificate, Complaint


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
    assert kinds == {"pengaduan", "saran", "informasi"}
    assert any(row.deadline.level == "overdue" for row in queue)


def test_every_demo_user_can_log_in_and_demo_is_filled_once(runtime: Runtime) -> None:
    ensure_demo(runtime)
    assert not ensure_demo(runtime)  # second open leaves it alone
    for demo in DEMO_USERS:
        assert runtime.login(demo.username, demo.password).roles == demo.roles


def test_reset_refills_from_scratch(runtime: Runtime) -> None:
    ensure_demo(runtime)
    with runtime.unit() as session:
        session.execute(Complaint.__table__.delete())
    assert ensure_demo(runtime, reset=True)
    with runtime.unit() as session:
        assert session.scalar(select(func.count()).select_from(Complaint)) == 6
        assert audit.verify_chain(session).ok


def test_overview_counts_what_the_supervisor_watches(runtime: Runtime) -> None:
    ensure_demo(runtime, today=date(2026, 11, 20))
    with runtime.unit() as session:
        c = overview.counts(session, date(2026, 11, 20))
    assert c.awaiting_signoff == 4
    assert c.overdue >= 1 and c.due_soon >= 1
    assert c.open_complaints == 5
