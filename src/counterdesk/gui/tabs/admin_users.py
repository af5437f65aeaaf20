"""Admin → Pengguna: the accounts, and adding, disabling, resetting and re-roling them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from counterdesk.domain.errors import CounterDeskError
from counterdesk.domain.roles import Role, parse_roles
from counterdesk.gui import messages
from counterdesk.gui.context import DeskContext, roles_text
from counterdesk.gui.dialogs.new_password import NewPasswordDialog
from counterdesk.gui.dialogs.roles import RolesDialog
from counterdesk.gui.dialogs.user_edit import UserEditDialog
from counterdesk.gui.models.row_table_model import Column
from counterdesk.gui.row_list import RowList
from counterdesk.services import accounts


@dataclass(frozen=True)
class UserRow:
    id: uuid.UUID
    username: str
    full_name: str
    roles: frozenset[Role]
    active: bool
    must_change_password: bool
    last_login_at: datetime | None

    @property
    def who(self) -> str:
        return f"{self.full_name} ({self.username})"


class UsersSection(QObject):
    def __init__(self, ctx: DeskContext, ui: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui
        self.page: QWidget = parent
        self.list: RowList[UserRow] = RowList(
            ui.usersTable, ui.usersStack, ui.usersEmpty, self._columns(), self
        )
        self.list.set_empty_message(
            self.tr("Belum ada pengguna."),
            self.tr("Tambahkan petugas loket, verifikator dan petugas cetak di sini."),
            ui.addUserButton,
        )
        self.dialog: QDialog | None = None  # the dialog opened last (tests reach it here)
        ui.addUserButton.setShortcut(QKeySequence("Ctrl+N"))
        ui.addUserButton.clicked.connect(self.add_user)
        ui.toggleActiveButton.clicked.connect(self.toggle_active)
        ui.resetPasswordButton.clicked.connect(self.reset_password)
        ui.rolesButton.clicked.connect(self.change_roles)
        self.list.selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _columns(self) -> list[Column[UserRow]]:
        never = self.tr("Belum pernah")
        return [
            Column(self.tr("Nama pengguna"), lambda r: r.username),
            Column(self.tr("Nama lengkap"), lambda r: r.full_name),
            Column(self.tr("Peran"), lambda r: roles_text(r.roles)),
            Column(self.tr("Status"), self._status_text),
            Column(
                self.tr("Terakhir masuk"),
                lambda r: self.ctx.datetime_text(r.last_login_at) if r.last_login_at else never,
                sort_key=lambda r: r.last_login_at.isoformat() if r.last_login_at else "",
            ),
        ]

    def _status_text(self, row: UserRow) -> str:
        if not row.active:
            return self.tr("Nonaktif")
        if row.must_change_password:
            return self.tr("Aktif — wajib ganti kata sandi")
        return self.tr("Aktif")

    def refresh(self) -> None:
        with self.ctx.unit() as session:
            rows = [
                UserRow(
                    u.id,
                    u.username,
                    u.full_name,
                    parse_roles(u.roles),
                    u.active,
                    u.must_change_password,
                    u.last_login_at,
                )
                for u in accounts.list_users(session, self.ctx.actor)
            ]
        self.list.set_rows(rows)
        active = sum(1 for r in rows if r.active)
        self.ui.usersSummary.setText(
            self.tr("{0} pengguna aktif, {1} nonaktif").format(active, len(rows) - active)
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.list.current()
        for button in (
            self.ui.toggleActiveButton,
            self.ui.resetPasswordButton,
            self.ui.rolesButton,
        ):
            button.setEnabled(row is not None)
        activate = row is not None and not row.active
        self.ui.toggleActiveButton.setText(
            self.tr("Aktifkan") if activate else self.tr("Nonaktifkan")
        )

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def add_user(self) -> None:
        self._open(UserEditDialog(self.ctx, self.page))

    def change_roles(self) -> None:
        row = self.list.current()
        if row is not None:
            self._open(RolesDialog(self.ctx, row.id, row.who, row.roles, self.page))

    def reset_password(self) -> None:
        row = self.list.current()
        if row is None:
            return

        def apply(password: str) -> None:
            with self.ctx.unit() as session:
                accounts.reset_password(session, self.ctx.actor, row.id, password)

        intro = self.tr(
            "Kata sandi sementara untuk {0}. Sampaikan langsung kepadanya; ia wajib "
            "menggantinya saat masuk berikutnya. Kata sandi lamanya tidak berlaku lagi."
        ).format(row.who)
        self._open(NewPasswordDialog(intro, self.tr("Atur ulang kata sandi"), apply, self.page))

    def toggle_active(self) -> None:
        row = self.list.current()
        if row is None:
            return
        if row.active and not messages.confirm(
            self.page,
            self.tr("Nonaktifkan pengguna"),
            self.tr(
                "Nonaktifkan akun {0}? Ia tidak dapat masuk lagi sampai diaktifkan "
                "kembali. Data yang pernah ia catat tetap tersimpan."
            ).format(row.who),
            self.tr("Nonaktifkan"),
        ):
            return
        try:
            with self.ctx.unit() as session:
                accounts.set_active(session, self.ctx.actor, row.id, not row.active)
        except CounterDeskError as error:
            messages.show_error(self.page, error)
        self.refresh()
