"""Berita Acara, the certificate cases: a correction from the interview to the letter —
minutes typed and signed, the request with the certificate scanned, layer 1 by the
officer, layer 2 refused to that same person (said, and nothing approved), approved by
the supervisor with the password, the surat keterangan ralat saved and read back. A lost
certificate without the police report is refused at the field, nothing typed lost;
legalisation prints one stamp label per copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from counterdesk.domain.roles import Role
from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.certificate_case import CertificateCaseDialog
from counterdesk.gui.dialogs.certificate_case_request import CaseRequestDialog
from counterdesk.gui.dialogs.document_ready import DocumentReadyDialog
from counterdesk.gui.dialogs.text_input import TextInputDialog
from counterdesk.gui.tabs.interview import CASES_VIEW, InterviewTab
from counterdesk.services import certificate_cases
from tests import pdf_tools
from tests.case_helpers import SERIAL, holder, signed_minutes
from tests.conftest import PASSWORD, Office
from tests.gui.conftest import activate, log_in
from tests.gui.intake_helpers import opened, save_to
from tests.gui.test_minutes_editor import (
    fill_interview,
    interview_tab,
    move_last_question_up,
    new_minutes,
    sign_in_editor,
    type_in_cell,
)
from tests.gui.test_verification import BOTH, add_both_roles_user

CTRL = Qt.KeyboardModifier.ControlModifier


def request_dialog(qtbot: QtBot, tab: InterviewTab, button_name: str) -> CaseRequestDialog:
    activate(qtbot, tab.window())
    qtbot.keyClick(tab, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert tab.view() == CASES_VIEW
    qtbot.mouseClick(getattr(tab.ui, button_name), Qt.MouseButton.LeftButton)
    return opened(qtbot, tab, CaseRequestDialog)


def scan_serial(qtbot: QtBot, dialog: CaseRequestDialog, serial: str = SERIAL) -> None:
    qtbot.keyClicks(dialog.ui.serial, serial)
    qtbot.keyClick(dialog.ui.serial, Qt.Key.Key_Return)
    assert "Budi Santoso" in dialog.ui.certificateValue.text()


def choose_field(qtbot: QtBot, dialog: CaseRequestDialog, label: str, after: str) -> None:
    """In the first row: the field from its list (↓ on the keyboard), the correct value."""
    table = dialog.ui.fields
    combo = table.cellWidget(0, 0)
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    while combo.currentText() != label:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    table.setCurrentCell(0, 2)
    table.editItem(table.item(0, 2))
    type_in_cell(qtbot, after, Qt.Key.Key_Return)


def open_case_from_list(qtbot: QtBot, tab: InterviewTab, number: str) -> CertificateCaseDialog:
    activate(qtbot, tab.window())
    tab.refresh()
    tab.show_view(CASES_VIEW)
    assert tab.cases.select_key(number)
    tab.ui.caseTableView.setFocus()
    qtbot.keyClick(tab.ui.caseTableView, Qt.Key.Key_Return)
    return opened(qtbot, tab, CertificateCaseDialog)


def test_a_correction_from_the_interview_to_the_letter_through_two_people(
    qtbot: QtBot,
    desk: DeskController,
    office: Office,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    application = holder(office).application
    add_both_roles_user(office)
    window, tab = interview_tab(qtbot, desk, BOTH)

    # The interview: typed, a question moved up by keyboard, signed.
    editor = new_minutes(qtbot, tab)
    fill_interview(qtbot, editor, application)
    move_last_question_up(qtbot, editor)
    sign_in_editor(qtbot, editor, monkeypatch)
    minutes_number = editor.view.number if editor.view else ""
    assert editor.view is not None and editor.view.status == "signed"
    editor.accept()

    # The request: serial scanned, the field chosen, the signed minutes offered.
    request = request_dialog(qtbot, tab, "correctionButton")
    scan_serial(qtbot, request)
    assert request.ui.minutesNumber.text() == minutes_number  # the holder's signed minutes
    choose_field(qtbot, request, "Tanggal lahir", "21-03-1990")
    assert request.ui.fields.item(0, 1).text() == "12 Maret 1990"  # before, from the registry
    qtbot.keyClick(request, Qt.Key.Key_S, CTRL)
    assert request.ui.generalError.isHidden(), request.ui.generalError.text()
    case = opened(qtbot, tab, CertificateCaseDialog)
    number = case.number
    ui = case.ui
    assert "Diajukan" in ui.statusLabel.text()
    assert ui.waitingLabel.text() == "Menunggu pemeriksaan petugas (lapis 1)"
    assert ui.fieldsTable.item(0, 2).text() == "21 Maret 1990"

    # Layer 1 by this user; layer 2 by the same user is refused and said.
    qtbot.keyClick(case, Qt.Key.Key_Return, CTRL)
    assert ui.resultLabel.text().startswith("Diperiksa (lapis 1) oleh Kepala Seksi")
    assert "Anda sendiri yang memeriksa" in ui.noticeLabel.text()  # warned before trying
    qtbot.keyClicks(ui.password, PASSWORD)
    qtbot.keyClick(case, Qt.Key.Key_Return, CTRL)
    assert ui.generalError.text().startswith("Anda yang memeriksa permohonan ini (lapis 1)")
    assert not ui.approveButton.isEnabled() and ui.password.text() == ""
    status = certificate_cases.case_view(office.runtime, office.actors[Role.ADMIN], number)
    assert status.status == "checked"

    # Layer 2 by the supervisor, with the password; then the letter.
    window.switchUserRequested.emit()
    qtbot.waitUntil(lambda: desk.login_dialog is not None and desk.login_dialog.isVisible())
    log_in(qtbot, desk, "atasan")
    qtbot.waitUntil(lambda: desk.main_window is not None and desk.main_window.isVisible())
    _, tab = interview_tab_of(qtbot, desk)
    case = open_case_from_list(qtbot, tab, number)
    ui = case.ui
    assert ui.password.hasFocus() and ui.noticeLabel.isHidden()
    qtbot.keyClicks(ui.password, PASSWORD)
    qtbot.keyClick(case, Qt.Key.Key_Return, CTRL)
    assert ui.generalError.isHidden(), ui.generalError.text()
    letter = case.view.letter_number
    assert letter and ui.resultLabel.text().endswith(f"Nomor surat: {letter}.")
    assert "Disetujui" in ui.statusLabel.text()
    assert not ui.documentButton.isHidden()
    save_to(monkeypatch, tmp_path / "ralat.pdf")
    qtbot.keyClick(case, Qt.Key.Key_P, CTRL)
    document = opened(qtbot, case, DocumentReadyDialog)
    qtbot.keyClick(document, Qt.Key.Key_S, CTRL)
    text = pdf_tools.all_text((tmp_path / "ralat.pdf").read_bytes())
    for expected in (letter, SERIAL, "Budi Santoso", "21 Maret 1990", minutes_number):
        assert expected in text
    assert "Atasan" in text and "Kepala Seksi" in text  # who signed, who checked


def interview_tab_of(qtbot: QtBot, desk: DeskController) -> tuple[object, InterviewTab]:
    """The Berita Acara tab of the window the controller shows now."""
    from counterdesk.domain.roles import Tab

    window = desk.main_window
    assert window is not None
    activate(qtbot, window)
    window.ui.tabs.setCurrentIndex(window.tab_ids.index(Tab.INTERVIEW))
    tab = window.tab_widget(Tab.INTERVIEW)
    assert isinstance(tab, InterviewTab)
    return window, tab


def test_a_lost_certificate_without_the_police_report_is_refused_at_the_field(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    signed = signed_minutes(office, holder(office, "sak/kehilangan").application, "lost")
    _, tab = interview_tab(qtbot, desk)
    request = request_dialog(qtbot, tab, "lostButton")
    ui = request.ui
    scan_serial(qtbot, request)
    assert ui.minutesNumber.text() == signed
    qtbot.keyClick(request, Qt.Key.Key_S, CTRL)
    assert ui.policeReportNumberError.isVisible()
    assert "kepolisian wajib diisi" in ui.policeReportNumberError.text()
    assert ui.serial.text() == SERIAL and ui.minutesNumber.text() == signed  # all kept
    assert (
        request.isVisible()
        and certificate_cases.cases_screen(office.runtime, office.actors[Role.OFFICER]) == ()
    )
    qtbot.keyClicks(ui.policeReportNumber, "STPL/123/XI/2026/Sektor Cakung")
    assert ui.policeReportNumberError.isHidden()
    qtbot.keyClick(request, Qt.Key.Key_S, CTRL)
    case = opened(qtbot, tab, CertificateCaseDialog)
    assert "STPL/123/XI/2026" in case.ui.detailValue.text()


def test_legalisation_prints_one_stamp_label_per_copy(
    qtbot: QtBot,
    desk: DeskController,
    office: Office,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    holder(office)
    _, tab = interview_tab(qtbot, desk)
    request = request_dialog(qtbot, tab, "legalisationButton")
    assert request.ui.minutesBox.isHidden()  # no interview for a legalisation
    scan_serial(qtbot, request)
    request.ui.copies.selectAll()
    qtbot.keyClicks(request.ui.copies, "3")
    qtbot.keyClick(request, Qt.Key.Key_S, CTRL)
    case = opened(qtbot, tab, CertificateCaseDialog)
    qtbot.keyClick(case, Qt.Key.Key_Return, CTRL)  # layer 1, the officer
    assert case.ui.approveButton.isHidden()  # an officer does not approve
    assert "minta atasan" in case.ui.noticeLabel.text()
    supervisor = office.actors[Role.SUPERVISOR]
    approved = certificate_cases.approve(office.runtime, supervisor, case.number, PASSWORD)
    assert len(approved.legalisation_numbers) == 3
    case.accept()
    dialog = open_case_from_list(qtbot, tab, case.number)
    assert dialog.ui.documentButton.text() == "Label legalisasi… (Ctrl+P)"
    save_to(monkeypatch, tmp_path / "label.pdf")
    qtbot.keyClick(dialog, Qt.Key.Key_P, CTRL)
    document = opened(qtbot, dialog, DocumentReadyDialog)
    qtbot.keyClick(document, Qt.Key.Key_S, CTRL)
    text = pdf_tools.all_text((tmp_path / "label.pdf").read_bytes())
    assert all(number in text for number in approved.legalisation_numbers)


def test_a_request_refused_with_its_reason_is_closed(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    holder(office)
    _, tab = interview_tab(qtbot, desk)
    request = request_dialog(qtbot, tab, "legalisationButton")
    scan_serial(qtbot, request)
    qtbot.keyClick(request, Qt.Key.Key_S, CTRL)
    case = opened(qtbot, tab, CertificateCaseDialog)
    qtbot.keyClick(case, Qt.Key.Key_R, CTRL)
    refusal = opened(qtbot, case, TextInputDialog)
    assert case.number in refusal.ui.explanation.text()
    qtbot.keyClicks(refusal.ui.text, "x")
    qtbot.keyClick(refusal, Qt.Key.Key_Return, CTRL)
    assert refusal.isVisible() and "alasan" in refusal.ui.textError.text().lower()
    assert refusal.ui.text.toPlainText() == "x"  # kept, to be finished
    qtbot.keyClicks(refusal.ui.text, ": fotokopi tidak terbaca, bawa fotokopi baru")
    qtbot.keyClick(refusal, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not refusal.isVisible())
    assert "Ditolak" in case.ui.statusLabel.text()
    assert case.ui.noticeLabel.text().startswith("Ditolak oleh Petugas: x: fotokopi")
    assert case.ui.checkButton.isHidden() and case.ui.refuseButton.isHidden()
    rows = certificate_cases.cases_screen(office.runtime, office.actors[Role.OFFICER])
    assert [(r.number, r.status) for r in rows] == [(case.number, "refused")]
