"""Surat jawaban pengaduan (issue 10, point 3): the office's written answer to a
complaint, signed by the office signatory.

The number (code PGD) is taken when the letter is first made and kept in
``Complaint.reply_letter_number``; a reprint keeps the number and the date of that first
letter (read from its audit event). A letter needs the response (a *tanggapan* step) and
someone to address it to; an officer cannot make one for a complainant whose identity
(anonim) or content (rahasia) is hidden from them — a supervisor makes that letter.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from counterdesk.domain.errors import NotFound, ValidationError
from counterdesk.domain.letter_numbers import COMPLAINT_REPLY
from counterdesk.services import audit
from counterdesk.services.applications import office_day
from counterdesk.services.complaints import mask_for, require_desk
from counterdesk.services.context import Actor
from counterdesk.services.letters import next_letter_number, office_city
from counterdesk.services.letters import paper as paper_named
from counterdesk.services.setup import get_office
from counterdesk.store.base import utcnow
from counterdesk.store.models import Applicant, Application, AuditEvent, Complaint

if TYPE_CHECKING:
    from counterdesk.documents.complaint_reply import ReplyLetter
    from counterdesk.services.runtime import Runtime

LETTER_MADE = "complaint.reply_letter"
NO_RESPONSE = (
    "Surat jawaban dibuat setelah tanggapan kepada pelapor dicatat. Tambahkan langkah "
    "'Tanggapan kepada pelapor' di catatan penanganan dulu."
)
NO_IDENTITY = (
    "Pelapor tanpa identitas: surat jawaban tidak dapat dialamatkan. Sampaikan tanggapan "
    "lewat saluran pengaduannya (mis. papan pengumuman atau situs) dan catat hasilnya."
)
IDENTITY_HIDDEN = (
    "Identitas pelapor dirahasiakan (anonim) dan hanya terlihat oleh atasan; minta atasan "
    "membuat surat jawabannya."
)
CONTENT_HIDDEN = (
    "Isi pengaduan ini rahasia dan hanya terlihat oleh atasan; minta atasan membuat surat "
    "jawabannya."
)


def reply_blocker(actor: Actor, c: Complaint) -> str:
    """Why ``actor`` may not make the reply letter of ``c`` ("" when they may)."""
    if not c.response.strip() or c.responded_at is None:
        return NO_RESPONSE
    if not c.reporter_name.strip():
        return NO_IDENTITY
    shown = mask_for(actor, c)
    if shown.identity_hidden:
        return IDENTITY_HIDDEN
    if shown.content_hidden:
        return CONTENT_HIDDEN
    return ""


def _address_lines(session: Session, c: Complaint) -> tuple[str, ...]:
    """The applicant's address when the complaint names their application, else how the
    complainant can be reached (phone, e-mail)."""
    if c.application_id is not None:
        app = session.get(Application, c.application_id)
        applicant = session.get(Applicant, app.applicant_id) if app else None
        if applicant is not None and applicant.address.strip():
            return tuple(line.strip() for line in applicant.address.splitlines() if line.strip())
    phone = c.reporter_phone or (c.reporter_contact if "@" not in c.reporter_contact else "")
    lines = []
    if phone:
        lines.append(f"Telepon {phone}")
    if c.reporter_email:
        lines.append(f"Pos-el {c.reporter_email}")
    return tuple(lines)


def _first_letter_day(session: Session, c: Complaint) -> date | None:
    event = session.scalar(
        select(AuditEvent)
        .where(AuditEvent.action == LETTER_MADE, AuditEvent.entity_id == str(c.id))
        .order_by(AuditEvent.seq)
        .limit(1)
    )
    day = event.detail.get("day") if event else None
    return date.fromisoformat(day) if isinstance(day, str) else None


def reply_letter(session: Session, actor: Actor, c: Complaint) -> ReplyLetter:
    """The letter's data; takes the PGD number on first use, audits every print."""
    from counterdesk.documents.complaint_reply import ReplyLetter
    from counterdesk.documents.signers import Signer
    from counterdesk.services.receipts import letterhead

    require_desk(actor)
    blocker = reply_blocker(actor, c)
    if blocker:
        raise ValidationError("reply_letter", blocker)
    first = c.reply_letter_number is None
    day = (None if first else _first_letter_day(session, c)) or office_day(session, utcnow())
    if first:
        c.reply_letter_number = next_letter_number(session, COMPLAINT_REPLY, day)
    assert c.reply_letter_number is not None
    audit.record(
        session,
        actor,
        LETTER_MADE,
        entity="complaint",
        entity_id=str(c.id),
        detail={
            "number": c.number,
            "letter_number": c.reply_letter_number,
            "day": day.isoformat(),
            "reprint": not first,
        },
    )
    office = get_office(session)
    assert c.responded_at is not None
    return ReplyLetter(
        letterhead=letterhead(session, office),
        number=c.reply_letter_number,
        city=office_city(session),
        day=day,
        recipient_name=c.reporter_name.strip(),
        recipient_address_lines=_address_lines(session, c),
        complaint_number=c.number,
        received_on=office_day(session, c.received_at),
        subject=c.subject,
        response=c.response,
        outcome=c.outcome,
        signer=Signer(office.signatory_name, office.signatory_nip, office.signatory_title),
    )


def reply_letter_pdf(
    runtime: Runtime, actor: Actor, complaint_id: uuid.UUID, *, paper: str = "A4"
) -> tuple[str, bytes]:
    """(letter number, PDF) of the complaint's reply letter; the first print takes the
    number, reprints keep it."""
    from counterdesk.documents.complaint_reply import render_reply_letter

    sheet = paper_named(paper)
    with runtime.unit(actor) as session:
        c = session.get(Complaint, complaint_id)
        if c is None:
            raise NotFound("Pengaduan itu tidak ditemukan di loket ini; muat ulang daftarnya.")
        letter = reply_letter(session, actor, c)
    return letter.number, render_reply_letter(letter, sheet)
