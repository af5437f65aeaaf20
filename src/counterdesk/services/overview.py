"""Read-only lists the tabs open on: the queue, files awaiting sign-off, certificates,
interview minutes, complaints. Each returns plain rows (no ORM objects leave here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import Select, case, func, or_, select, text
from sqlalchemy.orm import Session

from counterdesk.domain.states import (
    CLOCK_RUNNING,
    COMPLAINT_KIND_LABELS,
    COMPLAINT_STATUS_LABELS,
    OPEN_SQL,
    OPEN_STATUSES,
    STATUS_LABELS,
    AppStatus,
    ComplaintKind,
)
from counterdesk.domain.workdays import WorkCalendar
from counterdesk.services.lookup import looks_like_number
from counterdesk.store.models import (
    Applicant,
    ApplicantToken,
    Application,
    Certificate,
    Complaint,
    InterviewMinutes,
    SignOff,
    User,
)


def service_name(service_code: str) -> str:
    from counterdesk.services.catalog import load_catalog

    try:
        return load_catalog().find_service(service_code).name
    except Exception:  # an application filed under a service since removed
        return service_code


@dataclass(frozen=True)
class Deadline:
    due_on: date | None
    text: str  # "Lewat 2 hari", "Jatuh tempo hari ini", "Sisa 5 hari kerja", or why none
    level: str  # overdue | due_today | near | ok | none


def deadline(
    calendar: WorkCalendar,
    today: date,
    due_on: date | None,
    running: bool,
    *,
    started: bool = True,
) -> Deadline:
    """How the deadline reads in a list; ``started`` is false until the file is complete."""
    if not started:
        return Deadline(None, "Dihitung sejak berkas lengkap", "none")
    if due_on is None:
        return Deadline(None, "Tanpa batas waktu di standar", "none")
    if not running:
        return Deadline(due_on, "—", "none")
    text, level = calendar.status_text(today, due_on)
    return Deadline(due_on, text, level)


@dataclass(frozen=True)
class QueueRow:
    number: str
    applicant: str
    service: str
    status: AppStatus
    status_label: str
    received_at: datetime
    deadline: Deadline


_AnySelect = TypeVar("_AnySelect", bound=Select[*tuple[Any, ...]])


def _queue_filter(
    query: _AnySelect,
    *,
    search: str,
    statuses: frozenset[AppStatus],
    service_code: str | None,
    received_from: date | None,
    received_to: date | None,
) -> _AnySelect:
    if statuses == OPEN_STATUSES:  # literally the partial index's condition, so it is used
        query = query.where(text(OPEN_SQL.replace("status", "application.status", 1)))
    else:
        query = query.where(Application.status.in_([s.value for s in statuses]))
    if service_code:
        query = query.where(Application.service_code == service_code)
    if received_from:
        query = query.where(Application.received_on >= received_from)
    if received_to:
        query = query.where(Application.received_on <= received_to)
    typed = search.strip()
    if typed:
        if looks_like_number(typed):
            query = query.where(Application.number == typed.upper())
        else:
            ids = select(ApplicantToken.applicant_id).where(
                ApplicantToken.token >= typed.lower(),
                ApplicantToken.token < typed.lower() + "\uffff",
            )
            query = query.where(Application.applicant_id.in_(ids))
    return query


def application_queue(
    session: Session,
    calendar: WorkCalendar,
    today: date,
    *,
    search: str = "",
    statuses: frozenset[AppStatus] = OPEN_STATUSES,
    service_code: str | None = None,
    received_from: date | None = None,
    received_to: date | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[QueueRow]:
    """One page of the queue: what is due first at the top, files without a due date
    after them, oldest first. The GUI loads further pages as the list scrolls."""
    query = (
        _queue_filter(
            select(Application, Applicant.name).join(
                Applicant, Application.applicant_id == Applicant.id
            ),
            search=search,
            statuses=statuses,
            service_code=service_code,
            received_from=received_from,
            received_to=received_to,
        )
        .order_by(Application.due_on.is_(None), Application.due_on, Application.received_at)
        .limit(limit)
        .offset(offset)
    )
    rows = []
    for app, name in session.execute(query):
        status = AppStatus(app.status)
        running = status in CLOCK_RUNNING
        if status == AppStatus.PAUSED:
            rows.append(
                QueueRow(
                    app.number,
                    name,
                    service_name(app.service_code),
                    status,
                    STATUS_LABELS[status],
                    app.received_at,
                    Deadline(app.due_on, "Jam layanan berhenti", "none"),
                )
            )
            continue
        rows.append(
            QueueRow(
                app.number,
                name,
                service_name(app.service_code),
                status,
                STATUS_LABELS[status],
                app.received_at,
                deadline(calendar, today, app.due_on, running, started=app.complete_on is not None),
            )
        )
    return rows


def queue_size(
    session: Session,
    *,
    search: str = "",
    statuses: frozenset[AppStatus] = OPEN_STATUSES,
    service_code: str | None = None,
    received_from: date | None = None,
    received_to: date | None = None,
) -> int:
    query = _queue_filter(
        select(func.count()).select_from(Application),
        search=search,
        statuses=statuses,
        service_code=service_code,
        received_from=received_from,
        received_to=received_to,
    )
    return int(session.scalar(query) or 0)


@dataclass(frozen=True)
class SignOffRow:
    number: str
    applicant: str
    service: str
    verifier: str
    verified_at: datetime
    age_days: int


def signoff_queue(session: Session, now: datetime) -> list[SignOffRow]:
    """Files waiting for the supervisor, oldest first."""
    query = (
        select(
            SignOff, Application.number, Application.service_code, Applicant.name, User.full_name
        )
        .join(Application, SignOff.application_id == Application.id)
        .join(Applicant, Application.applicant_id == Applicant.id)
        .outerjoin(User, User.id == SignOff.verifier_id)
        .where(SignOff.decision == "pending")
        .order_by(SignOff.verified_at)
    )
    return [
        SignOffRow(
            number,
            applicant,
            service_name(code),
            verifier or "?",
            so.verified_at,
            (now - so.verified_at).days,
        )
        for so, number, code, applicant, verifier in session.execute(query)
    ]


@dataclass(frozen=True)
class CertificateRow:
    serial: str
    holder: str
    title: str
    issued_on: date
    status: str
    printed_count: int
    historic: bool


CERTIFICATE_STATUS_LABELS = {"issued": "Terbit", "void": "Dibatalkan", "replaced": "Diganti"}


def certificates(session: Session, *, search: str = "", limit: int = 500) -> list[CertificateRow]:
    query = (
        select(Certificate, Applicant.name)
        .join(Applicant, Certificate.applicant_id == Applicant.id)
        .order_by(Certificate.printed_count, Certificate.issued_on.desc())
        .limit(limit)
    )
    if search.strip():
        like = f"%{search.strip()}%"
        query = query.where(or_(Certificate.serial.ilike(like), Applicant.name.ilike(like)))
    return [
        CertificateRow(
            c.serial,
            name,
            c.title,
            c.issued_on,
            CERTIFICATE_STATUS_LABELS.get(c.status, c.status),
            c.printed_count,
            c.historic,
        )
        for c, name in session.execute(query)
    ]


@dataclass(frozen=True)
class MinutesRow:
    number: str
    application_number: str
    applicant: str
    held_at: datetime
    topic: str
    signed: bool


def interview_minutes(session: Session, *, limit: int = 500) -> list[MinutesRow]:
    query = (
        select(InterviewMinutes, Application.number, Applicant.name)
        .join(Application, InterviewMinutes.application_id == Application.id)
        .join(Applicant, Application.applicant_id == Applicant.id)
        .order_by(InterviewMinutes.held_at.desc())
        .limit(limit)
    )
    return [
        MinutesRow(m.number, number, name, m.held_at, str(m.content.get("topik", "")), m.signed)
        for m, number, name in session.execute(query)
    ]


@dataclass(frozen=True)
class ComplaintRow:
    number: str
    kind_label: str
    channel: str
    reporter: str
    subject: str
    received_at: datetime
    status_label: str
    deadline: Deadline


def complaints(
    session: Session, calendar: WorkCalendar, today: date, *, limit: int = 500
) -> list[ComplaintRow]:
    query = (
        select(Complaint)
        .order_by(
            case((Complaint.status.in_(["answered", "closed"]), 1), else_=0),
            Complaint.due_on,
            Complaint.received_at.desc(),
        )
        .limit(limit)
    )
    rows = []
    for c in session.scalars(query):
        running = c.status not in ("answered", "closed")
        rows.append(
            ComplaintRow(
                c.number,
                COMPLAINT_KIND_LABELS[ComplaintKind(c.kind)],
                c.channel,
                c.reporter_name or "(tanpa identitas)",
                c.subject,
                c.received_at,
                COMPLAINT_STATUS_LABELS.get(c.status, c.status),
                deadline(calendar, today, c.due_on, running),
            )
        )
    return rows


@dataclass(frozen=True)
class Counts:
    open_applications: int
    awaiting_signoff: int
    overdue: int
    open_complaints: int
    certificates_unprinted: int
    due_soon: int = 0  # running files due today or within NEAR_THRESHOLD working days


def counts(session: Session, today: date, calendar: WorkCalendar | None = None) -> Counts:
    """The numbers at the top of each tab (the supervisor's overview among them)."""
    from counterdesk.domain.workdays import NEAR_THRESHOLD
    from counterdesk.services.calendar import office_calendar

    horizon = (calendar or office_calendar(session)).add_working_days(today, NEAR_THRESHOLD)
    running = [AppStatus.AWAITING_SIGNOFF.value, AppStatus.IN_PROCESS.value]

    def scalar(q: object) -> int:
        return int(session.scalar(q) or 0)  # type: ignore[call-overload]

    open_values = [s.value for s in OPEN_STATUSES]
    return Counts(
        scalar(
            select(func.count()).select_from(Application).where(Application.status.in_(open_values))
        ),
        scalar(select(func.count()).select_from(SignOff).where(SignOff.decision == "pending")),
        scalar(
            select(func.count())
            .select_from(Application)
            .where(Application.status.in_(running))
            .where(Application.due_on < today)
        ),
        scalar(
            select(func.count())
            .select_from(Complaint)
            .where(Complaint.status.not_in(["answered", "closed"]))
        ),
        scalar(
            select(func.count())
            .select_from(Certificate)
            .where(Certificate.printed_count == 0, Certificate.status == "issued")
        ),
        scalar(
            select(func.count())
            .select_from(Application)
            .where(Application.status.in_(running))
            .where(Application.due_on >= today, Application.due_on <= horizon)
        ),
    )
