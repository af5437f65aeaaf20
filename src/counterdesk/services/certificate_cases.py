"""Certificate cases of seed 000: correction (*ralat*), lost certificate (*surat keterangan
pengganti*) and legalisation, each on a certificate in the registry (issued here or
entered as historic), through the two-layer check — "dicek minimal dua lapis: pelaksana
dan pimpinan sebagai penandatangan".

``requested`` → ``check`` by an officer (first layer) → ``approve`` by a supervisor with
their own password (second layer; never the first-layer person: refused *and* audited,
like verification's ``SelfApproval``) → the letter or the stamp labels. ``refuse`` with a
reason at either layer. Only approval changes the registry: a correction writes both
values of each field to ``certificate_change`` and the certificate shows the new ones; a
lost certificate becomes ``replaced``; a legalisation numbers each copy.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import case as sql_case
from sqlalchemy import select
from sqlalchemy.orm import Session

from counterdesk.domain import numbers
from counterdesk.domain.errors import (
    ConflictError,
    NotFound,
    SelfApproval,
    ValidationError,
    ValidationErrors,
)
from counterdesk.domain.formatting import format_date_long, to_zone
from counterdesk.domain.letter_numbers import CORRECTION, LEGALISATION, REPLACEMENT
from counterdesk.domain.roles import Role
from counterdesk.services import audit
from counterdesk.services.applications import office_day
from counterdesk.services.context import Actor, require_role
from counterdesk.services.letters import next_letter_number
from counterdesk.services.minutes import AMENDED, DRAFT, amended_by, get_minutes
from counterdesk.services.numbering import next_number
from counterdesk.services.registry_entry import parse_date_text, serial_key, taken_serials
from counterdesk.services.verification import confirm_signer
from counterdesk.store.base import utcnow
from counterdesk.store.models import (
    Application,
    Certificate,
    CertificateCase,
    CertificateChange,
    InterviewMinutes,
    Legalisation,
    User,
)

if TYPE_CHECKING:
    from counterdesk.documents.case_letters import (
        CertificateRef,
        CorrectionLetter,
        ReplacementLetter,
    )
    from counterdesk.documents.legalisation_label import LegalisationStamp
    from counterdesk.documents.signers import Signer
    from counterdesk.services.runtime import Runtime

KIND_CORRECTION, KIND_LOST, KIND_LEGALISATION = "correction", "lost", "legalisation"
KIND_LABELS: dict[str, str] = {
    KIND_CORRECTION: "Ralat sertifikat",
    KIND_LOST: "Sertifikat hilang (surat pengganti)",
    KIND_LEGALISATION: "Legalisasi sertifikat",
}
REQUESTED, CHECKED, APPROVED, REFUSED = "requested", "checked", "approved", "refused"
STATUS_LABELS: dict[str, str] = {
    REQUESTED: "Diajukan — menunggu pemeriksaan petugas (lapis 1)",
    CHECKED: "Diperiksa — menunggu persetujuan pimpinan (lapis 2)",
    APPROVED: "Disetujui",
    REFUSED: "Ditolak",
}
OPEN = (REQUESTED, CHECKED)
CERTIFICATE_STATUS_LABELS: dict[str, str] = {
    "issued": "terbit",
    "handed_over": "diserahkan",
    "lost": "hilang",
    "replaced": "diganti (sertifikat hilang)",
    "revoked": "dicabut",
    "voided": "dibatalkan",
    "void": "dibatalkan",
}
# What a correction may change, and where the value lives.
CORRECTABLE: dict[str, str] = {
    "name": "Nama",
    "birth_place": "Tempat lahir",
    "birth_date": "Tanggal lahir",
    "title": "Judul sertifikat",
}
MAX_COPIES = 20

# --- plain data for the screens ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str  # name | birth_place | birth_date | title
    label: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class CertificateInfo:
    """A registry certificate as a case form shows it, and the values a correction may
    change (before)."""

    serial: str
    title: str
    holder_name: str
    holder_nik: str
    issued_on: dt.date
    valid_until: dt.date | None
    status: str
    status_label: str
    historic: bool
    fields: tuple[FieldChange, ...]  # before == after == the stored value
    minutes_numbers: tuple[str, ...]  # the holder's signed minutes, newest first


@dataclass(frozen=True, slots=True)
class CaseView:
    number: str
    kind: str
    kind_label: str
    status: str
    status_label: str
    serial: str
    certificate_title: str
    certificate_status: str
    holder_name: str
    holder_nik: str
    minutes_number: str
    fields: tuple[FieldChange, ...]
    police_report_number: str
    police_report_on: dt.date | None
    copies: int
    legalisation_numbers: tuple[str, ...]
    letter_number: str
    letter_on: dt.date | None
    requested_by: str
    requested_at: dt.datetime
    checked_by: str
    checked_at: dt.datetime | None
    approved_by: str
    approved_at: dt.datetime | None
    refused_by: str
    refused_at: dt.datetime | None
    reason: str
    can_check: bool  # first layer is next
    can_approve: bool  # second layer is next (the service still refuses the checker)
    can_refuse: bool
    can_print: bool  # approved: the letter or the labels exist


@dataclass(frozen=True, slots=True)
class CaseRow:
    number: str
    kind: str
    kind_label: str
    serial: str
    holder: str
    status: str
    status_label: str
    requested_at: dt.datetime
    letter_number: str


# --- looking up ---------------------------------------------------------------------------


def find_certificate(session: Session, serial: str) -> Certificate:
    """A registry certificate by serial, typed with any case and spacing."""
    typed = serial.strip()
    if not typed:
        raise ValidationError("serial", "Ketik atau pindai nomor sertifikat.")
    cert = session.scalar(select(Certificate).where(Certificate.serial == typed.upper()))
    if cert is None:
        stored = taken_serials(session, [serial_key(typed)]).get(serial_key(typed))
        if stored is not None:
            cert = session.scalar(select(Certificate).where(Certificate.serial == stored.serial))
    if cert is None:
        raise NotFound(
            f"Sertifikat nomor {typed} tidak ada di database sertifikat. Periksa nomornya; "
            "sertifikat lama (kertas) dicatat dulu lewat Input Database."
        )
    return cert


def get_case(session: Session, number: str) -> CertificateCase:
    typed = number.strip()
    found = session.scalar(
        select(CertificateCase).where(
            CertificateCase.number.in_({typed, typed.upper()})
            | CertificateCase.letter_number.in_({typed, typed.upper()})
        )
    )
    if found is None:
        raise NotFound(
            f"Permohonan {typed} (ralat, pengganti, legalisasi) tidak ditemukan di loket ini; "
            "periksa nomornya."
        )
    return found


def _status_label(cert: Certificate) -> str:
    return CERTIFICATE_STATUS_LABELS.get(cert.status, cert.status)


def _require_issued(cert: Certificate, what: str) -> None:
    if cert.status not in ("issued", "handed_over"):  # valid, at the counter or the holder's
        raise ConflictError(
            f"Sertifikat {cert.serial} berstatus {_status_label(cert)}, jadi {what} tidak "
            "dapat diajukan. Periksa riwayat sertifikat di database; bila statusnya keliru, "
            "hubungi atasan."
        )


def _open_case(session: Session, cert: Certificate, kind: str) -> CertificateCase | None:
    return session.scalar(
        select(CertificateCase)
        .where(
            CertificateCase.certificate_id == cert.id,
            CertificateCase.kind == kind,
            CertificateCase.status.in_(OPEN),
        )
        .limit(1)
    )


def _refuse_open(session: Session, cert: Certificate, kind: str) -> None:
    open_case = _open_case(session, cert, kind)
    if open_case is not None:
        raise ConflictError(
            f"Sertifikat {cert.serial} sudah punya permohonan {KIND_LABELS[kind].lower()} "
            f"yang belum selesai: {open_case.number} "
            f"({STATUS_LABELS[open_case.status].split(' — ')[0].lower()}). Selesaikan atau "
            "tolak permohonan itu dulu."
        )


def _signed_minutes(
    session: Session, number: str, case_type: str, cert: Certificate
) -> InterviewMinutes:
    """The minutes a correction or a replacement rests on: signed, of that case type,
    about that certificate's holder."""
    field = "minutes_number"
    if not number.strip():
        raise ValidationError(
            field,
            "Berita acara wawancara wajib: wawancarai pemohon, tandatangani berita acaranya, "
            "lalu pilih nomornya di sini.",
        )
    try:
        minutes = get_minutes(session, number)
    except NotFound as exc:
        raise ValidationError(field, exc.message) from None
    if minutes.status == DRAFT:
        raise ValidationError(
            field,
            f"Berita acara {minutes.number} masih draf; tandatangani dulu di tab Berita Acara.",
        )
    if minutes.status == AMENDED:
        newer = amended_by(session, minutes)
        raise ValidationError(
            field,
            f"Berita acara {minutes.number} sudah diubah dengan BA perubahan {newer}; "
            "pakai BA perubahan itu (setelah ditandatangani).",
        )
    if minutes.case_type != case_type:
        from counterdesk.services.minutes import CASE_LABELS

        raise ValidationError(
            field,
            f"Berita acara {minutes.number} untuk perkara "
            f"'{CASE_LABELS.get(minutes.case_type, minutes.case_type)}', bukan "
            f"'{CASE_LABELS[case_type]}'; pilih berita acara wawancara yang sesuai.",
        )
    app = session.get(Application, minutes.application_id)
    if app is None or app.applicant_id != cert.applicant_id:
        raise ValidationError(
            field,
            f"Berita acara {minutes.number} bukan wawancara pemegang sertifikat {cert.serial} "
            f"({cert.applicant.name}); pilih berita acara wawancara pemegangnya.",
        )
    about = str(minutes.content.get("certificate_serial", ""))
    if about and about != cert.serial:
        raise ValidationError(
            field,
            f"Berita acara {minutes.number} membahas sertifikat {about}, bukan {cert.serial}.",
        )
    return minutes


# --- corrections: what may change and how it reads --------------------------------------------


def _current(cert: Certificate, field: str) -> str:
    holder = cert.applicant
    if field == "name":
        return holder.name
    if field == "birth_place":
        return holder.birth_place
    if field == "birth_date":
        return format_date_long(holder.birth_date) if holder.birth_date else ""
    return cert.title


def _field_code(typed: str) -> str:
    wanted = typed.strip().casefold()
    for code, label in CORRECTABLE.items():
        if wanted in (code, label.casefold()):
            return code
    raise ValidationError(
        "fields",
        f"Isian '{typed}' tidak dapat diralat; yang dapat diralat: "
        + ", ".join(CORRECTABLE.values())
        + ".",
    )


def _corrections(cert: Certificate, fields: Sequence[tuple[str, str]]) -> list[dict[str, str]]:
    """(field, new value) pairs checked against the registry: each names a field once,
    has a new value, and differs from what is stored."""
    if not fields:
        raise ValidationError(
            "fields", "Pilih minimal satu isian yang diralat dan tulis nilai yang benar."
        )
    errors: list[ValidationError] = []
    seen: set[str] = set()
    rows: list[dict[str, str]] = []
    for typed, new in fields:
        try:
            code = _field_code(typed)
        except ValidationError as exc:
            errors.append(exc)
            continue
        label = CORRECTABLE[code]
        after = " ".join(new.split())
        value = after
        if code in seen:
            errors.append(ValidationError("fields", f"{label} disebut dua kali; tulis sekali."))
            continue
        seen.add(code)
        if not after:
            errors.append(ValidationError("fields", f"Tulis {label.lower()} yang benar."))
            continue
        if code == "birth_date":
            try:
                day = parse_date_text("fields", after)
            except ValidationError as exc:
                errors.append(exc)
                continue
            if day >= cert.issued_on:
                errors.append(
                    ValidationError(
                        "fields",
                        f"Tanggal lahir {format_date_long(day)} tidak sebelum tanggal terbit "
                        "sertifikat; periksa tahunnya.",
                    )
                )
                continue
            after, value = format_date_long(day), day.isoformat()
        before = _current(cert, code)
        if after == before:
            errors.append(
                ValidationError(
                    "fields",
                    f"{label} yang baru sama dengan yang tercatat ('{before}'); tidak ada yang "
                    "diralat.",
                )
            )
            continue
        rows.append(
            {"field": code, "label": label, "before": before, "after": after, "value": value}
        )
    if errors:
        raise ValidationErrors(errors)
    return rows


def _apply_correction(
    session: Session, actor: Actor, case: CertificateCase, cert: Certificate
) -> None:
    holder = cert.applicant
    now = utcnow()
    for row in case.fields:
        field, value = row["field"], row["value"]
        if field == "name":
            holder.name = value
        elif field == "birth_place":
            holder.birth_place = value
        elif field == "birth_date":
            holder.birth_date = dt.date.fromisoformat(value)
        else:
            cert.title = value
        session.add(
            CertificateChange(
                certificate_id=cert.id,
                case_id=case.id,
                field=field,
                label=row["label"],
                before=row["before"],
                after=row["after"],
                changed_by_id=actor.user_id,
                changed_by_name=actor.full_name,
                changed_at=now,
            )
        )


# --- requests (session level) ------------------------------------------------------------------


def _new_case(session: Session, actor: Actor, kind: str, cert: Certificate) -> CertificateCase:
    today = office_day(session, utcnow())
    case = CertificateCase(
        number=next_number(session, numbers.LETTER, today.year),
        kind=kind,
        certificate_id=cert.id,
        status=REQUESTED,
        requested_by_id=actor.user_id,
        requested_at=utcnow(),
        fields=[],
        copies=0,
        police_report_number="",
        reason="",
    )
    session.add(case)
    return case


def _record(
    session: Session, actor: Actor, action: str, case: CertificateCase, **detail: Any
) -> None:
    cert = session.get(Certificate, case.certificate_id)
    audit.record(
        session,
        actor,
        f"case.{action}",
        entity="certificate_case",
        entity_id=case.number,
        detail={"kind": case.kind, "serial": cert.serial if cert else "", **detail},
    )


WHAT = {KIND_CORRECTION: "ralat", KIND_LOST: "surat keterangan pengganti"}


def _requestable(session: Session, actor: Actor, serial: str, kind: str) -> Certificate:
    """The certificate of a correction or replacement request: issued, and without an
    open request of the same kind."""
    require_role(actor, Role.OFFICER, Role.SUPERVISOR)
    cert = find_certificate(session, serial)
    _require_issued(cert, WHAT[kind])
    _refuse_open(session, cert, kind)
    return cert


def correction_request(
    session: Session,
    actor: Actor,
    serial: str,
    fields: Sequence[tuple[str, str]],
    minutes_number: str,
) -> CertificateCase:
    cert = _requestable(session, actor, serial, KIND_CORRECTION)
    rows = _corrections(cert, fields)
    minutes = _signed_minutes(session, minutes_number, "correction", cert)
    case = _new_case(session, actor, KIND_CORRECTION, cert)
    case.fields = rows
    case.minutes_id = minutes.id
    session.flush()
    _record(session, actor, "requested", case, fields=[r["field"] for r in rows])
    return case


def replacement_request(
    session: Session,
    actor: Actor,
    serial: str,
    police_report_number: str,
    police_report_on: dt.date | None,
    minutes_number: str,
) -> CertificateCase:
    cert = _requestable(session, actor, serial, KIND_LOST)
    report = " ".join(police_report_number.split())
    errors = []
    if not report:
        errors.append(
            ValidationError(
                "police_report_number",
                "Nomor surat laporan kehilangan dari kepolisian wajib diisi; minta pemohon "
                "melapor ke polisi dulu bila belum.",
            )
        )
    elif len(report) > 80:
        errors.append(
            ValidationError("police_report_number", "Nomor laporan polisi terlalu panjang.")
        )
    today = office_day(session, utcnow())
    if police_report_on is None:
        errors.append(
            ValidationError("police_report_on", "Tulis tanggal surat laporan kehilangan polisi.")
        )
    elif police_report_on > today:
        errors.append(
            ValidationError(
                "police_report_on",
                f"Tanggal laporan polisi {format_date_long(police_report_on)} belum lewat; "
                "periksa tanggalnya.",
            )
        )
    elif police_report_on < cert.issued_on:
        errors.append(
            ValidationError(
                "police_report_on",
                f"Laporan polisi bertanggal sebelum sertifikat terbit "
                f"({format_date_long(cert.issued_on)}); periksa tanggalnya.",
            )
        )
    if errors:
        raise ValidationErrors(errors)
    minutes = _signed_minutes(session, minutes_number, "lost", cert)
    case = _new_case(session, actor, KIND_LOST, cert)
    case.police_report_number = report
    case.police_report_on = police_report_on
    case.minutes_id = minutes.id
    session.flush()
    _record(session, actor, "requested", case, police_report=report)
    return case


def _require_legalisable(session: Session, cert: Certificate) -> None:
    _require_issued(cert, "legalisasi")
    today = office_day(session, utcnow())
    if cert.valid_until is not None and cert.valid_until < today:
        raise ConflictError(
            f"Sertifikat {cert.serial} berlaku sampai {format_date_long(cert.valid_until)} "
            "dan sudah tidak berlaku; salinannya tidak dapat dilegalisasi."
        )


def legalisation_request(
    session: Session, actor: Actor, serial: str, copies: int
) -> CertificateCase:
    require_role(actor, Role.OFFICER, Role.SUPERVISOR)
    cert = find_certificate(session, serial)
    _require_legalisable(session, cert)
    if not 1 <= copies <= MAX_COPIES:
        raise ValidationError(
            "copies",
            f"Jumlah salinan {copies} di luar batas; tulis 1 sampai {MAX_COPIES} per permohonan.",
        )
    case = _new_case(session, actor, KIND_LEGALISATION, cert)
    case.copies = copies
    session.flush()
    _record(session, actor, "requested", case, copies=copies)
    return case


# --- the two layers (session level) ---------------------------------------------------------


def check_case(session: Session, actor: Actor, number: str) -> CertificateCase:
    """First layer: the officer checked the request against the papers."""
    require_role(actor, Role.OFFICER, Role.SUPERVISOR)
    case = get_case(session, number)
    if case.status != REQUESTED:
        raise ConflictError(
            f"Permohonan {case.number} berstatus {STATUS_LABELS[case.status].lower()}; "
            "pemeriksaan lapis 1 hanya untuk permohonan yang baru diajukan."
        )
    case.status = CHECKED
    case.checked_by_id = actor.user_id
    case.checked_at = utcnow()
    _record(session, actor, "checked", case)
    return case


def approve_case(session: Session, actor: Actor, number: str) -> CertificateCase:
    """Second layer, by the leader who signs; the caller confirmed their password."""
    require_role(actor, Role.SUPERVISOR)
    case = get_case(session, number)
    if case.status == REQUESTED:
        raise ConflictError(
            f"Permohonan {case.number} belum diperiksa petugas (lapis 1); minta petugas "
            "memeriksanya dulu."
        )
    if case.status != CHECKED:
        raise ConflictError(
            f"Permohonan {case.number} sudah {STATUS_LABELS[case.status].lower()}; tidak ada "
            "yang perlu disetujui."
        )
    if case.checked_by_id == actor.user_id:
        _record(session, actor, "refused_self", case)
        raise SelfApproval(
            "Anda yang memeriksa permohonan ini (lapis 1), jadi tidak boleh menyetujuinya "
            "(lapis 2). Minta pimpinan lain menyetujui. Percobaan ini tercatat di log audit."
        )
    cert = session.get(Certificate, case.certificate_id)
    assert cert is not None
    today = office_day(session, utcnow())
    if case.kind == KIND_CORRECTION:
        _require_issued(cert, WHAT[KIND_CORRECTION])
        for row in case.fields:  # the registry changed since the request: ask again
            if _current(cert, row["field"]) != row["before"]:
                raise ConflictError(
                    f"{row['label']} sertifikat {cert.serial} sudah berubah sejak permohonan "
                    f"diajukan ('{_current(cert, row['field'])}'); tolak permohonan ini dan "
                    "ajukan yang baru."
                )
        _apply_correction(session, actor, case, cert)
        case.letter_number = next_letter_number(session, CORRECTION, today)
    elif case.kind == KIND_LOST:
        _require_issued(cert, WHAT[KIND_LOST])
        cert.status = "replaced"
        case.letter_number = next_letter_number(session, REPLACEMENT, today)
    else:
        _require_legalisable(session, cert)
        for index in range(1, case.copies + 1):
            session.add(
                Legalisation(
                    number=next_letter_number(session, LEGALISATION, today),
                    case_id=case.id,
                    certificate_id=cert.id,
                    copy_index=index,
                    legalised_on=today,
                )
            )
    case.status = APPROVED
    case.approved_by_id = actor.user_id
    case.approved_at = utcnow()
    case.letter_on = today
    session.flush()
    _record(session, actor, "approved", case, letter=case.letter_number or "")
    return case


def refuse_case(session: Session, actor: Actor, number: str, reason: str) -> CertificateCase:
    require_role(actor, Role.OFFICER, Role.SUPERVISOR)
    case = get_case(session, number)
    if case.status not in OPEN:
        raise ConflictError(
            f"Permohonan {case.number} sudah {STATUS_LABELS[case.status].lower()}; tidak "
            "dapat ditolak lagi."
        )
    if case.status == CHECKED:
        require_role(actor, Role.SUPERVISOR)
    text = " ".join(reason.split())
    if len(text) < 5:
        raise ValidationError("reason", "Tulis alasan penolakan (minimal 5 huruf).")
    case.status = REFUSED
    case.refused_by_id = actor.user_id
    case.refused_at = utcnow()
    case.reason = text
    _record(session, actor, "refused", case, reason=text)
    return case


# --- reading -----------------------------------------------------------------------------------


def _name(session: Session, user_id: uuid.UUID | None) -> str:
    user = session.get(User, user_id) if user_id else None
    return user.full_name if user else ""


def _holder_minutes(session: Session, cert: Certificate) -> tuple[str, ...]:
    query = (
        select(InterviewMinutes.number)
        .join(Application, InterviewMinutes.application_id == Application.id)
        .where(Application.applicant_id == cert.applicant_id, InterviewMinutes.status == "signed")
        .order_by(InterviewMinutes.held_at.desc())
    )
    return tuple(session.scalars(query))


def certificate_info_of(session: Session, cert: Certificate) -> CertificateInfo:
    return CertificateInfo(
        serial=cert.serial,
        title=cert.title,
        holder_name=cert.applicant.name,
        holder_nik=cert.applicant.nik or "",
        issued_on=cert.issued_on,
        valid_until=cert.valid_until,
        status=cert.status,
        status_label=_status_label(cert),
        historic=cert.historic,
        fields=tuple(
            FieldChange(code, label, _current(cert, code), _current(cert, code))
            for code, label in CORRECTABLE.items()
        ),
        minutes_numbers=_holder_minutes(session, cert),
    )


def case_view_of(session: Session, case: CertificateCase) -> CaseView:
    cert = session.get(Certificate, case.certificate_id)
    assert cert is not None
    minutes = session.get(InterviewMinutes, case.minutes_id) if case.minutes_id else None
    copies = session.scalars(
        select(Legalisation.number)
        .where(Legalisation.case_id == case.id)
        .order_by(Legalisation.copy_index)
    )
    return CaseView(
        number=case.number,
        kind=case.kind,
        kind_label=KIND_LABELS.get(case.kind, case.kind),
        status=case.status,
        status_label=STATUS_LABELS.get(case.status, case.status),
        serial=cert.serial,
        certificate_title=cert.title,
        certificate_status=_status_label(cert),
        holder_name=cert.applicant.name,
        holder_nik=cert.applicant.nik or "",
        minutes_number=minutes.number if minutes else "",
        fields=tuple(
            FieldChange(r["field"], r["label"], r["before"], r["after"]) for r in case.fields
        ),
        police_report_number=case.police_report_number,
        police_report_on=case.police_report_on,
        copies=case.copies,
        legalisation_numbers=tuple(copies),
        letter_number=case.letter_number or "",
        letter_on=case.letter_on,
        requested_by=_name(session, case.requested_by_id),
        requested_at=case.requested_at,
        checked_by=_name(session, case.checked_by_id),
        checked_at=case.checked_at,
        approved_by=_name(session, case.approved_by_id),
        approved_at=case.approved_at,
        refused_by=_name(session, case.refused_by_id),
        refused_at=case.refused_at,
        reason=case.reason,
        can_check=case.status == REQUESTED,
        can_approve=case.status == CHECKED,
        can_refuse=case.status in OPEN,
        can_print=case.status == APPROVED,
    )


def case_rows(session: Session, *, limit: int = 500) -> list[CaseRow]:
    """Open cases first (the oldest waiting on top), then the decided ones, newest first."""
    from counterdesk.store.models import Applicant

    waiting = sql_case((CertificateCase.status.in_(OPEN), 0), else_=1)
    query = (
        select(CertificateCase, Certificate.serial, Applicant.name)
        .join(Certificate, CertificateCase.certificate_id == Certificate.id)
        .join(Applicant, Certificate.applicant_id == Applicant.id)
        .order_by(waiting, CertificateCase.requested_at.desc())
        .limit(limit)
    )
    return [
        CaseRow(
            c.number,
            c.kind,
            KIND_LABELS.get(c.kind, c.kind),
            serial,
            holder,
            c.status,
            STATUS_LABELS.get(c.status, c.status),
            c.requested_at,
            c.letter_number or "",
        )
        for c, serial, holder in session.execute(query)
    ]


def history(session: Session, serial: str) -> list[CertificateChange]:
    """The registry's corrections of one certificate, oldest first."""
    cert = find_certificate(session, serial)
    return list(
        session.scalars(
            select(CertificateChange)
            .where(CertificateChange.certificate_id == cert.id)
            .order_by(CertificateChange.changed_at, CertificateChange.field)
        )
    )


# --- documents ---------------------------------------------------------------------------------


def _signer(session: Session, user_id: uuid.UUID | None) -> Signer:
    from counterdesk.documents.signers import Signer

    user = session.get(User, user_id) if user_id else None
    return Signer(user.full_name, user.nip, user.title) if user else Signer("")


def _certificate_ref(cert: Certificate) -> CertificateRef:
    from counterdesk.documents.case_letters import CertificateRef
    from counterdesk.documents.people import Applicant as PrintedApplicant

    return CertificateRef(
        serial=cert.serial,
        title=cert.title,
        issued_on=cert.issued_on,
        holder=PrintedApplicant(cert.applicant.name, "NIK", cert.applicant.nik or ""),
    )


def case_document(
    session: Session, number: str
) -> CorrectionLetter | ReplacementLetter | list[LegalisationStamp]:
    """The letter (correction, replacement) or the stamp labels (legalisation) of an
    approved case, as the documents package's plain data."""
    from counterdesk.documents.case_letters import (
        CorrectedField,
        CorrectionLetter,
        ReplacementLetter,
    )
    from counterdesk.documents.legalisation_label import LegalisationStamp
    from counterdesk.services.letters import office_city
    from counterdesk.services.receipts import letterhead
    from counterdesk.services.setup import get_office

    case = get_case(session, number)
    if case.status != APPROVED:
        raise ValidationError(
            "status",
            f"Surat permohonan {case.number} belum dapat dicetak: statusnya "
            f"'{STATUS_LABELS[case.status]}'. Surat dicetak setelah disetujui pimpinan.",
        )
    cert = session.get(Certificate, case.certificate_id)
    assert cert is not None and case.letter_on is not None
    office = get_office(session)
    city = office_city(session)
    ref = _certificate_ref(cert)
    signatory = _signer(session, case.approved_by_id)
    if case.kind == KIND_LEGALISATION:
        rows = session.scalars(
            select(Legalisation)
            .where(Legalisation.case_id == case.id)
            .order_by(Legalisation.copy_index)
        )
        return [
            LegalisationStamp(
                number=row.number,
                copy_index=row.copy_index,
                copies=case.copies,
                certificate=ref,
                legalised_on=row.legalised_on,
                city=city,
                office_name=office.name,
                signatory=signatory,
            )
            for row in rows
        ]
    minutes = session.get(InterviewMinutes, case.minutes_id) if case.minutes_id else None
    assert minutes is not None
    minutes_on = to_zone(minutes.held_at, office.timezone).date()
    common: dict[str, Any] = {
        "letterhead": letterhead(session, office),
        "number": case.letter_number or "",
        "issued_on": case.letter_on,
        "city": city,
        "certificate": ref,
        "minutes_number": minutes.number,
        "minutes_on": minutes_on,
        "signatory": signatory,
        "checked_by": _signer(session, case.checked_by_id),
    }
    if case.kind == KIND_CORRECTION:
        return CorrectionLetter(
            fields=tuple(CorrectedField(r["label"], r["before"], r["after"]) for r in case.fields),
            **common,
        )
    assert case.police_report_on is not None
    return ReplacementLetter(
        police_report_number=case.police_report_number,
        police_report_on=case.police_report_on,
        **common,
    )


# --- the screens' door: one call per use case, plain data back -----------------------------------


def certificate_info(runtime: Runtime, actor: Actor, serial: str) -> CertificateInfo:
    """A registry certificate for a case form: holder, status, correctable values and the
    holder's signed minutes."""
    with runtime.read(actor) as session:
        return certificate_info_of(session, find_certificate(session, serial))


def request_correction(
    runtime: Runtime,
    actor: Actor,
    serial: str,
    fields: Sequence[tuple[str, str]],
    minutes_number: str,
) -> CaseView:
    """``fields``: (field, corrected value) — field a code of ``CORRECTABLE`` or its label;
    the value before is read from the registry."""
    with runtime.unit(actor) as session:
        return case_view_of(
            session, correction_request(session, actor, serial, fields, minutes_number)
        )


def request_replacement(
    runtime: Runtime,
    actor: Actor,
    serial: str,
    police_report_number: str,
    police_report_on: dt.date | None,
    minutes_number: str,
) -> CaseView:
    with runtime.unit(actor) as session:
        return case_view_of(
            session,
            replacement_request(
                session, actor, serial, police_report_number, police_report_on, minutes_number
            ),
        )


def request_legalisation(runtime: Runtime, actor: Actor, serial: str, copies: int) -> CaseView:
    with runtime.unit(actor) as session:
        return case_view_of(session, legalisation_request(session, actor, serial, copies))


def check(runtime: Runtime, actor: Actor, case_number: str) -> CaseView:
    """First layer (officer)."""
    with runtime.unit(actor) as session:
        return case_view_of(session, check_case(session, actor, case_number))


def approve(runtime: Runtime, actor: Actor, case_number: str, password: str) -> CaseView:
    """Second layer: the leader's own password first (a failure is counted like a login
    and nothing changes), then the approval — refused and audited for the first-layer
    person."""
    require_role(actor, Role.SUPERVISOR)
    confirm_signer(runtime, actor, password)
    with runtime.unit(actor) as session:
        return case_view_of(session, approve_case(session, actor, case_number))


def refuse(runtime: Runtime, actor: Actor, case_number: str, reason: str) -> CaseView:
    with runtime.unit(actor) as session:
        return case_view_of(session, refuse_case(session, actor, case_number, reason))


def case_view(runtime: Runtime, actor: Actor, case_number: str) -> CaseView:
    with runtime.read(actor) as session:
        return case_view_of(session, get_case(session, case_number))


def cases_screen(runtime: Runtime, actor: Actor) -> tuple[CaseRow, ...]:
    with runtime.read(actor) as session:
        return tuple(case_rows(session))


def case_pdf(runtime: Runtime, actor: Actor, case_number: str, paper: str = "A4") -> bytes:
    """The surat keterangan ralat / pengganti, or the legalisation stamp labels."""
    from counterdesk.documents.case_letters import (
        CorrectionLetter,
        render_correction_letter,
        render_replacement_letter,
    )
    from counterdesk.documents.legalisation_label import render_legalisation_labels
    from counterdesk.services.letters import paper as paper_named

    size = paper_named(paper)
    with runtime.read(actor) as session:
        document = case_document(session, case_number)
    if isinstance(document, list):
        return render_legalisation_labels(document, size)
    if isinstance(document, CorrectionLetter):
        return render_correction_letter(document, size)
    return render_replacement_letter(document, size)
