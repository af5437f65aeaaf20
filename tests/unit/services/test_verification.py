"""The two-layer check: verdicts, the clock's day 0, maker-checker, stale sign-offs."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from counterdesk.domain.errors import PermissionDenied, SelfApproval, ValidationError
from counterdesk.domain.roles import Role
from counterdesk.domain.states import AppStatus
from counterdesk.services import accounts, applicants, applications, verification
from counterdesk.services.context import SYSTEM
from counterdesk.services.verification import ItemCheck
from counterdesk.store.models import AuditEvent
from tests.conftest import PASSWORD, Office

PNS = "sertifikasi-pns/sertifikasi-profesi"


@pytest.fixture
def number(office: Office, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(verification, "utcnow", lambda: datetime(2026, 3, 17, 3, tzinfo=UTC))
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        person = applicants.register_person(
            s, officer, applicants.PersonInput(nik="3174051203900001", name="Budi Santoso")
        ).applicant
        return applications.file_application(
            s, officer, applications.NewApplication(person.id, PNS, "datang_langsung")
        ).number


def _all_present(office: Office, number: str, *, except_code: str = "") -> list[ItemCheck]:
    with office.runtime.read() as s:
        items = applications.detail(s, number).checklist
        return [ItemCheck(i.requirement_code, i.requirement_code != except_code) for i in items]


def test_incomplete_file_lists_what_is_missing_and_no_clock(office: Office, number: str) -> None:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        missing = verification.mark_incomplete(
            s, officer, number, _all_present(office, number, except_code="skp")
        )
        app = applications.get_by_number(s, number)
        assert [m.requirement_code for m in missing] == ["skp"]
        assert app.status == AppStatus.INCOMPLETE.value and app.due_on is None


def test_complete_refused_naming_the_missing_mandatory_item(office: Office, number: str) -> None:
    officer = office.actors[Role.OFFICER]
    with pytest.raises(ValidationError) as err, office.runtime.unit(officer) as s:
        verification.mark_complete(
            s, officer, number, _all_present(office, number, except_code="skp")
        )
    assert "6. Sasaran Kinerja Pegawai (SKP) terakhir" in str(err.value)


def test_complete_starts_the_clock_today_across_idul_fitri(office: Office, number: str) -> None:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        app = verification.mark_complete(s, officer, number, _all_present(office, number))
        assert app.complete_on == date(2026, 3, 17)  # day 0
        # 30 working days, skipping Nyepi, Idul Fitri, cuti bersama, Good Friday, 1 May
        assert app.due_on == date(2026, 5, 7)
        assert app.status == AppStatus.AWAITING_SIGNOFF.value


def test_supervisor_approves_and_file_moves_on(office: Office, number: str) -> None:
    officer, supervisor = office.actors[Role.OFFICER], office.actors[Role.SUPERVISOR]
    with office.runtime.unit(officer) as s:
        verification.mark_complete(s, officer, number, _all_present(office, number))
    with office.runtime.unit(supervisor) as s:
        verification.sign_off(s, supervisor, number, approve=True)
        state = verification.signoff_state(s, number)
        app = applications.get_by_number(s, number)
    assert app.status == AppStatus.IN_PROCESS.value
    assert app.stage == "verifikasi"  # past "pemeriksaan kelengkapan"
    assert state.decision == "approved" and state.current
    assert state.verifier and state.verifier.name == "Petugas"
    assert state.supervisor and state.supervisor.name == "Atasan"


def test_the_verifier_can_never_sign_off_and_it_is_audited(office: Office, number: str) -> None:
    with office.runtime.unit() as s:
        both = accounts.actor_for(
            accounts.create_user(
                s,
                SYSTEM,
                accounts.NewUser(
                    "ganda", "Petugas Ganda", frozenset({Role.OFFICER, Role.SUPERVISOR}), PASSWORD
                ),
            )
        )
    with office.runtime.unit(both) as s:
        verification.mark_complete(s, both, number, _all_present(office, number))
    with pytest.raises(SelfApproval, match="lapis 1"), office.runtime.unit(both) as s:
        verification.sign_off(s, both, number, approve=True)
    with office.runtime.unit() as s:
        refused = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "signoff.refused_self")
        ).all()
        assert [e.actor_name for e in refused] == ["ganda"]
        assert applications.get_by_number(s, number).status == AppStatus.AWAITING_SIGNOFF.value


def test_officer_cannot_sign_off(office: Office, number: str) -> None:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        verification.mark_complete(s, officer, number, _all_present(office, number))
    with pytest.raises(PermissionDenied), office.runtime.unit(officer) as s:
        verification.sign_off(s, officer, number, approve=True)


def test_change_after_sign_off_makes_it_stale_and_asks_again(office: Office, number: str) -> None:
    officer, supervisor = office.actors[Role.OFFICER], office.actors[Role.SUPERVISOR]
    with office.runtime.unit(officer) as s:
        verification.mark_complete(s, officer, number, _all_present(office, number))
    with office.runtime.unit(supervisor) as s:
        verification.sign_off(s, supervisor, number, approve=True)
    with office.runtime.unit(officer) as s:
        verification.update_items(
            s,
            officer,
            number,
            [ItemCheck("portofolio", True, True, note="Diganti dengan portofolio terbaru")],
        )
        app = applications.get_by_number(s, number)
        assert app.status == AppStatus.AWAITING_SIGNOFF.value
        assert verification.signoff_state(s, number).decision == "pending"
    with office.runtime.unit(supervisor) as s:
        verification.sign_off(s, supervisor, number, approve=True)


def test_return_needs_a_reason_and_stops_the_clock(office: Office, number: str) -> None:
    officer, supervisor = office.actors[Role.OFFICER], office.actors[Role.SUPERVISOR]
    with office.runtime.unit(officer) as s:
        verification.mark_complete(s, officer, number, _all_present(office, number))
    with pytest.raises(ValidationError, match="alasan"), office.runtime.unit(supervisor) as s:
        verification.sign_off(s, supervisor, number, approve=False)
    with office.runtime.unit(supervisor) as s:
        verification.sign_off(
            s, supervisor, number, approve=False, reason="SK Jabatan bukan yang terakhir"
        )
        app = applications.get_by_number(s, number)
        assert app.status == AppStatus.RECEIVED.value and app.due_on is None


def test_approval_with_a_mandatory_item_missing_is_refused_naming_it(
    office: Office, number: str
) -> None:
    """Even if a pending sign-off somehow covers a checklist with a gap (e.g. a synced
    edit), the supervisor cannot approve it."""
    from sqlalchemy import update

    from counterdesk.store.models import ChecklistItem

    officer, supervisor = office.actors[Role.OFFICER], office.actors[Role.SUPERVISOR]
    with office.runtime.unit(officer) as s:
        verification.mark_complete(s, officer, number, _all_present(office, number))
    with office.runtime.unit() as s:
        s.execute(
            update(ChecklistItem)
            .where(ChecklistItem.requirement_code == "skp")
            .values(present=False)
        )
        app = applications.get_by_number(s, number)
        latest = verification._latest_signoff(s, app)
        assert latest is not None
        latest.checklist_hash = verification.checklist_hash(app.checklist)
    with (
        pytest.raises(ValidationError, match="Sasaran Kinerja Pegawai"),
        office.runtime.unit(supervisor) as s,
    ):
        verification.sign_off(s, supervisor, number, approve=True)
