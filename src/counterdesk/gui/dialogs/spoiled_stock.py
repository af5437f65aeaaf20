"""Catat blangko rusak: a pre-printed blank spoiled in the printer (jammed, misaligned,
smudged) is written off with its serial and the reason, so the stock of blanks can be
accounted for (``issuing.record_spoiled``)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.service_dialog import ServiceDialog
from counterdesk.gui.forms.spoiled_stock_ui import Ui_SpoiledStockDialog
from counterdesk.services import issuing


class SpoiledStockDialog(ServiceDialog):
    form_class = Ui_SpoiledStockDialog

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Catat blangko rusak"))
        self.ctx = ctx
        self.recorded = ""  # the blank serial, once written off
        self.ui.blankSerial.setFocus()
        self.ui.blankSerial.returnPressed.connect(self.ui.reason.setFocus)

    def apply(self) -> None:
        serial = self.ui.blankSerial.text().strip()
        issuing.record_spoiled(self.ctx.runtime, self.ctx.actor, serial, self.ui.reason.text())
        self.recorded = serial
