"""Password hashing with argon2id."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from counterdesk.domain.errors import ValidationError

_hasher = PasswordHasher()  # argon2id, library defaults (RFC 9106 low-memory profile)
MIN_LENGTH = 8
# Verified against when the user does not exist, so the answer takes as long either way.
# A constant (hashing at import would cost ~0.1 s of every start); same parameters as
# _hasher, so verifying against it takes as long as against a real user's hash.
_DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$qJ+Lt3iUlFtoIS4Fs5yq+w$"
    "jfMN4Jp7IqhK9J/I+5RJffCx7nE7hSm0SekUZPoejXA"
)


def hash_password(password: str) -> str:
    check_password_strength(password)
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


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
