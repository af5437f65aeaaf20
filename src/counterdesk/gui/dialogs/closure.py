"""Tambah hari tutup kantor: a local closure (not a working day)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from counterdesk.domain.errors import ConflictError, CounterDeskError
from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.service_dialog import ServiceDialog
from counterdesk.gui.forms.closure_ui import Ui_ClosureDialog
from counterdesk.services import calendar


class ClosureDialog(ServiceDialog):
    form_class = Ui_ClosureDialog

    def __init__(self, ctx: DeskContext, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Simpan hari tutup"))
        self.ctx = ctx
        self.ui.day.setDate(QDate(day.year, day.month, day.day))

    def chosen_day(self) -> date:
        qdate = self.ui.day.date()
        return date(qdate.year(), qdate.month(), qdate.day())

    def apply(self) -> None:
        calendar.add_office_closure(
            self.ctx.runtime, self.ctx.actor, self.chosen_day(), self.ui.name.text()
        )

    def show_error(self, error: CounterDeskError) -> None:
        if isinstance(error, ConflictError):  # the day is already a closure
            self.errors.set("day", str(error))
        else:
            super().show_error(error)
