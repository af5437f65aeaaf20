"""Permohonan baru (F2): register or pick the applicant, pick the service, save, and take
the receipt home — its barcode scans back to the number."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from counterdesk.domain.roles import Role
from counterdesk.gui import messages
from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.document_ready import DocumentReadyDialog
from counterdesk.gui.dialogs.new_application import Mode, NewApplicationDialog
from counterdesk.gui.style import APP_STYLE_SHEET, ERROR
from counterdesk.gui.tabs.intake import IntakeTab
from counterdesk.services import applicants, applications, drafts
from tests.conftest import Office
from tests.gui.intake_helpers import (
    PNS,
    barcodes,
    officer_window,
    opened,
    pdf_text,
    register_person,
    save_to,
)

NIK = "3174051203900001"


def _pick_service(qtbot: QtBot, dialog: NewApplicationDialog, typed: str) -> None:
    qtbot.keyClicks(dialog.ui.serviceSearch, typed)
    qtbot.keyClick(dialog.ui.serviceSearch, Qt.Key.Key_Return)
    assert dialog.ui.channel.hasFocus()  # Enter picked the service and moved on


def _save(qtbot: QtBot, dialog: NewApplicationDialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def _new_person(
    qtbot: QtBot, desk: DeskController, nik: str = ""
) -> tuple[IntakeTab, NewApplicationDialog]:
    """F2 in the officer's window, "Pemohon baru: perorangan", and the NIK typed."""
    _, tab = officer_window(qtbot, desk)
    tab.new_application()
    dialog = opened(qtbot, tab, NewApplicationDialog)
    dialog.ui.newPersonButton.click()
    qtbot.keyClicks(dialog.ui.personNik, nik)
    return tab, dialog


def test_a_new_applicant_and_application_give_a_receipt_whose_barcode_is_the_number(
    qtbot: QtBot, desk: DeskController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, tab = officer_window(qtbot, desk)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    dialog = opened(qtbot, tab, NewApplicationDialog)
    ui = dialog.ui
    assert ui.applicantSearch.hasFocus()
    qtbot.keyClicks(ui.applicantSearch, NIK)  # not known here yet
    dialog.search.search_now()
    assert "Belum ada pemohon" in ui.resultsHint.text()
    qtbot.mouseClick(ui.newPersonButton, Qt.MouseButton.LeftButton)
    assert dialog.mode() == Mode.PERSON
    assert ui.personNik.text() == NIK and ui.personName.hasFocus()  # carried over
    qtbot.keyClicks(ui.personName, "Budi Santoso")
    qtbot.keyClick(ui.personName, Qt.Key.Key_Return)  # Enter moves on
    assert ui.personBirthPlace.hasFocus()
    qtbot.keyClicks(ui.personPhone, "0812 3456 7890")
    _pick_service(qtbot, dialog, "profesi pegawai")
    assert ui.received.count() == 12 and "(wajib)" in ui.received.item(0).text()
    for row in (0, 1, 3):  # what the applicant handed over, ticked with Space
        ui.received.setCurrentRow(row)
        qtbot.keyClick(ui.received, Qt.Key.Key_Space)
    assert "Diterima 3 dari 12" in ui.receivedCount.text()
    _save(qtbot, dialog)

    ready = opened(qtbot, tab, DocumentReadyDialog)
    number = ready.document.number
    assert ready.ui.numberLabel.text() == number and number.startswith("TT-L01-")
    assert tab.list.current() is not None and tab.list.current().number == number  # queue
    target = tmp_path / "tanda-terima.pdf"
    save_to(monkeypatch, target)
    qtbot.keyClick(ready, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ready.saved_path == target and "Disimpan" in ready.ui.statusLabel.text()
    assert number in barcodes(target)
    text = pdf_text(target)
    assert "Diterima 3 dari 12 dokumen." in text
    assert len(re.findall(r"(?<!Belum )\bAda\b", text)) == 3  # the status column
    assert text.count("Belum ada") == 9
    assert "Fotokopi SK Pangkat terakhir; Ada" in text  # ticked: row 4
    assert "Fotokopi SK Jabatan terakhir; Belum ada" in text


def test_a_returning_applicant_is_picked_not_typed_again(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    siti = register_person(office, "3174054506850002", "Siti Rahmawati")
    _, tab = officer_window(qtbot, desk)
    tab.new_application()
    dialog = opened(qtbot, tab, NewApplicationDialog)
    ui = dialog.ui
    qtbot.keyClicks(ui.applicantSearch, "siti rah")
    qtbot.waitUntil(lambda: ui.applicantResults.count() == 1)  # as you type
    assert "Siti Rahmawati" in ui.applicantResults.item(0).text()
    qtbot.keyClick(ui.applicantSearch, Qt.Key.Key_Down)
    assert ui.applicantResults.hasFocus()
    qtbot.keyClick(ui.applicantResults, Qt.Key.Key_Return)
    assert dialog.mode() == Mode.PICKED and dialog.picked is not None
    assert dialog.picked.id == siti.id and "3174054506850002" in ui.pickedSummary.text()
    assert ui.serviceSearch.hasFocus()
    _pick_service(qtbot, dialog, "profesi")
    _save(qtbot, dialog)
    ready = opened(qtbot, tab, DocumentReadyDialog)
    with office.runtime.unit() as session:
        filed = applications.detail(session, ready.document.number)
        assert filed.applicant.id == siti.id
        assert len(applicants.search(session, "siti")) == 1  # no second Siti


def test_a_registered_nik_says_so_and_offers_the_existing_applicant(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    register_person(office, NIK, "Budi Santoso")
    tab, dialog = _new_person(qtbot, desk)
    ui = dialog.ui
    qtbot.keyClicks(ui.personNik, NIK)
    qtbot.keyClicks(ui.personName, "Budi S.")
    _pick_service(qtbot, dialog, "profesi")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert "sudah terdaftar atas nama Budi Santoso" in ui.personNikError.text()
    assert ui.duplicatePanel.isVisible()
    assert ui.openExistingButton.text() == "Buka data pemohon ini"
    qtbot.keyClick(ui.personNik, Qt.Key.Key_Backspace)  # another number: not that one
    assert not ui.duplicatePanel.isVisible() and not ui.personNikError.isVisible()
    qtbot.keyClicks(ui.personNik, NIK[-1])
    _save(qtbot, dialog)
    assert ui.duplicatePanel.isVisible()
    qtbot.mouseClick(ui.openExistingButton, Qt.MouseButton.LeftButton)
    assert dialog.mode() == Mode.PICKED and dialog.picked is not None
    assert dialog.picked.name == "Budi Santoso" and not ui.personNikError.isVisible()
    _save(qtbot, dialog)
    opened(qtbot, tab, DocumentReadyDialog)


def test_errors_are_said_at_their_fields_and_warnings_do_not_block(
    qtbot: QtBot, desk: DeskController
) -> None:
    tab, dialog = _new_person(qtbot, desk, NIK[:-1])
    ui = dialog.ui
    qtbot.keyClicks(ui.personBirthDate, "31-02-1990")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert "NIK harus 16 angka; yang diketik 15" in ui.personNikError.text()
    assert ui.personNik.property("invalid") is True and ui.personNik.hasFocus()
    assert "Nama wajib diisi" in ui.personNameError.text()
    assert "hh-bb-tttt" in ui.personBirthDateError.text()
    assert "Pilih layanan" in ui.serviceSearchError.text()

    ui.personNik.setText(NIK)  # born 12-03-1990 says the NIK; another date was typed
    ui.personName.setText("Budi Santoso")
    ui.personBirthDate.setText("13-03-1990")
    _pick_service(qtbot, dialog, "profesi")
    _save(qtbot, dialog)
    ready = opened(qtbot, tab, DocumentReadyDialog)  # saved all the same
    assert ready.ui.warningLabel.isVisible() and "Perhatian" in ready.ui.warningLabel.text()


def test_a_mark_goes_as_soon_as_its_field_is_edited(qtbot: QtBot, desk: DeskController) -> None:
    _, dialog = _new_person(qtbot, desk, NIK[:-1])
    ui = dialog.ui
    _save(qtbot, dialog)
    marked = (ui.personNikError, ui.personNameError, ui.serviceSearchError)
    assert all(label.isVisible() for label in marked)

    qtbot.keyClicks(ui.personNik, NIK[-1])  # now 16 digits
    assert not ui.personNikError.isVisible() and ui.personNik.property("invalid") is False
    assert ui.personNameError.isVisible()  # not touched yet: still said
    qtbot.keyClicks(ui.personName, "B")
    assert not ui.personNameError.isVisible() and ui.personName.property("invalid") is False
    assert dialog.services.select(PNS)  # picked from the list, the search text untouched
    assert not ui.serviceSearchError.isVisible()


def test_a_birth_date_one_day_off_the_nik_is_warned_at_the_field(
    qtbot: QtBot, desk: DeskController
) -> None:
    tab, dialog = _new_person(qtbot, desk)
    ui = dialog.ui
    qtbot.keyClicks(ui.personNik, NIK)  # says born 12-03-1990
    qtbot.keyClicks(ui.personName, "Budi Santoso")
    qtbot.keyClicks(ui.personBirthDate, "13-03-1990")  # one day later
    warning = ui.personBirthDateWarning
    assert warning.isVisible() and warning.property("role") == "warning"  # amber, not red
    assert "12-03-1990" in warning.text() and "13-03-1990" in warning.text()
    assert not ui.personBirthDateError.isVisible()
    ui.personBirthDate.clear()
    qtbot.keyClicks(ui.personBirthDate, "12-03-1990")  # as on the KTP: nothing to say
    assert not warning.isVisible()
    ui.personBirthDate.setText("11-03-1990")  # a day earlier: warned too
    assert warning.isVisible() and "11-03-1990" in warning.text()
    ui.personSex.setCurrentIndex(ui.personSex.findData("P"))  # the NIK says a man
    assert ui.personSexWarning.isVisible() and "NIK (laki-laki)" in ui.personSexWarning.text()
    _pick_service(qtbot, dialog, "profesi")
    _save(qtbot, dialog)
    ready = opened(qtbot, tab, DocumentReadyDialog)  # a warning never blocks
    assert "Tanggal lahir di NIK" in ready.ui.warningLabel.text()


def test_the_channel_offers_only_what_the_service_allows(
    qtbot: QtBot, desk: DeskController
) -> None:
    _, tab = officer_window(qtbot, desk)
    tab.new_application()
    dialog = opened(qtbot, tab, NewApplicationDialog)
    assert not dialog.ui.channel.isEnabled()  # no service yet
    assert dialog.services.select(PNS)
    channels = [dialog.ui.channel.itemData(i) for i in range(dialog.ui.channel.count())]
    assert channels and "email" not in channels
    assert dialog.ui.channel.currentData() == "datang_langsung"
    assert "hari kerja" in dialog.ui.serviceInfo.text()


def test_a_half_filled_form_survives_closing_the_dialog(
    qtbot: QtBot, desk: DeskController, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        messages, "ask_unsaved", lambda *args: asked.append(args[1]) or messages.KEEP
    )
    tab, dialog = _new_person(qtbot, desk)
    ui = dialog.ui
    qtbot.keyClicks(ui.personNik, "31740512")
    qtbot.keyClicks(ui.personName, "Rina Marlina")
    dialog.services.select(PNS)
    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Tandai semua
    assert len(dialog.received_codes()) == 12 and ui.received.hasFocus()
    ui.received.setCurrentRow(2)
    qtbot.keyClick(ui.received, Qt.Key.Key_Space)  # all but the third
    ticked = dialog.received_codes()
    assert len(ticked) == 11
    officer = office.actors[Role.OFFICER]

    def saved_draft() -> dict[str, object] | None:
        with office.runtime.unit(officer) as session:
            return drafts.load(session, officer, "new_application")

    qtbot.waitUntil(  # kept as you type
        lambda: len((saved_draft() or {}).get("received", [])) == 11, timeout=5000
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 1 and not dialog.isVisible()

    tab.new_application()
    again = opened(qtbot, tab, NewApplicationDialog)
    assert again is not dialog
    assert again.ui.draftNote.isVisible() and "Draf dipulihkan" in again.ui.draftNote.text()
    assert again.mode() == Mode.PERSON
    assert again.ui.personNik.text() == "31740512"
    assert again.ui.personName.text() == "Rina Marlina"
    selected = again.services.selected()
    assert selected is not None and selected.code == PNS
    assert again.received_codes() == ticked


def test_a_half_filled_form_survives_closing_the_window(qtbot: QtBot, desk: DeskController) -> None:
    window, tab = officer_window(qtbot, desk)
    tab.new_application()
    dialog = opened(qtbot, tab, NewApplicationDialog)
    qtbot.keyClicks(dialog.ui.applicantSearch, "Teuku")
    window.switchUserRequested.emit()  # the window closes at once, before the timer
    qtbot.waitUntil(lambda: desk.login_dialog is not None and desk.login_dialog.isVisible())
    _, tab = officer_window(qtbot, desk)
    tab.new_application()
    again = opened(qtbot, tab, NewApplicationDialog)
    assert again.ui.applicantSearch.text() == "Teuku" and again.ui.draftNote.isVisible()


def test_closing_an_empty_form_asks_nothing(
    qtbot: QtBot, desk: DeskController, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(messages, "ask_unsaved", lambda *args: pytest.fail("asked"))
    _, tab = officer_window(qtbot, desk)
    tab.new_application()
    dialog = opened(qtbot, tab, NewApplicationDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def _red_border(widget: QWidget) -> bool:
    """Whether the widget, as last painted on screen, wears the error frame (its left
    edge is red) — what the window shows, not a fresh rendering."""
    QApplication.processEvents()
    window = widget.window()
    corner = widget.mapTo(window, QPoint(0, 0))
    image = (
        window.screen()
        .grabWindow(window.winId(), corner.x(), corner.y(), widget.width(), widget.height())
        .toImage()
    )
    middle = image.height() // 2
    return any(image.pixelColor(x, middle).name() == ERROR for x in range(3))


@pytest.fixture
def styled() -> Iterator[None]:
    """The app's own style sheet, as ``counterdesk`` sets it (red frames included)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    app.setStyleSheet(APP_STYLE_SHEET)
    yield
    app.setStyleSheet(before)


@pytest.mark.usefixtures("styled")
def test_a_service_clicked_after_another_field_was_fixed_takes_its_red_frame_away(
    qtbot: QtBot, desk: DeskController
) -> None:
    _, dialog = _new_person(qtbot, desk, NIK[:-1])  # one digit short
    qtbot.keyClicks(dialog.ui.personName, "Budi Santoso")
    _save(qtbot, dialog)  # the NIK and the service (none picked) are marked
    ui = dialog.ui
    assert _red_border(ui.serviceSearch) and _red_border(ui.personNik)

    qtbot.keyClicks(ui.personNik, NIK[-1])
    qtbot.keyClick(ui.personNik, Qt.Key.Key_Tab)
    assert not _red_border(ui.personNik)
    item = ui.serviceList.item(0)
    ui.serviceList.scrollToItem(item)
    rect = ui.serviceList.visualItemRect(item)
    qtbot.mouseClick(ui.serviceList.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.services.selected() is not None
    assert not ui.serviceSearchError.isVisible()
    assert not _red_border(ui.serviceSearch)


@pytest.mark.usefixtures("styled")
def test_a_frame_never_outlives_its_message(
    qtbot: QtBot, desk: DeskController, tmp_path: Path
) -> None:
    """Choosing a photo clears the applicant's messages — and the service's message with
    them; its red frame goes too instead of staying without a word beside it."""
    _, dialog = _new_person(qtbot, desk)
    ui = dialog.ui
    _save(qtbot, dialog)
    assert ui.serviceSearchError.isVisible() and _red_border(ui.serviceSearch)
    not_a_picture = tmp_path / "ktp.txt"
    not_a_picture.write_text("bukan gambar")
    dialog.applicant_form.set_photo(not_a_picture)
    assert "bukan gambar" in ui.personPhotoError.text()
    assert not ui.serviceSearchError.isVisible()
    assert not _red_border(ui.serviceSearch)
