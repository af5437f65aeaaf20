"""Typed models of the core. Synced tables use ``SyncedMixin``; local-only tables do not."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from counterdesk.domain.states import OPEN_SQL, TO_CHECK_SQL
from counterdesk.store.base import HLC_STAMP, Base, SyncedMixin, UtcDateTime, utcnow

# --- office, sites, users (local configuration) ------------------------------------------


class Office(Base):
    """The office profile; one row. Letterhead and signatory appear on every document."""

    __tablename__ = "office"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    timezone: Mapped[str] = mapped_column(String(40), default="Asia/Jakarta")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    logo_sha256: Mapped[str | None] = mapped_column(String(64), ForeignKey("blob.sha256"))
    signatory_name: Mapped[str] = mapped_column(String(200), default="")
    signatory_title: Mapped[str] = mapped_column(String(200), default="")
    signatory_nip: Mapped[str] = mapped_column(String(18), default="")
    cuti_bersama_closes: Mapped[bool] = mapped_column(Boolean, default=True)
    opening_time: Mapped[str] = mapped_column(String(5), default="08.00")
    closing_time: Mapped[str] = mapped_column(String(5), default="16.00")
    idle_lock_minutes: Mapped[int] = mapped_column(Integer, default=10)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Site(Base):
    """A counter (installation). Its code is part of every human-facing number it issues."""

    __tablename__ = "site"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    code: Mapped[str] = mapped_column(String(4), unique=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)
    signing_public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    exchange_public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # issue 11: the roster this site came from, when it was revoked
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    roster_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class User(Base):
    __tablename__ = "user_account"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    nip: Mapped[str] = mapped_column(String(18), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    roles: Mapped[str] = mapped_column(String(80))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class LoginThrottle(Base):
    """Failed logins per typed username — kept for unknown names too, so lockout
    behaves the same whether or not the account exists."""

    __tablename__ = "login_throttle"

    username: Mapped[str] = mapped_column(String(40), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_failure_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Closure(Base):
    """A day the office is closed besides the national calendar (entered by an admin)."""

    __tablename__ = "closure"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class NumberSequence(Base):
    """Last issued sequence per (prefix, counter, year) for human-facing numbers."""

    __tablename__ = "number_sequence"

    prefix: Mapped[str] = mapped_column(String(6), primary_key=True)
    counter: Mapped[str] = mapped_column(String(4), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class Blob(Base):
    """Photos, logos and scans, stored once by content hash."""

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    mime: Mapped[str] = mapped_column(String(60))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


# --- the counter's records (synced) ----------------------------------------------------


class Applicant(SyncedMixin, Base):
    __tablename__ = "applicant"

    kind: Mapped[str] = mapped_column(String(10))  # person | business
    name: Mapped[str] = mapped_column(String(200))
    nik: Mapped[str | None] = mapped_column(String(16), unique=True)
    nib: Mapped[str | None] = mapped_column(String(13), unique=True)
    birth_place: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(1), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    nip: Mapped[str] = mapped_column(String(18), default="")
    agency: Mapped[str] = mapped_column(String(200), default="")
    kbli: Mapped[str] = mapped_column(String(5), default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    photo_sha256: Mapped[str | None] = mapped_column(String(64), ForeignKey("blob.sha256"))

    __table_args__ = (
        Index("ix_applicant_name", "name"),
        Index("ix_applicant_phone", "phone"),
    )


class Application(SyncedMixin, Base):
    __tablename__ = "application"

    number: Mapped[str] = mapped_column(String(32), unique=True)
    applicant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applicant.id"), index=True)
    standard_code: Mapped[str] = mapped_column(String(60))
    service_code: Mapped[str] = mapped_column(String(60), index=True)
    catalog_version: Mapped[str] = mapped_column(String(40))
    channel: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(30), index=True)
    stage: Mapped[str] = mapped_column(String(60), default="")
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    complete_on: Mapped[date | None] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    paused_working_days: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    officer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    close_reason: Mapped[str] = mapped_column(Text, default="")
    received_on: Mapped[date | None] = mapped_column(Date)  # the day the clock may count from
    paused_since: Mapped[date | None] = mapped_column(Date)
    answer: Mapped[str] = mapped_column(Text, default="", server_default="")  # information
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    ticket_number: Mapped[str | None] = mapped_column(String(32), unique=True)
    # working days taken off the promised time by a compensation voucher (issue 10)
    days_off: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    __table_args__ = (
        # The queue (open files, due first) reads this index in order: the first screen
        # of a million applications is an index scan, not a sort.
        Index(
            "ix_application_open_queue",
            text("(due_on IS NULL)"),
            "due_on",
            "received_at",
            sqlite_where=text(OPEN_SQL),
            postgresql_where=text(OPEN_SQL),
        ),
        # Counts by status and deadline (open, overdue, due soon) are range counts over
        # this index alone, never visiting the table: they grow with the files counted,
        # not with the table.
        Index("ix_application_status_due_on", "status", "due_on"),
        # Verifikasi › Perlu diperiksa, oldest first, read in order (see TO_CHECK_SQL).
        Index(
            "ix_application_to_check",
            "received_at",
            sqlite_where=text(TO_CHECK_SQL),
            postgresql_where=text(TO_CHECK_SQL),
        ),
    )

    applicant: Mapped[Applicant] = relationship()
    checklist: Mapped[list[ChecklistItem]] = relationship(
        back_populates="application", order_by="ChecklistItem.position"
    )


class ApplicationEvent(SyncedMixin, Base):
    """The timeline of an application: every stage, who did it and when (append-only)."""

    __tablename__ = "application_event"

    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("application.id"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    kind: Mapped[str] = mapped_column(String(30))
    stage: Mapped[str] = mapped_column(String(60), default="")
    actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    actor_name: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class ChecklistItem(SyncedMixin, Base):
    __tablename__ = "checklist_item"

    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("application.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    requirement_code: Mapped[str] = mapped_column(String(60))
    label: Mapped[str] = mapped_column(Text)
    mandatory: Mapped[bool] = mapped_column(Boolean, default=True)
    present: Mapped[bool] = mapped_column(Boolean, default=False)
    valid: Mapped[bool | None] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")
    scan_sha256: Mapped[str | None] = mapped_column(String(64), ForeignKey("blob.sha256"))

    application: Mapped[Application] = relationship(back_populates="checklist")


class SignOff(SyncedMixin, Base):
    """Second layer of the two-layer check, bound to the hash of what it approved."""

    __tablename__ = "sign_off"

    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("application.id"), index=True)
    verifier_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    verified_at: Mapped[datetime] = mapped_column(UtcDateTime)
    supervisor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    decision: Mapped[str] = mapped_column(String(20), default="pending")
    reason: Mapped[str] = mapped_column(Text, default="")
    checklist_hash: Mapped[str] = mapped_column(String(64))

    # The approvals waiting (decision 'pending'), oldest first, and their count.
    __table_args__ = (Index("ix_sign_off_decision_verified_at", "decision", "verified_at"),)


class InterviewMinutes(SyncedMixin, Base):
    """Berita Acara wawancara. A draft is edited in place; signing stores the hash of
    the content and locks it; a later change is a new minutes (``amends_id``, *BA
    perubahan*) and the original's status becomes ``amended``, its content untouched.

    ``content``: interviewers (snapshots: id, name, nip, title), witnesses, questions
    ([question, answer] pairs), statements, conclusion, certificate_serial."""

    __tablename__ = "interview_minutes"

    number: Mapped[str] = mapped_column(String(80), unique=True)
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("application.id"), index=True)
    held_at: Mapped[datetime] = mapped_column(UtcDateTime)
    interviewer_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    place: Mapped[str] = mapped_column(String(200), default="")
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    signed: Mapped[bool] = mapped_column(Boolean, default=False)
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    case_type: Mapped[str] = mapped_column(String(20), default="other", server_default="other")
    status: Mapped[str] = mapped_column(String(20), default="draft", server_default="draft")
    amends_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("interview_minutes.id"), index=True
    )
    signed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    signed_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)

    __table_args__ = (Index("ix_interview_minutes_held_at", "held_at"),)


class Certificate(SyncedMixin, Base):
    __tablename__ = "certificate"

    serial: Mapped[str] = mapped_column(String(40), unique=True)
    applicant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applicant.id"), index=True)
    application_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("application.id"))
    standard_code: Mapped[str] = mapped_column(String(60))
    service_code: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(300))
    issued_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    # issued | handed_over | lost | replaced | revoked | voided
    status: Mapped[str] = mapped_column(String(20), default="issued")
    historic: Mapped[bool] = mapped_column(Boolean, default=False)
    printed_count: Mapped[int] = mapped_column(Integer, default=0)
    # certificate | card | letter (domain.catalog.ProductKind); the template prints it
    product_kind: Mapped[str] = mapped_column(
        String(20), default="certificate", server_default="certificate"
    )
    template: Mapped[str] = mapped_column(String(60), default="", server_default="")
    handover_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("handover.id"))
    status_reason: Mapped[str] = mapped_column(Text, default="", server_default="")

    # One application issues each product kind once (historic entries have none).
    __table_args__ = (
        Index("uq_certificate_application_product", "application_id", "product_kind", unique=True),
    )

    applicant: Mapped[Applicant] = relationship()


class Payment(SyncedMixin, Base):
    """The fee of one application: billed (amount in whole rupiah, billing code), then
    paid (NTPN and its date). The clock stands still from billing until payment."""

    __tablename__ = "payment"

    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("application.id"), unique=True)
    amount_rupiah: Mapped[int] = mapped_column(Integer)
    billing_code: Mapped[str] = mapped_column(String(20))
    billed_on: Mapped[date] = mapped_column(Date)
    billed_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    # NTPN (16 characters); longer free text only on payments noted before issue 9
    ntpn: Mapped[str | None] = mapped_column(String(40), index=True)
    paid_on: Mapped[date | None] = mapped_column(Date)
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    recorded_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Handover(SyncedMixin, Base):
    """Penyerahan: the certificates of one application given to the holder or to a
    representative with a power of attorney (``Certificate.handover_id``)."""

    __tablename__ = "handover"

    application_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("application.id"), index=True
    )
    receiver_name: Mapped[str] = mapped_column(String(200))
    receiver_id_label: Mapped[str] = mapped_column(String(20))
    receiver_id: Mapped[str] = mapped_column(String(40))
    power_of_attorney: Mapped[bool] = mapped_column(Boolean, default=False)
    handed_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    handed_at: Mapped[datetime] = mapped_column(UtcDateTime)


class PrintLog(SyncedMixin, Base):
    """Every printed copy of a certificate: who, when, which printer, which copy, and the
    reason for a reprint (append-only)."""

    __tablename__ = "print_log"

    certificate_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("certificate.id"), index=True)
    printed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    printed_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    printed_by_name: Mapped[str] = mapped_column(String(200), default="")
    printer: Mapped[str] = mapped_column(String(200), default="")
    paper: Mapped[str] = mapped_column(String(10), default="")
    copy_number: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")
    batch_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)


class SpoiledStock(SyncedMixin, Base):
    """A blank of pre-printed stock spoiled at the printer (its serial and why)."""

    __tablename__ = "spoiled_stock"

    blank_serial: Mapped[str] = mapped_column(String(40), index=True)
    reason: Mapped[str] = mapped_column(Text)
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    recorded_by_name: Mapped[str] = mapped_column(String(200), default="")
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)


class CertificateCase(SyncedMixin, Base):
    """A correction (ralat), lost certificate (pengganti) or legalisation request on a
    registry certificate, through the two-layer check: ``requested`` → ``checked`` (the
    officer, first layer) → ``approved`` (the leader who signs, never the first-layer
    person), or ``refused`` with a reason. ``fields``: [{field, label, before, after}]."""

    __tablename__ = "certificate_case"

    number: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(20))  # correction | lost | legalisation
    certificate_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("certificate.id"), index=True)
    minutes_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("interview_minutes.id"))
    fields: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    police_report_number: Mapped[str] = mapped_column(String(80), default="")
    police_report_on: Mapped[date | None] = mapped_column(Date)
    copies: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20), default="requested")
    requested_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    checked_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    checked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    approved_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    refused_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    refused_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    reason: Mapped[str] = mapped_column(Text, default="")
    letter_number: Mapped[str | None] = mapped_column(String(80), unique=True)
    letter_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (Index("ix_certificate_case_status_requested_at", "status", "requested_at"),)

    certificate: Mapped[Certificate] = relationship()


class CertificateChange(SyncedMixin, Base):
    """The registry's history of a certificate: each corrected field, both values, who
    and when (append-only)."""

    __tablename__ = "certificate_change"

    certificate_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("certificate.id"), index=True)
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("certificate_case.id"))
    field: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(80), default="")
    before: Mapped[str] = mapped_column(Text, default="")
    after: Mapped[str] = mapped_column(Text, default="")
    changed_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    changed_by_name: Mapped[str] = mapped_column(String(200), default="")
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Legalisation(SyncedMixin, Base):
    """One legalised copy of a certificate, with its own legalisation number."""

    __tablename__ = "legalisation"

    number: Mapped[str] = mapped_column(String(80), unique=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("certificate_case.id"), index=True)
    certificate_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("certificate.id"), index=True)
    copy_index: Mapped[int] = mapped_column(Integer)
    legalised_on: Mapped[date] = mapped_column(Date)


class Complaint(SyncedMixin, Base):
    """Complaints, suggestions and information requests (the seeds' complaint rules).

    ``kind`` is what the report is now (pengaduan | saran | informasi); ``classified_kind``
    and ``classification_reason`` are what the admissibility rule said when it was logged,
    kept when a supervisor overrides the kind (``override_*``, audited). *Anonim* hides the
    complainant's identity and *rahasia* the matter from everyone but supervisors."""

    __tablename__ = "complaint"

    number: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(20))  # pengaduan | saran | informasi
    standard_code: Mapped[str] = mapped_column(String(60), default="")
    channel: Mapped[str] = mapped_column(String(30))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    reporter_name: Mapped[str] = mapped_column(String(200), default="")
    reporter_contact: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    application_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("application.id"))
    service_received_on: Mapped[date | None] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")
    category: Mapped[str] = mapped_column(String(40), default="")
    response: Mapped[str] = mapped_column(Text, default="")
    responded_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # issue 10: identity, protection, classification, handling, outcome
    service_code: Mapped[str] = mapped_column(String(60), default="", server_default="")
    reporter_nik: Mapped[str] = mapped_column(String(16), default="", server_default="")
    reporter_phone: Mapped[str] = mapped_column(String(40), default="", server_default="")
    reporter_email: Mapped[str] = mapped_column(String(120), default="", server_default="")
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    confidential: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    received_by_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    classified_kind: Mapped[str] = mapped_column(String(20), default="", server_default="")
    classification_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    override_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    overridden_by_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    overridden_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    component: Mapped[str] = mapped_column(String(40), default="", server_default="")
    route: Mapped[str] = mapped_column(String(20), default="", server_default="")
    outcome: Mapped[str] = mapped_column(Text, default="", server_default="")
    outcome_channel: Mapped[str] = mapped_column(String(30), default="", server_default="")
    outcome_communicated_on: Mapped[date | None] = mapped_column(Date)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    closed_by_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    reply_letter_number: Mapped[str | None] = mapped_column(String(80))

    __table_args__ = (
        Index("ix_complaint_status_due", "status", "due_on"),
        Index("uq_complaint_reply_letter_number", "reply_letter_number", unique=True),
    )


class ComplaintStep(SyncedMixin, Base):
    """One entry of a complaint's case log (seed 004's analysis steps, responses, notes);
    append-only: a correction is a new entry."""

    __tablename__ = "complaint_step"

    complaint_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("complaint.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    by_name: Mapped[str] = mapped_column(String(200), default="")


class ComplaintAttachment(SyncedMixin, Base):
    """A file brought with a complaint (letter, photo, screenshot), stored once by hash."""

    __tablename__ = "complaint_attachment"

    complaint_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("complaint.id"), index=True)
    blob_sha256: Mapped[str] = mapped_column(String(64), ForeignKey("blob.sha256"))
    filename: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    added_by_name: Mapped[str] = mapped_column(String(200), default="")


class Compensation(SyncedMixin, Base):
    """Kompensasi for a service finished after its promised date (seed 001): an apology
    letter and a voucher of ``days_off`` working days for the applicant's next application,
    used once (``used_application_id``)."""

    __tablename__ = "compensation"

    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("application.id"), unique=True)
    applicant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applicant.id"), index=True)
    standard_code: Mapped[str] = mapped_column(String(60))
    late_working_days: Mapped[int] = mapped_column(Integer)
    days_off: Mapped[int] = mapped_column(Integer)
    letter_number: Mapped[str] = mapped_column(String(80), unique=True)
    granted_on: Mapped[date] = mapped_column(Date)
    granted_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    granted_by_name: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default="available")  # available|used|void
    used_application_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("application.id"), unique=True
    )
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class SurveyResponse(SyncedMixin, Base):
    """SKM per PermenPANRB 14/2017: nine elements scored 1-4, anonymous, with the
    respondent profile of the regulation's form (each may be left empty)."""

    __tablename__ = "survey_response"

    application_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("application.id"))
    service_code: Mapped[str] = mapped_column(String(60))
    submitted_at: Mapped[datetime] = mapped_column(UtcDateTime)
    answers: Mapped[list[int]] = mapped_column(JSON)
    comment: Mapped[str] = mapped_column(Text, default="")
    standard_code: Mapped[str] = mapped_column(String(60), default="", server_default="")
    sex: Mapped[str] = mapped_column(String(10), default="", server_default="")
    age_band: Mapped[str] = mapped_column(String(20), default="", server_default="")
    education: Mapped[str] = mapped_column(String(20), default="", server_default="")
    occupation: Mapped[str] = mapped_column(String(30), default="", server_default="")
    source: Mapped[str] = mapped_column(String(20), default="kiosk", server_default="kiosk")
    entered_by_name: Mapped[str] = mapped_column(String(200), default="", server_default="")

    __table_args__ = (Index("ix_survey_response_submitted_at", "submitted_at"),)


# --- append-only logs -----------------------------------------------------------------


class AuditEvent(Base):
    """Hash-chained: each event stores the hash of the one before it."""

    __tablename__ = "audit_event"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    actor_name: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(60), index=True)
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[str] = mapped_column(String(40), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class ChangeLog(Base):
    """What sync reads: one row per write to a synced table, in the same transaction."""

    __tablename__ = "change_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    origin: Mapped[str] = mapped_column(String(36))
    hlc: Mapped[str] = mapped_column(HLC_STAMP, index=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(10))  # upsert | tombstone
    row: Mapped[dict[str, Any]] = mapped_column(JSON)
    actor: Mapped[str] = mapped_column(String(40), default="")

    __table_args__ = (UniqueConstraint("origin", "seq", name="uq_change_log_origin_seq"),)


# --- sync by export files (local bookkeeping, never itself synced) ----------------------


class SyncRow(Base):
    """The merge state of one synced row (``sync.merge.RowState`` as JSON) and the local
    sequence at which it last changed: an export sends the rows above a peer's watermark."""

    __tablename__ = "sync_row"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    state: Mapped[dict[str, Any]] = mapped_column(JSON)
    seq: Mapped[int] = mapped_column(Integer, index=True)


class SyncPeer(Base):
    """What this site knows of another: the last file sent and received, the watermark
    it has confirmed (our ``sync_row.seq``), how far we have applied its own sequence,
    and the audit-chain head it last showed us (witnessing)."""

    __tablename__ = "sync_peer"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"), primary_key=True)
    acked_seq: Mapped[int] = mapped_column(Integer, default=0)
    sent_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_sent_file: Mapped[str] = mapped_column(String(255), default="")
    received_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_received_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_received_file: Mapped[str] = mapped_column(String(255), default="")
    last_export_number: Mapped[int] = mapped_column(Integer, default=0)
    audit_seq: Mapped[int] = mapped_column(Integer, default=0)
    audit_hash: Mapped[str] = mapped_column(String(64), default="")


class SyncImport(Base):
    """The import ledger: one row per file (by hash), its progress (committed with each
    batch, so a crash resumes) and its summary."""

    __tablename__ = "sync_import"

    file_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    file_id: Mapped[str] = mapped_column(String(36), index=True)
    sender_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    export_number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))  # applying | done | rejected
    applied: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class SyncParked(Base):
    """A received row whose prerequisites (a row it refers to) have not arrived yet;
    retried on every later import."""

    __tablename__ = "sync_parked"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    state: Mapped[dict[str, Any]] = mapped_column(JSON)
    missing: Mapped[str] = mapped_column(Text, default="")
    parked_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class SyncConflict(Base):
    """A conflict for a supervisor: both (all) values side by side and who wrote each.
    ``kind``: field | delete | duplicate_number | voucher | quarantine | stale_signoff."""

    __tablename__ = "sync_conflict"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60), default="")
    candidates: Mapped[list[Any]] = mapped_column(JSON)
    detected_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    resolved_by_name: Mapped[str] = mapped_column(String(200), default="")
    resolution: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_sync_conflict_open", "resolved_at", "detected_at"),
        Index("uq_sync_conflict_key", "table_name", "row_id", "field", "kind", unique=True),
    )


class ApplicantToken(Base):
    """Search index for applicants: one row per word of the name, NIK/NIB and phone, so
    search-as-you-type is an index range scan on any database (derived, not synced)."""

    __tablename__ = "applicant_token"

    token: Mapped[str] = mapped_column(String(60), primary_key=True)
    applicant_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("applicant.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Draft(Base):
    """A half-filled form, kept per user so it survives closing the tab or the app."""

    __tablename__ = "draft"

    user_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    form: Mapped[str] = mapped_column(String(60), primary_key=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class Setting(Base):
    """Local key/value settings (e.g. the local site id, the last HLC)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


SYNCED_MODELS: tuple[type[SyncedMixin], ...] = (
    Applicant,
    Application,
    ApplicationEvent,
    ChecklistItem,
    SignOff,
    InterviewMinutes,
    Handover,
    Certificate,
    CertificateCase,
    CertificateChange,
    Legalisation,
    Payment,
    PrintLog,
    SpoiledStock,
    Complaint,
    ComplaintStep,
    ComplaintAttachment,
    Compensation,
    SurveyResponse,
)
