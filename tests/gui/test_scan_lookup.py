"""The scanner is a keyboard: a receipt number scanned (or typed) into the global search
opens that application; a misread check character is caught and said."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counterdesk.domain.roles import Role, Tab
from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.application_detail import ApplicationDetailDialog
from counterdesk.gui.dialogs.complaint_detail import ComplaintDetailDialog
from counterdesk.services import complaints
from counterdesk.store.base import utcnow
from tests.conftest import Office
from tests.gui.intake_helpers import file_application, officer_window, opened, register_person


def _wrong_check(number: str) -> str:
    """The same number with another (valid-looking) check character: a misread."""
    return number[:-1] + ("A" if number[-1] != "A" else "B")


def test_a_scanned_receipt_opens_its_application(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    number = file_application(office, register_person(office, "3174051203900001", "Budi"))
    window, _ = officer_window(qtbot, desk)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.keyClicks(window.search, number)  # a burst of characters…
    qtbot.keyClick(window.search, Qt.Key.Key_Return)  # …and Enter: a scan
    detail = opened(qtbot, window, ApplicationDetailDialog)
    assert detail.ui.numberLabel.text() == number
    assert window.search.text() == ""  # ready for the next scan


def test_a_scan_with_the_queue_in_focus_still_opens_it(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    number = file_application(office, register_person(office, "3174051203900001", "Budi"))
    window, tab = officer_window(qtbot, desk)
    tab.ui.tableView.setFocus()
    qtbot.keyClicks(tab.ui.tableView, number.lower())  # scanners may send lower case
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    detail = opened(qtbot, window, ApplicationDetailDialog)
    assert detail.ui.numberLabel.text() == number


def test_a_wrong_check_character_is_said_at_once(
    qtbot: QtBot, desk: DeskController, office: Office, answers: list[str]
) -> None:
    number = file_application(office, register_person(office, "3174051203900001", "Budi"))
    window, _ = officer_window(qtbot, desk)
    qtbot.keyClicks(window.search, _wrong_check(number))
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert len(answers) == 1 and answers[0].startswith("Karakter pemeriksa salah")
    assert window.dialog is None and window.search.hasFocus()


def test_typing_a_name_and_enter_moves_to_the_list(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    file_application(office, register_person(office, "3174051203900001", "Budi Santoso"))
    window, tab = officer_window(qtbot, desk)
    qtbot.keyClicks(window.search, "budi")
    qtbot.waitUntil(lambda: len(tab.list.visible_rows()) == 1)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert tab.ui.tableView.hasFocus() and tab.list.current() is not None
    assert window.dialog is None


def test_a_typed_complaint_number_opens_the_complaint_on_pengaduan(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    officer = office.actors[Role.OFFICER]
    logged = complaints.log_complaint(
        office.runtime,
        officer,
        complaints.NewComplaint(
            channel="telepon",
            received_at=utcnow(),
            matter="Petugas tidak menjelaskan kekurangan berkas.",
            name="Rina Marlina",
            standard_code="sertifikasi-pns",
        ),
    )
    window, _ = officer_window(qtbot, desk)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.keyClicks(window.search, logged.number.lower())
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    tab = window.tab_widget(Tab.COMPLAINTS)
    detail = opened(qtbot, tab, ComplaintDetailDialog)
    assert window.current_tab() is tab
    assert detail.detail.number == logged.number
