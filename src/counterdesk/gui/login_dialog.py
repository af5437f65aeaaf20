"""Masuk: username and password; in demo mode a panel of the demo accounts."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QTableWidgetItem, QWidget

from counterdesk.domain.errors import AuthenticationError, CounterDeskError
from counterdesk.gui.context import load_office_info, roles_text
from counterdesk.gui.forms.login_ui import Ui_LoginDialog
from counterdesk.services.context import Actor
from counterdesk.services.demo import DEMO_USERS
from counterdesk.services.runtime import Runtime


class LoginDialog(QDialog):
    loggedIn = Signal(object, str)  # the Actor, and the password typed (for a forced change)

    def __init__(self, runtime: Runtime, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        office = load_office_info(runtime)
        self.ui.officeLabel.setText(office.name)
        self.ui.counterLabel.setText(
            self.tr("{0}\nLoket {1}").format(office.unit, office.counter_code).strip()
        )
        self.ui.errorLabel.hide()
        self.ui.loginButton.clicked.connect(self.try_login)
        self.ui.quitButton.clicked.connect(self.reject)
        self._fill_demo_accounts()
        self.ui.username.setText(username)
        (self.ui.password if username else self.ui.username).setFocus()

    def _fill_demo_accounts(self) -> None:
        self.ui.demoBox.setVisible(self.runtime.demo)
        if not self.runtime.demo:
            return
        table = self.ui.demoTable
        table.setRowCount(len(DEMO_USERS))
        for row, user in enumerate(DEMO_USERS):
            cells = (roles_text(user.roles), user.full_name, user.username, user.password)
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        frame = 2 * table.frameWidth()
        table.setFixedWidth(table.horizontalHeader().length() + frame)
        table.setFixedHeight(
            table.horizontalHeader().height() + table.verticalHeader().length() + frame
        )
        table.itemClicked.connect(lambda item: self.fill_demo_account(item.row()))
        table.itemDoubleClicked.connect(lambda item: self._demo_login(item.row()))
        self.ui.demoHint.setMaximumWidth(table.width())

    def fill_demo_account(self, row: int) -> None:
        user = DEMO_USERS[row]
        self.ui.username.setText(user.username)
        self.ui.password.setText(user.password)
        self.ui.loginButton.setFocus()

    def _demo_login(self, row: int) -> None:
        self.fill_demo_account(row)
        self.try_login()

    def try_login(self) -> None:
        username = self.ui.username.text().strip()
        password = self.ui.password.text()
        if not username or not password:
            self._show_error(self.tr("Isi nama pengguna dan kata sandi, lalu tekan Enter."))
            (self.ui.password if username else self.ui.username).setFocus()
            return
        try:
            actor: Actor = self.runtime.login(username, password)
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
