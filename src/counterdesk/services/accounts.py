"""Users: create, log in (with lockout), disable, reset, change password."""

from __future__ import annotations

import enum
import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counterdesk.domain.errors import (
    AccountLocked,
    AuthenticationError,
    ConflictError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from counterdesk.domain.ids import uuid7
from counterdesk.domain.roles import Role, format_roles, parse_roles
from counterdesk.services import audit
from counterdesk.services.context import Actor, require_role
from counterdesk.services.passwords import hash_password, needs_rehash, rehash, verify_password
from counterdesk.store.base import utcnow
from counterdesk.store.models import LoginThrottle, User

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime

MAX_FAILURES = 5
LOCK_DURATION = timedelta(minutes=15)
USERNAME_RE = re.compile(r"^[a-z][a-z0-9._-]{2,39}$")
WRONG_LOGIN = "Nama pengguna atau kata sandi salah. Periksa kembali lalu coba lagi."
# Where only a password was asked (the lock screen, a second layer's confirmation).
WRONG_PASSWORD = "Kata sandi salah. Ketik kata sandi Anda sendiri, lalu coba lagi."


@dataclass(frozen=True)
class NewUser:
    username: str
    full_name: str
    roles: frozenset[Role]
    password: str
    nip: str = ""
    title: str = ""


def actor_for(user: User) -> Actor:
    return Actor(user.id, user.username, user.full_name, parse_roles(user.roles), user.nip)


def _normalise_username(username: str) -> str:
    return username.strip().lower()


def _validate_new_user(data: NewUser) -> None:
    if not USERNAME_RE.match(_normalise_username(data.username)):
        raise ValidationError(
            "username",
            "Nama pengguna 3-40 karakter: huruf kecil, angka, titik, garis bawah atau "
            "tanda hubung, diawali huruf (contoh: budi.s).",
        )
    if not data.full_name.strip():
        raise ValidationError("full_name", "Nama lengkap wajib diisi.")
    if not data.roles:
        raise ValidationError("roles", "Pilih minimal satu peran.")
    _nip_digits(data.nip)


def _nip_digits(nip: str) -> str:
    """The NIP as stored: 18 digits without the grouping spaces (or empty)."""
    if not nip.strip():
        return ""
    from counterdesk.domain.identity import parse_nip

    return parse_nip(nip).nip


def create_user(session: Session, actor: Actor, data: NewUser) -> User:
    require_role(actor, Role.ADMIN)
    _validate_new_user(data)
    username = _normalise_username(data.username)
    if session.scalar(select(User).where(User.username == username)) is not None:
        raise ConflictError(f"Nama pengguna '{username}' sudah dipakai; pilih nama lain.")
    user = User(
        id=uuid7(),
        username=username,
        full_name=data.full_name.strip(),
        nip=_nip_digits(data.nip),
        title=data.title.strip(),
        roles=format_roles(data.roles),
        password_hash=hash_password(data.password),
    )
    session.add(user)
    audit.record(
        session,
        actor,
        "user.created",
        entity="user",
        entity_id=str(user.id),
        detail={"username": username, "roles": user.roles},
    )
    return user


def authenticate(
    session: Session,
    username: str,
    password: str,
    now: datetime | None = None,
    *,
    password_only: bool = False,
) -> User | AuthenticationError:
    """Check a login. Failures are counted per typed name, whether or not it exists.

    The error is *returned*, not raised, so the caller commits the failure count first.
    """
    now = now or utcnow()
    name = _normalise_username(username)
    throttle = session.get(LoginThrottle, name)
    if throttle and throttle.locked_until and throttle.locked_until > now:
        minutes = max(1, int((throttle.locked_until - now).total_seconds() // 60) + 1)
        return AccountLocked(
            f"Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {minutes} menit, "
            "atau minta admin mengatur ulang kata sandi."
        )
    user = session.scalar(select(User).where(User.username == name))
    ok = verify_password(user.password_hash if user else None, password)
    if not ok or user is None or not user.active:
        throttle = throttle or LoginThrottle(username=name, failures=0)
        if throttle.locked_until and throttle.locked_until <= now:
            throttle.failures = 0
            throttle.locked_until = None
        throttle.failures += 1
        throttle.last_failure_at = now
        if throttle.failures >= MAX_FAILURES:
            throttle.locked_until = now + LOCK_DURATION
        session.add(throttle)
        audit.record(
            session,
            Actor(None, name, "", frozenset()),
            "login.failed",
            detail={"failures": throttle.failures, "locked": throttle.locked_until is not None},
        )
        if throttle.locked_until:
            return AccountLocked(
                f"Terlalu banyak percobaan masuk yang gagal. Akun dikunci "
                f"{int(LOCK_DURATION.total_seconds() // 60)} menit."
            )
        left = MAX_FAILURES - throttle.failures
        wrong = WRONG_PASSWORD if password_only else WRONG_LOGIN  # say only what was asked
        return AuthenticationError(f"{wrong} Sisa percobaan: {left}.")
    if throttle:
        session.delete(throttle)
    user.last_login_at = now
    if needs_rehash(user.password_hash):  # stored under older, slower parameters
        user.password_hash = rehash(password)
    audit.record(session, actor_for(user), "login.ok", entity="user", entity_id=str(user.id))
    return user


def get_user(session: Session, user_id: uuid.UUID) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("Pengguna tidak ditemukan.")
    return user


def list_users(session: Session, actor: Actor) -> list[User]:
    require_role(actor, Role.ADMIN)
    return list(session.scalars(select(User).order_by(User.username)))


def set_active(session: Session, actor: Actor, user_id: uuid.UUID, active: bool) -> User:
    require_role(actor, Role.ADMIN)
    user = get_user(session, user_id)
    if not active and user.id == actor.user_id:
        raise PermissionDenied("Anda tidak dapat menonaktifkan akun Anda sendiri.")
    if not active and Role.ADMIN in parse_roles(user.roles) and _active_admins(session) <= 1:
        raise PermissionDenied(
            "Ini admin aktif terakhir; tambahkan admin lain sebelum menonaktifkannya."
        )
    user.active = active
    _record(session, actor, "user.enabled" if active else "user.disabled", user)
    return user


def set_roles(session: Session, actor: Actor, user_id: uuid.UUID, roles: frozenset[Role]) -> User:
    require_role(actor, Role.ADMIN)
    if not roles:
        raise ValidationError("roles", "Pilih minimal satu peran.")
    user = get_user(session, user_id)
    was_admin = Role.ADMIN in parse_roles(user.roles)
    if was_admin and Role.ADMIN not in roles and _active_admins(session) <= 1:
        raise PermissionDenied("Ini admin aktif terakhir; peran admin tidak dapat dicabut.")
    user.roles = format_roles(roles)
    _record(session, actor, "user.roles", user, roles=user.roles)
    return user


def reset_password(session: Session, actor: Actor, user_id: uuid.UUID, new_password: str) -> User:
    """Admin sets a temporary password; the user must change it at next login."""
    require_role(actor, Role.ADMIN)
    user = get_user(session, user_id)
    user.password_hash = hash_password(new_password)
    user.must_change_password = True
    throttle = session.get(LoginThrottle, user.username)
    if throttle:
        session.delete(throttle)
    _record(session, actor, "user.password_reset", user)
    return user


def change_password(session: Session, actor: Actor, old_password: str, new_password: str) -> None:
    if actor.user_id is None:
        raise PermissionDenied("Masuk terlebih dahulu.")
    user = get_user(session, actor.user_id)
    if not verify_password(user.password_hash, old_password):
        raise ValidationError("old_password", "Kata sandi lama salah.")
    if old_password == new_password:
        raise ValidationError("password", "Kata sandi baru harus berbeda dari yang lama.")
    user.password_hash = hash_password(new_password)
    user.must_change_password = False
    audit.record(session, actor, "user.password_changed", entity="user", entity_id=str(user.id))


def must_change_password(session: Session, actor: Actor) -> bool:
    """True after an admin reset: the user picks a new password before working."""
    if actor.user_id is None:
        return False
    return get_user(session, actor.user_id).must_change_password


def needs_new_password(runtime: Runtime, actor: Actor) -> bool:
    """``must_change_password`` for the login screen, in its own unit."""
    with runtime.read(actor) as session:
        return must_change_password(session, actor)


def change_own_password(runtime: Runtime, actor: Actor, old: str, new: str) -> None:
    """``change_password`` for the forced change after login, in its own unit."""
    with runtime.unit(actor) as session:
        change_password(session, actor, old, new)


def _active_admins(session: Session) -> int:
    users = session.scalars(select(User).where(User.active.is_(True))).all()
    return sum(1 for u in users if Role.ADMIN in parse_roles(u.roles))


def count_users(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(User)) or 0)


def unlock(session: Session, actor: Actor, user_id: uuid.UUID) -> User:
    """Admin lifts a lock left by failed logins; the count starts again from zero."""
    require_role(actor, Role.ADMIN)
    user = get_user(session, user_id)
    throttle = session.get(LoginThrottle, user.username)
    if throttle is not None:
        session.delete(throttle)
    _record(session, actor, "user.unlocked", user)
    return user


def _record(session: Session, actor: Actor, action: str, user: User, **detail: str) -> None:
    """An admin change to one account, in the audit trail with the account's name."""
    audit.record(
        session,
        actor,
        action,
        entity="user",
        entity_id=str(user.id),
        detail={"username": user.username, **detail},
    )


# --- Admin › Pengguna: one service call per use case, each in its own unit ---------------


class UserStatus(enum.Enum):
    """What the Status column says, in the order that matters to the admin."""

    DISABLED = "disabled"
    LOCKED = "locked"  # too many failed logins; see locked_until
    MUST_CHANGE_PASSWORD = "must_change_password"
    ACTIVE = "active"


@dataclass(frozen=True, slots=True)
class UserSummary:
    """One account as Admin › Pengguna lists it; ``locked_until`` is UTC."""

    id: uuid.UUID
    username: str
    full_name: str
    nip: str
    roles: frozenset[Role]
    active: bool
    must_change_password: bool
    last_login_at: datetime | None
    locked_until: datetime | None

    @property
    def who(self) -> str:
        return f"{self.full_name} ({self.username})"

    @property
    def status(self) -> UserStatus:
        if not self.active:
            return UserStatus.DISABLED
        if self.locked_until is not None:
            return UserStatus.LOCKED
        if self.must_change_password:
            return UserStatus.MUST_CHANGE_PASSWORD
        return UserStatus.ACTIVE


def _summary(user: User, locked_until: datetime | None) -> UserSummary:
    return UserSummary(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        nip=user.nip,
        roles=parse_roles(user.roles),
        active=user.active,
        must_change_password=user.must_change_password,
        last_login_at=user.last_login_at,
        locked_until=locked_until,
    )


def _locks(session: Session, now: datetime) -> dict[str, datetime]:
    """Usernames locked by failed logins right now, with the time the lock ends."""
    rows = session.scalars(select(LoginThrottle).where(LoginThrottle.locked_until > now))
    return {t.username: t.locked_until for t in rows if t.locked_until is not None}


def list_accounts(
    runtime: Runtime, actor: Actor, now: datetime | None = None
) -> tuple[UserSummary, ...]:
    """Every account by username, with a lock from failed logins where one holds now."""
    with runtime.read(actor) as session:
        locks = _locks(session, now or utcnow())
        return tuple(_summary(u, locks.get(u.username)) for u in list_users(session, actor))


def add_account(runtime: Runtime, actor: Actor, data: NewUser) -> UserSummary:
    with runtime.unit(actor) as session:
        return _summary(create_user(session, actor, data), None)


def change_account_roles(
    runtime: Runtime, actor: Actor, user_id: uuid.UUID, roles: frozenset[Role]
) -> None:
    with runtime.unit(actor) as session:
        set_roles(session, actor, user_id, roles)


def reset_account_password(
    runtime: Runtime, actor: Actor, user_id: uuid.UUID, new_password: str
) -> None:
    """A temporary password; it also lifts a lock from failed logins."""
    with runtime.unit(actor) as session:
        reset_password(session, actor, user_id, new_password)


def set_account_active(runtime: Runtime, actor: Actor, user_id: uuid.UUID, active: bool) -> None:
    with runtime.unit(actor) as session:
        set_active(session, actor, user_id, active)


def unlock_account(runtime: Runtime, actor: Actor, user_id: uuid.UUID) -> None:
    with runtime.unit(actor) as session:
        unlock(session, actor, user_id)
