"""Serahkan: a printed certificate handed to the holder's representative — the receiver's
name and ID, the power of attorney asked for when the receiver is not the holder, the
hand-over receipt, and the application closed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counterdesk.domain.roles import Role
from counterdesk.domain.states import AppStatus
from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.document_ready import DocumentReadyDialog
from counterdesk.gui.dialogs.handover import HandoverDialog
from counterdesk.gui.tabs.printing import PrintingTab
from counterdesk.services import applications, issuing
from tests.conftest import Office
from tests.gui.conftest import open_window
from tests.gui.intake_helpers import opened
from tests.issuing_helpers import SAK_CERTIFICATE, filed, person, verified


def ready_and_printed(office: Office) -> tuple[str, str]:
    """Budi Santoso's customs-expert certificate: issued, printed, the file ready to
    collect. (application number, serial)"""
    printer, officer = office.actors[Role.PRINTER], office.actors[Role.OFFICER]
    number = filed(office, person(office), SAK_CERTIFICATE)
    verified(office, number)
    serial = issuing.issue(office.runtime, printer, number).items[0].serial
    issuing.print_batch(office.runtime, printer, [serial], printer="PDF")
    while applications.application_detail(office.runtime, officer, number).status != (
        AppStatus.READY
    ):
        applications.advance_application(office.runtime, officer, number)
    return number, serial


def test_a_representative_needs_the_power_of_attorney_then_the_receipt_closes_the_file(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    number, serial = ready_and_printed(office)
    window = open_window(qtbot, desk, "cetak")
    tab = window.current_tab()
    assert isinstance(tab, PrintingTab)
    window.open_number(serial, scanned=True)  # the certificate scanned in the search
    assert [row.serial for row in tab.selected_rows()] == [serial]  # printed ones shown too
    qtbot.mouseClick(tab.ui.handOverButton, Qt.MouseButton.LeftButton)
    dialog = opened(qtbot, tab, HandoverDialog)
    ui = dialog.ui
    assert ui.receiverName.text() == "Budi Santoso" and ui.receiverIdLabel.currentText() == "NIK"

    ui.receiverName.setText("Ani Rahayu")  # the holder sent his sister
    qtbot.keyClicks(ui.receiverId, "317405120390001")  # 15 digits
    qtbot.keyClick(ui.receiverId, Qt.Key.Key_Return)
    assert dialog.isVisible() and "16 angka" in ui.receiverIdError.text()
    qtbot.keyClicks(ui.receiverId, "7")
    assert not ui.receiverIdError.isVisible()  # the mark goes with the edit
    qtbot.keyClick(ui.receiverId, Qt.Key.Key_Return)
    assert dialog.isVisible() and ui.powerOfAttorneyError.isVisible()  # not the holder

    ui.powerOfAttorney.setChecked(True)
    assert "surat kuasa" in ui.hint.text()
    qtbot.keyClick(ui.receiverId, Qt.Key.Key_Return)
    receipt = opened(qtbot, tab, DocumentReadyDialog)
    assert receipt.ui.numberLabel.text() == number
    assert receipt.pdf().startswith(b"%PDF")

    detail = applications.application_detail(office.runtime, office.actors[Role.OFFICER], number)
    assert not detail.is_open
    statuses = {row.serial: row.status for row in tab.list.visible_rows()}
    assert statuses[serial] == "Diserahkan"
