"""The session at the desk: login → (forced password change) → main window → lock or
switch user → login again. The application quits when the login screen is closed.

Start-up is part of it: the login screen is the first window and is painted before the
database layer is even imported. The database is opened (checked, upgraded, the demo
filled) off the GUI thread while the screen shows what is happening; a first start goes on
to the set-up wizard; the daily backup runs in the background once the desk is ready.
Heavy modules are imported here only where they are first needed."""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from counterdesk import app_log
from counterdesk.gui.context import utcnow
from counterdesk.gui.login_dialog import LoginDialog
from counterdesk.gui.workers import Progress, Worker
from counterdesk.services.context import Actor

if TYPE_CHECKING:
    from counterdesk.gui.dialogs.new_password import NewPasswordDialog
    from counterdesk.gui.main_window import MainWindow
    from counterdesk.gui.setup_wizard import SetupWizard
    from counterdesk.services.runtime import Runtime
    from counterdesk.services.setup import OfficeInfo

OpenJob = Callable[[Progress], "Runtime"]


def _preload_desk() -> None:
    """While the officer types, off the GUI thread: import the main window's modules and
    read this year's holidays (the first queue needs both), so login → main window is
    neither an import nor a calendar build. (No Qt object is created on import.)"""
    from datetime import date

    import counterdesk.gui.main_window  # noqa: F401
    from counterdesk.domain.workdays import WorkCalendar

    this_year = date.today().year
    for year in (this_year - 1, this_year, this_year + 1):
        WorkCalendar().closed_days(year)


class DeskController(QObject):
    """Quitting is decided here (the app does not quit on its last window closing: the
    login screen and the window replace each other)."""

    quitRequested = Signal()
    openFailed = Signal(object)  # the error of an open job; the app decides what to do
    ready = Signal()  # the database is open and the login screen accepts a login
    checked = Signal(object)  # the start-up checks run behind the login: StartupProblems

    def __init__(
        self,
        runtime: Runtime | None = None,
        *,
        username: str = "",
        demo: bool | None = None,
        idle_timeout_ms: int | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        """``runtime``: an open database (tests, CLI); otherwise call ``open_with``."""
        super().__init__()
        self.runtime = runtime
        self._username = username
        self._demo = bool(runtime.demo if runtime is not None and demo is None else demo)
        self._idle_timeout_ms = idle_timeout_ms
        self._clock = clock
        self._office: OfficeInfo | None = None
        self.login_dialog: LoginDialog | None = None
        self.password_dialog: NewPasswordDialog | None = None
        self.wizard: SetupWizard | None = None
        self.main_window: MainWindow | None = None
        self.opener: Worker | None = None
        self.background: Worker | None = None

    # --- start-up -----------------------------------------------------------------------
    def start(self) -> None:
        """Show the login screen; with an open runtime it is ready at once."""
        self.show_login(self._username)
        if self.runtime is not None:
            self._database_open(self.runtime, background=False)

    def open_with(self, job: OpenJob) -> None:
        """Open the database with ``job`` on a worker thread once the login screen is
        painted (so the first window is never slowed by the import of the database layer);
        the screen follows the job's progress."""
        dialog = self.login_dialog
        if dialog is not None and dialog.isVisible() and not dialog.painted:
            dialog.firstPainted.connect(lambda: self.open_with(job))
            return
        worker = Worker(job)
        worker.signals.progress.connect(self._open_progress)
        worker.signals.succeeded.connect(self._database_open)
        worker.signals.failed.connect(self.openFailed)
        self.opener = worker
        worker.start()

    def shut_down(self) -> None:
        """Quitting: let background work (opening, the daily copy) finish, then close."""
        from PySide6.QtCore import QThreadPool

        for window in (self.login_dialog, self.password_dialog, self.wizard, self.main_window):
            if window is not None:
                window.close()
        QThreadPool.globalInstance().waitForDone()
        if self.runtime is not None:
            self.runtime.close()

    def _open_progress(self, done: int, total: int, text: str) -> None:
        if self.login_dialog is not None and text:
            self.login_dialog.show_progress(text, done, total)

    def _database_open(self, runtime: Runtime, *, background: bool = True) -> None:
        self.runtime = runtime
        if not runtime.is_initialized():
            self._run_wizard(runtime, background)
            return
        from counterdesk.services.setup import office_info

        self._office = office_info(runtime)
        if self.login_dialog is not None:
            self.login_dialog.set_ready(runtime.login, self._office)
        if background:
            self._start_background(runtime)
        self.ready.emit()

    def _run_wizard(self, runtime: Runtime, background: bool) -> None:
        from counterdesk.gui.setup_wizard import SetupWizard

        if self.login_dialog is not None:
            self.login_dialog.hide()
        wizard = SetupWizard(runtime)
        self.wizard = wizard

        def finished(code: int) -> None:
            self.wizard = None
            if wizard.runtime is not runtime:  # the office server was chosen instead
                runtime.close()
                self.runtime = wizard.runtime
            if code != SetupWizard.DialogCode.Accepted:
                self.quitRequested.emit()
                return
            if self.login_dialog is not None:
                self.login_dialog.ui.username.setText(wizard.admin_username)
                self.login_dialog.ui.password.setFocus()
                self.login_dialog.show()
            self._database_open(wizard.runtime, background=background)

        wizard.finished.connect(finished)
        wizard.show()

    def _start_background(self, runtime: Runtime) -> None:
        """While the officer types: import the main window's modules (so login → window
        is not an import), check the file (``quick_check`` reads every page: seconds for a
        large database, so not before the login) and the free space, then make the day's
        copy of a sound database (a large file never delays the counter). The problems
        found are emitted as ``checked``; a failed copy is written to the log."""
        from counterdesk.services.startup_checks import after_open

        def job(_progress: Progress) -> Any:
            _preload_desk()
            problems = after_open(runtime)
            if not any(problem.blocking for problem in problems):
                runtime.daily_backup()  # never a copy of a damaged file over good ones
            return problems

        worker = Worker(job)
        worker.signals.succeeded.connect(self.checked)
        worker.signals.failed.connect(_log_backup_failure)
        self.background = worker
        worker.start()

    # --- the desk -----------------------------------------------------------------------
    def show_login(self, username: str = "") -> None:
        dialog = LoginDialog(demo=self._demo, username=username)
        dialog.loggedIn.connect(self._logged_in)
        dialog.rejected.connect(self._login_closed)
        self.login_dialog = dialog
        if self.runtime is not None and self._office is not None:
            from counterdesk.services.setup import office_info

            self._office = office_info(self.runtime)  # the admin may have renamed it
            dialog.set_ready(self.runtime.login, self._office)
        dialog.show()

    def _login_closed(self) -> None:
        if self.main_window is None:
            self.quitRequested.emit()

    def _logged_in(self, actor: Actor, password: str) -> None:
        from counterdesk.services import accounts

        runtime = self._runtime()
        if not accounts.needs_new_password(runtime, actor):
            self._open_window(actor)
            return
        from counterdesk.gui.dialogs.new_password import NewPasswordDialog

        def change(new_password: str) -> None:
            accounts.change_own_password(runtime, actor, password, new_password)

        dialog = NewPasswordDialog(
            self.tr(
                "{0}, kata sandi Anda baru diatur ulang oleh admin. Buat kata sandi baru "
                "yang hanya Anda ketahui sebelum melanjutkan."
            ).format(actor.full_name),
            self.tr("Simpan dan lanjutkan"),
            change,
        )
        dialog.accepted.connect(lambda: self._open_window(actor))
        dialog.rejected.connect(lambda: self.show_login(actor.username))
        self.password_dialog = dialog
        dialog.show()

    def _runtime(self) -> Runtime:
        assert self.runtime is not None, "login is only possible once the database is open"
        return self.runtime

    def _open_window(self, actor: Actor) -> None:
        from counterdesk.gui.context import DeskContext
        from counterdesk.gui.main_window import MainWindow
        from counterdesk.services.setup import office_info

        runtime = self._runtime()
        office = self._office or office_info(runtime)
        ctx = DeskContext(runtime, actor, office, self._clock)
        app_log.set_user(actor.username, office.counter_code)
        window = MainWindow(ctx, idle_timeout_ms=self._idle_timeout_ms)
        window.switchUserRequested.connect(self.switch_user)
        window.closed.connect(self._window_closed)
        from counterdesk.gui.tabs.admin import AdminTab

        for admin in window.findChildren(AdminTab):
            admin.databaseRestored.connect(self.reopen_after_restore)
        self.main_window = window
        window.show()
        # What exists now (Qt wrappers, modules, the catalogue) lives as long as the app:
        # out of the collector's full passes, which a worker's batch would otherwise run
        # with the GIL held, stopping the window for 200-300 ms.
        gc.freeze()

    def _window_closed(self) -> None:
        if self.sender() is self.main_window:  # closed by the user, not by switching
            self.quitRequested.emit()

    def switch_user(self) -> None:
        """Back to the login screen; it opens before the window closes so the app stays."""
        window = self.main_window
        self.main_window = None
        app_log.set_user(None)
        self.show_login()
        if window is not None:
            window.close()
            window.deleteLater()

    def reopen_after_restore(self, message: str) -> None:
        """Admin › Cadangan replaced the database (the runtime's connections are closed):
        close the window, open the restored file behind a fresh login screen (its new
        counter code read anew) and say what changed."""
        from counterdesk.gui import messages
        from counterdesk.services.runtime import Runtime

        old = self._runtime()
        path, demo = old.db.path, old.demo
        self.runtime, self._office = None, None
        self.switch_user()  # the login screen first, then the window closes (drafts kept)
        old.close()
        self.open_with(lambda _progress: Runtime.open(database_file=path, demo=demo))
        messages.inform(self.login_dialog, self.tr("Database dipulihkan"), message)


def _log_backup_failure(error: BaseException) -> None:
    # the worker has logged the traceback; this line says what it meant
    logging.getLogger(__name__).error("Cadangan harian database gagal dibuat: %s", error)
