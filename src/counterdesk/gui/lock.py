"""Idle lock: after some minutes without keyboard or mouse (or at once with Ctrl+L) the
window is covered and the same user's password is asked again; "Ganti pengguna" goes back
to the login."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from counterdesk.domain.errors import CounterDeskError
from counterdesk.gui.context import DeskContext
from counterdesk.gui.forms.lock_ui import Ui_LockDialog

ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` after ``timeout_ms`` without input anywhere in the application."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_timeout(timeout_ms)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def set_timeout(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)
        self.resume()

    def pause(self) -> None:
        self._timer.stop()

    def resume(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS and self._timer.isActive():
            self._timer.start()
        return False


class LockDialog(QDialog):
    """Not closable by Esc or the window's close button: unlock or switch user.

    ``by_user``: the user locked the screen (Ctrl+L); otherwise it locked after the idle
    time, and the text says which, so nobody wonders whether they were away too long."""

    unlocked = Signal()
    switchUserRequested = Signal()

    def __init__(
        self, ctx: DeskContext, parent: QWidget | None = None, *, by_user: bool = False
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_LockDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        who = (ctx.actor.full_name, ctx.actor.username)
        if by_user:
            text = self.tr(
                "Layar dikunci oleh {0} ({1}). Ketik kata sandi Anda untuk melanjutkan. "
                "Pekerjaan yang terbuka tetap utuh."
            )
        else:
            text = self.tr(
                "Layar dikunci karena tidak ada kegiatan. {0} ({1}), ketik kata sandi "
                "Anda untuk melanjutkan. Pekerjaan yang terbuka tetap utuh."
            )
        self.ui.userLabel.setText(text.format(*who))
        self.ui.unlockButton.clicked.connect(self.try_unlock)
        self.ui.switchUserButton.clicked.connect(self._switch_user)
        self._closing = False

    def try_unlock(self) -> None:
        try:
            self.ctx.runtime.confirm_password(self.ctx.actor, self.ui.password.text())
        except CounterDeskError as error:
            self.ui.errorLabel.setText(str(error))
            self.ui.errorLabel.show()
            self.ui.password.clear()
            self.ui.password.setFocus()
            return
        self._finish()
        self.unlocked.emit()

    def _switch_user(self) -> None:
        self._finish()
        self.switchUserRequested.emit()

    def _finish(self) -> None:
        self._closing = True
        self.accept()

    def reject(self) -> None:
        """Esc does not unlock."""

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing:
            super().closeEvent(event)
        else:
            event.ignore()
