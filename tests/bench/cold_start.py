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
    """What `counterdesk --demo` does from launch to the main window: open and migrate the
    database, show the login dialog, log in (argon2 verify), build every tab."""
    os.environ["COUNTERDESK_DATA_DIR"] = data_dir
    from counterdesk.gui.app import create_application
    from counterdesk.gui.controller import DeskController
    from counterdesk.services.demo_data import ensure_demo
    from counterdesk.services.runtime import Runtime

    app = create_application()
    runtime = Runtime.open(demo=True)
    ensure_demo(runtime)
    controller = DeskController(runtime)
    controller.start()
    dialog = controller.login_dialog
    assert dialog is not None
    dialog.ui.username.setText("atasan")
    dialog.ui.password.setText("atasan123")
    dialog.ui.loginButton.click()
    assert controller.main_window is not None and controller.main_window.isVisible()
    _print_when_shown(controller.main_window)
    app.exec()


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        ours(sys.argv[2])
