"""The QR payload: it round-trips, stays in the QR alphanumeric alphabet and within its
length bound, and no single changed character slips through (decoding refuses it, or the
signature no longer holds)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from counterdesk.domain.payload import (
    MAX_LENGTH,
    QR_ALPHANUMERIC,
    CertificateClaim,
    decode_claim,
    encode_claim,
    holder_text,
    looks_like_payload,
    signed_text,
)

KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
CLAIM = CertificateClaim(
    key_id="ABCDEF23",
    serial="SRT-L01-26-000123K",
    holder="SITI NURAINI",
    issued_on=date(2026, 11, 26),
    valid_until=date(2029, 11, 25),
)


def _payload(claim: CertificateClaim = CLAIM) -> str:
    return encode_claim(claim, KEY.sign(signed_text(claim).encode("ascii")))


def _holds(payload: str) -> bool:
    """True when the payload decodes and its signature holds under KEY."""
    try:
        _claim, signed, signature = decode_claim(payload)
        KEY.public_key().verify(signature, signed)
    except (ValueError, InvalidSignature):
        return False
    return True


@pytest.mark.parametrize("valid_until", [date(2029, 11, 25), None])
def test_round_trip(valid_until: date | None) -> None:
    claim = replace(CLAIM, valid_until=valid_until)
    payload = _payload(claim)
    decoded, signed, signature = decode_claim(payload)
    assert decoded == claim
    assert signed == signed_text(claim).encode("ascii") and payload.startswith(signed.decode())
    KEY.public_key().verify(signature, signed)  # raises if not


def test_every_character_is_qr_alphanumeric_and_the_payload_ends_in_letters_or_digits() -> None:
    payload = _payload(replace(CLAIM, holder=holder_text("Dr. Ma'ruf Al-Amin, S.H.")))
    assert set(payload) <= QR_ALPHANUMERIC
    assert payload == payload.strip()  # a scanner typing it in may trim spaces at the ends


def test_length_bound_for_the_longest_serial_and_name() -> None:
    typical = _payload()
    assert len(typical) == 147  # 135 fixed + a 12-letter name
    longest = _payload(replace(CLAIM, serial="S" * 40, holder="N" * 40))
    assert len(longest) == MAX_LENGTH == 197
    assert looks_like_payload(typical) and not looks_like_payload(CLAIM.serial)


def test_every_one_character_change_is_refused_or_breaks_the_signature() -> None:
    payload = _payload()
    assert _holds(payload)
    for i, original in enumerate(payload):
        for other in sorted(QR_ALPHANUMERIC - {original}):
            changed = payload[:i] + other + payload[i + 1 :]
            assert not _holds(changed), f"position {i}: {original!r} → {other!r}"


def test_a_dropped_or_added_character_is_refused() -> None:
    payload = _payload()
    for i in range(len(payload)):
        assert not _holds(payload[:i] + payload[i + 1 :])
    assert not _holds(payload + "0") and not _holds("0" + payload)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Siti Nur'aini", "SITI NURAINI"),
        ("  José   Ramos-Horta ", "JOSE RAMOS-HORTA"),
        ("Muh. Arif, S.T.", "MUH. ARIF S.T."),
        ("A" * 50, "A" * 40),
        ("Budi\tSantoso", "BUDI SANTOSO"),
    ],
)
def test_holder_text(name: str, expected: str) -> None:
    assert holder_text(name) == expected


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"key_id": "abcdef23"}, "key id"),
        ({"serial": "SRT+1"}, "nomor seri"),
        ({"serial": ""}, "nomor seri"),
        ({"holder": "Siti"}, "nama pemegang"),
        ({"valid_until": date(2020, 1, 1)}, "sebelum tanggal terbit"),
        ({"issued_on": date(1999, 12, 31)}, "di luar rentang"),
    ],
)
def test_a_claim_that_cannot_be_encoded_is_refused(change: dict[str, object], why: str) -> None:
    with pytest.raises(ValueError, match=why):
        signed_text(replace(CLAIM, **change))  # type: ignore[arg-type]


def test_a_signature_of_the_wrong_size_is_refused() -> None:
    with pytest.raises(ValueError, match="64 byte"):
        encode_claim(CLAIM, b"\0" * 63)


def test_a_non_canonical_payload_is_refused() -> None:
    payload = _payload()
    head, tail = payload.split("+")
    with pytest.raises(ValueError, match="bentuk baku"):
        decode_claim(head + "+ " + tail[1:])  # a holder starting with a space
    with pytest.raises(ValueError, match="utuh"):
        decode_claim(payload.lower())
