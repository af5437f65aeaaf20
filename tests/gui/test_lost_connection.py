"""A lost office server (issue 13): the save that hit it says so plainly, the form stays
as typed, and once the server is back the same Simpan saves it — once, without
restarting. The "cable" is a TCP forwarder the test cuts and restores."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from counterdesk.domain.errors import DatabaseUnavailable
from counterdesk.domain.roles import Role, Tab
from counterdesk.domain.states import AppStatus
from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.new_application import NewApplicationDialog
from counterdesk.gui.dialogs.spoiled_stock import SpoiledStockDialog
from counterdesk.gui.tabs.admin import AdminTab
from counterdesk.services.runtime import Runtime
from tests import databases
from tests.conftest import Office
from tests.gui.conftest import open_window
from tests.gui.intake_helpers import officer_window, opened
from tests.gui.test_complaint_dialogs import open_form
from tests.gui.test_printing_queue import cetak
from tests.gui.test_verification import open_first_to_check, pns_file, status, verification_tab
from tests.tcp_cut import CuttableLink

pytestmark = pytest.mark.skipif(
    not databases.on_server(), reason="perlu server PostgreSQL (COUNTERDESK_TEST_DATABASE_URL)"
)


@pytest.fixture
def link() -> Iterator[tuple[CuttableLink, str]]:
    """A fresh server database, and a link to it that the test can cut."""
    url = databases.new_database()
    with CuttableLink.to(url) as cable:
        yield cable, url
    databases.drop_database(url)


@pytest.fixture
def runtime(link: tuple[CuttableLink, str]) -> Iterator[Runtime]:
    """The office's runtime, connected through the cuttable link (conftest's ``office``
    and ``desk`` are built on it)."""
    cable, url = link
    rt = Runtime.open(database_url=cable.url_through(url))
    yield rt
    rt.close()


def _column(url: str, sql: str) -> list[object]:
    """Read straight from the server (past the link)."""
    direct = Runtime.open(database_url=url)
    try:
        with direct.read() as session:
            return list(session.scalars(text(sql)))
    finally:
        direct.close()


def _count(url: str, table: str) -> int:
    return int(str(_column(url, f"SELECT count(*) FROM {table}")[0]))


def _numbers(url: str) -> list[object]:
    return _column(url, "SELECT number FROM application ORDER BY number")


def test_a_save_on_a_lost_server_keeps_the_form_and_saves_once_when_it_is_back(
    qtbot: QtBot, desk: DeskController, office: Office, link: tuple[CuttableLink, str]
) -> None:
    cable, url = link
    _, tab = officer_window(qtbot, desk)
    tab.new_application()
    dialog = opened(qtbot, tab, NewApplicationDialog)
    ui = dialog.ui
    ui.newPersonButton.click()
    qtbot.keyClicks(ui.personNik, "3174051203900001")
    qtbot.keyClicks(ui.personName, "Budi Santoso")
    qtbot.keyClicks(ui.personPhone, "0812 3456 7890")
    qtbot.keyClicks(ui.serviceSearch, "profesi pegawai")
    qtbot.keyClick(ui.serviceSearch, Qt.Key.Key_Return)
    ui.received.setCurrentRow(0)
    qtbot.keyClick(ui.received, Qt.Key.Key_Space)
    before = _numbers(url)

    cable.cut()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()  # still open, nothing lost
    assert ui.generalError.isVisible()
    assert ui.generalError.text() == DatabaseUnavailable().message
    assert "terputus" in ui.generalError.text() and "coba lagi" in ui.generalError.text()
    assert (ui.personNik.text(), ui.personName.text()) == ("3174051203900001", "Budi Santoso")
    assert ui.personPhone.text().replace(" ", "") == "081234567890"
    assert dialog.services.selected() is not None
    assert "Diterima 1 dari" in ui.receivedCount.text()

    cable.restore()
    with qtbot.waitSignal(dialog.filed) as filed:
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    number = filed.args[0]
    after = _numbers(url)
    assert number in after and len(after) == len(before) + 1  # saved once
    assert tab.list.current() is not None and tab.list.current().number == number


def test_a_complaint_typed_while_the_server_is_away_is_kept_and_logged_once_back(
    qtbot: QtBot, desk: DeskController, link: tuple[CuttableLink, str]
) -> None:
    """Pengaduan: the same for a complaint logged at the counter."""
    cable, url = link
    _tab, form = open_form(qtbot, desk)
    ui = form.ui
    qtbot.keyClicks(ui.matter, "Sertifikat saya belum jadi")
    qtbot.keyClicks(ui.name, "Hendra")
    qtbot.keyClicks(ui.phone, "081234567890")

    cable.cut()
    ui.saveButton.click()
    assert form.isVisible() and ui.generalError.text() == DatabaseUnavailable().message
    assert (ui.matter.toPlainText(), ui.name.text()) == ("Sertifikat saya belum jadi", "Hendra")
    assert _count(url, "complaint") == 0

    cable.restore()
    with qtbot.waitSignal(form.finished):
        ui.saveButton.click()
    assert _count(url, "complaint") == 1


def test_a_new_user_typed_while_the_server_is_away_is_kept_and_saved_once_back(
    qtbot: QtBot, desk: DeskController, link: tuple[CuttableLink, str]
) -> None:
    """Admin: the same for a user added in the Pengguna dialog."""
    cable, url = link
    window = open_window(qtbot, desk, "admin")
    tab = window.tab_widget(Tab.ADMIN)
    assert isinstance(tab, AdminTab)
    tab.ui.addUserButton.click()
    qtbot.waitUntil(lambda: tab.users.dialog is not None)
    dialog = tab.users.dialog
    assert dialog is not None
    ui = dialog.ui  # type: ignore[attr-defined]
    qtbot.keyClicks(ui.username, "budi.s")
    qtbot.keyClicks(ui.fullName, "Budi Santoso")
    ui.roles.boxes[Role.OFFICER].setChecked(True)
    qtbot.keyClicks(ui.password, "mulai1234")
    qtbot.keyClicks(ui.passwordRepeat, "mulai1234")
    users = _count(url, "user_account")

    cable.cut()
    qtbot.keyClick(ui.passwordRepeat, Qt.Key.Key_Return)
    assert dialog.isVisible() and ui.generalError.text() == DatabaseUnavailable().message
    assert (ui.username.text(), ui.password.text()) == ("budi.s", "mulai1234")

    cable.restore()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(ui.passwordRepeat, Qt.Key.Key_Return)
    assert _count(url, "user_account") == users + 1


def test_a_checklist_ticked_while_the_server_is_away_is_kept_and_saved_once_back(
    qtbot: QtBot,
    desk: DeskController,
    office: Office,
    link: tuple[CuttableLink, str],
    answers: list[str],
) -> None:
    """Verifikasi: the officer's ticks on the checklist survive a failed save."""
    cable, _url = link
    number = pns_file(office)
    _, tab = verification_tab(qtbot, desk, "petugas")
    dialog = open_first_to_check(qtbot, tab)
    rows = dialog.ui.rows
    rows.mark_all_present()

    cable.cut()
    qtbot.mouseClick(dialog.ui.completeButton, Qt.MouseButton.LeftButton)
    shown = [dialog.ui.generalError.text(), *answers]
    assert DatabaseUnavailable().message in shown and dialog.isVisible()
    assert all(row.present.isChecked() for row in rows.rows)

    cable.restore()
    qtbot.mouseClick(dialog.ui.completeButton, Qt.MouseButton.LeftButton)
    assert dialog.outcome and not dialog.ui.generalError.isVisible()
    assert status(office, number) == AppStatus.AWAITING_SIGNOFF


def test_a_spoiled_blank_typed_while_the_server_is_away_is_kept_and_recorded_once_back(
    qtbot: QtBot, desk: DeskController, link: tuple[CuttableLink, str]
) -> None:
    """Cetak: the printer's record of a spoiled blank."""
    cable, url = link
    _, tab = cetak(qtbot, desk)
    qtbot.mouseClick(tab.ui.spoiledButton, Qt.MouseButton.LeftButton)
    spoiled = opened(qtbot, tab, SpoiledStockDialog)
    qtbot.keyClicks(spoiled.ui.blankSerial, "BLK-000123")
    qtbot.keyClicks(spoiled.ui.reason, "kertas macet")
    before = _count(url, "spoiled_stock")

    cable.cut()
    qtbot.keyClick(spoiled.ui.reason, Qt.Key.Key_Return)
    assert spoiled.isVisible()
    assert spoiled.ui.generalError.text() == DatabaseUnavailable().message
    assert (spoiled.ui.blankSerial.text(), spoiled.ui.reason.text()) == (
        "BLK-000123",
        "kertas macet",
    )

    cable.restore()
    qtbot.keyClick(spoiled.ui.reason, Qt.Key.Key_Return)
    assert not spoiled.isVisible() and spoiled.recorded == "BLK-000123"
    assert _count(url, "spoiled_stock") == before + 1
