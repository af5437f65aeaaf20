"""Masuk: username and password; in demo mode a panel of the demo accounts.

The dialog is the first window and appears before the database layer has loaded: it
shows a busy bar ("Membuka database…") until the controller hands it the way to log in
(``set_ready``). Whatever is typed meanwhile is kept, and a Masuk pressed too early is
carried out as soon as the database is open."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QDialog, QTableWidgetItem, QWidget

from counterdesk.domain.errors import AuthenticationError, CounterDeskError
from counterdesk.gui.context import roles_text
from counterdesk.gui.forms.login_ui import Ui_LoginDialog
from counterdesk.services.context import Actor
from counterdesk.services.demo import DEMO_USERS

if TYPE_CHECKING:
    from counterdesk.services.setup import OfficeInfo

Login = Callable[[str, str], Actor]


class LoginDialog(QDialog):
    loggedIn = Signal(object, str)  # the Actor, and the password typed (for a forced change)
    firstPainted = Signal()  # the officer sees the screen: start-up work may begin

    def __init__(self, *, demo: bool = False, username: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self._login: Login | None = None
        self._login_waiting = False
        self.painted = False
        self.ui.errorLabel.hide()
        self.ui.loginButton.clicked.connect(self.try_login)
        self.ui.quitButton.clicked.connect(self.reject)
        self._fill_demo_accounts(demo)
        self.ui.username.setText(username)
        (self.ui.password if username else self.ui.username).setFocus()
        self.show_progress(self.tr("Membuka database…"))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, self.firstPainted.emit)

    # --- before the database is open -----------------------------------------------------
    def show_progress(self, text: str, done: int = 0, total: int = 0) -> None:
        """What start-up is doing; ``total`` 0 shows a busy bar."""
        self.ui.counterLabel.setText(text)
        self.ui.startProgress.setRange(0, total)
        self.ui.startProgress.setValue(min(done, total))
        self.ui.startProgress.show()

    @property
    def ready(self) -> bool:
        return self._login is not None

    def set_ready(self, login: Login, office: OfficeInfo) -> None:
        self._login = login
        self.ui.startProgress.hide()
        self.ui.officeLabel.setText(office.name)
        self.ui.counterLabel.setText(
            self.tr("{0}\nLoket {1}").format(office.unit, office.counter_code).strip()
        )
        if self._login_waiting:
            self._login_waiting = False
            self.try_login()

    # --- the demo panel --------------------------------------------------------------------
    def _fill_demo_accounts(self, demo: bool) -> None:
        self.ui.demoBox.setVisible(demo)
        if not demo:
            return
        table = self.ui.demoTable
        table.setRowCount(len(DEMO_USERS))
        for row, user in enumerate(DEMO_USERS):
            cells = (roles_text(user.roles), user.full_name, user.username, user.password)
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        header = table.horizontalHeader()
        header.setStretchLastSection(False)  # a stretched column has no width of its own
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        frame = 2 * table.frameWidth()
        columns = sum(header.sectionSize(i) for i in range(header.count()))
        table.setFixedWidth(columns + frame)
        table.setFixedHeight(
            table.horizontalHeader().height() + table.verticalHeader().length() + frame
        )
        table.itemClicked.connect(lambda item: self.fill_demo_account(item.row()))
        table.itemDoubleClicked.connect(lambda item: self._demo_login(item.row()))
        self.ui.demoHint.setMaximumWidth(table.width())
        self.ui.demoLayout.addStretch(1)  # hint and table at the top, the room below them

    def fill_demo_account(self, row: int) -> None:
        user = DEMO_USERS[row]
        self.ui.username.setText(user.username)
        self.ui.password.setText(user.password)
        self.ui.loginButton.setFocus()

    def _demo_login(self, row: int) -> None:
        self.fill_demo_account(row)
        self.try_login()

    # --- logging in ------------------------------------------------------------------------
    def try_login(self) -> None:
        username = self.ui.username.text().strip()
        password = self.ui.password.text()
        if not username or not password:
            self._show_error(self.tr("Isi nama pengguna dan kata sandi, lalu tekan Enter."))
            (self.ui.password if username else self.ui.username).setFocus()
            return
        if self._login is None:
            self._login_waiting = True
            self._show_error(
                self.tr("Database sedang dibuka; Anda akan masuk begitu siap. Mohon tunggu.")
            )
            return
        try:
            actor = self._login(username, password)
        except AuthenticationError as error:
            self._show_error(str(error))
            self.ui.password.clear()
            self.ui.password.setFocus()
            return
        except CounterDeskError as error:
            self._show_error(str(error))
            return
        self.ui.errorLabel.hide()
        self.loggedIn.emit(actor, password)
        self.accept()

    def _show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()
