"""Verifikasi: the two-layer check. At the top the supervisor's overview (waiting for
approval, due soon, overdue — text and colour); below, two views: **Perlu diperiksa**
(received or incomplete files, for the officer's checklist) and **Menunggu persetujuan**
(checked files, oldest first, for the supervisor's sign-off). The view a user opens on
follows the role; Enter or a double-click opens the file."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from counterdesk.domain.roles import Role
from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.opening import open_replacing
from counterdesk.gui.dialogs.sync_conflicts import ConflictsButton
from counterdesk.gui.dialogs.verification_checklist import VerificationChecklistDialog
from counterdesk.gui.dialogs.verification_signoff import VerificationSignOffDialog
from counterdesk.gui.dialogs.verification_view import age_days
from counterdesk.gui.forms.verification_ui import Ui_VerificationTab
from counterdesk.gui.models.row_table_model import ROW_ROLE, Column
from counterdesk.gui.row_list import RowList
from counterdesk.gui.style import ACCENT, AMBER_BACKGROUND, AMBER_TEXT, ERROR, RED_BACKGROUND
from counterdesk.gui.tabs.columns import application_columns, queue_columns
from counterdesk.gui.tabs.two_view_tab import TwoViewTab
from counterdesk.services import overview
from counterdesk.services.overview import QueueRow, SignOffRow, VerificationScreen

CHECK_VIEW, APPROVAL_VIEW = 0, 1
SEGMENT_STYLE = f"""
QPushButton[segment="true"] {{
    padding: 6px 18px; border: 1px solid #aab4c2; border-bottom: 3px solid #aab4c2;
    background: #f3f5f8; color: #3d4652;
}}
QPushButton[segment="true"]:checked {{
    background: #dbe7f7; border-color: {ACCENT}; border-bottom: 3px solid {ACCENT};
    color: #0e3f80; font-weight: bold;
}}
QPushButton[segment="true"]:focus {{ border-color: #f0b400; }}
"""
SEGMENT_PADDING = 48  # the style's padding and borders, around the bold text
NEUTRAL_PILL = ("#2b3440", "#e7ebf0")


def _pill(text: str, colours: tuple[str, str]) -> str:
    colour, background = colours
    return (
        f'<span style="color:{colour}; background-color:{background}; font-weight:bold">'
        f"&nbsp;{text}&nbsp;</span>"
    )


class VerificationTab(TwoViewTab[SignOffRow]):
    """``self.list`` is the approvals view (what the base class shows); ``to_check`` the
    officer's."""

    form_class = Ui_VerificationTab

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        ui = self.ui
        self.dialog: QDialog | None = None  # the dialog opened last (tests reach it here)
        self.loaded: VerificationScreen | None = None  # what the last refresh showed
        self.to_check: RowList[QueueRow] = RowList(
            ui.checkTableView,
            ui.checkListStack,
            ui.checkEmptyState,
            self.check_columns(),
            self,
        )
        self.to_check.set_empty_message(
            self.tr("Tidak ada berkas yang perlu diperiksa."),
            self.tr(
                "Permohonan yang dicatat di Penerimaan (F2) muncul di sini, yang terlama di "
                "atas, sampai berkasnya dinyatakan lengkap atau belum lengkap. Berkas yang "
                "dikembalikan atasan juga kembali ke sini."
            ),
            None,
        )
        self.setStyleSheet(SEGMENT_STYLE)
        self.build_views(("Alt+P", "Alt+M"))
        ui.openButton.clicked.connect(self.open_selected)
        # A supervisor's: sync conflicts waiting for a choice (hidden when none, or not theirs).
        self.conflicts = ConflictsButton(ctx, self)
        ui.viewLayout.insertWidget(ui.viewLayout.indexOf(ui.openButton), self.conflicts)
        self.conflicts.changed.connect(self.refresh)
        ui.checkTableView.activated.connect(self._activated)
        ui.tableView.activated.connect(self._activated)
        self.list.selectionChanged.connect(self._enable_open)
        self.to_check.selectionChanged.connect(self._enable_open)
        supervisor = ctx.actor.has(Role.SUPERVISOR)
        (ui.approvalViewButton if supervisor else ui.checkViewButton).setChecked(True)

    # --- the two views ----------------------------------------------------------------
    def check_columns(self) -> list[Column[QueueRow]]:
        return [
            *queue_columns(),
            Column(
                self.tr("Diterima"),
                lambda r: self.ctx.datetime_text(r.received_at),
                sort_key=lambda r: r.received_at.isoformat(),
            ),
            Column(
                self.tr("Menunggu"),
                lambda r: self._days_text(age_days(self.ctx, r.received_at)),
                sort_key=lambda r: r.received_at.isoformat(),
            ),
        ]

    def columns(self) -> list[Column[SignOffRow]]:
        return [
            *application_columns(),
            Column(self.tr("Diperiksa oleh"), lambda r: r.verifier),
            Column(
                self.tr("Diperiksa pada"),
                lambda r: self.ctx.datetime_text(r.verified_at),
                sort_key=lambda r: r.verified_at.isoformat(),
            ),
            Column(
                self.tr("Menunggu"),
                lambda r: self._days_text(r.age_days),
                sort_key=lambda r: r.age_days,
            ),
        ]

    def _days_text(self, days: int) -> str:
        return self.tr("sejak hari ini") if days <= 0 else self.tr("{0} hari").format(days)

    def empty_text(self) -> tuple[str, str]:
        return (
            self.tr("Tidak ada berkas yang menunggu persetujuan."),
            self.tr(
                "Berkas yang sudah diperiksa lengkap oleh petugas muncul di sini, yang "
                "terlama di atas, untuk disetujui atau dikembalikan oleh atasan."
            ),
        )

    def primary_button(self) -> QPushButton:
        """The empty approvals view offers the other view (what fills this one)."""
        button: QPushButton | None = getattr(self, "_to_check_button", None)
        if button is None:  # asked for while the base class builds the list
            button = QPushButton(self.tr("Lihat yang perlu diperiksa (Alt+P)"), self)
            button.hide()  # mirrored by the empty state, never shown itself
            button.clicked.connect(lambda: self.ui.checkViewButton.click())
            self._to_check_button = button
        return button

    def view_lists(self) -> tuple[RowList[Any], RowList[Any]]:
        return (self.to_check, self.list)  # CHECK_VIEW, APPROVAL_VIEW

    def view_buttons(self) -> tuple[QPushButton, QPushButton]:
        return (self.ui.checkViewButton, self.ui.approvalViewButton)

    def view_shown(self, view: int) -> None:
        ui = self.ui
        if view == CHECK_VIEW:
            ui.openButton.setText(self.tr("Periksa berkas (Enter)"))
            ui.viewHint.setText(
                self.tr("Lapis 1 — petugas memeriksa kelengkapan berkas; yang terlama di atas.")
            )
        else:
            supervisor = self.ctx.actor.has(Role.SUPERVISOR)
            ui.openButton.setText(
                self.tr("Periksa && setujui (Enter)")
                if supervisor
                else self.tr("Buka berkas (Enter)")
            )
            ui.viewHint.setText(
                self.tr(
                    "Lapis 2 — atasan menyetujui atau mengembalikan; bukan orang yang "
                    "memeriksa. Yang terlama di atas."
                )
            )
        ui.viewHint.setText(ui.viewHint.text() + self._more_than_shown(view))
        self._enable_open()

    def _more_than_shown(self, view: int) -> str:
        """When a view holds only the oldest files of many, say so."""
        loaded = self.loaded
        if loaded is None:
            return ""
        shown, total = (
            (len(loaded.to_check), loaded.to_check_total)
            if view == CHECK_VIEW
            else (len(loaded.approvals), loaded.awaiting_signoff)
        )
        if total <= shown:
            return ""
        return " " + self.tr("Ditampilkan {0} yang terlama dari {1}.").format(shown, total)

    def _enable_open(self) -> None:
        self.ui.openButton.setEnabled(self.shown_list().current() is not None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown_list().table.setFocus()

    # --- loading ----------------------------------------------------------------------
    def refresh(self) -> None:
        ctx = self.ctx
        screen = overview.verification_screen(ctx.runtime, ctx.actor, ctx.now(), ctx.today())
        self.loaded = screen
        self.list.set_rows(screen.approvals)
        self.to_check.set_rows(screen.to_check)
        ui = self.ui
        self._set_segment(
            ui.checkViewButton, self.tr("Perlu diperiksa ({0})").format(screen.to_check_total)
        )
        self._set_segment(
            ui.approvalViewButton,
            self.tr("Menunggu persetujuan ({0})").format(screen.awaiting_signoff),
        )
        ui.summaryLabel.setText(self._summary(screen))
        self.conflicts.refresh()
        self.show_view(self.view())

    def _set_segment(self, button: QPushButton, text: str) -> None:
        """The checked segment is bold: reserve its width so the text never clips."""
        button.setText(text)
        bold = QFont(button.font())
        bold.setBold(True)
        button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(text) + SEGMENT_PADDING)

    def _summary(self, screen: VerificationScreen) -> str:
        """Three numbers a supervisor reads at a glance, each as words and colour."""
        amber, red = (AMBER_TEXT, AMBER_BACKGROUND), (ERROR, RED_BACKGROUND)
        parts = (
            (self.tr("{0} menunggu persetujuan"), screen.awaiting_signoff, ("#0e3f80", "#dbe7f7")),
            (self.tr("{0} mendekati jatuh tempo"), screen.due_soon, amber),
            (self.tr("{0} lewat jatuh tempo"), screen.overdue, red),
        )
        pills = [
            _pill(text.format(count), colours if count else NEUTRAL_PILL)
            for text, count, colours in parts
        ]
        return self.tr("Ringkasan:") + " " + " &nbsp; ".join(pills)

    def set_search(self, text: str) -> None:
        self.list.set_search(text)
        self.to_check.set_search(text)

    # --- opening ----------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, QueueRow):
            self.open_check(row.number)
        elif isinstance(row, SignOffRow):
            self.open_signoff(row.number)

    def open_selected(self) -> None:
        row = self.shown_list().current()
        if isinstance(row, QueueRow):
            self.open_check(row.number)
        elif isinstance(row, SignOffRow):
            self.open_signoff(row.number)

    def open_check(self, number: str) -> VerificationChecklistDialog:
        dialog = VerificationChecklistDialog(self.ctx, number, self)
        dialog.changed.connect(self.refresh)
        self.dialog = open_replacing(self.dialog, dialog)
        return dialog

    def open_signoff(self, number: str) -> QDialog:
        """A supervisor signs off; an officer sees the checklist (to correct it)."""
        if not self.ctx.actor.has(Role.SUPERVISOR):
            return self.open_check(number)
        dialog = VerificationSignOffDialog(self.ctx, number, self)
        dialog.changed.connect(self.refresh)
        self.dialog = open_replacing(self.dialog, dialog)
        return dialog
