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
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from counterdesk import __version__
from counterdesk.domain.errors import CatalogError, CounterDeskError, DatabaseError
from counterdesk.gui.controller import DeskController
from counterdesk.gui.error_log import log_error
from counterdesk.gui.style import APP_STYLE_SHEET, MIN_POINT_SIZE
from counterdesk.gui.workers import Progress
from counterdesk.paths import APP_NAME
from counterdesk.services.startup import OpenOptions, open_desk

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime

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
    """Explain why the database cannot be opened; offer another file or quitting."""
    while True:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            _tr("Database tidak dapat dibuka"),
            str(error),
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        box.setInformativeText(
            _tr(
                "Berkas itu tidak diubah sedikit pun. Buka berkas database lain (misalnya "
                "cadangan di folder 'backups'), atau keluar dan hubungi admin."
            )
        )
        other = box.addButton(_tr("Buka database lain…"), QMessageBox.ButtonRole.AcceptRole)
        leave = box.addButton(_tr("Keluar"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(other)
        box.setEscapeButton(leave)
        box.exec()
        if box.clickedButton() is not other:
            return None
        name, _ = QFileDialog.getOpenFileName(
            parent,
            _tr("Pilih berkas database CounterDesk"),
            "",
            _tr("Database CounterDesk (*.sqlite3 *.db);;Semua berkas (*)"),
        )
        if name:
            return Path(name)


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
        log = log_error(error.with_traceback(tb), "tidak tertangani")
        QMessageBox.critical(
            None,
            _tr("Terjadi kesalahan"),
            _tr(
                "Maaf, terjadi kesalahan yang tidak terduga ({0}). Data yang sudah tersimpan "
                "aman; tindakan terakhir mungkin tidak tersimpan, ulangi bila perlu. Rincian "
                "dicatat di {1} — kirimkan berkas itu kepada admin."
            ).format(kind.__name__, log),
        )

    previous = sys.excepthook
    sys.excepthook = hook
    return previous


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
    ) -> None:
        self.app = app
        self.controller = controller
        self.options = options
        self.choose = choose
        self.exit_code = 0
        controller.openFailed.connect(self._failed)

    def start(self) -> None:
        options = self.options
        self.controller.open_with(lambda progress: _open(options, progress))

    def _failed(self, error: BaseException) -> None:
        parent = self.controller.login_dialog
        if isinstance(error, DatabaseError):
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
        else:
            sys.excepthook(type(error), error, error.__traceback__)
            self._end(2)

    def _end(self, code: int) -> None:
        self.exit_code = code
        self.app.exit(code)


def _open(options: OpenOptions, progress: Progress) -> Runtime:
    return open_desk(options, lambda text: progress.report(0, 0, text))


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
    opener = DeskOpener(app, controller, options, choose)
    controller.start()
    opener.start()
    try:
        code = app.exec()
    finally:
        controller.shut_down()
    return opener.exit_code or code
