"""The supervisor's conflict screen (issue 11 point 5), reached from Verifikasi: both
values side by side with who/where/when; choosing one settles it and the button goes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counterdesk.domain.roles import Role, Tab
from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.sync_conflicts import SyncConflictsDialog
from counterdesk.gui.tabs.verification import VerificationTab
from counterdesk.services import sync_conflicts
from counterdesk.store.models import Applicant
from tests.conftest import Office
from tests.gui.conftest import open_window
from tests.sync_conflict_helpers import MINE, REMOTE_USER, THEIRS, phone_conflict


def _verification(qtbot: QtBot, desk: DeskController, username: str) -> VerificationTab:
    window = open_window(qtbot, desk, username)
    tab = window.tab_widget(Tab.VERIFICATION)
    assert isinstance(tab, VerificationTab)
    window.ui.tabs.setCurrentWidget(tab)
    return tab


def test_a_supervisor_chooses_a_value_from_verifikasi(
    qtbot: QtBot, desk: DeskController, office: Office, answers: list[str]
) -> None:
    made = phone_conflict(office)
    tab = _verification(qtbot, desk, "atasan")
    button = tab.conflicts
    qtbot.waitUntil(button.isVisible)
    assert button.text() == "⚠ 1 konflik sinkronisasi…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = button.dialog
    assert isinstance(dialog, SyncConflictsDialog)
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    assert ui.detailHeading.text().startswith("Pemohon Budi Santoso — Telepon")
    first, second = dialog.panels
    assert first.ui.heading.text() == "Nilai 1 — berlaku sekarang"
    assert (first.ui.value.text(), first.ui.writer.text(), first.ui.site.text()) == (
        THEIRS,
        REMOTE_USER,
        "L02",
    )
    assert (second.ui.value.text(), second.ui.writer.text(), second.ui.site.text()) == (
        MINE,
        "petugas",
        "L01 (loket ini)",
    )
    assert second.ui.writtenAt.text().endswith("WIB")
    assert second.ui.chooseButton.isEnabled() and not ui.reviewedButton.isVisible()
    qtbot.keyClicks(ui.note, "sesuai KTP")
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.choose_button(2), Qt.MouseButton.LeftButton)
    assert answers == []  # no error shown
    assert ui.summary.text() == "Semua konflik sudah diselesaikan."
    assert dialog.list.showing_empty_state() and not ui.detailBox.isVisible()
    qtbot.waitUntil(lambda: not button.isVisible())
    with office.runtime.read() as s:
        assert s.get(Applicant, made.applicant_id).phone == MINE  # type: ignore[union-attr]
    assert sync_conflicts.open_count(office.runtime, office.actors[Role.ADMIN]) == 0


def test_declining_the_confirmation_changes_nothing(
    qtbot: QtBot, desk: DeskController, office: Office, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from counterdesk.gui import messages

    phone_conflict(office)
    monkeypatch.setattr(messages, "confirm", lambda *args: False)
    tab = _verification(qtbot, desk, "atasan")
    qtbot.waitUntil(tab.conflicts.isVisible)
    dialog = tab.conflicts.open_dialog()
    qtbot.waitExposed(dialog)
    dialog.choose_button(2).click()
    assert len(dialog.list.visible_rows()) == 1
    assert sync_conflicts.open_count(office.runtime, office.actors[Role.ADMIN]) == 1


def test_an_officer_sees_no_conflict_button(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    phone_conflict(office)
    tab = _verification(qtbot, desk, "petugas")
    qtbot.waitExposed(tab)
    assert not tab.conflicts.isVisible()
