"""`counterdesk` without a sub-command: the login screen at once, then the database opened
behind it (first start: the set-up wizard), then the main window.

This module is on the start path: it imports Qt and the login screen only. The database
layer, the catalogue and everything heavy load after the first window is painted, off the
GUI thread (``DeskController.open_with``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from counterdesk import __version__
from counterdesk.domain.errors import CatalogError, CounterDeskError, DatabaseError
from counterdesk.gui.controller import DeskController
from counterdesk.gui.error_log import error_notice, tell_before_quitting
from counterdesk.gui.style import APP_STYLE_SHEET, MIN_POINT_SIZE
from counterdesk.gui.workers import Progress
from counterdesk.paths import APP_NAME
from counterdesk.services.startup import OpenOptions, open_desk

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime
    from counterdesk.services.server_settings import (
        ServerConnectionError,
        ServerSettings,
        StartTarget,
    )
    from counterdesk.services.startup_checks import StartupProblem

ChooseDatabase = Callable[[QWidget | None, DatabaseError], Path | None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


def create_application() -> QApplication:
    """The QApplication with name, a readable default font and the style sheet.

    High-DPI scaling follows the system (Qt 6 default, fractional factors passed through).
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    font = app.font()
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    app.setStyleSheet(APP_STYLE_SHEET)
    return app


def ask_other_database(parent: QWidget | None, error: DatabaseError) -> Path | None:
    """Say why the database cannot be used and what to do: restore the latest good backup
    (one click; done here, off the GUI thread), open another file, or quit. The file to
    open next (the restored database or the other file), or None to quit."""
    from counterdesk.gui.dialogs.startup_problem import StartupProblemDialog
    from counterdesk.services.startup_checks import (
        ProblemKind,
        StartupProblem,
        StartupProblemError,
    )

    problem = (
        error.problem
        if isinstance(error, StartupProblemError)
        else StartupProblem(ProblemKind.UNOPENABLE, str(error), None)
    )
    dialog = StartupProblemDialog(problem, parent)
    dialog.exec()
    return dialog.chosen


def show_catalog_error(parent: QWidget | None, error: CounterDeskError) -> None:
    """An invalid catalogue is named (file, service, field) before any database opens."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        _tr("Katalog layanan tidak valid"),
        str(error),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setInformativeText(
        _tr("Perbaiki berkas itu (atau pasang ulang CounterDesk), lalu buka lagi aplikasi.")
    )
    box.exec()


def install_error_hook() -> Callable[..., object]:
    """An error nobody caught is shown, not swallowed: a user's message for the rules'
    own errors, and for a bug a plain apology (stored data is safe: every change is one
    transaction) with the details written to the data folder's log."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if isinstance(error, CounterDeskError):
            QMessageBox.warning(None, _tr("CounterDesk"), str(error))
            return
        notice.report(error, tb, "Kesalahan tak tertangani")

    notice = error_notice()  # made here, on the GUI thread
    previous = sys.excepthook
    sys.excepthook = hook
    return previous


def ask_server_password(
    parent: QWidget | None, settings: ServerSettings, problem: str
) -> str | None:
    """The office server's password for this start, or None to quit."""
    from counterdesk.gui.dialogs.server_start import ServerPasswordDialog

    dialog = ServerPasswordDialog(settings, problem, parent)
    return dialog.password if dialog.exec() == ServerPasswordDialog.DialogCode.Accepted else None


def ask_about_server(
    parent: QWidget | None, error: ServerConnectionError, settings: ServerSettings
) -> Runtime | bool:
    """The server cannot be used: True to try again, a runtime opened with other settings
    ("Pakai database lain…"), False to quit."""
    from counterdesk.gui.dialogs.server_connection import ServerConnectionDialog
    from counterdesk.gui.dialogs.server_start import ServerChoice, ServerProblemDialog

    while True:
        dialog = ServerProblemDialog(error.message, parent)
        dialog.exec()
        if dialog.choice is not ServerChoice.OTHER:
            return dialog.choice is ServerChoice.RETRY
        other = ServerConnectionDialog(parent, settings)
        if other.exec() == ServerConnectionDialog.DialogCode.Accepted and other.runtime:
            return other.runtime


class DeskOpener:
    """Opens the database for the controller and decides what an opening error means:
    an invalid catalogue ends the app (code 2), a bad database file asks for another one
    (or ends the app, code 1)."""

    def __init__(
        self,
        app: QApplication,
        controller: DeskController,
        options: OpenOptions,
        choose: ChooseDatabase,
        server: StartTarget | None = None,
    ) -> None:
        self.app = app
        self.controller = controller
        self.options = options
        self.choose = choose
        self.server = server  # the office server to open instead of a SQLite file
        self.exit_code = 0
        self.warning: QWidget | None = None
        controller.openFailed.connect(self._failed)
        controller.checked.connect(self._checked)

    def start(self) -> None:
        options, server = self.options, self.server
        if server is None:
            self.controller.open_with(lambda progress: _open(options, progress))
            return
        self.controller.open_with(lambda progress: _open_server(options, server, progress))

    def _ask_password(self, problem: str) -> None:
        from dataclasses import replace

        assert self.server is not None
        password = ask_server_password(self.controller.login_dialog, self.server.settings, problem)
        if password is None:
            self._end(1)
            return
        # typed: remembered again, and kept in the OS keyring when there is one
        self.server = replace(self.server, password=password, remember=True)
        self.start()

    def _server_failed(self, error: ServerConnectionError) -> None:
        """Said plainly, with what to do; never a traceback, never a frozen window."""
        from counterdesk.services.server_settings import Problem

        assert self.server is not None
        if error.needs_password:
            # not kept on this PC (no keyring): asked, the first time without a warning
            self._ask_password(error.message if error.problem is Problem.LOGIN else "")
            return
        answer = ask_about_server(self.controller.login_dialog, error, self.server.settings)
        if answer is True:
            self.start()
        elif answer is False:
            self._end(1)
        else:
            runtime = answer
            self.controller.open_with(lambda _progress: runtime)

    def _failed(self, error: BaseException) -> None:
        parent = self.controller.login_dialog
        from counterdesk.services.server_settings import ServerConnectionError

        if isinstance(error, ServerConnectionError) and self.server is not None:
            self._server_failed(error)
        elif isinstance(error, DatabaseError):
            chosen = self.choose(parent, error)
            if chosen is not None:
                self.options = OpenOptions(
                    data_dir=self.options.data_dir,
                    database_file=chosen,
                    demo=self.options.demo,
                )
                self.start()
                return
            self._end(1)
        elif isinstance(error, CatalogError):
            show_catalog_error(parent, error)
            self._end(2)
        elif isinstance(error, CounterDeskError):
            QMessageBox.critical(parent, _tr("CounterDesk"), str(error))
            self._end(2)
        else:  # logged by the worker; said and waited for, as the app ends
            tell_before_quitting(error, parent)
            self._end(2)

    def _checked(self, problems: tuple[StartupProblem, ...]) -> None:
        """The checks run behind the login screen: a damaged file closes the desk (back to
        a login screen waiting for a database) and is handled as an opening error; a
        warning is shown beside the window, which goes on."""
        blocking = next((p for p in problems if p.blocking), None)
        if blocking is not None:
            from counterdesk.services.startup_checks import StartupProblemError

            self._close_database()
            self._failed(StartupProblemError(blocking))
            return
        for problem in problems:
            from counterdesk.gui.dialogs.startup_problem import StartupProblemDialog

            controller = self.controller
            dialog = StartupProblemDialog(
                problem, controller.main_window or controller.login_dialog
            )
            dialog.open()
            self.warning = dialog

    def _close_database(self) -> None:
        """Close the main window (if the officer is already in) and the database, and show
        a login screen that waits for the database again."""
        controller = self.controller
        window, login = controller.main_window, controller.login_dialog
        runtime, controller.runtime = controller.runtime, None
        controller.main_window = None
        controller.show_login()
        if window is not None:  # as when switching user: the login opens first
            window.close()
            window.deleteLater()
        if login is not None:
            login.hide()  # hidden, not closed: a closed login screen quits the app
            login.deleteLater()
        if runtime is not None:
            runtime.close()

    def _end(self, code: int) -> None:
        self.exit_code = code
        self.app.exit(code)


def _open(options: OpenOptions, progress: Progress) -> Runtime:
    return open_desk(options, lambda text: progress.report(0, 0, text))


def _open_server(options: OpenOptions, server: StartTarget, progress: Progress) -> Runtime:
    """The office server, opened like a file (catalogue, upgrade, demo) and remembered."""
    from dataclasses import replace

    from counterdesk.services.server_settings import open_server

    def open_url(url: str) -> Runtime:
        return _open(replace(options, database_url=url), progress)

    progress.report(0, 0, f"Menghubungi server {server.settings.describe()}…")
    return open_server(server, open_url=open_url)


def run(args: argparse.Namespace, choose: ChooseDatabase | None = None) -> int:
    from counterdesk.gui.system_check import window_problem

    problem = window_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    app = create_application()
    previous_hook = install_error_hook()
    try:
        return _run(app, args, choose or ask_other_database)
    finally:
        sys.excepthook = previous_hook


def _server(args: argparse.Namespace) -> StartTarget | None:
    """The office server to open: --database-url naming one, else the one remembered in
    the data folder; None for the SQLite file (the first run, the demo)."""
    from counterdesk.services.server_settings import start_target

    return start_target(args.database_url, demo=bool(args.demo), look_up=False)


def _run(app: QApplication, args: argparse.Namespace, choose: ChooseDatabase) -> int:
    app.setQuitOnLastWindowClosed(False)
    controller = DeskController(demo=bool(args.demo))
    controller.quitRequested.connect(app.quit)
    options = OpenOptions(
        data_dir=args.data_dir,
        database_url=args.database_url,
        demo=bool(args.demo),
        demo_reset=bool(getattr(args, "demo_reset", False)),
    )
    if getattr(args, "smoke_test", None) is not None and args.demo:  # the build test
        from counterdesk.gui import smoke_test

        choose = smoke_test.refuse_database
        checker = smoke_test.SmokeTest(app, controller, args.smoke_test)  # noqa: F841
    try:
        server = _server(args)
    except CounterDeskError as error:  # a damaged server.json, a wrong URL: said
        QMessageBox.critical(None, _tr("CounterDesk"), str(error))
        return 2
    opener = DeskOpener(app, controller, options, choose, server)
    controller.start()
    opener.start()
    try:
        code = app.exec()
    finally:
        controller.shut_down()
    return opener.exit_code or code
