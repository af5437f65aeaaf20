"""Cold start to main window shown: CounterDesk on the demo database vs a bare PySide6
window with five tabs. Run as a child process: `python -m tests.bench.cold_start ours|bare DIR`."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _print_when_shown(window: object) -> None:
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: (print("SHOWN", flush=True), os._exit(0)))


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget

    app = QApplication(sys.argv)
    window = QMainWindow()
    tabs = QTabWidget()
    for name in ("Penerimaan", "Verifikasi", "Berita Acara", "Cetak", "Pengaduan"):
        tabs.addTab(QLabel(name), name)
    window.setCentralWidget(tabs)
    window.show()
    _print_when_shown(window)
    app.exec()


def ours(data_dir: str) -> None:
    """What the app does from launch to the main window, minus the human typing the login."""
    os.environ["COUNTERDESK_DATA_DIR"] = data_dir
    from counterdesk.gui.app import start_main_window_for_benchmark

    start_main_window_for_benchmark(_print_when_shown)


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        ours(sys.argv[2])
