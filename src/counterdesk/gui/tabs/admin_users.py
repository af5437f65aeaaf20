"""Admin → Pengguna: the accounts, and adding, disabling, unlocking, resetting and
re-roling them. Every change is one service call; the list comes back from the service."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from counterdesk.domain.errors import CounterDeskError
from counterdesk.domain.formatting import format_time_with_zone, to_zone
from counterdesk.domain.identity import format_nip
from counterdesk.gui import messages
from counterdesk.gui.context import DeskContext, roles_text
from counterdesk.gui.dialogs.new_password import NewPasswordDialog
from counterdesk.gui.dialogs.roles import RolesDialog
from counterdesk.gui.dialogs.user_edit import UserEditDialog
from counterdesk.gui.models.row_table_model import Column
from counterdesk.gui.row_list import RowList
from counterdesk.services import accounts
from counterdesk.services.accounts import UserStatus, UserSummary


class UsersSection(QObject):
    def __init__(self, ctx: DeskContext, ui: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui
        self.page: QWidget = parent
        self.list: RowList[UserSummary] = RowList(
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
        ui.unlockButton.clicked.connect(self.unlock)
        ui.resetPasswordButton.clicked.connect(self.reset_password)
        ui.rolesButton.clicked.connect(self.change_roles)
        self.list.selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _columns(self) -> list[Column[UserSummary]]:
        never = self.tr("Belum pernah")
        return [
            Column(self.tr("Nama pengguna"), lambda r: r.username),
            Column(self.tr("Nama lengkap"), lambda r: r.full_name),
            Column(self.tr("NIP"), lambda r: format_nip(r.nip)),
            Column(self.tr("Peran"), lambda r: roles_text(r.roles)),
            Column(self.tr("Status"), self.status_text, level=self._status_level),
            Column(
                self.tr("Terakhir masuk"),
                lambda r: self.ctx.datetime_text(r.last_login_at) if r.last_login_at else never,
                sort_key=lambda r: r.last_login_at.isoformat() if r.last_login_at else "",
            ),
        ]

    def status_text(self, row: UserSummary) -> str:
        status = row.status
        if status is UserStatus.DISABLED:
            return self.tr("Nonaktif")
        if status is UserStatus.LOCKED and row.locked_until is not None:
            return self.tr("Terkunci sampai {0}").format(self._lock_end(row))
        if status is UserStatus.MUST_CHANGE_PASSWORD:
            return self.tr("Aktif — wajib ganti kata sandi")
        return self.tr("Aktif")

    def _lock_end(self, row: UserSummary) -> str:
        """``14.05 WIB``, with the date only when the lock runs past today."""
        assert row.locked_until is not None
        tz = self.ctx.office.timezone
        if to_zone(row.locked_until, tz).date() == self.ctx.today():
            return format_time_with_zone(row.locked_until, tz)
        return self.ctx.datetime_text(row.locked_until)

    @staticmethod
    def _status_level(row: UserSummary) -> str:
        return "overdue" if row.status is UserStatus.LOCKED else ""

    def refresh(self) -> None:
        rows = accounts.list_accounts(self.ctx.runtime, self.ctx.actor, self.ctx.now())
        self.list.set_rows(rows)
        active = sum(1 for r in rows if r.active)
        summary = self.tr("{0} pengguna aktif, {1} nonaktif").format(active, len(rows) - active)
        locked = sum(1 for r in rows if r.status is UserStatus.LOCKED)
        if locked:
            summary += self.tr(", {0} terkunci").format(locked)
        self.ui.usersSummary.setText(summary)
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
        locked = row is not None and row.status is UserStatus.LOCKED
        self.ui.unlockButton.setVisible(locked)
        self.ui.unlockButton.setEnabled(locked)

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
            accounts.reset_account_password(self.ctx.runtime, self.ctx.actor, row.id, password)

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
        self._run(
            lambda: accounts.set_account_active(
                self.ctx.runtime, self.ctx.actor, row.id, not row.active
            )
        )

    def unlock(self) -> None:
        """Lift a lock left by failed logins (the user is at the desk and known)."""
        row = self.list.current()
        if row is None or row.status is not UserStatus.LOCKED:
            return
        if not messages.confirm(
            self.page,
            self.tr("Buka kunci akun"),
            self.tr(
                "Buka kunci akun {0} sekarang? Akun ini terkunci karena terlalu banyak "
                "percobaan masuk yang gagal. Pastikan yang mencoba memang pemilik akun; "
                "bila ia lupa kata sandi, pakai Atur ulang kata sandi."
            ).format(row.who),
            self.tr("Buka kunci"),
        ):
            return
        self._run(lambda: accounts.unlock_account(self.ctx.runtime, self.ctx.actor, row.id))

    def _run(self, change: Callable[[], None]) -> None:
        """One service call; a refusal is shown, and the list is read again either way."""
        try:
            change()
        except CounterDeskError as error:
            messages.show_error(self.page, error)
        self.refresh()
