"""Offline verification of a certificate or card: a serial typed or scanned (Code 128), or
the signed QR payload scanned, answered from this counter's registry and the office's
counter keys — no network. (``verification`` is the document check of an application.)

A payload is checked in this order: its shape; a key the office trusts (an unknown key is
never valid); the signature; the serial in the registry; the registry's status (revoked,
voided, lost, replaced); the signed fields against the registry (a name changed by an
approved ralat is *corrected*, any other difference *tampered*); the validity; a ralat.
A serial alone skips the first three. See docs/certificates.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from counterdesk.domain.errors import NotFound, ValidationError
from counterdesk.domain.formatting import format_date_long
from counterdesk.domain.numbers import parse_number
from counterdesk.domain.payload import (
    CertificateClaim,
    decode_claim,
    holder_text,
    looks_like_payload,
)
from counterdesk.services.applications import office_day
from counterdesk.services.certificate_cases import find_certificate
from counterdesk.services.context import Actor
from counterdesk.services.lookup import looks_like_number
from counterdesk.services.signing import key_id, signature_holds
from counterdesk.store.base import utcnow
from counterdesk.store.models import Certificate, CertificateCase, CertificateChange, Site

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime

VALID, TAMPERED, UNKNOWN_KEY, UNKNOWN_SERIAL = "valid", "tampered", "unknown_key", "unknown_serial"
REVOKED, LOST, REPLACED, CORRECTED, EXPIRED = "revoked", "lost", "replaced", "corrected", "expired"
LABELS: dict[str, str] = {
    VALID: "SAH",
    TAMPERED: "TIDAK SAH — data diubah",
    UNKNOWN_KEY: "TIDAK SAH — kunci penanda tangan tidak dikenal",
    UNKNOWN_SERIAL: "TIDAK DIKENAL — nomor tidak ada di database",
    REVOKED: "TIDAK BERLAKU — dicabut",
    LOST: "TIDAK BERLAKU — dilaporkan hilang",
    REPLACED: "TIDAK BERLAKU — hilang, sudah diganti",
    CORRECTED: "SAH, DIRALAT — data sertifikat sudah dikoreksi",
    EXPIRED: "TIDAK BERLAKU — masa berlaku habis",
}
_VOIDED_LABEL = "TIDAK BERLAKU — dibatalkan"


@dataclass(frozen=True, slots=True)
class Verdict:
    """The answer to one verification, as plain data for the CLI and the dialog."""

    outcome: str  # valid | tampered | unknown_key | unknown_serial | revoked | lost | …
    label: str  # the Indonesian headline: "SAH", "TIDAK SAH — data diubah", …
    serial: str
    holder: str
    issued_on: dt.date | None
    valid_until: dt.date | None
    details: tuple[str, ...] = ()
    title: str = ""  # the certificate's title in the registry ("" when not found)
    from_payload: bool = False  # the QR was scanned (the signature was checked)

    @property
    def is_valid(self) -> bool:
        """Valid as it stands: ``valid``, or ``corrected`` (an approved ralat keeps a
        certificate valid with its current values)."""
        return self.outcome in (VALID, CORRECTED)

    @property
    def level(self) -> str:
        """good (valid) / caution (corrected: valid, but the paper may show old values) /
        bad (everything else) — the colour a screen gives the verdict."""
        return "good" if self.outcome == VALID else "caution" if self.is_valid else "bad"


def _verdict(
    outcome: str,
    claim: CertificateClaim | None,
    cert: Certificate | None,
    *details: str,
    label: str = "",
) -> Verdict:
    """The facts shown are the registry's when the certificate is found, else the claim's."""
    if cert is not None:
        serial, holder = cert.serial, cert.applicant.name
        issued, until, title = cert.issued_on, cert.valid_until, cert.title
    elif claim is not None:
        serial, holder = claim.serial, claim.holder
        issued, until, title = claim.issued_on, claim.valid_until, ""
    else:
        serial, holder, issued, until, title = "", "", None, None, ""
    return Verdict(
        outcome,
        label or LABELS[outcome],
        serial,
        holder,
        issued,
        until,
        tuple(d for d in details if d),
        title,
        claim is not None,
    )


def trusted_keys(session: Session) -> dict[str, Site]:
    """The office's counters' public keys by key id: this counter's and the roster's
    (services/sites.py). A revoked counter's key is kept here to say so; whether it still
    vouches for a certificate is ``trusted_on``."""
    sites = session.scalars(select(Site).where(Site.signing_public_key.is_not(None)))
    return {
        key_id(site.signing_public_key): site
        for site in sites
        if site.signing_public_key is not None
    }


def trusted_on(session: Session, site: Site, issued_on: dt.date) -> bool:
    """A revoked counter's key vouches only for certificates issued before the office
    day it was revoked on (that day itself is not trusted: the QR carries a date, not a
    time). A revocation without a date (none made by the roster) trusts nothing."""
    if not site.revoked:
        return True
    if site.revoked_at is None:
        return False
    return issued_on < office_day(session, site.revoked_at)


def _find(session: Session, serial: str) -> Certificate | None:
    try:
        return find_certificate(session, serial)
    except NotFound:
        return None


def _replacement(session: Session, cert: Certificate, *, pending_only: bool = False) -> str:
    """The replacement letter of a lost certificate, or the replacement still in progress."""
    states = ("requested", "checked") if pending_only else ("approved", "requested", "checked")
    case = session.scalar(
        select(CertificateCase)
        .where(
            CertificateCase.certificate_id == cert.id,
            CertificateCase.kind == "lost",
            CertificateCase.status.in_(states),
        )
        .order_by(CertificateCase.requested_at.desc())
        .limit(1)
    )
    if case is None:
        return ""
    if case.letter_number and case.letter_on is not None:
        return (
            f"Diganti dengan surat keterangan pengganti {case.letter_number} tanggal "
            f"{format_date_long(case.letter_on)} ({case.number})."
        )
    return f"Permohonan pengganti {case.number} sedang diproses."


def _changes(session: Session, cert: Certificate) -> list[CertificateChange]:
    return list(
        session.scalars(
            select(CertificateChange)
            .where(CertificateChange.certificate_id == cert.id)
            .order_by(CertificateChange.changed_at)
        )
    )


def _corrected_lines(session: Session, changes: list[CertificateChange]) -> tuple[str, ...]:
    """The current value of each corrected field (the last change of each wins), and the
    ralat letters that changed them."""
    first: dict[str, CertificateChange] = {}
    latest: dict[str, CertificateChange] = {}
    for change in changes:
        first.setdefault(change.field, change)
        latest[change.field] = change
    lines = [
        f"{c.label or c.field} sekarang: {c.after} (semula: {first[field].before})."
        for field, c in latest.items()
    ]
    case_ids = {c.case_id for c in changes if c.case_id is not None}
    cases = session.scalars(select(CertificateCase).where(CertificateCase.id.in_(case_ids)))
    lines.extend(
        f"Diralat dengan surat {case.letter_number} tanggal {format_date_long(case.letter_on)}."
        for case in cases
        if case.letter_number and case.letter_on is not None
    )
    lines.append(
        "Sertifikat tetap berlaku dengan data yang sudah diralat; yang tercetak mungkin "
        "masih data lama, minta surat ralatnya."
    )
    return tuple(lines)


def _status_verdict(
    session: Session, cert: Certificate, claim: CertificateClaim | None
) -> Verdict | None:
    if cert.status == "revoked":
        reason = cert.status_reason
        return _verdict(REVOKED, claim, cert, f"Alasan: {reason}" if reason else "")
    if cert.status in ("voided", "void"):
        return _verdict(
            REVOKED, claim, cert, "Blangko dibatalkan sebelum diserahkan.", label=_VOIDED_LABEL
        )
    if cert.status == "replaced":
        return _verdict(REPLACED, claim, cert, _replacement(session, cert))
    if cert.status == "lost":
        return _verdict(LOST, claim, cert, _replacement(session, cert))
    return None


def _differences(
    claim: CertificateClaim, cert: Certificate, changes: list[CertificateChange]
) -> tuple[list[str], bool]:
    """What the signed claim says that the registry does not, and whether every such
    difference is a name an approved ralat replaced."""
    lines: list[str] = []
    corrected = False
    if claim.holder != holder_text(cert.applicant.name):
        former = {holder_text(c.before) for c in changes if c.field == "name"}
        corrected = claim.holder in former
        lines.append(f"Nama pada kode: {claim.holder}; di database: {cert.applicant.name}.")
    if claim.issued_on != cert.issued_on:
        corrected = False
        lines.append(
            f"Tanggal terbit pada kode: {format_date_long(claim.issued_on)}; di database: "
            f"{format_date_long(cert.issued_on)}."
        )
    if claim.valid_until != cert.valid_until:
        corrected = False
        lines.append(
            f"Berlaku sampai pada kode: {_until(claim.valid_until)}; di database: "
            f"{_until(cert.valid_until)}."
        )
    return lines, corrected


def _until(day: dt.date | None) -> str:
    return format_date_long(day) if day else "seumur hidup"


def _registry_verdict(
    session: Session, cert: Certificate, claim: CertificateClaim | None, today: dt.date
) -> Verdict:
    status = _status_verdict(session, cert, claim)
    if status is not None:
        return status
    changes = _changes(session, cert)
    if claim is not None:
        differences, corrected = _differences(claim, cert, changes)
        if differences and not corrected:
            return _verdict(
                TAMPERED,
                claim,
                cert,
                *differences,
                "Tanda tangan kode benar, tetapi isinya tidak sama dengan database sertifikat.",
            )
    if cert.valid_until is not None and cert.valid_until < today:
        return _verdict(
            EXPIRED, claim, cert, f"Masa berlaku habis {format_date_long(cert.valid_until)}."
        )
    pending = _replacement(session, cert, pending_only=True)
    warning = f"Dilaporkan hilang: {pending}" if pending else ""
    if changes:
        return _verdict(CORRECTED, claim, cert, *_corrected_lines(session, changes), warning)
    return _verdict(VALID, claim, cert, warning)


def _payload_verdict(session: Session, text: str, today: dt.date) -> Verdict:
    try:
        claim, signed, signature = decode_claim(text)
    except ValueError:
        raise ValidationError(
            "kode",
            "Kode QR tidak terbaca utuh (bukan kode sertifikat CounterDesk atau ada "
            "karakter yang hilang). Pindai ulang, atau ketik nomor sertifikatnya.",
        ) from None
    site = trusted_keys(session).get(claim.key_id)
    if site is None or site.signing_public_key is None:
        return _verdict(
            UNKNOWN_KEY,
            claim,
            None,
            f"Kode ditandatangani kunci {claim.key_id}, yang bukan kunci loket "
            "mana pun di kantor ini. Jangan terima sebagai sah; periksa "
            "nomornya di database.",
        )
    if not trusted_on(session, site, claim.issued_on):
        since = (
            f" sejak {format_date_long(office_day(session, site.revoked_at))}"
            if site.revoked_at is not None
            else ""
        )
        return _verdict(
            UNKNOWN_KEY,
            claim,
            None,
            f"Kunci {claim.key_id} milik loket {site.code} sudah dicabut{since}; sertifikat "
            "bertanggal terbit sejak pencabutan tidak diakui.",
        )
    if not signature_holds(site.signing_public_key, signed, signature):
        return _verdict(
            TAMPERED,
            claim,
            None,
            "Tanda tangan kode tidak cocok dengan isinya: kode diubah atau dipalsukan.",
        )
    cert = _find(session, claim.serial)
    if cert is None:
        return _verdict(
            UNKNOWN_SERIAL,
            claim,
            None,
            f"Kode ditandatangani loket {site.code}, tetapi nomor {claim.serial} "
            "tidak ada di database loket ini; mungkin belum disinkronkan.",
        )
    return _registry_verdict(session, cert, claim, today)


def verify_text(session: Session, text: str, today: dt.date | None = None) -> Verdict:
    """The verdict on a typed/scanned serial or a scanned payload (session level)."""
    typed = text.strip()
    if not typed:
        raise ValidationError(
            "kode", "Pindai kode QR atau barcode sertifikat, atau ketik nomor sertifikatnya."
        )
    day = today or office_day(session, utcnow())
    if looks_like_payload(typed.upper()):
        # A payload is upper-case only: a scanner typing with Caps Lock on sends it in
        # lower case, which loses nothing.
        return _payload_verdict(session, typed.upper(), day)
    cert = _find(session, typed)
    if cert is None:
        if looks_like_number(typed):
            parse_number(typed.upper())  # a wrong check character: mistyped, say so
        return Verdict(
            UNKNOWN_SERIAL,
            LABELS[UNKNOWN_SERIAL],
            typed.upper(),
            "",
            None,
            None,
            (
                f"Nomor {typed.upper()} tidak ada di database sertifikat loket ini. Periksa "
                "nomornya; sertifikat dari loket lain mungkin belum disinkronkan.",
            ),
        )
    return _registry_verdict(session, cert, None, day)


def verify(runtime: Runtime, actor: Actor, text: str) -> Verdict:
    """A serial typed or scanned, or a QR payload scanned → the verdict (a read)."""
    with runtime.read(actor) as session:
        return verify_text(session, text)
