"""Kalibrasi printer: how far one printer shifts the page on one kind of stock, in mm
(positive: right / down), kept per printer and paper (``issuing.set_calibration``) and
applied to every batch printed there. **Cetak halaman uji…** prints the ruler test page
with the offsets as typed, so the officer measures, corrects and prints again before
saving."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QWidget

from counterdesk.domain.errors import CounterDeskError
from counterdesk.gui import printing
from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.print_batch import choose_printer
from counterdesk.gui.dialogs.service_dialog import ServiceDialog
from counterdesk.gui.forms.calibration_ui import Ui_CalibrationDialog
from counterdesk.gui.workers import Cancelled, wait_with_progress
from counterdesk.services import issuing

PAPERS = ("A4", "F4", "CR80")


def printer_names() -> list[str]:
    """The printers the system knows, its default first."""
    default = QPrinterInfo.defaultPrinterName()
    names = [name for name in QPrinterInfo.availablePrinterNames() if name != default]
    return ([default] if default else []) + names


class CalibrationDialog(ServiceDialog):
    form_class = Ui_CalibrationDialog

    def __init__(
        self, ctx: DeskContext, parent: QWidget | None = None, printers: list[str] | None = None
    ) -> None:
        """``printers`` overrides the system's list (tests have none)."""
        super().__init__(parent, self.tr("Simpan kalibrasi"))
        self.ctx = ctx
        ui = self.ui
        ui.printer.addItems(printer_names() if printers is None else printers)
        ui.printer.lineEdit().setPlaceholderText(self.tr("nama printer"))
        ui.paper.addItems(list(PAPERS))
        for box in (ui.dxMm, ui.dyMm):  # 1,5 mm: the decimal comma
            box.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        ui.statusLabel.hide()
        ui.printer.currentTextChanged.connect(self._load)
        ui.paper.currentTextChanged.connect(self._load)
        ui.testPageButton.clicked.connect(self.print_test_page)
        self._load()
        ui.printer.setFocus()

    def printer_name(self) -> str:
        return str(self.ui.printer.currentText()).strip()

    def _load(self) -> None:
        """The offsets saved for this printer and paper (0 when none)."""
        name = self.printer_name()
        dx, dy = (
            issuing.calibration(self.ctx.runtime, name, self.ui.paper.currentText())
            if name
            else (0.0, 0.0)
        )
        self.ui.dxMm.setValue(dx)
        self.ui.dyMm.setValue(dy)

    def apply(self) -> None:
        issuing.set_calibration(
            self.ctx.runtime,
            self.ctx.actor,
            self.printer_name(),
            self.ui.paper.currentText(),
            self.ui.dxMm.value(),
            self.ui.dyMm.value(),
        )

    def test_page_pdf(self) -> bytes:
        """The ruler page with the offsets as typed (not yet saved)."""
        return issuing.ruler_test_pdf(  # ReportLab loads here, at first use
            self.ui.paper.currentText(), self.ui.dxMm.value(), self.ui.dyMm.value()
        )

    def print_test_page(self) -> None:
        self.errors.clear()
        paper = self.ui.paper.currentText()
        title = self.tr("Halaman uji {0}").format(paper)
        try:
            pdf = self.test_page_pdf()
            printer = choose_printer(self, title, paper, self.printer_name())
            if printer is None:
                return
            printing.use_paper_of(printer, pdf)
            wait_with_progress(
                self,
                self.tr("Mencetak halaman uji…"),
                lambda progress: printing.paint_pdf(printer, pdf, progress),
            )
        except Cancelled:
            return
        except CounterDeskError as error:
            self.errors.show(error)
            return
        if printer.printerName() and printer.printerName() != self.printer_name():
            self.ui.printer.setCurrentText(printer.printerName())
        self.ui.statusLabel.setText(
            self.tr(
                "Halaman uji dikirim. Ukur garis 0 dari tepi kiri dan atas kertas; isi "
                "selisihnya di atas, cetak lagi, lalu Simpan."
            )
        )
        self.ui.statusLabel.show()
