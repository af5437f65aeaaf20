"""First-run set-up of an office: profile, the local counter (site), the first admin."""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from counterdesk.domain.errors import ConflictError, ValidationError, ValidationErrors
from counterdesk.domain.formatting import ZONES
from counterdesk.domain.ids import uuid7
from counterdesk.domain.numbers import validate_counter_code
from counterdesk.domain.roles import Role
from counterdesk.services import accounts, audit
from counterdesk.services.context import SYSTEM, Actor, require_role
from counterdesk.store.models import Blob, Office, Setting, Site, User

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime

LOCAL_SITE_KEY = "site.local_id"
LOGO_MAX_BYTES = 2_000_000


@dataclass(frozen=True)
class OfficeSetup:
    office_name: str
    unit: str
    address: str
    timezone: str  # an IANA name: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)
    counter_code: str
    signatory_name: str
    signatory_title: str
    signatory_nip: str
    admin_username: str
    admin_full_name: str
    admin_password: str
    logo_path: Path | None = None
    phone: str = ""
    email: str = ""
    cuti_bersama_closes: bool = True


def is_initialized(session: Session) -> bool:
    return session.get(Office, 1) is not None


def get_office(session: Session) -> Office:
    office = session.get(Office, 1)
    if office is None:
        raise ConflictError(
            "Kantor belum disiapkan. Jalankan wizard penyiapan atau `counterdesk init`."
        )
    return office


def local_site(session: Session) -> Site:
    setting = session.get(Setting, LOCAL_SITE_KEY)
    site = session.get(Site, uuid.UUID(setting.value)) if setting else None
    if site is None:
        raise ConflictError("Loket lokal belum disiapkan. Jalankan `counterdesk init`.")
    return site


@dataclass(frozen=True, slots=True)
class OfficeInfo:
    """What every screen shows of the office: its name, zone, this counter, idle lock."""

    name: str
    unit: str
    timezone: str
    counter_code: str
    idle_lock_minutes: int


def office_info(runtime: Runtime) -> OfficeInfo:
    with runtime.read() as session:
        office = get_office(session)
        return OfficeInfo(
            name=office.name,
            unit=office.unit,
            timezone=office.timezone,
            counter_code=local_site(session).code,
            idle_lock_minutes=office.idle_lock_minutes,
        )


def _validate(data: OfficeSetup) -> list[ValidationError]:
    errors: list[ValidationError] = []

    def need(field: str, value: str, label: str) -> None:
        if not value.strip():
            errors.append(ValidationError(field, f"{label} wajib diisi."))

    need("office_name", data.office_name, "Nama kantor")
    need("address", data.address, "Alamat kantor")
    need("signatory_name", data.signatory_name, "Nama penandatangan")
    need("signatory_title", data.signatory_title, "Jabatan penandatangan")
    need("admin_full_name", data.admin_full_name, "Nama lengkap admin")
    if data.timezone not in ZONES:
        errors.append(ValidationError("timezone", "Zona waktu harus WIB, WITA atau WIT."))
    checks: dict[str, Callable[[], str]] = {
        "counter_code": lambda: validate_counter_code(data.counter_code),
        "signatory_nip": lambda: _check_nip(data.signatory_nip),
    }
    for field, check in checks.items():
        try:
            check()
        except ValidationError as exc:
            errors.append(ValidationError(field, exc.message))
    if data.logo_path is not None:
        if not data.logo_path.is_file():
            errors.append(
                ValidationError("logo_path", f"Berkas logo '{data.logo_path}' tidak ada.")
            )
        elif data.logo_path.stat().st_size > LOGO_MAX_BYTES:
            errors.append(ValidationError("logo_path", "Berkas logo terlalu besar (maks. 2 MB)."))
    return errors


def _check_nip(nip: str) -> str:
    """The NIP as stored: 18 digits without grouping spaces, or empty when none given."""
    if not nip.strip():
        return ""
    from counterdesk.domain.identity import parse_nip

    return parse_nip(nip).nip


def store_blob(session: Session, data: bytes, mime: str) -> str:
    digest = hashlib.sha256(data).hexdigest()
    if session.get(Blob, digest) is None:
        session.add(Blob(sha256=digest, mime=mime, data=data))
        session.flush()  # rows point at it by hash alone, with no relationship to order by
    return digest


def initialize(session: Session, data: OfficeSetup) -> User:
    """Create the office, the local site and the first admin in one transaction."""
    if is_initialized(session):
        raise ConflictError("Kantor sudah disiapkan di database ini.")
    errors = _validate(data)
    if errors:
        raise ValidationErrors(errors)
    logo_hash = None
    if data.logo_path is not None:
        suffix = data.logo_path.suffix.lower().lstrip(".")
        mime = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg"}.get(suffix)
        if mime is None:
            raise ValidationErrors(
                [ValidationError("logo_path", "Logo harus berkas PNG atau JPG.")]
            )
        logo_hash = store_blob(session, data.logo_path.read_bytes(), mime)
    office = Office(
        id=1,
        name=data.office_name.strip(),
        unit=data.unit.strip(),
        address=data.address.strip(),
        timezone=data.timezone,
        phone=data.phone.strip(),
        email=data.email.strip(),
        logo_sha256=logo_hash,
        signatory_name=data.signatory_name.strip(),
        signatory_title=data.signatory_title.strip(),
        signatory_nip=_check_nip(data.signatory_nip),
        cuti_bersama_closes=data.cuti_bersama_closes,
    )
    site = Site(
        id=uuid7(), code=validate_counter_code(data.counter_code), name="Loket utama", is_local=True
    )
    session.add_all([office, site, Setting(key=LOCAL_SITE_KEY, value=str(site.id))])
    session.flush()
    from counterdesk.services.sites import ensure_site_keys  # sites imports this module

    ensure_site_keys(session)
    admin = accounts.create_user(
        session,
        SYSTEM,
        accounts.NewUser(
            username=data.admin_username,
            full_name=data.admin_full_name,
            roles=frozenset({Role.ADMIN}),
            password=data.admin_password,
        ),
    )
    audit.record(
        session,
        SYSTEM,
        "office.initialized",
        entity="office",
        entity_id="1",
        detail={"office": office.name, "counter": site.code},
    )
    return admin


_TIME = re.compile(r"^([01]\d|2[0-3])[.:]([0-5]\d)$")
EDITABLE_OFFICE_FIELDS = frozenset(
    {
        "name",
        "unit",
        "address",
        "timezone",
        "phone",
        "email",
        "signatory_name",
        "signatory_title",
        "signatory_nip",
        "cuti_bersama_closes",
        "opening_time",
        "closing_time",
        "idle_lock_minutes",
    }
)


def _validate_office_fields(fields: dict[str, object]) -> list[ValidationError]:
    errors: list[ValidationError] = []
    for key in ("name", "address", "signatory_name", "signatory_title"):
        if key in fields and not str(fields[key]).strip():
            errors.append(ValidationError(key, "Kolom ini wajib diisi."))
    if "timezone" in fields and fields["timezone"] not in ZONES:
        errors.append(ValidationError("timezone", "Zona waktu harus WIB, WITA atau WIT."))
    if "signatory_nip" in fields:
        try:
            _check_nip(str(fields["signatory_nip"]))
        except ValidationError as exc:
            errors.append(ValidationError("signatory_nip", exc.message))
    for key in ("opening_time", "closing_time"):
        if key in fields and not _TIME.match(str(fields[key])):
            errors.append(ValidationError(key, "Tulis jam sebagai JJ.MM, misalnya 08.00."))
    opening = str(fields.get("opening_time", "")).replace(":", ".")
    closing = str(fields.get("closing_time", "")).replace(":", ".")
    if _TIME.match(opening) and _TIME.match(closing) and opening >= closing:
        errors.append(ValidationError("closing_time", "Jam tutup harus setelah jam buka."))
    minutes = fields.get("idle_lock_minutes")
    if minutes is not None and (not isinstance(minutes, int) or not 1 <= minutes <= 120):
        errors.append(ValidationError("idle_lock_minutes", "Kunci layar: antara 1 dan 120 menit."))
    return errors


def update_office(session: Session, actor: Actor, **fields: object) -> Office:
    """Change the office profile; every field is checked before anything is written."""
    require_role(actor, Role.ADMIN)
    office = get_office(session)
    unknown = set(fields) - EDITABLE_OFFICE_FIELDS
    if unknown:
        raise ValidationError(sorted(unknown)[0], "Kolom ini tidak dapat diubah di sini.")
    merged: dict[str, object] = {
        "opening_time": office.opening_time,
        "closing_time": office.closing_time,
    }
    merged.update(fields)
    errors = _validate_office_fields(merged)
    if errors:
        raise ValidationErrors(errors)
    changed = {}
    for key, value in fields.items():
        if key == "signatory_nip":  # shown grouped (19800101 200501 1 001), kept as digits
            value = _check_nip(str(value))
        elif isinstance(value, str):
            value = value.strip().replace(":", ".") if key.endswith("_time") else value.strip()
        if getattr(office, key) != value:
            setattr(office, key, value)
            changed[key] = value
    if changed:
        audit.record(
            session, actor, "office.updated", entity="office", entity_id="1", detail=changed
        )
    return office


def users_exist(session: Session) -> bool:
    return session.scalar(select(User.id).limit(1)) is not None


# --- the GUI's use cases: one service call each, in its own unit ------------------------


@dataclass(frozen=True, slots=True)
class OfficeProfile:
    """Admin › Profil kantor: the editable office fields and this PC's counter code."""

    name: str
    unit: str
    address: str
    phone: str
    email: str
    timezone: str
    signatory_name: str
    signatory_title: str
    signatory_nip: str
    cuti_bersama_closes: bool
    opening_time: str
    closing_time: str
    idle_lock_minutes: int
    counter_code: str


def office_profile(runtime: Runtime, actor: Actor) -> OfficeProfile:
    with runtime.read(actor) as session:
        office = get_office(session)
        return _profile(office, local_site(session).code)


def _profile(office: Office, counter_code: str) -> OfficeProfile:
    return OfficeProfile(
        name=office.name,
        unit=office.unit,
        address=office.address,
        phone=office.phone,
        email=office.email,
        timezone=office.timezone,
        signatory_name=office.signatory_name,
        signatory_title=office.signatory_title,
        signatory_nip=office.signatory_nip,
        cuti_bersama_closes=office.cuti_bersama_closes,
        opening_time=office.opening_time,
        closing_time=office.closing_time,
        idle_lock_minutes=office.idle_lock_minutes,
        counter_code=counter_code,
    )


def save_office_profile(runtime: Runtime, actor: Actor, **fields: object) -> OfficeProfile:
    """``update_office`` in its own unit; returns the profile as saved."""
    with runtime.unit(actor) as session:
        office = update_office(session, actor, **fields)
        return _profile(office, local_site(session).code)


def set_up_office(runtime: Runtime, data: OfficeSetup) -> str:
    """The first-run wizard's "Selesai": office, counter and first admin in one unit.
    Returns the admin's username (normalised), to fill in on the login screen."""
    with runtime.unit() as session:
        return initialize(session, data).username
