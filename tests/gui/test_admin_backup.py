"""Admin › Cadangan as an admin uses it: the folder and the copies listed in words, a backup
made from the page (off the GUI thread, the path said after), and a restore that is
confirmed, runs off the GUI thread and brings the desk back to the login screen on the
restored database with its new counter code."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from counterdesk.domain.roles import Role, Tab
from counterdesk.gui import messages
from counterdesk.gui.controller import DeskController
from counterdesk.gui.tabs.admin import AdminTab
from counterdesk.gui.tabs.admin_backup import BackupPage
from counterdesk.services import backups
from counterdesk.services.setup import office_info
from counterdesk.store.migrate import backup_sqlite, backups_dir
from tests.conftest import Office
from tests.gui.conftest import open_window
from tests.issuing_helpers import SAK_CERTIFICATE, filed, person

pytestmark = pytest.mark.sqlite_only  # the SQLite file, its copies and checks


@pytest.fixture
def reopening(desk: DeskController) -> Iterator[DeskController]:
    """The desk; the runtime it opens on the restored file is closed afterwards."""
    yield desk
    if desk.runtime is not None:
        desk.runtime.close()


def _page(qtbot: QtBot, desk: DeskController) -> BackupPage:
    window = open_window(qtbot, desk, "admin")
    tab = window.tab_widget(Tab.ADMIN)
    assert isinstance(tab, AdminTab)
    window.ui.tabs.setCurrentWidget(tab)
    tab.ui.sections.setCurrentWidget(tab.backup)
    assert tab.ui.sections.tabText(tab.ui.sections.currentIndex()) == "Cadangan"
    return tab.backup


def _column(page: BackupPage, header: str) -> list[str]:
    model = page.ui.backupsTable.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index(header)
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def _wait_idle(qtbot: QtBot, page: BackupPage) -> None:
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=20_000)


def test_the_page_lists_the_copies_in_words_and_makes_one(
    qtbot: QtBot, office: Office, desk: DeskController
) -> None:
    path = office.runtime.db.path
    assert path is not None
    backup_sqlite(path, backups_dir(path))
    backup_sqlite(path, backups_dir(path), label="sebelum-impor-sinkron")
    page = _page(qtbot, desk)
    assert page.ui.folder.text() == str(backups_dir(path))
    assert _column(page, "Jenis") == ["sebelum impor sinkron", "harian"]
    assert not page.ui.restoreButton.isEnabled()  # nothing selected yet

    qtbot.mouseClick(page.ui.backupButton, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, page)
    assert page.ui.result.text().startswith(f"Cadangan tersimpan: {backups_dir(path)}")
    assert _column(page, "Jenis")[0] == "manual"
    assert page.list.current() is not None and page.ui.restoreButton.isEnabled()


def test_a_restore_is_confirmed_then_the_desk_returns_to_the_login_with_a_new_code(
    qtbot: QtBot, office: Office, reopening: DeskController, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = reopening
    saved = backups.manual_backup(office.runtime)
    filed(office, person(office), SAK_CERTIFICATE)  # issued after the copy
    page = _page(qtbot, desk)
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _t, text, _ok: asked.append(text) or False)
    said: list[str] = []
    monkeypatch.setattr(messages, "inform", lambda _p, _t, text: said.append(text))
    page.list.select(0)
    assert page.list.current() is not None and page.list.current().path == saved  # type: ignore[union-attr]
    qtbot.mouseClick(page.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert "kode loket baru" in asked[0] and "kembali ke layar masuk" in asked[0]
    assert desk.main_window is not None  # Batal: nothing happened

    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    with qtbot.waitSignal(desk.ready, timeout=20_000):
        qtbot.mouseClick(page.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert desk.main_window is None and desk.login_dialog is not None
    assert desk.login_dialog.isVisible() and desk.login_dialog.ready
    assert "sekarang memakai kode L02 (sebelumnya L01)" in said[0]
    assert desk.runtime is not None and desk.runtime is not office.runtime
    assert office_info(desk.runtime).counter_code == "L02"
    assert "Loket L02" in desk.login_dialog.ui.counterLabel.text()


def test_a_refused_file_is_said_on_the_page_and_nothing_changes(
    qtbot: QtBot, office: Office, desk: DeskController, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    other = tmp_path / "catatan.sqlite3"
    other.write_bytes(b"bukan database" * 300)
    page = _page(qtbot, desk)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    qtbot.mouseClick(page.ui.restoreFileButton, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, page)
    assert "bukan database CounterDesk" in page.ui.resultError.text()
    assert desk.main_window is not None and not page.restoring
    assert office_info(office.runtime).counter_code == "L01"
    assert office.actors[Role.ADMIN].username == "admin"
