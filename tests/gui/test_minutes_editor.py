"""Berita Acara, the minutes: an officer types a whole interview by keyboard (questions
reordered with Alt+↑), saves, signs — the minutes lock and open read-only — prints the
PDF on F4; a half-typed minutes survives closing and reopening; a signed one is changed
only by a BA perubahan that names it; a wrong application number is said at the field."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from counterdesk.domain.roles import Tab
from counterdesk.gui import messages
from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.document_ready import DocumentReadyDialog
from counterdesk.gui.dialogs.minutes_editor import MinutesEditorDialog
from counterdesk.gui.main_window import MainWindow
from counterdesk.gui.tabs.interview import MINUTES_VIEW, InterviewTab
from counterdesk.services import minutes
from tests import pdf_tools
from tests.case_helpers import NIK, SERIAL, holder, signed_minutes
from tests.conftest import Office
from tests.gui.conftest import activate, open_window
from tests.gui.intake_helpers import opened, save_to

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
QUESTIONS = (
    ("Berapa tanggal lahir yang benar?", "21 Maret 1990, sesuai KTP dan ijazah."),
    ("Apa yang salah pada sertifikat Saudara?", "Tanggal lahir tertulis 12 Maret 1990."),
)
F4_POINTS = (215 / 25.4 * 72, 330 / 25.4 * 72)


def interview_tab(
    qtbot: QtBot, desk: DeskController, username: str = "petugas"
) -> tuple[MainWindow, InterviewTab]:
    window = open_window(qtbot, desk, username)
    window.ui.tabs.setCurrentIndex(window.tab_ids.index(Tab.INTERVIEW))
    tab = window.tab_widget(Tab.INTERVIEW)
    assert isinstance(tab, InterviewTab)
    return window, tab


def new_minutes(qtbot: QtBot, tab: InterviewTab) -> MinutesEditorDialog:
    """Ctrl+N on the tab: a new editor (not the one opened before)."""
    before = tab.dialog
    activate(qtbot, tab.window())
    tab.ui.minutesViewButton.click()
    qtbot.keyClick(tab, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: tab.dialog is not before)
    return opened(qtbot, tab, MinutesEditorDialog)


def type_in_cell(qtbot: QtBot, text: str, then: Qt.Key = Qt.Key.Key_Tab) -> None:
    """Type into the cell editor that has the focus, then leave it with ``then``."""
    editor = QApplication.focusWidget()
    assert isinstance(editor, QWidget)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, then)


def fill_interview(qtbot: QtBot, editor: MinutesEditorDialog, application: str) -> None:
    """A whole interview typed the way an officer does: scan, type, Ctrl+T per question."""
    ui = editor.ui
    qtbot.keyClicks(ui.applicationNumber, application)
    qtbot.keyClick(ui.applicationNumber, Qt.Key.Key_Return)
    assert ui.intervieweeValue.text() == f"Budi Santoso · NIK {NIK}"  # from the application
    qtbot.keyClicks(ui.certificateSerial, SERIAL)
    qtbot.keyClicks(ui.place, "Ruang wawancara Loket L01")
    qtbot.mouseClick(ui.addWitnessButton, Qt.MouseButton.LeftButton)
    type_in_cell(qtbot, "Rina Kartika")
    type_in_cell(qtbot, "199505202022212001")
    type_in_cell(qtbot, "Pengelola Arsip", Qt.Key.Key_Return)
    for question, answer in QUESTIONS:
        qtbot.keyClick(editor, Qt.Key.Key_T, CTRL)
        assert ui.questionText.hasFocus()
        qtbot.keyClicks(ui.questionText, question)
        qtbot.keyClick(ui.questionText, Qt.Key.Key_Tab)
        assert ui.answerText.hasFocus()
        qtbot.keyClicks(ui.answerText, answer)
    qtbot.keyClicks(ui.statements, "Data yang saya berikan benar.")
    qtbot.keyClicks(
        ui.conclusion, "Tanggal lahir pada sertifikat perlu diralat menjadi 21 Maret 1990."
    )


def question_texts(editor: MinutesEditorDialog) -> list[str]:
    table = editor.ui.questions
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def move_last_question_up(qtbot: QtBot, editor: MinutesEditorDialog) -> None:
    """Alt+↑ on the list: the question typed last becomes the first."""
    table = editor.ui.questions
    table.selectRow(table.rowCount() - 1)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Up, ALT)


def sign_in_editor(
    qtbot: QtBot, editor: MinutesEditorDialog, monkeypatch: pytest.MonkeyPatch
) -> list[str]:
    """Tandatangani… and yes to the confirmation; what the confirmation said."""
    said: list[str] = []

    def confirm(parent: object, title: str, text: str, accept: str) -> bool:
        said.append(f"{title} {text} [{accept}]")
        return True

    monkeypatch.setattr(messages, "confirm", confirm)
    qtbot.mouseClick(editor.ui.signButton, Qt.MouseButton.LeftButton)
    return said


def test_an_interview_typed_by_keyboard_is_saved_reordered_signed_and_printed_on_f4(
    qtbot: QtBot,
    desk: DeskController,
    office: Office,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    application = holder(office).application
    _, tab = interview_tab(qtbot, desk)
    assert tab.view() == MINUTES_VIEW and tab.list.showing_empty_state()
    editor = new_minutes(qtbot, tab)
    ui = editor.ui
    assert ui.applicationNumber.hasFocus()
    assert ui.statusLabel.text().find("Draf") >= 0 and not ui.pdfButton.isEnabled()
    fill_interview(qtbot, editor, application)
    assert ui.witnesses.item(0, 1).text() == "199505202022212001"
    assert question_texts(editor) == [q for q, _ in QUESTIONS]

    move_last_question_up(qtbot, editor)
    assert question_texts(editor) == [QUESTIONS[1][0], QUESTIONS[0][0]]
    assert ui.questionText.toPlainText() == QUESTIONS[1][0]  # it stays selected
    qtbot.keyClick(ui.questions, Qt.Key.Key_Down, CTRL)  # and back, the other way
    assert question_texts(editor) == [QUESTIONS[0][0], QUESTIONS[1][0]]
    qtbot.keyClick(ui.questions, Qt.Key.Key_Up, ALT)
    qtbot.keyClick(editor, Qt.Key.Key_T, CTRL)  # one too many: Del takes it away
    qtbot.keyClicks(ui.questionText, "Pertanyaan yang keliru")
    ui.questions.setFocus()
    qtbot.keyClick(ui.questions, Qt.Key.Key_Delete)
    assert question_texts(editor) == [QUESTIONS[1][0], QUESTIONS[0][0]]

    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    assert ui.generalError.isHidden(), ui.generalError.text()
    number = ui.draftNote.text().split()[3].rstrip(".")
    assert ui.draftNote.text().startswith(f"Tersimpan sebagai draf {number}")
    assert ui.heading.text() == f"Berita acara {number}"
    assert [(r.number, r.status_label) for r in tab.list.visible_rows()] == [(number, "Draf")]

    said = sign_in_editor(qtbot, editor, monkeypatch)
    assert len(said) == 1 and number in said[0] and "dikunci" in said[0]
    assert "Ditandatangani" in ui.statusLabel.text()
    assert ui.applicationNumber.isReadOnly() and ui.conclusion.isReadOnly()
    assert ui.saveButton.isHidden() and ui.signButton.isHidden()
    assert not ui.amendButton.isHidden() and ui.pdfButton.isEnabled()
    stored = minutes.view(office.runtime, office.actors[next(iter(office.actors))], number)
    assert [q for q, _ in stored.questions] == [QUESTIONS[1][0], QUESTIONS[0][0]]
    assert stored.witnesses[0].name == "Rina Kartika" and stored.status == "signed"
    assert tab.list.visible_rows()[0].status_label == "Ditandatangani"

    ui.paper.setCurrentIndex(ui.paper.findData("F4"))
    save_to(monkeypatch, tmp_path / "ba.pdf")
    qtbot.keyClick(editor, Qt.Key.Key_P, CTRL)
    document = opened(qtbot, editor, DocumentReadyDialog)
    qtbot.keyClick(document, Qt.Key.Key_S, CTRL)
    pdf = (tmp_path / "ba.pdf").read_bytes()
    text = pdf_tools.all_text(pdf)
    for expected in (number, "Budi Santoso", "Rina Kartika", "Petugas", QUESTIONS[1][0]):
        assert expected in text
    width, height = pdfium.PdfDocument(pdf)[0].get_size()
    assert (round(width), round(height)) == tuple(round(p) for p in F4_POINTS)


def test_a_half_typed_minutes_survives_closing_and_reopening(
    qtbot: QtBot, desk: DeskController, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    application = holder(office).application
    asked: list[str] = []

    def ask(parent: object, title: str, text: str) -> str:
        asked.append(title)
        return messages.KEEP

    monkeypatch.setattr(messages, "ask_unsaved", ask)
    _, tab = interview_tab(qtbot, desk)
    editor = new_minutes(qtbot, tab)
    ui = editor.ui
    qtbot.keyClicks(ui.applicationNumber, application)
    qtbot.keyClick(ui.applicationNumber, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_T, CTRL)
    qtbot.keyClicks(ui.questionText, "Kapan sertifikat hilang?")
    qtbot.keyClicks(ui.place, "Ruang wawancara")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked == ["Tutup tanpa menyimpan?"]  # asked once
    qtbot.waitUntil(lambda: not editor.isVisible())

    reopened = new_minutes(qtbot, tab)
    again = reopened.ui
    assert again.applicationNumber.text() == application
    assert again.place.text() == "Ruang wawancara"
    assert question_texts(reopened) == ["Kapan sertifikat hilang?"]
    assert again.intervieweeValue.text() == f"Budi Santoso · NIK {NIK}"
    assert again.draftNote.text().startswith("Draf dipulihkan")


def test_signed_minutes_open_read_only_and_a_change_is_a_ba_perubahan(
    qtbot: QtBot,
    desk: DeskController,
    office: Office,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    number = signed_minutes(office, holder(office).application)
    _, tab = interview_tab(qtbot, desk)
    assert tab.list.select_key(number)
    tab.ui.tableView.setFocus()
    qtbot.keyClick(tab.ui.tableView, Qt.Key.Key_Return)
    editor = opened(qtbot, tab, MinutesEditorDialog)
    ui = editor.ui
    assert "isinya terkunci" in ui.noticeLabel.text()
    assert ui.place.isReadOnly() and ui.questionText.isReadOnly()
    assert not ui.caseType.isEnabled() and not ui.interviewerIds.isEnabled()
    before = question_texts(editor)
    ui.questions.selectRow(1)
    ui.questions.setFocus()
    qtbot.keyClick(ui.questions, Qt.Key.Key_Up, ALT)
    qtbot.keyClick(ui.questions, Qt.Key.Key_Delete)
    assert question_texts(editor) == before  # nothing moves in signed minutes
    assert editor.draft_payload() is None  # and nothing to ask about on closing

    qtbot.mouseClick(ui.amendButton, Qt.MouseButton.LeftButton)
    amendment = opened(qtbot, editor, MinutesEditorDialog)
    changed = amendment.ui
    assert changed.heading.text() == f"BA perubahan atas {number}"
    assert number in changed.noticeLabel.text()
    assert question_texts(amendment) == before  # pre-filled from the original
    changed.conclusion.selectAll()
    qtbot.keyClicks(changed.conclusion, "Tanggal lahir yang benar 21 Maret 1990 (KTP).")
    qtbot.keyClick(amendment, Qt.Key.Key_S, CTRL)
    assert changed.generalError.isHidden(), changed.generalError.text()
    new_number = changed.heading.text().removeprefix("Berita acara ")
    assert new_number != number
    statuses = {r.number: r.status for r in tab.list.visible_rows()}
    assert statuses == {number: "amended", new_number: "draft"}
    original = minutes.view(office.runtime, next(iter(office.actors.values())), number)
    assert original.conclusion.startswith("Tanggal lahir pada sertifikat")  # as it was


def test_a_wrong_application_number_is_said_at_the_field_and_kept(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    holder(office)
    _, tab = interview_tab(qtbot, desk)
    editor = new_minutes(qtbot, tab)
    ui = editor.ui
    qtbot.keyClicks(ui.place, "Ruang wawancara")
    qtbot.keyClicks(ui.applicationNumber, "TT-L01-26-000999")
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    assert ui.applicationNumberError.isVisible()
    assert "TT-L01-26-000999" in ui.applicationNumberError.text()
    assert ui.applicationNumber.text() == "TT-L01-26-000999"
    assert ui.place.text() == "Ruang wawancara"  # nothing typed is lost
    qtbot.keyClicks(ui.applicationNumber, "1")
    assert ui.applicationNumberError.isHidden()  # the mark goes with the first edit
