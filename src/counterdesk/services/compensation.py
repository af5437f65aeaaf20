"""Kompensasi for late service (issue 10 point 5, seed 001).

When a file of a standard with a compensation policy was finished after its promised
date, the office owes the applicant a *surat permohonan maaf* and (seed 001) one working
day off the promise of their next certification. The app proposes it; granting takes a
MAAF letter number and keeps a voucher (``Compensation``) that the next application of
the same standard by the same applicant uses, once: at filing (``apply_voucher``, called
by ``applications.file_application``) or when the applicant shows the letter
(``redeem``, for a file already open).

*Finished* is the day the product was ready (the "ready" event): the office kept or broke
its promise then; an applicant who collects later does not make the office late. A
service whose clock starts at receipt has no ready step: its closing day counts.

The applicant is matched by identity number (NIK, else NIB) as well as by row, so a
voucher granted at another counter and brought here by sync is found.

Who grants: an officer or a supervisor. The grant is not a judgement: the service decides
from recorded facts (finished after the due date, a policy in the standard) whether it is
owed, the letter carries the office signatory, and the audit names who printed it; so no
second layer is asked, as for a receipt.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from counterdesk.domain.catalog import CompensationPolicy
from counterdesk.domain.errors import NotFound, ValidationError
from counterdesk.domain.formatting import format_date_short, to_zone
from counterdesk.domain.letter_numbers import APOLOGY
from counterdesk.domain.states import OPEN_STATUSES, AppStatus
from counterdesk.services import audit
from counterdesk.services.applications import (
    get_by_number,
    office_day,
    record_event,
    require_officer,
    service_of,
)
from counterdesk.services.calendar import office_calendar
from counterdesk.services.catalog import load_catalog
from counterdesk.services.context import Actor
from counterdesk.services.letters import next_letter_number
from counterdesk.services.setup import get_office
from counterdesk.store.base import utcnow
from counterdesk.store.models import Applicant, Application, ApplicationEvent, Compensation

if TYPE_CHECKING:
    from counterdesk.documents.apology_letter import ApologyLetter
    from counterdesk.services.runtime import Runtime

AVAILABLE, USED, VOID = "available", "used", "void"
STATUS_LABELS = {AVAILABLE: "Belum dipakai", USED: "Sudah dipakai", VOID: "Dibatalkan"}
GRANTED_EVENT = "compensation_granted"
APPLIED_EVENT = "compensation_applied"
# A file finished late longer ago than this is no longer proposed (the list stays short
# and the query reads recent files only); it can still be granted by its number.
PROPOSAL_WINDOW = timedelta(days=365)
LIST_LIMIT = 500


@dataclass(frozen=True, slots=True)
class CompensationProposal:
    application_id: uuid.UUID
    number: str
    applicant_name: str
    service_name: str
    due_on: date
    finished_on: date
    late_working_days: int
    days_off: int
    policy_text: str


@dataclass(frozen=True, slots=True)
class CompensationView:
    id: uuid.UUID
    letter_number: str
    application_number: str
    applicant_name: str
    days_off: int
    status: str
    status_label: str
    used_on_number: str  # the application it shortened, "" while unused
    granted_on: date
    granted_by: str

    @property
    def available(self) -> bool:
        return self.status == AVAILABLE


def policy_of(standard_code: str) -> CompensationPolicy | None:
    try:
        return load_catalog().standard(standard_code).compensation
    except NotFound:
        return None


def _policy_standards() -> list[str]:
    return [s.code for s in load_catalog().standards if s.compensation is not None]


def _days_off(policy: CompensationPolicy) -> int:
    return policy.next_service_days_off or 0


def policy_summary(policy: CompensationPolicy) -> str:
    """One line for the screens: what the applicant gets."""
    days = _days_off(policy)
    parts = ["surat permohonan maaf"] if policy.apology_letter else []
    if days:
        parts.append(
            f"janji layanan sertifikasi berikutnya dipercepat {days} hari kerja"
            + (" (dengan menunjukkan surat)" if policy.requires_letter else "")
        )
    return "Kompensasi: " + (" dan ".join(parts) or "sesuai standar pelayanan") + "."


# --- when a file finished late ------------------------------------------------------


def _ready_days(session: Session, apps: list[Application]) -> dict[uuid.UUID, datetime]:
    """The moment each file's product was last made ready."""
    if not apps:
        return {}
    rows = session.execute(
        select(ApplicationEvent.application_id, func.max(ApplicationEvent.at))
        .where(
            ApplicationEvent.application_id.in_([a.id for a in apps]),
            ApplicationEvent.kind == "ready",
        )
        .group_by(ApplicationEvent.application_id)
    )
    return {app_id: at for app_id, at in rows if at is not None}


def _proposals(session: Session, apps: list[Application]) -> list[CompensationProposal]:
    """The files of ``apps`` that finished late under a policy and have no compensation."""
    candidates = [
        a
        for a in apps
        if a.status == AppStatus.DONE.value and a.due_on is not None and policy_of(a.standard_code)
    ]
    if not candidates:
        return []
    granted = set(
        session.scalars(
            select(Compensation.application_id).where(
                Compensation.application_id.in_([a.id for a in candidates])
            )
        )
    )
    ready = _ready_days(session, candidates)
    zone = get_office(session).timezone
    calendar = office_calendar(session)
    found = []
    for app in candidates:
        moment = ready.get(app.id) or app.closed_at
        if app.id in granted or moment is None or app.due_on is None:
            continue
        finished = to_zone(moment, zone).date()
        if finished <= app.due_on:
            continue
        policy = policy_of(app.standard_code)
        assert policy is not None
        found.append(
            CompensationProposal(
                application_id=app.id,
                number=app.number,
                applicant_name=app.applicant.name,
                service_name=service_of(app).name,
                due_on=app.due_on,
                finished_on=finished,
                late_working_days=max(1, calendar.working_days_between(app.due_on, finished)),
                days_off=_days_off(policy),
                policy_text=policy_summary(policy),
            )
        )
    return found


def proposals_in(session: Session, today: date) -> list[CompensationProposal]:
    """Files finished late within the last year, not compensated yet, latest first."""
    standards = _policy_standards()
    if not standards:
        return []
    since = datetime.combine(today - PROPOSAL_WINDOW, datetime.min.time(), tzinfo=UTC)
    apps = list(
        session.scalars(
            select(Application)
            .where(
                Application.status == AppStatus.DONE.value,
                Application.standard_code.in_(standards),
                Application.due_on.is_not(None),
                Application.closed_at >= since,
                ~select(Compensation.id)
                .where(Compensation.application_id == Application.id)
                .exists(),
            )
            .order_by(Application.closed_at.desc())
            .limit(LIST_LIMIT)
        )
    )
    return _proposals(session, apps)


def _why_not(session: Session, app: Application) -> str:
    """Why ``app`` is owed no compensation, in words (the grant refuses with it)."""
    existing = session.scalar(select(Compensation).where(Compensation.application_id == app.id))
    if existing is not None:
        return (
            f"Kompensasi untuk permohonan {app.number} sudah diberikan (surat permohonan maaf "
            f"No. {existing.letter_number}, {format_date_short(existing.granted_on)}); "
            "kompensasi tidak diberikan dua kali. Cetak ulang suratnya dari daftar."
        )
    if policy_of(app.standard_code) is None:
        return f"Standar pelayanan permohonan {app.number} tidak mengatur kompensasi."
    if app.status != AppStatus.DONE.value or app.due_on is None:
        return (
            f"Permohonan {app.number} belum selesai; kompensasi diberikan setelah produknya "
            "diserahkan dan ternyata melewati janji layanan."
        )
    return (
        f"Permohonan {app.number} selesai tepat waktu (janji: "
        f"{format_date_short(app.due_on)}); tidak ada kompensasi."
    )


# --- granting ---------------------------------------------------------------------------


def grant_in(
    session: Session, actor: Actor, number: str, *, today: date | None = None
) -> Compensation:
    """Beri kompensasi: the MAAF letter number and the voucher, audited; refused (with
    the reason) when nothing is owed or it was granted already."""
    require_officer(actor)
    app = get_by_number(session, number)
    found = _proposals(session, [app])
    if not found:
        raise ValidationError("application", _why_not(session, app))
    proposal = found[0]
    day = today or office_day(session, utcnow())
    compensation = Compensation(
        application_id=app.id,
        applicant_id=app.applicant_id,
        standard_code=app.standard_code,
        late_working_days=proposal.late_working_days,
        days_off=proposal.days_off,
        letter_number=next_letter_number(session, APOLOGY, day),
        granted_on=day,
        granted_by_id=actor.user_id,
        granted_by_name=actor.full_name,
        status=AVAILABLE if proposal.days_off > 0 else VOID,
    )
    session.add(compensation)
    session.flush()
    record_event(
        session,
        actor,
        app,
        GRANTED_EVENT,
        note=(
            f"Surat permohonan maaf No. {compensation.letter_number}; terlambat "
            f"{proposal.late_working_days} hari kerja"
            + (
                f"; janji layanan sertifikasi berikutnya dipercepat {proposal.days_off} hari kerja"
                if proposal.days_off
                else ""
            )
        ),
    )
    audit.record(
        session,
        actor,
        "compensation.granted",
        entity="compensation",
        entity_id=compensation.letter_number,
        detail={
            "application": app.number,
            "late_working_days": proposal.late_working_days,
            "days_off": proposal.days_off,
        },
    )
    return compensation


# --- the voucher at the next application -------------------------------------------------


def _same_applicant(session: Session, applicant_id: uuid.UUID) -> list[uuid.UUID]:
    """The applicant's row and every row with the same NIK/NIB (brought by sync)."""
    applicant = session.get(Applicant, applicant_id)
    if applicant is None:
        return [applicant_id]
    same = [Applicant.id == applicant_id]
    if applicant.nik:
        same.append(Applicant.nik == applicant.nik)
    if applicant.nib:
        same.append(Applicant.nib == applicant.nib)
    return list(session.scalars(select(Applicant.id).where(or_(*same))))


def voucher_for(
    session: Session, applicant_id: uuid.UUID, standard_code: str
) -> Compensation | None:
    """The applicant's oldest unused voucher of ``standard_code``, if any."""
    return session.scalar(
        select(Compensation)
        .where(
            Compensation.applicant_id.in_(_same_applicant(session, applicant_id)),
            Compensation.standard_code == standard_code,
            Compensation.status == AVAILABLE,
            Compensation.days_off > 0,
        )
        .order_by(Compensation.granted_on, Compensation.letter_number)
        .limit(1)
    )


def _refusal(session: Session, voucher: Compensation, app: Application) -> str:
    """Why ``voucher`` may not shorten ``app`` ("" when it may)."""
    if voucher.status == USED:
        used = (
            session.get(Application, voucher.used_application_id)
            if voucher.used_application_id
            else None
        )
        when = ""
        if voucher.used_at is not None:
            used_on = to_zone(voucher.used_at, get_office(session).timezone).date()
            when = f" pada {format_date_short(used_on)}"
        return (
            f"Surat permohonan maaf No. {voucher.letter_number} sudah dipakai untuk permohonan "
            f"{used.number if used else '(di loket lain)'}{when}; kompensasi hanya berlaku "
            "satu kali."
        )
    if voucher.status != AVAILABLE or voucher.days_off <= 0:
        return f"Surat permohonan maaf No. {voucher.letter_number} tidak memuat potongan waktu."
    if app.applicant_id not in _same_applicant(session, voucher.applicant_id):
        return (
            f"Surat permohonan maaf No. {voucher.letter_number} diberikan kepada pemohon lain; "
            "kompensasi hanya untuk pemohon yang namanya tertulis di surat."
        )
    if app.standard_code != voucher.standard_code:
        return (
            f"Surat permohonan maaf No. {voucher.letter_number} berlaku untuk sertifikasi "
            f"{load_catalog().standard(voucher.standard_code).title}, bukan layanan ini."
        )
    if AppStatus(app.status) not in OPEN_STATUSES:
        return f"Permohonan {app.number} sudah ditutup; kompensasi tidak dapat dipakai lagi."
    if app.days_off > 0:
        return f"Permohonan {app.number} sudah memakai kompensasi; satu permohonan satu surat."
    if service_of(app).service.time_limit is None:
        return f"Layanan permohonan {app.number} tidak memiliki janji waktu yang dapat dipercepat."
    return ""


def _use(
    session: Session,
    actor: Actor,
    voucher: Compensation,
    app: Application,
    *,
    at: datetime | None = None,
) -> None:
    from counterdesk.services.applications import _recompute_due  # the clock's one rule

    refusal = _refusal(session, voucher, app)
    if refusal:
        raise ValidationError("letter_number", refusal)
    app.days_off = voucher.days_off
    voucher.status = USED
    voucher.used_application_id = app.id
    voucher.used_at = at or utcnow()
    if app.complete_on is not None:  # the clock runs already: the due date moves now
        _recompute_due(app, office_calendar(session))
    record_event(
        session,
        actor,
        app,
        APPLIED_EVENT,
        at=voucher.used_at,
        note=(
            f"Janji layanan dipercepat {voucher.days_off} hari kerja (surat permohonan maaf "
            f"No. {voucher.letter_number})"
        ),
    )
    audit.record(
        session,
        actor,
        "compensation.used",
        entity="compensation",
        entity_id=voucher.letter_number,
        detail={"application": app.number, "days_off": voucher.days_off},
    )


def apply_voucher(session: Session, actor: Actor, app: Application) -> Compensation | None:
    """At filing: the applicant's voucher for this standard shortens this file's promise
    (once); None when there is none or it cannot apply (no time limit)."""
    if app.days_off > 0 or service_of(app).service.time_limit is None:
        return None
    voucher = voucher_for(session, app.applicant_id, app.standard_code)
    if voucher is None:
        return None
    _use(session, actor, voucher, app, at=app.received_at)  # in the filing's moment
    return voucher


def _by_letter(session: Session, letter_number: str) -> Compensation:
    typed = " ".join(letter_number.split())
    found = session.scalar(
        select(Compensation).where(Compensation.letter_number.in_({typed, typed.upper()}))
    )
    if found is None:
        raise ValidationError(
            "letter_number",
            f"Surat permohonan maaf No. '{typed}' tidak ditemukan; periksa nomornya (atau "
            "impor data dari loket yang menerbitkannya).",
        )
    return found


def redeem_in(
    session: Session, actor: Actor, letter_number: str, application_number: str
) -> Compensation:
    """The applicant shows the letter for a file already open: its promise moves now."""
    require_officer(actor)
    voucher = _by_letter(session, letter_number)
    _use(session, actor, voucher, get_by_number(session, application_number))
    return voucher


def receipt_line(session: Session, app: Application) -> str:
    """The receipt's line for a shortened promise ("" when none)."""
    if app.days_off <= 0:
        return ""
    letter = session.scalar(
        select(Compensation.letter_number).where(Compensation.used_application_id == app.id)
    )
    source = f" (surat permohonan maaf No. {letter})" if letter else ""
    return f"Kompensasi keterlambatan: janji layanan dipercepat {app.days_off} hari kerja{source}."


def detail_note(session: Session, app: Application) -> tuple[bool, str]:
    """For the application's detail: whether compensation is owed now, and a line on
    what was granted or used ("" when nothing)."""
    if app.days_off > 0:
        return False, receipt_line(session, app)
    granted = session.scalar(select(Compensation).where(Compensation.application_id == app.id))
    if granted is not None:
        return False, (
            f"Kompensasi diberikan: surat permohonan maaf No. {granted.letter_number} "
            f"({STATUS_LABELS.get(granted.status, granted.status).lower()})."
        )
    if _proposals(session, [app]):
        return True, "Selesai melewati janji layanan: kompensasi belum diberikan."
    return False, ""


# --- plain data for the screens -----------------------------------------------------------


def _view(session: Session, c: Compensation) -> CompensationView:
    app = session.get(Application, c.application_id)
    applicant = session.get(Applicant, c.applicant_id)
    used = session.get(Application, c.used_application_id) if c.used_application_id else None
    return CompensationView(
        id=c.id,
        letter_number=c.letter_number,
        application_number=app.number if app else "",
        applicant_name=applicant.name if applicant else "",
        days_off=c.days_off,
        status=c.status,
        status_label=STATUS_LABELS.get(c.status, c.status),
        used_on_number=used.number if used else "",
        granted_on=c.granted_on,
        granted_by=c.granted_by_name,
    )


def letter_data(session: Session, compensation_id: uuid.UUID) -> ApologyLetter:
    """The apology letter of a granted compensation, as the documents package's data."""
    from counterdesk.documents.apology_letter import ApologyLetter
    from counterdesk.documents.signers import Signer
    from counterdesk.services.letters import office_city
    from counterdesk.services.receipts import complaint_footer, letterhead, printed_applicant

    c = session.get(Compensation, compensation_id)
    if c is None:
        raise NotFound("Kompensasi tidak ditemukan; muat ulang daftarnya.")
    app = session.get(Application, c.application_id)
    assert app is not None and app.due_on is not None
    svc = service_of(app)
    office = get_office(session)
    ready = _ready_days(session, [app]).get(app.id) or app.closed_at
    assert ready is not None
    return ApologyLetter(
        letterhead=letterhead(session, office),
        number=c.letter_number,
        city=office_city(session),
        day=c.granted_on,
        recipient=printed_applicant(app.applicant),
        application_number=app.number,
        service_name=svc.name,
        standard_title=svc.standard.title,
        received_on=app.received_on or to_zone(app.received_at, office.timezone).date(),
        due_on=app.due_on,
        finished_on=to_zone(ready, office.timezone).date(),
        late_working_days=c.late_working_days,
        days_off=c.days_off,
        signer=Signer(office.signatory_name, office.signatory_nip, office.signatory_title),
        footer=complaint_footer(svc.standard.complaint),
    )


# --- the screens' door ------------------------------------------------------------------


def proposals(runtime: Runtime, actor: Actor, today: date) -> tuple[CompensationProposal, ...]:
    """Files finished after their promised date under a compensation policy, none
    granted yet."""
    with runtime.read(actor) as session:
        return tuple(proposals_in(session, today))


def proposal_for(
    runtime: Runtime, actor: Actor, application_number: str
) -> CompensationProposal | None:
    with runtime.read(actor) as session:
        found = _proposals(session, [get_by_number(session, application_number)])
        return found[0] if found else None


def grant(runtime: Runtime, actor: Actor, application_number: str) -> CompensationView:
    """Beri kompensasi (the letter is printed with ``apology_letter_pdf``)."""
    with runtime.unit(actor) as session:
        return _view(session, grant_in(session, actor, application_number))


def granted(runtime: Runtime, actor: Actor) -> tuple[CompensationView, ...]:
    """Granted compensations, newest first."""
    with runtime.read(actor) as session:
        rows = session.scalars(
            select(Compensation)
            .order_by(Compensation.granted_on.desc(), Compensation.letter_number.desc())
            .limit(LIST_LIMIT)
        )
        return tuple(_view(session, c) for c in rows)


def apology_letter_pdf(
    runtime: Runtime, actor: Actor, compensation_id: uuid.UUID, *, paper: str = "A4"
) -> bytes:
    """The surat permohonan maaf (the same number on every reprint)."""
    from counterdesk.documents.apology_letter import render_apology_letter
    from counterdesk.services.letters import paper as paper_named

    size = paper_named(paper)
    with runtime.read(actor) as session:
        data = letter_data(session, compensation_id)
    return render_apology_letter(data, size)


def redeem(
    runtime: Runtime, actor: Actor, letter_number: str, application_number: str
) -> CompensationView:
    """Pakai surat permohonan maaf for an open application (refused when used already)."""
    with runtime.unit(actor) as session:
        return _view(session, redeem_in(session, actor, letter_number, application_number))


def voucher_note(
    runtime: Runtime, actor: Actor, applicant_id: uuid.UUID | None, service_code: str
) -> str:
    """What the new-application form says when filing will use a voucher ("" if not)."""
    if applicant_id is None or not service_code:
        return ""
    try:
        svc = load_catalog().find_service(service_code)
    except NotFound:
        return ""
    if svc.service.time_limit is None:
        return ""
    with runtime.read(actor) as session:
        voucher = voucher_for(session, applicant_id, svc.standard_code)
        if voucher is None:
            return ""
        return (
            f"Kompensasi keterlambatan akan dipakai: janji layanan dipercepat "
            f"{voucher.days_off} hari kerja (surat permohonan maaf No. {voucher.letter_number})."
        )
