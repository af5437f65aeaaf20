"""Admin tab: users through the dialogs, the office profile, the calendar."""

from __future__ import annotations

import contextlib
import re
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from counterdesk.domain.errors import AuthenticationError
from counterdesk.domain.roles import Role, Tab
from counterdesk.gui.controller import DeskController
from counterdesk.gui.main_window import MainWindow
from counterdesk.gui.tabs.admin import AdminTab
from tests.conftest import PASSWORD, Office
from tests.gui.conftest import open_window


def _admin_tab(window: MainWindow) -> AdminTab:
    tab = window.tab_widget(Tab.ADMIN)
    assert isinstance(tab, AdminTab)
    return tab


def _usernames(tab: AdminTab) -> list[str]:
    return [row.username for row in tab.users.list.visible_rows()]


def _select_user(tab: AdminTab, username: str) -> None:
    tab.users.list.select(_usernames(tab).index(username))


def _cell(tab: AdminTab, username: str, header: str) -> str:
    """The text a user sees in the Pengguna table, row by username, column by header."""
    model = tab.ui.usersTable.model()
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == username:
            return str(model.index(row, columns.index(header)).data())
    raise AssertionError(f"{username} not listed")


def test_admin_adds_a_user_through_the_dialog(qtbot: QtBot, desk: DeskController) -> None:
    tab = _admin_tab(open_window(qtbot, desk, "admin"))
    assert _usernames(tab) == ["admin", "atasan", "cetak", "petugas"]
    qtbot.keyClick(tab.ui.addUserButton, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.users.dialog is not None)  # a button shortcut animates
    dialog = tab.users.dialog
    assert dialog is not None and dialog.isVisible()
    ui = dialog.ui  # type: ignore[attr-defined]
    qtbot.keyClicks(ui.username, "petugas")
    qtbot.keyClicks(ui.fullName, "Budi Santoso")
    ui.roles.boxes[Role.OFFICER].setChecked(True)
    qtbot.keyClicks(ui.password, "mulai1234")
    qtbot.keyClicks(ui.passwordRepeat, "mulai1234")
    qtbot.keyClick(ui.passwordRepeat, Qt.Key.Key_Return)
    # the name is taken: said at the field, the dialog stays open
    assert ui.usernameError.isVisible() and "sudah dipakai" in ui.usernameError.text()
    assert dialog.isVisible()
    ui.username.clear()
    qtbot.keyClicks(ui.username, "budi.s")
    qtbot.keyClick(ui.passwordRepeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "budi.s" in _usernames(tab))
    assert not dialog.isVisible()
    row = tab.users.list.visible_rows()[_usernames(tab).index("budi.s")]
    assert row.full_name == "Budi Santoso" and row.roles == {Role.OFFICER}


def test_bad_input_is_marked_at_each_field(qtbot: QtBot, desk: DeskController) -> None:
    tab = _admin_tab(open_window(qtbot, desk, "admin"))
    tab.ui.addUserButton.click()
    dialog = tab.users.dialog
    assert dialog is not None
    ui = dialog.ui  # type: ignore[attr-defined]
    qtbot.keyClicks(ui.username, "Budi S")
    qtbot.keyClicks(ui.fullName, "Budi")
    ui.roles.boxes[Role.PRINTER].setChecked(True)
    qtbot.keyClicks(ui.password, "pendek1")
    qtbot.keyClicks(ui.passwordRepeat, "pendek2")
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "tidak sama" in ui.passwordRepeatError.text()
    ui.passwordRepeat.setText("pendek1")
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "Nama pengguna 3-40 karakter" in ui.usernameError.text()
    assert not ui.passwordRepeatError.isVisible()
    assert ui.username.property("invalid") is True


def test_deactivating_asks_and_the_table_follows(
    qtbot: QtBot, desk: DeskController, answers: list[str]
) -> None:
    tab = _admin_tab(open_window(qtbot, desk, "admin"))
    _select_user(tab, "cetak")
    assert tab.ui.toggleActiveButton.text() == "Nonaktifkan"
    tab.ui.toggleActiveButton.click()
    row = tab.users.list.current()
    assert row is not None and row.username == "cetak" and not row.active
    assert tab.ui.toggleActiveButton.text() == "Aktifkan"
    _select_user(tab, "admin")
    tab.ui.toggleActiveButton.click()  # the service refuses; the refusal is shown
    assert answers and "akun Anda sendiri" in answers[0]


def test_a_locked_account_says_until_when_and_the_admin_unlocks_it(
    qtbot: QtBot, desk: DeskController, office: Office, answers: list[str]
) -> None:
    for _ in range(5):  # someone guessed petugas's password five times
        with contextlib.suppress(AuthenticationError):
            office.runtime.login("petugas", "tebak-tebak1")
    tab = _admin_tab(open_window(qtbot, desk, "admin"))
    status = _cell(tab, "petugas", "Status")
    assert re.fullmatch(r"Terkunci sampai (\d+ \w+ \d{4} )?\d\d\.\d\d WIB", status), status
    assert _cell(tab, "atasan", "Status") == "Aktif"
    assert "1 terkunci" in tab.ui.usersSummary.text()
    _select_user(tab, "atasan")
    assert not tab.ui.unlockButton.isVisible()  # only offered for a locked account
    _select_user(tab, "petugas")
    assert tab.ui.unlockButton.isVisible()
    tab.ui.unlockButton.click()
    assert _cell(tab, "petugas", "Status") == "Aktif"
    assert not tab.ui.unlockButton.isVisible() and not answers
    assert office.runtime.login("petugas", PASSWORD).username == "petugas"


def test_nip_is_grouped_on_screen_as_on_paper(qtbot: QtBot, desk: DeskController) -> None:
    tab = _admin_tab(open_window(qtbot, desk, "admin"))
    tab.ui.sections.setCurrentWidget(tab.ui.officePage)
    assert tab.ui.officeSignatoryNip.text() == "19700101 199503 2 001"
    tab.ui.saveOfficeButton.click()  # saving the grouped NIP back is not an error
    assert not tab.ui.officeSignatoryNipError.isVisible()
    assert tab.ui.officeSignatoryNip.text() == "19700101 199503 2 001"


def test_reset_password_and_change_roles(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    tab = _admin_tab(open_window(qtbot, desk, "admin"))
    _select_user(tab, "petugas")
    tab.ui.resetPasswordButton.click()
    dialog = tab.users.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.ui.password, "sementara9")  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.ui.passwordRepeat, "sementara9")  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.ui.passwordRepeat, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert office.runtime.login("petugas", "sementara9").username == "petugas"

    _select_user(tab, "petugas")
    tab.ui.rolesButton.click()
    roles_dialog = tab.users.dialog
    assert roles_dialog is not None
    picker = roles_dialog.ui.roles  # type: ignore[attr-defined]
    picker.boxes[Role.OFFICER].setChecked(False)
    roles_dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]
    assert "minimal satu peran" in roles_dialog.ui.rolesError.text()  # type: ignore[attr-defined]
    picker.boxes[Role.PRINTER].setChecked(True)
    roles_dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not roles_dialog.isVisible())
    row = tab.users.list.visible_rows()[_usernames(tab).index("petugas")]
    assert row.roles == {Role.PRINTER}


def test_office_profile_saves_and_renames_the_window(qtbot: QtBot, desk: DeskController) -> None:
    window = open_window(qtbot, desk, "admin")
    tab = _admin_tab(window)
    tab.ui.sections.setCurrentWidget(tab.ui.officePage)
    assert tab.ui.counterCode.text() == "L01"
    tab.ui.officeName.clear()
    tab.ui.saveOfficeButton.click()
    assert tab.ui.officeNameError.isVisible()
    qtbot.keyClicks(tab.ui.officeName, "Balai Sertifikasi Baru")
    tab.ui.officeIdleLockMinutes.setValue(5)
    tab.ui.saveOfficeButton.click()
    assert not tab.ui.officeNameError.isVisible()
    assert window.windowTitle() == "CounterDesk — Balai Sertifikasi Baru"
    assert window.ctx.office.idle_lock_minutes == 5
    assert tab.ui.officeSavedLabel.text().startswith("Tersimpan pukul")


def test_demo_title_says_demo_once_even_when_the_office_name_says_it(
    qtbot: QtBot, office: Office
) -> None:
    office.runtime.demo = True  # as `counterdesk --demo` opens it
    controller = DeskController(office.runtime, idle_timeout_ms=60 * 60 * 1000)
    controller.start()
    window = open_window(qtbot, controller, "admin")
    qtbot.addWidget(window)
    assert window.windowTitle() == "CounterDesk — Pusdiklat Bea dan Cukai (DEMO)"
    tab = _admin_tab(window)
    tab.ui.sections.setCurrentWidget(tab.ui.officePage)
    tab.ui.officeName.setText("Mal Pelayanan Publik (DEMO)")  # the demo office's own name
    tab.ui.saveOfficeButton.click()
    assert window.windowTitle() == "CounterDesk — Mal Pelayanan Publik (DEMO)"


def test_calendar_lists_holidays_and_adds_and_removes_a_closure(
    qtbot: QtBot, desk: DeskController, answers: list[str]
) -> None:
    tab = _admin_tab(open_window(qtbot, desk, "admin"))
    tab.ui.sections.setCurrentWidget(tab.ui.calendarPage)
    tab.ui.calendarYear.setValue(2026)
    days = tab.calendar.list.visible_rows()
    assert any(d.date == date(2026, 8, 17) for d in days)  # Hari Kemerdekaan
    tab.ui.addClosureButton.click()
    dialog = tab.calendar.dialog
    assert dialog is not None
    dialog.ui.day.setDate(QDate(2026, 7, 14))
    qtbot.keyClicks(dialog.ui.name, "Hari jadi kabupaten")
    qtbot.keyClick(dialog.ui.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    days = tab.calendar.list.visible_rows()
    index = [d.date for d in days].index(date(2026, 7, 14))
    assert days[index].name == "Hari jadi kabupaten"
    tab.calendar.list.select(index)
    assert tab.ui.removeClosureButton.isEnabled()
    tab.ui.removeClosureButton.click()
    assert date(2026, 7, 14) not in [d.date for d in tab.calendar.list.visible_rows()]
    tab.calendar.list.select(0)  # a national holiday cannot be removed here
    assert not tab.ui.removeClosureButton.isEnabled()
