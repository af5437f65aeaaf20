"""Rekap pengaduan bulanan (issue 10, point 7): the complaints and suggestions received in
one month, counted by channel, component, route and kind, and whether each complaint was
answered on time — as plain data, a landscape PDF and an XLSX workbook.

Timeliness of one report, judged on the day the recap is made (``today``):
a complaint answered (its ``tanggapan``) on or before its due day is *Tepat waktu*, after
it *Terlambat*; one not answered yet is *Dalam proses* until its due day has passed, then
*Lewat batas (belum dijawab)*. A suggestion has no due day: "—". ``late`` counts both
kinds of broken deadline, ``in_progress`` those still within it. Information requests
(``informasi``, kept in the same table by older versions) are not part of the recap.

The item list shows what the actor may see: for anyone but a supervisor the identity of an
anonymous report and the content of a confidential one are masked, as on the screen.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from counterdesk.domain.catalog import CHANNEL_LABELS
from counterdesk.domain.complaint_handling import COMPLAINT_CHANNELS, COMPONENTS, ROUTES
from counterdesk.domain.errors import ValidationError
from counterdesk.domain.formatting import format_date_long, zone
from counterdesk.domain.states import (
    COMPLAINT_KIND_LABELS,
    COMPLAINT_STATUS_LABELS,
    ComplaintKind,
)
from counterdesk.services.applications import office_day
from counterdesk.services.complaints import mask_for, require_desk
from counterdesk.services.context import Actor
from counterdesk.services.setup import get_office
from counterdesk.store.models import Complaint

if TYPE_CHECKING:
    from counterdesk.documents.xlsx import Sheet
    from counterdesk.services.runtime import Runtime

ON_TIME = "Tepat waktu"
LATE = "Terlambat"
IN_PROGRESS = "Dalam proses"
OVERDUE = "Lewat batas (belum dijawab)"
NO_DEADLINE = "—"
NOT_SET = "Belum ditentukan"
# an information request (older rows kept in the same table) is not a complaint
RECAP_KINDS = (ComplaintKind.COMPLAINT.value, ComplaintKind.SUGGESTION.value)
ITEM_COLUMNS = (
    "Nomor", "Diterima", "Jenis", "Saluran", "Pelapor", "Perihal", "Komponen",
    "Penyelesaian", "Status", "Batas waktu", "Dijawab", "Ketepatan waktu",
)  # fmt: skip
MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class RecapCount:
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class RecapItem:
    number: str
    received_on: dt.date
    kind_label: str
    channel_label: str
    reporter: str  # masked for a non-supervisor when anonymous
    subject: str  # masked for a non-supervisor when confidential
    component_label: str
    route_label: str
    status_label: str
    due_on: dt.date | None
    answered_on: dt.date | None
    timeliness: str  # ON_TIME | LATE | IN_PROGRESS | OVERDUE | NO_DEADLINE


@dataclass(frozen=True, slots=True)
class MonthlyRecap:
    year: int
    month: int
    office_name: str
    made_on: dt.date
    made_by: str
    total: int
    complaints: int
    suggestions: int
    on_time: int
    late: int  # answered late, or past due and not answered
    in_progress: int
    by_channel: tuple[RecapCount, ...]
    by_component: tuple[RecapCount, ...]
    by_route: tuple[RecapCount, ...]
    by_kind: tuple[RecapCount, ...]
    by_timeliness: tuple[RecapCount, ...]
    items: tuple[RecapItem, ...]

    @property
    def period(self) -> str:
        """``November 2026``."""
        return month_name(self.year, self.month)

    @property
    def summary(self) -> tuple[RecapCount, ...]:
        """The totals as rows, the way the PDF and the workbook print them."""
        return (
            RecapCount("Jumlah laporan diterima", self.total),
            RecapCount("Pengaduan", self.complaints),
            RecapCount("Saran/masukan", self.suggestions),
            RecapCount("Pengaduan ditanggapi tepat waktu", self.on_time),
            RecapCount("Pengaduan melewati batas waktu", self.late),
            RecapCount("Pengaduan dalam proses (batas belum lewat)", self.in_progress),
        )


def month_name(year: int, month: int) -> str:
    return f"{MONTHS[month - 1]} {year}"


def parse_month(text: str) -> tuple[int, int]:
    """``2026-11`` → (2026, 11); anything else is refused in words the user can act on."""
    parts = text.strip().split("-")
    if len(parts) == 2 and all(p.isdigit() for p in parts) and len(parts[0]) == 4:
        year, month = int(parts[0]), int(parts[1])
        if 1 <= month <= 12 and year >= 2000:
            return year, month
    raise ValidationError(
        "bulan",
        f"Bulan '{text}' tidak dikenali. Tulis tahun dan bulan dengan angka, "
        "mis. 2026-11 untuk November 2026.",
    )


def timeliness(due_on: dt.date | None, answered_on: dt.date | None, today: dt.date) -> str:
    """Tepat waktu / Terlambat / Dalam proses / Lewat batas (belum dijawab) / — (no due day)."""
    if due_on is None:
        return NO_DEADLINE
    if answered_on is not None:
        return ON_TIME if answered_on <= due_on else LATE
    return IN_PROGRESS if today <= due_on else OVERDUE


def _month_bounds(session: Session, year: int, month: int) -> tuple[dt.datetime, dt.datetime]:
    """The month as UTC instants [start, end) of the office's wall clock."""
    tz = zone(get_office(session).timezone).tzinfo
    start = dt.datetime(year, month, 1, tzinfo=tz)
    end = dt.datetime(year + month // 12, month % 12 + 1, 1, tzinfo=tz)
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


def _kind_label(kind: str) -> str:
    try:
        return COMPLAINT_KIND_LABELS[ComplaintKind(kind)]
    except ValueError:
        return kind


def _item(session: Session, actor: Actor, c: Complaint, today: dt.date) -> RecapItem:
    shown = mask_for(actor, c)
    answered_on = office_day(session, c.responded_at) if c.responded_at else None
    if answered_on is not None and answered_on > today:  # the recap as it stood on ``today``
        answered_on = None
    return RecapItem(
        number=c.number,
        received_on=office_day(session, c.received_at),
        kind_label=_kind_label(c.kind),
        channel_label=CHANNEL_LABELS.get(c.channel, c.channel),
        reporter=shown.name or "(tanpa identitas)",
        subject=shown.subject,
        component_label=COMPONENTS.get(c.component, c.component) or NOT_SET,
        route_label=ROUTES.get(c.route, c.route) or NOT_SET,
        status_label=COMPLAINT_STATUS_LABELS.get(c.status, c.status),
        due_on=c.due_on,
        answered_on=answered_on,
        # only a complaint has a response deadline (a suggestion overridden from one keeps none)
        timeliness=timeliness(
            c.due_on if c.kind == ComplaintKind.COMPLAINT else None, answered_on, today
        ),
    )


def _counts(
    found: Iterable[str], known: Mapping[str, str] | Iterable[str]
) -> tuple[RecapCount, ...]:
    """Every known label (zero included, in the standard's order), then any other label
    that occurs — "Belum ditentukan" last."""
    tally = Counter(found)
    labels = list(known.values()) if isinstance(known, Mapping) else list(known)
    extra = sorted(label for label in tally if label not in labels and label != NOT_SET)
    rows = [RecapCount(label, tally[label]) for label in labels + extra]
    if tally[NOT_SET]:
        rows.append(RecapCount(NOT_SET, tally[NOT_SET]))
    return tuple(rows)


def recap_of(session: Session, actor: Actor, year: int, month: int, today: dt.date) -> MonthlyRecap:
    """The month's recap inside the caller's transaction."""
    require_desk(actor)
    if not 1 <= month <= 12:
        raise ValidationError("bulan", f"Bulan {month} tidak ada; pilih 1 sampai 12.")
    start, end = _month_bounds(session, year, month)
    rows = session.scalars(
        select(Complaint)
        .where(
            Complaint.received_at >= start,
            Complaint.received_at < end,
            Complaint.kind.in_(RECAP_KINDS),
        )
        .order_by(Complaint.received_at, Complaint.number)
    )
    items = tuple(_item(session, actor, c, today) for c in rows)
    kinds = Counter(i.kind_label for i in items)
    times = Counter(i.timeliness for i in items)
    channels = {code: CHANNEL_LABELS.get(code, code) for code in COMPLAINT_CHANNELS}
    return MonthlyRecap(
        year=year,
        month=month,
        office_name=get_office(session).name,
        made_on=today,
        made_by=actor.full_name,
        total=len(items),
        complaints=kinds[COMPLAINT_KIND_LABELS[ComplaintKind.COMPLAINT]],
        suggestions=kinds[COMPLAINT_KIND_LABELS[ComplaintKind.SUGGESTION]],
        on_time=times[ON_TIME],
        late=times[LATE] + times[OVERDUE],
        in_progress=times[IN_PROGRESS],
        by_channel=_counts((i.channel_label for i in items), channels),
        by_component=_counts((i.component_label for i in items), COMPONENTS),
        by_route=_counts((i.route_label for i in items), ROUTES),
        by_kind=_counts(
            (i.kind_label for i in items),
            [COMPLAINT_KIND_LABELS[ComplaintKind(k)] for k in RECAP_KINDS],
        ),
        by_timeliness=_counts(
            (i.timeliness for i in items if i.timeliness != NO_DEADLINE),
            (ON_TIME, LATE, IN_PROGRESS, OVERDUE),
        ),
        items=items,
    )


def monthly_recap(
    runtime: Runtime, actor: Actor, year: int, month: int, today: dt.date
) -> MonthlyRecap:
    """The recap of the complaints and suggestions received in ``year``-``month``."""
    with runtime.read(actor) as session:
        return recap_of(session, actor, year, month, today)


def monthly_recap_pdf(
    runtime: Runtime, actor: Actor, year: int, month: int, today: dt.date
) -> bytes:
    """The recap as a landscape A4 PDF under the office's letterhead."""
    from counterdesk.documents.complaint_recap import render_recap
    from counterdesk.services.receipts import letterhead

    with runtime.read(actor) as session:
        recap = recap_of(session, actor, year, month, today)
        head = letterhead(session, get_office(session))
    return render_recap(recap, head)


def monthly_recap_xlsx(
    runtime: Runtime, actor: Actor, year: int, month: int, today: dt.date
) -> bytes:
    """The recap as an XLSX workbook: sheet "Ringkasan" (the counts), sheet "Daftar"
    (one row per complaint or suggestion)."""
    from counterdesk.documents.xlsx import write_workbook

    return write_workbook(recap_sheets(monthly_recap(runtime, actor, year, month, today)))


def recap_sheets(recap: MonthlyRecap) -> list[Sheet]:
    """The workbook's two sheets: the counts, then the list."""
    from counterdesk.documents.xlsx import Sheet

    heading = (
        f"Rekap pengaduan dan saran {recap.period}",
        recap.office_name.replace("\n", " — "),
        f"Dibuat {format_date_long(recap.made_on)} oleh {recap.made_by}",
    )
    groups = (
        ("Ringkasan", recap.summary),
        ("Menurut jenis", recap.by_kind),
        ("Ketepatan waktu (pengaduan)", recap.by_timeliness),
        ("Menurut saluran", recap.by_channel),
        ("Menurut komponen layanan", recap.by_component),
        ("Menurut penyelesaian", recap.by_route),
    )
    counts = tuple((group, c.label, c.count) for group, rows in groups for c in rows)
    items = tuple(
        (
            i.number, i.received_on, i.kind_label, i.channel_label, i.reporter, i.subject,
            i.component_label, i.route_label, i.status_label, i.due_on, i.answered_on,
            i.timeliness,
        )
        for i in recap.items
    )  # fmt: skip
    return [
        Sheet("Ringkasan", heading, ("Kelompok", "Uraian", "Jumlah"), counts),
        Sheet("Daftar", heading, ITEM_COLUMNS, items),
    ]
