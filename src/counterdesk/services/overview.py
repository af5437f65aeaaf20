"""Read-only lists the tabs open on: the queue, files awaiting sign-off, certificates,
interview minutes (complaints: services/complaints.py). Each returns plain rows (no ORM
objects leave here).

The session-level functions compose inside one transaction (CLI, tests); the ``*_screen``
functions take the runtime and are what a tab calls on refresh: one read unit, one frozen
dataclass with the rows, their total and the counts the tab shows.

Counts are index range counts (``ix_application_status_due_on``, the sign-off decision
index): they never visit the table, so they grow with the files counted, not with it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import ColumnElement, Row, Select, and_, func, or_, select, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.sqltypes import NullType

from counterdesk.domain.states import (
    CLOCK_RUNNING,
    OPEN_SQL,
    OPEN_STATUSES,
    STATUS_LABELS,
    TO_CHECK,
    TO_CHECK_SQL,
    AppStatus,
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

if TYPE_CHECKING:
    from counterdesk.services.context import Actor
    from counterdesk.services.runtime import Runtime

PAGE_SIZE = 200  # rows of the queue loaded at once (the GUI asks for more as it scrolls)
LIST_LIMIT = PAGE_SIZE  # rows of Verifikasi's views, the oldest first (totals counted)


class likely(FunctionElement[Any]):
    """A status condition that a partial index repeats literally, marked as matching most
    rows (SQLite's ``likely()``). SQLite still sees it implies the partial index's
    condition, but no longer prefers the status index plus a sort (which it does, with or
    without ``sqlite_stat1``, for an ``IN`` on an indexed column): the page is read in
    index order. Other databases get the bare condition."""

    type = NullType()  # not Boolean: SQLite would compare it "= 1", hiding the condition
    inherit_cache = True
    name = "likely"


@compiles(likely)
def _bare(element: likely, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(likely, "sqlite")
def _sqlite_likely(element: likely, compiler: SQLCompiler, **kw: Any) -> str:
    return f"likely({compiler.process(element.clauses, **kw)})"


def _partial_index_condition(sql: str) -> ColumnElement[Any]:
    """``status IN (…)`` exactly as a partial index states it, on ``application``."""
    return likely(text(sql.replace("status", "application.status", 1)))


def service_name(service_code: str) -> str:
    from counterdesk.services.catalog import load_catalog

    try:
        return load_catalog().find_service(service_code).name
    except Exception:  # an application filed under a service since removed
        return service_code


class _ServiceNames(dict[str, str]):
    """Service names looked up once per list: a page names only a handful of services."""

    def __missing__(self, code: str) -> str:
        self[code] = name = service_name(code)
        return name


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
        query = query.where(_partial_index_condition(OPEN_SQL))
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
            _queue_select(),
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
    names = _ServiceNames()
    return [_queue_row(row, calendar, today, names) for row in session.execute(query)]


_QueueColumns = tuple[str, str, str, str, datetime, date | None, date | None]


def _queue_select() -> Select[*_QueueColumns]:
    """The columns a queue row shows (no whole entities: a page is a thousand objects
    fewer to build)."""
    return select(
        Application.number,
        Applicant.name,
        Application.service_code,
        Application.status,
        Application.received_at,
        Application.due_on,
        Application.complete_on,
    ).join(Applicant, Application.applicant_id == Applicant.id)


def _queue_row(
    app: Row[*_QueueColumns], calendar: WorkCalendar, today: date, names: _ServiceNames
) -> QueueRow:
    status = AppStatus(app.status)
    if status == AppStatus.PAUSED:
        due = Deadline(app.due_on, "Jam layanan berhenti", "none")
    else:
        due = deadline(
            calendar,
            today,
            app.due_on,
            status in CLOCK_RUNNING,
            started=app.complete_on is not None,
        )
    return QueueRow(
        app.number,
        app.name,
        names[app.service_code],
        status,
        STATUS_LABELS[status],
        app.received_at,
        due,
    )


def to_check_queue(
    session: Session, calendar: WorkCalendar, today: date, *, limit: int = LIST_LIMIT
) -> list[QueueRow]:
    """Files waiting for the officer's check (received, or incomplete and brought back),
    oldest first, read in order from ``ix_application_to_check``."""
    query = (
        _queue_select()
        .where(_partial_index_condition(TO_CHECK_SQL))
        .order_by(Application.received_at)
        .limit(limit)
    )
    names = _ServiceNames()
    return [_queue_row(row, calendar, today, names) for row in session.execute(query)]


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


def signoff_queue(session: Session, now: datetime, *, limit: int | None = None) -> list[SignOffRow]:
    """Files waiting for the supervisor, oldest first (read in order from the decision
    index)."""
    query = (
        select(
            SignOff.verified_at,
            Application.number,
            Application.service_code,
            Applicant.name,
            User.full_name,
        )
        .join(Application, SignOff.application_id == Application.id)
        .join(Applicant, Application.applicant_id == Applicant.id)
        .outerjoin(User, User.id == SignOff.verifier_id)
        .where(SignOff.decision == "pending")
        .order_by(SignOff.verified_at)
        .limit(limit)
    )
    names = _ServiceNames()
    return [
        SignOffRow(
            number,
            applicant,
            names[code],
            verifier or "?",
            verified_at,
            (now - verified_at).days,
        )
        for verified_at, number, code, applicant, verifier in session.execute(query)
    ]


@dataclass(frozen=True)
class CertificateRow:
    serial: str
    holder: str
    title: str
    issued_on: date
    status: str  # the label: Belum dicetak, Terbit, Diserahkan, Dicabut, Diganti, ...
    printed_count: int
    historic: bool
    product_kind: str = "certificate"
    kind_label: str = "sertifikat"
    application_number: str = ""
    valid_until: date | None = None
    printable: bool = False  # issued or handed over, not a historic paper entry


CERTIFICATE_STATUS_LABELS = {
    "issued": "Terbit",
    "handed_over": "Diserahkan",
    "lost": "Hilang",
    "replaced": "Diganti (hilang)",
    "revoked": "Dicabut",
    "corrected": "Dikoreksi",
    "voided": "Dibatalkan",
    "void": "Dibatalkan",
}
NOT_PRINTED_LABEL = "Belum dicetak"
PRINTABLE_STATUSES = frozenset({"issued", "handed_over"})


def certificate_status_label(cert: Certificate) -> str:
    """The registry word for a certificate; an issued one never printed says so."""
    if cert.status == "issued" and cert.printed_count == 0 and not cert.historic:
        return NOT_PRINTED_LABEL
    return CERTIFICATE_STATUS_LABELS.get(cert.status, cert.status)


def certificate_printable(cert: Certificate) -> bool:
    return cert.status in PRINTABLE_STATUSES and not cert.historic


def certificates(
    session: Session,
    *,
    search: str = "",
    limit: int = 500,
    unprinted_only: bool = False,
) -> list[CertificateRow]:
    """The registry, those still to print first (issued, never printed), then newest."""
    from counterdesk.domain.catalog import PRODUCT_KIND_LABELS

    to_print = and_(
        Certificate.printed_count == 0,
        Certificate.status == "issued",
        Certificate.historic.is_(False),
    )
    query = (
        select(Certificate, Applicant.name, Application.number)
        .join(Applicant, Certificate.applicant_id == Applicant.id)
        .outerjoin(Application, Certificate.application_id == Application.id)
        .order_by(~to_print, Certificate.issued_on.desc(), Certificate.serial)
        .limit(limit)
    )
    if unprinted_only:
        query = query.where(to_print)
    if search.strip():
        like = f"%{search.strip()}%"
        query = query.where(
            or_(
                Certificate.serial.ilike(like),
                Applicant.name.ilike(like),
                Application.number.ilike(like),
            )
        )
    return [
        CertificateRow(
            c.serial,
            name,
            c.title,
            c.issued_on,
            certificate_status_label(c),
            c.printed_count,
            c.historic,
            c.product_kind,
            PRODUCT_KIND_LABELS.get(c.product_kind, c.product_kind),
            number or "",
            c.valid_until,
            certificate_printable(c),
        )
        for c, name, number in session.execute(query)
    ]


@dataclass(frozen=True)
class MinutesRow:
    number: str
    application_number: str
    applicant: str
    held_at: datetime
    topic: str
    signed: bool  # signed or amended: locked
    status: str = "signed"  # draft | signed | amended
    status_label: str = ""
    case_label: str = ""
    amends_number: str = ""


def interview_minutes(session: Session, *, limit: int = 500) -> list[MinutesRow]:
    """Berita Acara, newest first (``ix_interview_minutes_held_at``)."""
    from counterdesk.services.minutes import CASE_LABELS, STATUS_LABELS

    original = aliased(InterviewMinutes)
    query = (
        select(InterviewMinutes, Application.number, Applicant.name, original.number)
        .join(Application, InterviewMinutes.application_id == Application.id)
        .join(Applicant, Application.applicant_id == Applicant.id)
        .outerjoin(original, InterviewMinutes.amends_id == original.id)
        .order_by(InterviewMinutes.held_at.desc(), InterviewMinutes.created_at.desc())
        .limit(limit)
    )
    return [
        MinutesRow(
            m.number,
            number,
            name,
            m.held_at,
            str(m.content.get("subject") or m.content.get("topik", "")),
            m.status != "draft",
            m.status,
            STATUS_LABELS.get(m.status, m.status),
            CASE_LABELS.get(m.case_type, m.case_type),
            amends or "",
        )
        for m, number, name, amends in session.execute(query)
    ]


@dataclass(frozen=True)
class Counts:
    open_applications: int
    awaiting_signoff: int
    overdue: int
    open_complaints: int
    certificates_unprinted: int
    due_soon: int = 0  # running files due today or within NEAR_THRESHOLD working days


def _count(session: Session, query: Select[int]) -> int:
    return int(session.scalar(query) or 0)


def _applications(*statuses: AppStatus) -> Select[int]:
    """A count of applications in these statuses: ranges of the status index only."""
    return (
        select(func.count())
        .select_from(Application)
        .where(Application.status.in_([s.value for s in sorted(statuses)]))
    )


def open_count(session: Session) -> int:
    """Applications still open (the queue without filters)."""
    return _count(session, _applications(*OPEN_STATUSES))


def to_check_count(session: Session) -> int:
    return _count(session, _applications(*TO_CHECK))


def overdue_count(session: Session, today: date) -> int:
    """Running files whose due date has passed."""
    return _count(session, _applications(*CLOCK_RUNNING).where(Application.due_on < today))


def due_count(session: Session, first: date, last: date) -> int:
    """Running files due between two days, both included."""
    return _count(
        session,
        _applications(*CLOCK_RUNNING).where(
            Application.due_on >= first, Application.due_on <= last
        ),
    )


def pending_signoff_count(session: Session) -> int:
    return _count(
        session, select(func.count()).select_from(SignOff).where(SignOff.decision == "pending")
    )


def open_complaint_count(session: Session) -> int:
    return _count(
        session,
        select(func.count())
        .select_from(Complaint)
        .where(Complaint.status.not_in(["answered", "closed"])),
    )


def unprinted_count(session: Session) -> int:
    return _count(
        session,
        select(func.count())
        .select_from(Certificate)
        .where(Certificate.printed_count == 0, Certificate.status == "issued"),
    )


def _due_soon(session: Session, today: date, calendar: WorkCalendar) -> int:
    from counterdesk.domain.workdays import NEAR_THRESHOLD

    return due_count(session, today, calendar.add_working_days(today, NEAR_THRESHOLD))


def counts(session: Session, today: date, calendar: WorkCalendar | None = None) -> Counts:
    """Every number at the top of the tabs (each screen below asks only for its own)."""
    from counterdesk.services.calendar import office_calendar

    return Counts(
        open_count(session),
        pending_signoff_count(session),
        overdue_count(session, today),
        open_complaint_count(session),
        unprinted_count(session),
        _due_soon(session, today, calendar or office_calendar(session)),
    )


# --- what each tab calls on refresh: one read unit, plain data ---------------------------


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """What the queue is narrowed to (the filters and the search of Penerimaan)."""

    search: str = ""
    statuses: frozenset[AppStatus] = OPEN_STATUSES
    service_code: str | None = None
    received_from: date | None = None
    received_to: date | None = None

    @property
    def filtered(self) -> bool:
        """Narrower than the default view (search aside)."""
        return (
            self.statuses != OPEN_STATUSES
            or self.service_code is not None
            or self.received_from is not None
            or self.received_to is not None
        )

    @property
    def narrowed(self) -> bool:
        """Filtered or searched: fewer rows than the open queue."""
        return self.filtered or bool(self.search.strip())

    def kwargs(self) -> dict[str, Any]:
        return {
            "search": self.search,
            "statuses": self.statuses,
            "service_code": self.service_code,
            "received_from": self.received_from,
            "received_to": self.received_to,
        }


@dataclass(frozen=True, slots=True)
class IntakeScreen:
    rows: tuple[QueueRow, ...]  # the first page
    total: int  # rows the filter matches, on every page
    open_applications: int
    overdue: int
    due_today: int


def intake_screen(
    runtime: Runtime,
    actor: Actor,
    query: QueueFilter,
    today: date,
    *,
    page_size: int = PAGE_SIZE,
) -> IntakeScreen:
    """Penerimaan on refresh: the queue's first page, how many rows it has, the open,
    overdue and due-today counts."""
    from counterdesk.services.calendar import office_calendar

    with runtime.read(actor) as session:
        calendar = office_calendar(session)
        rows = application_queue(session, calendar, today, limit=page_size, **query.kwargs())
        open_now = open_count(session)
        if len(rows) < page_size:
            total = len(rows)
        else:
            total = queue_size(session, **query.kwargs()) if query.narrowed else open_now
        return IntakeScreen(
            tuple(rows),
            total,
            open_now,
            overdue_count(session, today),
            due_count(session, today, today),
        )


def queue_page(
    runtime: Runtime, actor: Actor, query: QueueFilter, today: date, *, offset: int, limit: int
) -> tuple[QueueRow, ...]:
    """A further page of the queue, as the list scrolls."""
    from counterdesk.services.calendar import office_calendar

    with runtime.read(actor) as session:
        return tuple(
            application_queue(
                session,
                office_calendar(session),
                today,
                limit=limit,
                offset=offset,
                **query.kwargs(),
            )
        )


@dataclass(frozen=True, slots=True)
class VerificationScreen:
    to_check: tuple[QueueRow, ...]  # the oldest LIST_LIMIT files to check
    to_check_total: int
    approvals: tuple[SignOffRow, ...]  # the oldest LIST_LIMIT waiting for sign-off
    awaiting_signoff: int
    due_soon: int
    overdue: int


def verification_screen(
    runtime: Runtime, actor: Actor, now: datetime, today: date, *, limit: int = LIST_LIMIT
) -> VerificationScreen:
    """Verifikasi on refresh: both views (oldest first) and the supervisor's overview."""
    from counterdesk.services.calendar import office_calendar

    with runtime.read(actor) as session:
        calendar = office_calendar(session)
        to_check = to_check_queue(session, calendar, today, limit=limit)
        approvals = signoff_queue(session, now, limit=limit)
        return VerificationScreen(
            tuple(to_check),
            len(to_check) if len(to_check) < limit else to_check_count(session),
            tuple(approvals),
            len(approvals) if len(approvals) < limit else pending_signoff_count(session),
            _due_soon(session, today, calendar),
            overdue_count(session, today),
        )


@dataclass(frozen=True, slots=True)
class MinutesScreen:
    rows: tuple[MinutesRow, ...]
    unsigned: int


def minutes_screen(runtime: Runtime, actor: Actor) -> MinutesScreen:
    """Berita Acara: the newest interview minutes (drafts, signed, amended) and how many
    drafts are not signed yet."""
    with runtime.read(actor) as session:
        rows = tuple(interview_minutes(session))
    return MinutesScreen(rows, sum(1 for r in rows if not r.signed))


@dataclass(frozen=True, slots=True)
class CertificatesScreen:
    rows: tuple[CertificateRow, ...]
    unprinted: int


def certificates_screen(runtime: Runtime, actor: Actor, *, search: str = "") -> CertificatesScreen:
    """Cetak: certificates, those not printed first, and how many are not printed."""
    with runtime.read(actor) as session:
        return CertificatesScreen(
            tuple(certificates(session, search=search)), unprinted_count(session)
        )
