"""Logins, lockout that does not reveal whether a user exists, admin-only changes."""

from __future__ import annotations

from datetime import timedelta

import pytest

from counterdesk.domain.errors import (
    AccountLocked,
    AuthenticationError,
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from counterdesk.domain.roles import Role
from counterdesk.services import accounts
from counterdesk.store.base import utcnow
from tests.conftest import PASSWORD, Office


def test_right_password_logs_in_with_roles(office: Office) -> None:
    actor = office.runtime.login("Petugas", PASSWORD)
    assert actor.username == "petugas"
    assert actor.roles == frozenset({Role.OFFICER})


def test_wrong_password_and_unknown_user_look_the_same(office: Office) -> None:
    with pytest.raises(AuthenticationError) as wrong:
        office.runtime.login("petugas", "salah-sekali1")
    with pytest.raises(AuthenticationError) as unknown:
        office.runtime.login("tidakada", "salah-sekali1")
    assert str(wrong.value) == str(unknown.value)
    assert "Sisa percobaan: 4" in str(wrong.value)


@pytest.mark.parametrize("username", ["petugas", "tidakada"])
def test_five_failures_lock_for_fifteen_minutes(office: Office, username: str) -> None:
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            office.runtime.login(username, "salah-sekali1")
    with pytest.raises(AccountLocked):
        office.runtime.login(username, "salah-sekali1")
    # even the right password is refused while locked
    with pytest.raises(AccountLocked, match="menit"):
        office.runtime.login(username, PASSWORD)


def test_lock_expires_after_fifteen_minutes(office: Office) -> None:
    later = utcnow() + timedelta(minutes=16)
    with office.runtime.unit() as session:
        for _ in range(5):
            accounts.authenticate(session, "petugas", "salah-sekali1")
        assert isinstance(accounts.authenticate(session, "petugas", PASSWORD), AccountLocked)
        user = accounts.authenticate(session, "petugas", PASSWORD, now=later)
    assert not isinstance(user, AuthenticationError)


def test_disabled_user_cannot_log_in(office: Office) -> None:
    admin = office.actors[Role.ADMIN]
    with office.runtime.unit(admin) as session:
        accounts.set_active(session, admin, office.actors[Role.OFFICER].user_id, False)  # type: ignore[arg-type]
    with pytest.raises(AuthenticationError):
        office.runtime.login("petugas", PASSWORD)


def test_only_admin_creates_users(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    with pytest.raises(PermissionDenied, match="Admin"), office.runtime.unit(officer) as session:
        accounts.create_user(
            session,
            officer,
            accounts.NewUser("baru", "Baru", frozenset({Role.OFFICER}), PASSWORD),
        )


def test_duplicate_username_and_weak_password_are_refused(office: Office) -> None:
    admin = office.actors[Role.ADMIN]
    with pytest.raises(ConflictError, match="sudah dipakai"), office.runtime.unit(admin) as s:
        accounts.create_user(
            s, admin, accounts.NewUser("petugas", "X", frozenset({Role.OFFICER}), PASSWORD)
        )
    with pytest.raises(ValidationError, match="minimal 8"), office.runtime.unit(admin) as s:
        accounts.create_user(
            s, admin, accounts.NewUser("baru", "X", frozenset({Role.OFFICER}), "abc1")
        )


def test_last_admin_cannot_be_disabled(office: Office) -> None:
    admin = office.actors[Role.ADMIN]
    other = None
    with office.runtime.unit(admin) as s:
        other = accounts.create_user(
            s, admin, accounts.NewUser("admin2", "Admin Dua", frozenset({Role.ADMIN}), PASSWORD)
        )
        accounts.set_active(s, admin, other.id, False)
    with pytest.raises(PermissionDenied, match="terakhir"), office.runtime.unit(admin) as s:
        accounts.set_roles(s, admin, admin.user_id, frozenset({Role.OFFICER}))  # type: ignore[arg-type]


def test_reset_password_forces_change(office: Office) -> None:
    admin = office.actors[Role.ADMIN]
    with office.runtime.unit(admin) as s:
        user = accounts.reset_password(
            s,
            admin,
            office.actors[Role.OFFICER].user_id,  # type: ignore[arg-type]
            "sementara99",
        )
        assert user.must_change_password
    actor = office.runtime.login("petugas", "sementara99")
    with office.runtime.unit(actor) as s:
        accounts.change_password(s, actor, "sementara99", "baruSekali77")
    assert office.runtime.login("petugas", "baruSekali77").username == "petugas"


def test_unlocking_the_screen_counts_failures_like_a_login(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            office.runtime.confirm_password(officer, "tebak-tebak1")
    with pytest.raises(AccountLocked):
        office.runtime.confirm_password(officer, "tebak-tebak1")
    with pytest.raises(AccountLocked):
        office.runtime.confirm_password(officer, PASSWORD)


def test_must_change_password_after_reset(office: Office) -> None:
    admin, officer = office.actors[Role.ADMIN], office.actors[Role.OFFICER]
    with office.runtime.unit(admin) as s:
        assert not accounts.must_change_password(s, officer)
        accounts.reset_password(s, admin, officer.user_id, "sementara99")  # type: ignore[arg-type]
        assert accounts.must_change_password(s, officer)
