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
from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.new_application import NewApplicationDialog
from counterdesk.services.runtime import Runtime
from tests import databases
from tests.conftest import Office
from tests.gui.intake_helpers import officer_window, opened
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


def _numbers(url: str) -> list[str]:
    """The applications stored, read past the link (straight from the server)."""
    direct = Runtime.open(database_url=url)
    try:
        with direct.read() as session:
            return list(session.scalars(text("SELECT number FROM application ORDER BY number")))
    finally:
        direct.close()


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
    assert "terputus" in ui.generalError.text() and "Simpan" in ui.generalError.text()
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
