"""The main window: tab shortcuts, search, status bar, teaching empty states."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from counterdesk.domain.roles import Tab
from counterdesk.gui.context import DeskContext, load_office_info
from counterdesk.gui.controller import DeskController
from counterdesk.gui.main_window import MainWindow
from counterdesk.gui.tabs.list_tab import ListTab
from counterdesk.services.demo_data import ensure_demo
from counterdesk.services.runtime import Runtime
from counterdesk.store.base import utcnow
from tests import databases
from tests.gui.conftest import activate, open_window


def test_ctrl_number_switches_tabs_and_tooltips_say_so(qtbot: QtBot, desk: DeskController) -> None:
    window = open_window(qtbot, desk, "atasan")
    tabs = window.ui.tabs
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert tabs.tabText(tabs.currentIndex()) == "Verifikasi"
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert tabs.tabText(tabs.currentIndex()) == "Cetak"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 0
    assert tabs.tabToolTip(3) == "Cetak (Ctrl+4)"


def test_status_bar_names_user_role_counter_and_database(
    qtbot: QtBot, desk: DeskController
) -> None:
    window = open_window(qtbot, desk, "petugas")
    assert window.user_label.text() == "Pengguna: Petugas"
    assert window.roles_label.text() == "Peran: Petugas loket"
    assert window.counter_label.text() == "Loket: L01"
    where = window.database_label.toolTip()
    if databases.on_server():  # the server and database, never the password
        server = make_url(databases.server_url())
        assert where.endswith(str(make_url(desk.runtime.db.url).database))
        assert server.password and f":{server.password}@" not in where
    else:
        assert where.endswith("office.sqlite3")
    assert not window.demo_badge.isVisible()


def test_an_empty_database_teaches_what_each_list_is_for(
    qtbot: QtBot, desk: DeskController
) -> None:
    window = open_window(qtbot, desk, "atasan")
    expected = {
        Tab.INTAKE: "Tekan F2 untuk mencatat permohonan baru",
        Tab.VERIFICATION: "Tidak ada berkas yang menunggu persetujuan",
        Tab.INTERVIEW: "Belum ada berita acara wawancara",
        Tab.PRINTING: "Belum ada sertifikat",
        Tab.COMPLAINTS: "Belum ada pengaduan",
    }
    for index, (tab_id, text) in enumerate(expected.items()):
        window.ui.tabs.setCurrentIndex(index)
        tab = window.tab_widget(tab_id)
        assert isinstance(tab, ListTab)
        assert tab.list.showing_empty_state()
        assert text in tab.ui.emptyState.text()
    intake = window.tab_widget(Tab.INTAKE)
    assert isinstance(intake, ListTab)
    button = intake.ui.emptyState.action_button
    assert button.text() == "Permohonan baru (F2)" and button.isEnabled()


@pytest.fixture
def demo_runtime(tmp_path: Path) -> Iterator[Runtime]:
    runtime = Runtime.open(database_file=tmp_path / "demo.sqlite3", demo=True)
    ensure_demo(runtime)
    yield runtime
    runtime.close()


def _demo_window(qtbot: QtBot, runtime: Runtime, username: str) -> MainWindow:
    actor = runtime.login(username, {"atasan": "atasan123", "petugas": "petugas123"}[username])
    window = MainWindow(DeskContext(runtime, actor, load_office_info(runtime), utcnow))
    qtbot.addWidget(window)
    activate(qtbot, window)
    return window


def test_the_queue_shows_deadlines_as_text_and_search_filters_it(
    qtbot: QtBot, demo_runtime: Runtime
) -> None:
    window = _demo_window(qtbot, demo_runtime, "atasan")
    assert window.demo_badge.isVisible()
    assert window.windowTitle().endswith("(DEMO)")
    intake = window.tab_widget(Tab.INTAKE)
    assert isinstance(intake, ListTab)
    rows = intake.list.visible_rows()
    assert rows and not intake.list.showing_empty_state()
    overdue = [r for r in rows if r.deadline.level == "overdue"]
    assert overdue and overdue[0].deadline.text.startswith("Lewat")
    assert "permohonan terbuka" in intake.ui.summaryLabel.text()

    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, rows[-1].number)  # the queue is searched in the database
    qtbot.waitUntil(lambda: [r.number for r in intake.list.visible_rows()] == [rows[-1].number])
    window.search.setText("tidak-ada-yang-begini")
    qtbot.waitUntil(intake.list.showing_empty_state)
    assert "Tidak ada yang cocok" in intake.ui.emptyState.text()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    qtbot.waitUntil(lambda: len(intake.list.visible_rows()) == len(rows))


def test_ctrl_f_searches_and_f5_refreshes_and_says_when(qtbot: QtBot, desk: DeskController) -> None:
    window = open_window(qtbot, desk, "petugas")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.statusBar().currentMessage().startswith("Daftar diperbarui pukul")
    assert window.statusBar().currentMessage().endswith("WIB")


def test_verification_summary_counts_from_overview(qtbot: QtBot, demo_runtime: Runtime) -> None:
    window = _demo_window(qtbot, demo_runtime, "atasan")
    window.ui.tabs.setCurrentIndex(1)
    tab = window.tab_widget(Tab.VERIFICATION)
    assert isinstance(tab, ListTab)
    summary = tab.ui.summaryLabel.text()
    assert "menunggu persetujuan" in summary and "lewat jatuh tempo" in summary
    ages = [r.age_days for r in tab.list.visible_rows()]
    assert ages == sorted(ages, reverse=True)  # oldest first


def test_at_1366_short_complaint_columns_read_whole_and_the_deadline_stays_on_screen(
    qtbot: QtBot, demo_runtime: Runtime
) -> None:
    """Jenis, Saluran and Sisa waktu are short texts and are shown whole ("Saran/masukan",
    "Kotak saran/pengaduan", "Saran: tanpa batas jawab"); the subject and
    the reporter give way, still readable, with the full text in the tooltip."""
    window = _demo_window(qtbot, demo_runtime, "atasan")
    window.resize(1366, 768)
    window.ui.tabs.setCurrentIndex(window.tab_ids.index(Tab.COMPLAINTS))
    tab = window.tab_widget(Tab.COMPLAINTS)
    assert isinstance(tab, ListTab)
    table = tab.ui.tableView
    qtbot.waitUntil(lambda: table.isVisible() and table.viewport().width() > 1000)
    header = table.horizontalHeader()
    model = tab.list.proxy
    sections = {
        model.headerData(i, Qt.Orientation.Horizontal): i for i in range(model.columnCount())
    }
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)

    def cells(column: str) -> list[tuple[str, int]]:
        """Each cell's text and its width as drawn (bold where coloured)."""
        found = []
        for row in range(model.rowCount()):
            index = model.index(row, sections[column])
            font = index.data(Qt.ItemDataRole.FontRole) or table.font()
            text = str(index.data())
            found.append((text, QFontMetrics(font).horizontalAdvance(text) + margin))
        return found

    def cut(column: str) -> list[str]:
        """The cells of ``column`` too long for it: drawn elided (…)."""
        width = header.sectionSize(sections[column])
        return [text for text, needed in cells(column) if needed > width]

    shown = {column: [text for text, _ in cells(column)] for column in sections}
    assert "Saran/masukan" in shown["Jenis"]
    assert "Kotak saran/pengaduan" in shown["Saluran"]
    assert "Saran: tanpa batas jawab" in shown["Sisa waktu"]
    for column in ("Jenis", "Saluran", "Status", "Jatuh tempo", "Sisa waktu"):
        assert cut(column) == [], column
    assert cut("Perihal")  # the long text gave way…
    readable = 20 * table.fontMetrics().averageCharWidth()
    assert header.sectionSize(sections["Perihal"]) >= readable  # …but still read
    rows = tab.list.visible_rows()
    last = header.count() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= (
        table.viewport().width()
    )
    subject = sections["Perihal"]
    tip = tab.list.proxy.index(0, subject).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == rows[0].subject
