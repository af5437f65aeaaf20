"""This site's keys and the roster's other sites, as the sync engine needs them.

Read from the ``setting`` rows migration 0007 and set-up write
(``site.exchange_private_key`` / ``site.signing_private_key`` as "<site uuid>:<base64
raw>", ``office.uid``) and from the ``site`` table. A stop-gap until ``services/sites``
(roster, keys) lands: then these delegate to it.
"""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from counterdesk.domain.errors import ConflictError
from counterdesk.services.setup import local_site
from counterdesk.store.models import Setting, Site

__all__ = ["LocalKeys", "local_keys", "office_uid", "peers", "site_by_id"]

EXCHANGE_KEY = "site.exchange_private_key"
SIGNING_KEY = "site.signing_private_key"
OFFICE_UID = "office.uid"


@dataclass(frozen=True, slots=True)
class LocalKeys:
    site_id: str
    code: str
    signing: Ed25519PrivateKey
    exchange: X25519PrivateKey


def _raw_key(session: Session, key: str, site: Site) -> bytes:
    stored = session.get(Setting, key)
    owner, _, encoded = stored.value.partition(":") if stored else ("", "", "")
    if owner != str(site.id) or not encoded:
        raise ConflictError(
            f"Kunci sinkronisasi loket {site.code} belum ada atau bukan milik loket ini. "
            "Jalankan `counterdesk site show` atau hubungi admin."
        )
    return base64.b64decode(encoded)


def local_keys(session: Session) -> LocalKeys:
    site = local_site(session)
    return LocalKeys(
        site_id=str(site.id),
        code=site.code,
        signing=Ed25519PrivateKey.from_private_bytes(_raw_key(session, SIGNING_KEY, site)),
        exchange=X25519PrivateKey.from_private_bytes(_raw_key(session, EXCHANGE_KEY, site)),
    )


def office_uid(session: Session) -> str:
    stored = session.get(Setting, OFFICE_UID)
    return stored.value if stored else ""


def peers(session: Session) -> list[Site]:
    """The roster's other sites, not revoked, that can receive files."""
    return list(
        session.scalars(
            select(Site)
            .where(
                Site.is_local.is_(False),
                Site.revoked.is_(False),
                Site.revoked_at.is_(None),
                Site.exchange_public_key.is_not(None),
            )
            .order_by(Site.code)
        )
    )


def site_by_id(session: Session, site_id: str) -> Site | None:
    try:
        return session.get(Site, uuid.UUID(site_id))
    except ValueError:
        return None
