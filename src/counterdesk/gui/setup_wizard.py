"""First run: the office, its signatory and the first admin, saved in one go at the end.

Each page checks what it can before moving on (required fields, the counter code, the
NIP); the service checks everything again on "Selesai", and whatever it refuses is
shown at its field, on the page that holds it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget, QWizard, QWizardPage

from counterdesk.domain.errors import (
    CounterDeskError,
    ValidationError,
    ValidationErrors,
)
from counterdesk.domain.identity import parse_nip
from counterdesk.domain.numbers import validate_counter_code
from counterdesk.gui import messages
from counterdesk.gui.field_errors import FieldErrors
from counterdesk.gui.form_checks import require_filled, require_same_password
from counterdesk.gui.form_values import read_fields
from counterdesk.gui.forms.setup_admin_ui import Ui_SetupAdminPage
from counterdesk.gui.forms.setup_office_ui import Ui_SetupOfficePage
from counterdesk.gui.forms.setup_signatory_ui import Ui_SetupSignatoryPage
from counterdesk.gui.timezone_combo import fill_timezone_combo
from counterdesk.services import setup

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime

LOGO_PREVIEW_SIZE = 72


class FormPage(QWizardPage):
    """A wizard page whose contents come from a .ui form."""

    def __init__(
        self,
        form: Any,
        title: str,
        required: tuple[str, ...],
        aliases: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.ui = form
        self.ui.setupUi(self)
        self.setTitle(title)
        self.required = required
        self.errors = FieldErrors(self.ui, aliases=aliases)

    def owns(self, field: str) -> bool:
        return self.errors.has_field(field)

    def checks(self) -> list[Callable[[], object]]:
        """What this page checks before Lanjut; each raises a ValidationError(s)."""
        return [lambda: require_filled(read_fields(self.ui, self.required))]

    def validatePage(self) -> bool:
        """Mark every problem on the page at once, then stay on it."""
        self.errors.clear()
        for check in self.checks():
            try:
                check()
            except (ValidationError, ValidationErrors) as error:
                self.errors.add(error)
        return not self.errors.fields


class OfficePage(FormPage):
    def __init__(self) -> None:
        super().__init__(
            Ui_SetupOfficePage(),
            self.tr("Kantor"),
            ("office_name", "address", "counter_code"),
            aliases={"kode_loket": "counter_code"},
        )
        fill_timezone_combo(self.ui.timezone)
        self.logo_path: Path | None = None
        self.ui.chooseLogoButton.clicked.connect(self._choose_logo)
        self.ui.clearLogoButton.clicked.connect(lambda: self.set_logo(None))
        self.set_logo(None)

    def checks(self) -> list[Callable[[], object]]:
        return [*super().checks(), lambda: validate_counter_code(self.ui.counterCode.text())]

    def _choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih logo kop surat"),
            "",
            self.tr("Gambar PNG atau JPG (*.png *.jpg *.jpeg)"),
        )
        if name:
            self.set_logo(Path(name))

    def set_logo(self, path: Path | None) -> None:
        self.errors.clear()
        pixmap = QPixmap(str(path)) if path else QPixmap()
        if path is not None and pixmap.isNull():
            self.errors.set(
                "logo_path", self.tr("Berkas ini bukan gambar PNG/JPG yang dapat dibaca.")
            )
            return
        self.logo_path = path
        self.ui.logoPath.setText(str(path) if path else "")
        self.ui.clearLogoButton.setEnabled(path is not None)
        self.ui.logoPreview.setPixmap(
            pixmap.scaled(
                LOGO_PREVIEW_SIZE,
                LOGO_PREVIEW_SIZE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            if path
            else QPixmap()
        )
        self.ui.logoPreview.setText("" if path else self.tr("tanpa\nlogo"))


class SignatoryPage(FormPage):
    def __init__(self) -> None:
        super().__init__(
            Ui_SetupSignatoryPage(),
            self.tr("Penandatangan"),
            ("signatory_name", "signatory_title"),
            aliases={"nip": "signatory_nip"},
        )

    def checks(self) -> list[Callable[[], object]]:
        nip = self.ui.signatoryNip.text().strip()
        return [*super().checks(), lambda: parse_nip(nip) if nip else None]


class AdminPage(FormPage):
    def __init__(self) -> None:
        super().__init__(
            Ui_SetupAdminPage(),
            self.tr("Admin pertama"),
            ("admin_username", "admin_full_name", "admin_password"),
            # create_user and the password rules name their own fields
            aliases={
                "username": "admin_username",
                "full_name": "admin_full_name",
                "password": "admin_password",
            },
        )

    def checks(self) -> list[Callable[[], object]]:
        password, repeat = self.ui.adminPassword.text(), self.ui.adminPasswordRepeat.text()
        return [
            *super().checks(),
            lambda: require_same_password(password, repeat, "admin_password_repeat"),
        ]


class SetupWizard(QWizard):
    def __init__(self, runtime: Runtime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.local = runtime  # this PC's file: closed by the controller if a server is chosen
        self.setWindowTitle(self.tr("Penyiapan kantor — CounterDesk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut (Enter) >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Selesai (Enter)"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal (Esc)"))
        self.office_page = OfficePage()
        self.signatory_page = SignatoryPage()
        self.admin_page = AdminPage()
        self.pages: list[FormPage] = [self.office_page, self.signatory_page, self.admin_page]
        for page in self.pages:
            self.addPage(page)
        self.admin_username = ""
        self.joined = False  # "Server kantor": the server already holds an office
        self.server_dialog: QDialog | None = None
        self.setButtonText(
            QWizard.WizardButton.CustomButton1, self.tr("Server kantor (PostgreSQL)…")
        )
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.customButtonClicked.connect(self._custom_button)
        self.currentIdChanged.connect(self._show_server_button)
        self._show_where(_server_name(runtime))
        self.resize(720, 680)

    # --- where the office's data lives -------------------------------------------------------
    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.choose_server()

    def _show_server_button(self, page_id: int) -> None:
        """The choice is made before the office is described: on the first page."""
        self.button(QWizard.WizardButton.CustomButton1).setVisible(page_id == self.startId())

    def choose_server(self) -> None:
        """Keep the office's data on the office server instead of this PC's file: the
        connection dialog opens it (off the GUI thread) and remembers it; the wizard goes
        on there — or ends at once when the server already holds an office (another
        counter of the same office)."""
        from counterdesk.gui.dialogs.server_connection import ServerConnectionDialog

        dialog = ServerConnectionDialog(self)
        self.server_dialog = dialog
        dialog.accepted.connect(lambda: self.use_server(dialog))
        dialog.open()

    def use_server(self, dialog: Any) -> None:
        runtime = dialog.runtime
        if runtime is None:
            return
        if self.runtime is not self.local:  # a server chosen before: another one now
            self.runtime.close()
        self.runtime = runtime
        self._show_where(dialog.settings().describe())
        if runtime.is_initialized():
            self.joined = True
            messages.inform(
                self,
                self.tr("Kantor sudah ada di server"),
                self.tr(
                    "Server ini sudah berisi data kantor. Loket ini memakai data yang sama; "
                    "masuk dengan akun yang dibuat admin kantor."
                ),
            )
            self.accept()

    def _show_where(self, server: str = "") -> None:
        self.office_page.setSubTitle(
            self.tr("Data kantor disimpan di server kantor {0}.").format(server)
            if server
            else self.tr(
                "Data disimpan di komputer ini. Kantor dengan banyak loket dan satu server "
                "PostgreSQL: tekan “Server kantor (PostgreSQL)…”."
            )
        )

    def setup_data(self) -> setup.OfficeSetup:
        values: dict[str, Any] = {}
        office_fields = (
            "office_name",
            "unit",
            "address",
            "phone",
            "email",
            "timezone",
            "counter_code",
        )
        values.update(read_fields(self.office_page.ui, office_fields))
        values.update(
            read_fields(
                self.signatory_page.ui,
                ("signatory_name", "signatory_title", "signatory_nip", "cuti_bersama_closes"),
            )
        )
        values.update(read_fields(self.admin_page.ui, ("admin_username", "admin_full_name")))
        values["admin_password"] = self.admin_page.ui.adminPassword.text()
        return setup.OfficeSetup(logo_path=self.office_page.logo_path, **values)

    def validateCurrentPage(self) -> bool:
        """QWizard asks this on Lanjut and on Selesai; on Selesai the office is saved.
        Joining an office already on the server ends the wizard with nothing to check."""
        if self.joined:
            return True
        if not super().validateCurrentPage():
            return False
        return self.currentPage() is not self.admin_page or self._save()

    def _save(self) -> bool:
        try:
            self.admin_username = setup.set_up_office(self.runtime, self.setup_data())
        except ValidationErrors as error:
            self._show_field_errors(error.errors)
            return False
        except ValidationError as error:
            self._show_field_errors([error])
            return False
        except CounterDeskError as error:
            messages.show_error(self, error)
            return False
        return True

    def _show_field_errors(self, errors: list[ValidationError]) -> None:
        """Mark each field on its page and go back to the first page with an error."""
        for page in self.pages:
            page.errors.clear()
        first: int | None = None
        for error in errors:
            owner = next((i for i, p in enumerate(self.pages) if p.owns(error.field)), None)
            if owner is None:
                messages.show_error(self, error)
                continue
            self.pages[owner].errors.set(error.field, error.message)
            first = owner if first is None else min(first, owner)
        while first is not None and self.currentId() > first:
            self.back()


def _server_name(runtime: Runtime) -> str:
    """``cd@server:5432/counterdesk`` for a server database, "" for this PC's file."""
    if runtime.db.path is not None:
        return ""
    from counterdesk.services.server_settings import from_url

    return from_url(runtime.db.url)[0].describe()
