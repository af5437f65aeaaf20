"""Pengaduan (issue 10 points 1-4): complaints and suggestions logged, classified by the
standard's complaint policy, handled through seed 004's steps, answered and closed.

Classification: no identity or no matter, or (where the standard says so) more than its
window after the service → a suggestion (*saran/masukan*), never refused; otherwise a
complaint due a number of working days after it was received. The officer sees why; a
supervisor may override with a reason (audited). *Anonim* hides the complainant's
identity and *rahasia* the content from everyone but supervisors — :func:`mask_for` is
the one place that decides, for screens, reports and exports alike.

Session-level functions (``log``, ``reclassify``, ``assign``, ``log_step``,
``set_outcome``, ``close_complaint``, ``attach``) compose inside one transaction (CLI,
tests, demo); the runtime-level ones open their own unit and return plain data.
"""

from __future__ import annotations

import mimetypes
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from counterdesk.domain import numbers
from counterdesk.domain.catalog import ComplaintPolicy
from counterdesk.domain.complaint_handling import (
    CLOSE_NEEDS_OUTCOME,
    CLOSED,
    COMPLAINT_CHANNELS,
    COMPONENTS,
    CONTENT_HIDDEN,
    IDENTITY_HIDDEN,
    OUTCOME_CHANNELS,
    OVERRIDE_REASON_MIN,
    RESPONSE_STEP,
    ROUTES,
    RUNNING_STATUSES,
    STEP_KINDS,
    PolicyTerms,
    channel_label,
    check_attachment,
    close_blocker,
    default_subject,
    policy_terms,
    route_labels,
    status_after_step,
)
from counterdesk.domain.complaint_rules import Classification
from counterdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from counterdesk.domain.formatting import format_date_long, to_zone
from counterdesk.domain.identity import normalize_phone, parse_nik, validate_email
from counterdesk.domain.roles import Role
from counterdesk.domain.states import (
    COMPLAINT_KIND_LABELS,
    COMPLAINT_STATUS_LABELS,
    AppStatus,
    ComplaintKind,
)
from counterdesk.domain.workdays import NEAR_THRESHOLD, WorkCalendar
from counterdesk.services import audit
from counterdesk.services.applications import office_day
from counterdesk.services.calendar import office_calendar
from counterdesk.services.catalog import load_catalog
from counterdesk.services.context import Actor, require_role
from counterdesk.services.numbering import next_number
from counterdesk.services.overview import Deadline, deadline, service_name
from counterdesk.services.setup import get_office, store_blob
from counterdesk.store.base import utcnow
from counterdesk.store.models import (
    Application,
    Blob,
    Complaint,
    ComplaintAttachment,
    ComplaintStep,
)

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime

LIST_LIMIT = 500
KINDS = (ComplaintKind.COMPLAINT.value, ComplaintKind.SUGGESTION.value)
NO_IDENTITY = "(tanpa identitas)"


def _kind_label(kind: str) -> str:
    try:
        return COMPLAINT_KIND_LABELS[ComplaintKind(kind)]
    except ValueError:
        return kind


def _status_label(status: str) -> str:
    return COMPLAINT_STATUS_LABELS.get(status, status)


def is_supervisor(actor: Actor) -> bool:
    return actor.has(Role.SUPERVISOR)


def require_desk(actor: Actor) -> None:
    """Officers and supervisors handle complaints; an admin may enter a complaint box."""
    require_role(actor, Role.OFFICER, Role.SUPERVISOR, Role.ADMIN)


# --- input -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NewComplaint:
    channel: str
    received_at: datetime  # UTC-aware, like every stored time
    matter: str  # may be empty: then a suggestion, not refused
    subject: str = ""  # short title; default: the matter's first line
    name: str = ""
    nik: str = ""
    phone: str = ""
    email: str = ""
    anonymous: bool = False
    confidential: bool = False
    standard_code: str = ""  # whose complaint policy applies
    service_code: str = ""  # full code "standard/service", optional
    application_number: str = ""  # fills standard/service and the service date
    service_received_on: date | None = None
    attachments: tuple[tuple[str, bytes], ...] = ()  # (filename, data), stored as blobs

    @property
    def has_identity(self) -> bool:
        """Seed 004: a report names who reports it (a name or a NIK)."""
        return bool(self.name.strip() or self.nik.strip())


@dataclass(frozen=True, slots=True)
class _Resolved:
    """A new report with its standard, service and application looked up."""

    standard_code: str
    service_code: str
    application: Application | None
    service_received_on: date | None
    policy: ComplaintPolicy | None

    @property
    def terms(self) -> PolicyTerms:
        return policy_terms(self.policy)


def _policy(standard_code: str) -> ComplaintPolicy | None:
    return load_catalog().standard(standard_code).complaint if standard_code else None


def _resolve(session: Session, data: NewComplaint) -> _Resolved:
    standard, service = data.standard_code.strip(), data.service_code.strip()
    if service and not standard and service in {s.code for s in load_catalog().standards}:
        standard, service = service, ""  # a standard named where a service may be
    app: Application | None = None
    service_on = data.service_received_on
    if data.application_number.strip():
        number = data.application_number.strip().upper()
        app = session.scalar(select(Application).where(Application.number == number))
        if app is None:
            raise ValidationError(
                "application_number",
                f"Permohonan {number} tidak ditemukan di loket ini; periksa nomornya atau "
                "kosongkan dan pilih layanannya.",
            )
        service = service or app.service_code
        # the service was received when the finished file was handed over
        if service_on is None and app.status == AppStatus.DONE and app.closed_at is not None:
            service_on = office_day(session, app.closed_at)
    if service:
        found = load_catalog().find_service(service)
        if standard and standard != found.standard_code:
            raise ValidationError(
                "standard_code",
                f"Layanan {found.full_code} bukan bagian dari standar {standard}; "
                "pilih salah satu saja.",
            )
        standard, service = found.standard_code, found.full_code
    return _Resolved(standard, service, app, service_on, _policy(standard))


def _received_days(session: Session, calendar: WorkCalendar, at: datetime) -> tuple[date, date]:
    """The office day a report arrived, and day 0 of its deadline (the next working day
    when it came on a closed day or after closing time)."""
    office = get_office(session)
    hours, minutes = office.closing_time.split(".")
    local = to_zone(at, office.timezone)
    closing = time(int(hours), int(minutes))
    return local.date(), calendar.effective_receipt_day(local, closing, 0)


def _check_received(at: datetime) -> None:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("received_at must be timezone-aware")
    if at > utcnow() + timedelta(minutes=5):
        raise ValidationError(
            "received_at",
            "Waktu diterima belum terjadi; isi tanggal dan jam pengaduan itu sampai di kantor.",
        )


def _classification(
    session: Session, data: NewComplaint, resolved: _Resolved, calendar: WorkCalendar
) -> Classification:
    _check_received(data.received_at)
    received_on, day0 = _received_days(session, calendar, data.received_at)
    return resolved.terms.classify(
        has_identity=data.has_identity,
        matter=data.matter,
        received_on=received_on,
        counted_from=day0,
        service_received_on=resolved.service_received_on,
        calendar=calendar,
    )


def _stored_kind(result: Classification) -> str:
    return (
        ComplaintKind.COMPLAINT.value
        if result.kind == "complaint"
        else ComplaintKind.SUGGESTION.value
    )


def _checked_contacts(data: NewComplaint) -> tuple[str, str, str]:
    nik = parse_nik(data.nik).nik if data.nik.strip() else ""
    phone = normalize_phone(data.phone) if data.phone.strip() else ""
    email = validate_email(data.email) if data.email.strip() else ""
    return nik, phone, email


def _check_channel(channel: str, policy: ComplaintPolicy | None) -> None:
    own = {c.channel for c in policy.channels} if policy else set()
    if channel not in COMPLAINT_CHANNELS and channel not in own:
        raise ValidationError(
            "channel",
            f"Saluran '{channel}' tidak dikenal; pilih salah satu: "
            + ", ".join(COMPLAINT_CHANNELS)
            + ".",
        )


# --- logging -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClassificationPreview:
    kind: str
    kind_label: str
    reason: str
    due_on: date | None
    warnings: tuple[str, ...]
    policy_text: str


def preview_classification(
    runtime: Runtime, actor: Actor, data: NewComplaint
) -> ClassificationPreview:
    """What the report will be recorded as, and why, while the form is filled in (the
    identity's format is checked only when it is logged). A service date after the
    report raises ``ValidationError`` naming it."""
    require_desk(actor)
    with runtime.read(actor) as session:
        resolved = _resolve(session, data)
        result = _classification(session, data, resolved, office_calendar(session))
    kind = _stored_kind(result)
    return ClassificationPreview(
        kind, _kind_label(kind), result.reason, result.due_on, result.warnings, resolved.terms.text
    )


def log(session: Session, actor: Actor, data: NewComplaint) -> Complaint:
    """Record one report with its number, classification, reason and deadline."""
    require_desk(actor)
    resolved = _resolve(session, data)
    _check_channel(data.channel, resolved.policy)
    nik, phone, email = _checked_contacts(data)
    checked = [(check_attachment(name, len(blob)), blob) for name, blob in data.attachments]
    result = _classification(session, data, resolved, office_calendar(session))
    received_on = to_zone(data.received_at, get_office(session).timezone).date()
    kind = _stored_kind(result)
    c = Complaint(
        number=next_number(session, numbers.COMPLAINT, received_on.year),
        kind=kind,
        standard_code=resolved.standard_code,
        service_code=resolved.service_code,
        channel=data.channel,
        received_at=data.received_at,
        reporter_name=" ".join(data.name.split()),
        reporter_nik=nik,
        reporter_phone=phone,
        reporter_email=email,
        reporter_contact=phone or email,
        anonymous=data.anonymous,
        confidential=data.confidential,
        subject=default_subject(data.matter, data.subject),
        body=data.matter.strip(),
        application_id=resolved.application.id if resolved.application else None,
        service_received_on=resolved.service_received_on,
        due_on=result.due_on,
        status="open",
        received_by_name=actor.full_name,
        classified_kind=kind,
        classification_reason=result.reason,
    )
    session.add(c)
    session.flush()
    audit.record(
        session,
        actor,
        "complaint.logged",
        entity="complaint",
        entity_id=str(c.id),
        detail={"number": c.number, "kind": kind, "channel": c.channel},
    )
    for name, blob in checked:
        _store_attachment(session, actor, c, name, blob)
    return c


def log_complaint(runtime: Runtime, actor: Actor, data: NewComplaint) -> ComplaintDetail:
    with runtime.unit(actor) as session:
        return _detail(session, actor, log(session, actor, data))


# --- handling ----------------------------------------------------------------------------


def _get(session: Session, complaint_id: uuid.UUID) -> Complaint:
    c = session.get(Complaint, complaint_id)
    if c is None:
        raise NotFound("Pengaduan itu tidak ditemukan di loket ini; muat ulang daftarnya.")
    return c


def _require_not_closed(c: Complaint) -> None:
    if c.status == CLOSED:
        raise ValidationError(
            "status", f"Pengaduan {c.number} sudah ditutup; tidak bisa diubah lagi."
        )


def _record(session: Session, actor: Actor, c: Complaint, action: str, **detail: object) -> None:
    audit.record(
        session,
        actor,
        f"complaint.{action}",
        entity="complaint",
        entity_id=str(c.id),
        detail={"number": c.number, **detail},
    )


def reclassify(session: Session, actor: Actor, c: Complaint, kind: str, reason: str) -> None:
    """A supervisor overrides the classification: a complaint gets its due date from the
    policy counted from the day it was received, a suggestion loses it."""
    if not is_supervisor(actor):
        raise PermissionDenied(
            "Hanya atasan yang boleh mengubah klasifikasi pengaduan. Minta atasan membuka "
            "pengaduan ini dan mengubahnya dengan alasan."
        )
    _require_not_closed(c)
    if kind not in KINDS:
        raise ValidationError("kind", "Pilih klasifikasi: pengaduan atau saran.")
    if kind == c.kind:
        raise ValidationError(
            "kind", f"{c.number} sudah tercatat sebagai {_kind_label(kind).lower()}."
        )
    if len(reason.strip()) < OVERRIDE_REASON_MIN:
        raise ValidationError(
            "reason",
            f"Tulis alasan perubahan klasifikasi (minimal {OVERRIDE_REASON_MIN} huruf); "
            "alasan ini tercatat di jejak audit.",
        )
    old = c.kind
    if kind == ComplaintKind.COMPLAINT.value:
        calendar = office_calendar(session)
        _, day0 = _received_days(session, calendar, c.received_at)
        days = policy_terms(_policy(c.standard_code)).response_working_days
        c.due_on = calendar.due_date(day0, days).date
    else:
        c.due_on = None
    c.kind = kind
    c.override_reason = reason.strip()
    c.overridden_by_name = actor.full_name
    c.overridden_at = utcnow()
    _record(session, actor, c, "kind_overridden", old=old, new=kind, reason=reason.strip())


def assign(session: Session, actor: Actor, c: Complaint, *, component: str, route: str) -> None:
    """Classify by the standard's component and choose the route (seed 004 §6.7)."""
    require_desk(actor)
    _require_not_closed(c)
    if component and component not in COMPONENTS:
        raise ValidationError("component", f"Komponen '{component}' tidak dikenal.")
    if route and route not in ROUTES:
        raise ValidationError("route", f"Jalur penanganan '{route}' tidak dikenal.")
    if not component and not route:
        raise ValidationError(
            "component", "Pilih komponen standar yang diadukan atau jalur penanganannya."
        )
    c.component, c.route = component, route
    if c.status == "open":
        c.status = "in_review"
    _record(session, actor, c, "handling_set", component=component, route=route)


def log_step(session: Session, actor: Actor, c: Complaint, kind: str, text: str) -> ComplaintStep:
    """One entry of the case log; a *tanggapan* is the response to the complainant."""
    require_desk(actor)
    _require_not_closed(c)
    if kind not in STEP_KINDS:
        raise ValidationError("kind", f"Jenis langkah '{kind}' tidak dikenal.")
    if len(text.strip()) < 5:
        raise ValidationError("text", f"Tulis isi langkah '{STEP_KINDS[kind]}' (minimal 5 huruf).")
    now = utcnow()
    step = ComplaintStep(
        complaint_id=c.id,
        kind=kind,
        text=text.strip(),
        at=now,
        by_id=actor.user_id,
        by_name=actor.full_name,
    )
    session.add(step)
    if kind == RESPONSE_STEP:
        c.response, c.responded_at = text.strip(), now
    c.status = status_after_step(c.status, kind)
    _record(session, actor, c, "step_added", kind=kind)
    return step


def set_outcome(
    session: Session,
    actor: Actor,
    c: Complaint,
    *,
    outcome: str,
    communicated_on: date,
    channel: str,
) -> None:
    """The result of the handling and how and when the complainant was told."""
    require_desk(actor)
    _require_not_closed(c)
    if len(outcome.strip()) < 5:
        raise ValidationError("outcome", "Tulis hasil penanganan yang disampaikan kepada pelapor.")
    if channel not in OUTCOME_CHANNELS:
        raise ValidationError(
            "outcome_channel",
            "Pilih saluran penyampaian hasil: " + ", ".join(OUTCOME_CHANNELS) + ".",
        )
    received_on = to_zone(c.received_at, get_office(session).timezone).date()
    if communicated_on < received_on:
        raise ValidationError(
            "outcome_communicated_on",
            f"Tanggal penyampaian ({format_date_long(communicated_on)}) sebelum pengaduan "
            f"diterima ({format_date_long(received_on)}); periksa tanggalnya.",
        )
    if communicated_on > office_day(session, utcnow()):
        raise ValidationError(
            "outcome_communicated_on",
            "Tanggal penyampaian belum terjadi; catat hasil setelah disampaikan kepada pelapor.",
        )
    c.outcome, c.outcome_communicated_on, c.outcome_channel = (
        outcome.strip(),
        communicated_on,
        channel,
    )
    _record(session, actor, c, "outcome_recorded", channel=channel, on=communicated_on.isoformat())


def close_complaint(session: Session, actor: Actor, c: Complaint) -> None:
    """Closing needs the outcome, its date and channel (issue 10, bad input)."""
    require_desk(actor)
    blocker = close_blocker(
        status=c.status,
        outcome=c.outcome,
        communicated_on=c.outcome_communicated_on,
        channel=c.outcome_channel,
    )
    if blocker:
        raise ValidationError("outcome" if blocker == CLOSE_NEEDS_OUTCOME else "status", blocker)
    c.status, c.closed_at, c.closed_by_name = CLOSED, utcnow(), actor.full_name
    _record(session, actor, c, "closed")


def _store_attachment(
    session: Session, actor: Actor, c: Complaint, name: str, blob: bytes
) -> ComplaintAttachment:
    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    row = ComplaintAttachment(
        complaint_id=c.id,
        blob_sha256=store_blob(session, blob, mime),
        filename=name,
        size=len(blob),
        added_by_name=actor.full_name,
    )
    session.add(row)
    _record(session, actor, c, "attachment_added", sha256=row.blob_sha256, size=len(blob))
    return row


def attach(
    session: Session, actor: Actor, c: Complaint, filename: str, blob: bytes
) -> ComplaintAttachment:
    """A file brought with the complaint, stored once by its SHA-256 (20 MB at most)."""
    require_desk(actor)
    _require_not_closed(c)
    return _store_attachment(session, actor, c, check_attachment(filename, len(blob)), blob)


def _changed(
    runtime: Runtime,
    actor: Actor,
    complaint_id: uuid.UUID,
    change: Callable[[Session, Complaint], object],
) -> ComplaintDetail:
    """One handling step in its own writing unit; the complaint as it now reads."""
    with runtime.unit(actor) as session:
        c = _get(session, complaint_id)
        change(session, c)
        session.flush()
        return _detail(session, actor, c)


def override_kind(
    runtime: Runtime, actor: Actor, complaint_id: uuid.UUID, kind: str, reason: str
) -> ComplaintDetail:
    """Supervisors only (refused in Indonesian otherwise); reason >= 10 letters; audited."""
    return _changed(
        runtime, actor, complaint_id, lambda s, c: reclassify(s, actor, c, kind, reason)
    )


def set_handling(
    runtime: Runtime, actor: Actor, complaint_id: uuid.UUID, *, component: str, route: str
) -> ComplaintDetail:
    return _changed(
        runtime,
        actor,
        complaint_id,
        lambda s, c: assign(s, actor, c, component=component, route=route),
    )


def add_step(
    runtime: Runtime, actor: Actor, complaint_id: uuid.UUID, kind: str, text: str
) -> ComplaintDetail:
    return _changed(runtime, actor, complaint_id, lambda s, c: log_step(s, actor, c, kind, text))


def record_outcome(
    runtime: Runtime,
    actor: Actor,
    complaint_id: uuid.UUID,
    *,
    outcome: str,
    communicated_on: date,
    channel: str,
) -> ComplaintDetail:
    return _changed(
        runtime,
        actor,
        complaint_id,
        lambda s, c: set_outcome(
            s, actor, c, outcome=outcome, communicated_on=communicated_on, channel=channel
        ),
    )


def close(runtime: Runtime, actor: Actor, complaint_id: uuid.UUID) -> ComplaintDetail:
    return _changed(runtime, actor, complaint_id, lambda s, c: close_complaint(s, actor, c))


def add_attachment(
    runtime: Runtime, actor: Actor, complaint_id: uuid.UUID, filename: str, data: bytes
) -> ComplaintDetail:
    return _changed(runtime, actor, complaint_id, lambda s, c: attach(s, actor, c, filename, data))


def attachment_data(runtime: Runtime, actor: Actor, attachment_id: uuid.UUID) -> tuple[str, bytes]:
    """(filename, content); a confidential complaint's files are for supervisors only."""
    require_desk(actor)
    with runtime.read(actor) as session:
        row = session.get(ComplaintAttachment, attachment_id)
        if row is None:
            raise NotFound("Lampiran itu tidak ditemukan; muat ulang pengaduannya.")
        if _get(session, row.complaint_id).confidential and not is_supervisor(actor):
            raise PermissionDenied(
                "Lampiran pengaduan rahasia hanya dapat dibuka atasan; minta atasan membukanya."
            )
        blob = session.get(Blob, row.blob_sha256)
        if blob is None:
            raise NotFound(
                f"Isi lampiran '{row.filename}' belum ada di komputer ini (mungkin belum "
                "tersinkron); coba lagi setelah sinkronisasi."
            )
        return row.filename, blob.data


# --- what a screen shows -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Visible:
    """A complaint's protected fields as this actor may see them."""

    name: str
    nik: str
    phone: str
    email: str
    subject: str
    matter: str
    identity_hidden: bool
    content_hidden: bool


def mask_for(actor: Actor, c: Complaint) -> Visible:
    """*Anonim* hides name, NIK, phone and e-mail, *rahasia* the subject and matter, from
    everyone but supervisors — on screen, in reports and in exports."""
    boss = is_supervisor(actor)
    hide_identity = c.anonymous and not boss
    hide_content = c.confidential and not boss
    phone = c.reporter_phone or (c.reporter_contact if "@" not in c.reporter_contact else "")

    def who(value: str) -> str:
        return IDENTITY_HIDDEN if hide_identity and value else value

    return Visible(
        who(c.reporter_name),
        who(c.reporter_nik),
        who(phone),
        who(c.reporter_email),
        CONTENT_HIDDEN if hide_content else c.subject,
        CONTENT_HIDDEN if hide_content else c.body,
        hide_identity,
        hide_content,
    )


def _deadline(calendar: WorkCalendar, today: date, c: Complaint) -> Deadline:
    if c.due_on is None:
        what = "Saran: tanpa batas jawab" if c.kind == ComplaintKind.SUGGESTION else "—"
        return Deadline(None, what, "none")
    return deadline(calendar, today, c.due_on, c.status in RUNNING_STATUSES)


@dataclass(frozen=True, slots=True)
class StepRow:
    kind: str
    kind_label: str
    text: str
    at: datetime
    by: str


@dataclass(frozen=True, slots=True)
class AttachmentRow:
    id: uuid.UUID
    filename: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class ComplaintDetail:
    id: uuid.UUID
    number: str
    kind: str
    kind_label: str
    classified_kind: str
    classification_reason: str
    override_reason: str
    overridden_by: str
    overridden_at: datetime | None
    channel: str
    channel_label: str
    received_at: datetime
    received_by: str
    name: str
    nik: str
    phone: str
    email: str
    identity_hidden: bool
    anonymous: bool
    confidential: bool
    subject: str
    matter: str
    content_hidden: bool
    standard_code: str
    standard_title: str
    service_code: str
    service_name: str
    application_number: str
    service_received_on: date | None
    component: str
    component_label: str
    route: str
    route_label: str
    status: str
    status_label: str
    due_on: date | None
    deadline: Deadline
    response: str
    responded_at: datetime | None
    outcome: str
    outcome_channel: str
    outcome_communicated_on: date | None
    closed_at: datetime | None
    closed_by: str
    reply_letter_number: str | None
    steps: tuple[StepRow, ...]
    attachments: tuple[AttachmentRow, ...]
    can_override: bool  # the actor is a supervisor and it is not closed
    can_close: bool
    close_blocker: str  # "" when it may be closed, else why not
    can_reply_letter: bool  # a response exists and the complainant is known

    @property
    def policy_text(self) -> str:
        return policy_terms(_policy(self.standard_code)).text


def _standard_title(code: str) -> str:
    if not code:
        return ""
    try:
        return load_catalog().standard(code).title
    except NotFound:  # a standard since removed from the catalogue
        return code


def _detail(
    session: Session, actor: Actor, c: Complaint, today: date | None = None
) -> ComplaintDetail:
    from counterdesk.services.complaint_letters import reply_blocker  # imports this module

    today = today or office_day(session, utcnow())
    visible = mask_for(actor, c)
    policy = _policy(c.standard_code) if c.standard_code else None
    steps = session.scalars(
        select(ComplaintStep)
        .where(ComplaintStep.complaint_id == c.id)
        .order_by(ComplaintStep.at, ComplaintStep.created_at)
    )
    files = session.scalars(
        select(ComplaintAttachment)
        .where(ComplaintAttachment.complaint_id == c.id)
        .order_by(ComplaintAttachment.added_at)
    )
    app_number = (
        session.scalar(select(Application.number).where(Application.id == c.application_id))
        if c.application_id
        else None
    )
    blocker = close_blocker(
        status=c.status,
        outcome=c.outcome,
        communicated_on=c.outcome_communicated_on,
        channel=c.outcome_channel,
    )
    return ComplaintDetail(
        id=c.id,
        number=c.number,
        kind=c.kind,
        kind_label=_kind_label(c.kind),
        classified_kind=c.classified_kind,
        classification_reason=c.classification_reason,
        override_reason=c.override_reason,
        overridden_by=c.overridden_by_name,
        overridden_at=c.overridden_at,
        channel=c.channel,
        channel_label=channel_label(c.channel),
        received_at=c.received_at,
        received_by=c.received_by_name,
        name=visible.name,
        nik=visible.nik,
        phone=visible.phone,
        email=visible.email,
        identity_hidden=visible.identity_hidden,
        anonymous=c.anonymous,
        confidential=c.confidential,
        subject=visible.subject,
        matter=visible.matter,
        content_hidden=visible.content_hidden,
        standard_code=c.standard_code,
        standard_title=_standard_title(c.standard_code),
        service_code=c.service_code,
        service_name=service_name(c.service_code) if c.service_code else "",
        application_number=app_number or "",
        service_received_on=c.service_received_on,
        component=c.component,
        component_label=COMPONENTS.get(c.component, c.component),
        route=c.route,
        route_label=route_labels(policy).get(c.route, c.route),
        status=c.status,
        status_label=_status_label(c.status),
        due_on=c.due_on,
        deadline=_deadline(office_calendar(session), today, c),
        response=CONTENT_HIDDEN if visible.content_hidden and c.response else c.response,
        responded_at=c.responded_at,
        outcome=CONTENT_HIDDEN if visible.content_hidden and c.outcome else c.outcome,
        outcome_channel=c.outcome_channel,
        outcome_communicated_on=c.outcome_communicated_on,
        closed_at=c.closed_at,
        closed_by=c.closed_by_name,
        reply_letter_number=c.reply_letter_number,
        steps=tuple(
            StepRow(
                s.kind,
                STEP_KINDS.get(s.kind, s.kind),
                CONTENT_HIDDEN if visible.content_hidden else s.text,
                s.at,
                s.by_name,
            )
            for s in steps
        ),
        attachments=tuple(
            AttachmentRow(
                f.id,
                IDENTITY_HIDDEN if visible.content_hidden else f.filename,
                f.size,
                f.blob_sha256,
            )
            for f in files
        ),
        can_override=is_supervisor(actor) and c.status != CLOSED,
        can_close=not blocker,
        close_blocker=blocker,
        can_reply_letter=not reply_blocker(actor, c),
    )


def complaint_detail(
    runtime: Runtime, actor: Actor, complaint_id: uuid.UUID, today: date
) -> ComplaintDetail:
    require_desk(actor)
    with runtime.read(actor) as session:
        return _detail(session, actor, _get(session, complaint_id), today)


def find_complaint(runtime: Runtime, actor: Actor, number: str) -> uuid.UUID:
    require_desk(actor)
    typed = number.strip().upper()
    with runtime.read(actor) as session:
        found = session.scalar(select(Complaint.id).where(Complaint.number == typed))
    if found is None:
        raise ValidationError(
            "number", f"Pengaduan {typed or '(kosong)'} tidak ditemukan; periksa nomornya."
        )
    return found


@dataclass(frozen=True, slots=True)
class ComplaintListRow:
    id: uuid.UUID
    number: str
    kind_label: str
    channel_label: str
    reporter: str
    subject: str
    received_at: datetime
    status: str
    status_label: str
    component_label: str
    deadline: Deadline


@dataclass(frozen=True, slots=True)
class ComplaintsScreen:
    rows: tuple[ComplaintListRow, ...]
    unanswered: int
    overdue: int
    near_due: int


def complaint_rows(
    session: Session,
    actor: Actor,
    today: date,
    *,
    open_only: bool = False,
    limit: int = LIST_LIMIT,
) -> list[ComplaintListRow]:
    """Running ones first, the nearest deadline on top (overdue, then near due), then
    suggestions and answered ones; closed last, newest first."""
    running = Complaint.status.in_(sorted(RUNNING_STATUSES))
    group = case(
        (running & Complaint.due_on.is_not(None), 0),
        (running, 1),
        (Complaint.status != CLOSED, 2),
        else_=3,
    )
    query = (
        select(Complaint)
        .order_by(group, case((group == 0, Complaint.due_on)), Complaint.received_at.desc())
        .limit(limit)
    )
    if open_only:
        query = query.where(Complaint.status != CLOSED)
    calendar = office_calendar(session)
    rows = []
    for c in session.scalars(query):
        visible = mask_for(actor, c)
        rows.append(
            ComplaintListRow(
                c.id,
                c.number,
                _kind_label(c.kind),
                channel_label(c.channel),
                visible.name or NO_IDENTITY,
                visible.subject,
                c.received_at,
                c.status,
                _status_label(c.status),
                COMPONENTS.get(c.component, c.component),
                _deadline(calendar, today, c),
            )
        )
    return rows


def _running_due_count(session: Session, *conditions: ColumnElement[bool]) -> int:
    query = (
        select(func.count())
        .select_from(Complaint)
        .where(Complaint.status.in_(sorted(RUNNING_STATUSES)), *conditions)
    )
    return int(session.scalar(query) or 0)


def complaints_screen(
    runtime: Runtime, actor: Actor, today: date, *, open_only: bool = False
) -> ComplaintsScreen:
    """Pengaduan: the list (masked for this actor) and the unanswered, overdue and near
    due counts."""
    from counterdesk.services.overview import open_complaint_count

    require_desk(actor)
    with runtime.read(actor) as session:
        near_end = office_calendar(session).add_working_days(today, NEAR_THRESHOLD)
        return ComplaintsScreen(
            tuple(complaint_rows(session, actor, today, open_only=open_only)),
            open_complaint_count(session),
            _running_due_count(session, Complaint.due_on < today),
            _running_due_count(session, Complaint.due_on >= today, Complaint.due_on <= near_end),
        )


@dataclass(frozen=True, slots=True)
class ComplaintFormOptions:
    channels: tuple[tuple[str, str], ...]
    standards: tuple[tuple[str, str, str], ...]  # (code, title, policy_text) with a policy
    services: tuple[tuple[str, str], ...]  # (full_code, "Standard — Service")
    components: tuple[tuple[str, str], ...]
    routes: tuple[tuple[str, str], ...]
    step_kinds: tuple[tuple[str, str], ...]
    outcome_channels: tuple[tuple[str, str], ...]


def form_options(runtime: Runtime, actor: Actor) -> ComplaintFormOptions:
    """The choices of the complaint form and the handling dialog (catalogue only)."""
    require_desk(actor)
    catalog = load_catalog()
    return ComplaintFormOptions(
        tuple((c, channel_label(c)) for c in COMPLAINT_CHANNELS),
        tuple(
            (s.code, s.title, policy_terms(s.complaint).text)
            for s in catalog.standards
            if s.complaint is not None
        ),
        tuple((s.full_code, f"{s.standard.title} — {s.name}") for s in catalog.all_services()),
        tuple(COMPONENTS.items()),
        tuple(ROUTES.items()),
        tuple(STEP_KINDS.items()),
        tuple((c, channel_label(c)) for c in OUTCOME_CHANNELS),
    )
