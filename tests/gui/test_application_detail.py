"""Rincian permohonan: the buttons offer only what the service allows next (a payment
stage holds the file until the payment is recorded), and the history is readable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counterdesk.domain.roles import Role
from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.text_input import TextInputDialog
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
    ask = opened(qtbot, detail, TextInputDialog)
    qtbot.keyClick(ask.ui.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert ask.isVisible() and "nomor bukti bayar" in ask.ui.textError.text()
    qtbot.keyClicks(ask.ui.text, "SSBP 2026/0412")
    qtbot.keyClick(ask.ui.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not ask.isVisible())

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
