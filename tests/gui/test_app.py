"""Opening the database: a bad file is left untouched and another can be chosen."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from counterdesk.domain.errors import DatabaseError
from counterdesk.gui.app import create_application, open_runtime, run
from counterdesk.gui.login_dialog import LoginDialog


def _args(tmp_path: Path) -> argparse.Namespace:
    return argparse.Namespace(data_dir=tmp_path, database_url=None, demo=False, demo_reset=False)


def test_a_corrupt_file_is_untouched_and_another_can_be_opened(tmp_path: Path) -> None:
    bad = tmp_path / "counterdesk.sqlite3"
    bad.write_bytes(b"ini bukan database" * 100)
    before = bad.read_bytes()
    asked: list[str] = []

    def choose(parent: QWidget | None, error: DatabaseError) -> Path:
        asked.append(str(error))
        return tmp_path / "lain.sqlite3"

    runtime = open_runtime(_args(tmp_path), choose)
    assert runtime is not None
    try:
        assert runtime.db.describe().endswith("lain.sqlite3")
    finally:
        runtime.close()
    assert "rusak" in asked[0] and "tidak diubah" in asked[0]
    assert bad.read_bytes() == before


def test_quitting_at_the_database_error_opens_nothing(tmp_path: Path) -> None:
    (tmp_path / "counterdesk.sqlite3").write_bytes(b"x" * 64)
    assert open_runtime(_args(tmp_path), lambda parent, error: None) is None


def test_application_font_is_readable(qtbot: object) -> None:
    app = create_application()
    assert app is QApplication.instance()
    assert app.font().pointSizeF() >= 10
    assert app.applicationName() == "CounterDesk"


def test_run_fills_the_demo_opens_the_login_and_quits_when_it_closes(
    tmp_path: Path, qtbot: object
) -> None:
    closed: list[str] = []

    def close_login() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog)]
        if not dialogs or not dialogs[0].isVisible():
            QTimer.singleShot(20, close_login)
            return
        closed.append(dialogs[0].ui.officeLabel.text())
        assert dialogs[0].ui.demoBox.isVisible()
        dialogs[0].reject()

    QTimer.singleShot(0, close_login)
    args = argparse.Namespace(data_dir=tmp_path, database_url=None, demo=True, demo_reset=False)
    assert run(args) == 0
    assert closed and "(DEMO)" in closed[0]
    assert (tmp_path / "demo" / "counterdesk-demo.sqlite3").exists()


def test_an_invalid_catalogue_is_named_before_anything_opens(
    tmp_path: Path, monkeypatch: object
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from counterdesk import paths
    from counterdesk.services import catalog

    bad = tmp_path / "catalog"
    bad.mkdir()
    (bad / "rusak.yaml").write_text("code: rusak\nversion: tiga\n", encoding="utf-8")
    monkeypatch.setattr(paths, "catalog_dir", lambda: bad)  # type: ignore[attr-defined]
    catalog.clear_catalog_cache()
    shown: list[str] = []
    monkeypatch.setattr(  # type: ignore[attr-defined]
        QMessageBox, "exec", lambda self: shown.append(self.text()) or 0
    )
    try:
        assert run(_args(tmp_path)) == 2
    finally:
        catalog.clear_catalog_cache()
    assert shown and "rusak.yaml" in shown[0] and "version" in shown[0]
    assert not (tmp_path / "counterdesk.sqlite3").exists()  # nothing opened or created
