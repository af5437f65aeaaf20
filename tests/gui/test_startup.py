"""Start-up as the officer sees it: the login screen comes first and carries nothing heavy;
a tab loads its data when it is opened; Qt's missing system libraries are named."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from counterdesk.gui import system_check
from counterdesk.gui.controller import DeskController
from tests.gui.conftest import open_window

ROOT = Path(__file__).resolve().parents[2]
HEAVY = {"reportlab", "pypdfium2", "openpyxl", "zxingcpp", "counterdesk.documents"}


def _probe(*args: str) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.startup_probe", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=110,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith(("PAINTED", "WINDOW"))]
    assert lines, done.stderr[-2000:]
    return lines


@pytest.mark.slow
def test_the_login_screen_is_painted_before_anything_heavy_is_imported(tmp_path: Path) -> None:
    """Through the real entry point (`counterdesk --demo`), on a first start (the demo is
    filled after the screen is up) and on a second one: neither ReportLab, pdfium,
    openpyxl, zxing nor the documents package is loaded when the officer first sees the
    login screen — nor the database layer."""
    login = ("--login", "atasan", "atasan123")
    for first in (True, False):
        lines = _probe(*(login if first else ()), "--", "--demo", "--data-dir", str(tmp_path))
        painted = lines[0].split()
        loaded = set(painted[2].split(",")) if len(painted) > 2 else set()
        assert not loaded & (HEAVY | {"sqlalchemy", "pydantic"}), loaded
        if first:  # the demo was filled behind the login screen, then the window opened
            window = lines[1].split()
            assert window[0] == "WINDOW"
            # printing and documents load at the first print, not with the window either
            assert not set(window[2].split(",") if len(window) > 2 else ()) & HEAVY
            assert (tmp_path / "demo" / "counterdesk-demo.sqlite3").exists()


def test_a_tab_loads_its_rows_only_when_it_is_opened(qtbot: QtBot, desk: DeskController) -> None:
    window = open_window(qtbot, desk, "atasan")
    verification = window.ui.tabs.widget(1)
    assert window.ui.tabs.tabText(1) == "Verifikasi"
    assert verification.ui.summaryLabel.text() == ""  # not loaded while hidden
    window.ui.tabs.setCurrentIndex(1)
    assert verification.ui.summaryLabel.text() != ""


def test_a_missing_x11_library_is_named_with_the_package_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(system_check, "_uses_xcb", lambda: True)

    def fail(_path: str) -> None:
        raise OSError("libxcb-cursor.so.0: cannot open shared object file: No such file")

    monkeypatch.setattr(system_check.ctypes, "CDLL", fail)
    monkeypatch.setattr(system_check.ctypes.util, "find_library", lambda name: f"lib{name}.so")
    message = system_check.window_problem()
    assert message is not None
    assert "sudo apt install libxcb-cursor0" in message
    assert "belum terpasang" in message


def test_no_window_problem_offscreen() -> None:
    assert system_check.window_problem() is None  # the test run itself is offscreen


def test_no_screen_at_all_is_said_instead_of_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    """Over SSH without -X: no DISPLAY, no Wayland, no platform chosen."""
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    message = system_check.window_problem()
    assert message is not None and "tidak ada layar grafis" in message


def test_the_real_command_without_a_screen_exits_with_the_message(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-m", "counterdesk", "--demo", "--data-dir", str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "tidak ada layar grafis" in done.stderr
