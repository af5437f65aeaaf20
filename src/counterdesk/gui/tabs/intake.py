"""Penerimaan: the queue — what is due first at the top — loaded page by page from the
service, with filters, the new-application form (F2), information requests (F4), historic
certificates entered one by one (F6) or imported from a file (F7), and the detail of an
application (Enter or double-click)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMenu, QPushButton, QWidget

from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.application_detail import ApplicationDetailDialog
from counterdesk.gui.dialogs.document_ready import DocumentReadyDialog, receipt_document
from counterdesk.gui.dialogs.information_requests import InformationRequestsDialog
from counterdesk.gui.dialogs.new_application import NewApplicationDialog
from counterdesk.gui.dialogs.opening import open_replacing
from counterdesk.gui.dialogs.registry_entry import RegistryEntryDialog
from counterdesk.gui.dialogs.registry_import import RegistryImportDialog
from counterdesk.gui.forms.intake_ui import Ui_IntakeTab
from counterdesk.gui.models.paged_row_model import PAGE_SIZE, PagedRowModel
from counterdesk.gui.models.row_table_model import ROW_ROLE, Column
from counterdesk.gui.tabs.columns import deadline_columns, queue_columns
from counterdesk.gui.tabs.list_tab import ListTab
from counterdesk.gui.tabs.queue_filters import QueueFilters, QueueQuery
from counterdesk.services import overview
from counterdesk.services.overview import QueueRow


class IntakeTab(ListTab[QueueRow]):
    form_class = Ui_IntakeTab
    paged = True
    searches_in_service = True
    page_size = PAGE_SIZE

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        ui = self.ui
        self.dialog: QDialog | None = None  # the dialog opened last (tests reach it here)
        self.filters = QueueFilters(ui, ctx.today(), self)
        self.filters.changed.connect(self.refresh)
        model = self.list.model
        assert isinstance(model, PagedRowModel)
        model.page_size = self.page_size
        ui.newApplicationButton.setEnabled(True)
        ui.newApplicationButton.clicked.connect(self.new_application)
        ui.infoRequestsButton.clicked.connect(self.information_requests)
        QShortcut(QKeySequence("F2"), self, self.new_application)
        QShortcut(QKeySequence("F4"), self, self.information_requests)
        self._historic_menu(ui.historicButton)
        ui.tableView.activated.connect(self._activated)

    def columns(self) -> list[Column[QueueRow]]:
        return [
            *queue_columns(),
            Column(
                self.tr("Diterima"),
                lambda r: self.ctx.date_text(r.received_at),
                sort_key=lambda r: r.received_at.isoformat(),
            ),
            *deadline_columns(lambda r: r.deadline),
        ]

    def empty_text(self) -> tuple[str, str]:
        return (
            self.tr("Tidak ada permohonan yang masih berjalan."),
            self.tr(
                "Permohonan yang dicatat di loket akan muncul di sini, yang paling dekat "
                "jatuh temponya di atas. Tekan F2 untuk mencatat permohonan baru."
            ),
        )

    def primary_button(self) -> QPushButton:
        button: QPushButton = self.ui.newApplicationButton
        return button

    # --- the queue --------------------------------------------------------------------
    def refresh(self) -> None:
        """The first page, its total and the summary counts in one service call; the
        rest page by page as the table scrolls."""
        query = self.filters.query(self.searched_text())
        today = self.ctx.today()
        runtime, actor = self.ctx.runtime, self.ctx.actor
        screen = overview.intake_screen(runtime, actor, query, today, page_size=self.page_size)

        def load_page(offset: int, limit: int) -> Sequence[QueueRow]:
            return overview.queue_page(runtime, actor, query, today, offset=offset, limit=limit)

        self._say_empty(query)
        self.list.set_pages(screen.rows, screen.total, load_page)
        self.ui.summaryLabel.setText(self._summary(query, screen))

    def _summary(self, query: QueueQuery, screen: overview.IntakeScreen) -> str:
        if query.narrowed:
            return self.tr("{0} permohonan sesuai saringan — dari {1} yang masih berjalan").format(
                screen.total, screen.open_applications
            )
        return self.tr(
            "{0} permohonan terbuka — {1} lewat jatuh tempo, {2} jatuh tempo hari ini"
        ).format(screen.open_applications, screen.overdue, screen.due_today)

    def _say_empty(self, query: QueueQuery) -> None:
        if query.filtered:
            self.list.set_empty_message(
                self.tr("Tidak ada permohonan dengan saringan ini."),
                self.tr(
                    "Ubah status, layanan atau tanggal — atau kembali ke semua yang masih berjalan."
                ),
                self.ui.resetFiltersButton,
            )
        else:
            self.list.set_empty_message(*self.empty_text(), self.primary_button())

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, QueueRow):
            self.open_detail(row.number)

    # --- dialogs ----------------------------------------------------------------------
    def open_detail(self, number: str) -> ApplicationDetailDialog:
        dialog = ApplicationDetailDialog(self.ctx, number, self)
        dialog.changed.connect(self.refresh)
        self.dialog = open_replacing(self.dialog, dialog)
        return dialog

    def new_application(self) -> None:
        dialog = NewApplicationDialog(self.ctx, self)
        dialog.filed.connect(self._filed)
        self.dialog = open_replacing(self.dialog, dialog)

    def _filed(self, number: str, warnings: list[str]) -> None:
        self.refresh()
        self.list.select_key(number)
        ready = DocumentReadyDialog(
            receipt_document(self.ctx, number),
            self.tr("Permohonan tercatat — cetak tanda terimanya"),
            self.tr(
                "Serahkan tanda terima kepada pemohon: nomor dan barcode-nya dipakai untuk "
                "menanyakan status dan mengambil produk. Antrean sudah diperbarui."
            ),
            self,
            warnings,
        )
        self.dialog = open_replacing(self.dialog, ready)

    def information_requests(self) -> None:
        dialog = InformationRequestsDialog(self.ctx, self)
        dialog.changed.connect(self.refresh)
        self.dialog = open_replacing(self.dialog, dialog)

    def _historic_menu(self, button: QPushButton) -> None:
        menu = QMenu(button)
        for text, keys, slot in (
            (self.tr("Catat satu sertifikat lama…"), "F6", self.enter_historic),
            (self.tr("Impor data sertifikat lama dari Excel/CSV…"), "F7", self.import_historic),
        ):
            action = menu.addAction(text)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)  # the key works while the tab shows, menu closed or not
        button.setMenu(menu)

    def enter_historic(self) -> RegistryEntryDialog:
        dialog = RegistryEntryDialog(self.ctx, self)
        self.dialog = open_replacing(self.dialog, dialog)
        return dialog

    def import_historic(self) -> RegistryImportDialog:
        dialog = RegistryImportDialog(self.ctx, self)
        dialog.imported.connect(self.refresh)
        self.dialog = open_replacing(self.dialog, dialog)
        return dialog
