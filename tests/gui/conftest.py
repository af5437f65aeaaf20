"""GUI fixtures: the real login → main window flow on the office of tests/conftest.py."""

from __future__ import annotations

import os
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QEvent, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from counterdesk.gui import messages
from counterdesk.gui.controller import DeskController
from counterdesk.gui.main_window import MainWindow
from tests.conftest import PASSWORD, Office

USERNAMES = {"officer": "petugas", "supervisor": "atasan", "printer": "cetak", "admin": "admin"}


@pytest.fixture
def desk(office: Office, qtbot: QtBot) -> Iterator[DeskController]:
    """A controller on the login screen; every window it opened is closed afterwards."""
    controller = DeskController(office.runtime, idle_timeout_ms=60 * 60 * 1000)
    controller.start()
    yield controller
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # their timers too
    # Workers (the day's copy, checks, loads) finish before the database goes away.
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Confirmations say yes; error boxes are recorded instead of shown."""
    shown: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    monkeypatch.setattr(
        messages, "show_error", lambda parent, error, title="": shown.append(str(error))
    )
    return shown


def log_in(qtbot: QtBot, desk: DeskController, username: str, password: str = PASSWORD) -> None:
    """Type into the real login dialog and press Masuk."""
    dialog = desk.login_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.ui.username.clear()
    dialog.ui.password.clear()
    qtbot.keyClicks(dialog.ui.username, username)
    qtbot.keyClicks(dialog.ui.password, password)
    qtbot.mouseClick(dialog.ui.loginButton, Qt.MouseButton.LeftButton)


def open_window(qtbot: QtBot, desk: DeskController, username: str) -> MainWindow:
    log_in(qtbot, desk, username)
    qtbot.waitUntil(lambda: desk.main_window is not None and desk.main_window.isVisible())
    window = desk.main_window
    assert window is not None
    activate(qtbot, window)
    return window


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Window shortcuts (Ctrl+1, F3, F5) need the window to be the active one."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def tab_titles(window: MainWindow) -> list[str]:
    return [window.ui.tabs.tabText(i) for i in range(window.ui.tabs.count())]
