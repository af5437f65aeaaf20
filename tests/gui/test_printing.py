"""Printing renders the PDF's pages at the printer's resolution and paints them on the
QPrinter; here the "printer" writes a PDF file, so no real printer is needed."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from counterdesk.documents.receipt import render_receipt
from counterdesk.gui import printing
from tests.unit.documents import samples


def test_pages_are_painted_on_the_printer_at_its_paper_size(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = render_receipt(samples.receipt(samples.letterhead()))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)
    printing.use_paper_of(printer, pdf)
    printing.paint_pdf(printer, pdf)
    printed = pdfium.PdfDocument(str(tmp_path / "printed.pdf"))
    try:
        assert len(printed) == 1
        width, height = printed[0].get_size()
    finally:
        printed.close()
    assert round(width) == 595 and round(height) == 842  # A4, as the receipt


def test_file_names_never_hold_a_check_character_windows_refuses() -> None:
    assert printing.file_stem("tanda-terima-TT-L01-26-000010*") == "tanda-terima-TT-L01-26-000010"
    assert printing.file_stem("TIK-L01-26-000003/") == "TIK-L01-26-000003"
