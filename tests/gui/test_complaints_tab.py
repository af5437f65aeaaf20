"""Pengaduan (issue 10 points 1-4): a walk-in complaint logged from the form, handled in
its detail up to closing with the reply letter saved — as an officer and as a
supervisor; the summary, the two views and the masking as each user sees them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from counterdesk.domain.roles import Role, Tab
from counterdesk.gui.context import utcnow
from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.complaint_detail import ComplaintDetailDialog
from counterdesk.gui.dialogs.complaint_form import ComplaintFormDialog
from counterdesk.gui.dialogs.document_ready import DocumentReadyDialog
from counterdesk.gui.dialogs.information_requests import InformationRequestsDialog
from counterdesk.gui.dialogs.text_input import TextInputDialog
from counterdesk.gui.main_window import MainWindow
from counterdesk.gui.tabs.complaints import ALL_VIEW, OPEN_VIEW, ComplaintsTab
from counterdesk.services import complaints
from tests.conftest import Office
from tests.gui.conftest import activate, open_window
from tests.gui.intake_helpers import opened, pdf_text, save_to

STANDARD = "sertifikasi-pns"  # its policy: a response within 3 working days
MATTER = "Petugas loket meminta fotokopi KTP padahal persyaratan tidak menyebutkannya."


def complaints_tab(
    qtbot: QtBot, desk: DeskController, username: str
) -> tuple[MainWindow, ComplaintsTab]:
    window = open_window(qtbot, desk, username)
    window.ui.tabs.setCurrentIndex(window.tab_ids.index(Tab.COMPLAINTS))
    tab = window.tab_widget(Tab.COMPLAINTS)
    assert isinstance(tab, ComplaintsTab)
    return window, tab


def new_form(qtbot: QtBot, window: MainWindow, tab: ComplaintsTab) -> ComplaintFormDialog:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    return opened(qtbot, tab, ComplaintFormDialog)


def log_walk_in(qtbot: QtBot, window: MainWindow, tab: ComplaintsTab) -> ComplaintDetailDialog:
    """Rina comes to the counter: the officer types what she says and saves."""
    form = new_form(qtbot, window, tab)
    ui = form.ui
    assert ui.channel.currentData() == "datang_langsung"
    ui.standardCode.setCurrentIndex(ui.standardCode.findData(STANDARD))
    qtbot.keyClicks(ui.matter, MATTER)
    qtbot.keyClicks(ui.name, "Rina Marlina")
    qtbot.keyClicks(ui.phone, "081234567890")
    # the preview follows the typing: a complaint, why, and by when it must be answered
    qtbot.waitUntil(lambda: "PENGADUAN" in ui.previewKind.text())
    assert "3 hari kerja" in ui.previewReason.text()
    assert ui.previewDeadline.text().startswith("Jawab paling lambat")
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    detail = opened(qtbot, tab, ComplaintDetailDialog)
    assert detail.ui.noticeLabel.text().startswith(f"Tercatat: {detail.detail.number}.")
    assert "Pengaduan" in detail.ui.kindLabel.text()
    return detail


def handle_to_closure(
    qtbot: QtBot,
    tab: ComplaintsTab,
    detail: ComplaintDetailDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    activate(qtbot, detail)  # its keys (Ctrl+Enter) work while it is the active window
    ui = detail.ui
    number = detail.detail.number
    ui.component.setCurrentIndex(ui.component.findData("persyaratan"))
    ui.route.setCurrentIndex(ui.route.findData("internal"))
    ui.saveHandlingButton.click()
    assert detail.detail.component_label == "Persyaratan"
    assert "Ditelaah" in ui.statusLabel.text()
    # the case log walks the analysis steps of seed 004: the first one is preselected
    assert ui.stepKind.currentData() == "inti_masalah"
    qtbot.keyClicks(ui.stepText, "Persyaratan dibaca keliru oleh petugas baru.")
    qtbot.keyClick(ui.stepText, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert ui.steps.rowCount() == 1 and ui.steps.item(0, 1).text() == "Inti masalah"
    assert ui.stepKind.currentData() == "aturan_terkait"  # the next step not yet written
    # closing is refused until the outcome is recorded, and the screen says why
    assert not ui.closeComplaintButton.isEnabled()
    assert "sebelum menutup" in ui.closeBlocker.text() and ui.closeBlocker.isVisible()
    assert not ui.replyLetterButton.isEnabled()  # no response to the complainant yet
    ui.stepKind.setCurrentIndex(ui.stepKind.findData("tanggapan"))
    qtbot.keyClicks(ui.stepText, "Fotokopi KTP tidak diperlukan; berkas Ibu kami proses hari ini.")
    ui.addStepButton.click()
    assert "Dijawab" in ui.statusLabel.text()
    qtbot.keyClicks(ui.outcome, "Berkas diproses tanpa fotokopi KTP; petugas diberi arahan.")
    ui.outcomeChannel.setCurrentIndex(ui.outcomeChannel.findData("telepon"))
    ui.saveOutcomeButton.click()
    assert ui.closeComplaintButton.isEnabled() and not ui.closeBlocker.isVisible()

    # the reply letter: made on a worker, then saved
    assert ui.replyLetterButton.isEnabled()
    ui.replyLetterButton.click()
    ready = opened(qtbot, detail, DocumentReadyDialog)
    letter_number = ready.ui.numberLabel.text()
    target = tmp_path / "surat-jawaban.pdf"
    save_to(monkeypatch, target)
    ready.ui.saveButton.click()
    text = pdf_text(target)
    assert number in text and letter_number in text
    assert letter_number in ui.replyLetterHint.text()  # reprints keep the number
    ready.accept()

    ui.closeComplaintButton.click()  # confirmed by the answers fixture
    assert detail.detail.status == "closed"
    assert "Selesai" in ui.statusLabel.text()
    assert not ui.closeComplaintButton.isVisible() and not ui.addStepButton.isEnabled()
    tab.ui.allViewButton.click()
    row = next(r for r in tab.list.visible_rows() if r.number == number)
    assert row.status_label == "Selesai"


def test_an_officer_logs_a_walk_in_complaint_and_closes_it_with_the_reply_letter(
    qtbot: QtBot,
    desk: DeskController,
    answers: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, tab = complaints_tab(qtbot, desk, "petugas")
    assert tab.view() == ALL_VIEW  # an officer opens on everything
    detail = log_walk_in(qtbot, window, tab)
    # the list behind the dialog already shows it, with its deadline
    row = tab.list.current()
    assert row is not None and row.number == detail.detail.number
    assert row.deadline.due_on is not None
    # an officer cannot change the classification: the button says who can
    assert not detail.ui.overrideButton.isEnabled()
    assert "Hanya atasan" in detail.ui.overrideHint.text()
    handle_to_closure(qtbot, tab, detail, tmp_path, monkeypatch)
    assert answers == []


def test_a_supervisor_turns_a_suggestion_into_a_complaint_and_closes_it(
    qtbot: QtBot,
    desk: DeskController,
    answers: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, tab = complaints_tab(qtbot, desk, "atasan")
    assert tab.view() == OPEN_VIEW  # a supervisor opens on what is not finished
    form = new_form(qtbot, window, tab)
    ui = form.ui
    ui.standardCode.setCurrentIndex(ui.standardCode.findData(STANDARD))
    qtbot.keyClicks(ui.name, "Rina Marlina")
    qtbot.keyClicks(ui.phone, "081234567890")
    form.update_preview()
    assert "SARAN" in ui.previewKind.text()  # no matter: a suggestion, and the form says so
    assert not ui.previewDeadline.isVisible()
    ui.saveButton.click()
    detail = opened(qtbot, tab, ComplaintDetailDialog)
    assert detail.detail.kind == "saran"
    assert detail.ui.noticeLabel.isVisible() and "saran" in detail.ui.noticeLabel.text()

    assert detail.ui.overrideButton.isEnabled()
    assert detail.ui.overrideButton.text() == "Ubah menjadi pengaduan…"
    detail.ui.overrideButton.click()
    ask = opened(qtbot, detail, TextInputDialog)
    qtbot.keyClicks(ask.ui.text, "singkat")
    ask.ok_button.click()
    assert "minimal" in ask.ui.textError.text() and ask.isVisible()  # refused at the reason
    qtbot.keyClicks(ask.ui.text, ": pelapor menjelaskan lewat telepon, petugas meminta KTP")
    ask.ok_button.click()
    assert detail.detail.kind == "pengaduan"
    assert detail.detail.deadline.due_on is not None
    assert "Diubah menjadi" in detail.ui.classificationText.text()
    assert "Jawab paling lambat" in detail.ui.deadlineLabel.text()
    handle_to_closure(qtbot, tab, detail, tmp_path, monkeypatch)
    assert answers == []


def test_the_summary_and_the_views_put_what_is_near_due_first(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    supervisor = office.actors[Role.SUPERVISOR]
    now = utcnow()
    for name, matter in (("Rina", "Antrean terlalu lama"), ("Budi", "Loket tutup lebih awal")):
        complaints.log_complaint(
            office.runtime,
            supervisor,
            complaints.NewComplaint(
                channel="datang_langsung",
                received_at=now,
                matter=matter,
                name=name,
                phone="081234567890",
                standard_code=STANDARD,
            ),
        )
    complaints.log_complaint(
        office.runtime,
        supervisor,
        complaints.NewComplaint(channel="kotak_saran", received_at=now, matter="Tambah kursi"),
    )
    window, tab = complaints_tab(qtbot, desk, "atasan")
    summary = tab.ui.summaryLabel.text()
    assert "3 belum dijawab" in summary and "0 lewat batas" in summary
    assert "mendekati batas" in summary
    rows = tab.list.visible_rows()
    assert [r.kind_label for r in rows][:2] == ["Pengaduan", "Pengaduan"]  # due first
    assert rows[-1].deadline.due_on is None  # the suggestion has no deadline
    assert tab.ui.openViewButton.text() == "Belum selesai (3)"
    # Enter on the selected row opens it
    tab.ui.tableView.setFocus()
    qtbot.keyClick(tab.ui.tableView, Qt.Key.Key_Return)
    detail = opened(qtbot, tab, ComplaintDetailDialog)
    assert detail.detail.number == rows[0].number
    detail.accept()
    del window


def test_an_anonymous_reporter_is_masked_for_an_officer_only(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    complaints.log_complaint(
        office.runtime,
        office.actors[Role.SUPERVISOR],
        complaints.NewComplaint(
            channel="telepon",
            received_at=utcnow(),
            matter="Oknum meminta uang pelicin",
            name="Saksi Rahasia",
            phone="081234567890",
            anonymous=True,
            confidential=True,
            standard_code=STANDARD,
        ),
    )
    _, tab = complaints_tab(qtbot, desk, "petugas")
    (row,) = tab.list.visible_rows()
    assert row.reporter == "(dirahasiakan)" and "uang" not in row.subject
    detail = tab.open_complaint(row.id)
    assert "Saksi" not in detail.ui.reporterValue.text()
    assert "uang" not in detail.ui.matterValue.toPlainText()
    assert detail.ui.outcome.toPlainText() == ""  # never the mask typed back as an outcome


def test_the_outcome_date_cannot_be_in_the_future(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    window, tab = complaints_tab(qtbot, desk, "petugas")
    detail = log_walk_in(qtbot, window, tab)
    ui = detail.ui
    qtbot.keyClicks(ui.outcome, "Berkas diproses tanpa fotokopi KTP.")
    ui.outcomeCommunicatedOn.setDate(QDate.currentDate().addDays(3))
    ui.saveOutcomeButton.click()
    assert "belum terjadi" in ui.outcomeCommunicatedOnError.text()  # said at the date
    assert not ui.closeComplaintButton.isEnabled()
    del office


def test_f4_on_the_complaints_desk_opens_the_information_requests(
    qtbot: QtBot, desk: DeskController
) -> None:
    window, tab = complaints_tab(qtbot, desk, "petugas")
    qtbot.keyClick(window, Qt.Key.Key_F4)
    dialog = opened(qtbot, tab, InformationRequestsDialog)
    assert dialog.isVisible()
