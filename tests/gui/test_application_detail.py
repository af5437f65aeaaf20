"""Rincian permohonan: the buttons offer only what the service allows next (a payment
stage holds the file until the payment is recorded), and the history is readable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counterdesk.domain.roles import Role
from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.document_ready import DocumentReadyDialog
from counterdesk.gui.dialogs.payment import PaymentDialog
from counterdesk.services import applications
from tests.conftest import Office
from tests.gui.intake_helpers import (
    file_application,
    officer_window,
    opened,
    register_person,
    verified,
)

BALAI_PERSON = "balai-sertifikasi/person"  # Permohonan, Penanganan, Pembayaran, …
LONG_NOTE = (
    "Menunggu dokumen impor dari pemohon yang dikirim lewat surel; pemohon berjanji "
    "mengirim besok pagi sebelum jam sepuluh, setelah itu berkas diperiksa ulang."
)


def _at_payment(office: Office) -> str:
    number = file_application(
        office, register_person(office, "3174051203900001", "Budi Santoso"), BALAI_PERSON
    )
    verified(office, number)
    officer = office.actors[Role.OFFICER]
    while applications.application_detail(office.runtime, officer, number).stage_name != (
        "Pembayaran"
    ):
        applications.advance_application(office.runtime, officer, number)
    return number


def test_the_stage_after_payment_is_not_offered_until_the_payment_is_recorded(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    number = _at_payment(office)
    window, _ = officer_window(qtbot, desk)
    detail = window.open_application(number)
    ui = detail.ui
    assert ui.advanceButton.text() == "Tahap berikutnya: Pelaksanaan"
    assert not ui.advanceButton.isEnabled()  # the service would refuse: not offered
    assert "Pembayaran belum tercatat" in ui.noticeLabel.text()  # and said why
    assert ui.paymentButton.isVisible()

    qtbot.mouseClick(ui.paymentButton, Qt.MouseButton.LeftButton)
    pay = opened(qtbot, detail, PaymentDialog)
    qtbot.keyClicks(pay.ui.amountRupiah, "1250000")
    assert pay.ui.amountRupiah.text() == "1.250.000"  # grouped as typed
    qtbot.keyClicks(pay.ui.billingCode, "8200012345")
    qtbot.mouseClick(pay.ui.billButton, Qt.MouseButton.LeftButton)
    assert "15 angka" in pay.ui.billingCodeError.text()  # said at the field
    assert not pay.ui.paidBox.isEnabled()
    pay.ui.billingCode.setText("820001234567890")
    qtbot.mouseClick(pay.ui.billButton, Qt.MouseButton.LeftButton)
    assert "Rp1.250.000" in pay.ui.stateLabel.text() and pay.ui.paidBox.isEnabled()
    qtbot.keyClicks(pay.ui.ntpn, "0412AB34CD56EF78")
    qtbot.mouseClick(pay.ui.paidButton, Qt.MouseButton.LeftButton)
    receipt = opened(qtbot, pay, DocumentReadyDialog)
    assert receipt.ui.numberLabel.text() == "0412AB34CD56EF78"
    assert receipt.pdf().startswith(b"%PDF")
    receipt.close()
    pay.close()

    assert ui.advanceButton.isEnabled() and not ui.paymentButton.isVisible()
    rows = range(ui.timelineTable.rowCount())
    assert "Pembayaran tercatat" in [ui.timelineTable.item(r, 1).text() for r in rows]
    qtbot.mouseClick(ui.advanceButton, Qt.MouseButton.LeftButton)
    assert ui.stageValue.text() == "Pelaksanaan"


def test_a_service_without_payment_shows_no_payment_button(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    number = file_application(office, register_person(office, "3174051203900001", "Budi"))
    verified(office, number)
    window, _ = officer_window(qtbot, desk)
    detail = window.open_application(number)
    assert detail.ui.advanceButton.isEnabled() and not detail.ui.paymentButton.isVisible()
    assert not detail.ui.noticeLabel.isVisible()


def test_a_long_note_in_the_history_is_read_in_full(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    number = file_application(office, register_person(office, "3174051203900001", "Budi"))
    verified(office, number)
    officer = office.actors[Role.OFFICER]
    applications.pause_application(office.runtime, officer, number, LONG_NOTE)
    window, _ = officer_window(qtbot, desk)
    detail = window.open_application(number)
    qtbot.waitExposed(detail)
    table = detail.ui.timelineTable
    row = next(r for r in range(table.rowCount()) if table.item(r, 4).text() == LONG_NOTE)
    assert table.item(row, 4).toolTip() == LONG_NOTE
    for width in (detail.width(), 900):  # as opened, and narrowed on a small screen
        detail.resize(width, detail.height())
        qtbot.waitUntil(lambda: table.rowHeight(row) >= table.sizeHintForRow(row))
        assert all(table.columnWidth(4) >= table.columnWidth(c) for c in range(4))  # widest
        assert table.rowHeight(row) > 2 * table.fontMetrics().height()  # wrapped, not cut
