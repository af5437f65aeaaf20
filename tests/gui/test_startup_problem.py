"""Start-up problems as the officer meets them in the app: a database damaged on disk is
found behind the login screen, the dialog names the latest good backup, one click restores
it and the login comes back on the restored data; a read-only data folder is named before
anything opens; little free space is a warning the desk goes on with."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from counterdesk.domain.disk_space import MB
from counterdesk.domain.errors import DatabaseError
from counterdesk.domain.roles import Role
from counterdesk.gui.app import DeskOpener, run
from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.startup_problem import StartupProblemDialog
from counterdesk.gui.login_dialog import LoginDialog
from counterdesk.services import accounts, setup
from counterdesk.services.context import SYSTEM
from counterdesk.services.runtime import Runtime
from counterdesk.services.startup import OpenOptions
from counterdesk.services.startup_checks import ProblemKind, StartupProblem, check_folder
from counterdesk.store.migrate import backup_sqlite, backups_dir, quick_check
from tests.conftest import PASSWORD, office_setup
from tests.gui.conftest import open_window
from tests.unit.services.test_startup_checks import (
    damage_middle,
    fill_with_scans,
    free_space,
    read_only,
)

pytestmark = pytest.mark.sqlite_only  # the SQLite file, its copies and checks


def _args(data_dir: Path) -> argparse.Namespace:
    return argparse.Namespace(data_dir=data_dir, database_url=None, demo=False, demo_reset=False)


def _visible(kind: type[QWidget], test: Callable[[QWidget], bool] = bool) -> QWidget | None:
    found = (w for w in QApplication.topLevelWidgets() if isinstance(w, kind))
    return next((w for w in found if w.isVisible() and test(w)), None)


def _steps(*steps: tuple[Callable[[], QWidget | None], Callable[[QWidget], None]]) -> None:
    """Each step waits (polling the event loop, inside modal dialogs too) until its widget
    is visible, then acts on it; the next step begins after."""
    if not steps:
        return
    (find, act), rest = steps[0], steps[1:]

    def poll() -> None:
        widget = find()
        if widget is None:
            QTimer.singleShot(20, poll)
            return
        act(widget)
        _steps(*rest)

    QTimer.singleShot(0, poll)


def _click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _users(database: Path) -> int:
    runtime = Runtime.open(database_file=database)
    try:
        with runtime.read() as session:
            return accounts.count_users(session)
    finally:
        runtime.close()


def _office_with_a_good_backup_then_damaged(data_dir: Path) -> tuple[Path, int]:
    """An office whose database was backed up, then got a user the backup lacks, then was
    damaged on disk in the middle (it still opens: only quick_check finds it). The file,
    and how many users the backup holds."""
    database = data_dir / "counterdesk.sqlite3"
    runtime = Runtime.open(database_file=database)
    with runtime.unit() as session:
        setup.initialize(session, office_setup())
    fill_with_scans(runtime)
    backup_sqlite(database, backups_dir(database))
    with runtime.unit() as session:
        users = accounts.count_users(session)
        accounts.create_user(
            session,
            SYSTEM,
            accounts.NewUser("baru", "Pegawai Baru", frozenset({Role.OFFICER}), PASSWORD),
        )
    runtime.close()
    damage_middle(database)
    return database, users


def test_a_damaged_database_found_behind_the_login_is_restored_in_one_click(
    tmp_path: Path, qtbot: QtBot
) -> None:
    data_dir = tmp_path / "data"
    database, users_in_backup = _office_with_a_good_backup_then_damaged(data_dir)
    seen: dict[str, str] = {}

    def read_and_restore(widget: QWidget) -> None:
        assert isinstance(widget, StartupProblemDialog)
        seen["heading"] = widget.heading.text()
        seen["message"] = widget.message.text()
        seen["offer"] = widget.offer.text()
        assert widget.restoreButton.isVisible() and widget.quitButton.isVisible()
        _click(qtbot, widget.restoreButton)

    def go_on(widget: QWidget) -> None:
        assert isinstance(widget, StartupProblemDialog)
        seen["status"] = widget.status.text()
        _click(qtbot, widget.continueButton)

    def at_the_login(widget: QWidget) -> None:
        assert isinstance(widget, LoginDialog)
        seen["office"] = widget.ui.officeLabel.text()
        widget.reject()

    _steps(
        (lambda: _visible(StartupProblemDialog), read_and_restore),
        (lambda: _visible(StartupProblemDialog, lambda d: d.continueButton.isVisible()), go_on),
        (lambda: _visible(LoginDialog, lambda d: d.ready), at_the_login),
    )
    assert run(_args(data_dir)) == 0
    assert seen["heading"] == "Database rusak"
    assert "rusak (pemeriksaan cepat:" in seen["message"]
    taken = datetime.now().strftime("%d")  # the backup was made a moment ago
    assert "Pulihkan dari cadangan terakhir yang baik" in seen["offer"]
    assert f"{int(taken)} " in seen["offer"] and "MB" in seen["offer"]
    assert seen["status"].startswith("Berhasil. Loket ini sekarang memakai kode ")
    assert "(sebelumnya L01)" in seen["status"]  # no number is issued twice
    assert "Pusdiklat Bea dan Cukai" in seen["office"]
    # the login came back on the restored data: sound, without the user added after it
    assert quick_check(database) is None
    assert _users(database) == users_in_backup
    assert list(backups_dir(database).glob("*rusak*"))  # the damaged file was kept


def test_a_read_only_data_folder_is_named_before_anything_opens(
    tmp_path: Path, qtbot: QtBot
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    seen: list[str] = []

    def leave(widget: QWidget) -> None:
        assert isinstance(widget, StartupProblemDialog)
        seen.append(widget.message.text())
        assert not widget.restoreButton.isVisible()
        _click(qtbot, widget.quitButton)

    _steps((lambda: _visible(StartupProblemDialog), leave))
    with read_only(data_dir):
        assert run(_args(data_dir)) == 1
    assert seen and f"tidak dapat menulis di folder data {data_dir}" in seen[0]
    assert not (data_dir / "counterdesk.sqlite3").exists()


def test_little_free_space_is_a_warning_with_one_button(tmp_path: Path, qtbot: QtBot) -> None:
    (problem,) = check_folder(tmp_path / "counterdesk.sqlite3", free_space(200 * MB))
    dialog = StartupProblemDialog(problem)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.heading.text() == "Ruang disk menipis"
    assert "tinggal 200 MB" in dialog.message.text()
    shown = [b.text() for b in dialog.findChildren(type(dialog.continueButton)) if b.isVisible()]
    assert shown == ["Lanjutkan"]
    _click(qtbot, dialog.continueButton)
    assert not dialog.isVisible() and dialog.chosen is None


def test_another_file_can_be_chosen_instead(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "lain.sqlite3"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(other), ""))
    problem = StartupProblem(ProblemKind.UNOPENABLE, "Berkas itu bukan database.", None)
    dialog = StartupProblemDialog(problem)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restoreButton.isVisible()  # no backup known: nothing to restore
    _click(qtbot, dialog.otherButton)
    assert dialog.chosen == other


def test_damage_found_after_the_login_closes_the_desk_and_asks(
    qtbot: QtBot, desk: DeskController
) -> None:
    """The check of a large file can end after the officer is in: the window and the
    database close, a login screen waits for a database, and the problem is asked."""
    window = open_window(qtbot, desk, "petugas")
    runtime = desk.runtime
    assert runtime is not None and runtime.db.path is not None
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    asked: list[str] = []

    def choose(parent: QWidget | None, error: DatabaseError) -> Path | None:
        asked.append(str(error))
        return None

    opener = DeskOpener(app, desk, OpenOptions(database_file=runtime.db.path), choose)
    problem = StartupProblem(ProblemKind.DAMAGED, "Database rusak (uji).", runtime.db.path)
    desk.checked.emit((problem,))
    assert asked and asked[0].startswith("Database rusak (uji).")
    assert not window.isVisible() and desk.main_window is None and desk.runtime is None
    login = desk.login_dialog
    assert login is not None and login.isVisible() and not login.ready
    assert opener.exit_code == 1  # "Keluar" was chosen


def test_a_file_that_cannot_be_opened_is_restored_before_the_login(
    tmp_path: Path, qtbot: QtBot
) -> None:
    data_dir = tmp_path / "data"
    database, _users_in_backup = _office_with_a_good_backup_then_damaged(data_dir)
    database.write_bytes(b"bukan lagi database " * 500)  # the first page is gone too
    seen: list[str] = []

    def restore(widget: QWidget) -> None:
        assert isinstance(widget, StartupProblemDialog)
        seen.append(widget.heading.text())
        _click(qtbot, widget.restoreButton)

    def go_on(widget: QWidget) -> None:
        _click(qtbot, widget.continueButton)  # type: ignore[attr-defined]

    def at_the_login(widget: QWidget) -> None:
        assert isinstance(widget, LoginDialog)
        seen.append(widget.ui.officeLabel.text())
        widget.reject()

    _steps(
        (lambda: _visible(StartupProblemDialog), restore),
        (lambda: _visible(StartupProblemDialog, lambda d: d.continueButton.isVisible()), go_on),
        (lambda: _visible(LoginDialog, lambda d: d.ready), at_the_login),
    )
    assert run(_args(data_dir)) == 0
    assert seen[0] == "Database tidak dapat dibuka"
    assert "Pusdiklat Bea dan Cukai" in seen[1]
    assert quick_check(database) is None
