"""Password hashing with argon2id."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from counterdesk.domain.errors import ValidationError

# argon2id with OWASP's recommended floor (19 MiB, 2 passes, 1 lane): about 50 ms on an
# older 2-core counter PC, where the library default (64 MiB, 3 passes, 4 lanes) took
# 280 ms of every login. Offline guessing is what the hash protects against; at the desk,
# the lockout after five failures does. Older hashes verify and are upgraded at login.
_hasher = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)
MIN_LENGTH = 8
# Verified against when the user does not exist, so the answer takes as long either way.
# A constant (hashing at import would cost of every start); same parameters as _hasher,
# so verifying against it takes as long as against a real user's hash.
_DUMMY_HASH = (
    "$argon2id$v=19$m=19456,t=2,p=1$hUNfqIA/UF1N6Vkg2dCkng$"
    "rxaHEe85nMWjc6I//PsB3jbQUW7tHo5CW9TLmu3dSaI"
)


def hash_password(password: str) -> str:
    check_password_strength(password)
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """True for a hash made with other parameters than today's."""
    try:
        return _hasher.check_needs_rehash(stored_hash)
    except InvalidHashError:
        return False


def rehash(password: str) -> str:
    """A new hash for a password that just verified (no strength check: it is in use)."""
    return _hasher.hash(password)


def check_password_strength(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise ValidationError(
            "password",
            f"Kata sandi minimal {MIN_LENGTH} karakter; yang diketik {len(password)}.",
        )
    if password.isdigit() or password.isalpha():
        raise ValidationError(
            "password", "Kata sandi harus memuat huruf dan angka agar tidak mudah ditebak."
        )
