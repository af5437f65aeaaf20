"""Pengaduan: complaints and suggestions with their response deadlines (issue 10).

At the top the three numbers a supervisor reads at a glance — *belum dijawab*, *lewat
batas*, *mendekati batas* — as words and colour. Two views (**Alt+B** / **Alt+S**):
**Belum selesai** (what is not closed, the nearest deadline first; a supervisor opens on
it) and **Semua** (open first, then the closed ones, newest first). The list shows what
``complaints.complaints_screen`` returns, already masked for the user (an anonymous
reporter or a confidential matter reads *(dirahasiakan)* to all but supervisors).

**Catat pengaduan (Ctrl+N)** opens the form; Enter or a double-click opens the
complaint. **Laporan…** (monthly complaint recap, satisfaction survey report),
**Kompensasi…** and **Survei kepuasan (kiosk)…** open their dialogs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QButtonGroup, QDialog, QMenu, QPushButton, QWidget

from counterdesk.domain.errors import CounterDeskError
from counterdesk.domain.roles import Role
from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.case_common import AMBER, BLUE, NEUTRAL, RED
from counterdesk.gui.dialogs.compensation import CompensationDialog
from counterdesk.gui.dialogs.complaint_detail import ComplaintDetailDialog, badge
from counterdesk.gui.dialogs.complaint_form import ComplaintFormDialog
from counterdesk.gui.dialogs.information_requests import InformationRequestsDialog
from counterdesk.gui.dialogs.opening import open_replacing
from counterdesk.gui.dialogs.report_export import RECAP, SURVEY, ReportExportDialog
from counterdesk.gui.dialogs.survey_kiosk import SurveyKioskDialog
from counterdesk.gui.forms.complaints_ui import Ui_ComplaintsTab
from counterdesk.gui.models.row_table_model import ROW_ROLE, Column
from counterdesk.gui.tabs.columns import deadline_columns
from counterdesk.gui.tabs.interview import set_segment
from counterdesk.gui.tabs.list_tab import ListTab
from counterdesk.gui.tabs.verification import SEGMENT_STYLE
from counterdesk.services import complaints
from counterdesk.services.complaints import ComplaintListRow, ComplaintsScreen

if TYPE_CHECKING:
    from counterdesk.services.complaints import ComplaintDetail

OPEN_VIEW, ALL_VIEW = 0, 1


class ComplaintsTab(ListTab[ComplaintListRow]):
    form_class = Ui_ComplaintsTab

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        ui = self.ui
        self.dialog: QDialog | None = None  # the dialog opened last (tests reach it here)
        self.loaded: ComplaintsScreen | None = None
        self.setStyleSheet(SEGMENT_STYLE)
        group = QButtonGroup(self)
        group.addButton(ui.openViewButton, OPEN_VIEW)
        group.addButton(ui.allViewButton, ALL_VIEW)
        group.setExclusive(True)
        for keys, button in (("Alt+B", ui.openViewButton), ("Alt+S", ui.allViewButton)):
            QShortcut(QKeySequence(keys), self, button.click)
        supervisor = ctx.actor.has(Role.SUPERVISOR)
        (ui.openViewButton if supervisor else ui.allViewButton).setChecked(True)
        group.idToggled.connect(self._view_toggled)
        ui.newButton.clicked.connect(self.new_complaint)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_complaint)
        ui.openButton.clicked.connect(self.open_selected)
        ui.tableView.activated.connect(self._activated)
        self.list.selectionChanged.connect(self._enable_open)
        ui.compensationButton.clicked.connect(self.compensation)
        ui.surveyButton.clicked.connect(self.survey_kiosk)
        self._report_menu(ui.reportButton)
        # Information requests are applications of the information service, kept on
        # Penerimaan; the complaints desk reaches the same list with the same key.
        QShortcut(QKeySequence("F4"), self, self.information_requests)
        self._enable_open()

    # --- what the list shows ------------------------------------------------------------
    def columns(self) -> list[Column[ComplaintListRow]]:
        return [
            Column(self.tr("Nomor"), lambda r: r.number),
            Column(self.tr("Jenis"), lambda r: r.kind_label),
            Column(self.tr("Saluran"), lambda r: r.channel_label),
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

    def empty_text(self) -> tuple[str, str]:
        if self.view() == OPEN_VIEW:
            return (
                self.tr("Belum ada pengaduan atau saran yang menunggu diselesaikan."),
                self.tr(
                    "Pengaduan dan saran yang dicatat muncul di sini sampai ditutup, yang "
                    "paling dekat batas waktu jawabannya di atas. Tekan Ctrl+N untuk "
                    "mencatat yang baru; Alt+S menampilkan semuanya."
                ),
            )
        return (
            self.tr("Belum ada pengaduan atau saran."),
            self.tr(
                "Yang disampaikan di loket, lewat telepon, surat, surel, media sosial atau "
                "kotak saran dicatat di sini dengan batas waktu jawabannya. Tekan Ctrl+N "
                "untuk mencatatnya."
            ),
        )

    def primary_button(self) -> QPushButton:
        button: QPushButton = self.ui.newButton
        return button

    def view(self) -> int:
        return OPEN_VIEW if self.ui.openViewButton.isChecked() else ALL_VIEW

    # --- loading ------------------------------------------------------------------------
    def load(self) -> tuple[Sequence[ComplaintListRow], str]:
        ctx = self.ctx
        screen = complaints.complaints_screen(
            ctx.runtime, ctx.actor, ctx.today(), open_only=self.view() == OPEN_VIEW
        )
        self.loaded = screen
        return screen.rows, self._summary(screen)

    def _summary(self, screen: ComplaintsScreen) -> str:
        """``N belum dijawab — N lewat batas — N mendekati batas``, each on its colour when
        it is not zero (words and colour, never colour alone)."""
        parts = (
            (self.tr("{0} belum dijawab"), screen.unanswered, BLUE),
            (self.tr("{0} lewat batas"), screen.overdue, RED),
            (self.tr("{0} mendekati batas"), screen.near_due, AMBER),
        )
        return " — ".join(
            badge(text.format(count), colours if count else NEUTRAL)
            for text, count, colours in parts
        )

    def refresh(self) -> None:
        super().refresh()
        headline, body = self.empty_text()
        self.list.set_empty_message(headline, body, self.primary_button())
        self._say_view()
        if self.list.current() is None and self.list.visible_rows():
            self.list.select(0)
        self._enable_open()

    def _say_view(self) -> None:
        ui = self.ui
        shown = len(self.loaded.rows) if self.loaded else 0
        if self.view() == OPEN_VIEW:
            set_segment(ui.openViewButton, self.tr("Belum selesai ({0})").format(shown))
            set_segment(ui.allViewButton, self.tr("Semua"))
            ui.viewHint.setText(self.tr("Yang paling dekat batas waktunya di atas."))
        else:
            set_segment(ui.openViewButton, self.tr("Belum selesai"))
            set_segment(ui.allViewButton, self.tr("Semua ({0})").format(shown))
            ui.viewHint.setText(
                self.tr(
                    "Yang belum selesai di atas (batas terdekat dulu), lalu yang sudah selesai."
                )
            )

    def _view_toggled(self, _view: int, checked: bool) -> None:
        if checked:
            self.refresh()
            if self.isVisible():
                self.ui.tableView.setFocus()

    def _enable_open(self) -> None:
        self.ui.openButton.setEnabled(self.list.current() is not None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ui.tableView.setFocus()

    # --- opening ------------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, ComplaintListRow):
            self.open_complaint(row.id)

    def show_record(self, key: str) -> bool:
        """A scanned or typed complaint number opens that complaint, whatever the view."""
        try:
            complaint_id = complaints.find_complaint(self.ctx.runtime, self.ctx.actor, key)
        except CounterDeskError:
            return False
        self.open_complaint(complaint_id)
        return True

    def open_selected(self) -> None:
        row = self.list.current()
        if row is not None:
            self.open_complaint(row.id)

    def open_complaint(self, complaint_id: UUID, *, notice: bool = False) -> ComplaintDetailDialog:
        dialog = ComplaintDetailDialog(self.ctx, complaint_id, self, notice=notice)
        dialog.changed.connect(self.refresh)
        self.dialog = open_replacing(self.dialog, dialog)
        return dialog

    def new_complaint(self) -> ComplaintFormDialog:
        dialog = ComplaintFormDialog(self.ctx, self)
        dialog.logged.connect(self._logged)
        self.dialog = open_replacing(self.dialog, dialog)
        return dialog

    def _logged(self, detail: ComplaintDetail) -> None:
        """Logged: the list shows it, and its detail opens saying what it became."""
        self.refresh()
        self.list.select_key(detail.number)
        self.open_complaint(detail.id, notice=True)

    # --- the other dialogs --------------------------------------------------------------
    def _report_menu(self, button: QPushButton) -> None:
        menu = QMenu(button)
        for text, kind in (
            (self.tr("Rekap pengaduan bulanan…"), RECAP),
            (self.tr("Laporan survei kepuasan…"), SURVEY),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, k=kind: self.report(k))
        button.setMenu(menu)

    def report(self, kind: str) -> ReportExportDialog:
        dialog = ReportExportDialog(self.ctx, kind, self)
        self.dialog = open_replacing(self.dialog, dialog)
        return dialog

    def information_requests(self) -> InformationRequestsDialog:
        dialog = InformationRequestsDialog(self.ctx, self)
        self.dialog = open_replacing(self.dialog, dialog)
        return dialog

    def compensation(self) -> CompensationDialog:
        dialog = CompensationDialog(self.ctx, self)
        self.dialog = open_replacing(self.dialog, dialog)
        return dialog

    def survey_kiosk(self) -> SurveyKioskDialog:
        dialog = SurveyKioskDialog(self.ctx, None, self)
        self.dialog = open_replacing(self.dialog, dialog)
        return dialog
