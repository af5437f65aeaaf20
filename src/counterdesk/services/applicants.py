"""Applicants: register a person (NIK) or a business (NIB), find a returning one as
you type, refuse duplicates with a pointer to the record that exists."""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Literal, TypeVar

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from counterdesk.domain.errors import ConflictError, NotFound, ValidationError, ValidationErrors
from counterdesk.domain.formatting import format_date_short
from counterdesk.domain.identity import (
    nik_warnings,
    normalize_phone,
    parse_nik,
    parse_nip,
    validate_email,
    validate_nib,
)
from counterdesk.domain.roles import Role
from counterdesk.services import audit
from counterdesk.services.context import Actor, require_role
from counterdesk.services.setup import store_blob
from counterdesk.store.models import Applicant, ApplicantToken, Blob
from counterdesk.store.search_index import words

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime

T = TypeVar("T")
PHOTO_SIZE = (300, 400)  # 3×4, enough for a CR80 card at 300 dpi
SEARCH_LIMIT = 20


class DuplicateApplicant(ConflictError):
    """A NIK or NIB that is registered already; ``existing_id`` opens that record."""

    def __init__(self, message: str, existing_id: uuid.UUID) -> None:
        super().__init__(message)
        self.existing_id = existing_id


@dataclass(frozen=True)
class PersonInput:
    nik: str
    name: str
    birth_place: str = ""
    birth_date: date | None = None
    sex: Literal["L", "P", ""] = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    nip: str = ""
    agency: str = ""
    photo: bytes | None = None  # any image Pillow reads; cropped to 3×4


@dataclass(frozen=True)
class BusinessInput:
    nib: str
    name: str
    kbli: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    contact_person: str = ""


@dataclass(frozen=True)
class Saved:
    applicant: Applicant
    warnings: list[str] = field(default_factory=list)  # shown, never blocking


def _collect(errors: list[ValidationError], field_name: str, check: Callable[[], T]) -> T | None:
    """Run one field's check; a failure is collected under the form's field name."""
    try:
        return check()
    except ValidationError as exc:
        errors.append(ValidationError(field_name, exc.message))
        return None


def _common(errors: list[ValidationError], name: str, phone: str, email: str) -> tuple[str, str]:
    if not name.strip():
        errors.append(ValidationError("name", "Nama wajib diisi, sesuai KTP atau akta."))
    phone_ok = _collect(errors, "phone", lambda: normalize_phone(phone)) if phone.strip() else ""
    email_ok = _collect(errors, "email", lambda: validate_email(email)) if email.strip() else ""
    return phone_ok or "", email_ok or ""


def _photo(data: bytes) -> tuple[bytes, str]:
    """Centre-crop to 3×4, resize, JPEG: the same photo always gives the same hash."""
    from PIL import Image, ImageOps, UnidentifiedImageError  # at the first photo, not at start

    try:
        image = ImageOps.exif_transpose(Image.open(io.BytesIO(data))).convert("RGB")
    except (UnidentifiedImageError, OSError) as exc:
        raise ValidationError(
            "photo", "Berkas foto tidak terbaca; pilih gambar JPG atau PNG."
        ) from exc
    fitted = ImageOps.fit(image, PHOTO_SIZE, method=Image.Resampling.LANCZOS)
    out = io.BytesIO()
    fitted.save(out, "JPEG", quality=88, optimize=True)
    return out.getvalue(), "image/jpeg"


def _check_unique(
    session: Session, column: object, value: str, label: str, exclude: uuid.UUID | None
) -> None:
    existing = session.scalar(select(Applicant).where(column == value))  # type: ignore[arg-type]
    if existing is not None and existing.id != exclude:
        raise DuplicateApplicant(
            f"{label} {value} sudah terdaftar atas nama {existing.name}. "
            "Pilih pemohon tersebut; jangan mendaftarkannya lagi.",
            existing.id,
        )


def register_person(
    session: Session, actor: Actor, data: PersonInput, *, applicant_id: uuid.UUID | None = None
) -> Saved:
    """Create (or, with ``applicant_id``, update) a person."""
    require_role(actor, Role.OFFICER, Role.SUPERVISOR)
    errors: list[ValidationError] = []
    info = _collect(errors, "nik", lambda: parse_nik(data.nik))
    phone, email = _common(errors, data.name, data.phone, data.email)
    if data.nip.strip():
        _collect(errors, "nip", lambda: parse_nip(data.nip))
    if data.sex not in ("L", "P", ""):
        errors.append(ValidationError("sex", "Jenis kelamin: L atau P."))
    photo = None
    if data.photo:
        photo = _collect(errors, "photo", lambda: _photo(data.photo or b""))
    if errors:
        raise ValidationErrors(errors)
    assert info is not None
    nik = info.nik
    _check_unique(session, Applicant.nik, nik, "NIK", applicant_id)
    applicant = _load(session, applicant_id) if applicant_id else Applicant(kind="person")
    applicant.nik = nik
    applicant.name = " ".join(data.name.split())
    applicant.birth_place = data.birth_place.strip()
    applicant.birth_date = data.birth_date
    applicant.sex = data.sex or info.sex
    applicant.address = data.address.strip()
    applicant.phone, applicant.email = phone, email
    applicant.nip = data.nip.strip()
    applicant.agency = data.agency.strip()
    if photo is not None:
        blob_bytes, mime = photo
        applicant.photo_sha256 = store_blob(session, blob_bytes, mime)
    return _saved(
        session,
        actor,
        applicant,
        applicant_id is None,
        nik_warnings(info, data.birth_date, data.sex or None),
    )


def register_business(
    session: Session, actor: Actor, data: BusinessInput, *, applicant_id: uuid.UUID | None = None
) -> Saved:
    require_role(actor, Role.OFFICER, Role.SUPERVISOR)
    errors: list[ValidationError] = []
    nib = _collect(errors, "nib", lambda: validate_nib(data.nib))
    phone, email = _common(errors, data.name, data.phone, data.email)
    kbli = data.kbli.strip()
    if kbli and not (kbli.isdigit() and len(kbli) == 5):
        errors.append(ValidationError("kbli", f"KBLI harus 5 angka; yang diketik '{kbli}'."))
    if errors:
        raise ValidationErrors(errors)
    _check_unique(session, Applicant.nib, str(nib), "NIB", applicant_id)
    applicant = _load(session, applicant_id) if applicant_id else Applicant(kind="business")
    applicant.nib = str(nib)
    applicant.name = " ".join(data.name.split())
    applicant.kbli = kbli
    applicant.address = data.address.strip()
    applicant.phone, applicant.email = phone, email
    applicant.contact_person = data.contact_person.strip()
    return _saved(session, actor, applicant, applicant_id is None, [])


def register_contact(
    session: Session, actor: Actor, name: str, *, phone: str = "", email: str = ""
) -> Saved:
    """A requester known only by name and contact (web-chat, social media, e-mail)."""
    require_role(actor, Role.OFFICER, Role.SUPERVISOR)
    errors: list[ValidationError] = []
    phone_ok, email_ok = _common(errors, name, phone, email)
    if not (phone.strip() or email.strip()):
        errors.append(
            ValidationError("phone", "Isi nomor telepon atau surel agar jawaban dapat dikirim.")
        )
    if errors:
        raise ValidationErrors(errors)
    applicant = Applicant(
        kind="contact", name=" ".join(name.split()), phone=phone_ok, email=email_ok
    )
    return _saved(session, actor, applicant, True, [])


def _load(session: Session, applicant_id: uuid.UUID) -> Applicant:
    applicant = session.get(Applicant, applicant_id)
    if applicant is None:
        raise NotFound("Data pemohon tidak ditemukan; mungkin sudah dihapus.")
    return applicant


def _saved(
    session: Session, actor: Actor, applicant: Applicant, new: bool, warnings: list[str]
) -> Saved:
    session.add(applicant)
    session.flush()
    audit.record(
        session,
        actor,
        "applicant.created" if new else "applicant.updated",
        entity="applicant",
        entity_id=str(applicant.id),
        detail={"name": applicant.name, "warnings": warnings},
    )
    return Saved(applicant, warnings)


def get(session: Session, applicant_id: uuid.UUID) -> Applicant:
    return _load(session, applicant_id)


def photo(session: Session, applicant: Applicant) -> bytes | None:
    if not applicant.photo_sha256:
        return None
    blob = session.get(Blob, applicant.photo_sha256)
    return blob.data if blob else None


def _prefix_range(prefix: str) -> tuple[str, str]:
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


def search(session: Session, text: str, *, limit: int = SEARCH_LIMIT) -> list[Applicant]:
    """Applicants whose name words, NIK/NIB or phone start with every typed word.

    The longest word drives an index range scan; the others filter that set. The scan
    stops as soon as ``limit`` applicants are found: token rows are read in index order, a
    page at a time, and the applicants loaded by id. (``SELECT DISTINCT applicant.* …
    LIMIT`` streamed on SQLite, but PostgreSQL sorted every match first: 0.7 s for "bu"
    among 1,000,000 applicants.)
    """
    typed = words(text.replace("+62", "0"))
    if not typed:
        return []
    typed.sort(key=len, reverse=True)
    lo, hi = _prefix_range(typed[0])
    token = ApplicantToken.__table__.alias("token")
    matching = (
        select(token.c.applicant_id)
        .where(token.c.token >= lo, token.c.token < hi)
        .order_by(token.c.token, token.c.applicant_id)
    )
    for extra in typed[1:]:
        t = ApplicantToken.__table__.alias()
        elo, ehi = _prefix_range(extra)
        matching = matching.where(
            select(t.c.token)
            .where(
                and_(t.c.applicant_id == token.c.applicant_id, t.c.token >= elo, t.c.token < ehi)
            )
            .exists()
        )
    found: dict[uuid.UUID, None] = {}
    page = limit * 2
    offset = 0
    while len(found) < limit:
        ids = list(session.scalars(matching.limit(page).offset(offset)))
        found.update(dict.fromkeys(ids))
        if len(ids) < page:
            break
        offset += page
    wanted = list(found)[:limit]
    if not wanted:
        return []
    loaded = {a.id: a for a in session.scalars(select(Applicant).where(Applicant.id.in_(wanted)))}
    return [loaded[i] for i in wanted if i in loaded]


# --- what the screens get: plain data, one call each ------------------------------------


def identity_of(applicant: Applicant) -> tuple[str, str]:
    """``("NIK", "3174…")``, ``("NIB", "9120…")`` or ``("", "")`` for a contact."""
    if applicant.nik:
        return "NIK", applicant.nik
    if applicant.nib:
        return "NIB", applicant.nib
    return "", ""


@dataclass(frozen=True, slots=True)
class ApplicantCard:
    """An applicant as plain data: a search result, the picked applicant, the detail."""

    id: uuid.UUID
    kind: str  # person | business | contact
    name: str
    id_label: str  # NIK, NIB or ""
    id_number: str
    phone: str
    email: str
    details: tuple[str, ...]  # born, agency, KBLI, contact person, address

    @classmethod
    def of(cls, applicant: Applicant) -> ApplicantCard:
        label, number = identity_of(applicant)
        born = ", ".join(
            part
            for part in (
                applicant.birth_place,
                format_date_short(applicant.birth_date) if applicant.birth_date else "",
            )
            if part
        )
        details = (
            f"Lahir: {born}" if born else "",
            f"Instansi: {applicant.agency}" if applicant.agency else "",
            f"KBLI: {applicant.kbli}" if applicant.kbli else "",
            f"Narahubung: {applicant.contact_person}" if applicant.contact_person else "",
            f"Alamat: {applicant.address}" if applicant.address else "",
        )
        return cls(
            applicant.id,
            applicant.kind,
            applicant.name,
            label,
            number,
            applicant.phone,
            applicant.email,
            tuple(d for d in details if d),
        )

    @property
    def identity(self) -> str:
        return f"{self.id_label} {self.id_number}" if self.id_number else ""

    @property
    def contact(self) -> str:
        return " · ".join(part for part in (self.phone, self.email) if part)

    def line(self) -> str:
        """One line in a result list: ``Budi Santoso — NIK 3174… — 0812…``."""
        return " — ".join(part for part in (self.name, self.identity, self.contact) if part)

    def summary(self) -> str:
        """Several lines for the picked-applicant card."""
        return "\n".join(
            part for part in (self.name, self.identity, self.contact, *self.details) if part
        )


@dataclass(frozen=True, slots=True)
class PickedApplicant:
    card: ApplicantCard
    photo: bytes | None  # the stored 3×4 JPEG of a person, if any


@dataclass(frozen=True, slots=True)
class FieldWarning:
    """Shown at ``field``; never blocks saving."""

    field: str
    message: str


def find(runtime: Runtime, actor: Actor, text: str) -> tuple[ApplicantCard, ...]:
    """Search as you type (see ``search``)."""
    if not text.strip():
        return ()
    with runtime.read(actor) as session:
        return tuple(ApplicantCard.of(a) for a in search(session, text))


def pick(runtime: Runtime, actor: Actor, applicant_id: uuid.UUID) -> PickedApplicant:
    """A returning applicant, with the photo the picked card shows."""
    with runtime.read(actor) as session:
        applicant = _load(session, applicant_id)
        return PickedApplicant(ApplicantCard.of(applicant), photo(session, applicant))


def person_warnings(
    nik: str, birth_date: date | None, sex: Literal["L", "P", ""] = ""
) -> tuple[FieldWarning, ...]:
    """What the NIK says against the birth date and sex typed, each at its field (a NIK
    not complete or not valid yet gives none: its error comes when saving)."""
    try:
        info = parse_nik(nik)
    except ValidationError:
        return ()
    return tuple(
        FieldWarning(field_name, message)
        for field_name, message in (
            *(("birth_date", w) for w in nik_warnings(info, birth_date, None)),
            *(("sex", w) for w in nik_warnings(info, None, sex or None)),
        )
    )
