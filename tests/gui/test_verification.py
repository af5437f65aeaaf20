"""Verifikasi, layer 1: the tab's overview and two views, and the officer's checklist —
a file returned as incomplete with the deficiency notice, completed when the applicant
comes back (day 0 and the due date), and a missing mandatory paper that blocks it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counterdesk.domain.formatting import format_date_long, to_zone
from counterdesk.domain.roles import Role, Tab
from counterdesk.domain.states import AppStatus
from counterdesk.gui import messages
from counterdesk.gui.context import DeskContext, load_office_info
from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.application_detail import ApplicationDetailDialog
from counterdesk.gui.dialogs.document_ready import DocumentReadyDialog
from counterdesk.gui.dialogs.verification_checklist import VerificationChecklistDialog
from counterdesk.gui.main_window import MainWindow
from counterdesk.gui.tabs.verification import CHECK_VIEW, VerificationTab
from counterdesk.services import accounts, applications, calendar, overview, verification
from counterdesk.services.catalog import load_catalog
from counterdesk.services.context import SYSTEM
from counterdesk.services.demo_data import ensure_demo
from counterdesk.services.runtime import Runtime
from counterdesk.services.verification import ItemCheck
from counterdesk.store.base import utcnow
from tests import pdf_tools
from tests.conftest import PASSWORD, Office
from tests.gui.conftest import activate, open_window
from tests.gui.intake_helpers import PNS, file_application, opened, register_person, save_to

BOTH = "kepala"  # officer and supervisor: may check and sign off — never the same file
SKP = 5  # row 6 of the PNS checklist: "Sasaran Kinerja Pegawai (SKP) terakhir"
PHOTO = 6  # row 7: "Pas foto terbaru"


# --- helpers (the sign-off tests use them too) -------------------------------------------
def verification_tab(
    qtbot: QtBot, desk: DeskController, username: str
) -> tuple[MainWindow, VerificationTab]:
    window = open_window(qtbot, desk, username)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    tab = window.tab_widget(Tab.VERIFICATION)
    assert isinstance(tab, VerificationTab) and window.current_tab() is tab
    return window, tab


def pns_file(office: Office, name: str = "Budi Santoso", nik: str = "3174051203900001") -> str:
    """A PNS certification application (12 requirements), just received."""
    return file_application(office, register_person(office, nik, name))


def checked_complete(office: Office, number: str, role: Role = Role.OFFICER) -> None:
    """The officer found every paper: the file waits for the supervisor."""
    actor = office.actors[role]
    with office.runtime.unit(actor) as session:
        items = applications.detail(session, number).checklist
        verification.mark_complete(
            session, actor, number, [ItemCheck(i.requirement_code, True) for i in items]
        )


def status(office: Office, number: str) -> AppStatus:
    with office.runtime.unit() as session:
        return AppStatus(applications.get_by_number(session, number).status)


def add_both_roles_user(office: Office) -> None:
    with office.runtime.unit() as session:
        accounts.create_user(
            session,
            SYSTEM,
            accounts.NewUser(
                BOTH, "Kepala Seksi", frozenset({Role.OFFICER, Role.SUPERVISOR}), PASSWORD
            ),
        )


def open_first_to_check(qtbot: QtBot, tab: VerificationTab) -> VerificationChecklistDialog:
    assert tab.view() == CHECK_VIEW
    tab.to_check.select(0)
    tab.ui.checkTableView.setFocus()
    qtbot.keyClick(tab.ui.checkTableView, Qt.Key.Key_Return)
    return opened(qtbot, tab, VerificationChecklistDialog)


def office_today(runtime: Runtime) -> date:
    return to_zone(utcnow(), load_office_info(runtime).timezone).date()


# --- tests -----------------------------------------------------------------------------
def test_incomplete_file_gets_its_notice_and_is_completed_when_the_applicant_returns(
    qtbot: QtBot,
    desk: DeskController,
    office: Office,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    number = pns_file(office)
    _, tab = verification_tab(qtbot, desk, "petugas")
    assert [r.number for r in tab.to_check.visible_rows()] == [number]  # officer: to check
    dialog = open_first_to_check(qtbot, tab)
    rows = dialog.ui.rows
    assert len(rows.rows) == 12 and rows.rows[0].present.hasFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # all present
    assert rows.present_count() == 12
    skp = rows.rows[SKP]
    skp.present.setFocus()
    qtbot.keyClick(skp.present, Qt.Key.Key_Space)  # not brought after all
    assert skp.present.text() == "Belum ada" and not skp.validity.isEnabled()
    qtbot.keyClick(skp.present, Qt.Key.Key_Tab)
    assert skp.note.hasFocus()  # Tab moves along the row (a paper not brought is not judged)
    qtbot.keyClicks(skp.note, "SKP 2025 belum ditandatangani atasan")
    assert "1 wajib belum ada" in dialog.ui.progressLabel.text()

    qtbot.keyClick(dialog, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    notice = opened(qtbot, dialog, DocumentReadyDialog)
    assert "6. Sasaran Kinerja Pegawai (SKP) terakhir" in notice.ui.explanation.text()
    save_to(monkeypatch, tmp_path / "surat.pdf")
    qtbot.keyClick(notice, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    pdf = (tmp_path / "surat.pdf").read_bytes()
    assert number in [code.text for code in pdf_tools.decode(pdf)]
    assert "Sasaran Kinerja Pegawai (SKP) terakhir" in pdf_tools.all_text(pdf)
    assert status(office, number) == AppStatus.INCOMPLETE
    notice.accept()
    assert "belum lengkap" in dialog.ui.resultLabel.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # The applicant comes back with the SKP: the same checklist, with its history.
    assert tab.to_check.visible_rows()[0].status_label == "Berkas belum lengkap"
    again = open_first_to_check(qtbot, tab)
    rows = again.ui.rows
    assert rows.present_count() == 11 and not rows.rows[SKP].present.isChecked()
    assert rows.rows[SKP].note.text() == "SKP 2025 belum ditandatangani atasan"
    assert "Berkas belum lengkap: Sasaran Kinerja" in again.ui.historyLabel.text()
    rows.rows[SKP].present.setFocus()
    qtbot.keyClick(rows.rows[SKP].present, Qt.Key.Key_Space)
    qtbot.keyClick(again, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(again.ui.resultBox.isVisible)
    today = office_today(office.runtime)
    with office.runtime.unit() as session:
        work_calendar = calendar.office_calendar(session)
    limit = load_catalog().find_service(PNS).service.time_limit
    assert limit is not None
    due = work_calendar.add_working_days(today, limit.max_days)
    said = f"Hari ke-0: {format_date_long(today)} · Jatuh tempo: {format_date_long(due)}"
    assert said in again.ui.resultLabel.text()
    assert status(office, number) == AppStatus.AWAITING_SIGNOFF
    qtbot.mouseClick(again.ui.receiptButton, Qt.MouseButton.LeftButton)
    receipt = opened(qtbot, again, DocumentReadyDialog)
    assert receipt.ui.numberLabel.text() == number
    qtbot.waitUntil(lambda: tab.to_check.showing_empty_state())  # the tab followed


def test_a_missing_mandatory_paper_blocks_complete_and_is_named_at_its_row(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    number = pns_file(office)
    _, tab = verification_tab(qtbot, desk, "petugas")
    dialog = open_first_to_check(qtbot, tab)
    rows = dialog.ui.rows
    rows.mark_all_present()
    rows.rows[SKP].present.setChecked(False)
    rows.rows[PHOTO].validity.setCurrentIndex(2)  # Tidak sah
    qtbot.mouseClick(dialog.ui.completeButton, Qt.MouseButton.LeftButton)
    error = dialog.ui.generalError
    assert error.isVisible()
    assert "6. Sasaran Kinerja Pegawai (SKP) terakhir" in error.text()
    assert "7. Pas foto terbaru" in error.text()
    assert [r.item.position for r in rows.rows if r.flagged] == [SKP, PHOTO]
    assert rows.rows[SKP].kind.text() == "Wajib — belum ada"
    assert rows.rows[PHOTO].kind.text() == "Wajib — tidak sah"
    assert rows.rows[SKP].present.hasFocus()  # at the first one to fix
    assert status(office, number) == AppStatus.RECEIVED  # nothing stored
    rows.rows[SKP].present.setChecked(True)
    assert not rows.rows[SKP].flagged and not error.isVisible()  # fixing clears the mark


def test_detail_opens_the_checklist_which_keeps_a_scan_and_asks_before_losing_ticks(
    qtbot: QtBot,
    desk: DeskController,
    office: Office,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    number = pns_file(office)
    window, _ = verification_tab(qtbot, desk, "petugas")
    qtbot.keyClicks(window.search, number)  # typed (or scanned) receipt number + Enter
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    detail = opened(qtbot, window, ApplicationDetailDialog)
    qtbot.mouseClick(detail.ui.checkButton, Qt.MouseButton.LeftButton)
    dialog = opened(qtbot, detail, VerificationChecklistDialog)
    scan = tmp_path / "skp.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(scan), "")
    )
    row = dialog.ui.rows.rows[SKP]
    qtbot.mouseClick(row.scan_button, Qt.MouseButton.LeftButton)
    assert row.present.isChecked() and row.scan_button.text() == "Terlampir: skp.png"
    asked: list[str] = []

    def keep(*args: object) -> str:
        asked.append(str(args[1]))
        return messages.KEEP

    monkeypatch.setattr(messages, "ask_unsaved", keep)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # unsaved ticks: asked once, kept
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert asked == ["Checklist belum disimpan"]
    assert detail.ui.noticeLabel.text() == "Pemeriksaan berkas tersimpan."
    with office.runtime.unit() as session:
        item = applications.detail(session, number).checklist[SKP]
        assert item.present and item.scan_sha256 is not None
    assert status(office, number) == AppStatus.RECEIVED  # no verdict yet
    activate(qtbot, detail)
    qtbot.mouseClick(detail.ui.checkButton, Qt.MouseButton.LeftButton)
    reopened = opened(qtbot, detail, VerificationChecklistDialog)
    assert reopened.ui.rows.rows[SKP].scan_button.text() == "Terlampir (tersimpan)"


@pytest.fixture
def demo_runtime(tmp_path: Path) -> Iterator[Runtime]:
    runtime = Runtime.open(database_file=tmp_path / "demo.sqlite3", demo=True)
    ensure_demo(runtime)
    yield runtime
    runtime.close()


def test_the_overview_counts_match_the_demo_data(qtbot: QtBot, demo_runtime: Runtime) -> None:
    for username, password, view in (
        ("atasan", "atasan123", "approvals"),
        ("petugas", "petugas123", "check"),
    ):
        actor = demo_runtime.login(username, password)
        window = MainWindow(DeskContext(demo_runtime, actor, load_office_info(demo_runtime)))
        qtbot.addWidget(window)
        activate(qtbot, window)
        window.ui.tabs.setCurrentIndex(window.tab_ids.index(Tab.VERIFICATION))
        tab = window.tab_widget(Tab.VERIFICATION)
        assert isinstance(tab, VerificationTab)
        today = office_today(demo_runtime)
        with demo_runtime.unit() as session:
            counts = overview.counts(session, today)
            to_check = overview.queue_size(
                session, statuses=frozenset({AppStatus.RECEIVED, AppStatus.INCOMPLETE})
            )
        assert tab.loaded is not None
        shown = tab.loaded
        assert (shown.awaiting_signoff, shown.overdue, shown.due_soon) == (
            counts.awaiting_signoff,
            counts.overdue,
            counts.due_soon,
        )
        assert counts.awaiting_signoff and counts.overdue and counts.due_soon  # demo has each
        summary = tab.ui.summaryLabel.text()
        for said in (
            f"{counts.awaiting_signoff} menunggu persetujuan",
            f"{counts.due_soon} mendekati jatuh tempo",
            f"{counts.overdue} lewat jatuh tempo",
        ):
            assert said in summary
        assert len(tab.list.visible_rows()) == counts.awaiting_signoff
        assert len(tab.to_check.visible_rows()) == to_check
        assert tab.ui.checkViewButton.text() == f"Perlu diperiksa ({to_check})"
        ages = [r.age_days for r in tab.list.visible_rows()]
        assert ages == sorted(ages, reverse=True)  # oldest first
        assert (tab.view() == CHECK_VIEW) == (view == "check")  # by role
        assert tab.shown_list().table.isVisible()
        window.close()
