"""Idle lock: the window is covered after the idle time; the same password opens it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from counterdesk.gui.controller import DeskController
from counterdesk.gui.main_window import MainWindow
from tests.conftest import PASSWORD, Office
from tests.gui.conftest import log_in, open_window


def _window_locking_after(qtbot: QtBot, office: Office, ms: int) -> MainWindow:
    controller = DeskController(office.runtime, idle_timeout_ms=ms)
    controller.start()
    window = open_window(qtbot, controller, "petugas")
    qtbot.addWidget(window)
    return window


def test_idle_locks_and_the_right_password_unlocks(qtbot: QtBot, office: Office) -> None:
    window = _window_locking_after(qtbot, office, 150)
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    lock = window.lock_dialog
    assert lock is not None and lock.isVisible()
    assert not window.centralWidget().isVisible()  # the lists are covered
    assert "Petugas (petugas)" in lock.ui.userLabel.text()
    assert "karena tidak ada kegiatan" in lock.ui.userLabel.text()

    qtbot.keyClick(lock, Qt.Key.Key_Escape)  # Esc does not unlock
    assert window.locked and lock.isVisible()
    qtbot.keyClicks(lock.ui.password, "salah12345")
    qtbot.keyClick(lock.ui.password, Qt.Key.Key_Return)
    assert "Kata sandi salah" in lock.ui.errorLabel.text()
    assert "Nama pengguna" not in lock.ui.errorLabel.text()  # only a password was asked
    assert window.locked

    qtbot.keyClicks(lock.ui.password, PASSWORD)
    qtbot.keyClick(lock.ui.password, Qt.Key.Key_Return)
    assert not window.locked
    assert window.centralWidget().isVisible()


def test_ctrl_l_locks_and_switch_user_returns_to_login(qtbot: QtBot, desk: DeskController) -> None:
    window = open_window(qtbot, desk, "petugas")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    lock = window.lock_dialog
    assert lock is not None
    # locked by hand, not for being away: the text says who locked it, not "no activity"
    assert lock.ui.userLabel.text().startswith("Layar dikunci oleh Petugas (petugas).")
    assert "tidak ada kegiatan" not in lock.ui.userLabel.text()
    qtbot.mouseClick(lock.ui.switchUserButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert desk.main_window is None
    log_in(qtbot, desk, "atasan")
    qtbot.waitUntil(lambda: desk.main_window is not None)
    assert desk.main_window is not None and desk.main_window.ctx.actor.username == "atasan"


def test_activity_keeps_the_window_open(qtbot: QtBot, office: Office) -> None:
    window = _window_locking_after(qtbot, office, 300)
    typed: list[bool] = []  # whether the window was locked at each key press

    def type_a_key() -> None:
        qtbot.keyClick(window.search, Qt.Key.Key_A)
        typed.append(window.locked)

    typist = QTimer(window)
    typist.timeout.connect(type_a_key)
    typist.start(60)  # typing more often than the idle time, for twice the idle time
    qtbot.waitUntil(lambda: len(typed) >= 10, timeout=5000)
    typist.stop()
    assert not any(typed)
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
