"""Catat blangko rusak: a pre-printed blank spoiled in the printer (jammed, misaligned,
smudged) is written off with its serial and the reason, so the stock of blanks can be
accounted for (``issuing.record_spoiled``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.service_dialog import ServiceDialog
from counterdesk.gui.forms.spoiled_stock_ui import Ui_SpoiledStockDialog
from counterdesk.gui.keyboard import is_enter
from counterdesk.services import issuing


class SpoiledStockDialog(ServiceDialog):
    form_class = Ui_SpoiledStockDialog

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Catat blangko rusak"))
        self.ctx = ctx
        self.recorded = ""  # the blank serial, once written off
        self.ui.blankSerial.installEventFilter(self)  # Enter after the scan: the reason next
        self.ui.blankSerial.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.blankSerial and is_enter(event):
            self.ui.reason.setFocus()
            return True
        return super().eventFilter(watched, event)

    def apply(self) -> None:
        serial = self.ui.blankSerial.text().strip()
        issuing.record_spoiled(self.ctx.runtime, self.ctx.actor, serial, self.ui.reason.text())
        self.recorded = serial
