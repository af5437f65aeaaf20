"""Berita Acara: interview minutes and the certificate cases they serve.

Two views, switched like Verifikasi's (**Alt+B** / **Alt+K**, counts on the buttons):
**Berita acara** — every minutes, newest first, its status in words and colour (draf /
ditandatangani / diubah), **Berita acara baru (Ctrl+N)**; and **Kasus sertifikat** —
corrections, lost certificates and legalisations with their state and what each waits
for, and the three requests (**Permohonan ralat…**, **Sertifikat hilang…**,
**Legalisasi…**). Enter or a double-click opens the selected one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from counterdesk.domain.roles import Role
from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.case_common import pill, status_level
from counterdesk.gui.dialogs.certificate_case import CertificateCaseDialog
from counterdesk.gui.dialogs.certificate_case_request import CaseRequestDialog
from counterdesk.gui.dialogs.minutes_editor import MinutesEditorDialog
from counterdesk.gui.dialogs.opening import open_replacing
from counterdesk.gui.forms.interview_ui import Ui_InterviewTab
from counterdesk.gui.models.row_table_model import ROW_ROLE, Column
from counterdesk.gui.row_list import RowList
from counterdesk.gui.tabs.two_view_tab import TwoViewTab
from counterdesk.gui.tabs.verification import SEGMENT_PADDING, SEGMENT_STYLE
from counterdesk.services import certificate_cases, overview
from counterdesk.services import minutes as minutes_service
from counterdesk.services.certificate_cases import (
    KIND_CORRECTION,
    KIND_LEGALISATION,
    KIND_LOST,
    CaseRow,
)
from counterdesk.services.overview import MinutesRow

MINUTES_VIEW, CASES_VIEW = 0, 1


def set_segment(button: QPushButton, text: str) -> None:
    """A view button's text; the width its bold (checked) look needs is kept."""
    button.setText(text)
    bold = QFont(button.font())
    bold.setBold(True)
    button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(text) + SEGMENT_PADDING)


class InterviewTab(TwoViewTab[MinutesRow]):
    """``self.list`` is the minutes (what the base class shows); ``cases`` the other."""

    form_class = Ui_InterviewTab

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        ui = self.ui
        self.dialog: QDialog | None = None  # the dialog opened last (tests reach it here)
        self.cases: RowList[CaseRow] = RowList(
            ui.caseTableView, ui.caseListStack, ui.caseEmptyState, self.case_columns(), self
        )
        self.cases.set_empty_message(
            self.tr("Belum ada permohonan ralat, sertifikat hilang atau legalisasi."),
            self.tr(
                "Catat permohonan dengan tombol di atas: Permohonan ralat…, Sertifikat "
                "hilang… atau Legalisasi…. Ralat dan sertifikat hilang memerlukan berita "
                "acara wawancara yang sudah ditandatangani."
            ),
            None,
        )
        self.setStyleSheet(SEGMENT_STYLE)
        self.build_views(("Alt+B", "Alt+K"))
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_minutes)
        ui.newMinutesButton.clicked.connect(self.new_minutes)
        ui.openMinutesButton.clicked.connect(self.open_selected)
        ui.openCaseButton.clicked.connect(self.open_selected)
        ui.correctionButton.clicked.connect(lambda: self.new_case(KIND_CORRECTION))
        ui.lostButton.clicked.connect(lambda: self.new_case(KIND_LOST))
        ui.legalisationButton.clicked.connect(lambda: self.new_case(KIND_LEGALISATION))
        ui.tableView.activated.connect(self._activated)
        ui.caseTableView.activated.connect(self._activated)
        self.list.selectionChanged.connect(self._enable_open)
        self.cases.selectionChanged.connect(self._enable_open)
        supervisor = ctx.actor.has(Role.SUPERVISOR)
        (ui.casesViewButton if supervisor else ui.minutesViewButton).setChecked(True)

    # --- columns ----------------------------------------------------------------------
    def columns(self) -> list[Column[MinutesRow]]:
        return [
            Column(self.tr("Nomor BA"), lambda r: r.number),
            Column(
                self.tr("Status"),
                lambda r: r.status_label or r.status,
                level=lambda r: status_level(r.status),
            ),
            Column(self.tr("Jenis"), lambda r: r.case_label),
            Column(self.tr("Pemohon"), lambda r: r.applicant),
            Column(
                self.tr("Waktu wawancara"),
                lambda r: self.ctx.datetime_text(r.held_at),
                sort_key=lambda r: r.held_at.isoformat(),
            ),
            Column(self.tr("Perihal"), self._topic, stretch=True),
        ]

    def _topic(self, row: MinutesRow) -> str:
        if row.amends_number:
            return self.tr("BA perubahan atas {0} — {1}").format(row.amends_number, row.topic)
        return row.topic

    def case_columns(self) -> list[Column[CaseRow]]:
        return [
            Column(self.tr("Nomor kasus"), lambda r: r.number),
            Column(self.tr("Jenis"), lambda r: r.kind_label),
            Column(
                self.tr("Status — menunggu"),
                lambda r: r.status_label,
                level=lambda r: status_level(r.status),
                stretch=True,
            ),
            Column(self.tr("Sertifikat"), lambda r: r.serial),
            Column(self.tr("Pemegang"), lambda r: r.holder),
            Column(
                self.tr("Diajukan"),
                lambda r: self.ctx.datetime_text(r.requested_at),
                sort_key=lambda r: r.requested_at.isoformat(),
            ),
            Column(self.tr("Nomor surat"), lambda r: r.letter_number or "—"),
        ]

    def empty_text(self) -> tuple[str, str]:
        return (
            self.tr("Belum ada berita acara wawancara."),
            self.tr(
                "Berita acara dibuat untuk permohonan ralat dan sertifikat hilang: "
                "pewawancara, saksi, pertanyaan dan jawaban, lalu ditandatangani. Tekan "
                "Ctrl+N untuk membuat berita acara."
            ),
        )

    def primary_button(self) -> QPushButton:
        button: QPushButton = self.ui.newMinutesButton
        return button

    # --- the two views ----------------------------------------------------------------
    def view_lists(self) -> tuple[RowList[Any], RowList[Any]]:
        return (self.list, self.cases)  # MINUTES_VIEW, CASES_VIEW

    def view_buttons(self) -> tuple[QPushButton, QPushButton]:
        return (self.ui.minutesViewButton, self.ui.casesViewButton)

    def view_shown(self, view: int) -> None:
        self.ui.viewHint.setText(
            self.tr(
                "Lapis 1 petugas memeriksa, lapis 2 pimpinan menyetujui dengan kata sandinya "
                "(bukan orang yang sama)."
            )
            if view == CASES_VIEW
            else self.tr("Yang terbaru di atas. Berita acara yang ditandatangani terkunci.")
        )
        self._enable_open()

    def _enable_open(self) -> None:
        self.ui.openMinutesButton.setEnabled(self.list.current() is not None)
        self.ui.openCaseButton.setEnabled(self.cases.current() is not None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown_list().table.setFocus()

    # --- loading ----------------------------------------------------------------------
    def refresh(self) -> None:
        ctx = self.ctx
        screen = overview.minutes_screen(ctx.runtime, ctx.actor)
        cases = certificate_cases.cases_screen(ctx.runtime, ctx.actor)
        self.list.set_rows(screen.rows)
        self.cases.set_rows(cases)
        ui = self.ui
        set_segment(ui.minutesViewButton, self.tr("Berita acara ({0})").format(len(screen.rows)))
        set_segment(ui.casesViewButton, self.tr("Kasus sertifikat ({0})").format(len(cases)))
        waiting_check = sum(1 for c in cases if c.status == "requested")
        waiting_approval = sum(1 for c in cases if c.status == "checked")
        parts = (
            (
                self.tr("{0} draf belum ditandatangani").format(screen.unsigned),
                screen.unsigned,
                "draft",
            ),
            (
                self.tr("{0} kasus perlu diperiksa").format(waiting_check),
                waiting_check,
                "requested",
            ),
            (
                self.tr("{0} menunggu persetujuan").format(waiting_approval),
                waiting_approval,
                "checked",
            ),
        )
        ui.summaryLabel.setText(
            self.tr("Ringkasan:")
            + " "
            + " &nbsp; ".join(pill(text, status if count else "") for text, count, status in parts)
        )
        self.show_view(self.view())

    def set_search(self, text: str) -> None:
        self.list.set_search(text)
        self.cases.set_search(text)

    def show_record(self, key: str) -> bool:
        """A scanned minutes number: the minutes view, that row selected."""
        if self.list.select_key(key):
            self.show_view(MINUTES_VIEW)
            self.ui.tableView.setFocus()
            return True
        if self.cases.select_key(key):
            self.show_view(CASES_VIEW)
            self.ui.caseTableView.setFocus()
            return True
        return False

    # --- opening ----------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        self._open_row(index.data(ROW_ROLE))

    def open_selected(self) -> None:
        self._open_row(self.shown_list().current())

    def _open_row(self, row: object) -> None:
        if isinstance(row, MinutesRow):
            self.open_minutes(row.number)
        elif isinstance(row, CaseRow):
            self.open_case(row.number)

    def _opened(self, dialog: QDialog) -> None:
        changed = getattr(dialog, "changed", None)
        if changed is not None:
            changed.connect(self.refresh)
        self.dialog = open_replacing(self.dialog, dialog)

    def new_minutes(self) -> MinutesEditorDialog:
        dialog = MinutesEditorDialog(self.ctx, self)
        self._opened(dialog)
        return dialog

    def open_minutes(self, number: str) -> MinutesEditorDialog:
        view = minutes_service.view(self.ctx.runtime, self.ctx.actor, number)
        dialog = MinutesEditorDialog(self.ctx, self, minutes=view)
        self._opened(dialog)
        return dialog

    def new_case(self, kind: str) -> CaseRequestDialog:
        dialog = CaseRequestDialog(self.ctx, kind, self)
        dialog.requested.connect(self._requested)
        self._opened(dialog)
        return dialog

    def _requested(self, number: str) -> None:
        """A request was filed: the list shows it, its case dialog opens for layer 1."""
        self.refresh()
        self.show_view(CASES_VIEW)
        self.cases.select_key(number)
        self.open_case(number)

    def open_case(self, number: str) -> CertificateCaseDialog:
        dialog = CertificateCaseDialog(self.ctx, number, self)
        self._opened(dialog)
        return dialog
