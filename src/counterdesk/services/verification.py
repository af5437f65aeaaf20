"""The two-layer check (seeds: "dicek minimal dua lapis"): the officer checks every
requirement and gives a verdict; a supervisor — never the same person — signs off.

A sign-off is bound to the hash of the checklist it approved: any later change to the
checklist makes it stale and sends the file back for sign-off.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from counterdesk.domain.errors import (
    AuthenticationError,
    SelfApproval,
    ValidationError,
)
from counterdesk.domain.roles import Role
from counterdesk.domain.states import AppStatus
from counterdesk.services import audit
from counterdesk.services.applications import (
    EVENT_LABELS,
    detail,
    get_by_number,
    office_day,
    record_event,
    require_open,
    service_of,
    start_clock,
)
from counterdesk.services.calendar import office_calendar
from counterdesk.services.context import Actor, require_role
from counterdesk.services.setup import store_blob
from counterdesk.store.base import utcnow
from counterdesk.store.models import Application, ChecklistItem, SignOff, User

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime

PENDING, APPROVED, RETURNED, STALE = "pending", "approved", "returned", "stale"
CHECKABLE = frozenset(
    {
        AppStatus.RECEIVED,
        AppStatus.INCOMPLETE,
        AppStatus.AWAITING_SIGNOFF,
        AppStatus.IN_PROCESS,
        AppStatus.PAUSED,
    }
)


@dataclass(frozen=True)
class ItemCheck:
    requirement_code: str
    present: bool
    valid: bool | None = None  # None: not judged yet
    note: str = ""
    scan: bytes | None = None  # a scanned copy, stored once by hash
    scan_mime: str = "application/pdf"


def checklist_hash(items: list[ChecklistItem]) -> str:
    """What a sign-off approves: every item's state, in order."""
    canonical = json.dumps(
        [
            [i.requirement_code, i.present, i.valid, i.note.strip(), i.scan_sha256]
            for i in sorted(items, key=lambda i: i.position)
        ],
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def _today(session: Session) -> date:
    return office_day(session, utcnow())


def _latest_signoff(session: Session, app: Application) -> SignOff | None:
    return session.scalar(
        select(SignOff)
        .where(SignOff.application_id == app.id)
        .order_by(SignOff.verified_at.desc(), SignOff.id.desc())
        .limit(1)
    )


def _checkable(app: Application) -> None:
    require_open(app)
    if AppStatus(app.status) not in CHECKABLE:
        raise ValidationError("status", "Berkas ini sudah selesai diproses; checklist terkunci.")


class Checked(Protocol):
    """What the rule reads of an item: a stored one, a view of it, or a row on screen."""

    @property
    def position(self) -> int: ...
    @property
    def mandatory(self) -> bool: ...
    @property
    def present(self) -> bool: ...
    @property
    def valid(self) -> bool | None: ...


C = TypeVar("C", bound=Checked)


def problems(items: Iterable[C]) -> list[C]:
    """Mandatory items missing or judged invalid, in checklist order — the one rule the
    verdicts, the sign-off and the dialogs' red rows all use."""
    return [
        i
        for i in sorted(items, key=lambda i: i.position)
        if i.mandatory and (not i.present or i.valid is False)
    ]


def update_items(
    session: Session, actor: Actor, number: str, checks: list[ItemCheck]
) -> Application:
    """Record the officer's check of some items. After a verdict, a change makes the
    sign-off stale: the file goes back to the supervisor (or back to the officer)."""
    require_role(actor, Role.OFFICER, Role.SUPERVISOR)
    app = get_by_number(session, number)
    _checkable(app)
    by_code = {i.requirement_code: i for i in app.checklist}
    before = checklist_hash(app.checklist)
    for check in checks:
        item = by_code.get(check.requirement_code)
        if item is None:
            raise ValidationError(
                "requirement",
                f"Persyaratan '{check.requirement_code}' tidak ada di checklist permohonan ini.",
            )
        item.present = check.present
        item.valid = check.valid if check.present else None  # a missing paper is not judged
        item.note = check.note.strip()
        if check.scan:
            item.scan_sha256 = store_blob(session, check.scan, check.scan_mime)
    session.flush()
    if checklist_hash(app.checklist) != before:
        _after_change(session, actor, app)
    return app


def _after_change(session: Session, actor: Actor, app: Application) -> None:
    latest = _latest_signoff(session, app)
    if latest is None or latest.decision not in (PENDING, APPROVED):
        return
    latest.decision = STALE
    latest.reason = f"Checklist diubah oleh {actor.full_name}"
    audit.record(session, actor, "signoff.stale", entity="application", entity_id=app.number)
    if problems(app.checklist):
        app.status = AppStatus.RECEIVED.value
        record_event(
            session,
            actor,
            app,
            "note",
            note="Checklist diubah; berkas perlu diperiksa ulang oleh petugas.",
        )
    else:
        _request_signoff(session, actor, app)
        app.status = AppStatus.AWAITING_SIGNOFF.value
        record_event(
            session,
            actor,
            app,
            "note",
            note="Checklist diubah setelah verifikasi; menunggu persetujuan ulang.",
        )


def _request_signoff(session: Session, actor: Actor, app: Application) -> SignOff:
    signoff = SignOff(
        application_id=app.id,
        verifier_id=actor.user_id,
        verified_at=utcnow(),
        checklist_hash=checklist_hash(app.checklist),
        decision=PENDING,
    )
    session.add(signoff)
    return signoff


def mark_incomplete(
    session: Session, actor: Actor, number: str, checks: list[ItemCheck] | None = None
) -> list[ChecklistItem]:
    """The officer's verdict 'belum lengkap': the file goes back to the applicant, the
    clock does not run. Returns what is missing, for the deficiency notice."""
    require_role(actor, Role.OFFICER, Role.SUPERVISOR)
    app = get_by_number(session, number)
    _checkable(app)
    if checks:
        update_items(session, actor, number, checks)
    missing = problems(app.checklist)
    if not missing:
        raise ValidationError(
            "checklist",
            "Semua persyaratan wajib sudah ada dan sah; "
            "nyatakan berkas lengkap, bukan belum lengkap.",
        )
    app.status = AppStatus.INCOMPLETE.value
    app.complete_on = app.due_on = None
    record_event(
        session,
        actor,
        app,
        "note",
        note="Berkas belum lengkap: " + "; ".join(_short(i.label) for i in missing),
    )
    return missing


def _short(text: str, limit: int = 60) -> str:
    text = text.strip().rstrip(";.")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def mark_complete(
    session: Session, actor: Actor, number: str, checks: list[ItemCheck] | None = None
) -> Application:
    """The officer's verdict 'lengkap dan benar': today is day 0, the due date is set and
    the file waits for the supervisor's sign-off."""
    require_role(actor, Role.OFFICER, Role.SUPERVISOR)
    app = get_by_number(session, number)
    _checkable(app)
    if checks:
        update_items(session, actor, number, checks)
    missing = problems(app.checklist)
    if missing:
        names = "; ".join(f"{i.position + 1}. {_short(i.label)}" for i in missing)
        raise ValidationError(
            "checklist",
            f"Berkas belum lengkap — persyaratan wajib belum ada atau tidak sah: "
            f"{names}. Lengkapi dulu, atau cetak surat pemberitahuan kekurangan berkas.",
        )
    unjudged = [i for i in app.checklist if i.present and i.valid is None]
    for item in unjudged:  # present and not questioned: the officer found it in order
        item.valid = True
    if app.complete_on is None:
        start_clock(session, actor, app, _today(session), calendar=office_calendar(session))
    app.status = AppStatus.AWAITING_SIGNOFF.value
    session.flush()
    _request_signoff(session, actor, app)
    audit.record(
        session,
        actor,
        "verification.complete",
        entity="application",
        entity_id=app.number,
        detail={"checklist": checklist_hash(app.checklist)},
    )
    return app


def sign_off(
    session: Session, supervisor: Actor, number: str, *, approve: bool, reason: str = ""
) -> SignOff:
    """The second layer. The caller has confirmed the supervisor's password
    (``Runtime.confirm_password``) just before."""
    require_role(supervisor, Role.SUPERVISOR)
    app = get_by_number(session, number)
    signoff = _latest_signoff(session, app)
    if signoff is None or signoff.decision != PENDING:
        raise ValidationError("status", f"Berkas {app.number} tidak sedang menunggu persetujuan.")
    if signoff.verifier_id == supervisor.user_id:
        audit.record(
            session, supervisor, "signoff.refused_self", entity="application", entity_id=app.number
        )
        raise SelfApproval(
            "Anda yang memeriksa berkas ini (lapis 1), jadi tidak boleh menyetujuinya (lapis 2). "
            "Minta verifikator/atasan lain menyetujui. Percobaan ini tercatat di log audit."
        )
    if signoff.checklist_hash != checklist_hash(app.checklist):
        signoff.decision = STALE
        raise ValidationError("checklist", "Checklist berubah sejak diperiksa; muat ulang.")
    missing = problems(app.checklist)
    if approve and missing:  # cannot normally happen: a verdict needs them; a guard anyway
        names = "; ".join(f"{i.position + 1}. {_short(i.label)}" for i in missing)
        raise ValidationError(
            "checklist",
            f"Tidak dapat disetujui: persyaratan wajib belum ada atau tidak sah: "
            f"{names}. Kembalikan berkas ke petugas.",
        )
    if not approve and len(reason.strip()) < 5:
        raise ValidationError("reason", "Tulis alasan berkas dikembalikan (minimal 5 huruf).")
    signoff.supervisor_id = supervisor.user_id
    signoff.decided_at = utcnow()
    signoff.reason = reason.strip()
    if approve:
        signoff.decision = APPROVED
        app.status = AppStatus.IN_PROCESS.value
        _past_clock_stage(app)
        record_event(session, supervisor, app, "note", note="Disetujui verifikator/atasan")
    else:
        signoff.decision = RETURNED
        app.status = AppStatus.RECEIVED.value
        app.complete_on = app.due_on = None  # not "lengkap dan benar" after all
        record_event(
            session, supervisor, app, "note", note=f"Dikembalikan ke petugas: {reason.strip()}"
        )
    audit.record(
        session,
        supervisor,
        "signoff.approved" if approve else "signoff.returned",
        entity="application",
        entity_id=app.number,
        detail={"checklist": signoff.checklist_hash, "reason": signoff.reason},
    )
    return signoff


def _past_clock_stage(app: Application) -> None:
    stages = list(service_of(app).service.stages)
    start = service_of(app).service.clock_start_stage()
    if start is None:
        return
    index = next(i for i, s in enumerate(stages) if s.code == start.code)
    if index + 1 < len(stages):
        app.stage = stages[index + 1].code


# --- reading ------------------------------------------------------------------------


@dataclass(frozen=True)
class Layer:
    name: str
    nip: str
    at: datetime | None


@dataclass(frozen=True)
class SignOffState:
    decision: str  # pending | approved | returned | stale | none
    verifier: Layer | None
    supervisor: Layer | None
    reason: str
    checklist_hash: str
    current: bool  # the approved/pending hash still matches the checklist


def _layer(session: Session, user_id: uuid.UUID | None, at: datetime | None) -> Layer | None:
    user = session.get(User, user_id) if user_id else None
    return Layer(user.full_name, user.nip, at) if user else None


def signoff_state(session: Session, number: str) -> SignOffState:
    app = get_by_number(session, number)
    latest = _latest_signoff(session, app)
    if latest is None:
        return SignOffState("none", None, None, "", "", False)
    return SignOffState(
        latest.decision,
        _layer(session, latest.verifier_id, latest.verified_at),
        _layer(session, latest.supervisor_id, latest.decided_at),
        latest.reason,
        latest.checklist_hash,
        latest.checklist_hash == checklist_hash(app.checklist),
    )


# --- the dialogs' door: one call per use case, plain data back ---------------------------

HISTORY_LINES = 4  # the last verification notes shown in the checklist dialog
_HISTORY_EVENTS = frozenset({EVENT_LABELS["note"], EVENT_LABELS["clock_started"]})


@dataclass(frozen=True, slots=True)
class ItemView:
    position: int
    requirement_code: str
    label: str
    mandatory: bool
    present: bool
    valid: bool | None
    note: str
    scan_sha256: str | None


@dataclass(frozen=True, slots=True)
class HistoryLine:
    at: datetime
    actor: str
    text: str  # the note, or what happened ("Berkas lengkap — jam layanan mulai …")


@dataclass(frozen=True, slots=True)
class FileView:
    """What the checklist and sign-off dialogs show of one file, and what they may offer."""

    number: str
    status: AppStatus
    status_label: str
    applicant: str
    service: str
    received_at: datetime
    complete_on: date | None
    due_on: date | None
    time_limit: str  # "batas waktu 30 hari kerja" or "tanpa batas waktu"
    items: tuple[ItemView, ...]
    history: tuple[HistoryLine, ...]  # the last HISTORY_LINES notes of the check
    signoff: SignOffState
    checkable: bool  # the checklist may still be changed
    can_complete: bool  # not yet declared complete (declaring again would ask twice)
    can_return: bool  # 'belum lengkap' is still possible: before the supervisor approved


def file_view(runtime: Runtime, actor: Actor, number: str) -> FileView:
    with runtime.read(actor) as session:
        d = detail(session, number)
        app = d.application
        status = AppStatus(app.status)
        limit = d.service.service.time_limit
        can_complete = status in (AppStatus.RECEIVED, AppStatus.INCOMPLETE)
        return FileView(
            number=app.number,
            status=status,
            status_label=d.status_label,
            applicant=d.applicant.name,
            service=d.service.name,
            received_at=app.received_at,
            complete_on=app.complete_on,
            due_on=app.due_on,
            time_limit=f"batas waktu {limit.label()}" if limit else "tanpa batas waktu",
            items=tuple(
                ItemView(
                    i.position,
                    i.requirement_code,
                    i.label,
                    i.mandatory,
                    i.present,
                    i.valid,
                    i.note,
                    i.scan_sha256,
                )
                for i in sorted(d.checklist, key=lambda i: i.position)
            ),
            history=tuple(
                HistoryLine(t.at, t.actor, t.note if t.label == EVENT_LABELS["note"] else t.label)
                for t in d.timeline
                if t.label in _HISTORY_EVENTS
            )[-HISTORY_LINES:],
            signoff=signoff_state(session, number),
            checkable=status in CHECKABLE,
            can_complete=can_complete,
            can_return=can_complete or status == AppStatus.AWAITING_SIGNOFF,
        )


def save_checks(runtime: Runtime, actor: Actor, number: str, checks: list[ItemCheck]) -> None:
    """Simpan tanpa keputusan: the ticks, notes and scans, kept for the next visit."""
    with runtime.unit(actor) as session:
        update_items(session, actor, number, checks)


@dataclass(frozen=True, slots=True)
class Declared:
    complete_on: date | None  # day 0
    due_on: date | None


def declare_complete(
    runtime: Runtime, actor: Actor, number: str, checks: list[ItemCheck]
) -> Declared:
    """Berkas lengkap dan benar: day 0 today, the due date, on to the supervisor."""
    with runtime.unit(actor) as session:
        app = mark_complete(session, actor, number, checks)
        return Declared(app.complete_on, app.due_on)


def declare_incomplete(
    runtime: Runtime, actor: Actor, number: str, checks: list[ItemCheck]
) -> tuple[str, ...]:
    """Belum lengkap: the file goes back to the applicant; returns what is missing
    ("3. Pas foto …"), for the dialog and the deficiency notice."""
    with runtime.unit(actor) as session:
        missing = mark_incomplete(session, actor, number, checks)
        return tuple(f"{item.position + 1}. {item.label}" for item in missing)


def confirm_signer(runtime: Runtime, signer: Actor, password: str) -> None:
    """A second layer's own password (``Runtime.confirm_password``: a failure is counted
    like a login, in its own unit), as a field error of the dialog's password box."""
    try:
        runtime.confirm_password(signer, password)
    except AuthenticationError as error:  # a wrong password or a lock: said at the field
        raise ValidationError("password", str(error)) from error


def decide(
    runtime: Runtime,
    supervisor: Actor,
    number: str,
    *,
    password: str,
    approve: bool,
    reason: str,
    shown_hash: str,
) -> None:
    """The supervisor's decision on the checklist the dialog showed (``shown_hash``):
    their own password first (a failure is counted like a login, in its own unit, and
    nothing changes), then the sign-off — refused when the checklist changed since."""
    confirm_signer(runtime, supervisor, password)
    with runtime.unit(supervisor) as session:
        fresh = signoff_state(session, number)
        if fresh.checklist_hash != shown_hash or not fresh.current:
            raise ValidationError(
                "checklist",
                "Checklist berubah sejak dialog ini dibuka; yang terbaru kini ditampilkan. "
                "Periksa lagi sebelum memutuskan.",
            )
        sign_off(session, supervisor, number, approve=approve, reason=reason)
