"""Shared by the compensation tests (issue 10 point 5, seed 001): a Balai person
certification walked through the counter to hand-over, finished after its promised date."""

from __future__ import annotations

import uuid

from counterdesk.domain.roles import Role
from counterdesk.services import applications, issuing, payments
from counterdesk.services.calendar import office_calendar
from counterdesk.store.base import utcnow
from tests.conftest import Office
from tests.issuing_helpers import BALAI_PERSON, NIK, filed, person, to_stage, verified

LATE_BY = 30  # the clock started this many working days ago; the promise is 14 of them


def finished_late(office: Office, applicant_id: object) -> str:
    """Filed, checked, paid, issued, ready and handed over today — with its clock started
    ``LATE_BY`` working days ago (the time that passed, moved into the file's dates), so
    it finished 16 working days after the promised day."""
    officer = office.actors[Role.OFFICER]
    number = filed(office, applicant_id, BALAI_PERSON)
    verified(office, number)
    to_stage(office, number, "Pembayaran")
    payments.bill(office.runtime, officer, number, 1_500_000, "8202611260" + number[-6:-1])
    with office.runtime.read() as session:  # the office's day (WIB), not the machine's
        today = applications.office_day(session, utcnow())
    payments.record_paid(office.runtime, officer, number, "0A1B2C3D4E" + number[-7:-1], today)
    to_stage(office, number, "Pelaporan Hasil Pelayanan")
    issuing.issue(office.runtime, officer, number)
    applications.advance_application(office.runtime, officer, number)  # ready
    with office.runtime.unit(officer) as session:
        app = applications.get_by_number(session, number)
        applications.close_handed_over(session, officer, app, note="Diterima pemohon")
        calendar = office_calendar(session)
        assert app.complete_on is not None and app.due_on is not None
        shift = calendar.working_days_between(app.complete_on, app.due_on)  # 14 + paused
        started = calendar.add_working_days(app.complete_on, -LATE_BY)
        app.received_at -= app.complete_on - started
        app.received_on = app.complete_on = started
        app.due_on = calendar.add_working_days(started, shift)
    return number


def late_person(
    office: Office, nik: str = NIK, name: str = "Budi Santoso"
) -> tuple[uuid.UUID, str]:
    """A person and their certification finished late: (applicant id, number)."""
    applicant_id = person(office, nik, name)
    assert isinstance(applicant_id, uuid.UUID)
    return applicant_id, finished_late(office, applicant_id)
