"""The counter's Ed25519 key that signs the QR payload of every certificate it issues.

The key is made once per site, on first use. The private key stays in this database's
``setting`` table — local-only, never in the change log, so never synced or exported —
and the public key is ``Site.signing_public_key``, which the roster carries to the other
counters. The key id is the first 8 base-32 characters of the SHA-256 of the public key.
Why the database and not a key file: docs/certificates.md.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy.orm import Session

from counterdesk.domain.errors import ConflictError
from counterdesk.domain.payload import CertificateClaim, encode_claim, holder_text, signed_text
from counterdesk.services import audit
from counterdesk.services.context import SYSTEM
from counterdesk.services.setup import local_site
from counterdesk.store.models import Certificate, Setting, Site

PRIVATE_KEY_SETTING = "site.signing_private_key"
_SESSION_KEY = "counterdesk.signing_key"


def key_id(public_key: bytes) -> str:
    """First 8 base-32 characters of SHA-256(public key): names the key in a payload."""
    return base64.b32encode(hashlib.sha256(public_key).digest()).decode("ascii")[:8]


def _private_key(session: Session, site: Site) -> Ed25519PrivateKey | None:
    stored = session.get(Setting, PRIVATE_KEY_SETTING)
    if stored is None:
        return None
    site_id, _, encoded = stored.value.partition(":")
    private = Ed25519PrivateKey.from_private_bytes(base64.b64decode(encoded))
    if site_id != str(site.id) or private.public_key().public_bytes_raw() != (
        site.signing_public_key
    ):
        raise ConflictError(
            f"Kunci tanda tangan di database ini bukan milik loket {site.code}. Sertifikat "
            "tidak dapat ditandatangani; hubungi admin (database mungkin dipulihkan dari "
            "loket lain)."
        )
    return private


def _counter_key(session: Session) -> tuple[Ed25519PrivateKey, str]:
    """This counter's key and key id, loaded once per session (a batch of 1,000 signs
    with one look-up, not 3,000)."""
    cached: tuple[Ed25519PrivateKey, str] | None = session.info.get(_SESSION_KEY)
    if cached is None:
        cached = session.info[_SESSION_KEY] = _load_counter_key(session)
    return cached


def _load_counter_key(session: Session) -> tuple[Ed25519PrivateKey, str]:
    site = local_site(session)
    private = _private_key(session, site)
    if private is None:
        if site.signing_public_key is not None:
            raise ConflictError(
                f"Loket {site.code} sudah punya kunci publik, tetapi kunci rahasianya tidak "
                "ada di database ini. Sertifikat tidak dapat ditandatangani; hubungi admin."
            )
        private = Ed25519PrivateKey.generate()
        encoded = base64.b64encode(private.private_bytes_raw()).decode("ascii")
        session.add(Setting(key=PRIVATE_KEY_SETTING, value=f"{site.id}:{encoded}"))
        site.signing_public_key = private.public_key().public_bytes_raw()
        session.flush()
        audit.record(
            session,
            SYSTEM,
            "site.signing_key_created",
            entity="site",
            entity_id=str(site.id),
            detail={"counter": site.code, "key_id": key_id(site.signing_public_key)},
        )
    assert site.signing_public_key is not None
    return private, key_id(site.signing_public_key)


def counter_private_key(session: Session) -> Ed25519PrivateKey | None:
    """This counter's private signing key as stored (None before it is made); it also
    signs the office roster (services/sites.py)."""
    return _private_key(session, local_site(session))


def ensure_counter_key(session: Session) -> str:
    """Make this counter's key if it has none (in the caller's writing unit); its key id."""
    return _counter_key(session)[1]


def sign_claim(session: Session, claim: CertificateClaim) -> str:
    """The payload for ``claim``, signed with this counter's key (its ``key_id`` is set
    here; whatever the caller put there is replaced)."""
    private, kid = _counter_key(session)
    claim = dataclasses.replace(claim, key_id=kid)
    return encode_claim(claim, private.sign(signed_text(claim).encode("ascii")))


def claim_of(cert: Certificate) -> CertificateClaim:
    """What the QR of a registry certificate states (key id still to be set)."""
    return CertificateClaim(
        key_id="",
        serial=cert.serial,
        holder=holder_text(cert.applicant.name),
        issued_on=cert.issued_on,
        valid_until=cert.valid_until,
    )


def certificate_payload(session: Session, cert: Certificate) -> str:
    """The signed QR payload of a registry certificate (``CertificatePrint.qr_payload``)."""
    return sign_claim(session, claim_of(cert))


def signature_holds(public_key: bytes, signed: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, signed)
    except (InvalidSignature, ValueError):
        return False
    return True
