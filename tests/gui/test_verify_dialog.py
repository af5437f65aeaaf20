"""Verifikasi sertifikat (F6): a scanned QR payload or a typed serial + Enter; the verdict
is said large, in words and colour, with the holder and the dates."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.verify_certificate import VerifyCertificateDialog
from counterdesk.gui.tabs.intake import IntakeTab
from counterdesk.services import signing
from counterdesk.store.models import Certificate
from tests.case_helpers import SERIAL, holder
from tests.conftest import Office
from tests.gui.conftest import open_window


@pytest.fixture
def payload(office: Office) -> str:
    """Budi Santoso's certificate in the registry (case_helpers) and its signed QR."""
    holder(office)
    with office.runtime.unit() as s:  # the counter's key is made at the first payload
        cert = s.scalar(select(Certificate).where(Certificate.serial == SERIAL))
        assert cert is not None
        return signing.certificate_payload(s, cert)


def scan(qtbot: QtBot, dialog: VerifyCertificateDialog, text: str) -> None:
    """What a scanner does: the characters, then Enter, into the focused field."""
    field = dialog.ui.text
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def shown(dialog: VerifyCertificateDialog) -> tuple[str, str]:
    label = dialog.ui.verdictLabel
    return label.text(), str(label.property("verdict"))


def test_f6_verifies_a_scanned_payload_then_a_tampered_one_and_a_serial(
    qtbot: QtBot, desk: DeskController, payload: str
) -> None:
    window = open_window(qtbot, desk, "cetak")  # a printer: only Cetak, F6 works there
    qtbot.keyClick(window, Qt.Key.Key_F6)
    dialog = window.dialog
    assert isinstance(dialog, VerifyCertificateDialog) and dialog.isVisible()
    qtbot.waitUntil(dialog.ui.text.hasFocus)  # ready for the scanner

    scan(qtbot, dialog, payload)
    assert shown(dialog) == ("SAH", "good")
    facts = dialog.ui.factsLabel.text()
    assert "Budi Santoso" in facts and "12 Maret 2015" in facts
    assert dialog.ui.text.selectedText() == payload  # the next scan replaces it

    position = len(payload) // 2
    changed = "7" if payload[position] != "7" else "8"
    scan(qtbot, dialog, payload[:position] + changed + payload[position + 1 :])
    text, level = shown(dialog)
    assert text.startswith("TIDAK SAH") and level == "bad"

    scan(qtbot, dialog, SERIAL.lower())
    assert shown(dialog) == ("SAH", "good")

    scan(qtbot, dialog, "SAK-2015-9999")
    text, level = shown(dialog)
    assert level == "bad" and text != "SAH" and dialog.verdict is not None
    assert dialog.verdict.outcome == "unknown_serial"


def test_an_empty_field_is_said_at_the_field(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    window = open_window(qtbot, desk, "cetak")
    dialog = window.verify_certificate()
    qtbot.keyClick(dialog.ui.text, Qt.Key.Key_Return)
    assert dialog.ui.textError.isVisible()
    assert "Pindai QR" in dialog.ui.textError.text()
    assert not dialog.ui.verdictLabel.isVisible()


def test_on_penerimaan_f6_stays_the_old_certificate_form(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    window = open_window(qtbot, desk, "petugas")
    intake = window.current_tab()
    assert isinstance(intake, IntakeTab)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert not isinstance(window.dialog, VerifyCertificateDialog)
    assert intake.dialog is not None and intake.dialog.isVisible()
    intake.dialog.close()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Verifikasi
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert isinstance(window.dialog, VerifyCertificateDialog)
