"""`counterdesk` end to end: the login screen first, the database opened behind it; a bad
file is left untouched and another can be chosen; an invalid catalogue is named."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from counterdesk.domain.errors import DatabaseError
from counterdesk.gui.app import create_application, run
from counterdesk.gui.login_dialog import LoginDialog
from counterdesk.gui.setup_wizard import SetupWizard


def _args(tmp_path: Path, *, demo: bool = False) -> argparse.Namespace:
    return argparse.Namespace(data_dir=tmp_path, database_url=None, demo=demo, demo_reset=False)


def _when(found: Callable[[], QWidget | None], then: Callable[[QWidget], None]) -> None:
    """Once ``found`` returns a visible widget, act on it (polls the event loop)."""

    def poll() -> None:
        widget = found()
        if widget is None or not widget.isVisible():
            QTimer.singleShot(20, poll)
            return
        then(widget)

    QTimer.singleShot(0, poll)


def _ready_login() -> LoginDialog | None:
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog)]
    return next((d for d in dialogs if d.ready and d.isVisible()), None)


def test_a_corrupt_file_is_untouched_and_another_can_be_opened(
    tmp_path: Path, qtbot: object
) -> None:
    bad = tmp_path / "counterdesk.sqlite3"
    bad.write_bytes(b"ini bukan database" * 100)
    before = bad.read_bytes()
    asked: list[str] = []

    def choose(parent: QWidget | None, error: DatabaseError) -> Path:
        asked.append(str(error))
        return tmp_path / "lain.sqlite3"

    wizards: list[str] = []

    def leave(widget: QWidget) -> None:  # the other file is new: the set-up wizard opens
        wizards.append(widget.windowTitle())
        widget.close()

    _when(
        lambda: next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, SetupWizard)), None
        ),
        leave,
    )
    assert run(_args(tmp_path), choose) == 0
    assert "rusak" in asked[0] and "tidak diubah" in asked[0]
    assert bad.read_bytes() == before
    assert wizards and (tmp_path / "lain.sqlite3").exists()


def test_quitting_at_the_database_error_opens_nothing(tmp_path: Path, qtbot: object) -> None:
    (tmp_path / "counterdesk.sqlite3").write_bytes(b"x" * 64)
    assert run(_args(tmp_path), lambda parent, error: None) == 1


def test_application_font_is_readable(qtbot: object) -> None:
    app = create_application()
    assert app is QApplication.instance()
    assert app.font().pointSizeF() >= 10
    assert app.applicationName() == "CounterDesk"


def test_run_fills_the_demo_opens_the_login_and_quits_when_it_closes(
    tmp_path: Path, qtbot: object
) -> None:
    seen: list[str] = []

    def close(widget: QWidget) -> None:
        assert isinstance(widget, LoginDialog)
        seen.append(widget.ui.officeLabel.text())
        assert widget.ui.demoBox.isVisible() and not widget.ui.startProgress.isVisible()
        widget.reject()

    _when(_ready_login, close)
    assert run(_args(tmp_path, demo=True)) == 0
    assert seen and "(DEMO)" in seen[0]
    demo = tmp_path / "demo" / "counterdesk-demo.sqlite3"
    assert demo.exists()
    # the day's copy was made in the background, beside the database, not before the login
    assert len(list((demo.parent / "backups").glob("*.sqlite3"))) == 1


def test_an_invalid_catalogue_is_named_before_anything_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: object
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from counterdesk import paths
    from counterdesk.services import catalog

    bad = tmp_path / "catalog"
    bad.mkdir()
    (bad / "rusak.yaml").write_text("code: rusak\nversion: tiga\n", encoding="utf-8")
    monkeypatch.setattr(paths, "catalog_dir", lambda: bad)
    catalog.clear_catalog_cache()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    try:
        assert run(_args(tmp_path)) == 2
    finally:
        catalog.clear_catalog_cache()
    assert shown and "rusak.yaml" in shown[0] and "version" in shown[0]
    assert not (tmp_path / "counterdesk.sqlite3").exists()  # nothing opened or created
