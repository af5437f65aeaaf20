"""The documents of the two-layer check: the deficiency notice handed to an applicant
whose file is incomplete, and the verification sheet with both layers' names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from counterdesk.documents.deficiency_notice import (
    Deficiency,
    DeficiencyNoticeData,
    render_deficiency_notice,
)
from counterdesk.documents.people import Officer
from counterdesk.documents.verification_sheet import (
    CheckedItem,
    OfficerCheck,
    SupervisorDecision,
    VerificationSheetData,
    render_verification_sheet,
)
from counterdesk.domain import numbers
from counterdesk.domain.errors import ValidationError
from counterdesk.domain.formatting import to_zone
from counterdesk.services.applications import Detail, detail, office_day
from counterdesk.services.numbering import next_number
from counterdesk.services.receipts import (
    complaint_footer,
    letterhead,
    printed_applicant,
    printed_officer,
)
from counterdesk.services.setup import get_office
from counterdesk.services.verification import APPROVED, RETURNED, checklist_hash, problems
from counterdesk.store.base import utcnow
from counterdesk.store.models import SignOff, User

if TYPE_CHECKING:
    from counterdesk.services.context import Actor
    from counterdesk.services.runtime import Runtime


def _limit_text(d: Detail) -> str:
    limit = d.service.service.time_limit
    return limit.label() if limit else "tidak ditetapkan dalam standar"


def deficiency_notice_pdf(session: Session, number: str) -> bytes:
    """Issues a letter number (SK-…) each time it is printed: it is a letter."""
    d = detail(session, number)
    missing = problems(d.checklist)
    if not missing:
        raise ValidationError(
            "checklist", "Tidak ada persyaratan wajib yang kurang; surat kekurangan tidak perlu."
        )
    office = get_office(session)
    today = office_day(session, utcnow())
    received = sum(1 for i in d.checklist if i.present)
    data = DeficiencyNoticeData(
        letterhead=letterhead(session, office),
        letter_number=next_number(session, numbers.LETTER, today.year),
        issued_on=today,
        application_number=d.application.number,
        received_on=d.application.received_on
        or to_zone(d.application.received_at, office.timezone).date(),
        applicant=printed_applicant(d.applicant),
        service_name=d.service.name,
        standard_title=d.service.standard.title,
        time_limit=_limit_text(d),
        deficiencies=[
            Deficiency(i.label, "missing" if not i.present else "invalid", i.note) for i in missing
        ],
        officer=printed_officer(session, d.application.officer_id),
        documents_received=(received, len(d.checklist)),
        footer=complaint_footer(d.service.standard.complaint),
    )
    return render_deficiency_notice(data)


def verification_sheet_pdf(session: Session, number: str) -> bytes:
    d = detail(session, number)
    app = d.application
    signoff = session.scalar(
        select(SignOff)
        .where(SignOff.application_id == app.id)
        .order_by(SignOff.verified_at.desc())
        .limit(1)
    )
    if signoff is None:
        raise ValidationError(
            "status",
            "Berkas belum diperiksa petugas; belum ada lembar "
            "verifikasi. Nyatakan berkas lengkap atau belum lengkap dulu.",
        )
    office = get_office(session)
    verifier = session.get(User, signoff.verifier_id)
    supervisor = session.get(User, signoff.supervisor_id) if signoff.supervisor_id else None
    layer2 = None
    if supervisor is not None and signoff.decided_at and signoff.decision in (APPROVED, RETURNED):
        layer2 = SupervisorDecision(
            Officer(supervisor.full_name, supervisor.nip),
            signoff.decided_at,
            signoff.decision == APPROVED,
            signoff.reason,
        )
    data = VerificationSheetData(
        letterhead=letterhead(session, office),
        application_number=app.number,
        received_at=app.received_at,
        tz_name=office.timezone,
        applicant=printed_applicant(d.applicant),
        service_name=d.service.name,
        standard_title=d.service.standard.title,
        time_limit=_limit_text(d),
        items=[CheckedItem(i.label, i.mandatory, i.present, i.valid, i.note) for i in d.checklist],
        complete=not problems(d.checklist),
        checklist_sha256=checklist_hash(d.checklist),
        layer1=OfficerCheck(
            Officer(verifier.full_name, verifier.nip) if verifier else Officer(""),
            signoff.verified_at,
        ),
        layer2=layer2,
        day0=app.complete_on,
        due_on=app.due_on,
        footer=complaint_footer(d.service.standard.complaint),
    )
    return render_verification_sheet(data)


# --- the dialogs' door ---------------------------------------------------------------


def deficiency_notice(runtime: Runtime, actor: Actor, number: str) -> bytes:
    """The deficiency notice as a PDF, its letter number issued in the same unit."""
    with runtime.unit(actor) as session:
        return deficiency_notice_pdf(session, number)


def verification_sheet(runtime: Runtime, actor: Actor, number: str) -> bytes:
    with runtime.read(actor) as session:
        return verification_sheet_pdf(session, number)
