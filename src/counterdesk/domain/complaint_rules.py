"""Admissibility of a complaint (issue 10, point 2; seed 004 §6, seed 002 §6).

A report without the complainant's identity or without a matter is recorded as a
suggestion (*saran/masukan*), never refused. One received more than the window of
calendar days after the service was received is a suggestion too (day 30 is in, day 31
is out). Anything else is a complaint, due a number of working days after the day it
was received (day 0, as DESIGN counts). Pure: no I/O, the calendar is passed in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from counterdesk.domain.errors import ValidationError
from counterdesk.domain.formatting import format_date_long, format_date_with_day
from counterdesk.domain.workdays import StatusLevel, WorkCalendar

__all__ = ["Classification", "ComplaintKind", "classify", "deadline_status"]

ComplaintKind = Literal["complaint", "suggestion"]


@dataclass(frozen=True, slots=True)
class Classification:
    """What a report was recorded as, why (a sentence for the officer), and its deadline.

    ``due_on`` is set only for a complaint; ``warnings`` says when that date may still
    move (holiday calendar not yet decreed, Islamic dates awaiting sidang isbat).
    """

    kind: ComplaintKind
    reason: str
    due_on: dt.date | None = None
    warnings: tuple[str, ...] = ()


def classify(
    *,
    has_identity: bool,
    matter: str,
    received_on: dt.date,
    service_received_on: dt.date | None,
    window_days: int,
    response_working_days: int,
    calendar: WorkCalendar,
    counted_from: dt.date | None = None,
) -> Classification:
    """Classify one report by the service's complaint policy (window and response days).

    ``counted_from`` is day 0 of the response deadline when it differs from the day the
    report arrived (one after closing time counts from the next working day); the window
    is still measured from ``received_on``."""
    if window_days < 1 or response_working_days < 1:
        raise ValueError("window_days and response_working_days must be at least 1")
    missing = _missing_parts(has_identity=has_identity, matter=matter)
    if missing:
        return Classification("suggestion", f"Tanpa {missing}: dicatat sebagai saran/masukan.")
    if service_received_on is not None:
        elapsed = (received_on - service_received_on).days
        if elapsed < 0:
            raise ValidationError(
                "tanggal_layanan",
                f"Tanggal layanan diterima ({format_date_long(service_received_on)}) "
                f"jatuh sesudah tanggal pengaduan ({format_date_long(received_on)}); "
                "periksa kembali tanggal layanan.",
            )
        if elapsed > window_days:
            return Classification(
                "suggestion",
                f"Diterima {elapsed} hari setelah layanan (batas {window_days} hari): "
                "dicatat sebagai saran.",
            )
    due = calendar.due_date(counted_from or received_on, response_working_days)
    return Classification(
        "complaint",
        f"Dicatat sebagai pengaduan: wajib ditanggapi paling lambat {response_working_days} "
        f"hari kerja, yaitu {format_date_with_day(due.date)}.",
        due.date,
        due.warnings,
    )


def deadline_status(
    today: dt.date, due_on: dt.date, calendar: WorkCalendar
) -> tuple[str, StatusLevel]:
    """The deadline as the officer reads it (``Sisa 3 hari kerja``, ``Lewat 2 hari``)."""
    return calendar.status_text(today, due_on)


def _missing_parts(*, has_identity: bool, matter: str) -> str:
    parts = []
    if not has_identity:
        parts.append("identitas pelapor")
    if not matter.strip():
        parts.append("materi pengaduan")
    return " dan ".join(parts)
