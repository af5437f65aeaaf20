"""The admin screens' use cases, one service call each with its own unit: the user list
with locks from failed logins, unlocking, the office profile, the calendar year."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from counterdesk.domain.errors import AccountLocked, AuthenticationError, PermissionDenied
from counterdesk.domain.roles import Role
from counterdesk.services import accounts, calendar, setup
from counterdesk.services.accounts import UserStatus
from counterdesk.store.base import utcnow
from counterdesk.store.models import AuditEvent
from tests.conftest import PASSWORD, Office


def _lock_out(office: Office, username: str) -> None:
    for _ in range(accounts.MAX_FAILURES - 1):
        with pytest.raises(AuthenticationError):
            office.runtime.login(username, "salah-sekali1")
    with pytest.raises(AccountLocked):
        office.runtime.login(username, "salah-sekali1")


def _row(office: Office, username: str) -> accounts.UserSummary:
    rows = accounts.list_accounts(office.runtime, office.actors[Role.ADMIN])
    return next(r for r in rows if r.username == username)


def test_the_list_shows_a_locked_account_as_locked_with_its_end(office: Office) -> None:
    before = utcnow()
    _lock_out(office, "petugas")
    row = _row(office, "petugas")
    assert row.status is UserStatus.LOCKED and row.active
    assert row.locked_until is not None
    assert before + accounts.LOCK_DURATION <= row.locked_until
    assert row.locked_until <= utcnow() + accounts.LOCK_DURATION
    assert _row(office, "atasan").status is UserStatus.ACTIVE
    # once the lock has run out it is an ordinary active account again
    later = utcnow() + accounts.LOCK_DURATION + timedelta(minutes=1)
    rows = accounts.list_accounts(office.runtime, office.actors[Role.ADMIN], later)
    assert next(r for r in rows if r.username == "petugas").status is UserStatus.ACTIVE


def test_admin_unlocks_and_the_user_logs_in_at_once(office: Office) -> None:
    _lock_out(office, "petugas")
    row = _row(office, "petugas")
    with pytest.raises(PermissionDenied):
        accounts.unlock_account(office.runtime, office.actors[Role.SUPERVISOR], row.id)
    accounts.unlock_account(office.runtime, office.actors[Role.ADMIN], row.id)
    assert _row(office, "petugas").status is UserStatus.ACTIVE
    assert office.runtime.login("petugas", PASSWORD).username == "petugas"
    with office.runtime.read() as session:
        actions = list(session.scalars(select(AuditEvent.action)))
    assert "user.unlocked" in actions


def test_status_order_disabled_then_locked_then_must_change(office: Office) -> None:
    admin = office.actors[Role.ADMIN]
    row = _row(office, "cetak")
    accounts.reset_account_password(office.runtime, admin, row.id, "sementara99")
    assert _row(office, "cetak").status is UserStatus.MUST_CHANGE_PASSWORD
    locked = dataclasses.replace(row, must_change_password=True, locked_until=utcnow())
    assert locked.status is UserStatus.LOCKED
    accounts.set_account_active(office.runtime, admin, row.id, False)
    assert _row(office, "cetak").status is UserStatus.DISABLED


def test_add_account_keeps_the_nip_as_digits_however_it_was_typed(office: Office) -> None:
    admin = office.actors[Role.ADMIN]
    added = accounts.add_account(
        office.runtime,
        admin,
        accounts.NewUser(
            "budi.s", "Budi Santoso", frozenset({Role.OFFICER}), PASSWORD, "19800101 200501 1 001"
        ),
    )
    assert added.username == "budi.s" and added.nip == "198001012005011001"
    accounts.change_account_roles(office.runtime, admin, added.id, frozenset({Role.PRINTER}))
    assert _row(office, "budi.s").roles == {Role.PRINTER}


def test_office_profile_round_trip_keeps_the_nip_as_digits(office: Office) -> None:
    admin = office.actors[Role.ADMIN]
    profile = setup.office_profile(office.runtime, admin)
    assert (profile.name, profile.counter_code) == ("Pusdiklat Bea dan Cukai", "L01")
    saved = setup.save_office_profile(
        office.runtime, admin, signatory_nip="19700101 199503 2 001", idle_lock_minutes=5
    )
    assert saved.signatory_nip == "197001011995032001"  # the same NIP: nothing changed
    assert saved.idle_lock_minutes == 5
    with office.runtime.read() as session:
        changes = [
            e.detail for e in session.scalars(select(AuditEvent)) if e.action == "office.updated"
        ]
    assert changes == [{"idle_lock_minutes": 5}]
    with pytest.raises(PermissionDenied):
        setup.save_office_profile(office.runtime, office.actors[Role.OFFICER], name="X")


def test_calendar_year_says_which_days_the_admin_may_remove(office: Office) -> None:
    admin = office.actors[Role.ADMIN]
    calendar.add_office_closure(office.runtime, admin, date(2026, 7, 14), "Hari jadi")
    year = calendar.calendar_year(office.runtime, admin, 2026)
    assert date(2026, 8, 17) in [d.date for d in year.days]  # a national holiday
    assert year.removable == {date(2026, 7, 14)}
    assert year.working_days_lost == sum(1 for d in year.days if not d.on_weekend)
    calendar.remove_office_closure(office.runtime, admin, date(2026, 7, 14))
    assert not calendar.calendar_year(office.runtime, admin, 2026).removable


def test_cli_lists_a_locked_account_and_unlocks_it(
    office: Office, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from counterdesk.cli import main

    _lock_out(office, "petugas")
    url = office.runtime.db.url
    monkeypatch.setenv("COUNTERDESK_PASSWORD", PASSWORD)
    assert main(["--database-url", url, "user", "--as", "admin", "list"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("petugas "))
    assert "TERKUNCI sampai" in line and ("WIB" in line)
    assert main(["--database-url", url, "user", "--as", "admin", "unlock", "petugas"]) == 0
    assert "Kunci dibuka" in capsys.readouterr().out
    assert office.runtime.login("petugas", PASSWORD).username == "petugas"
