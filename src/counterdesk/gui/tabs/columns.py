"""Columns several tabs share, so an application and a deadline look the same everywhere."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import QCoreApplication

from counterdesk.domain.formatting import format_date_short
from counterdesk.gui.models.row_table_model import Column
from counterdesk.services.overview import Deadline, QueueRow


class ApplicationRow(Protocol):
    @property
    def number(self) -> str: ...
    @property
    def applicant(self) -> str: ...
    @property
    def service(self) -> str: ...


R = TypeVar("R")
A = TypeVar("A", bound=ApplicationRow)
NO_DATE = "9999-12-31"  # sorts rows without a due date last


def _tr(text: str) -> str:
    return QCoreApplication.translate("columns", text)


def application_columns() -> list[Column[A]]:
    """The leading columns of a list of applications: number, applicant, service."""
    return [
        Column(_tr("Nomor"), lambda row: row.number),
        Column(_tr("Pemohon"), lambda row: row.applicant),
        Column(_tr("Layanan"), lambda row: row.service, stretch=True),
    ]


def queue_columns() -> list[Column[QueueRow]]:
    """The leading columns of the queue: the application's, then its status."""
    return [
        *application_columns(),
        Column(_tr("Status"), lambda row: row.status_label),
    ]


def deadline_columns(deadline_of: Callable[[R], Deadline]) -> list[Column[R]]:
    """Due date, and the time left as text plus colour (red overdue, amber today/near)."""

    def due_key(row: R) -> str:
        due = deadline_of(row).due_on
        return due.isoformat() if due else NO_DATE

    def due_text(row: R) -> str:
        due = deadline_of(row).due_on
        return format_date_short(due) if due else "—"

    return [
        Column(_tr("Jatuh tempo"), due_text, sort_key=due_key),
        Column(
            _tr("Sisa waktu"),
            lambda row: deadline_of(row).text,
            sort_key=due_key,
            level=lambda row: deadline_of(row).level,
        ),
    ]
