"""The queue on Penerimaan: loaded page by page, filtered, and opened into the detail of
an application with its timeline and actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counterdesk.domain.roles import Role
from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.application_detail import ApplicationDetailDialog
from counterdesk.gui.dialogs.document_ready import DocumentReadyDialog
from counterdesk.gui.dialogs.text_input import TextInputDialog
from counterdesk.gui.models.paged_row_model import PagedRowModel
from counterdesk.gui.models.row_table_model import Column
from counterdesk.gui.tabs.intake import IntakeTab
from counterdesk.services import information
from tests.conftest import Office
from tests.gui.intake_helpers import file_application, officer_window, opened, register_person


def _open_first(qtbot: QtBot, tab: IntakeTab) -> ApplicationDetailDialog:
    tab.list.select(0)
    tab.ui.tableView.setFocus()
    qtbot.keyClick(tab.ui.tableView, Qt.Key.Key_Return)
    return opened(qtbot, tab, ApplicationDetailDialog)


def test_enter_on_the_queue_opens_the_detail_with_its_timeline(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    number = file_application(office, register_person(office, "3174051203900001", "Budi"))
    _, tab = officer_window(qtbot, desk)
    assert [r.number for r in tab.list.visible_rows()] == [number]
    detail = _open_first(qtbot, tab)
    ui = detail.ui
    assert ui.numberLabel.text() == number
    assert ui.statusLabel.text().startswith("Diterima — tahap:")
    assert ui.receivedValue.text().endswith("WIB")
    assert ui.dueValue.text() == "Dihitung sejak berkas lengkap"
    assert ui.checklistList.count() == 12  # the twelve documents of the PNS standard
    timeline = ui.timelineTable
    assert timeline.item(0, 1).text() == "Permohonan diterima"
    assert timeline.item(0, 3).text() == "Petugas"  # who, and when
    assert timeline.item(0, 0).text().endswith("WIB")
    assert not ui.advanceButton.isEnabled()  # the file is not verified yet: said why
    assert "Verifikasi" in ui.noticeLabel.text()

    qtbot.keyClick(detail, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    reprint = opened(qtbot, detail, DocumentReadyDialog)
    assert reprint.ui.numberLabel.text() == number


def test_withdrawal_needs_a_reason_and_closes_the_application(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    file_application(office, register_person(office, "3174051203900001", "Budi"))
    _, tab = officer_window(qtbot, desk)
    detail = _open_first(qtbot, tab)
    qtbot.mouseClick(detail.ui.withdrawButton, Qt.MouseButton.LeftButton)
    ask = opened(qtbot, detail, TextInputDialog)
    assert "DICABUT" in ask.ui.explanation.text()  # says what will happen
    qtbot.keyClick(ask.ui.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert ask.isVisible() and "alasan pencabutan" in ask.ui.textError.text()
    qtbot.keyClicks(ask.ui.text, "Pemohon pindah tugas ke Medan")
    qtbot.keyClick(ask.ui.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not ask.isVisible())
    assert detail.ui.statusLabel.text().startswith("Dicabut")
    assert detail.ui.reasonValue.text() == "Pemohon pindah tugas ke Medan"
    events = [detail.ui.timelineTable.item(r, 1).text() for r in range(2)]
    assert events == ["Permohonan diterima", "Dicabut pemohon"]
    assert not detail.ui.withdrawButton.isEnabled()
    assert tab.list.showing_empty_state()  # no longer open: gone from the default queue


def test_the_queue_loads_page_by_page(
    qtbot: QtBot, desk: DeskController, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(IntakeTab, "page_size", 5)
    budi = register_person(office, "3174051203900001", "Budi")
    for _ in range(12):
        file_application(office, budi)
    _, tab = officer_window(qtbot, desk)
    model = tab.list.model
    assert isinstance(model, PagedRowModel)
    assert model.total == 12 and model.loaded % 5 == 0  # whole pages, as the view needs
    assert "12 permohonan terbuka" in tab.ui.summaryLabel.text()
    tab.ui.tableView.scrollToBottom()
    while model.canFetchMore():
        model.fetchMore()
    assert model.loaded == 12
    assert len({r.number for r in tab.list.visible_rows()}) == 12


def test_a_paged_model_asks_for_the_next_page_only_when_needed(qtbot: QtBot) -> None:
    asked: list[tuple[int, int]] = []
    rows = [f"TT-{i:03d}" for i in range(7)]

    def load(offset: int, limit: int) -> list[str]:
        asked.append((offset, limit))
        return rows[offset : offset + limit]

    model: PagedRowModel[str] = PagedRowModel([Column("Nomor", str)], page_size=3)
    model.set_source(rows[:3], 7, load)
    assert model.rowCount() == 3 and model.canFetchMore() and asked == []
    model.fetchMore()
    model.fetchMore()
    assert asked == [(3, 3), (6, 3)] and model.rowCount() == 7
    assert not model.canFetchMore()


def test_filters_narrow_the_queue_and_say_how_to_undo_them(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    file_application(office, register_person(office, "3174051203900001", "Budi"))
    _, tab = officer_window(qtbot, desk)
    ui = tab.ui
    ui.serviceFilter.setCurrentIndex(ui.serviceFilter.findData("sak/legalisasi"))
    assert tab.list.showing_empty_state()
    assert "saringan" in ui.emptyState.text()
    assert ui.emptyState.action_button.text() == "Atur ulang saringan"
    qtbot.mouseClick(ui.emptyState.action_button, Qt.MouseButton.LeftButton)
    assert len(tab.list.visible_rows()) == 1 and ui.serviceFilter.currentIndex() == 0
    ui.dateFilter.setChecked(True)
    assert len(tab.list.visible_rows()) == 1  # received today: within the last 30 days
    assert "sesuai saringan" in ui.summaryLabel.text()


def test_the_clock_stops_with_a_reason_and_runs_again(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as session:  # the clock runs from receipt
        number = information.log_request(
            session,
            officer,
            information.InformationRequest(
                question="Syarat impor mesin bekas?",
                channel="email",
                name="Siti",
                email="s@contoh.id",
            ),
        ).number
    window, _ = officer_window(qtbot, desk)
    detail = window.open_application(number)
    assert detail.ui.pauseButton.isEnabled() and not detail.ui.resumeButton.isEnabled()
    detail.ui.pauseButton.click()
    ask = opened(qtbot, detail, TextInputDialog)
    qtbot.keyClicks(ask.ui.text, "Menunggu dokumen dari pemohon")
    ask.ok_button.click()
    assert detail.ui.statusLabel.text().startswith("Ditunda")
    assert detail.ui.resumeButton.isEnabled()
    detail.ui.resumeButton.click()
    assert detail.ui.statusLabel.text().startswith("Diproses")
    events = [
        detail.ui.timelineTable.item(r, 1).text() for r in range(detail.ui.timelineTable.rowCount())
    ]
    assert events[-2:] == ["Jam layanan berhenti", "Jam layanan berjalan lagi"]
