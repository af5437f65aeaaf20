"""Sites, their keys and the office roster (issue 11 point 1).

Every installation is a *site* (``Site`` row, ``is_local``) with an Ed25519 signing key —
the one that already signs certificate QR codes (services/signing.py) — and an X25519
key that sync files are encrypted to. The private halves stay in this database's
``setting`` table ("<site uuid>:<base64 raw>"), never in the change log.

The roster: a new PC writes a join request (``.cdj``), an admin's counter admits it and
writes the roster (``.cdr``), the new PC imports the roster. A PC's first roster is
trusted on first use (the signer's key fingerprint is shown, to compare by phone); later
ones must be signed by an unrevoked site of the roster this PC holds and carry a higher
version. A roster may add sites and revoke them, never drop a site, change its keys or
code, or take a revocation back. The sites with both public keys are the roster; the
setting ``roster.version`` is its version (0: this PC has none yet).
"""

from __future__ import annotations

import base64
import dataclasses
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from counterdesk.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from counterdesk.domain.numbers import next_counter_code
from counterdesk.domain.roles import Role
from counterdesk.domain.roster import (
    FIELD,
    JoinRequest,
    Roster,
    RosterSite,
    check_join_request,
    check_roster,
    decode_join_request,
    decode_roster,
    encode_join_request,
    encode_roster,
    fingerprint,
    roster_bytes,
    self_trust,
    sign_join_request,
    sign_roster,
)
from counterdesk.services import audit, signing
from counterdesk.services.atomic_file import write_atomically
from counterdesk.services.context import SYSTEM, Actor, require_role
from counterdesk.services.setup import LOCAL_SITE_KEY, get_office, local_site
from counterdesk.store.base import utcnow
from counterdesk.store.models import NumberSequence, Setting, Site, SyncPeer

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime

EXCHANGE_KEY_SETTING = "site.exchange_private_key"
OFFICE_UID_SETTING = "office.uid"
ROSTER_VERSION_SETTING = "roster.version"
ROSTER_OFFICE_SETTING = "roster.office_name"  # as the roster names the office
MAX_FILE_BYTES = 1_000_000


# --- keys ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SiteKeys:
    """This site's identity and private keys (never shown, never synced)."""

    site_id: str
    code: str
    signing_private: Ed25519PrivateKey
    exchange_private: X25519PrivateKey


def _setting(session: Session, key: str) -> str | None:
    stored = session.get(Setting, key)
    return stored.value if stored is not None else None


def _put_setting(session: Session, key: str, value: str) -> None:
    stored = session.get(Setting, key)
    if stored is None:
        session.add(Setting(key=key, value=value))
    else:
        stored.value = value


def ensure_site_keys(session: Session) -> None:
    """Make what this site still lacks: its Ed25519 signing key (services/signing), its
    X25519 exchange key and the office UUID. Set-up calls it; migration 0007 did the same
    for databases set up before."""
    site = local_site(session)
    signing.ensure_counter_key(session)
    if _setting(session, EXCHANGE_KEY_SETTING) is None:
        if site.exchange_public_key is not None:
            raise ConflictError(
                f"Loket {site.code} sudah punya kunci pertukaran publik, tetapi kunci "
                "rahasianya tidak ada di database ini. Sinkronisasi tidak dapat dipakai; "
                "hubungi admin."
            )
        key = X25519PrivateKey.generate()
        encoded = base64.b64encode(key.private_bytes_raw()).decode("ascii")
        session.add(Setting(key=EXCHANGE_KEY_SETTING, value=f"{site.id}:{encoded}"))
        site.exchange_public_key = key.public_key().public_bytes_raw()
    if _setting(session, OFFICE_UID_SETTING) is None:
        session.add(Setting(key=OFFICE_UID_SETTING, value=str(uuid.uuid4())))
    session.flush()


def _exchange_key(session: Session, site: Site) -> X25519PrivateKey:
    stored = _setting(session, EXCHANGE_KEY_SETTING)
    if stored is None:
        raise ConflictError(
            f"Loket {site.code} belum punya kunci pertukaran. Buka aplikasi sekali sebagai "
            "admin (atau jalankan `counterdesk site show`) lalu coba lagi."
        )
    owner, _, encoded = stored.partition(":")
    key = X25519PrivateKey.from_private_bytes(base64.b64decode(encoded))
    if owner != str(site.id) or key.public_key().public_bytes_raw() != site.exchange_public_key:
        raise ConflictError(
            f"Kunci pertukaran di database ini bukan milik loket {site.code} (database "
            "mungkin dipulihkan dari loket lain). Sinkronisasi tidak dapat dipakai; "
            "hubungi admin."
        )
    return key


def local_keys(session: Session) -> SiteKeys:
    """This site's id, code and private keys; a clear error when they are missing or
    belong to another site."""
    site = local_site(session)
    signing_key = signing.counter_private_key(session)
    if signing_key is None:
        raise ConflictError(
            f"Loket {site.code} belum punya kunci tanda tangan. Hubungi admin (jalankan "
            "`counterdesk site show`)."
        )
    return SiteKeys(str(site.id), site.code, signing_key, _exchange_key(session, site))


def office_uid(session: Session) -> str:
    return _setting(session, OFFICE_UID_SETTING) or ""


def roster_version(session: Session) -> int:
    return int(_setting(session, ROSTER_VERSION_SETTING) or 0)


def site_by_id(session: Session, site_id: str | uuid.UUID) -> Site | None:
    try:
        key = site_id if isinstance(site_id, uuid.UUID) else uuid.UUID(site_id)
    except ValueError:
        return None
    return session.get(Site, key)


def roster_sites(session: Session) -> list[Site]:
    """The sites of the roster this PC holds (this one included), by code."""
    return list(
        session.scalars(
            select(Site)
            .where(Site.signing_public_key.is_not(None), Site.exchange_public_key.is_not(None))
            .order_by(Site.code)
        )
    )


def peers(session: Session) -> list[Site]:
    """The roster's other sites that are not revoked: whom this site exchanges files with."""
    return [s for s in roster_sites(session) if not s.is_local and not s.revoked]


# --- views -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RosterSiteView:
    id: uuid.UUID
    code: str
    name: str
    is_local: bool
    revoked: bool
    revoked_at: datetime | None
    signing_fingerprint: str  # ABCD-EFGH-IJKL-MNOP, compared by phone
    exchange_fingerprint: str
    last_seen: datetime | None  # when a file of theirs was last imported here


@dataclass(frozen=True, slots=True)
class RosterView:
    """Admin › Sinkronisasi and `site show`: this site, the office, the roster. After an
    import (or its preview) also who signed it, whether it was trusted on first use, and
    what changed."""

    version: int
    office_uid: str
    office_name: str
    local_id: uuid.UUID
    local_code: str
    sites: tuple[RosterSiteView, ...]
    signed_by_code: str = ""
    signed_by_fingerprint: str = ""
    first_use: bool = False
    changes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class JoinRequestView:
    """A join request as the admin sees it before admitting it (and the new PC after
    writing it): the fingerprints to compare by phone, and why it cannot be admitted."""

    site_id: str
    code: str
    name: str
    office_name_hint: str
    created_at: str
    signing_fingerprint: str
    exchange_fingerprint: str
    problem: str = ""  # "" when it can be admitted here


def _revoked_at(entry: RosterSite) -> datetime | None:
    if not entry.revoked or not entry.revoked_at:
        return None  # revoked without a date: its key vouches for nothing (trusted_on)
    try:
        when = datetime.fromisoformat(entry.revoked_at)
    except ValueError:
        raise _refuse(f"Tanggal pencabutan loket {entry.code} di roster tidak sah.") from None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _roster_view(
    session: Session, roster: Roster, first_use: bool = False, changes: tuple[str, ...] = ()
) -> RosterView:
    """``roster`` as seen from this PC: the one it holds, or one it imports (what a
    preview shows)."""
    seen = {str(p.site_id): p.last_received_at for p in session.scalars(select(SyncPeer))}
    local = local_site(session)
    signer = roster.site(roster.signed_by)
    sites = tuple(
        RosterSiteView(
            id=uuid.UUID(entry.id),
            code=entry.code,
            name=entry.name,
            is_local=entry.id == str(local.id),
            revoked=entry.revoked,
            revoked_at=_revoked_at(entry),
            signing_fingerprint=fingerprint(entry.signing_public),
            exchange_fingerprint=fingerprint(entry.exchange_public),
            last_seen=seen.get(entry.id),
        )
        for entry in sorted(roster.sites, key=lambda e: e.code)
    )
    return RosterView(
        version=roster.version,
        office_uid=roster.office_uid,
        office_name=roster.office_name,
        local_id=local.id,
        local_code=local.code,
        sites=sites,
        signed_by_code=signer.code if signer else "",
        signed_by_fingerprint=fingerprint(signer.signing_public) if signer else "",
        first_use=first_use,
        changes=changes,
    )


def _view(session: Session) -> RosterView:
    return _roster_view(session, _roster_of(session, roster_version(session)))


def roster_view(runtime: Runtime, actor: Actor) -> RosterView:
    with runtime.read(actor) as session:
        return _view(session)


# --- files -----------------------------------------------------------------------------


def _read_file(path: Path, what: str) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValidationError(
                FIELD, f"Berkas {path.name} terlalu besar untuk sebuah {what}; pilih berkas lain."
            )
        return path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            FIELD,
            f"Berkas {path} tidak dapat dibaca ({exc.strerror or exc}). Periksa nama dan "
            "foldernya, lalu coba lagi.",
        ) from exc


def _roster_of(session: Session, version: int) -> Roster:
    def entry(site: Site) -> RosterSite:
        assert site.signing_public_key is not None and site.exchange_public_key is not None
        return RosterSite(
            id=str(site.id),
            code=site.code,
            name=site.name,
            signing_public=site.signing_public_key,
            exchange_public=site.exchange_public_key,
            revoked=site.revoked,
            revoked_at=site.revoked_at.isoformat() if site.revoked_at else "",
        )

    return Roster(
        office_uid=office_uid(session),
        office_name=_setting(session, ROSTER_OFFICE_SETTING) or get_office(session).name,
        version=version,
        sites=tuple(entry(s) for s in roster_sites(session)),
    )


def _signed_roster(session: Session) -> Roster:
    version = roster_version(session)
    if version == 0:
        raise ConflictError(
            "Loket ini belum punya roster. Roster dibuat saat admin menerima loket baru "
            "(`counterdesk site admit …`), atau impor roster dari loket admin."
        )
    keys = local_keys(session)
    if local_site(session).revoked:
        raise ConflictError(
            f"Loket {keys.code} sudah dicabut dari roster, jadi tidak dapat menandatangani "
            "roster. Tulis roster dari loket lain."
        )
    return sign_roster(_roster_of(session, version), keys.signing_private, keys.site_id)


def _write_roster_file(session: Session, path: Path) -> RosterView:
    """The roster this PC holds, signed by this site, as the file ``path``; its view."""
    roster = _signed_roster(session)
    write_atomically(path, encode_roster(roster))
    return _roster_view(session, roster)


def write_roster(runtime: Runtime, actor: Actor, path: Path) -> RosterView:
    """The roster this PC holds, signed by this site, as the file ``path``."""
    with runtime.read(actor) as session:
        return _write_roster_file(session, path)


def _join_request(session: Session, name: str | None) -> JoinRequest:
    keys = local_keys(session)
    site = local_site(session)
    request = JoinRequest(
        site_id=keys.site_id,
        code=site.code,
        name=(name or site.name).strip() or site.name,
        office_name_hint=get_office(session).name,
        signing_public=keys.signing_private.public_key().public_bytes_raw(),
        exchange_public=keys.exchange_private.public_key().public_bytes_raw(),
        created_at=utcnow().isoformat(timespec="seconds"),
    )
    return sign_join_request(request, keys.signing_private)


def _join_view(request: JoinRequest, problem: str = "") -> JoinRequestView:
    return JoinRequestView(
        site_id=request.site_id,
        code=request.code,
        name=request.name,
        office_name_hint=request.office_name_hint,
        created_at=request.created_at,
        signing_fingerprint=fingerprint(request.signing_public),
        exchange_fingerprint=fingerprint(request.exchange_public),
        problem=problem,
    )


def write_join_request(
    runtime: Runtime, actor: Actor, path: Path, name: str | None = None
) -> JoinRequestView:
    """This PC's join request (its code, name and public keys, self-signed) as ``path``,
    for the admin's counter; ``name`` names this counter in the roster (default: its
    current name)."""
    with runtime.unit(actor) as session:
        ensure_site_keys(session)
        request = _join_request(session, name)
        write_atomically(path, encode_join_request(request))
        audit.record(
            session,
            actor,
            "site.join_requested",
            entity="site",
            entity_id=request.site_id,
            detail={"counter": request.code, "file": path.name},
        )
        return _join_view(request)


def _read_join_request(path: Path) -> JoinRequest:
    request = decode_join_request(_read_file(path, "permintaan bergabung"))
    check_join_request(request)
    return request


def _admission_problem(session: Session, request: JoinRequest) -> str:
    """Why ``request`` cannot join the roster this PC holds ("" when it can)."""
    local = local_site(session)
    if request.site_id == str(local.id):
        return (
            "Permintaan ini dibuat oleh loket ini sendiri. Buat permintaan bergabung di PC "
            "loket baru, lalu bawa berkasnya ke sini."
        )
    if site_by_id(session, request.site_id) is not None:
        return (
            f"Loket {request.code} sudah ada di roster. Tidak perlu diterima lagi; tulis "
            "roster terbaru untuknya (`counterdesk site write-roster`)."
        )
    holder = session.scalar(select(Site).where(Site.code == request.code))
    if holder is not None:
        state = " (sudah dicabut)" if holder.revoked else ""
        return (
            f"Kode loket {request.code} sudah dipakai loket {holder.name}{state}. Kode loket "
            "harus unik di kantor (nomor sertifikat memuatnya): siapkan ulang PC baru "
            "dengan kode lain, lalu buat permintaan bergabung baru."
        )
    if any(
        request.signing_public == s.signing_public_key
        or request.exchange_public == s.exchange_public_key
        for s in roster_sites(session)
    ):
        return (
            "Kunci dalam permintaan ini sudah dipakai loket lain: database PC baru "
            "tampaknya disalin dari loket yang ada. Siapkan PC baru dengan database baru."
        )
    return ""


def inspect_join_request(runtime: Runtime, actor: Actor, path: Path) -> JoinRequestView:
    """A join request as read and checked here, before the admin admits it."""
    request = _read_join_request(path)
    with runtime.read(actor) as session:
        return _join_view(request, _admission_problem(session, request))


def _bump_version(session: Session) -> int:
    version = roster_version(session) + 1
    _put_setting(session, ROSTER_VERSION_SETTING, str(version))
    if _setting(session, ROSTER_OFFICE_SETTING) is None:
        _put_setting(session, ROSTER_OFFICE_SETTING, get_office(session).name)
    local = local_site(session)
    if local.roster_version == 0:
        local.roster_version = version
    return version


def admit(runtime: Runtime, actor: Actor, request_path: Path, roster_out: Path) -> RosterView:
    """Admin: add the new counter of a join request to the roster (its code unique in
    the office), bump the version, sign it and write the roster file for the new PC."""
    require_role(actor, Role.ADMIN)
    request = _read_join_request(request_path)
    with runtime.unit(actor) as session:
        ensure_site_keys(session)
        problem = _admission_problem(session, request)
        if problem:
            raise ConflictError(problem)
        version = _bump_version(session)
        session.add(
            Site(
                id=uuid.UUID(request.site_id),
                code=request.code,
                name=request.name,
                is_local=False,
                signing_public_key=request.signing_public,
                exchange_public_key=request.exchange_public,
                roster_version=version,
            )
        )
        session.flush()
        view = _write_roster_file(session, roster_out)
        audit.record(
            session,
            actor,
            "site.admitted",
            entity="site",
            entity_id=request.site_id,
            detail={
                "counter": request.code,
                "name": request.name,
                "signing_key": fingerprint(request.signing_public),
                "exchange_key": fingerprint(request.exchange_public),
                "roster_version": version,
            },
        )
        return view


def revoke(runtime: Runtime, actor: Actor, code: str, roster_out: Path | None = None) -> RosterView:
    """Admin: revoke a counter (its files are refused, its certificates issued from
    today on are not trusted); bumps the version; with ``roster_out`` also writes the
    roster file for the other counters."""
    require_role(actor, Role.ADMIN)
    wanted = code.strip().upper()
    with runtime.unit(actor) as session:
        site = session.scalar(select(Site).where(Site.code == wanted))
        if site is None or site not in roster_sites(session):
            raise NotFound(
                f"Loket {wanted} tidak ada di roster loket ini. Lihat daftar loket dengan "
                "`counterdesk site show`."
            )
        if site.is_local:
            raise ConflictError(
                f"Loket {site.code} adalah loket ini sendiri dan tidak dapat mencabut "
                "dirinya. Cabut dari loket admin yang lain."
            )
        if site.revoked:
            raise ConflictError(f"Loket {site.code} sudah dicabut sebelumnya.")
        version = _bump_version(session)
        site.revoked = True
        site.revoked_at = utcnow()
        site.roster_version = version
        session.flush()
        view = _view(session) if roster_out is None else _write_roster_file(session, roster_out)
        audit.record(
            session,
            actor,
            "site.revoked",
            entity="site",
            entity_id=str(site.id),
            detail={"counter": site.code, "roster_version": version},
        )
        return view


@dataclass(frozen=True, slots=True)
class NewIdentity:
    """What a restore changed: this counter's code before and after, and whether the
    roster names other counters (which must admit the new one before syncing again)."""

    old_code: str
    new_code: str
    has_peers: bool


def replace_local_site(
    session: Session, new_id: uuid.UUID, also_taken: Iterable[str] = ()
) -> NewIdentity:
    """Give this database a new counter identity (after a restore): the local site stays
    as revoked history (its numbers, code and public keys; what it signed still verifies)
    and a new local site ``new_id`` takes the next free code and new keys. The old private
    keys are dropped: nothing new can be signed with them. ``also_taken``: codes used
    elsewhere that this database does not know (an earlier restore's)."""
    old = local_site(session)
    taken = (
        set(session.scalars(select(Site.code)))
        | set(session.scalars(select(NumberSequence.counter)))
        | set(also_taken)
    )
    new = Site(id=new_id, code=next_counter_code(old.code, taken), name=old.name, is_local=True)
    old.is_local, old.revoked, old.revoked_at = False, True, utcnow()
    session.add(new)
    session.flush()
    for key in (signing.PRIVATE_KEY_SETTING, EXCHANGE_KEY_SETTING):
        stored = session.get(Setting, key)
        if stored is not None:
            session.delete(stored)
    _put_setting(session, LOCAL_SITE_KEY, str(new.id))
    session.flush()
    ensure_site_keys(session)
    return NewIdentity(old.code, new.code, bool(peers(session)))


# --- importing a roster ----------------------------------------------------------------


def _trusted_signers(session: Session) -> dict[str, bytes]:
    return {
        str(s.id): s.signing_public_key
        for s in roster_sites(session)
        if not s.revoked and s.signing_public_key is not None
    }


def _refuse(message: str) -> ValidationError:
    return ValidationError(FIELD, message + " Roster tidak diimpor; tidak ada yang berubah.")


def _same_identity(entry: RosterSite, site: Site) -> bool:
    """The roster's entry has the code and both keys this PC knows the site by."""
    return (entry.code, entry.signing_public, entry.exchange_public) == (
        site.code,
        site.signing_public_key,
        site.exchange_public_key,
    )


def _check_against_held(session: Session, roster: Roster) -> list[str]:
    """A later roster only adds sites and revokes them: what it changes, in words."""
    changes: list[str] = []
    for site in roster_sites(session):
        entry = roster.site(str(site.id))
        if entry is None:
            raise _refuse(f"Loket {site.code} tidak ada di roster ini, padahal terdaftar di sini.")
        if not _same_identity(entry, site):
            raise _refuse(
                f"Kode atau kunci loket {site.code} di roster ini berbeda dengan yang "
                "tercatat di sini: berkas ini bukan roster sah kantor ini."
            )
        if site.revoked and not entry.revoked:
            raise _refuse(f"Roster ini memulihkan loket {site.code} yang sudah dicabut.")
        if entry.revoked and not site.revoked:
            changes.append(f"Loket {site.code} dicabut.")
    return changes


def _trusted(roster: Roster, signers: dict[str, bytes]) -> None:
    try:
        check_roster(roster, signers)
    except ValidationError as exc:
        raise _refuse(exc.message) from None


def _check_trust(session: Session, roster: Roster, actor: Actor) -> bool:
    """Signed by a site this PC trusts, of this office, not older: whether this is the
    PC's first roster (then trusted on first use: self-signed by one of its sites)."""
    held = roster_version(session)
    if held == 0:
        if not actor.has(Role.ADMIN) or actor is SYSTEM:
            raise PermissionDenied(
                "Roster pertama di loket ini menentukan loket mana yang dipercaya, jadi "
                "harus diimpor oleh admin. Masuk sebagai admin (perintah: --as NAMA_ADMIN)."
            )
        _trusted(roster, self_trust(roster))
        return True
    if roster.office_uid != office_uid(session):
        raise _refuse("Roster ini milik kantor lain (kode kantor berbeda).")
    _trusted(roster, _trusted_signers(session))
    if roster.version < held:
        raise _refuse(
            f"Roster ini versi {roster.version}, lebih lama dari versi {held} yang berlaku "
            "di sini. Minta roster terbaru dari loket admin."
        )
    if roster.version == held and roster_bytes(
        dataclasses.replace(roster, signed_by="")
    ) != roster_bytes(_roster_of(session, held)):
        raise _refuse(
            f"Roster ini versi {held} seperti yang berlaku di sini, tetapi isinya berbeda. "
            "Minta loket admin menulis roster versi baru."
        )
    return False


def _check_local_entry(session: Session, roster: Roster) -> None:
    local = local_site(session)
    mine = roster.site(str(local.id))
    if mine is None:
        raise _refuse(
            f"Roster ini tidak memuat loket ini ({local.code}). Kirim permintaan bergabung "
            "ke loket admin dulu (`counterdesk site join-request`), lalu impor roster yang "
            "ditulisnya."
        )
    if not _same_identity(mine, local):
        raise _refuse(
            f"Kunci atau kode loket ini di roster berbeda dengan PC ini ({local.code}). "
            "Buat permintaan bergabung baru dan minta admin menerimanya."
        )


def _plan(session: Session, roster: Roster, actor: Actor) -> tuple[RosterView, bool]:
    """Check ``roster`` against what this PC holds, without writing: the view after the
    import (with what changes), and whether anything changes at all."""
    first_use = _check_trust(session, roster, actor)
    _check_local_entry(session, roster)
    changes = _check_against_held(session, roster)
    for entry in roster.sites:
        _revoked_at(entry)
        if site_by_id(session, entry.id) is None:
            holder = session.scalar(select(Site).where(Site.code == entry.code))
            if holder is not None:
                raise _refuse(
                    f"Kode loket {entry.code} di roster sudah dipakai loket lain di sini."
                )
            changes.append(f"Loket {entry.code} ({entry.name}) ditambahkan.")
    held = roster_version(session)
    if roster.version == held:
        unchanged = ("Roster versi ini sudah berlaku di sini; tidak ada yang berubah.",)
        return _roster_view(session, roster, first_use, unchanged), False
    changes.insert(0, f"Versi roster {held} → {roster.version}.")
    return _roster_view(session, roster, first_use, tuple(changes)), True


def _apply(session: Session, roster: Roster, first_use: bool) -> None:
    for entry in roster.sites:
        site = site_by_id(session, entry.id)
        if site is None:
            site = Site(
                id=uuid.UUID(entry.id),
                code=entry.code,
                is_local=False,
                signing_public_key=entry.signing_public,
                exchange_public_key=entry.exchange_public,
                roster_version=roster.version,
            )
            session.add(site)
        if entry.revoked and not site.revoked:
            site.revoked, site.revoked_at = True, _revoked_at(entry)
            site.roster_version = roster.version
        site.name = entry.name
    local = local_site(session)
    if local.roster_version == 0:
        local.roster_version = roster.version
    _put_setting(session, ROSTER_VERSION_SETTING, str(roster.version))
    _put_setting(session, ROSTER_OFFICE_SETTING, roster.office_name)
    if first_use:
        _put_setting(session, OFFICE_UID_SETTING, roster.office_uid)
    session.flush()


def _read_roster(path: Path) -> Roster:
    try:
        return decode_roster(_read_file(path, "roster"))
    except ValidationError as exc:
        raise _refuse(exc.message) from None


def preview_roster(runtime: Runtime, actor: Actor, path: Path) -> RosterView:
    """What importing the roster file would do (every check, nothing written): the GUI
    shows it, with the signer's fingerprint, before the admin confirms."""
    roster = _read_roster(path)
    with runtime.read(actor) as session:
        return _plan(session, roster, actor)[0]


def import_roster(runtime: Runtime, actor: Actor, path: Path) -> RosterView:
    """Take the roster file in: a PC's first roster is trusted on first use (admin only;
    its signer's fingerprint is in the view to compare by phone); later ones must be
    signed by an unrevoked site of the roster held here and carry a higher version. A
    refused roster changes nothing; the same version again changes nothing."""
    roster = _read_roster(path)
    with runtime.unit(actor) as session:
        ensure_site_keys(session)
        view, changes = _plan(session, roster, actor)
        if changes:
            _apply(session, roster, view.first_use)
            audit.record(
                session,
                actor,
                "roster.imported",
                entity="roster",
                entity_id=str(roster.version),
                detail={
                    "version": roster.version,
                    "signed_by": view.signed_by_code,
                    "signing_key": view.signed_by_fingerprint,
                    "first_use": view.first_use,
                    "changes": list(view.changes),
                },
            )
        return view
