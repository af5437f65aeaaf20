"""Pengaduan: complaints, suggestions and information requests with their deadlines."""

from __future__ import annotations

from collections.abc import Sequence

from counterdesk.domain.catalog import CHANNEL_LABELS
from counterdesk.gui.models.row_table_model import Column
from counterdesk.gui.tabs.columns import deadline_columns
from counterdesk.gui.tabs.list_tab import SimpleListTab
from counterdesk.services import overview
from counterdesk.services.overview import ComplaintRow


class ComplaintsTab(SimpleListTab[ComplaintRow]):
    def columns(self) -> list[Column[ComplaintRow]]:
        return [
            Column(self.tr("Nomor"), lambda r: r.number),
            Column(self.tr("Jenis"), lambda r: r.kind_label),
            Column(self.tr("Saluran"), lambda r: CHANNEL_LABELS.get(r.channel, r.channel)),
            Column(self.tr("Pelapor"), lambda r: r.reporter, gives_way=True),
            Column(self.tr("Perihal"), lambda r: r.subject, stretch=True),
            Column(
                self.tr("Diterima"),
                lambda r: self.ctx.date_text(r.received_at),
                sort_key=lambda r: r.received_at.isoformat(),
            ),
            Column(self.tr("Status"), lambda r: r.status_label),
            *deadline_columns(lambda r: r.deadline),
        ]

    def load(self) -> tuple[Sequence[ComplaintRow], str]:
        screen = overview.complaints_screen(self.ctx.runtime, self.ctx.actor, self.ctx.today())
        summary = self.tr("{0} belum dijawab — {1} lewat batas waktu").format(
            screen.unanswered, screen.overdue
        )
        return screen.rows, summary

    def empty_text(self) -> tuple[str, str]:
        return (
            self.tr("Belum ada pengaduan, saran atau permintaan informasi."),
            self.tr(
                "Yang disampaikan di loket, lewat telepon, surat atau surel muncul di sini "
                "dengan batas waktu jawabannya. Tekan Ctrl+N untuk mencatatnya."
            ),
        )

    def primary_text(self) -> str:
        return self.tr("Catat pengaduan (Ctrl+N)")
