"""Passwords: argon2id at parameters a counter PC verifies quickly; hashes made under
older parameters still work and are upgraded at the next login."""

from __future__ import annotations

from argon2 import PasswordHasher
from sqlalchemy import select

from counterdesk.services import passwords
from counterdesk.store.models import User
from tests.conftest import PASSWORD, Office


def test_the_dummy_hash_has_todays_parameters() -> None:
    """An unknown user costs as long to refuse as a known one."""
    assert not passwords.needs_rehash(passwords._DUMMY_HASH)
    assert not passwords.needs_rehash(passwords.hash_password("rahasia123"))


def test_an_old_hash_still_logs_in_and_is_upgraded(office: Office) -> None:
    old = PasswordHasher(time_cost=3, memory_cost=65_536, parallelism=4).hash(PASSWORD)
    with office.runtime.unit() as session:
        session.scalars(select(User).where(User.username == "petugas")).one().password_hash = old
    assert office.runtime.login("petugas", PASSWORD).username == "petugas"
    with office.runtime.unit() as session:
        stored = session.scalars(select(User).where(User.username == "petugas")).one()
        assert stored.password_hash != old
        assert not passwords.needs_rehash(stored.password_hash)
    assert office.runtime.login("petugas", PASSWORD).username == "petugas"
