"""Eight counters issue 1,000 certificate serials each at the same moment on one office
server (PostgreSQL, loopback): no serial twice, no error, no gap, and the audit log is
still one unbroken chain with one event per serial. (On SQLite the same guarantee is
tested by two processes in tests/unit/services/test_concurrency.py.)"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from counterdesk.domain import numbers
from counterdesk.domain.roles import Role
from counterdesk.services import audit, payments
from counterdesk.store.models import AuditEvent
from tests import databases
from tests.clock import office_today
from tests.conftest import Office
from tests.issuing_helpers import BALAI_PERSON, filed, person, to_stage, verified

PROCESSES = 8
PER_PROCESS = 1_000
WHOLE_ISSUES = 2  # applications each process issues through the whole service first

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(300),
    pytest.mark.skipif(not databases.on_server(), reason="needs a PostgreSQL server"),
]


def ready_applications(office: Office, count: int) -> list[str]:
    """``count`` person certifications, verified and paid (a certificate and a card each)."""
    ready = []
    for i in range(1, count + 1):
        number = filed(office, person(office, nik=f"317405120390{i:04d}"), BALAI_PERSON)
        verified(office, number)
        to_stage(office, number, "Pembayaran")
        officer = office.actors[Role.OFFICER]
        payments.bill(office.runtime, officer, number, 1_250_000, f"8202611260{i:05d}")
        ntpn = f"0A1B2C3D4E5F{i:04d}"
        payments.record_paid(office.runtime, officer, number, ntpn, office_today())
        ready.append(number)
    return ready


def test_eight_counters_issue_serials_at_once_without_a_duplicate_or_a_gap(
    office: Office,
) -> None:
    from tests.load.serials import run_load

    ready = ready_applications(office, PROCESSES * WHOLE_ISSUES)
    shares = [ready[i * WHOLE_ISSUES : (i + 1) * WHOLE_ISSUES] for i in range(PROCESSES)]
    with office.runtime.read() as session:
        events_before = audit.count_events(session)

    outcomes, _wall = run_load(
        office.runtime.db.url, PROCESSES, PER_PROCESS, shares, office_today().year
    )

    assert [o.error for o in outcomes] == [""] * PROCESSES
    serials = [serial for o in outcomes for serial in o.serials]
    assert len(serials) == PROCESSES * PER_PROCESS
    assert len(set(serials)) == len(serials)  # none issued twice
    seqs = sorted(numbers.parse_number(s).seq for s in serials)
    assert seqs == list(range(1, len(serials) + 1))  # and none skipped
    with office.runtime.read() as session:
        report = audit.verify_chain(session)
        logged = session.scalars(
            select(AuditEvent.entity_id).where(AuditEvent.action == "certificate.issued")
        ).all()
    assert report.ok, report.problem
    assert sorted(logged) == sorted(serials)  # one event per serial, none lost
    # the whole-service issues: an application event and two serials each, on top
    assert report.checked >= events_before + len(serials)
