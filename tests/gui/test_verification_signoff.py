"""Verifikasi, layer 2: the supervisor signs off with the own password; a wrong password
changes nothing; the person who checked the file is refused (and it is audited); a
checklist changed while the dialog was open is not approved blind; a return needs a
reason and sends the file back to the officer's list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counterdesk.domain.roles import Role
from counterdesk.domain.states import AppStatus
from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.document_ready import DocumentReadyDialog
from counterdesk.gui.dialogs.verification_checklist import VerificationChecklistDialog
from counterdesk.gui.dialogs.verification_signoff import VerificationSignOffDialog
from counterdesk.gui.tabs.verification import APPROVAL_VIEW, CHECK_VIEW, VerificationTab
from counterdesk.services import applications, verification
from counterdesk.services.verification import ItemCheck
from counterdesk.store.models import AuditEvent
from tests import pdf_tools
from tests.conftest import PASSWORD, Office
from tests.gui.conftest import activate
from tests.gui.intake_helpers import opened, save_to
from tests.gui.test_verification import (
    BOTH,
    SKP,
    add_both_roles_user,
    checked_complete,
    pns_file,
    status,
    verification_tab,
)

CTRL = Qt.KeyboardModifier.ControlModifier


def open_first_approval(qtbot: QtBot, tab: VerificationTab) -> VerificationSignOffDialog:
    assert tab.view() == APPROVAL_VIEW
    tab.list.select(0)
    tab.ui.tableView.setFocus()
    qtbot.keyClick(tab.ui.tableView, Qt.Key.Key_Return)
    return opened(qtbot, tab, VerificationSignOffDialog)


def test_supervisor_approves_with_the_password_a_wrong_one_changes_nothing(
    qtbot: QtBot,
    desk: DeskController,
    office: Office,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    number = pns_file(office)
    checked_complete(office, number)
    _, tab = verification_tab(qtbot, desk, "atasan")
    assert [r.number for r in tab.list.visible_rows()] == [number]  # supervisor: approvals
    dialog = open_first_approval(qtbot, tab)
    ui = dialog.ui
    assert ui.password.hasFocus()
    assert ui.verifierValue.text().startswith("Petugas · ")  # who checked it, and when
    assert ui.verifierValue.text().endswith("WIB")
    assert ui.checklistTable.rowCount() == 12
    assert "12 dari 12 ada" in ui.checklistSummary.text()
    assert ui.noticeLabel.isHidden()

    qtbot.keyClicks(ui.password, "bukan-sandinya")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    said = ui.passwordError.text()
    assert said.startswith("Kata sandi salah.") and "Sisa percobaan: 4" in said
    assert "nama pengguna" not in said.lower()  # only the password was asked for
    assert ui.password.text() == "" and ui.approveButton.isEnabled()
    assert status(office, number) == AppStatus.AWAITING_SIGNOFF  # nothing changed

    qtbot.keyClicks(ui.password, PASSWORD)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(ui.resultBox.isVisible)
    assert ui.resultLabel.text().startswith("Disetujui oleh Atasan.")
    assert status(office, number) == AppStatus.IN_PROCESS
    assert tab.list.showing_empty_state()  # gone from the approvals
    save_to(monkeypatch, tmp_path / "lembar.pdf")
    qtbot.keyClick(dialog, Qt.Key.Key_P, CTRL)
    sheet = opened(qtbot, dialog, DocumentReadyDialog)
    qtbot.keyClick(sheet, Qt.Key.Key_S, CTRL)
    text = pdf_tools.all_text((tmp_path / "lembar.pdf").read_bytes())
    assert "Petugas" in text and "Atasan" in text  # both layers, by name


def test_the_person_who_checked_the_file_cannot_sign_it_off(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    add_both_roles_user(office)
    number = pns_file(office)
    window, tab = verification_tab(qtbot, desk, BOTH)
    assert tab.view() == APPROVAL_VIEW and tab.list.showing_empty_state()
    qtbot.keyClick(tab, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # Perlu diperiksa
    assert tab.view() == CHECK_VIEW
    tab.to_check.select(0)
    tab.open_selected()
    check = opened(qtbot, tab, VerificationChecklistDialog)
    check.ui.rows.mark_all_present()
    qtbot.keyClick(check, Qt.Key.Key_Return, CTRL)  # lengkap: checked by this user
    qtbot.waitUntil(check.ui.resultBox.isVisible)
    check.accept()
    activate(qtbot, window)
    qtbot.keyClick(tab, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    dialog = open_first_approval(qtbot, tab)
    ui = dialog.ui
    assert "Anda sendiri yang memeriksa" in ui.noticeLabel.text()  # warned before trying
    qtbot.keyClicks(ui.password, PASSWORD)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    assert ui.generalError.text().startswith("Anda yang memeriksa berkas ini (lapis 1)")
    assert not ui.approveButton.isEnabled() and not ui.returnButton.isEnabled()
    assert status(office, number) == AppStatus.AWAITING_SIGNOFF
    with office.runtime.unit() as session:
        refused = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "signoff.refused_self")
        ).all()
    assert [event.entity_id for event in refused] == [number]


def test_a_checklist_changed_meanwhile_is_not_approved_and_a_return_needs_a_reason(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    number = pns_file(office)
    checked_complete(office, number)
    _, tab = verification_tab(qtbot, desk, "atasan")
    dialog = open_first_approval(qtbot, tab)
    ui = dialog.ui
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as session:  # the officer edits the file meanwhile
        code = applications.detail(session, number).checklist[SKP].requirement_code
        verification.update_items(
            session, officer, number, [ItemCheck(code, True, note="SKP diganti yang baru")]
        )
    qtbot.keyClicks(ui.password, PASSWORD)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    assert "Checklist berubah sejak dialog ini dibuka" in ui.generalError.text()
    note = ui.checklistTable.item(SKP, 5)
    assert note is not None and note.text() == "SKP diganti yang baru"  # shown again
    assert status(office, number) == AppStatus.AWAITING_SIGNOFF

    qtbot.keyClicks(ui.password, PASSWORD)
    qtbot.keyClick(dialog, Qt.Key.Key_R, CTRL)  # Kembalikan without a reason
    assert "alasan" in ui.reasonError.text()
    qtbot.keyClicks(ui.reason, "SKP bukan tahun terakhir")
    qtbot.keyClick(dialog, Qt.Key.Key_R, CTRL)
    qtbot.waitUntil(ui.resultBox.isVisible)
    assert "Dikembalikan ke petugas: SKP bukan tahun terakhir" in ui.resultLabel.text()
    assert status(office, number) == AppStatus.RECEIVED
    assert [r.number for r in tab.to_check.visible_rows()] == [number]
