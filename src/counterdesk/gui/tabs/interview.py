"""Berita Acara: interview minutes (corrections and lost certificates)."""

from __future__ import annotations

from collections.abc import Sequence

from counterdesk.gui.models.row_table_model import Column
from counterdesk.gui.tabs.list_tab import SimpleListTab
from counterdesk.services import overview
from counterdesk.services.overview import MinutesRow


class InterviewTab(SimpleListTab[MinutesRow]):
    def columns(self) -> list[Column[MinutesRow]]:
        signed, unsigned = self.tr("Sudah"), self.tr("Belum")
        return [
            Column(self.tr("Nomor BA"), lambda r: r.number),
            Column(self.tr("Nomor permohonan"), lambda r: r.application_number),
            Column(self.tr("Pemohon"), lambda r: r.applicant),
            Column(
                self.tr("Waktu wawancara"),
                lambda r: self.ctx.datetime_text(r.held_at),
                sort_key=lambda r: r.held_at.isoformat(),
            ),
            Column(self.tr("Topik"), lambda r: r.topic, stretch=True),
            Column(
                self.tr("Ditandatangani"),
                lambda r: signed if r.signed else unsigned,
                level=lambda r: "ok" if r.signed else "near",
            ),
        ]

    def load(self) -> tuple[Sequence[MinutesRow], str]:
        screen = overview.minutes_screen(self.ctx.runtime, self.ctx.actor)
        summary = self.tr("{0} berita acara — {1} belum ditandatangani").format(
            len(screen.rows), screen.unsigned
        )
        return screen.rows, summary

    def empty_text(self) -> tuple[str, str]:
        return (
            self.tr("Belum ada berita acara wawancara."),
            self.tr(
                "Berita acara dibuat untuk permohonan ralat dan sertifikat hilang, lalu "
                "muncul di sini. Tekan Ctrl+N untuk membuat berita acara."
            ),
        )

    def primary_text(self) -> str:
        return self.tr("Berita acara baru (Ctrl+N)")
