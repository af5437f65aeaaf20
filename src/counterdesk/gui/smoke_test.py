"""``counterdesk --demo --smoke-test[=PNG]`` (hidden): start the app as an officer would —
login screen, the demo database opened behind it — log in as the demo admin, wait for the
main window with its tabs, optionally save a picture of it, close it. Exit 0, or non-zero
with the reason on stderr. Used by the build test on the frozen app. Only with ``--demo``
(``cli.main`` refuses it otherwise): it is no way round the login of a real database."""

from __future__ import annotations

import os
import sys
import threading

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from counterdesk.domain.errors import DatabaseError
from counterdesk.domain.roles import Role
from counterdesk.gui.controller import DeskController
from counterdesk.services.demo import DEMO_USERS

TIMEOUT_S = 120.0  # a stuck start (a modal dialog nobody closes) ends the process


class SmokeTest(QObject):
    def __init__(self, app: QApplication, controller: DeskController, png: str) -> None:
        super().__init__()
        self.app = app
        self.controller = controller
        self.png = png
        controller.ready.connect(self._log_in)
        controller.openFailed.connect(self._open_failed)
        self._watchdog = threading.Timer(TIMEOUT_S, _give_up)
        self._watchdog.daemon = True
        self._watchdog.start()

    def _log_in(self) -> None:
        dialog = self.controller.login_dialog
        if dialog is None:
            self._fail("layar masuk tidak ada")
            return
        admin = next(i for i, user in enumerate(DEMO_USERS) if Role.ADMIN in user.roles)
        dialog.fill_demo_account(admin)
        dialog.try_login()
        window = self.controller.main_window
        if window is None:
            self._fail("jendela utama tidak terbuka: " + dialog.ui.errorLabel.text())
            return
        QTimer.singleShot(0, lambda: self._close(window))

    def _close(self, window: QWidget) -> None:
        tabs = getattr(window, "ui", None)
        count = tabs.tabs.count() if tabs is not None else 0
        if not window.isVisible() or count == 0:
            self._fail(f"jendela utama tampil={window.isVisible()}, tab={count}")
            return
        if self.png and not window.grab().save(self.png):
            self._fail(f"gambar tidak tersimpan: {self.png}")
            return
        print(f"smoke-test: jendela utama terbuka dengan {count} tab", file=sys.stderr)
        self._watchdog.cancel()
        window.close()  # as the officer closes it: the app quits with 0

    def _open_failed(self, error: BaseException) -> None:
        if not isinstance(error, DatabaseError):  # a database error: the opener ends it
            self._fail(f"database tidak terbuka: {error}")

    def _fail(self, reason: str) -> None:
        print(f"smoke-test gagal: {reason}", file=sys.stderr)
        self._watchdog.cancel()
        self.app.exit(1)


def refuse_database(parent: QWidget | None, error: DatabaseError) -> None:
    """In place of the dialog asking for another database: say why, and end (code 1)."""
    del parent
    print(f"smoke-test gagal: database tidak terbuka: {error}", file=sys.stderr)


def _give_up() -> None:
    print(
        f"smoke-test gagal: jendela utama tidak tertutup dalam {TIMEOUT_S:.0f} s", file=sys.stderr
    )
    sys.stderr.flush()
    os._exit(3)
