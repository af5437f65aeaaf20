"""The complaint form and the complaint detail beyond the walk-in flow: refusals at their
fields, attachments brought with the report and added later, the draft of a half-typed
report, and a report dated back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from counterdesk.gui import messages
from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.complaint_detail import ComplaintDetailDialog
from counterdesk.gui.dialogs.complaint_form import ComplaintFormDialog
from counterdesk.gui.tabs.complaints import ComplaintsTab
from tests.gui.intake_helpers import opened
from tests.gui.test_complaints_tab import STANDARD, complaints_tab

PHOTO = b"\x89PNG\r\n\x1a\n" + b"antrean-panjang" * 40


def pick_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The officer picks ``path`` in the open-file dialog."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))


def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Files handed to the system viewer instead of opening it."""
    seen: list[Path] = []

    def open_url(url: QUrl) -> bool:
        seen.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return seen


def open_form(qtbot: QtBot, desk: DeskController) -> tuple[ComplaintsTab, ComplaintFormDialog]:
    _, tab = complaints_tab(qtbot, desk, "petugas")
    tab.new_complaint()
    return tab, opened(qtbot, tab, ComplaintFormDialog)


def test_an_unknown_application_number_is_said_at_its_field(
    qtbot: QtBot, desk: DeskController
) -> None:
    _tab, form = open_form(qtbot, desk)
    ui = form.ui
    qtbot.keyClicks(ui.matter, "Sertifikat saya belum jadi")
    qtbot.keyClicks(ui.name, "Hendra")
    qtbot.keyClicks(ui.phone, "081234567890")
    qtbot.keyClicks(ui.applicationNumber, "TT-L01-26-999999")
    ui.saveButton.click()
    assert "tidak ditemukan" in ui.applicationNumberError.text()
    assert ui.applicationNumber.property("invalid") and form.isVisible()
    # the preview says the same while the number is wrong, and recovers when it goes
    form.update_preview()
    assert "tidak ditemukan" in ui.previewReason.text()
    ui.applicationNumber.clear()
    assert ui.applicationNumberError.isHidden()  # the mark goes with the first edit
    form.update_preview()
    assert "PENGADUAN" in ui.previewKind.text()


def test_a_photo_brought_with_the_report_is_stored_and_opens_again(
    qtbot: QtBot, desk: DeskController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = tmp_path / "antrean.png"
    photo.write_bytes(PHOTO)
    tab, form = open_form(qtbot, desk)
    ui = form.ui
    ui.standardCode.setCurrentIndex(ui.standardCode.findData(STANDARD))
    qtbot.keyClicks(ui.matter, "Antrean di loket 2 tidak bergerak satu jam")
    qtbot.keyClicks(ui.name, "Dewi")
    qtbot.keyClicks(ui.email, "dewi@contoh.id")
    pick_file(monkeypatch, photo)
    ui.addAttachmentButton.click()
    assert ui.attachments.count() == 1 and "antrean.png" in ui.attachments.item(0).text()
    ui.saveButton.click()
    detail = opened(qtbot, tab, ComplaintDetailDialog)
    assert [a.filename for a in detail.detail.attachments] == ["antrean.png"]
    shown = opened_urls(monkeypatch)
    detail.ui.openAttachmentButton.click()
    (written,) = shown
    assert written.name == "antrean.png" and written.read_bytes() == PHOTO

    letter = tmp_path / "surat.pdf"
    letter.write_bytes(b"%PDF-1.4 surat pelapor")
    pick_file(monkeypatch, letter)
    detail.ui.addAttachmentButton.click()
    assert [a.filename for a in detail.detail.attachments] == ["antrean.png", "surat.pdf"]
    assert "surat.pdf" in detail.ui.doneLabel.text()

    empty = tmp_path / "kosong.pdf"
    empty.write_bytes(b"")
    pick_file(monkeypatch, empty)
    detail.ui.addAttachmentButton.click()
    assert "kosong" in detail.ui.generalError.text()  # the service's refusal, shown
    assert len(detail.detail.attachments) == 2


def test_a_half_typed_report_is_kept_as_a_draft(
    qtbot: QtBot, desk: DeskController, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(messages, "ask_unsaved", lambda *args: messages.KEEP)
    tab, form = open_form(qtbot, desk)
    ui = form.ui
    qtbot.keyClicks(ui.matter, "Petugas tidak ramah")
    qtbot.keyClicks(ui.name, "Yusuf")
    ui.anonymous.setChecked(True)
    form.reject()
    assert not form.isVisible()
    tab.new_complaint()
    again = opened(qtbot, tab, ComplaintFormDialog)
    assert again is not form
    assert again.ui.matter.toPlainText() == "Petugas tidak ramah"
    assert again.ui.name.text() == "Yusuf" and again.ui.anonymous.isChecked()
    assert again.ui.draftNote.isVisible()


def test_an_anonymous_report_without_matter_is_a_suggestion_and_the_form_says_why(
    qtbot: QtBot, desk: DeskController
) -> None:
    _tab, form = open_form(qtbot, desk)
    ui = form.ui
    form.update_preview()
    assert "SARAN" in ui.previewKind.text()
    assert "saran" in ui.previewReason.text().lower()
    ui.channel.setCurrentIndex(ui.channel.findData("kotak_saran"))
    qtbot.keyClicks(ui.matter, "Tolong sediakan air minum di ruang tunggu")
    form.update_preview()
    assert "SARAN" in ui.previewKind.text()  # still no identity
    assert "identitas" in ui.previewReason.text()
