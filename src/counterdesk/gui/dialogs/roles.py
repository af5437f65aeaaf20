"""Ubah peran of one user."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from counterdesk.domain.roles import Role
from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.service_dialog import ServiceDialog
from counterdesk.gui.forms.roles_ui import Ui_RolesDialog
from counterdesk.services import accounts


class RolesDialog(ServiceDialog):
    form_class = Ui_RolesDialog
    general_error_label = "rolesError"

    def __init__(
        self,
        ctx: DeskContext,
        user_id: uuid.UUID,
        who: str,
        roles: frozenset[Role],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, self.tr("Simpan peran"))
        self.ctx = ctx
        self.user_id = user_id
        self.ui.userLabel.setText(self.tr("Peran untuk {0}:").format(who))
        self.ui.roles.set_roles(roles)

    def apply(self) -> None:
        accounts.change_account_roles(
            self.ctx.runtime, self.ctx.actor, self.user_id, self.ui.roles.roles()
        )
