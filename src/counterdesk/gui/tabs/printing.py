"""Cetak: certificates, those not yet printed at the top."""

from __future__ import annotations

from collections.abc import Sequence

from counterdesk.domain.formatting import format_date_short
from counterdesk.gui.models.row_table_model import Column
from counterdesk.gui.tabs.list_tab import SimpleListTab
from counterdesk.services import overview
from counterdesk.services.overview import CertificateRow


class PrintingTab(SimpleListTab[CertificateRow]):
    def columns(self) -> list[Column[CertificateRow]]:
        return [
            Column(self.tr("Nomor seri"), lambda r: r.serial),
            Column(self.tr("Pemegang"), lambda r: r.holder),
            Column(self.tr("Judul"), lambda r: r.title, stretch=True),
            Column(
                self.tr("Terbit"),
                lambda r: format_date_short(r.issued_on),
                sort_key=lambda r: r.issued_on.isoformat(),
            ),
            Column(self.tr("Status"), lambda r: r.status),
            Column(
                self.tr("Dicetak"),
                self._printed_text,
                sort_key=lambda r: r.printed_count,
                level=lambda r: "near" if r.printed_count == 0 and not r.historic else "ok",
            ),
        ]

    def _printed_text(self, row: CertificateRow) -> str:
        if row.historic:
            return self.tr("Arsip lama")
        if row.printed_count == 0:
            return self.tr("Belum dicetak")
        return self.tr("{0} kali").format(row.printed_count)

    def load(self) -> tuple[Sequence[CertificateRow], str]:
        screen = overview.certificates_screen(self.ctx.runtime, self.ctx.actor)
        return screen.rows, self.tr("{0} sertifikat belum dicetak").format(screen.unprinted)

    def empty_text(self) -> tuple[str, str]:
        return (
            self.tr("Belum ada sertifikat."),
            self.tr(
                "Sertifikat muncul di sini setelah permohonannya disetujui, yang belum "
                "dicetak di atas. Pilih satu lalu tekan Ctrl+P untuk mencetaknya."
            ),
        )

    def primary_text(self) -> str:
        return self.tr("Cetak sertifikat (Ctrl+P)")
