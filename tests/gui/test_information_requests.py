"""Permintaan informasi (F4): log a question, see its due date, answer it or escalate it
with a ticket number printed on a slip."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.document_ready import DocumentReadyDialog
from counterdesk.gui.dialogs.information_requests import InformationRequestsDialog
from counterdesk.gui.dialogs.text_input import TextInputDialog
from tests.gui.intake_helpers import barcodes, officer_window, opened, save_to


def _log(qtbot: QtBot, dialog: InformationRequestsDialog, question: str) -> str:
    ui = dialog.ui
    qtbot.keyClicks(ui.question, question)
    qtbot.keyClicks(ui.name, "Teuku Rizal")
    qtbot.keyClicks(ui.email, "rizal@contoh.id")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    row = dialog.list.current()
    assert row is not None and row.applicant == "Teuku Rizal"
    return row.number


def test_log_then_escalate_issues_a_ticket_with_its_slip(
    qtbot: QtBot, desk: DeskController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, tab = officer_window(qtbot, desk)
    qtbot.keyClick(window, Qt.Key.Key_F4)
    dialog = opened(qtbot, tab, InformationRequestsDialog)
    ui = dialog.ui
    assert "2 jam sebelum jam tutup" in ui.ruleHint.text()  # the rule, said up front
    assert [ui.channel.itemData(i) for i in range(ui.channel.count())] == [
        "email",
        "web_chat",
        "media_sosial",
    ]
    number = _log(qtbot, dialog, "Berapa batas pembebasan bea masuk barang kiriman?")
    assert f"Tercatat {number}" in ui.loggedLabel.text()
    assert "paling lambat" in ui.loggedLabel.text()  # the due date, in words
    assert ui.question.toPlainText() == ""  # ready for the next one
    assert "barang kiriman" in ui.questionView.text()

    qtbot.mouseClick(ui.escalateButton, Qt.MouseButton.LeftButton)
    ask = opened(qtbot, dialog, TextInputDialog)
    qtbot.keyClicks(ask.ui.text, "Seksi Kepabeanan: perlu data dokumen impor")
    ask.ok_button.click()
    slip = opened(qtbot, dialog, DocumentReadyDialog)
    ticket = slip.ui.numberLabel.text()
    assert ticket.startswith("TIK-L01-")
    assert dialog.list.showing_empty_state()  # escalated: no longer waiting
    target = tmp_path / "tiket.pdf"
    save_to(monkeypatch, target)
    slip.ui.saveButton.click()
    assert ticket in barcodes(target)


def test_an_answer_closes_the_request_and_a_missing_contact_is_said(
    qtbot: QtBot, desk: DeskController
) -> None:
    _, tab = officer_window(qtbot, desk)
    tab.information_requests()
    dialog = opened(qtbot, tab, InformationRequestsDialog)
    ui = dialog.ui
    qtbot.keyClicks(ui.question, "Jam buka loket?")
    qtbot.keyClicks(ui.name, "Anonim")
    ui.logButton.click()
    assert "surel" in ui.phoneError.text() and dialog.list.showing_empty_state()

    ui.email.setText("anonim@contoh.id")
    ui.logButton.click()
    assert dialog.list.current() is not None
    ui.answerButton.click()
    ask = opened(qtbot, dialog, TextInputDialog)
    qtbot.keyClicks(ask.ui.text, "Senin-Jumat 08.00-16.00 WIB.")
    ask.ok_button.click()
    qtbot.waitUntil(dialog.list.showing_empty_state)
    assert "Jawaban" in ui.loggedLabel.text()
