"""The signed payload in a certificate's QR code: pure encoding and decoding, no keys.

Layout (every character in the QR alphanumeric alphabet ``0-9 A-Z space $%*+-./:``)::

    C1 KKKKKKKK III VVV SERIAL + HOLDER SSSS…(100)
    │  │        │   │   │      │ │      └ Ed25519 signature, 64 bytes as a base-36 number
    │  │        │   │   │      │ └ holder name: upper-case, A–Z 0–9 space . - / only, ≤ 40
    │  │        │   │   │      └ separator
    │  │        │   │   └ serial as printed (no '+')
    │  │        │   └ valid until: days since 2000-01-01, base 36 ("000": no end date)
    │  │        └ issued on: days since 2000-01-01, base 36
    │  └ key id: first 8 base-32 characters of SHA-256 of the counter's public key
    └ format tag and version

The signature covers the text before it, byte for byte (ASCII), so the signed bytes are
the payload itself and a verifier needs nothing but the text and the public key. See
docs/certificates.md.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

TAG = "C1"
SEPARATOR = "+"
KEY_ID_LENGTH = 8
SIGNATURE_BYTES = 64
SIGNATURE_CHARS = 100  # 36**100 > 2**512 > 36**99
HOLDER_MAX = 40
SERIAL_MAX = 40
EPOCH = date(2000, 1, 1)
_DAY_CHARS = 3  # 36**3 days: to 2127
_DIGITS36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# QR alphanumeric mode: 45 characters, 5.5 bits each.
QR_ALPHANUMERIC = frozenset(_DIGITS36 + " $%*+-./:")
_SERIAL_CHARS = QR_ALPHANUMERIC - {SEPARATOR}
_HOLDER_KEEP = frozenset(_DIGITS36 + " .-/")
_KEY_ID_RE = re.compile(r"[A-Z2-7]{8}")
_PAYLOAD_RE = re.compile(
    rf"{TAG}(?P<key>[A-Z2-7]{{8}})(?P<issued>[0-9A-Z]{{3}})(?P<valid>[0-9A-Z]{{3}})"
    r"(?P<serial>[0-9A-Z $%*\-./:]{1,40})\+(?P<holder>[0-9A-Z .\-/]{1,40})"
    rf"(?P<signature>[0-9A-Z]{{{SIGNATURE_CHARS}}})"
)
MIN_LENGTH = len(TAG) + KEY_ID_LENGTH + 2 * _DAY_CHARS + 1 + 1 + 1 + SIGNATURE_CHARS
MAX_LENGTH = MIN_LENGTH - 2 + SERIAL_MAX + HOLDER_MAX


@dataclass(frozen=True, slots=True)
class CertificateClaim:
    """What the QR says about a certificate, signed by the counter that issued it."""

    key_id: str  # 8 chars, from the counter's public key ("" before signing)
    serial: str
    holder: str  # holder_text(name): upper-case, QR-safe, at most 40 characters
    issued_on: date
    valid_until: date | None


def holder_text(name: str) -> str:
    """A holder's name as the payload carries it: accents dropped, upper-case, only
    A–Z 0–9 space . - / (an apostrophe or comma is left out), single spaces, ≤ 40."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).upper()
    kept = "".join(c if c in _HOLDER_KEEP else (" " if c.isspace() else "") for c in plain)
    return " ".join(kept.split())[:HOLDER_MAX].strip()


def looks_like_payload(text: str) -> bool:
    """True for text shaped like a payload (tag and length), worth decoding; a serial is
    never this long."""
    typed = text.strip()
    return typed.startswith(TAG) and len(typed) >= MIN_LENGTH


def _day(value: date | None) -> str:
    if value is None:
        return "000"
    days = (value - EPOCH).days
    if not 0 < days < 36**_DAY_CHARS:
        raise ValueError(f"tanggal {value.isoformat()} di luar rentang 2000-01-02…2127")
    return _base36(days, _DAY_CHARS)


def _base36(number: int, width: int) -> str:
    chars = []
    for _ in range(width):
        number, digit = divmod(number, 36)
        chars.append(_DIGITS36[digit])
    if number:
        raise ValueError("angka terlalu besar")
    return "".join(reversed(chars))


def signed_text(claim: CertificateClaim) -> str:
    """The payload before its signature: the bytes the counter signs."""
    if not _KEY_ID_RE.fullmatch(claim.key_id):
        raise ValueError(f"key id '{claim.key_id}' bukan 8 karakter base-32")
    if not claim.serial or len(claim.serial) > SERIAL_MAX:
        raise ValueError(f"nomor seri '{claim.serial}' kosong atau lebih dari {SERIAL_MAX}")
    if not set(claim.serial) <= _SERIAL_CHARS or claim.serial != claim.serial.strip():
        raise ValueError(f"nomor seri '{claim.serial}' memuat karakter di luar alfabet QR")
    if not claim.holder or claim.holder != holder_text(claim.holder):
        raise ValueError(f"nama pemegang '{claim.holder}' belum dalam bentuk holder_text")
    if claim.valid_until is not None and claim.valid_until < claim.issued_on:
        raise ValueError("berlaku sampai sebelum tanggal terbit")
    return (
        f"{TAG}{claim.key_id}{_day(claim.issued_on)}{_day(claim.valid_until)}"
        f"{claim.serial}{SEPARATOR}{claim.holder}"
    )


def encode_claim(claim: CertificateClaim, signature: bytes) -> str:
    """The payload: the signed text followed by the signature in base 36."""
    if len(signature) != SIGNATURE_BYTES:
        raise ValueError(f"tanda tangan harus {SIGNATURE_BYTES} byte")
    return signed_text(claim) + _base36(int.from_bytes(signature, "big"), SIGNATURE_CHARS)


def _date(text: str) -> date | None:
    days = int(text, 36)
    return EPOCH + timedelta(days=days) if days else None


def decode_claim(payload: str) -> tuple[CertificateClaim, bytes, bytes]:
    """(claim, signed bytes, signature) of a payload, or ValueError when it is not one.
    Only the shape is checked here; the signature is the verifier's job."""
    match = _PAYLOAD_RE.fullmatch(payload)
    if match is None:
        raise ValueError("bukan payload sertifikat CounterDesk yang utuh")
    number = int(match["signature"], 36)
    if number >= 1 << (8 * SIGNATURE_BYTES):
        raise ValueError("tanda tangan terlalu panjang")
    issued = _date(match["issued"])
    if issued is None:
        raise ValueError("tanggal terbit kosong")
    valid = _date(match["valid"])
    claim = CertificateClaim(match["key"], match["serial"], match["holder"], issued, valid)
    signed = payload[:-SIGNATURE_CHARS]
    try:
        canonical = signed_text(claim)
    except ValueError:
        canonical = ""
    if canonical != signed:  # e.g. spaces around the holder, or an impossible date pair
        raise ValueError("payload tidak dalam bentuk baku")
    return claim, signed.encode("ascii"), number.to_bytes(SIGNATURE_BYTES, "big")
