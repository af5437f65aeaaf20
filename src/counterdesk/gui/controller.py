"""The session at the desk: login → (forced password change) → main window → lock or
switch user → login again. The application quits when the login screen is closed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from counterdesk.gui.context import DeskContext, load_office_info
from counterdesk.gui.dialogs.new_password import NewPasswordDialog
from counterdesk.gui.login_dialog import LoginDialog
from counterdesk.gui.main_window import MainWindow
from counterdesk.services import accounts
from counterdesk.services.context import Actor
from counterdesk.services.runtime import Runtime
from counterdesk.store.base import utcnow


class DeskController(QObject):
    """Quitting is decided here (the app does not quit on its last window closing: the
    login screen and the window replace each other)."""

    quitRequested = Signal()

    def __init__(
        self,
        runtime: Runtime,
        *,
        username: str = "",
        idle_timeout_ms: int | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__()
        self.runtime = runtime
        self._username = username
        self._idle_timeout_ms = idle_timeout_ms
        self._clock = clock
        self.login_dialog: LoginDialog | None = None
        self.password_dialog: NewPasswordDialog | None = None
        self.main_window: MainWindow | None = None

    def start(self) -> None:
        self.show_login(self._username)

    def show_login(self, username: str = "") -> None:
        dialog = LoginDialog(self.runtime, username)
        dialog.loggedIn.connect(self._logged_in)
        dialog.rejected.connect(self._login_closed)
        self.login_dialog = dialog
        dialog.show()

    def _login_closed(self) -> None:
        if self.main_window is None:
            self.quitRequested.emit()

    def _logged_in(self, actor: Actor, password: str) -> None:
        with self.runtime.unit(actor) as session:
            must_change = accounts.must_change_password(session, actor)
        if not must_change:
            self._open_window(actor)
            return

        def change(new_password: str) -> None:
            with self.runtime.unit(actor) as session:
                accounts.change_password(session, actor, password, new_password)

        dialog = NewPasswordDialog(
            self.tr(
                "{0}, kata sandi Anda baru diatur ulang oleh admin. Buat kata sandi baru "
                "yang hanya Anda ketahui sebelum melanjutkan."
            ).format(actor.full_name),
            self.tr("Simpan dan lanjutkan"),
            change,
        )
        dialog.accepted.connect(lambda: self._open_window(actor))
        dialog.rejected.connect(lambda: self.show_login(actor.username))
        self.password_dialog = dialog
        dialog.show()

    def _open_window(self, actor: Actor) -> None:
        ctx = DeskContext(self.runtime, actor, load_office_info(self.runtime), self._clock)
        window = MainWindow(ctx, idle_timeout_ms=self._idle_timeout_ms)
        window.switchUserRequested.connect(self.switch_user)
        window.closed.connect(self._window_closed)
        self.main_window = window
        window.show()

    def _window_closed(self) -> None:
        if self.sender() is self.main_window:  # closed by the user, not by switching
            self.quitRequested.emit()

    def switch_user(self) -> None:
        """Back to the login screen; it opens before the window closes so the app stays."""
        window = self.main_window
        self.main_window = None
        self.show_login()
        if window is not None:
            window.close()
            window.deleteLater()
