"""The whole path at the counter (seed 001, person certification): a file through both
layers of the check is billed and paid in the detail, its certificate and card issued,
both printed on Cetak, and handed to the holder — the application closes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counterdesk.domain.roles import Role, Tab
from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.application_detail import ApplicationDetailDialog
from counterdesk.gui.dialogs.document_ready import DocumentReadyDialog
from counterdesk.gui.dialogs.handover import HandoverDialog
from counterdesk.gui.dialogs.payment import PaymentDialog
from counterdesk.gui.tabs.printing import PrintingTab
from counterdesk.services import applications
from tests.conftest import Office
from tests.gui.conftest import activate, open_window
from tests.gui.intake_helpers import barcodes, opened, save_to
from tests.gui.test_printing_queue import batch
from tests.gui.test_verification import BOTH, add_both_roles_user
from tests.issuing_helpers import BALAI_PERSON, NIK, filed, person, verified

CLICK = Qt.MouseButton.LeftButton


def advance_until(qtbot: QtBot, detail: ApplicationDetailDialog, done: object) -> None:
    """Tahap berikutnya, pressed while it is offered and ``done()`` is not true yet."""
    while not done():  # type: ignore[operator]
        assert detail.ui.advanceButton.isEnabled(), detail.ui.noticeLabel.text()
        qtbot.mouseClick(detail.ui.advanceButton, CLICK)


def pay(qtbot: QtBot, detail: ApplicationDetailDialog) -> None:
    qtbot.mouseClick(detail.ui.paymentButton, CLICK)
    dialog = opened(qtbot, detail, PaymentDialog)
    qtbot.keyClicks(dialog.ui.amountRupiah, "750000")
    qtbot.keyClick(dialog.ui.amountRupiah, Qt.Key.Key_Return)  # on to the billing code
    qtbot.keyClicks(dialog.ui.billingCode, "820261126000123")
    qtbot.keyClick(dialog.ui.billingCode, Qt.Key.Key_Return)  # on to Simpan tagihan
    assert dialog.ui.billButton.hasFocus() and not dialog.ui.billingCodeError.isVisible()
    qtbot.keyClick(dialog.ui.billButton, Qt.Key.Key_Return)  # saves the bill
    assert "Rp750.000" in dialog.ui.stateLabel.text()
    assert "jam berhenti" in detail.ui.statusLabel.text()  # the detail says the clock stopped
    qtbot.keyClicks(dialog.ui.ntpn, "0A1B2C3D4E5F6G7H")
    qtbot.mouseClick(dialog.ui.paidButton, CLICK)
    receipt = opened(qtbot, dialog, DocumentReadyDialog)
    assert receipt.pdf().startswith(b"%PDF")
    receipt.close()
    dialog.close()


def print_one(qtbot: QtBot, tab: PrintingTab, serial: str, target: Path) -> int:
    """Print ``serial`` alone into a PDF saved as ``target``; its page count."""
    tab.ui.tableView.clearSelection()
    assert tab.show_record(serial)
    dialog = batch(qtbot, tab)
    dialog.ui.toPdf.setChecked(True)
    qtbot.mouseClick(dialog.ui.makeButton, CLICK)
    qtbot.waitUntil(lambda: dialog.pdf is not None and not dialog.running(), timeout=60_000)
    qtbot.mouseClick(dialog.ui.saveButton, CLICK)
    assert target.read_bytes().startswith(b"%PDF") and dialog.outcome == "saved"
    dialog.close()
    return dialog.pages


def test_from_sign_off_through_payment_and_issuing_to_hand_over(
    qtbot: QtBot,
    desk: DeskController,
    office: Office,
    answers: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    number = filed(office, person(office), BALAI_PERSON)
    verified(office, number)  # both layers of the check through
    add_both_roles_user(office)  # officer and supervisor: the detail and Cetak
    window = open_window(qtbot, desk, BOTH)
    detail = window.open_application(number)
    ui = detail.ui

    advance_until(qtbot, detail, lambda: ui.paymentButton.isVisible())
    assert not ui.advanceButton.isEnabled() and not detail.issue_button.isVisible()
    pay(qtbot, detail)
    assert not ui.paymentButton.isVisible()

    advance_until(qtbot, detail, lambda: detail.issue_button.isVisible())
    assert "belum diterbitkan" in ui.advanceButton.toolTip()  # why the step waits
    qtbot.mouseClick(detail.issue_button, CLICK)
    notice = ui.noticeLabel.text()
    assert "Diterbitkan" in notice and not detail.issue_button.isVisible()
    assert not answers  # no refusal
    qtbot.mouseClick(ui.advanceButton, CLICK)  # Produk siap diambil
    assert ui.statusLabel.text().startswith("Siap diambil")
    detail.close()

    window.ui.tabs.setCurrentIndex(window.tab_ids.index(Tab.PRINTING))
    tab = window.current_tab()
    assert isinstance(tab, PrintingTab)
    activate(qtbot, window)
    rows = {row.kind_label: row.serial for row in tab.list.visible_rows()}
    assert set(rows) == {"sertifikat", "kartu"}  # not printed yet: both in the queue
    target = tmp_path / "out.pdf"
    save_to(monkeypatch, target)
    # a certificate and a card go on different stock: one batch each
    assert print_one(qtbot, tab, rows["sertifikat"], target) == 1
    assert rows["sertifikat"] in barcodes(target)  # its Code 128 reads back
    assert print_one(qtbot, tab, rows["kartu"], target) == 2  # front and back
    tab.ui.includePrinted.setChecked(True)

    tab.ui.tableView.clearSelection()
    for serial in rows.values():
        tab.show_record(serial)
    table = tab.ui.tableView
    table.selectAll()
    assert {row.serial for row in tab.selected_rows()} == set(rows.values())
    qtbot.mouseClick(tab.ui.handOverButton, CLICK)
    handover = opened(qtbot, tab, HandoverDialog)
    qtbot.keyClicks(handover.ui.receiverId, NIK)
    qtbot.keyClick(handover.ui.receiverId, Qt.Key.Key_Return)
    receipt = opened(qtbot, tab, DocumentReadyDialog)
    assert receipt.pdf().startswith(b"%PDF")
    closed = applications.application_detail(office.runtime, office.actors[Role.OFFICER], number)
    assert not closed.is_open
