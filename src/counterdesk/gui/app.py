"""`counterdesk` without a sub-command: open the database, set the office up on first
run, then the login screen and the main window."""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from counterdesk import __version__
from counterdesk.domain.errors import CounterDeskError, DatabaseError
from counterdesk.gui.controller import DeskController
from counterdesk.gui.setup_wizard import SetupWizard
from counterdesk.gui.style import APP_STYLE_SHEET, MIN_POINT_SIZE
from counterdesk.gui.workers import wait_with_progress
from counterdesk.paths import APP_NAME, default_data_dir
from counterdesk.services.catalog import load_catalog
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


def open_runtime(
    args: argparse.Namespace, choose: ChooseDatabase = ask_other_database
) -> Runtime | None:
    """Open the database; on a bad file ask for another one. None: the user quit."""
    database_file: Path | None = None
    while True:
        try:
            return Runtime.open(
                data_dir=args.data_dir,
                database_url=None if database_file else args.database_url,
                database_file=database_file,
                demo=bool(args.demo),
            )
        except DatabaseError as error:
            database_file = choose(None, error)
            if database_file is None:
                return None


def prepare_demo(runtime: Runtime, reset: bool) -> None:
    """Fill the demo database on first open (off the GUI thread, with progress)."""
    from counterdesk.services import demo_data  # imported only when a demo is asked for

    wait_with_progress(
        None, _tr("Menyiapkan data demo…"), lambda _progress: demo_data.ensure_demo(runtime, reset)
    )


def install_error_hook() -> Callable[..., object]:
    """An error nobody caught is shown, not swallowed: a user's message for the rules'
    own errors, and for a bug a plain apology (stored data is safe: every change is one
    transaction) with the details written to the data folder's log."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if isinstance(error, CounterDeskError):
            QMessageBox.warning(None, _tr("CounterDesk"), str(error))
            return
        log = default_data_dir() / "logs" / "galat.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as fh:
            fh.write("".join(traceback.format_exception(kind, error, tb)) + "\n")
        QMessageBox.critical(
            None,
            _tr("Terjadi kesalahan"),
            _tr(
                "Maaf, terjadi kesalahan yang tidak terduga ({0}). Data yang sudah tersimpan "
                "aman; tindakan terakhir mungkin tidak tersimpan, ulangi bila perlu. Rincian "
                "dicatat di {1} — kirimkan berkas itu kepada admin."
            ).format(type(error).__name__, log),
        )

    previous = sys.excepthook
    sys.excepthook = hook
    return previous


def check_catalog() -> bool:
    """The service catalogue is read before anything else: an invalid file is named
    (file, service, field) instead of failing later behind the login screen."""
    try:
        load_catalog()
    except CounterDeskError as error:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            _tr("Katalog layanan tidak valid"),
            str(error),
            QMessageBox.StandardButton.Close,
        )
        box.setInformativeText(
            _tr("Perbaiki berkas itu (atau pasang ulang CounterDesk), lalu buka lagi aplikasi.")
        )
        box.exec()
        return False
    return True


def run(args: argparse.Namespace) -> int:
    app = create_application()
    previous_hook = install_error_hook()
    try:
        return _run(app, args)
    finally:
        sys.excepthook = previous_hook


def _run(app: QApplication, args: argparse.Namespace) -> int:
    if not check_catalog():
        return 2
    runtime = open_runtime(args)
    if runtime is None:
        return 1
    try:
        if args.demo:
            prepare_demo(runtime, bool(getattr(args, "demo_reset", False)))
        username = ""
        if not runtime.is_initialized():
            wizard = SetupWizard(runtime)
            if wizard.exec() != SetupWizard.DialogCode.Accepted:
                return 0
            username = wizard.admin_username
        app.setQuitOnLastWindowClosed(False)
        controller = DeskController(runtime, username=username)
        controller.quitRequested.connect(app.quit)
        controller.start()
        return app.exec()
    except CounterDeskError as error:
        QMessageBox.critical(None, _tr("CounterDesk"), str(error))
        return 2
    finally:
        runtime.close()
