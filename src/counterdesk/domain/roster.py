"""The office roster and a new counter's join request: pure data, canonical bytes, and
their Ed25519 signatures. No database, no files (services/sites.py does those).

A roster lists the office's counters (sites) with their public keys; it is versioned and
signed by one of its own sites. A join request is written by a new PC and signed with its
own key, so the admin's counter knows the keys it admits belong together. Both travel as
JSON (``.cdr`` roster, ``.cdj`` join request); the signature covers ``roster_bytes`` /
``join_request_bytes``: canonical JSON (sorted keys, no spaces, ASCII) of every field but
the signature.

A key's *fingerprint* is what two people compare by phone: the first 16 base-32
characters of its SHA-256 in 4 groups of 4 (``ABCD-EFGH-IJKL-MNOP``); its first 8 are the
key id a certificate QR names (services/signing.key_id).
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from counterdesk.domain.errors import ValidationError
from counterdesk.domain.numbers import validate_counter_code

ROSTER_FORMAT = "counterdesk-roster/1"
JOIN_FORMAT = "counterdesk-join/1"
ROSTER_SUFFIX = ".cdr"
JOIN_SUFFIX = ".cdj"
KEY_BYTES = 32
SIGNATURE_BYTES = 64
FIELD = "berkas"


def fingerprint(public_key: bytes) -> str:
    """``ABCD-EFGH-IJKL-MNOP``: 80 bits of SHA-256(key) in base 32, read out by phone."""
    text = base64.b32encode(hashlib.sha256(public_key).digest()).decode("ascii")[:16]
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True, slots=True)
class RosterSite:
    id: str  # the site's UUID
    code: str  # counter code, unique in the office (also among revoked sites)
    name: str
    signing_public: bytes  # Ed25519, raw 32 bytes
    exchange_public: bytes  # X25519, raw 32 bytes
    revoked: bool = False
    revoked_at: str = ""  # ISO 8601 UTC when revoked


@dataclass(frozen=True, slots=True)
class Roster:
    office_uid: str
    office_name: str
    version: int
    sites: tuple[RosterSite, ...]
    signed_by: str = ""  # the id of the site whose key signed it
    signature: bytes = b""

    def site(self, site_id: str) -> RosterSite | None:
        return next((s for s in self.sites if s.id == site_id), None)

    def by_code(self, code: str) -> RosterSite | None:
        return next((s for s in self.sites if s.code == code), None)


@dataclass(frozen=True, slots=True)
class JoinRequest:
    site_id: str
    code: str
    name: str
    office_name_hint: str  # the office name typed at set-up on the new PC (shown only)
    signing_public: bytes
    exchange_public: bytes
    created_at: str  # ISO 8601 UTC
    signature: bytes = b""  # by the new PC's own signing key


# --- canonical bytes -----------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _canonical(value: Mapping[str, Any]) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _site_fields(site: RosterSite) -> dict[str, Any]:
    return {
        "id": site.id,
        "code": site.code,
        "name": site.name,
        "signing_public": _b64(site.signing_public),
        "exchange_public": _b64(site.exchange_public),
        "revoked": site.revoked,
        "revoked_at": site.revoked_at,
    }


def _roster_fields(r: Roster) -> dict[str, Any]:
    return {
        "format": ROSTER_FORMAT,
        "office_uid": r.office_uid,
        "office_name": r.office_name,
        "version": r.version,
        "sites": [_site_fields(s) for s in sorted(r.sites, key=lambda s: s.id)],
        "signed_by": r.signed_by,
    }


def roster_bytes(r: Roster) -> bytes:
    """What a roster signature covers: every field but the signature, sites by id."""
    return _canonical(_roster_fields(r))


def _join_fields(j: JoinRequest) -> dict[str, Any]:
    return {
        "format": JOIN_FORMAT,
        "site_id": j.site_id,
        "code": j.code,
        "name": j.name,
        "office_name_hint": j.office_name_hint,
        "signing_public": _b64(j.signing_public),
        "exchange_public": _b64(j.exchange_public),
        "created_at": j.created_at,
    }


def join_request_bytes(j: JoinRequest) -> bytes:
    return _canonical(_join_fields(j))


# --- signing and checking -------------------------------------------------------------


def sign_roster(r: Roster, key: Ed25519PrivateKey, site_id: str) -> Roster:
    """``r`` signed by ``site_id`` with its ``key`` (which must be that site's)."""
    unsigned = dataclasses.replace(r, signed_by=site_id, signature=b"")
    return dataclasses.replace(unsigned, signature=key.sign(roster_bytes(unsigned)))


def _holds(public_key: bytes, signed: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, signed)
    except (InvalidSignature, ValueError):
        return False
    return True


def check_roster(r: Roster, trusted: Mapping[str, bytes]) -> None:
    """The roster is well formed and signed by one of ``trusted`` (site id → signing
    public key of a known, unrevoked site); else ``ValidationError`` in Indonesian."""
    _check_roster_shape(r)
    public = trusted.get(r.signed_by)
    if public is None:
        raise ValidationError(
            FIELD,
            "Roster ini ditandatangani loket yang tidak dikenal atau sudah dicabut di loket "
            "ini, jadi tidak dipercaya. Minta roster terbaru yang ditulis oleh loket admin "
            "kantor ini.",
        )
    if not _holds(public, roster_bytes(r), r.signature):
        raise ValidationError(
            FIELD,
            "Tanda tangan roster tidak cocok dengan isinya: berkas diubah atau rusak. Jangan "
            "dipakai; minta admin menulis ulang roster-nya.",
        )


def self_trust(r: Roster) -> dict[str, bytes]:
    """The signing keys of a roster's own unrevoked sites: what a first roster on a new
    PC is checked against (trusted on first use, its fingerprint shown)."""
    return {s.id: s.signing_public for s in r.sites if not s.revoked}


def _check_roster_shape(r: Roster) -> None:
    if r.version < 1:
        raise ValidationError(FIELD, "Versi roster tidak sah (harus 1 atau lebih).")
    codes = [s.code for s in r.sites]
    ids = [s.id for s in r.sites]
    if len(set(codes)) != len(codes) or len(set(ids)) != len(ids):
        raise ValidationError(
            FIELD, "Roster memuat kode loket atau id loket ganda; berkas tidak sah."
        )


def sign_join_request(j: JoinRequest, key: Ed25519PrivateKey) -> JoinRequest:
    unsigned = dataclasses.replace(j, signature=b"")
    return dataclasses.replace(unsigned, signature=key.sign(join_request_bytes(unsigned)))


def check_join_request(j: JoinRequest) -> None:
    """Self-signed by the key it carries: the two keys and the code come from one PC."""
    if not _holds(j.signing_public, join_request_bytes(j), j.signature):
        raise ValidationError(
            FIELD,
            "Tanda tangan permintaan bergabung tidak cocok dengan isinya: berkas diubah "
            "atau rusak. Minta loket baru menulis ulang permintaannya.",
        )


# --- files: JSON with the signature ------------------------------------------------------


def encode_roster(r: Roster) -> bytes:
    return _file_bytes({**_roster_fields(r), "signature": _b64(r.signature)})


def encode_join_request(j: JoinRequest) -> bytes:
    return _file_bytes({**_join_fields(j), "signature": _b64(j.signature)})


def _file_bytes(fields: Mapping[str, Any]) -> bytes:
    return (json.dumps(fields, sort_keys=True, indent=1, ensure_ascii=True) + "\n").encode()


class _Reader:
    """Typed access to a decoded JSON object; any wrong field is one clear message."""

    def __init__(self, data: object, what: str) -> None:
        if not isinstance(data, dict):
            raise self.bad(what)
        self.data: dict[str, Any] = data
        self.what = what

    @staticmethod
    def bad(what: str) -> ValidationError:
        return ValidationError(
            FIELD,
            f"Berkas ini bukan {what} CounterDesk yang utuh (rusak atau berkas lain). "
            "Pilih berkas yang benar, atau minta berkas baru.",
        )

    def get(self, key: str, kind: type, check: Callable[[Any], bool] = lambda _: True) -> Any:
        value = self.data.get(key)
        if not isinstance(value, kind) or isinstance(value, bool) is not (kind is bool):
            raise self.bad(self.what)
        if not check(value):
            raise self.bad(self.what)
        return value

    def text(self, key: str) -> str:
        return str(self.get(key, str))

    def raw(self, key: str, size: int) -> bytes:
        try:
            value = base64.b64decode(self.text(key), validate=True)
        except (binascii.Error, ValueError):
            raise self.bad(self.what) from None
        if len(value) != size:
            raise self.bad(self.what)
        return value

    def code(self, key: str) -> str:
        text = self.text(key)
        try:
            code = validate_counter_code(text)
        except ValidationError:
            raise self.bad(self.what) from None
        if code != text:
            raise self.bad(self.what)
        return code


def _load(data: bytes, what: str, form: str) -> _Reader:
    try:
        decoded = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _Reader.bad(what) from None
    reader = _Reader(decoded, what)
    if reader.data.get("format") != form:
        raise _Reader.bad(what)
    return reader


def _exact(data: bytes, encoded: bytes, what: str) -> None:
    """A file is read only as written, byte for byte: a change that leaves the fields
    the same (spacing, letter case of an escape, base-64 slack) is refused as well."""
    if encoded != data:
        raise ValidationError(
            FIELD,
            f"Berkas {what} ini diubah sesudah ditulis CounterDesk (isinya tidak persis "
            "seperti aslinya). Jangan dipakai; minta berkas baru.",
        )


def decode_roster(data: bytes) -> Roster:
    """A roster file's bytes → ``Roster`` (signature not yet checked)."""
    what = "roster"
    reader = _load(data, what, ROSTER_FORMAT)
    sites = []
    for item in reader.get("sites", list):
        site = _Reader(item, what)
        sites.append(
            RosterSite(
                id=site.text("id"),
                code=site.code("code"),
                name=site.text("name"),
                signing_public=site.raw("signing_public", KEY_BYTES),
                exchange_public=site.raw("exchange_public", KEY_BYTES),
                revoked=bool(site.get("revoked", bool)),
                revoked_at=site.text("revoked_at"),
            )
        )
    roster = Roster(
        office_uid=reader.text("office_uid"),
        office_name=reader.text("office_name"),
        version=int(reader.get("version", int, lambda v: v >= 1)),
        sites=tuple(sorted(sites, key=lambda s: s.id)),
        signed_by=reader.text("signed_by"),
        signature=reader.raw("signature", SIGNATURE_BYTES),
    )
    _exact(data, encode_roster(roster), what)
    return roster


def decode_join_request(data: bytes) -> JoinRequest:
    """A join request file's bytes → ``JoinRequest`` (signature not yet checked)."""
    what = "permintaan bergabung"
    reader = _load(data, what, JOIN_FORMAT)
    request = JoinRequest(
        site_id=reader.text("site_id"),
        code=reader.code("code"),
        name=reader.text("name"),
        office_name_hint=reader.text("office_name_hint"),
        signing_public=reader.raw("signing_public", KEY_BYTES),
        exchange_public=reader.raw("exchange_public", KEY_BYTES),
        created_at=reader.text("created_at"),
        signature=reader.raw("signature", SIGNATURE_BYTES),
    )
    _exact(data, encode_join_request(request), what)
    return request
