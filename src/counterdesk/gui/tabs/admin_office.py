"""Admin → Profil kantor: the office data on every letterhead, hours and the idle lock."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from counterdesk.domain.errors import CounterDeskError
from counterdesk.domain.formatting import format_time_with_zone
from counterdesk.domain.identity import format_nip
from counterdesk.gui.context import DeskContext
from counterdesk.gui.field_errors import FieldErrors
from counterdesk.gui.form_checks import require_filled
from counterdesk.gui.form_values import read_fields, write_fields
from counterdesk.gui.timezone_combo import fill_timezone_combo
from counterdesk.services import setup

PREFIX = "office"
# The fields setup.update_office accepts, each shown by the widget office<Field>.
OFFICE_FIELDS = (
    "name",
    "unit",
    "address",
    "phone",
    "email",
    "timezone",
    "signatory_name",
    "signatory_title",
    "signatory_nip",
    "cuti_bersama_closes",
    "opening_time",
    "closing_time",
    "idle_lock_minutes",
)


class OfficeSection(QObject):
    saved = Signal()

    def __init__(self, ctx: DeskContext, ui: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui
        self.errors = FieldErrors(ui, prefix=PREFIX, general=ui.officeGeneralError)
        fill_timezone_combo(ui.officeTimezone)
        ui.saveOfficeButton.setShortcut(QKeySequence("Ctrl+S"))
        ui.saveOfficeButton.clicked.connect(self.save)
        self.loaded = False  # read when the section is first shown (AdminTab.refresh)

    def load(self) -> None:
        """Fill the form from the database (only here and after saving: F5 keeps edits)."""
        self.show_profile(setup.office_profile(self.ctx.runtime, self.ctx.actor))
        self.loaded = True

    def show_profile(self, profile: setup.OfficeProfile) -> None:
        values = {field: getattr(profile, field) for field in OFFICE_FIELDS}
        values["signatory_nip"] = format_nip(profile.signatory_nip)  # as printed
        write_fields(self.ui, values, PREFIX)
        self.ui.counterCode.setText(profile.counter_code)

    def save(self) -> None:
        self.errors.clear()
        self.ui.officeSavedLabel.clear()
        values = read_fields(self.ui, OFFICE_FIELDS, PREFIX)
        try:
            require_filled({"name": values["name"]})
            saved = setup.save_office_profile(self.ctx.runtime, self.ctx.actor, **values)
        except CounterDeskError as error:
            self.errors.show(error)
            return
        self.ctx.reload_office()
        self.show_profile(saved)
        self.ui.officeSavedLabel.setText(
            self.tr("Tersimpan pukul {0}.").format(
                format_time_with_zone(self.ctx.now(), self.ctx.office.timezone)
            )
        )
        self.saved.emit()
