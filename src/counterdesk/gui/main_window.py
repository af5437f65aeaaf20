"""The main window: the tabs the user's roles allow, the global search, the status bar,
and the idle lock. The global search filters the current list as you type; a scanned or
typed number + Enter opens that record (``services.lookup``)."""

from __future__ import annotations

from functools import partial
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QWidget,
)

from counterdesk.domain.errors import CounterDeskError
from counterdesk.domain.formatting import format_time_with_zone
from counterdesk.domain.roles import Tab, visible_tabs
from counterdesk.gui import messages
from counterdesk.gui.context import DeskContext, roles_text
from counterdesk.gui.dialogs.application_detail import ApplicationDetailDialog
from counterdesk.gui.dialogs.opening import open_replacing
from counterdesk.gui.dialogs.verify_certificate import VerifyCertificateDialog
from counterdesk.gui.draft_keeper import DraftKeeper
from counterdesk.gui.forms.main_window_ui import Ui_MainWindow
from counterdesk.gui.live_refresh import LiveRefresh
from counterdesk.gui.lock import IdleWatcher, LockDialog
from counterdesk.gui.scanner import ScanDetector, TypeToSearch
from counterdesk.gui.tabs import TAB_CLASSES, tab_title
from counterdesk.gui.tabs.admin import AdminTab
from counterdesk.gui.tabs.list_tab import DeskTab, ListTab
from counterdesk.services import lookup
from counterdesk.services.lookup import Found

MINUTE_MS = 60_000
DATABASE_LABEL_WIDTH = 360


class MainWindow(QMainWindow):
    switchUserRequested = Signal()
    closed = Signal()

    def __init__(
        self, ctx: DeskContext, *, idle_timeout_ms: int | None = None, parent: QWidget | None = None
    ) -> None:
        """``idle_timeout_ms`` overrides the office's idle-lock minutes (tests)."""
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.tab_ids: list[Tab] = []
        self.dialog: QDialog | None = None  # the record opened last from the search
        self._build_search()
        self._build_tabs()
        self._build_status_bar()
        # F6 anywhere: verify a certificate (on Penerimaan F6 is the old-certificate form)
        self.verify_shortcut = QShortcut(QKeySequence("F6"), self, self.verify_certificate)
        self.ui.actionRefresh.triggered.connect(self.refresh_current)
        self.ui.actionLock.triggered.connect(lambda: self.lock(by_user=True))
        self.ui.actionSwitchUser.triggered.connect(self.switchUserRequested)
        self._idle_override = idle_timeout_ms
        self.idle = IdleWatcher(self._idle_timeout(), self)
        self.idle.idle.connect(self.lock)
        self.lock_dialog: LockDialog | None = None
        self._hidden_dialogs: list[QDialog] = []
        self._update_title()
        self.resize(1366, 768)
        self.ui.tabs.currentChanged.connect(self._tab_changed)
        self._tab_changed(self.ui.tabs.currentIndex())
        # Another counter's save shows in the list on screen within seconds (issue 13).
        self.live = LiveRefresh(ctx, self, self.current_tab)
        self.live.start()

    # --- building ---------------------------------------------------------------------
    def _build_search(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("globalSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Cari di daftar ini: nama, NIK… — atau pindai/ketik nomor + Enter (F3)")
        )
        self.search.setMinimumWidth(380)
        self.search.textChanged.connect(self._search_changed)
        self.scanner = ScanDetector(self.search)
        self.scanner.scanned.connect(lambda text: self.open_number(text, scanned=True))
        self.scanner.entered.connect(self._search_entered)
        self.type_to_search = TypeToSearch(self.search)
        label = QLabel(self.tr("  &Cari: "), self)
        label.setBuddy(self.search)
        toolbar = self.ui.mainToolBar
        first = toolbar.actions()[0]
        toolbar.insertWidget(first, label)
        toolbar.insertWidget(first, self.search)
        toolbar.insertSeparator(first)
        self.ui.actionSearch.setShortcuts([QKeySequence("F3"), QKeySequence("Ctrl+F")])
        self.ui.actionSearch.triggered.connect(self.focus_search)
        self.addAction(self.ui.actionSearch)
        QShortcut(
            QKeySequence("Esc"),
            self.search,
            self.search.clear,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

    def _build_tabs(self) -> None:
        for position, tab_id in enumerate(visible_tabs(self.ctx.actor.roles)):
            widget = TAB_CLASSES[tab_id](self.ctx)
            shortcut = f"Ctrl+{position + 1}"
            index = self.ui.tabs.addTab(widget, tab_title(tab_id))
            self.ui.tabs.setTabToolTip(index, f"{tab_title(tab_id)} ({shortcut})")
            QShortcut(QKeySequence(shortcut), self, partial(self.ui.tabs.setCurrentIndex, index))
            self.tab_ids.append(tab_id)
            if isinstance(widget, AdminTab):
                widget.officeChanged.connect(self._office_changed)
            if isinstance(widget, ListTab):
                for table in widget.findChildren(QTableView):  # a tab may have two views
                    self.type_to_search.watch(table)

    def _build_status_bar(self) -> None:
        actor, office = self.ctx.actor, self.ctx.office
        bar = self.ui.statusbar
        self.user_label = QLabel(self.tr("Pengguna: {0}").format(actor.full_name))
        self.roles_label = QLabel(self.tr("Peran: {0}").format(roles_text(actor.roles)))
        self.counter_label = QLabel(self.tr("Loket: {0}").format(office.counter_code))
        database = self.ctx.runtime.db.describe()
        self.database_label = QLabel()
        self.database_label.setToolTip(database)
        self.database_label.setText(
            self.database_label.fontMetrics().elidedText(
                self.tr("Database: {0}").format(database),
                Qt.TextElideMode.ElideMiddle,
                DATABASE_LABEL_WIDTH,
            )
        )
        labels = [self.user_label, self.roles_label, self.counter_label, self.database_label]
        self.demo_badge = QLabel(self.tr("DEMO — data latihan"))
        self.demo_badge.setProperty("role", "badge")
        self.demo_badge.setToolTip(self.tr("Database demo terpisah; aman untuk latihan."))
        if self.ctx.runtime.demo:
            labels.insert(0, self.demo_badge)
        for label in labels:
            bar.addPermanentWidget(label)

    # --- tabs and search ----------------------------------------------------------------
    def current_tab(self) -> DeskTab | None:
        return cast(DeskTab | None, self.ui.tabs.currentWidget())

    def tab_widget(self, tab_id: Tab) -> QWidget:
        widget = self.ui.tabs.widget(self.tab_ids.index(tab_id))
        assert widget is not None  # every id in tab_ids has its tab
        return widget

    def _tab_changed(self, index: int) -> None:
        tab = self.current_tab()
        self.verify_shortcut.setEnabled(
            not (0 <= index < len(self.tab_ids) and self.tab_ids[index] == Tab.INTAKE)
        )
        if tab is not None:
            tab.set_search(self.search.text())
            self._refresh(tab)

    def _search_changed(self, text: str) -> None:
        tab = self.current_tab()
        if tab is not None:
            tab.set_search(text)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- numbers from the search field (typed or scanned) ------------------------------
    def _search_entered(self, text: str) -> None:
        """Enter in the search: a number opens its record; words go on to the list."""
        if lookup.looks_like_number(text):
            self.open_number(text)
            return
        tab = self.current_tab()
        shown = tab.shown_list() if isinstance(tab, ListTab) else None
        if shown is not None and shown.visible_rows():
            shown.table.setFocus()
            if shown.current() is None:
                shown.select(0)

    def open_number(self, text: str, *, scanned: bool = False) -> None:
        """Open the application, certificate or minutes a number names; a wrong check
        character or an unknown number is said at once (with a beep, for the scanner)."""
        try:
            found = lookup.find_number(self.ctx.runtime, self.ctx.actor, text)
        except CounterDeskError as error:
            QApplication.beep()
            messages.show_error(self, error, self.tr("Nomor tidak dapat dibuka"))
            self.focus_search()
            return
        if scanned:
            self.search.clear()  # ready for the next scan; the list is not filtered by it
        else:
            self.search.selectAll()
        if found.kind == "application":
            self.open_application(found.number)
        else:
            self._show_in_tab(found)

    def open_application(self, number: str) -> ApplicationDetailDialog:
        dialog = ApplicationDetailDialog(self.ctx, number, self)
        dialog.changed.connect(self.refresh_current)
        self.dialog = open_replacing(self.dialog, dialog)
        return dialog

    def verify_certificate(self) -> VerifyCertificateDialog:
        """Verifikasi sertifikat (F6): a scanned QR or a serial, checked offline."""
        dialog = VerifyCertificateDialog(self.ctx, self)
        self.dialog = open_replacing(self.dialog, dialog)
        return dialog

    def _show_in_tab(self, found: Found) -> None:
        """A certificate on Cetak, minutes on Berita Acara — selected when listed there;
        a complaint opens on Pengaduan."""
        tab_id = {"certificate": Tab.PRINTING, "complaint": Tab.COMPLAINTS}.get(
            found.kind, Tab.INTERVIEW
        )
        if tab_id in self.tab_ids:
            self.ui.tabs.setCurrentIndex(self.tab_ids.index(tab_id))
            tab = self.tab_widget(tab_id)
            if isinstance(tab, ListTab) and tab.show_record(found.number):
                return
        messages.inform(
            self,
            found.label,
            self.tr(
                "{0} ada di database loket ini, tetapi tidak tampil di daftar yang dapat Anda "
                "buka. Minta petugas yang berwenang membukanya."
            ).format(found.label),
        )

    def refresh_current(self) -> None:
        tab = self.current_tab()
        if tab is not None and self._refresh(tab):
            self.statusBar().showMessage(
                self.tr("Daftar diperbarui pukul {0}").format(
                    format_time_with_zone(self.ctx.now(), self.ctx.office.timezone)
                ),
                5000,
            )

    def _refresh(self, tab: DeskTab) -> bool:
        try:
            tab.refresh()
        except CounterDeskError as error:
            messages.show_error(self, error, self.tr("Daftar tidak dapat dimuat"))
            return False
        return True

    # --- office ---------------------------------------------------------------------------
    def _update_title(self) -> None:
        name = self.ctx.office.name
        title = self.tr("CounterDesk — {0}").format(name)
        mark = self.tr("(DEMO)")
        if self.ctx.runtime.demo and mark not in name:  # the demo office's name has it
            title += f" {mark}"
        self.setWindowTitle(title)

    def _idle_timeout(self) -> int:
        return self._idle_override or self.ctx.office.idle_lock_minutes * MINUTE_MS

    def _office_changed(self) -> None:
        self._update_title()
        self.idle.set_timeout(self._idle_timeout())

    # --- lock -----------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.lock_dialog is not None

    def lock(self, *, by_user: bool = False) -> None:
        """Cover the window; open dialogs are hidden (not closed) and come back after.
        ``by_user``: locked with Ctrl+L, not after the idle time."""
        if self.locked:
            return
        self.idle.pause()
        self.live.set_running(False)
        self._hidden_dialogs = [
            d for d in self.findChildren(QDialog) if d.isVisible() and not isinstance(d, LockDialog)
        ]
        for dialog in self._hidden_dialogs:
            dialog.hide()
        self._central().hide()
        self.ui.mainToolBar.setEnabled(False)
        self.lock_dialog = LockDialog(self.ctx, self, by_user=by_user)
        self.lock_dialog.unlocked.connect(self._unlocked)
        self.lock_dialog.switchUserRequested.connect(self.switchUserRequested)
        self.lock_dialog.open()

    def _central(self) -> QWidget:
        central = self.centralWidget()
        assert central is not None  # set up by the form
        return central

    def _unlocked(self) -> None:
        if self.lock_dialog is not None:
            self.lock_dialog.deleteLater()
        self.lock_dialog = None
        self._central().show()
        self.ui.mainToolBar.setEnabled(True)
        for dialog in self._hidden_dialogs:
            dialog.show()
        self._hidden_dialogs = []
        self.idle.resume()
        self.refresh_current()
        self.live.set_running(True)

    def closeEvent(self, event: QCloseEvent) -> None:
        for keeper in self.findChildren(DraftKeeper):  # half-filled forms survive the close
            keeper.flush()
        self.idle.stop()
        self.live.set_running(False)
        super().closeEvent(event)
        self.closed.emit()
