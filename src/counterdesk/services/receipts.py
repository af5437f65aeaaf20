"""The documents of intake: the tanda terima of an application and the ticket slip of an
escalated information request, as PDF bytes ready to print or save."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from counterdesk.documents.letterhead import Letterhead
from counterdesk.documents.people import Applicant as PrintedApplicant
from counterdesk.documents.people import Officer
from counterdesk.documents.receipt import ReceiptData, ReceivedDocument, render_receipt
from counterdesk.documents.ticket_slip import TicketSlipData, render_ticket_slip
from counterdesk.domain.catalog import CHANNEL_LABELS, ComplaintPolicy
from counterdesk.domain.errors import ValidationError
from counterdesk.domain.formatting import format_datetime_short
from counterdesk.domain.states import STATUS_LABELS, AppStatus
from counterdesk.services.applicants import identity_of
from counterdesk.services.applications import detail
from counterdesk.services.compensation import receipt_line
from counterdesk.services.context import Actor
from counterdesk.services.setup import get_office
from counterdesk.store.models import Applicant, Application, Blob, Office, User

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime

STILL_MISSING = "belum diserahkan"


def letterhead(session: Session, office: Office) -> Letterhead:
    logo = session.get(Blob, office.logo_sha256) if office.logo_sha256 else None
    return Letterhead(
        office_name=office.name,
        unit=office.unit,
        address=office.address,
        phone=office.phone,
        email=office.email,
        logo_png=logo.data if logo else None,
    )


def printed_applicant(applicant: Applicant) -> PrintedApplicant:
    label, number = identity_of(applicant)
    return PrintedApplicant(
        applicant.name, label, number, applicant.phone, applicant.email, applicant.address
    )


def printed_officer(session: Session, officer_id: uuid.UUID | None) -> Officer:
    user = session.get(User, officer_id) if officer_id else None
    return Officer(user.full_name, user.nip) if user else Officer("")


def complaint_footer(policy: ComplaintPolicy | None) -> str:
    channels = policy.channels if policy else []
    contacts = [
        f"{CHANNEL_LABELS.get(c.channel, c.channel)}: {c.contact}" for c in channels if c.contact
    ][:3]
    # The renderer already asks the applicant to keep the receipt; this adds where to complain.
    return ("Pengaduan: " + "; ".join(contacts) + ".") if contacts else ""


def receipt_pdf(session: Session, number: str) -> bytes:
    d = detail(session, number)
    app, svc = d.application, d.service
    office = get_office(session)
    limit = svc.service.time_limit
    fee = svc.service.fee
    data = ReceiptData(
        letterhead=letterhead(session, office),
        number=app.number,
        received_at=app.received_at,
        tz_name=office.timezone,
        applicant=printed_applicant(d.applicant),
        service_name=svc.name,
        standard_title=svc.standard.title,
        channel=CHANNEL_LABELS.get(app.channel, app.channel),
        documents=[
            ReceivedDocument(
                item.label,
                item.present,
                item.note
                or ("" if item.present else STILL_MISSING if item.mandatory else "tidak wajib"),
            )
            for item in d.checklist
        ],
        promised_on=app.due_on,
        time_limit=limit.label() if limit else "tidak ditetapkan dalam standar",
        fee=("Tidak dipungut biaya" if fee.is_free else fee.display()) if fee else "—",
        officer=printed_officer(session, app.officer_id),
        notes=app.notes,
        footer=complaint_footer(svc.standard.complaint),
        compensation=receipt_line(session, app),
    )
    return render_receipt(data)


def ticket_slip_pdf(session: Session, number: str) -> bytes:
    d = detail(session, number)
    app = d.application
    if not app.ticket_number or app.due_on is None:
        raise ValidationError("ticket", "Permohonan ini belum dieskalasi; belum ada nomor tiket.")
    office = get_office(session)
    limit = d.service.service.time_limit
    data = TicketSlipData(
        letterhead=letterhead(session, office),
        number=app.ticket_number,
        received_at=app.received_at,
        tz_name=office.timezone,
        requester=printed_applicant(d.applicant),
        channel=CHANNEL_LABELS.get(app.channel, app.channel),
        question=app.notes,
        escalated_to=app.answer,
        promised_on=app.due_on,
        time_limit=limit.label() if limit else "",
        officer=printed_officer(session, app.officer_id),
        footer=complaint_footer(d.service.standard.complaint),
    )
    return render_ticket_slip(data)


def receipt(runtime: Runtime, actor: Actor, number: str) -> bytes:
    """The tanda terima as it stands now (checklist and due date), as PDF bytes."""
    with runtime.read(actor) as session:
        return receipt_pdf(session, number)


def ticket_slip(runtime: Runtime, actor: Actor, number: str) -> bytes:
    """The ticket slip of an escalated information request ``number``."""
    with runtime.read(actor) as session:
        return ticket_slip_pdf(session, number)


@dataclass(frozen=True, slots=True)
class ReceiptRow:
    """One tanda terima that can be printed again: the application it belongs to."""

    number: str
    received: str  # on the office's wall clock, e.g. "23 Nov 2026 08.01 WIB"
    applicant: str
    service: str
    status_label: str


def recent_receipts(runtime: Runtime, actor: Actor, *, limit: int = 20) -> tuple[ReceiptRow, ...]:
    """The latest receipts, newest first (a reprint is nearly always of today's)."""
    from counterdesk.services.overview import service_name

    with runtime.read(actor) as session:
        zone = get_office(session).timezone
        rows = session.execute(
            select(
                Application.number,
                Application.received_at,
                Applicant.name,
                Application.service_code,
                Application.status,
            )
            .join(Applicant, Application.applicant_id == Applicant.id)
            .order_by(Application.received_at.desc())
            .limit(max(1, limit))
        )
        return tuple(
            ReceiptRow(
                row.number,
                format_datetime_short(row.received_at, zone),
                row.name,
                service_name(row.service_code),
                STATUS_LABELS[AppStatus(row.status)],
            )
            for row in rows
        )
