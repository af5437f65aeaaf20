"""Information requests (seed 003): logged as applications of the information service,
answered within 2 working days — counted from the next working day when the request
arrives in the last 2 hours before closing — or escalated with a ticket number."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from counterdesk.domain import numbers
from counterdesk.domain.errors import ValidationError
from counterdesk.domain.states import AppStatus
from counterdesk.services import applicants, overview
from counterdesk.services.applicants import ApplicantCard
from counterdesk.services.applications import (
    NewApplication,
    detail,
    file_application,
    get_by_number,
    record_event,
    require_officer,
    require_open,
)
from counterdesk.services.calendar import office_calendar
from counterdesk.services.catalog import load_catalog
from counterdesk.services.context import Actor
from counterdesk.services.numbering import next_number
from counterdesk.services.overview import QueueRow
from counterdesk.services.setup import get_office
from counterdesk.store.base import utcnow
from counterdesk.store.models import Application

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime

INFORMATION_SERVICE = "informasi-bc-aceh/informasi"


@dataclass(frozen=True)
class InformationRequest:
    question: str
    channel: str  # email | web_chat | media_sosial
    name: str = ""
    phone: str = ""
    email: str = ""
    applicant_id: uuid.UUID | None = None  # a known applicant instead of name/contact
    received_at: datetime | None = None  # when it reached the office (default: now)


def information_services() -> list[str]:
    """Every catalogue service whose product is an answer (the clock starts on receipt)."""
    return [
        s.full_code
        for s in load_catalog().all_services()
        if any(p.kind == "answer" for p in s.service.products)
    ]


def log_request(
    session: Session,
    actor: Actor,
    data: InformationRequest,
    *,
    service_code: str = INFORMATION_SERVICE,
) -> Application:
    require_officer(actor)
    if len(data.question.strip()) < 5:
        raise ValidationError("question", "Tulis pertanyaan pemohon informasi (minimal 5 huruf).")
    applicant_id = data.applicant_id
    if applicant_id is None:
        applicant_id = applicants.register_contact(
            session, actor, data.name, phone=data.phone, email=data.email
        ).applicant.id
    return file_application(
        session,
        actor,
        NewApplication(applicant_id, service_code, data.channel, data.question.strip()),
        now=data.received_at,
    )


def answer(session: Session, actor: Actor, number: str, text: str) -> Application:
    require_officer(actor)
    if len(text.strip()) < 5:
        raise ValidationError("answer", "Tulis jawaban yang disampaikan kepada pemohon.")
    app = get_by_number(session, number)
    require_open(app)
    app.answer = text.strip()
    app.answered_at = utcnow()
    app.status = AppStatus.DONE.value
    app.closed_at = app.answered_at
    record_event(session, actor, app, "answered", note=text.strip()[:200])
    return app


def escalate(session: Session, actor: Actor, number: str, note: str) -> Application:
    """The answer needs another unit: the product is a ticket number, printed on a slip."""
    require_officer(actor)
    if len(note.strip()) < 5:
        raise ValidationError("note", "Tulis ke unit mana dan mengapa permintaan dieskalasi.")
    app = get_by_number(session, number)
    require_open(app)
    now = utcnow()
    app.ticket_number = next_number(session, numbers.TICKET, now.year)
    app.answer = note.strip()
    app.answered_at = now
    app.status = AppStatus.DONE.value
    app.closed_at = now
    record_event(session, actor, app, "escalated", note=f"{app.ticket_number}: {note.strip()}")
    return app


# --- the screens' door: one call per use case, plain data back ----------------------
OPEN_LIMIT = 500


@dataclass(frozen=True, slots=True)
class ReplyRule:
    """What the form explains: answer within ``days`` working days; requests arriving
    less than 2 hours before ``closing_time`` count from the next working day."""

    days: int
    closing_time: str  # "16.00"
    channels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Logged:
    number: str
    due_on: date | None


@dataclass(frozen=True, slots=True)
class RequestView:
    number: str
    question: str
    channel: str  # code
    requester: ApplicantCard


def reply_rule(runtime: Runtime, actor: Actor) -> ReplyRule:
    service = load_catalog().find_service(INFORMATION_SERVICE).service
    with runtime.read(actor) as session:
        closing = get_office(session).closing_time
    limit = service.time_limit
    return ReplyRule(
        limit.max_days if limit else 2, closing, tuple(str(c) for c in service.channels)
    )


def open_requests(runtime: Runtime, actor: Actor, today: date) -> tuple[QueueRow, ...]:
    """The requests still waiting for an answer, the nearest due date first."""
    with runtime.read(actor) as session:
        return tuple(
            overview.application_queue(
                session,
                office_calendar(session),
                today,
                service_code=INFORMATION_SERVICE,
                limit=OPEN_LIMIT,
            )
        )


def request_view(runtime: Runtime, actor: Actor, number: str) -> RequestView:
    with runtime.read(actor) as session:
        d = detail(session, number)
        return RequestView(
            d.application.number,
            d.application.notes,
            d.application.channel,
            ApplicantCard.of(d.applicant),
        )


def log(runtime: Runtime, actor: Actor, data: InformationRequest) -> Logged:
    with runtime.unit(actor) as session:
        app = log_request(session, actor, data)
        return Logged(app.number, app.due_on)


def answer_request(runtime: Runtime, actor: Actor, number: str, text: str) -> None:
    with runtime.unit(actor) as session:
        answer(session, actor, number, text)


def escalate_request(runtime: Runtime, actor: Actor, number: str, note: str) -> str:
    """Returns the ticket number issued."""
    with runtime.unit(actor) as session:
        return escalate(session, actor, number, note).ticket_number or ""
