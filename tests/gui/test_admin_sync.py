"""Admin › Sinkronisasi on two real counters: export and import from the page, with the
bar, Batal and the summary afterwards; a cancelled import resumes; conflicts reachable;
revoking names the counter first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from counterdesk.domain.roles import Tab
from counterdesk.gui import messages
from counterdesk.gui.context import DeskContext, load_office_info
from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.sync_conflicts import SyncConflictsDialog
from counterdesk.gui.tabs import admin_sync
from counterdesk.gui.tabs.admin import AdminTab
from counterdesk.gui.tabs.admin_sync import SyncPage
from counterdesk.gui.workers import Progress
from counterdesk.services import setup, sync
from counterdesk.services.runtime import Runtime
from tests.conftest import PASSWORD, office_setup
from tests.gui.conftest import open_window
from tests.sync_exchange_helpers import phone_clash, phone_of, register
from tests.sync_helpers import Counter, counters_in


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Counter, Counter]]:
    with counters_in(tmp_path, ("L01", "L02")) as counters:
        yield counters[0], counters[1]


@pytest.fixture
def page(qtbot: QtBot, pair: tuple[Counter, Counter]) -> Iterator[SyncPage]:
    """Admin › Sinkronisasi at L01, as its admin opens it."""
    desk = DeskController(pair[0].runtime, idle_timeout_ms=60 * 60 * 1000)
    desk.start()
    window = open_window(qtbot, desk, "admin")
    tab = window.tab_widget(Tab.ADMIN)
    assert isinstance(tab, AdminTab)
    window.ui.tabs.setCurrentWidget(tab)
    tab.ui.sections.setCurrentWidget(tab.sync)
    yield tab.sync
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.processEvents()


def _cell(page: SyncPage, code: str, header: str) -> str:
    model = page.ui.sitesTable.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == code:
            return str(model.index(row, headers.index(header)).data())
    raise AssertionError(f"{code} not listed")


def _pick(monkeypatch: pytest.MonkeyPatch, how: str, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, how, lambda *args, **kwargs: (str(path), ""))


def _wait_idle(qtbot: QtBot, page: SyncPage) -> None:
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=20_000)


def test_the_page_shows_this_counter_and_the_others(page: SyncPage) -> None:
    ui = page.ui
    assert ui.siteCode.text() == "L01 — Loket utama"
    assert ui.siteFingerprint.text().count("-") == 3
    assert _cell(page, "L01", "Status") == "Loket ini"
    assert _cell(page, "L02", "Status") == "Aktif"
    assert _cell(page, "L02", "Terakhir dikirim") == "belum pernah"
    assert ui.exportButton.isEnabled() and not ui.revokeButton.isEnabled()
    assert ui.conflictCount.text() == "tidak ada" and not ui.conflictsButton.isEnabled()


def test_export_writes_the_file_and_says_what_is_in_it(
    qtbot: QtBot, page: SyncPage, pair: tuple[Counter, Counter], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    register(pair[0])
    page.refresh()
    assert _cell(page, "L02", "Belum diterimanya") == "1 data"
    _pick(monkeypatch, "getSaveFileName", tmp_path / "untuk-L02")  # suffix added
    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, page)
    assert (tmp_path / "untuk-L02.cdx").exists()
    text = page.ui.result.text()
    assert "Berkas ditulis:</b> untuk-L02.cdx" in text and "untuk loket L02" in text
    assert "Pemohon" in text and not page.ui.resultError.isVisible()
    assert _cell(page, "L02", "Terakhir dikirim").endswith("WIB")


def test_import_shows_progress_and_a_summary(
    qtbot: QtBot, page: SyncPage, pair: tuple[Counter, Counter], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    l01, l02 = pair
    applicant_id = register(l02, "3174054403900002", "Sari Dewi")
    path = tmp_path / "L02-ke-L01.cdx"
    sync.export(l02.runtime, l02.admin, path, ["L01"])
    _pick(monkeypatch, "getOpenFileName", path)
    qtbot.mouseClick(page.ui.importButton, Qt.MouseButton.LeftButton)
    assert not page.ui.importButton.isEnabled()  # one job at a time
    _wait_idle(qtbot, page)
    text = page.ui.result.text()
    assert "Impor dari loket L02 selesai</b>: 1 data diterima, 1 berubah" in text
    assert "<td>Pemohon</td>" in text
    assert page.ui.progressBar.maximum() == page.ui.progressBar.value() == 1
    assert phone_of(l01, applicant_id) == ""  # the applicant is here now
    assert _cell(page, "L02", "Terakhir diterima").endswith("WIB")
    # the same file again changes nothing, and says so
    qtbot.mouseClick(page.ui.importButton, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, page)
    assert (
        page.ui.result.text() == "L02-ke-L01.cdx sudah diimpor sebelumnya; tidak ada yang berubah."
    )


def test_batal_stops_an_import_and_the_next_one_resumes(
    qtbot: QtBot, page: SyncPage, pair: tuple[Counter, Counter], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    l02 = pair[1]
    register(l02, "3174054403900002", "Sari Dewi")
    path = tmp_path / "L02-ke-L01.cdx"
    sync.export(l02.runtime, l02.admin, path, ["L01"])
    original = admin_sync.reporter

    def held(progress: Progress, text: str):  # type: ignore[no-untyped-def]
        report = original(progress, text)

        def hold(done: int, total: int) -> None:
            report(done, total)
            progress.wait(30)  # until the admin presses Batal

        return hold

    monkeypatch.setattr(admin_sync, "reporter", held)
    _pick(monkeypatch, "getOpenFileName", path)
    qtbot.mouseClick(page.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.ui.progressBox.isVisible)  # the bar and Batal after 0.6 s
    assert page.ui.progressText.text() == "Menerapkan data 1 dari 1"
    qtbot.mouseClick(page.ui.cancelButton, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, page)
    assert page.ui.result.text().startswith("Impor dibatalkan. Yang sudah tersimpan tetap")
    monkeypatch.setattr(admin_sync, "reporter", original)
    qtbot.mouseClick(page.ui.importButton, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, page)
    assert "(melanjutkan impor yang terhenti)" in page.ui.result.text()


def test_a_refused_file_is_said_on_the_page(
    qtbot: QtBot, page: SyncPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "foto.cdx"
    junk.write_bytes(b"bukan berkas")
    _pick(monkeypatch, "getOpenFileName", junk)
    qtbot.mouseClick(page.ui.importButton, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, page)
    assert page.ui.resultError.isVisible()
    assert "foto.cdx bukan berkas sinkronisasi CounterDesk" in page.ui.resultError.text()


def test_conflicts_are_counted_and_open_the_review(
    qtbot: QtBot, page: SyncPage, pair: tuple[Counter, Counter], tmp_path: Path
) -> None:
    phone_clash(pair[0], pair[1], tmp_path)
    page.refresh()
    assert page.ui.conflictCount.text() == "1 menunggu keputusan atasan"
    qtbot.mouseClick(page.ui.conflictsButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, SyncConflictsDialog)
    qtbot.waitExposed(dialog)
    assert "Hanya atasan yang dapat memilih" in dialog.ui.summary.text()  # an admin looks
    assert not dialog.choose_button(1).isEnabled()


def test_revoking_names_the_counter_and_what_follows(
    qtbot: QtBot, page: SyncPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text, ok: asked.append(text))
    page.list.select_key("L02")
    assert page.ui.revokeButton.isEnabled()
    qtbot.mouseClick(page.ui.revokeButton, Qt.MouseButton.LeftButton)
    assert asked and asked[0].startswith("Cabut loket L02 (Loket L02)?")
    assert _cell(page, "L02", "Status") == "Aktif"  # declined: nothing happened
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    _pick(monkeypatch, "getSaveFileName", tmp_path / "roster")
    qtbot.mouseClick(page.ui.revokeButton, Qt.MouseButton.LeftButton)
    assert "Loket L02 dicabut" in page.ui.result.text()
    assert (tmp_path / "roster.cdr").exists()
    assert _cell(page, "L02", "Status").startswith("Dicabut")
    assert not page.ui.exportButton.isEnabled()  # nobody left to send to


def _new_counter(folder: Path, code: str) -> Runtime:
    runtime = Runtime.open(database_file=folder / f"{code}.sqlite3")
    with runtime.unit() as session:
        setup.initialize(session, office_setup(counter_code=code))
    return runtime


def test_a_new_counter_joins_through_the_pages(
    qtbot: QtBot, page: SyncPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new PC writes its request, the admin's counter admits it after comparing the
    fingerprints, the new PC imports the roster it wrote: the three roster buttons."""
    runtime = _new_counter(tmp_path, "L03")
    try:
        admin = runtime.login("admin", PASSWORD)
        newcomer = SyncPage(DeskContext(runtime, admin, load_office_info(runtime)))
        qtbot.addWidget(newcomer)
        newcomer.refresh()
        asked: list[str] = []
        monkeypatch.setattr(messages, "confirm", lambda p, t, text, ok: not asked.append(text))
        _pick(monkeypatch, "getSaveFileName", tmp_path / "bergabung-L03")
        qtbot.mouseClick(newcomer.ui.joinRequestButton, Qt.MouseButton.LeftButton)
        said = newcomer.ui.result.text()
        assert "Permintaan bergabung ditulis:</b> bergabung-L03.cdj" in said
        fingerprint = newcomer.ui.siteFingerprint.text()
        assert f"tanda tangan <b>{fingerprint}</b>" in said

        _pick(monkeypatch, "getOpenFileName", tmp_path / "bergabung-L03.cdj")
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "roster-baru"), "")
        )
        qtbot.mouseClick(page.ui.admitButton, Qt.MouseButton.LeftButton)
        assert asked[-1].startswith("Terima loket L03") and fingerprint in asked[-1]
        assert "Loket L03 diterima</b>; roster versi 1 ditulis ke roster-baru.cdr" in (
            page.ui.result.text()
        )
        assert _cell(page, "L03", "Status") == "Aktif"

        _pick(monkeypatch, "getOpenFileName", tmp_path / "roster-baru.cdr")
        qtbot.mouseClick(newcomer.ui.importRosterButton, Qt.MouseButton.LeftButton)
        assert "roster pertama di PC ini" in asked[-1] and "ditandatangani loket L01" in asked[-1]
        assert newcomer.ui.result.text().startswith("<b>Roster versi 1 diterapkan.</b>")
        statuses = [_cell(newcomer, c, "Status") for c in ("L01", "L02", "L03")]
        assert statuses == ["Aktif", "Aktif", "Loket ini"]
        assert newcomer.ui.exportButton.isEnabled()
    finally:
        runtime.close()
