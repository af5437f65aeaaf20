"""Penerimaan: the open applications, what is due first at the top."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from sqlalchemy.orm import Session

from counterdesk.gui.forms.intake_ui import Ui_IntakeTab
from counterdesk.gui.models.row_table_model import Column
from counterdesk.gui.tabs.columns import deadline_columns
from counterdesk.gui.tabs.list_tab import ListTab
from counterdesk.services import calendar, overview
from counterdesk.services.overview import QueueRow


class IntakeTab(ListTab[QueueRow]):
    form_class = Ui_IntakeTab

    def columns(self) -> list[Column[QueueRow]]:
        return [
            Column(self.tr("Nomor"), lambda r: r.number),
            Column(self.tr("Pemohon"), lambda r: r.applicant),
            Column(self.tr("Layanan"), lambda r: r.service, stretch=True),
            Column(self.tr("Status"), lambda r: r.status_label),
            Column(
                self.tr("Diterima"),
                lambda r: self.ctx.date_text(r.received_at),
                sort_key=lambda r: r.received_at.isoformat(),
            ),
            *deadline_columns(lambda r: r.deadline),
        ]

    def load(self, session: Session) -> tuple[list[QueueRow], str]:
        today = self.ctx.today()
        rows = overview.application_queue(session, calendar.office_calendar(session), today)
        counts = overview.counts(session, today)
        due_today = sum(1 for r in rows if r.deadline.level == "due_today")
        summary = self.tr(
            "{0} permohonan terbuka — {1} lewat jatuh tempo, {2} jatuh tempo hari ini"
        ).format(counts.open_applications, counts.overdue, due_today)
        return rows, summary

    def empty_text(self) -> tuple[str, str]:
        return (
            self.tr("Belum ada permohonan."),
            self.tr(
                "Permohonan yang dicatat di loket akan muncul di sini, yang paling dekat "
                "jatuh temponya di atas. Tekan F2 untuk mencatat permohonan baru."
            ),
        )

    def primary_button(self) -> QPushButton:
        return self.ui.newApplicationButton
