"""The change mark: equal while nothing is saved, different once another counter (a
second runtime on the same database) saves — on SQLite and on a server alike."""

from __future__ import annotations

from counterdesk.domain.roles import Role
from counterdesk.services import applicants, applications, changes
from counterdesk.services.runtime import Runtime
from tests.conftest import Office
from tests.databases import another_window

PNS = "sertifikasi-pns/sertifikasi-profesi"


def _file(runtime: Runtime, office: Office) -> str:
    officer = office.actors[Role.OFFICER]
    with runtime.unit(officer) as session:
        person = applicants.register_person(
            session,
            officer,
            applicants.PersonInput(nik="3174051203900001", name="Budi", phone="081234567890"),
        ).applicant
        return applications.file_application(
            session, officer, applications.NewApplication(person.id, PNS, "datang_langsung")
        ).number


def test_the_mark_stays_while_nothing_is_saved(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    first = changes.change_mark(office.runtime, officer)
    assert changes.change_mark(office.runtime, officer) == first


def test_a_save_at_another_counter_moves_the_mark(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    before = changes.change_mark(office.runtime, officer)
    other = another_window(office.runtime)
    try:
        _file(other, office)
    finally:
        other.close()
    after = changes.change_mark(office.runtime, officer)
    assert after != before
    assert after.changes > before.changes and after.audited >= before.audited
