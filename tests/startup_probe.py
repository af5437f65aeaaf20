"""Run `counterdesk ARGS…` through the real entry point and report the moment the login
screen is first painted: the seconds since this process started (before Python imported
anything of ours or of Qt) and which heavy modules were loaded by then. Used by the
start-up test and the cold-start benchmark:

    python -m tests.startup_probe [--login USER PASSWORD] -- --demo --data-dir DIR

Prints ``PAINTED <seconds> <module,module,…>``; with --login it then logs in as soon as
the database is open and prints ``WINDOW <ms from pressing Masuk to the main window
painted> <modules>``. Exits at once after the last line (no clean-up is timed)."""

from __future__ import annotations

import os
import sys
import time

STARTED = time.perf_counter()
HEAVY = (
    "reportlab",
    "pypdfium2",
    "openpyxl",
    "zxingcpp",
    "counterdesk.documents",
    "sqlalchemy",
    "alembic",
    "pydantic",
    "PIL",
)


def main() -> None:
    args = sys.argv[1:]
    login: tuple[str, str] | None = None
    if args[:1] == ["--login"]:
        login = (args[1], args[2])
        args = args[3:]
    if args[:1] == ["--"]:
        args = args[1:]

    from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])

    class Watch(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.login_painted = False
            self.pressed_at = 0.0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint:
                return False
            kind = type(watched).__name__
            if kind == "LoginDialog" and not self.login_painted:
                self.login_painted = True
                loaded = [name for name in HEAVY if name in sys.modules]
                print(f"PAINTED {time.perf_counter() - STARTED:.4f} {','.join(loaded)}", flush=True)
                if login is None:
                    os._exit(0)
                QTimer.singleShot(0, lambda: self.log_in(watched))
            elif kind == "MainWindow" and self.pressed_at:
                loaded = [name for name in HEAVY if name in sys.modules]
                took = (time.perf_counter() - self.pressed_at) * 1000
                print(f"WINDOW {took:.1f} {','.join(loaded)}", flush=True)
                os._exit(0)
            return False

        def log_in(self, dialog: QObject) -> None:
            # the officer types for a few seconds: the database is open and the background
            # preload is through before Masuk is pressed
            busy = QThreadPool.globalInstance().activeThreadCount()
            if busy or not dialog.ready:  # type: ignore[attr-defined]
                QTimer.singleShot(5, lambda: self.log_in(dialog))
                return
            assert login is not None
            ui = dialog.ui  # type: ignore[attr-defined]
            ui.username.setText(login[0])
            ui.password.setText(login[1])
            self.pressed_at = time.perf_counter()
            ui.loginButton.click()

    watch = Watch()
    app.installEventFilter(watch)
    from counterdesk.cli import main as counterdesk

    sys.exit(counterdesk(args))


if __name__ == "__main__":
    main()
