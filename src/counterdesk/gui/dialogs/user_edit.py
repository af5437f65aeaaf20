"""Tambah pengguna: a new account with its roles and a first password."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from counterdesk.domain.errors import ConflictError, CounterDeskError
from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.service_dialog import ServiceDialog
from counterdesk.gui.form_checks import require_same_password
from counterdesk.gui.forms.user_edit_ui import Ui_UserEditDialog
from counterdesk.services import accounts


class UserEditDialog(ServiceDialog):
    form_class = Ui_UserEditDialog

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Simpan pengguna"))
        self.ctx = ctx
        self.created_username = ""

    def apply(self) -> None:
        ui = self.ui
        require_same_password(ui.password.text(), ui.passwordRepeat.text(), "password_repeat")
        user = accounts.add_account(
            self.ctx.runtime,
            self.ctx.actor,
            accounts.NewUser(
                username=ui.username.text(),
                full_name=ui.fullName.text(),
                roles=ui.roles.roles(),
                password=ui.password.text(),
                nip=ui.nip.text().strip(),
                title=ui.title.text(),
            ),
        )
        self.created_username = user.username

    def show_error(self, error: CounterDeskError) -> None:
        if isinstance(error, ConflictError):  # the only conflict here: a taken username
            self.errors.set("username", str(error))
        else:
            super().show_error(error)
