"""Cetak: the print queue — certificates and cards not yet printed first, their status
in words and colour — and what the printing desk does with them.

Select one or many (Shift/Ctrl, Ctrl+A) and **Cetak… (Ctrl+P)**: one PDF or straight to a
printer (``dialogs/print_batch.py``); **Serahkan…** hands them over (receipt);
**Verifikasi sertifikat… (F6)** checks a scanned QR or serial; **Catat blangko rusak…**
and **Kalibrasi printer…** look after the pre-printed stock. A supervisor sees **Cabut
sertifikat…** (one printable certificate: the reason, then a confirmation). The global
search is sent to ``issuing.print_queue`` after a pause in typing; **Tampilkan juga yang
sudah dicetak** (Alt+D) brings back printed ones for a reprint."""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from counterdesk.domain.errors import CounterDeskError
from counterdesk.domain.formatting import format_date_short
from counterdesk.domain.roles import Role
from counterdesk.gui import messages
from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.opening import open_replacing
from counterdesk.gui.forms.printing_ui import Ui_PrintingTab
from counterdesk.gui.models.row_table_model import ROW_ROLE, Column
from counterdesk.gui.tabs.list_tab import ListTab

if TYPE_CHECKING:
    from counterdesk.gui.dialogs.calibration import CalibrationDialog
    from counterdesk.gui.dialogs.handover import HandoverDialog
    from counterdesk.gui.dialogs.print_batch import PrintBatchDialog
    from counterdesk.gui.dialogs.spoiled_stock import SpoiledStockDialog
    from counterdesk.gui.dialogs.text_input import TextInputDialog
    from counterdesk.gui.dialogs.verify_certificate import VerifyCertificateDialog
    from counterdesk.services.issuing import PrintRow


def _issuing() -> ModuleType:
    """The issuing service (and the renderers it uses) load when Cetak first shows, not
    with the main window."""
    from counterdesk.services import issuing

    return issuing


def status_level(row: PrintRow) -> str:
    """The colour of the status cell (its words say the same): red for what may not be
    printed, amber for what waits to be printed."""
    if row.historic:
        return "ok"
    if not row.printable:
        return "overdue"
    return "near" if row.printed_count == 0 else "ok"


class PrintingTab(ListTab["PrintRow"]):
    form_class = Ui_PrintingTab
    searches_in_service = True

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        ui = self.ui
        self.dialog: QDialog | None = None  # the dialog opened last (tests reach it here)
        ui.printButton.clicked.connect(self.print_selected)
        ui.handOverButton.clicked.connect(self.hand_over_selected)
        ui.verifyButton.clicked.connect(self.verify)
        ui.spoiledButton.clicked.connect(self.record_spoiled)
        ui.calibrateButton.clicked.connect(self.calibrate)
        self.revokeButton = self._revoke_button()
        ui.includePrinted.toggled.connect(self.refresh)
        ui.tableView.activated.connect(self._activated)
        self.list.selectionChanged.connect(self._selection_changed)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_selected)
        self._selection_changed()

    def _revoke_button(self) -> QPushButton:
        """Beside Serahkan…; only a supervisor may revoke, so only a supervisor sees it."""
        button = QPushButton(self.tr("Cabut sertifikat…"), self)
        button.setObjectName("revokeButton")
        button.setAutoDefault(False)
        button.setToolTip(
            self.tr(
                "Cabut sertifikat yang dipilih (dengan alasan): tidak dapat dicetak lagi dan "
                "verifikasi menjawab DICABUT. Tidak dapat dibatalkan."
            )
        )
        layout = self.ui.actionLayout
        layout.insertWidget(layout.indexOf(self.ui.handOverButton) + 1, button)
        QWidget.setTabOrder(self.ui.handOverButton, button)
        button.setVisible(self.ctx.actor.has(Role.SUPERVISOR))
        button.clicked.connect(self.revoke_selected)
        return button

    # --- columns ----------------------------------------------------------------------
    def columns(self) -> list[Column[PrintRow]]:
        return [
            Column(self.tr("Nomor seri"), lambda r: r.serial),
            Column(self.tr("Status"), self._status_text, level=status_level),
            Column(
                self.tr("Dicetak"),
                lambda r: self.tr("{0}×").format(r.printed_count) if r.printed_count else "—",
                sort_key=lambda r: r.printed_count,
            ),
            Column(self.tr("Jenis"), lambda r: r.kind_label),
            Column(self.tr("Pemegang"), lambda r: r.holder),
            Column(self.tr("Judul"), lambda r: r.title, stretch=True),
            Column(
                self.tr("Terbit"),
                lambda r: format_date_short(r.issued_on),
                sort_key=lambda r: r.issued_on.isoformat(),
            ),
            Column(self.tr("Permohonan"), lambda r: r.application_number or "—"),
        ]

    def _status_text(self, row: PrintRow) -> str:
        """The registry's word, short so it is read whole (how often: the next column)."""
        return self.tr("Arsip lama") if row.historic else row.status

    def empty_text(self) -> tuple[str, str]:
        return (
            self.tr("Belum ada sertifikat atau kartu yang menunggu dicetak."),
            self.tr(
                "Sertifikat dan kartu muncul di sini setelah diterbitkan (Rincian "
                "permohonan → Terbitkan sertifikat), yang belum dicetak di atas. Untuk "
                "cetak ulang, centang Tampilkan juga yang sudah dicetak (Alt+D)."
            ),
        )

    def primary_button(self) -> None:
        return None  # the print button needs a selection; the empty state teaches instead

    # --- loading ----------------------------------------------------------------------
    def refresh(self) -> None:
        ctx = self.ctx
        rows = _issuing().print_queue(
            ctx.runtime,
            ctx.actor,
            search=self.searched_text(),
            include_printed=self.ui.includePrinted.isChecked(),
        )
        self.list.set_rows(rows)
        waiting = sum(1 for r in rows if r.printed_count == 0 and r.printable)
        self.ui.summaryLabel.setText(
            self.tr("<b>{0}</b> menunggu dicetak").format(waiting)
            + (
                self.tr(" · {0} ditampilkan (termasuk yang sudah dicetak)").format(len(rows))
                if self.ui.includePrinted.isChecked()
                else ""
            )
        )
        if self.list.current() is None and self.list.visible_rows():
            self.list.select(0)
        self._selection_changed()

    def show_record(self, key: str) -> bool:
        """A scanned serial: its row alone, even if printed already (shown for a reprint)."""
        self.ui.tableView.clearSelection()
        if super().show_record(key):
            return True
        if not self.ui.includePrinted.isChecked():
            self.ui.includePrinted.setChecked(True)  # refreshes
            return super().show_record(key)
        return False

    # --- selection --------------------------------------------------------------------
    def selected_rows(self) -> list[PrintRow]:
        table = self.ui.tableView
        indexes = sorted(table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [index.data(ROW_ROLE) for index in indexes]

    def _selection_changed(self) -> None:
        rows = self.selected_rows()
        printable = [r for r in rows if r.printable]
        ui = self.ui
        ui.printButton.setEnabled(bool(rows))
        ui.handOverButton.setEnabled(bool(rows))
        self.revokeButton.setEnabled(len(rows) == 1 and rows[0].printable)
        if not rows:
            text = self.tr(
                "Pilih sertifikat di daftar (Shift/Ctrl+klik untuk beberapa, Ctrl+A semua)."
            )
        else:
            reprints = sum(1 for r in printable if r.printed_count > 0)
            text = self.tr("{0} dipilih").format(len(rows))
            if reprints:
                text += self.tr(" · {0} cetak ulang (perlu alasan)").format(reprints)
            if len(printable) < len(rows):
                text += self.tr(" · {0} tidak dapat dicetak (dicabut, diganti, arsip lama)").format(
                    len(rows) - len(printable)
                )
        ui.selectionLabel.setText(text)

    def _activated(self, index: QModelIndex) -> None:
        self.print_selected()

    # --- actions ----------------------------------------------------------------------
    def _opened(self, dialog: QDialog) -> None:
        self.dialog = open_replacing(self.dialog, dialog)

    def print_selected(self) -> PrintBatchDialog | None:
        rows = self.selected_rows()
        if not rows:
            return None
        from counterdesk.gui.dialogs.print_batch import PrintBatchDialog

        dialog = PrintBatchDialog(self.ctx, rows, self)
        dialog.printed.connect(self.refresh)
        self._opened(dialog)
        return dialog

    def hand_over_selected(self) -> HandoverDialog | None:
        rows = self.selected_rows()
        if not rows:
            return None
        from counterdesk.gui.dialogs.handover import HandoverDialog

        dialog = HandoverDialog(self.ctx, rows, self)
        dialog.handed.connect(self._handed)
        self._opened(dialog)
        return dialog

    def _handed(self) -> None:
        handover = self.dialog
        self.refresh()
        receipt = getattr(handover, "receipt_dialog", None)
        if receipt is not None:
            self._opened(receipt(self))

    def revoke_selected(self) -> TextInputDialog | None:
        """Cabut sertifikat…: the reason, then a confirmation naming serial and holder."""
        rows = self.selected_rows()
        if not (self.ctx.actor.has(Role.SUPERVISOR) and len(rows) == 1 and rows[0].printable):
            return None
        row = rows[0]
        from counterdesk.gui.dialogs.text_input import TextInputDialog

        dialog = TextInputDialog(
            self,
            title=self.tr("Cabut sertifikat {0}").format(row.serial),
            explanation=self.tr(
                "{0} {1} atas nama {2} akan dicabut: tidak dapat dicetak lagi dan "
                "verifikasi menjawab DICABUT beserta alasannya. Pencabutan tidak dapat "
                "dibatalkan."
            ).format(row.kind_label.capitalize(), row.serial, row.holder),
            label=self.tr("&Alasan pencabutan *"),
            accept_text=self.tr("Cabut sertifikat"),
            field="reason",
            action=lambda text: self._revoke(row, text),
            placeholder=self.tr("mis. persyaratan terbukti dipalsukan"),
        )
        dialog.accepted.connect(lambda: self._revoked(row.serial))
        self._opened(dialog)
        return dialog

    def _revoke(self, row: PrintRow, reason: str) -> None:
        issuing = _issuing()
        issuing.check_revoke_reason(reason)  # a short reason is named before the question
        if not messages.confirm(
            self,
            self.tr("Cabut sertifikat?"),
            self.tr(
                "Cabut {0} atas nama {1}?\n\nSertifikat yang dicabut tidak dapat dicetak "
                "lagi dan pencabutan tidak dapat dibatalkan."
            ).format(row.serial, row.holder),
            self.tr("Ya, cabut"),
        ):
            raise CounterDeskError(
                self.tr("Belum dicabut. Ubah alasannya lalu cabut, atau tekan Batal.")
            )
        issuing.revoke(self.ctx.runtime, self.ctx.actor, row.serial, reason)

    def _revoked(self, serial: str) -> None:
        """The row stays in sight, Dicabut in red (revoked rows show with the printed)."""
        self.refresh()
        self.show_record(serial)

    def verify(self) -> VerifyCertificateDialog:
        from counterdesk.gui.dialogs.verify_certificate import VerifyCertificateDialog

        dialog = VerifyCertificateDialog(self.ctx, self)
        self._opened(dialog)
        return dialog

    def record_spoiled(self) -> SpoiledStockDialog:
        from counterdesk.gui.dialogs.spoiled_stock import SpoiledStockDialog

        dialog = SpoiledStockDialog(self.ctx, self)
        self._opened(dialog)
        return dialog

    def calibrate(self) -> CalibrationDialog:
        from counterdesk.gui.dialogs.calibration import CalibrationDialog

        dialog = CalibrationDialog(self.ctx, self)
        self._opened(dialog)
        return dialog

    def rows(self) -> Sequence[PrintRow]:
        return self.list.visible_rows()
