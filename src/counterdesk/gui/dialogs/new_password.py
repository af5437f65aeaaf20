"""A new password typed twice: an admin's reset, or the change forced after a reset."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from counterdesk.gui.dialogs.service_dialog import ServiceDialog
from counterdesk.gui.form_checks import require_same_password
from counterdesk.gui.forms.new_password_ui import Ui_NewPasswordDialog


class NewPasswordDialog(ServiceDialog):
    form_class = Ui_NewPasswordDialog

    def __init__(
        self,
        intro: str,
        accept_text: str,
        apply_password: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        """``apply_password`` runs the service (reset or change) in its own unit."""
        super().__init__(parent, accept_text)
        self.ui.intro.setText(intro)
        self._apply_password = apply_password

    def apply(self) -> None:
        password = self.ui.password.text()
        require_same_password(password, self.ui.passwordRepeat.text(), "password_repeat")
        self._apply_password(password)
