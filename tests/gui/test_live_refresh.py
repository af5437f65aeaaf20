"""The lists follow the other counters (issue 13 point 3): a second runtime on the same
database (SQLite file or server) saves through the services, as another counter would;
the first window's list shows it without anyone pressing anything, and the officer's
selection, scroll position, search text, focus and open dialog stay as they were."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from counterdesk.domain.errors import DatabaseUnavailable
from counterdesk.domain.roles import Role
from counterdesk.gui import live_refresh
from counterdesk.gui.context import utcnow
from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.verification_signoff import VerificationSignOffDialog
from counterdesk.gui.models.paged_row_model import PagedRowModel
from counterdesk.gui.models.row_table_model import ROW_ROLE
from counterdesk.gui.tabs.intake import IntakeTab
from counterdesk.gui.tabs.verification import APPROVAL_VIEW
from counterdesk.services import changes, complaints, issuing
from counterdesk.services.changes import ChangeMark
from counterdesk.services.context import Actor
from counterdesk.services.runtime import Runtime
from tests.conftest import Office
from tests.databases import another_window
from tests.gui.intake_helpers import file_application, officer_window, opened, register_person
from tests.gui.test_complaints_tab import complaints_tab, new_form
from tests.gui.test_printing_queue import cetak, issued
from tests.gui.test_verification import checked_complete, pns_file, verification_tab
from tests.issuing_helpers import SAK_CERTIFICATE, filed, person, verified

WAIT_MS = 15_000  # generous for a loaded CI machine; the check runs every 50 ms here


@pytest.fixture(autouse=True)
def _quick_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(live_refresh, "INTERVAL_MS", 50)


@pytest.fixture
def other_counter(office: Office) -> Iterator[Office]:
    """Another counter of the office: its own runtime on the same database."""
    runtime = another_window(office.runtime)
    yield Office(runtime, office.actors)
    runtime.close()


def _numbers(tab: IntakeTab) -> list[str]:
    return [r.number for r in tab.list.visible_rows()]


def test_the_queue_shows_another_counters_application_keeping_selection_search_and_focus(
    qtbot: QtBot, desk: DeskController, office: Office, other_counter: Office
) -> None:
    budi = register_person(office, "3174051203900001", "Budi Santoso")
    first = file_application(office, budi)
    window, tab = officer_window(qtbot, desk)
    assert _numbers(tab) == [first]
    tab.list.select(0)
    qtbot.keyClick(window, Qt.Key.Key_F3)  # into the search field, as the officer would
    qtbot.keyClicks(window.search, "Budi")
    qtbot.waitUntil(lambda: "1 permohonan sesuai saringan" in tab.ui.summaryLabel.text())
    assert _numbers(tab) == [first]
    assert window.search.hasFocus()

    ani = register_person(other_counter, "3174051203900002", "Budi Anindita")
    second = file_application(other_counter, ani)

    qtbot.waitUntil(lambda: second in _numbers(tab), timeout=WAIT_MS)
    selected = tab.list.current()
    assert selected is not None and selected.number == first  # still the officer's row
    assert window.search.text() == "Budi" and window.search.hasFocus()
    assert "2 permohonan sesuai saringan" in tab.ui.summaryLabel.text()


def test_a_long_queue_keeps_its_scroll_position_and_loaded_pages(
    qtbot: QtBot,
    desk: DeskController,
    office: Office,
    other_counter: Office,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(IntakeTab, "page_size", 5)
    budi = register_person(office, "3174051203900001", "Budi")
    for _ in range(40):
        file_application(office, budi)
    _, tab = officer_window(qtbot, desk)
    table, model = tab.ui.tableView, tab.list.model
    assert isinstance(model, PagedRowModel)
    while model.canFetchMore():  # the officer went through every page
        model.fetchMore()
    assert model.loaded == 40
    tab.list.select(30)
    table.scrollTo(table.model().index(30, 0))
    top_row = table.indexAt(QPoint(0, 0)).data(ROW_ROLE).number
    chosen = tab.list.current()
    assert chosen is not None and table.verticalScrollBar().value() > 0

    file_application(other_counter, budi)

    qtbot.waitUntil(lambda: model.total == 41, timeout=WAIT_MS)
    assert model.loaded >= 40  # the pages read before are there again
    assert table.indexAt(QPoint(0, 0)).data(ROW_ROLE).number == top_row  # same rows in sight
    current = tab.list.current()
    assert current is not None and current.number == chosen.number


def test_a_button_qt_still_thinks_held_does_not_stop_the_queue_for_ever(
    qtbot: QtBot,
    desk: DeskController,
    office: Office,
    other_counter: Office,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The demo login closes on a double-click's press; under a real X server Qt then
    reports the left button held until the next click, and the queue never followed."""
    budi = register_person(office, "3174051203900001", "Budi Santoso")
    file_application(office, budi)
    _, tab = officer_window(qtbot, desk)
    monkeypatch.setattr(
        live_refresh.QApplication, "mouseButtons", lambda: Qt.MouseButton.LeftButton
    )
    second = file_application(other_counter, budi)
    qtbot.waitUntil(lambda: second in _numbers(tab), timeout=WAIT_MS)


def test_the_supervisors_list_shows_a_file_checked_at_another_counter_dialog_kept(
    qtbot: QtBot, desk: DeskController, office: Office, other_counter: Office
) -> None:
    older, newer = pns_file(office), pns_file(office, "Ani Lestari", "3174051203900002")
    for number in (older, newer):
        checked_complete(office, number)
    _, tab = verification_tab(qtbot, desk, "atasan")
    assert tab.view() == APPROVAL_VIEW
    assert [r.number for r in tab.list.visible_rows()] == [older, newer]
    tab.list.select(1)
    tab.ui.tableView.setFocus()
    qtbot.keyClick(tab.ui.tableView, Qt.Key.Key_Return)
    dialog = opened(qtbot, tab, VerificationSignOffDialog)
    qtbot.keyClicks(dialog.ui.password, "setengah")  # typing when the list changes
    assert dialog.ui.password.hasFocus()

    third = pns_file(other_counter, "Citra Dewi", "3174051203900003")
    checked_complete(other_counter, third)

    qtbot.waitUntil(lambda: len(tab.list.visible_rows()) == 3, timeout=WAIT_MS)
    assert third in [r.number for r in tab.list.visible_rows()]
    assert "Menunggu persetujuan (3)" in tab.ui.approvalViewButton.text()
    selected = tab.list.current()
    assert selected is not None and selected.number == newer
    assert tab.dialog is dialog and dialog.isVisible()
    assert dialog.ui.password.text() == "setengah" and dialog.ui.password.hasFocus()


def test_checks_pause_while_the_window_is_locked(
    qtbot: QtBot, desk: DeskController, office: Office, other_counter: Office
) -> None:
    window, tab = officer_window(qtbot, desk)
    assert window.live.active
    window.lock(by_user=True)
    assert not window.live.active  # a locked screen asks the database nothing
    number = file_application(
        other_counter, register_person(other_counter, "3174051203900001", "Budi")
    )
    lock = window.lock_dialog
    assert lock is not None
    qtbot.keyClicks(lock.ui.password, "rahasia123")
    qtbot.mouseClick(lock.ui.unlockButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.locked)
    assert window.live.active
    assert _numbers(tab) == [number]


def test_the_print_queue_keeps_a_ctrl_click_selection_of_several_certificates(
    qtbot: QtBot, desk: DeskController, office: Office, other_counter: Office
) -> None:
    issued(office)
    _, tab = cetak(qtbot, desk)
    table = tab.ui.tableView
    model = table.model()
    picked = [model.index(row, 0).data() for row in (0, 2)]
    no_key, ctrl = Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier
    for row, keys in ((0, no_key), (2, ctrl)):  # a click, then Ctrl+click: two of three
        centre = table.visualRect(model.index(row, 0)).center()
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, keys, centre)
    assert sorted(r.serial for r in tab.selected_rows()) == sorted(picked)

    number = filed(
        other_counter, person(other_counter, "3174052208880004", "Dewi Sartika"), SAK_CERTIFICATE
    )
    verified(other_counter, number)
    issuing.issue(other_counter.runtime, other_counter.actors[Role.SUPERVISOR], number)

    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=WAIT_MS)
    assert sorted(r.serial for r in tab.selected_rows()) == sorted(picked)
    assert tab.ui.selectionLabel.text().startswith("2 dipilih")
    assert tab.ui.printButton.isEnabled()


def _complaint(counter: Office, matter: str) -> None:
    complaints.log_complaint(
        counter.runtime,
        counter.actors[Role.SUPERVISOR],
        complaints.NewComplaint(channel="kotak_saran", received_at=utcnow(), matter=matter),
    )


def test_the_complaints_list_follows_another_counter_while_a_form_is_half_typed(
    qtbot: QtBot, desk: DeskController, office: Office, other_counter: Office
) -> None:
    _complaint(office, "Tambah kursi di ruang tunggu")
    window, tab = complaints_tab(qtbot, desk, "atasan")
    assert len(tab.list.visible_rows()) == 1
    form = new_form(qtbot, window, tab)
    qtbot.keyClicks(form.ui.matter, "Antrean terlalu")
    assert form.ui.matter.hasFocus()

    _complaint(other_counter, "Loket tutup lebih awal")

    qtbot.waitUntil(lambda: len(tab.list.visible_rows()) == 2, timeout=WAIT_MS)
    assert tab.ui.openViewButton.text() == "Belum selesai (2)"
    assert tab.dialog is form and form.isVisible()
    assert form.ui.matter.toPlainText() == "Antrean terlalu" and form.ui.matter.hasFocus()


def test_a_database_away_is_not_said_by_the_checks_which_catch_up_when_it_is_back(
    qtbot: QtBot,
    desk: DeskController,
    office: Office,
    other_counter: Office,
    answers: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    away = threading.Event()
    away.set()
    asked: list[bool] = []
    real_mark = changes.change_mark

    def mark(runtime: Runtime, actor: Actor) -> ChangeMark:
        asked.append(away.is_set())
        if away.is_set():
            raise DatabaseUnavailable()
        return real_mark(runtime, actor)

    monkeypatch.setattr(changes, "change_mark", mark)
    window, tab = officer_window(qtbot, desk)  # away from the first check on
    number = file_application(
        other_counter, register_person(other_counter, "3174051203900001", "Budi")
    )
    qtbot.waitUntil(lambda: len(asked) >= 3, timeout=WAIT_MS)
    assert _numbers(tab) == [] and answers == []  # no message box every few seconds
    assert window.isActiveWindow()

    away.clear()

    qtbot.waitUntil(lambda: _numbers(tab) == [number], timeout=WAIT_MS)
    assert answers == []
