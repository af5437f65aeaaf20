"""Verifikasi: files checked by an officer, waiting for the supervisor, oldest first."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from sqlalchemy.orm import Session

from counterdesk.domain.states import AppStatus
from counterdesk.gui.forms.verification_ui import Ui_VerificationTab
from counterdesk.gui.models.row_table_model import Column
from counterdesk.gui.tabs.list_tab import ListTab
from counterdesk.services import calendar, overview
from counterdesk.services.overview import SignOffRow

NEAR_LEVELS = frozenset({"near", "due_today"})


class VerificationTab(ListTab[SignOffRow]):
    form_class = Ui_VerificationTab

    def columns(self) -> list[Column[SignOffRow]]:
        return [
            Column(self.tr("Nomor"), lambda r: r.number),
            Column(self.tr("Pemohon"), lambda r: r.applicant),
            Column(self.tr("Layanan"), lambda r: r.service, stretch=True),
            Column(self.tr("Diperiksa oleh"), lambda r: r.verifier),
            Column(
                self.tr("Diperiksa pada"),
                lambda r: self.ctx.datetime_text(r.verified_at),
                sort_key=lambda r: r.verified_at.isoformat(),
            ),
            Column(self.tr("Menunggu"), self._age_text, sort_key=lambda r: r.age_days),
        ]

    def _age_text(self, row: SignOffRow) -> str:
        if row.age_days <= 0:
            return self.tr("sejak hari ini")
        return self.tr("{0} hari").format(row.age_days)

    def load(self, session: Session) -> tuple[list[SignOffRow], str]:
        today = self.ctx.today()
        rows = overview.signoff_queue(session, self.ctx.now())
        counts = overview.counts(session, today)
        running = overview.application_queue(
            session,
            calendar.office_calendar(session),
            today,
            statuses=frozenset({AppStatus.AWAITING_SIGNOFF, AppStatus.IN_PROCESS}),
        )
        near = sum(1 for r in running if r.deadline.level in NEAR_LEVELS)
        summary = self.tr(
            "{0} menunggu persetujuan — {1} mendekati jatuh tempo, {2} lewat jatuh tempo"
        ).format(counts.awaiting_signoff, near, counts.overdue)
        return rows, summary

    def empty_text(self) -> tuple[str, str]:
        return (
            self.tr("Tidak ada berkas yang menunggu persetujuan."),
            self.tr(
                "Berkas yang sudah diperiksa lengkap oleh petugas muncul di sini, yang "
                "terlama di atas, untuk disetujui atau dikembalikan oleh atasan."
            ),
        )

    def primary_button(self) -> QPushButton:
        return self.ui.signOffButton
