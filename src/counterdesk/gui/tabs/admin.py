"""Admin: users, the office profile, the calendar and sync, as sections of one tab."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from counterdesk.gui.context import DeskContext
from counterdesk.gui.forms.admin_ui import Ui_AdminTab
from counterdesk.gui.tabs.admin_backup import BackupPage
from counterdesk.gui.tabs.admin_calendar import CalendarSection
from counterdesk.gui.tabs.admin_office import OfficeSection
from counterdesk.gui.tabs.admin_sync import SyncPage
from counterdesk.gui.tabs.admin_users import UsersSection


class AdminTab(QWidget):
    officeChanged = Signal()
    databaseRestored = Signal(str)  # what the restore changed: the desk reopens the database

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_AdminTab()
        self.ui.setupUi(self)
        self.users = UsersSection(ctx, self.ui, self)
        self.office = OfficeSection(ctx, self.ui, self)
        self.calendar = CalendarSection(ctx, self.ui, self)
        self.sync = SyncPage(ctx, self)  # issue 11: its own form, the fourth section
        self.ui.sections.addTab(self.sync, self.tr("Sinkronisasi"))
        self.backup = BackupPage(ctx, self)  # issue 12: the fifth section
        self.ui.sections.addTab(self.backup, self.tr("Cadangan"))
        self.backup.restored.connect(self.databaseRestored)
        self.office.saved.connect(self.officeChanged)
        self.ui.sections.currentChanged.connect(self.refresh)

    def refresh(self) -> None:
        """Load the section on screen (one service call); the office form is read once, the
        first time it is shown, and then left alone so edits are not lost."""
        page = self.ui.sections.currentWidget()
        if page is self.ui.usersPage:
            self.users.refresh()
        elif page is self.ui.calendarPage:
            self.calendar.refresh()
        elif page is self.sync:
            self.sync.refresh()
        elif page is self.backup:
            self.backup.refresh()
        elif not self.office.loaded:
            self.office.load()

    def set_search(self, text: str) -> None:
        self.users.list.set_search(text)
        self.calendar.list.set_search(text)
        self.sync.list.set_search(text)
        self.backup.list.set_search(text)
