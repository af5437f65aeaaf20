"""Start-up as the officer waits for it, in fresh processes.

- ours: `counterdesk --demo` through the real entry point (``tests.startup_probe``), until
  the login screen is first painted; then, in the same process, from pressing Masuk (once
  the database is open and the background preload is through, as after typing) until the
  main window is first painted.
- reference: a bare PySide6 process: QApplication, a QMainWindow with five tabs, until it
  is first painted; then, in the same process, a second such window with five table views
  built and painted (what any main window costs on this machine).

Run the reference alone: ``python -m tests.bench.cold_start bare``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.bench.harness import Row, python

ROOT = Path(__file__).resolve().parents[2]


def bare() -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTableView, QTabWidget

    app = QApplication(sys.argv[:1])
    names = ("Penerimaan", "Verifikasi", "Berita Acara", "Cetak", "Pengaduan")

    def window(widget: type[QLabel] | type[QTableView]) -> QMainWindow:
        main = QMainWindow()
        tabs = QTabWidget()
        for name in names:
            tabs.addTab(QLabel(name) if widget is QLabel else QTableView(), name)
        main.setCentralWidget(tabs)
        main.resize(1366, 768)
        return main

    class Watch(QObject):
        pressed_at = 0.0
        second: QMainWindow | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint or not isinstance(watched, QMainWindow):
                return False
            if not self.pressed_at:
                print("PAINTED", flush=True)
                self.pressed_at = -1.0
                QTimer.singleShot(0, self.open_second)
            elif watched is self.second and self.pressed_at > 0:
                print(f"WINDOW {(time.perf_counter() - self.pressed_at) * 1000:.1f}", flush=True)
                os._exit(0)
            return False

        def open_second(self) -> None:
            self.pressed_at = time.perf_counter()
            self.second = window(QTableView)
            self.second.show()

    watch = Watch()
    app.installEventFilter(watch)
    first = window(QLabel)
    first.show()
    app.exec()


def _one_start(argv: list[str]) -> tuple[float, float]:
    """(ms from launch to PAINTED, ms the process reports for WINDOW)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    painted = window = 0.0
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("PAINTED") and not painted:
                painted = (time.perf_counter() - start) * 1000
            elif line.startswith("WINDOW"):
                window = float(line.split()[1])
                break
    finally:
        proc.kill()
        proc.wait(60)
    if not (painted and window):
        raise RuntimeError(f"{argv} did not report PAINTED and WINDOW")
    return painted, window


def rows(repeat: int) -> list[Row]:
    import statistics
    import tempfile

    def ours_argv(data_dir: str) -> list[str]:
        probe = [python(), "-m", "tests.startup_probe", "--login", "atasan", "atasan123"]
        return [*probe, "--", "--demo", "--data-dir", data_dir]

    bare_argv = [python(), "-m", "tests.bench.cold_start", "bare"]
    with tempfile.TemporaryDirectory() as warm:  # bytecode and the OS file cache, both sides
        _one_start(ours_argv(warm))
        _one_start(bare_argv)
    first_starts = []
    for _ in range(3):  # a new demo each time: the demo is filled behind the login screen
        with tempfile.TemporaryDirectory() as fresh:
            first_starts.append(_one_start(ours_argv(fresh)))
    with tempfile.TemporaryDirectory() as data_dir:
        _one_start(ours_argv(data_dir))
        ours, ref = [], []
        for _ in range(repeat):  # alternate, so neither side has the quieter moments
            ours.append(_one_start(ours_argv(data_dir)))
            ref.append(_one_start(bare_argv))
    median = statistics.median
    return [
        Row(
            "cold start → login screen painted (median)",
            median(p for p, _ in ours),
            median(p for p, _ in ref),
            "bare PySide6 process: a 5-tab window painted",
            "≤ 1.5× reference",
        ),
        Row(
            "first start, new demo → login painted (median)",
            median(p for p, _ in first_starts),
            median(p for p, _ in ref),
            "same bare PySide6 process (demo filled after)",
            "≤ 1.5× reference",
        ),
        Row(
            "Masuk → main window painted (median)",
            median(w for _, w in ours),
            median(w for _, w in ref),
            "bare: a 5-tab window of table views built+painted",
            "≤ 300 ms",
        ),
    ]


if __name__ == "__main__":
    bare()
