"""Admin › Cadangan on the office server: the copies are the server's (pg_dump), so the
page says so and offers no button that could only fail."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from counterdesk.gui.controller import DeskController
from tests import databases
from tests.gui.test_admin_backup import _page


def test_on_a_server_the_page_says_where_the_copies_are_made(
    qtbot: QtBot, desk: DeskController
) -> None:
    if not databases.on_server():
        pytest.skip("needs COUNTERDESK_TEST_DATABASE_URL (a PostgreSQL server)")
    page = _page(qtbot, desk)
    text = page.ui.folder.text()
    assert "server" in text and "pg_dump" in text and "pengelola server" in text
    assert page.ui.folderBox.title() == "Cadangan di server"
    for hidden in (
        page.ui.folderHint,  # "copies are made every day" is SQLite's, not true here
        page.ui.backupButton,
        page.ui.restoreButton,
        page.ui.restoreFileButton,
        page.ui.backupsBox,
    ):
        assert not hidden.isVisible()
