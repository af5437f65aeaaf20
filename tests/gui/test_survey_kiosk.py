"""The satisfaction survey kiosk at the counter: the applicant answers nine questions
with large buttons, one per page, may go back, may give a profile, and the screen goes
back to its start when left alone."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from counterdesk.domain.errors import ValidationError
from counterdesk.domain.roles import Role
from counterdesk.gui import messages
from counterdesk.gui.context import DeskContext, load_office_info
from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.document_ready import DocumentReadyDialog
from counterdesk.gui.dialogs.handover import HandoverDialog
from counterdesk.gui.dialogs.survey_kiosk import SurveyKioskDialog
from counterdesk.gui.tabs.printing import PrintingTab
from counterdesk.services import surveys
from tests.conftest import Office
from tests.gui.conftest import open_window
from tests.gui.intake_helpers import opened
from tests.gui.test_handover import ready_and_printed
from tests.issuing_helpers import NIK, SAK_CERTIFICATE, filed, person

LEFT = Qt.MouseButton.LeftButton
WHOLE_TIME = (date(2000, 1, 1), date(2100, 12, 31))


def _kiosk(
    qtbot: QtBot, office: Office, number: str | None = None, idle: float | None = None
) -> SurveyKioskDialog:
    runtime = office.runtime
    actor = office.actors[Role.OFFICER]
    ctx = DeskContext(runtime, actor, load_office_info(runtime))
    dialog = SurveyKioskDialog(ctx, number, idle_seconds=idle)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _answer(qtbot: QtBot, dialog: SurveyKioskDialog, values: list[int]) -> None:
    for value in values:
        assert dialog.page_name() == "question"
        qtbot.mouseClick(dialog.answer_buttons[value - 1], LEFT)


def test_an_applicant_answers_at_hand_over_and_the_response_is_stored_linked(
    qtbot: QtBot, office: Office
) -> None:
    number = filed(office, person(office), SAK_CERTIFICATE)
    dialog = _kiosk(qtbot, office, number)
    welcome = " ".join(label.text() for label in dialog.start_page.findChildren(QLabel))
    assert "9 pertanyaan" in welcome and "tidak perlu menulis nama" in welcome
    qtbot.mouseClick(dialog.start_button, LEFT)
    # the service came with the application: straight to the first question
    assert dialog.progress.text() == "Pertanyaan 1 dari 9"
    assert "persyaratan" in dialog.question.text()
    assert [b.text() for b in dialog.answer_buttons] == [
        "Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai",
    ]  # fmt: skip
    _answer(qtbot, dialog, [4, 3])
    assert dialog.progress.text() == "Pertanyaan 3 dari 9"
    qtbot.mouseClick(dialog.back_button, LEFT)  # changes their mind about question 2
    assert dialog.progress.text() == "Pertanyaan 2 dari 9"
    assert dialog.answer_buttons[2].isChecked()  # the earlier answer is still marked
    _answer(qtbot, dialog, [4, 4, 4, 3, 4, 4, 3, 4])
    assert dialog.page_name() == "profile"
    qtbot.mouseClick(dialog.profile_buttons["sex"]["P"], LEFT)
    qtbot.mouseClick(dialog.profile_buttons["age_band"]["30-39"], LEFT)
    with qtbot.waitSignal(dialog.submitted):
        qtbot.mouseClick(dialog.submit_button, LEFT)
    assert dialog.page_name() == "thanks"

    report = surveys.survey_report(office.runtime, office.actors[Role.SUPERVISOR], *WHOLE_TIME)
    assert report.result.respondents == 1 and report.linked == 1
    assert [e.nrr for e in report.result.elements][:3] == [4, 4, 4]
    profile = dict(report.profile)
    assert {c.label: c.count for c in profile["Jenis kelamin"]}["Perempuan"] == 1
    assert {c.label: c.count for c in profile["Usia (tahun)"]}["30–39"] == 1
    # one application, one survey: the hand-over offer is not made again
    assert not surveys.offered_at_handover(office.runtime, office.actors[Role.OFFICER], number)


def test_left_alone_mid_survey_the_screen_returns_to_its_start_and_forgets(
    qtbot: QtBot, office: Office
) -> None:
    dialog = _kiosk(qtbot, office, idle=2)
    qtbot.mouseClick(dialog.start_button, LEFT)
    assert dialog.page_name() == "service"  # no application: the applicant picks it
    qtbot.mouseClick(dialog.service_buttons[SAK_CERTIFICATE], LEFT)
    _answer(qtbot, dialog, [2, 2, 3])
    with qtbot.waitSignal(dialog.returned_to_start, timeout=5000):
        pass  # the applicant walked away
    assert dialog.page_name() == "start"
    qtbot.mouseClick(dialog.start_button, LEFT)
    assert dialog.page_name() == "service"  # the next person chooses again
    assert not any(b.isChecked() for b in dialog.service_buttons.values())
    qtbot.mouseClick(dialog.service_buttons[SAK_CERTIFICATE], LEFT)
    assert dialog.progress.text() == "Pertanyaan 1 dari 9"
    assert not any(b.isChecked() for b in dialog.answer_buttons)  # nothing carried over
    with pytest.raises(ValidationError, match="Belum ada jawaban survei"):  # nothing stored
        surveys.survey_report(office.runtime, office.actors[Role.SUPERVISOR], *WHOLE_TIME)


def test_after_the_thanks_the_next_person_starts_without_the_application(
    qtbot: QtBot, office: Office
) -> None:
    number = filed(office, person(office), SAK_CERTIFICATE)
    dialog = _kiosk(qtbot, office, number, idle=2)
    qtbot.mouseClick(dialog.start_button, LEFT)
    _answer(qtbot, dialog, [3] * 9)
    qtbot.mouseClick(dialog.submit_button, LEFT)  # the profile is skipped
    with qtbot.waitSignal(dialog.returned_to_start, timeout=5000):
        pass
    assert dialog.page_name() == "start"
    qtbot.mouseClick(dialog.start_button, LEFT)
    assert dialog.page_name() == "service"  # not preset from the earlier application
    qtbot.mouseClick(dialog.service_buttons[SAK_CERTIFICATE], LEFT)
    _answer(qtbot, dialog, [4] * 9)
    with qtbot.waitSignal(dialog.submitted):
        qtbot.mouseClick(dialog.submit_button, LEFT)
    report = surveys.survey_report(office.runtime, office.actors[Role.SUPERVISOR], *WHOLE_TIME)
    assert report.result.respondents == 2 and report.linked == 1


def test_closing_the_hand_over_receipt_offers_the_survey_where_the_standard_asks(
    qtbot: QtBot, desk: DeskController, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    number, serial = ready_and_printed(office)  # seed 000: "ketika ... mengambil sertifikat"
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _t, text, _a: asked.append(text) or True)
    window = open_window(qtbot, desk, "cetak")
    tab = window.current_tab()
    assert isinstance(tab, PrintingTab)
    window.open_number(serial, scanned=True)
    qtbot.mouseClick(tab.ui.handOverButton, LEFT)
    handover = opened(qtbot, tab, HandoverDialog)
    qtbot.keyClicks(handover.ui.receiverId, NIK)
    qtbot.keyClick(handover.ui.receiverId, Qt.Key.Key_Return)
    receipt = opened(qtbot, tab, DocumentReadyDialog)
    assert not asked  # not while the receipt is still to be printed and signed
    qtbot.mouseClick(receipt.ui.closeButton, LEFT)
    assert asked == [asked[0]] and "Tawarkan survei kepuasan" in asked[0]
    kiosk = next(d for d in tab.findChildren(SurveyKioskDialog) if d.isVisible())
    assert kiosk.linked == number and kiosk.page_name() == "start"
    qtbot.mouseClick(kiosk.start_button, LEFT)
    assert kiosk.progress.text() == "Pertanyaan 1 dari 9"  # the service came with it
