"""Server kantor (PostgreSQL): host, port, database, user and password; "Tes koneksi"
tries them off the GUI thread and says plainly what it found; "Hubungkan" opens the
server (its tables made or brought up to date) off the GUI thread too, and remembers the
connection in the data folder without the password (the password goes to the OS keyring
when there is one). Used by the set-up wizard and by a start whose server is away."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from counterdesk.domain.errors import CounterDeskError
from counterdesk.gui.field_errors import FieldErrors
from counterdesk.gui.forms.server_connection_ui import Ui_ServerConnectionDialog
from counterdesk.gui.style import repolish
from counterdesk.gui.workers import Progress, Worker
from counterdesk.services import server_settings
from counterdesk.services.server_settings import (
    ConnectionCheck,
    Problem,
    ServerConnectionError,
    ServerSettings,
    StartTarget,
)

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime


class ServerConnectionDialog(QDialog):
    """``runtime``: the server opened by "Hubungkan" (None until then)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        settings: ServerSettings | None = None,
        message: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ServerConnectionDialog()
        self.ui.setupUi(self)
        self.errors = FieldErrors(self.ui, general=self.ui.generalError)
        self.runtime: Runtime | None = None
        self.worker: Worker | None = None
        box = self.ui.buttonBox
        self.connect_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("&Hubungkan"))
        self.connect_button.setProperty("primary", True)
        self.connect_button.setDefault(True)
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal (Esc)"))
        box.accepted.connect(self.connect_server)
        box.rejected.connect(self.reject)
        self.ui.testButton.clicked.connect(self.test_connection)
        self.ui.port.setText(str(server_settings.DEFAULT_PORT))
        if settings is not None:
            self.ui.host.setText(settings.host)
            self.ui.port.setText(str(settings.port))
            self.ui.database.setText(settings.database)
            self.ui.user.setText(settings.user)
        if message:
            self.errors.set_general(message)
        self._say("", ok=True)

    # --- the form -----------------------------------------------------------------------
    def settings(self) -> ServerSettings:
        """The typed settings; a wrong field raises ``ValidationErrors`` naming it."""
        ui = self.ui
        return server_settings.make_settings(
            ui.host.text(), ui.port.text(), ui.database.text(), ui.user.text()
        )

    def password(self) -> str:
        return str(self.ui.password.text())

    def _checked(self) -> ServerSettings | None:
        self.errors.clear()
        self._say("", ok=True)  # an earlier result is about other settings
        try:
            return self.settings()
        except CounterDeskError as error:
            self.errors.show(error)
            return None

    # --- Tes koneksi / Hubungkan, off the GUI thread ---------------------------------------
    def test_connection(self) -> None:
        settings = self._checked()
        if settings is None:
            return
        password = self.password()
        self._run(
            lambda _progress: server_settings.check_connection(settings, password),
            self._tested,
            self.tr("Menghubungi server {0}…").format(settings.describe()),
        )

    def _tested(self, check: ConnectionCheck) -> None:
        self._say(check.message, ok=check.ok)
        if check.problem in (Problem.LOGIN, Problem.PASSWORD_NEEDED):
            self.ui.password.setFocus()

    def connect_server(self) -> None:
        settings = self._checked()
        if settings is None:
            return
        target = StartTarget(settings, self.password() or None, remember=True)

        def job(_progress: Progress) -> Runtime:
            return server_settings.open_server(target)

        self._run(job, self._connected, self.tr("Menghubungkan dan menyiapkan database…"))

    def _connected(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.accept()

    def _run(self, job: Any, done: Any, doing: str) -> None:
        self._busy(True)
        self._say(doing, ok=True)
        worker = Worker(job)

        # the buttons come back with the answer, in the same slot (never a moment where
        # the result is shown but "Hubungkan" still refuses a click)
        def answered(result: Any) -> None:
            self._busy(False)
            done(result)

        def failed(error: BaseException) -> None:
            self._busy(False)
            self._failed(error)

        worker.signals.succeeded.connect(answered)
        worker.signals.failed.connect(failed)
        self.worker = worker
        worker.start()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ServerConnectionError):
            self._say(error.message, ok=False)
            if error.needs_password:
                self.ui.password.setFocus()
        elif isinstance(error, CounterDeskError):
            self._say(str(error), ok=False)
        else:  # logged with its traceback by the worker
            self._say(self.tr("Gagal: {0}").format(error), ok=False)

    def _busy(self, busy: bool) -> None:
        for widget in (self.ui.testButton, self.connect_button):
            widget.setEnabled(not busy)

    def _say(self, text: str, *, ok: bool) -> None:
        label = self.ui.checkResult
        label.setText(text)
        label.setProperty("role", "hint" if ok else "error")
        repolish(label)

    def reject(self) -> None:
        if not self.ui.testButton.isEnabled():
            return  # a connection under way finishes first (5 s at most)
        super().reject()
