"""Kompensasi (issue 10 point 5, seed 001): a late application gets compensation from
its detail — the apology letter printed with its MAAF number — and the applicant's next
application, filed from Permohonan baru, is promised one working day earlier."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counterdesk.domain.roles import Role
from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.compensation import CompensationDialog
from counterdesk.gui.dialogs.document_ready import DocumentReadyDialog
from counterdesk.gui.dialogs.new_application import Mode, NewApplicationDialog
from counterdesk.gui.dialogs.text_input import TextInputDialog
from counterdesk.services import applications, compensation
from counterdesk.services.calendar import office_calendar
from tests import pdf_tools
from tests.compensation_helpers import late_person
from tests.conftest import Office
from tests.gui.intake_helpers import officer_window, opened
from tests.issuing_helpers import BALAI_PERSON, filed, verified

# Where a run may leave screenshots to look at (unset: nothing is written).
SHOTS = os.environ.get("COUNTERDESK_SHOTS", "")


def _shot(widget: object, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


def _cells(table: object, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]  # type: ignore[attr-defined]


def test_a_late_application_gets_compensation_and_the_next_one_is_due_a_day_earlier(
    qtbot: QtBot, desk: DeskController, office: Office, answers: list[str]
) -> None:
    applicant_id, late = late_person(office)
    window, tab = officer_window(qtbot, desk)

    detail = window.open_application(late)
    qtbot.waitExposed(detail)
    button = detail.compensation_button
    assert button.isVisible() and button.text() == "Kompensasi…"
    assert "kompensasi belum diberikan" in detail.ui.timeLimitValue.text()
    _shot(detail, "detail-late")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = opened(qtbot, detail, CompensationDialog)
    ui = dialog.ui
    assert _cells(ui.proposalsTable, 0) == [late]
    assert dialog.selected_proposal() is not None  # the file of the detail, selected
    assert "16 hari kerja" in _cells(ui.proposalsTable, 5)
    assert "dipercepat 1 hari kerja" in ui.policyLabel.text()
    assert "Belum ada kompensasi" in ui.grantedTable.item(0, 0).text()  # empty state
    _shot(dialog, "compensation-before")

    qtbot.mouseClick(ui.grantButton, Qt.MouseButton.LeftButton)  # confirmed (answers)
    letter = opened(qtbot, dialog, DocumentReadyDialog)
    number = letter.ui.numberLabel.text()
    assert "/MAAF/" in number
    text = pdf_tools.text(letter.pdf())
    assert f"Nomor : {number}" in text and "Yth. Budi Santoso" in text
    assert [code.text for code in pdf_tools.decode(letter.pdf())] == [number]
    letter.close()
    assert "Tidak ada permohonan" in ui.proposalsTable.item(0, 0).text()
    assert _cells(ui.grantedTable, 0) == [number]
    assert _cells(ui.grantedTable, 5) == ["Belum dipakai"]
    assert number in ui.noticeLabel.text()
    _shot(dialog, "compensation-granted")
    dialog.close()
    assert not button.isVisible()  # the detail reloaded: nothing more is owed
    assert number in detail.ui.timeLimitValue.text()
    timeline = _cells(detail.ui.timelineTable, 1)
    assert "Kompensasi diberikan (surat permohonan maaf)" in timeline
    detail.close()

    # the applicant comes back for the next certification
    tab.new_application()
    new = opened(qtbot, tab, NewApplicationDialog)
    new.pick_id(applicant_id)
    assert new.mode() == Mode.PICKED and not new.voucher_note.isVisible()
    qtbot.keyClicks(new.ui.serviceSearch, "sertifikasi person")
    qtbot.keyClick(new.ui.serviceSearch, Qt.Key.Key_Return)
    assert new.voucher_note.isVisible()
    assert f"surat permohonan maaf No. {number}" in new.voucher_note.text()
    assert "dipercepat 1 hari kerja" in new.voucher_note.text()
    _shot(new, "new-application-voucher")
    qtbot.keyClick(new, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    receipt = opened(qtbot, tab, DocumentReadyDialog)
    nxt = receipt.document.number
    assert f"dipercepat 1 hari kerja (surat permohonan maaf No. {number})" in pdf_tools.text(
        receipt.pdf()
    )
    receipt.close()

    verified(office, nxt)  # complete and signed off: the clock starts today
    officer = office.actors[Role.OFFICER]
    due = applications.application_detail(office.runtime, officer, nxt).due.due_on
    with office.runtime.read() as session:
        app = applications.get_by_number(session, nxt)
        assert app.complete_on is not None and due is not None
        calendar = office_calendar(session)
        assert due == calendar.add_working_days(app.complete_on, 14 - 1)
    detail = window.open_application(nxt)
    qtbot.waitExposed(detail)
    assert "Kompensasi dipakai — janji layanan dipercepat" in _cells(detail.ui.timelineTable, 1)
    assert not detail.compensation_button.isVisible()
    view = compensation.granted(office.runtime, officer)[0]
    assert view.used_on_number == nxt


def test_a_used_letter_is_refused_with_the_reason(
    qtbot: QtBot, desk: DeskController, office: Office, answers: list[str]
) -> None:
    applicant_id, late = late_person(office)
    officer = office.actors[Role.OFFICER]
    compensation.grant(office.runtime, officer, late)
    first = filed(office, applicant_id, BALAI_PERSON)  # used at filing
    second = filed(office, applicant_id, BALAI_PERSON)
    window, _ = officer_window(qtbot, desk)
    dialog = CompensationDialog(window.ctx, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _cells(dialog.ui.grantedTable, 6) == [first]
    assert not dialog.ui.redeemButton.isEnabled()  # used: not offered again
    # the service refuses as well, saying where it went
    available = compensation.granted(office.runtime, officer)[0]
    assert not available.available
    dialog.close()

    # a letter still unused, shown for a file already open, moves its due date
    other_id, other_late = late_person(office, "3174051203900002", "Sari Dewi")
    open_file = filed(office, other_id, "sak/sertifikat")  # another standard: not used
    balai = filed(office, other_id, BALAI_PERSON)  # no voucher yet at filing
    verified(office, balai)
    compensation.grant(office.runtime, officer, other_late)
    dialog = CompensationDialog(window.ctx, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.selected_view() is not None and dialog.selected_view().available
    qtbot.mouseClick(dialog.ui.redeemButton, Qt.MouseButton.LeftButton)
    ask = opened(qtbot, dialog, TextInputDialog)
    qtbot.keyClicks(ask.ui.text, open_file)
    ask.submit()
    assert "bukan layanan ini" in ask.ui.generalError.text() or "bukan layanan ini" in (
        ask.ui.textError.text()
    )
    ask.ui.text.setPlainText(balai)
    ask.submit()
    qtbot.waitUntil(lambda: not ask.isVisible())
    assert balai in dialog.ui.noticeLabel.text()
    assert second not in _cells(dialog.ui.grantedTable, 6)
    assert _cells(dialog.ui.grantedTable, 5)[0] == "Sudah dipakai"
