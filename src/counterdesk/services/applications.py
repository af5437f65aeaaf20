"""Applications: file one (with its checklist and number), move it through its service's
stages, pause and resume the clock, withdraw or reject it, show its timeline.

The service clock: the day the file becomes complete is day 0; the due date is that day
plus the time limit plus every working day spent in a stage that pauses the clock.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from counterdesk.domain import numbers
from counterdesk.domain.catalog import CHANNEL_LABELS, Product, Stage
from counterdesk.domain.errors import NotFound, ValidationError, ValidationErrors
from counterdesk.domain.formatting import to_zone
from counterdesk.domain.roles import Role
from counterdesk.domain.states import CLOCK_RUNNING, OPEN_STATUSES, STATUS_LABELS, AppStatus
from counterdesk.domain.workdays import WorkCalendar
from counterdesk.services import applicants, audit
from counterdesk.services.applicants import ApplicantCard, BusinessInput, PersonInput
from counterdesk.services.calendar import office_calendar
from counterdesk.services.catalog import CatalogService, load_catalog
from counterdesk.services.context import Actor, require_role
from counterdesk.services.numbering import next_number
from counterdesk.services.overview import deadline
from counterdesk.services.setup import get_office
from counterdesk.store.base import utcnow
from counterdesk.store.models import (
    Applicant,
    Application,
    ApplicationEvent,
    Certificate,
    ChecklistItem,
)

if TYPE_CHECKING:
    from counterdesk.services.overview import Deadline
    from counterdesk.services.runtime import Runtime

# Before the two-layer check is through, a file cannot move on.
NOT_VERIFIED = frozenset({AppStatus.RECEIVED, AppStatus.INCOMPLETE, AppStatus.AWAITING_SIGNOFF})
NOT_VERIFIED_REASON = (
    "Berkas belum dinyatakan lengkap dan benar dan disetujui atasan; selesaikan verifikasi "
    "dua lapis dulu (tab Verifikasi)."
)
READY_STEP = "Produk siap diambil"
# Products issued into the registry, printed and handed over through the Cetak tab: the
# ready step waits for them, and only the Cetak hand-over closes such a file. A letter is
# one of them beside a certificate (the test-result statement); a service whose only
# product is a letter (ralat, pengganti) gets it through its certificate case.
REGISTRY_KINDS = frozenset({"certificate", "card"})
PRINTED_KINDS = REGISTRY_KINDS | {"letter"}

EVENT_LABELS = {
    "received": "Permohonan diterima",
    "clock_started": "Berkas lengkap — jam layanan mulai (hari ke-0)",
    "stage": "Masuk tahap",
    "paused": "Jam layanan berhenti",
    "resumed": "Jam layanan berjalan lagi",
    "ready": "Produk siap diambil",
    "handed_over": "Produk diserahkan",
    "withdrawn": "Dicabut pemohon",
    "rejected": "Ditolak",
    "answered": "Dijawab",
    "escalated": "Dieskalasi (nomor tiket)",
    "billed": "Tagihan dibuat",
    "paid": "Pembayaran tercatat",
    "issued": "Produk diterbitkan",
    "note": "Catatan",
    "compensation_granted": "Kompensasi diberikan (surat permohonan maaf)",
    "compensation_applied": "Kompensasi dipakai — janji layanan dipercepat",
}


@dataclass(frozen=True)
class NewApplication:
    applicant_id: uuid.UUID
    service_code: str  # "standard/service"
    channel: str
    notes: str = ""
    # requirement codes handed over at the counter: ticked present on the checklist
    # (whether each is valid is judged at verification)
    received: frozenset[str] = frozenset()


def require_officer(actor: Actor) -> None:
    require_role(actor, Role.OFFICER, Role.SUPERVISOR)


def service_of(app: Application) -> CatalogService:
    return load_catalog().find_service(app.service_code)


def office_day(session: Session, moment: datetime) -> date:
    return to_zone(moment, get_office(session).timezone).date()


def _closing_time(session: Session) -> time:
    hours, minutes = get_office(session).closing_time.split(".")
    return time(int(hours), int(minutes))


def record_event(
    session: Session,
    actor: Actor,
    app: Application,
    kind: str,
    *,
    note: str = "",
    at: datetime | None = None,
) -> None:
    session.add(
        ApplicationEvent(
            application_id=app.id,
            at=at or utcnow(),
            kind=kind,
            stage=app.stage,
            actor_id=actor.user_id,
            actor_name=actor.full_name,
            note=note,
        )
    )
    audit.record(
        session,
        actor,
        f"application.{kind}",
        entity="application",
        entity_id=app.number,
        detail={"stage": app.stage, "note": note},
    )


def get_by_number(session: Session, number: str) -> Application:
    app = session.scalar(select(Application).where(Application.number == number.strip().upper()))
    if app is None:
        raise NotFound(f"Permohonan {number} tidak ditemukan di loket ini.")
    return app


def file_application(
    session: Session, actor: Actor, data: NewApplication, *, now: datetime | None = None
) -> Application:
    """Register an application: number, checklist from the catalogue, first stage.

    When the service's clock starts at receipt (information requests), day 0 is the
    receipt day, after the rule for requests arriving near closing time.
    """
    require_officer(actor)
    now = now or utcnow()
    applicant = session.get(Applicant, data.applicant_id)
    if applicant is None:
        raise ValidationError("applicant", "Pilih pemohon terlebih dahulu (cari nama atau NIK).")
    try:
        svc = load_catalog().find_service(data.service_code)
    except NotFound as exc:
        raise ValidationError("service", str(exc)) from exc
    allowed = [str(c) for c in svc.service.channels]
    if data.channel not in allowed:
        names = ", ".join(CHANNEL_LABELS.get(c, c) for c in allowed)
        raise ValidationError("channel", f"{svc.name} hanya menerima permohonan melalui: {names}.")
    unknown = sorted(set(data.received) - {req.code for req in svc.service.requirements})
    if unknown:
        raise ValidationError(
            "received",
            f"Dokumen {', '.join(unknown)} bukan persyaratan {svc.name}; "
            "centang hanya dokumen dari daftar persyaratan layanan ini.",
        )
    received_on = office_day(session, now)
    app = Application(
        number=next_number(session, numbers.RECEIPT, received_on.year),
        applicant_id=applicant.id,
        standard_code=svc.standard_code,
        service_code=svc.full_code,
        catalog_version=str(svc.version),
        channel=data.channel,
        status=AppStatus.RECEIVED.value,
        stage=svc.service.stages[0].code,
        received_at=now,
        received_on=received_on,
        officer_id=actor.user_id,
        notes=data.notes.strip(),
    )
    session.add(app)
    session.flush()
    for position, req in enumerate(svc.service.requirements):
        session.add(
            ChecklistItem(
                application_id=app.id,
                position=position,
                requirement_code=req.code,
                label=req.text,
                mandatory=req.mandatory,
                present=req.code in data.received,
            )
        )
    record_event(
        session,
        actor,
        app,
        "received",
        at=now,
        note=f"{svc.name} — {CHANNEL_LABELS.get(data.channel, data.channel)}",
    )
    # A voucher of an earlier late service (issue 10): days off before the clock starts.
    from counterdesk.services.compensation import apply_voucher  # it imports this module

    apply_voucher(session, actor, app)
    start = svc.service.clock_start_stage()
    if start is not None and start.code == svc.service.stages[0].code:
        calendar = office_calendar(session)
        day0 = calendar.effective_receipt_day(
            now,
            _closing_time(session),
            (svc.service.time_limit.late_intake_hours_before_closing or 0)
            if svc.service.time_limit
            else 0,
            zone=to_zone(now, get_office(session).timezone).tzinfo,
        )
        start_clock(session, actor, app, day0, calendar=calendar)
        if len(svc.service.stages) > 1:
            _enter_stage(session, actor, app, svc.service.stages[1], calendar)
    return app


def start_clock(
    session: Session,
    actor: Actor,
    app: Application,
    day0: date,
    *,
    calendar: WorkCalendar | None = None,
) -> None:
    """The file is complete: day 0 is ``day0`` and the due date follows from the limit."""
    calendar = calendar or office_calendar(session)
    app.complete_on = day0
    app.paused_working_days = 0
    app.status = AppStatus.IN_PROCESS.value
    _recompute_due(app, calendar)
    record_event(session, actor, app, "clock_started", note=f"Hari ke-0: {day0:%d-%m-%Y}")


def _recompute_due(app: Application, calendar: WorkCalendar) -> None:
    limit = service_of(app).service.time_limit
    if app.complete_on is None or limit is None:
        app.due_on = None
        return
    # A compensation voucher (issue 10) takes days off the promise, never below day 0.
    days = max(0, limit.max_days - app.days_off) + app.paused_working_days
    app.due_on = calendar.add_working_days(app.complete_on, days)


def _stages(app: Application) -> list[Stage]:
    return list(service_of(app).service.stages)


def _enter_stage(
    session: Session,
    actor: Actor,
    app: Application,
    stage: Stage,
    calendar: WorkCalendar,
    note: str = "",
) -> None:
    was_paused = app.status == AppStatus.PAUSED.value
    app.stage = stage.code
    record_event(session, actor, app, "stage", note=(stage.name + (f" — {note}" if note else "")))
    if stage.pauses_clock and not was_paused and app.complete_on is not None:
        pause_clock(session, actor, app, stage.name)
    elif was_paused and not stage.pauses_clock:
        resume_clock(session, actor, app, calendar)


def pause_clock(session: Session, actor: Actor, app: Application, reason: str) -> None:
    app.status = AppStatus.PAUSED.value
    app.paused_since = office_day(session, utcnow())
    record_event(session, actor, app, "paused", note=reason)


def resume_clock(session: Session, actor: Actor, app: Application, calendar: WorkCalendar) -> None:
    today = office_day(session, utcnow())
    if app.paused_since is not None:
        app.paused_working_days += max(0, calendar.working_days_between(app.paused_since, today))
    app.paused_since = None
    app.status = AppStatus.IN_PROCESS.value
    _recompute_due(app, calendar)
    record_event(
        session,
        actor,
        app,
        "resumed",
        note=f"Jatuh tempo baru: {app.due_on:%d-%m-%Y}" if app.due_on else "",
    )


def require_open(app: Application) -> None:
    if AppStatus(app.status) not in OPEN_STATUSES:
        raise ValidationError(
            "status",
            f"Permohonan {app.number} sudah {STATUS_LABELS[AppStatus(app.status)]}; "
            "tidak dapat diubah lagi.",
        )


# --- what may come next: the one place this rule lives ---------------------------------


@dataclass(frozen=True, slots=True)
class NextStep:
    """Where "Tahap berikutnya" leads, and whether the service would go there now."""

    name: str  # the next stage's name, or READY_STEP after the last stage
    allowed: bool
    reason: str = ""  # why not, in words the officer can act on


def payment_recorded(session: Session, app: Application) -> bool:
    """Paid: ``payments.record_paid_in`` writes this event (as did the free-text note of
    payments recorded before issue 9), so one query answers for both."""
    return (
        session.scalar(
            select(ApplicationEvent.id)
            .where(ApplicationEvent.application_id == app.id, ApplicationEvent.kind == "paid")
            .limit(1)
        )
        is not None
    )


def _stage_index(stages: Sequence[Stage], app: Application) -> int:
    return next((i for i, s in enumerate(stages) if s.code == app.stage), 0)


def payment_due(session: Session, app: Application) -> Stage | None:
    """The payment stage the file has reached without the payment recorded, if any."""
    stages = _stages(app)
    reached = stages[: _stage_index(stages, app) + 1]
    paying = next((s for s in reached if s.collects_payment), None)
    return paying if paying is not None and not payment_recorded(session, app) else None


def printed_products(app: Application) -> list[Product]:
    """The service's products issued into the registry and printed (certificate, card,
    and a letter beside them), in catalogue order."""
    products = service_of(app).service.products
    if not any(p.kind in REGISTRY_KINDS for p in products):
        return []
    return [p for p in products if p.kind in PRINTED_KINDS]


def issued_kinds(session: Session, app: Application) -> set[str]:
    return set(
        session.scalars(
            select(Certificate.product_kind).where(Certificate.application_id == app.id)
        )
    )


def not_issued(session: Session, app: Application) -> list[Product]:
    """Printed products of the service not issued yet for this application."""
    products = printed_products(app)
    if not products:
        return []
    issued = issued_kinds(session, app)
    return [p for p in products if p.kind not in issued]


def issue_missing(session: Session, app: Application) -> list[str]:
    """What the file still needs before its products may be issued, in words."""
    missing = []
    if AppStatus(app.status) in NOT_VERIFIED:
        missing.append("persetujuan atasan atas verifikasi dua lapis (tab Verifikasi)")
    paying = any(s.collects_payment for s in service_of(app).service.stages)
    if paying and not payment_recorded(session, app):
        missing.append("pembayaran (NTPN) yang tercatat")
    return missing


def next_step(session: Session, app: Application) -> NextStep | None:
    """The step after the current one; None when nothing comes next (closed, ready).

    A step is refused while the two-layer check is not through, every stage after
    a stage that collects payment (and the ready product) needs the payment recorded, and
    the ready product needs its certificate (card, letter) issued in the registry.
    """
    status = AppStatus(app.status)
    if status not in OPEN_STATUSES or status == AppStatus.READY:
        return None
    stages = _stages(app)
    index = _stage_index(stages, app)
    name = stages[index + 1].name if index + 1 < len(stages) else READY_STEP
    if status in NOT_VERIFIED:
        return NextStep(name, False, NOT_VERIFIED_REASON)
    paying = payment_due(session, app)
    if paying is not None:
        return NextStep(
            name,
            False,
            f"Pembayaran belum tercatat: “{name}” baru dapat dimulai setelah pembayaran "
            f"pemohon (tahap {paying.name}) dicatat. Catat pembayarannya terlebih dahulu.",
        )
    missing = not_issued(session, app) if name == READY_STEP else []
    if missing:
        return NextStep(
            name,
            False,
            f"{', '.join(p.name for p in missing)} belum diterbitkan: “{name}” baru dapat "
            "dipilih setelah produknya diterbitkan di tab Cetak (Terbitkan).",
        )
    return NextStep(name, True)


def advance(session: Session, actor: Actor, number: str, *, note: str = "") -> Application:
    """Move to the next stage; after the last stage the product is ready."""
    require_officer(actor)
    app = get_by_number(session, number)
    require_open(app)
    step = next_step(session, app)
    if step is None:
        raise ValidationError("status", "Produk sudah siap; serahkan kepada pemohon.")
    if not step.allowed:
        raise ValidationError("status", step.reason)
    stages = _stages(app)
    index = _stage_index(stages, app)
    calendar = office_calendar(session)
    if index + 1 < len(stages):
        _enter_stage(session, actor, app, stages[index + 1], calendar, note)
    else:
        if app.status == AppStatus.PAUSED.value:
            resume_clock(session, actor, app, calendar)
        app.status = AppStatus.READY.value
        record_event(session, actor, app, "ready", note=note)
    return app


def _can_pause(app: Application) -> bool:
    return AppStatus(app.status) in CLOCK_RUNNING and app.complete_on is not None


def pause(session: Session, actor: Actor, number: str, reason: str) -> Application:
    """Stop the clock outside the catalogue's stages (e.g. waiting for the applicant)."""
    require_officer(actor)
    if not reason.strip():
        raise ValidationError("reason", "Tulis alasan jam layanan dihentikan.")
    app = get_by_number(session, number)
    require_open(app)
    if not _can_pause(app):
        raise ValidationError(
            "status", "Jam layanan tidak sedang berjalan; tidak ada yang dihentikan."
        )
    pause_clock(session, actor, app, reason.strip())
    return app


def resume(session: Session, actor: Actor, number: str) -> Application:
    require_officer(actor)
    app = get_by_number(session, number)
    if app.status != AppStatus.PAUSED.value:
        raise ValidationError("status", "Jam layanan tidak sedang berhenti.")
    resume_clock(session, actor, app, office_calendar(session))
    return app


def hand_over(session: Session, actor: Actor, number: str, *, note: str = "") -> Application:
    """Close a ready file whose product is not printed here (an answer, an exam seat);
    a certificate, card or letter is handed over in the Cetak tab (``issuing.hand_over``),
    which records the receiver."""
    require_officer(actor)
    app = get_by_number(session, number)
    if printed_products(app):
        raise ValidationError(
            "status",
            f"Produk permohonan {app.number} diserahkan di tab Cetak (Serahkan), dengan nama "
            "dan identitas penerima serta tanda terima penyerahan.",
        )
    return close_handed_over(session, actor, app, note=note)


def close_handed_over(
    session: Session, actor: Actor, app: Application, *, note: str = ""
) -> Application:
    """The product went to the applicant: the file is done (the caller checked the role)."""
    if app.status != AppStatus.READY.value:
        raise ValidationError("status", "Produk belum siap diserahkan.")
    app.status = AppStatus.DONE.value
    app.closed_at = utcnow()
    record_event(session, actor, app, "handed_over", note=note)
    return app


def close(
    session: Session, actor: Actor, number: str, *, rejected: bool, reason: str
) -> Application:
    """Withdraw (applicant's wish) or reject (officer's decision); both need a reason."""
    require_officer(actor)
    if len(reason.strip()) < 5:
        raise ValidationError(
            "reason",
            "Tulis alasan "
            + ("penolakan" if rejected else "pencabutan")
            + " dengan jelas (minimal 5 huruf); alasan ini tercatat dan dapat dibaca pemohon.",
        )
    app = get_by_number(session, number)
    require_open(app)
    app.status = (AppStatus.REJECTED if rejected else AppStatus.WITHDRAWN).value
    app.closed_at = utcnow()
    app.close_reason = reason.strip()
    record_event(session, actor, app, "rejected" if rejected else "withdrawn", note=reason.strip())
    return app


# --- reading ------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    label: str
    stage: str
    actor: str
    note: str


@dataclass(frozen=True)
class Detail:
    application: Application
    applicant: Applicant
    service: CatalogService
    checklist: list[ChecklistItem]
    timeline: list[TimelineEntry]

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[AppStatus(self.application.status)]

    @property
    def stage_name(self) -> str:
        stage = next(
            (s for s in self.service.service.stages if s.code == self.application.stage), None
        )
        return stage.name if stage else self.application.stage


def detail(session: Session, number: str) -> Detail:
    app = get_by_number(session, number)
    svc = service_of(app)
    names = {s.code: s.name for s in svc.service.stages}
    events = session.scalars(
        select(ApplicationEvent)
        .where(ApplicationEvent.application_id == app.id)
        .order_by(ApplicationEvent.at, ApplicationEvent.id)
    )
    timeline = [
        TimelineEntry(
            e.at,
            EVENT_LABELS.get(e.kind, e.kind),
            names.get(e.stage, e.stage),
            e.actor_name,
            e.note,
        )
        for e in events
    ]
    return Detail(app, app.applicant, svc, list(app.checklist), timeline)


# --- the screens' door: one call per use case, plain data back ----------------------


@dataclass(frozen=True, slots=True)
class ChecklistLine:
    label: str
    present: bool
    mandatory: bool
    note: str


@dataclass(frozen=True, slots=True)
class TimelineLine:
    at: datetime
    label: str
    stage: str
    actor: str
    note: str  # empty when it would only repeat the stage


@dataclass(frozen=True, slots=True)
class AllowedActions:
    """What the officer may do with the file now; the detail shows only these."""

    next_step: NextStep | None
    pause: bool
    resume: bool
    hand_over: bool
    close: bool  # withdraw or reject
    check: bool  # open the checklist (Verifikasi)
    record_payment: bool  # in (or past) the payment stage, not paid yet
    issue: bool = False  # its certificate (card, letter) may be issued now (Terbitkan)

    @classmethod
    def none(cls) -> AllowedActions:
        return cls(None, False, False, False, False, False, False, False)


@dataclass(frozen=True, slots=True)
class ApplicationDetail:
    number: str
    status: AppStatus
    status_label: str
    stage_name: str
    applicant: ApplicantCard
    service_name: str
    standard_title: str
    channel: str  # in words
    received_at: datetime
    time_limit: str
    due: Deadline
    notes: str
    close_reason: str
    checklist: tuple[ChecklistLine, ...]
    timeline: tuple[TimelineLine, ...]
    allowed: AllowedActions
    # issue 10: finished late and owed compensation now (the detail offers "Kompensasi…"),
    # and a line on compensation granted or used ("" when none)
    compensation_proposed: bool = False
    compensation_note: str = ""

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


def allowed_actions(session: Session, actor: Actor, app: Application) -> AllowedActions:
    """The same conditions the actions check, asked before offering them."""
    from counterdesk.services.verification import CHECKABLE  # it imports this module

    if not actor.roles & {Role.OFFICER, Role.SUPERVISOR}:
        return AllowedActions.none()
    status = AppStatus(app.status)
    return AllowedActions(
        next_step=next_step(session, app),
        pause=status in OPEN_STATUSES and _can_pause(app),
        resume=status == AppStatus.PAUSED,
        hand_over=status == AppStatus.READY and not printed_products(app),
        close=status in OPEN_STATUSES,
        check=status in CHECKABLE,
        record_payment=status in OPEN_STATUSES - NOT_VERIFIED
        and payment_due(session, app) is not None,
        issue=status in OPEN_STATUSES
        and bool(not_issued(session, app))
        and not issue_missing(session, app),
    )


def application_detail(
    runtime: Runtime, actor: Actor, number: str, *, today: date | None = None
) -> ApplicationDetail:
    """Rincian permohonan: everything the detail dialog shows, and what it may offer."""
    from counterdesk.services.compensation import detail_note  # it imports this module

    with runtime.read(actor) as session:
        d = detail(session, number)
        app, service = d.application, d.service.service
        status = AppStatus(app.status)
        calendar = office_calendar(session)
        proposed, compensation = detail_note(session, app)
        return ApplicationDetail(
            number=app.number,
            status=status,
            status_label=d.status_label,
            stage_name=d.stage_name,
            applicant=ApplicantCard.of(d.applicant),
            service_name=d.service.name,
            standard_title=d.service.standard.title,
            channel=CHANNEL_LABELS.get(app.channel, app.channel),
            received_at=app.received_at,
            time_limit=service.time_limit.label() if service.time_limit else "Tanpa batas waktu",
            due=deadline(
                calendar,
                today or office_day(session, utcnow()),
                app.due_on,
                status in CLOCK_RUNNING,
                started=app.complete_on is not None,
            ),
            notes=app.notes,
            close_reason=app.close_reason or "",
            checklist=tuple(
                ChecklistLine(i.label, i.present, i.mandatory, i.note) for i in d.checklist
            ),
            timeline=tuple(
                # "Masuk tahap" notes the stage's name (and what the officer typed after
                # " — "): the stage has its own column, so only what was typed is left
                TimelineLine(t.at, t.label, t.stage, t.actor, _beyond_stage(t.note, t.stage))
                for t in d.timeline
            ),
            allowed=allowed_actions(session, actor, app),
            compensation_proposed=proposed,
            compensation_note=compensation,
        )


def _beyond_stage(note: str, stage: str) -> str:
    """A stage event's note without the stage's name it starts with."""
    return "" if note == stage else note.removeprefix(f"{stage} — ")


def advance_application(runtime: Runtime, actor: Actor, number: str) -> str:
    """Tahap berikutnya; returns the name of the step entered."""
    with runtime.unit(actor) as session:
        step = next_step(session, get_by_number(session, number))
        advance(session, actor, number)
        return step.name if step else ""


def pause_application(runtime: Runtime, actor: Actor, number: str, reason: str) -> None:
    with runtime.unit(actor) as session:
        pause(session, actor, number, reason)


def resume_application(runtime: Runtime, actor: Actor, number: str) -> None:
    with runtime.unit(actor) as session:
        resume(session, actor, number)


def hand_over_application(runtime: Runtime, actor: Actor, number: str) -> None:
    with runtime.unit(actor) as session:
        hand_over(session, actor, number)


def close_application(
    runtime: Runtime, actor: Actor, number: str, *, rejected: bool, reason: str
) -> None:
    with runtime.unit(actor) as session:
        close(session, actor, number, rejected=rejected, reason=reason)


def record_application_payment(runtime: Runtime, actor: Actor, number: str, note: str) -> None:
    """The proof of payment (NTPN) typed in the detail, paid today: ``payments`` keeps
    the rule (a bill first, a valid NTPN)."""
    from counterdesk.services import payments  # it imports this module

    with runtime.unit(actor) as session:
        payments.record_paid_in(session, actor, number, note)


# --- filing at the counter: the applicant and the application in one unit ----------


@dataclass(frozen=True, slots=True)
class Intake:
    """Permohonan baru as the form has it: a picked applicant (``applicant_id``) or a new
    person / business, the service, channel, notes and the documents handed over."""

    service_code: str  # "" when none was picked
    channel: str
    applicant_id: uuid.UUID | None = None
    person: PersonInput | None = None
    business: BusinessInput | None = None
    notes: str = ""
    received: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Filed:
    number: str
    applicant_id: uuid.UUID
    warnings: tuple[str, ...]  # about the applicant's data; shown, never blocking


PICK_APPLICANT = (
    "Pilih pemohon dari hasil pencarian (↓ lalu Enter), atau tekan Pemohon baru bila ia "
    "belum pernah datang."
)
PICK_SERVICE = "Pilih layanan: ketik sebagian namanya, lalu Enter."


def _intake_applicant(
    session: Session, actor: Actor, intake: Intake
) -> tuple[uuid.UUID, tuple[str, ...]]:
    if intake.person is not None:
        saved = applicants.register_person(session, actor, intake.person)
    elif intake.business is not None:
        saved = applicants.register_business(session, actor, intake.business)
    elif intake.applicant_id is not None:
        return intake.applicant_id, ()
    else:
        raise ValidationError("applicant", PICK_APPLICANT)
    return saved.applicant.id, tuple(saved.warnings)


def file_intake(
    runtime: Runtime,
    actor: Actor,
    intake: Intake,
    *,
    form_errors: Sequence[ValidationError] = (),
) -> Filed:
    """Register the applicant if new and file the application with the documents handed
    over, in one transaction: a refusal leaves nothing half-stored.

    ``form_errors`` are what only the form could see (a date typed wrongly); they are
    raised together with the service's own, so every field in error is said at once.
    """
    errors = list(form_errors)
    if not intake.service_code:
        errors.append(ValidationError("service", PICK_SERVICE))
    with runtime.unit(actor) as session:
        try:
            applicant_id, warnings = _intake_applicant(session, actor, intake)
        except ValidationErrors as error:
            errors.extend(error.errors)
        except ValidationError as error:
            errors.append(error)
        if errors:
            raise ValidationErrors(errors)
        app = file_application(
            session,
            actor,
            NewApplication(
                applicant_id, intake.service_code, intake.channel, intake.notes, intake.received
            ),
        )
        return Filed(app.number, applicant_id, warnings)
