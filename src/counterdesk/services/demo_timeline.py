"""The history of a demo application, written as the counter would have written it.

A demo file is created at receipt; this walks it forward to the status the demo wants,
day by day: received, the documents checked (day 0) or found incomplete, the
supervisor's sign-off, the stages entered with the officer's short note, the clock
paused for payment (billed, paid with NTPN) and running again, and how it ended
(ready, handed over, answered, rejected, withdrawn). Every step is written with
``applications.record_event`` — the event, its audit entry and the change log, as the
app writes them — at the moment it happened, between the receipt and today. The file's
own fields (stage, status, day 0, due date, pause days, closing) follow the same steps,
so the history and the file agree.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.orm import Session

from counterdesk.domain.catalog import CHANNEL_LABELS, Stage
from counterdesk.domain.formatting import format_date_numeric, format_rupiah
from counterdesk.domain.states import AppStatus
from counterdesk.domain.workdays import WorkCalendar
from counterdesk.services import audit
from counterdesk.services.applications import record_event
from counterdesk.services.catalog import CatalogService
from counterdesk.services.context import Actor
from counterdesk.services.payments import BILLING_DIGITS, NTPN_LENGTH
from counterdesk.store.models import Application, Payment

CHECKED_AFTER = timedelta(minutes=30)  # the officer's check (layer 1) after receipt
APPROVED_AFTER = timedelta(hours=2)  # the supervisor's sign-off (layer 2)
PAID_AFTER = timedelta(hours=2)  # at the bank across the street, back with the NTPN
DAYS_WITHOUT_LIMIT = 5  # how long a service without a time limit usually takes
WIB = timedelta(hours=7)

# What an officer types on entering a stage (``standard:stage``; the stage's name first).
STAGE_NOTES = {
    "balai-sertifikasi:pelaksanaan": "asesmen dijadwalkan bersama asesor",
    "balai-sertifikasi:pelaporan-hasil": "laporan hasil dikirim ke komite sertifikasi",
    "sertifikasi-pns:penetapan-peserta": "masuk angkatan II tahun ini",
    "sertifikasi-pns:uji-kompetensi": "uji di TUK BKPSDM Purwakarta",
    "sertifikasi-pns:penilaian": "portofolio dinilai asesor",
    "sertifikasi-pns:penerbitan-sertifikat": "sertifikat dicetak LSP",
    "sertifikasi-pns:penyerahan-sertifikat": "sertifikat tiba di loket",
    "sak:pelaksanaan": "ujian tertulis di Pusdiklat BC",
    "sak:keputusan": "peserta dinyatakan lulus",
    "sak:pencocokan-database": "nomor sertifikat cocok dengan database",
    "sak:pengambilan": "sertifikat tiba dari Pusdiklat BC",
    "sak:wawancara": "pemohon hadir membawa dokumen asli",
    "sak:penerbitan": "konsep surat diteruskan ke pimpinan",
    "sak:input": "data sertifikat lama dimasukkan",
    "sak:pemastian": "data dicocokkan ulang dengan buku induk",
    "sertifikat-standar-kbli-28173:penerbitan": "NIB dan sertifikat diproses di OSS",
    "informasi-bc-aceh:penggalian": "ditanyakan ke seksi PKC",
    "informasi-bc-aceh:penyusunan-jawaban": "jawaban dikonsep berdasarkan PMK terbaru",
    "informasi-bc-aceh:penyampaian-jawaban": "jawaban dikirim lewat surel",
}
# Where a file waits for the applicant before it moves on (the clock stands still).
STAGE_PAUSES = {"sertifikasi-pns:verifikasi": "Menunggu SK pangkat asli dari pemohon"}
# Demo fees of the paid services (PP 31/2017 sets them; the catalogue names only the rule).
FEES = {
    "balai-sertifikasi/produk-tipe-1": 2_500_000,
    "balai-sertifikasi/produk-tipe-5": 7_500_000,
    "balai-sertifikasi/person": 1_500_000,
    "balai-sertifikasi/bimtek": 750_000,
}
CLOSE_REASONS = {
    AppStatus.REJECTED: "Dokumen SK Jabatan tidak sah (tanpa tanda tangan pejabat).",
    AppStatus.WITHDRAWN: "Pemohon mencabut permohonan; usaha dipindahkan ke kabupaten lain.",
}
QUESTIONS = (
    "Berapa batas nilai barang kiriman yang dibebaskan bea masuk?",
    "Apa syarat mendapatkan fasilitas kawasan berikat?",
    "Bagaimana cara mengurus pengembalian bea masuk atas barang reekspor?",
)
ANSWER = "Dijawab lewat surel dengan dasar PMK dan tautan ke laman resmi Bea Cukai."
CLOSING = frozenset({AppStatus.DONE, AppStatus.REJECTED, AppStatus.WITHDRAWN})


@dataclass(frozen=True, slots=True)
class Demo:
    """What the walk needs from the demo: its session, calendar, today and people."""

    session: Session
    calendar: WorkCalendar
    today: date
    rng: random.Random
    supervisor: Actor


def at_receipt(svc: CatalogService) -> bool:
    """The clock starts when the file is received (an information request): no check,
    no sign-off."""
    start = svc.service.clock_start_stage()
    return start is not None and start.code == svc.service.stages[0].code


@dataclass
class _Walk:
    demo: Demo
    app: Application
    svc: CatalogService
    officer: Actor
    days: list[date] = field(default_factory=list)  # the days later steps fall on
    moment: datetime = field(init=False)  # the last step's time (UTC)
    payment: Payment | None = None

    def __post_init__(self) -> None:
        self.moment = self.app.received_at

    @property
    def stages(self) -> list[Stage]:
        return list(self.svc.service.stages)

    def event(self, kind: str, note: str = "", *, by: Actor | None = None) -> None:
        record_event(
            self.demo.session, by or self.officer, self.app, kind, note=note, at=self.moment
        )
        self.moment += timedelta(minutes=1)  # the next step comes after this one

    def at(self, moment: datetime) -> None:
        self.moment = max(moment, self.moment + timedelta(minutes=5))  # one after another

    def next_day(self) -> None:
        """The next step's moment: its day, during office hours, after the last step."""
        day = self.days.pop(0) if self.days else self.moment.date()
        hour, minute = 9 + self.demo.rng.randrange(6), self.demo.rng.randrange(60)
        self.at(datetime.combine(day, time(hour, minute), tzinfo=UTC) - WIB)

    def key(self) -> str:
        """The current stage as ``standard:stage`` (stage codes repeat across standards)."""
        return f"{self.svc.standard_code}:{self.app.stage}"

    def index(self) -> int:
        return next(i for i, s in enumerate(self.stages) if s.code == self.app.stage)

    def enter(self, stage: Stage) -> None:
        self.app.stage = stage.code
        note = STAGE_NOTES.get(self.key(), "")
        self.event("stage", stage.name + (f" — {note}" if note else ""))

    def start_clock(self, day0: date) -> None:
        self.app.complete_on = day0
        self.app.status = AppStatus.IN_PROCESS.value
        self._recompute_due()
        self.event("clock_started", f"Hari ke-0: {day0:%d-%m-%Y}")

    def _recompute_due(self) -> None:
        limit = self.svc.service.time_limit
        if self.app.complete_on is not None and limit is not None:
            self.app.due_on = self.demo.calendar.add_working_days(
                self.app.complete_on, limit.max_days + self.app.paused_working_days
            )

    def pause(self, reason: str) -> None:
        self.app.status = AppStatus.PAUSED.value
        self.app.paused_since = self._office_day()
        self.event("paused", reason)

    def resume(self) -> None:
        if self.app.paused_since is not None:
            self.app.paused_working_days += max(
                0,
                self.demo.calendar.working_days_between(self.app.paused_since, self._office_day()),
            )
        self.app.paused_since = None
        self.app.status = AppStatus.IN_PROCESS.value
        self._recompute_due()
        due = f"Jatuh tempo baru: {self.app.due_on:%d-%m-%Y}" if self.app.due_on else ""
        self.event("resumed", due)

    def _office_day(self) -> date:
        return (self.moment + WIB).date()

    def bill(self) -> None:
        """Billed at the payment stage (as ``payments.bill_in``): the bill is kept and the
        clock stands still until it is paid."""
        rng = self.demo.rng
        self.payment = Payment(
            application_id=self.app.id,
            amount_rupiah=FEES.get(self.svc.full_code, 1_000_000),
            billing_code="".join(str(rng.randrange(10)) for _ in range(BILLING_DIGITS)),
            billed_on=self._office_day(),
            billed_by_id=self.officer.user_id,
        )
        self.demo.session.add(self.payment)
        self.pause("Menunggu pembayaran")
        amount = format_rupiah(self.payment.amount_rupiah)
        self.event("billed", f"{amount}, kode billing {self.payment.billing_code}")

    def pay(self) -> None:
        """The NTPN from the bank recorded (as ``payments.record_paid_in``); the clock runs."""
        assert self.payment is not None, "billed first"
        rng = self.demo.rng
        payment = self.payment
        payment.ntpn = "".join(rng.choice("0123456789ABCDEF") for _ in range(NTPN_LENGTH))
        payment.paid_on, payment.recorded_at = self._office_day(), self.moment
        payment.recorded_by_id = self.officer.user_id
        self.event("paid", f"NTPN {payment.ntpn}, {format_date_numeric(payment.paid_on)}")
        self.resume()

    def close(self, status: AppStatus, kind: str, note: str) -> None:
        self.app.status = status.value
        self.app.closed_at = self.moment
        self.event(kind, note)


def _step_count(walk: _Walk, target: AppStatus, advances: int) -> int:
    """How many steps come after the receipt day, each on a later day."""
    here = walk.index()
    left = walk.stages[here : here + advances]
    left_paying = sum(s.collects_payment for s in left)
    waits = sum(f"{walk.svc.standard_code}:{s.code}" in STAGE_PAUSES for s in left)
    answered = at_receipt(walk.svc) and target == AppStatus.DONE  # no "ready" step
    return (
        advances
        + left_paying  # billed and paid
        + 2 * waits  # paused, then running again
        + (target == AppStatus.PAUSED)
        + (target in (AppStatus.READY, AppStatus.DONE) and not answered)
        + (target in CLOSING)
    )


def _spread(demo: Demo, received_on: date, steps: int, span: int) -> list[date]:
    """``steps`` working days after ``received_on`` spread over ``span`` working days
    (several steps may share a day; with no span, all fall on the receipt day)."""
    if span <= 0 or not steps:
        return [received_on] * steps
    return [
        demo.calendar.add_working_days(received_on, max(1, math.ceil(j * span / steps)))
        for j in range(1, steps + 1)
    ]


def _advances(walk: _Walk, target: AppStatus, ago: int) -> int:
    """Stages entered after the sign-off: all of them for a finished file; for one in
    process, as many as the time since receipt suggests, one stage still to go."""
    left = len(walk.stages) - 1 - walk.index()
    if target in (AppStatus.READY, AppStatus.DONE):
        return left
    if target != AppStatus.IN_PROCESS:
        return 0
    limit = walk.svc.service.time_limit
    days = limit.max_days if limit else DAYS_WITHOUT_LIMIT
    return max(0, min(left - 1, math.ceil(left * ago / days)))


def write_history(
    demo: Demo,
    app: Application,
    svc: CatalogService,
    target: AppStatus,
    ago: int,
    officer: Actor,
) -> None:
    """Walk ``app`` (just received, at its first stage) to ``target``, writing its
    history; ``ago`` is how many working days before today it was received."""
    walk = _Walk(demo, app, svc, officer)
    received_on = (app.received_at + WIB).date()
    app.received_on = received_on
    channel = CHANNEL_LABELS.get(app.channel, app.channel)
    walk.event("received", f"{svc.name} — {channel}")
    if at_receipt(svc):  # the clock starts at once: no check, no sign-off
        app.notes = QUESTIONS[demo.rng.randrange(len(QUESTIONS))]
        walk.start_clock(received_on)
        walk.enter(walk.stages[1])
    elif target == AppStatus.INCOMPLETE:
        walk.at(app.received_at + CHECKED_AFTER)
        missing = [i.label for i in app.checklist if i.mandatory and not i.present]
        walk.event("note", "Berkas belum lengkap: " + "; ".join(_short(m) for m in missing))
        app.status = target.value
    elif target != AppStatus.RECEIVED:
        _checked(walk, approved=target != AppStatus.AWAITING_SIGNOFF)
    if target in (AppStatus.RECEIVED, AppStatus.INCOMPLETE, AppStatus.AWAITING_SIGNOFF):
        return
    advances = _advances(walk, target, ago)
    limit = svc.service.time_limit
    span = ago - 1
    if target in CLOSING:  # done within the service's time
        span = min(span, limit.max_days if limit else DAYS_WITHOUT_LIMIT)
    walk.days = _spread(demo, received_on, _step_count(walk, target, advances), span)
    _stages(walk, advances)
    _ending(walk, target)


def _short(label: str, limit: int = 60) -> str:
    text = label.strip().rstrip(";.")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _checked(walk: _Walk, *, approved: bool) -> None:
    """Layer 1 finds the file complete (day 0 is the receipt day); layer 2 approves it
    and the file moves on past the stage that started its clock."""
    app, session = walk.app, walk.demo.session
    walk.at(app.received_at + CHECKED_AFTER)
    walk.start_clock(walk.app.received_on or app.received_at.date())
    audit.record(
        session, walk.officer, "verification.complete", entity="application", entity_id=app.number
    )
    app.status = AppStatus.AWAITING_SIGNOFF.value
    if not approved:
        return
    walk.at(app.received_at + APPROVED_AFTER)
    supervisor = walk.demo.supervisor
    app.status = AppStatus.IN_PROCESS.value
    walk.event("note", "Disetujui verifikator/atasan", by=supervisor)
    audit.record(
        session, supervisor, "signoff.approved", entity="application", entity_id=app.number
    )
    start = walk.svc.service.clock_start_stage()
    if start is not None and start.code != walk.stages[-1].code:
        app.stage = walk.stages[walk.stages.index(start) + 1].code


def _stages(walk: _Walk, advances: int) -> None:
    for _ in range(advances):
        here = walk.index()
        if walk.stages[here].collects_payment:  # billed, paid at the bank the same day
            walk.next_day()
            walk.bill()
            walk.at(walk.moment + PAID_AFTER)
            walk.pay()
        if walk.key() in STAGE_PAUSES:
            walk.next_day()
            walk.pause(STAGE_PAUSES[walk.key()])
            walk.next_day()
            walk.resume()
        walk.next_day()
        walk.enter(walk.stages[here + 1])


def _ending(walk: _Walk, target: AppStatus) -> None:
    app = walk.app
    if target == AppStatus.PAUSED:
        walk.next_day()
        if walk.stages[walk.index()].collects_payment:
            walk.bill()  # waiting for the applicant to pay
        else:
            walk.pause("Menunggu dokumen asli dari pemohon")
        return
    if target in (AppStatus.READY, AppStatus.DONE) and not at_receipt(walk.svc):
        walk.next_day()
        app.status = AppStatus.READY.value
        walk.event("ready", "Pemohon diberi tahu lewat telepon")
    if target not in CLOSING:
        return
    walk.next_day()
    if target == AppStatus.DONE and at_receipt(walk.svc):
        app.answer, app.answered_at = ANSWER, walk.moment
        walk.close(target, "answered", ANSWER)
    elif target == AppStatus.DONE:
        walk.close(target, "handed_over", "Diterima langsung oleh pemohon (KTP diperiksa)")
    else:
        app.close_reason = CLOSE_REASONS[target]
        kind = "rejected" if target == AppStatus.REJECTED else "withdrawn"
        walk.close(target, kind, app.close_reason)
