"""PDFs to paper, disk or the PDF reader — the one place the GUI handles documents.

Printing renders each PDF page with pypdfium2 at the printer's resolution (capped at
600 dpi, plenty for Code 128 and small type) and paints the images on the QPrinter from
the print dialog: no PDF reader or driver quirk stands between the receipt and the
printer. The work runs off the GUI thread with a progress dialog (``gui/workers.py``).
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSizeF, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from counterdesk.domain.errors import CounterDeskError
from counterdesk.gui.workers import Cancelled, Progress, wait_with_progress

POINTS_PER_INCH = 72.0
MAX_DPI = 600
OPEN_FOLDER = "counterdesk-pdf"


def _tr(text: str) -> str:
    return QCoreApplication.translate("printing", text)


class PrintError(CounterDeskError):
    """The printer or the file system refused; the message says what to try."""


def file_stem(text: str) -> str:
    """A file name from a document number: ``*`` (a check character) is not allowed on
    Windows, so anything but letters, digits and ``-`` becomes ``_``."""
    return re.sub(r"[^A-Za-z0-9-]+", "_", text).strip("_") or "dokumen"


def page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium  # loaded at the first print or preview, not at start

    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def page_images(pdf: bytes, dpi: float) -> Iterator[QImage]:
    """Each page as an RGB image at ``dpi``."""
    import pypdfium2 as pdfium  # loaded at the first print or preview, not at start

    document = pdfium.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            bitmap = document[index].render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True)
            yield QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB888,
            ).copy()  # own the pixels: the bitmap is freed with the document
    finally:
        document.close()


def use_paper_of(printer: QPrinter, pdf: bytes) -> None:
    """Ask for the PDF's own paper (A4, or F4 by size) with no margins: the document
    already carries its margins and the printer's calibration offset."""
    import pypdfium2 as pdfium  # loaded at the first print or preview, not at start

    document = pdfium.PdfDocument(pdf)
    try:
        width, height = document[0].get_size()
    finally:
        document.close()
    printer.setPageSize(
        QPageSize(
            QSizeF(width, height),
            QPageSize.Unit.Point,
            "",
            QPageSize.SizeMatchPolicy.FuzzyMatch,
        )
    )
    printer.setFullPage(True)


def paint_pdf(printer: QPrinter, pdf: bytes, progress: Progress | None = None) -> None:
    """Paint every page of ``pdf`` on ``printer`` (a real printer, or a PDF file in tests)."""
    pages = page_count(pdf)
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(
            _tr(
                "Printer tidak dapat dipakai. Periksa apakah printer menyala dan "
                "terhubung, lalu coba lagi."
            )
        )
    try:
        for index, image in enumerate(page_images(pdf, dpi)):
            if progress is not None:
                progress.check()
                progress.report(index, pages, _tr("Halaman {0} dari {1}").format(index + 1, pages))
            if index:
                printer.newPage()
            painter.drawImage(printer.paperRect(QPrinter.Unit.DevicePixel), image)
    finally:
        painter.end()


def print_pdf(parent: QWidget | None, pdf: bytes, title: str) -> bool:
    """The print dialog, then the pages to the chosen printer; False if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    use_paper_of(printer, pdf)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("Cetak {0}").format(title))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        wait_with_progress(
            parent,
            _tr("Mencetak {0}…").format(title),
            lambda progress: paint_pdf(printer, pdf, progress),
        )
    except Cancelled:
        return False
    return True


def _documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def save_pdf(parent: QWidget | None, pdf: bytes, stem: str) -> Path | None:
    """Ask where, then write; None if the officer cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        _tr("Simpan PDF"),
        str(_documents_folder() / f"{file_stem(stem)}.pdf"),
        _tr("Dokumen PDF (*.pdf)"),
    )
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    try:
        target.write_bytes(pdf)
    except OSError as error:
        raise PrintError(
            _tr("PDF tidak dapat disimpan ke {0} ({1}). Pilih folder lain.").format(
                target, error.strerror or error
            )
        ) from error
    return target


def open_pdf(pdf: bytes, stem: str) -> Path:
    """Write to a temporary folder and open with the system's PDF reader."""
    folder = Path(tempfile.gettempdir()) / OPEN_FOLDER
    target = folder / f"{file_stem(stem)}.pdf"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pdf)
    except OSError as error:
        raise PrintError(
            _tr("PDF tidak dapat disiapkan ({0}).").format(error.strerror or error)
        ) from error
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
        raise PrintError(
            _tr(
                "Tidak ada aplikasi pembaca PDF di komputer ini. Gunakan Simpan PDF… atau "
                "Cetak… (Ctrl+P)."
            )
        )
    return target
