"""The counter's signing key: made once, private half kept local (setting, never in the
change log), public half on the site; payloads it signs verify under that public key."""

from __future__ import annotations

import base64
import hashlib
from datetime import date

import pytest
from sqlalchemy import select

from counterdesk.domain.errors import ConflictError
from counterdesk.domain.payload import CertificateClaim, decode_claim
from counterdesk.services import setup, signing
from counterdesk.store.models import AuditEvent, ChangeLog, Setting
from tests.conftest import Office

CLAIM = CertificateClaim("", "SRT-L01-26-000001X", "BUDI SANTOSO", date(2026, 11, 26), None)


def test_the_key_is_made_once_and_named_by_its_public_half(office: Office) -> None:
    with office.runtime.unit() as s:
        first = signing.ensure_counter_key(s)
    with office.runtime.unit() as s:
        assert signing.ensure_counter_key(s) == first
        public = setup.local_site(s).signing_public_key
        assert public is not None and len(public) == 32
        digest = base64.b32encode(hashlib.sha256(public).digest()).decode()
        assert first == digest[:8] == signing.key_id(public)
        events = [e for e in s.scalars(select(AuditEvent)) if e.action.startswith("site.")]
        assert [(e.action, e.detail) for e in events] == [
            ("site.signing_key_created", {"counter": "L01", "key_id": first})
        ]  # once, naming the key (never its private half)


def test_the_private_key_is_local_only(office: Office) -> None:
    with office.runtime.unit() as s:
        signing.ensure_counter_key(s)
    with office.runtime.read() as s:
        stored = s.get(Setting, signing.PRIVATE_KEY_SETTING)
        assert stored is not None
        secret = stored.value.split(":")[1]
        logged = " ".join(str(row.row) for row in s.scalars(select(ChangeLog)))
        assert secret not in logged  # nothing synced carries it


def test_a_signed_payload_verifies_under_the_site_key(office: Office) -> None:
    with office.runtime.unit() as s:
        payload = signing.sign_claim(s, CLAIM)
        public = setup.local_site(s).signing_public_key
    assert public is not None
    claim, signed, signature = decode_claim(payload)
    assert claim.key_id == signing.key_id(public) and claim.serial == CLAIM.serial
    assert signing.signature_holds(public, signed, signature)
    assert not signing.signature_holds(public, signed + b"X", signature)


def test_a_key_that_does_not_match_the_site_is_refused(office: Office) -> None:
    with office.runtime.unit() as s:
        signing.ensure_counter_key(s)
        setup.local_site(s).signing_public_key = bytes(32)
    with office.runtime.unit() as s, pytest.raises(ConflictError, match="bukan milik loket L01"):
        signing.sign_claim(s, CLAIM)


def test_a_public_key_without_its_private_half_is_refused(office: Office) -> None:
    with office.runtime.unit() as s:
        s.delete(s.get(Setting, signing.PRIVATE_KEY_SETTING))  # set-up made the key
        setup.local_site(s).signing_public_key = bytes(32)
    with office.runtime.unit() as s, pytest.raises(ConflictError, match="kunci rahasianya"):
        signing.ensure_counter_key(s)
