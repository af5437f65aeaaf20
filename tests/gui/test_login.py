"""Logging in through the real dialog: each role sees exactly its tabs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from counterdesk.domain.roles import Role
from counterdesk.gui.controller import DeskController
from counterdesk.gui.login_dialog import LoginDialog
from counterdesk.services import accounts
from counterdesk.services.demo import DEMO_USERS
from tests.conftest import PASSWORD, Office
from tests.gui.conftest import log_in, open_window, tab_titles


@pytest.mark.parametrize(
    ("username", "tabs"),
    [
        ("petugas", ["Penerimaan", "Verifikasi", "Berita Acara", "Pengaduan"]),
        ("atasan", ["Penerimaan", "Verifikasi", "Berita Acara", "Cetak", "Pengaduan"]),
        ("cetak", ["Cetak"]),
        ("admin", ["Admin"]),
    ],
)
def test_each_role_sees_exactly_its_tabs(
    qtbot: QtBot, desk: DeskController, username: str, tabs: list[str]
) -> None:
    window = open_window(qtbot, desk, username)
    assert tab_titles(window) == tabs
    assert not desk.login_dialog.isVisible()  # type: ignore[union-attr]
    assert window.windowTitle() == "CounterDesk — Pusdiklat Bea dan Cukai"


def test_wrong_password_shows_the_error_and_opens_nothing(
    qtbot: QtBot, desk: DeskController
) -> None:
    log_in(qtbot, desk, "petugas", "salah12345")
    dialog = desk.login_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.ui.errorLabel.isVisible)
    assert "Nama pengguna atau kata sandi salah" in dialog.ui.errorLabel.text()
    assert "Sisa percobaan: 4" in dialog.ui.errorLabel.text()
    assert dialog.isVisible() and desk.main_window is None
    assert dialog.ui.password.text() == ""  # ready for the next try


def test_enter_in_the_password_field_logs_in(qtbot: QtBot, desk: DeskController) -> None:
    dialog = desk.login_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.ui.username, "cetak")
    qtbot.keyClicks(dialog.ui.password, PASSWORD)
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.main_window is not None)


def test_demo_panel_lists_the_accounts_and_fills_the_fields(qtbot: QtBot, office: Office) -> None:
    dialog = LoginDialog(demo=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.demoBox.isVisible()
    table = dialog.ui.demoTable
    assert table.rowCount() == len(DEMO_USERS)
    assert table.item(2, 2).text() == DEMO_USERS[2].username
    assert table.item(2, 0).text() == "Verifikator / atasan"
    rect = table.visualRect(table.model().index(2, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.ui.username.text() == DEMO_USERS[2].username
    assert dialog.ui.password.text() == DEMO_USERS[2].password


def test_no_demo_panel_on_a_real_office(qtbot: QtBot, desk: DeskController) -> None:
    dialog = desk.login_dialog
    assert dialog is not None
    assert not dialog.ui.demoBox.isVisible()
    assert "Loket L01" in dialog.ui.counterLabel.text()
    assert not dialog.ui.startProgress.isVisible()


def test_the_login_screen_waits_for_the_database_and_keeps_what_was_typed(
    qtbot: QtBot, office: Office
) -> None:
    """The screen comes before the database: typing and Masuk work at once, the login
    happens as soon as the database is open."""
    controller = DeskController(demo=False, idle_timeout_ms=60 * 60 * 1000)
    controller.start()
    dialog = controller.login_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.ui.startProgress.isVisible()
    assert "Membuka database" in dialog.ui.counterLabel.text()
    qtbot.keyClicks(dialog.ui.username, "petugas")
    qtbot.keyClicks(dialog.ui.password, PASSWORD)
    qtbot.mouseClick(dialog.ui.loginButton, Qt.MouseButton.LeftButton)
    assert "Mohon tunggu" in dialog.ui.errorLabel.text() and controller.main_window is None
    controller.open_with(lambda progress: office.runtime)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    assert "Loket L01" in dialog.ui.counterLabel.text()
    window = controller.main_window
    assert window is not None and window.ctx.actor.username == "petugas"
    window.close()
    assert QThreadPool.globalInstance().waitForDone(10_000)  # the preload and the day's copy
    if office.runtime.db.path is not None:  # a server keeps its own backups
        assert list((office.runtime.db.path.parent / "backups").glob("*.sqlite3"))


def test_after_a_reset_the_user_must_choose_a_new_password(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    with office.runtime.unit(office.actors[Role.ADMIN]) as session:
        accounts.reset_password(
            session, office.actors[Role.ADMIN], office.actors[Role.OFFICER].user_id, "sementara1"
        )
    log_in(qtbot, desk, "petugas", "sementara1")
    qtbot.waitUntil(lambda: desk.password_dialog is not None and desk.password_dialog.isVisible())
    dialog = desk.password_dialog
    assert dialog is not None and desk.main_window is None
    qtbot.keyClicks(dialog.ui.password, "baru12345")
    qtbot.keyClicks(dialog.ui.passwordRepeat, "baru12346")
    qtbot.keyClick(dialog.ui.passwordRepeat, Qt.Key.Key_Return)
    assert dialog.ui.passwordRepeatError.isVisible()
    assert "tidak sama" in dialog.ui.passwordRepeatError.text()
    dialog.ui.passwordRepeat.clear()
    qtbot.keyClicks(dialog.ui.passwordRepeat, "baru12345")
    qtbot.keyClick(dialog.ui.passwordRepeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.main_window is not None)
    assert office.runtime.login("petugas", "baru12345").username == "petugas"
