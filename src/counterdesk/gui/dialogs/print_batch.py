"""Cetak sertifikat: the certificates and cards chosen on Cetak into one PDF, or straight
to a printer picked in the system print dialog.

``issuing.print_batch`` makes the pages and logs every copy (who, when, which printer, the
reason of a reprint); it runs on a worker (``gui/workers.py``) with the dialog's own bar,
what is being done and **Batal (Esc)**, so the window keeps painting and a cancelled batch
logs nothing. Then the first pages are previewed, and the PDF goes to the chosen printer
(painted page by page, with the same bar) or is saved or opened. A reprint asks for the
reason before anything starts; the service's refusals (a revoked or replaced
certificate, a missing photo) are said before rendering, in the dialog."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QImage, QKeySequence, QPageSize, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from counterdesk.domain.errors import CounterDeskError
from counterdesk.gui import printing
from counterdesk.gui.context import DeskContext
from counterdesk.gui.field_errors import FieldErrors
from counterdesk.gui.forms.print_batch_ui import Ui_PrintBatchDialog
from counterdesk.gui.workers import Cancelled, Progress, Worker
from counterdesk.services import issuing

PAPERS = ("A4", "F4")
PAPER_MM = {"A4": (210.0, 297.0), "F4": (215.0, 330.0), "CR80": (85.6, 53.98)}
PREVIEW_PAGES = 12
PREVIEW_HEIGHT = 300  # pixels of a page thumbnail
PREVIEW_DPI = 40.0
PDF_PRINTER = "PDF"  # the printer name logged when the batch goes to a file


class QueueRow(Protocol):
    """What the dialog reads of a print-queue row."""

    @property
    def serial(self) -> str: ...

    @property
    def holder(self) -> str: ...

    @property
    def printed_count(self) -> int: ...


def choose_printer(
    parent: QWidget | None, title: str, paper: str, name: str = ""
) -> QPrinter | None:
    """The system print dialog for ``paper`` (``name`` preselected); None if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    if name:
        printer.setPrinterName(name)
    width, height = PAPER_MM.get(paper, PAPER_MM["A4"])
    printer.setPageSize(
        QPageSize(
            QSizeF(width, height),
            QPageSize.Unit.Millimeter,
            paper,
            QPageSize.SizeMatchPolicy.FuzzyMatch,
        )
    )
    printer.setFullPage(True)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(parent.tr("Cetak {0}").format(title) if parent else title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def preview_images(pdf: bytes, progress: Progress, limit: int = PREVIEW_PAGES) -> list[QImage]:
    """The first ``limit`` pages as thumbnails (made on the worker; QImage is thread-safe)."""
    images: list[QImage] = []
    for image in printing.page_images(pdf, PREVIEW_DPI):
        progress.check()
        images.append(
            image.scaledToHeight(PREVIEW_HEIGHT, Qt.TransformationMode.SmoothTransformation)
        )
        if len(images) >= limit:
            break
    return images


class PrintBatchDialog(QDialog):
    printed = Signal()  # copies were logged: the queue changed

    def __init__(
        self, ctx: DeskContext, rows: Sequence[QueueRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.serials = tuple(row.serial for row in rows)
        self.reprints = tuple(row.serial for row in rows if row.printed_count > 0)
        self.ui = Ui_PrintBatchDialog()
        self.ui.setupUi(self)
        self.errors = FieldErrors(self.ui, general=self.ui.generalError)
        self.pdf: bytes | None = None
        self.pages = 0
        self.worker: Worker | None = None
        self._next: Callable[[], None] | None = None  # what starts when the worker ends
        self.printer: QPrinter | None = None
        self.outcome = ""  # "printed" | "saved" | "cancelled" | "" (tests read it)
        ui = self.ui
        ui.paper.addItems(list(PAPERS))
        self._describe(rows)
        ui.reasonLabel.setVisible(bool(self.reprints))
        ui.reason.setVisible(bool(self.reprints))
        ui.toPrinter.toggled.connect(self._destination_changed)
        ui.makeButton.clicked.connect(self.make)
        ui.saveButton.clicked.connect(self.save)
        ui.openButton.clicked.connect(self.open_pdf)
        ui.cancelButton.clicked.connect(self.cancel)
        ui.closeButton.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+P"):
            QShortcut(QKeySequence(keys), self, self.make)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        ui.preview.setIconSize(QSize(PREVIEW_HEIGHT, PREVIEW_HEIGHT))
        ui.progressPanel.hide()
        ui.statusLabel.hide()
        self._destination_changed()
        self._enable()
        (ui.reason if self.reprints else ui.makeButton).setFocus()

    # --- showing ----------------------------------------------------------------------
    def _describe(self, rows: Sequence[QueueRow]) -> None:
        ui = self.ui
        count = len(rows)
        self.setWindowTitle(self.tr("Cetak {0} sertifikat/kartu").format(count))
        ui.headline.setText(
            self.tr("Cetak {0}").format(rows[0].serial)
            if count == 1
            else self.tr("Cetak {0} sertifikat/kartu").format(count)
        )
        shown = ", ".join(f"{row.serial} ({row.holder})" for row in rows[:4])
        more = self.tr(" dan {0} lainnya").format(count - 4) if count > 4 else ""
        ui.itemsLabel.setText(shown + more)
        if self.reprints:
            already = (
                self.tr("{0} dari {1} sudah pernah dicetak").format(len(self.reprints), count)
                if len(self.reprints) < count
                else self.tr("Semua sudah pernah dicetak")
                if count > 1
                else self.tr("Sudah pernah dicetak")
            )
            ui.warningLabel.setText(
                already
                + self.tr(": ini cetak ulang. Tulis alasannya; alasan dicatat di log cetak.")
            )
        ui.warningLabel.setVisible(bool(self.reprints))
        ui.previewCaption.setText(self.tr("Pratinjau halaman — muncul setelah dokumen dibuat"))

    def _destination_changed(self) -> None:
        to_printer = self.ui.toPrinter.isChecked()
        self.ui.makeButton.setText(
            self.tr("Cetak (Ctrl+Enter)") if to_printer else self.tr("Buat PDF (Ctrl+Enter)")
        )

    def running(self) -> bool:
        return self.worker is not None

    def _enable(self) -> None:
        ui, busy, made = self.ui, self.running(), self.pdf is not None
        for widget in (ui.toPrinter, ui.toPdf, ui.paper, ui.reason):
            widget.setEnabled(not busy and not made)
        ui.makeButton.setEnabled(not busy and not made)
        ui.saveButton.setEnabled(made and not busy)
        ui.openButton.setEnabled(made and not busy)
        ui.closeButton.setEnabled(not busy)
        ui.progressPanel.setVisible(busy)

    def _say(self, text: str) -> None:
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setVisible(bool(text))

    # --- making the batch ---------------------------------------------------------------
    def make(self) -> None:
        if self.running() or self.pdf is not None:
            return
        self.errors.clear()
        self._say("")
        reason = self.ui.reason.text().strip() if self.reprints else ""
        if self.reprints and not reason:
            self.errors.set(
                "reason",
                self.tr(
                    "Tulis alasan cetak ulang, mis. kertas macet atau tinta pudar; alasan "
                    "dicatat di log cetak."
                ),
            )
            return
        paper = self.ui.paper.currentText()
        printer_name = PDF_PRINTER
        if self.ui.toPrinter.isChecked():
            self.printer = choose_printer(self, self.windowTitle(), paper)
            if self.printer is None:
                return
            printer_name = self.printer.printerName() or PDF_PRINTER
        ctx, serials = self.ctx, self.serials

        def job(progress: Progress) -> Any:
            def report(done: int, total: int) -> None:
                progress.report(
                    done, total, self.tr("Membuat halaman {0} dari {1}").format(done, total)
                )

            try:
                return issuing.print_batch(
                    ctx.runtime,
                    ctx.actor,
                    serials,
                    paper=paper,
                    printer=printer_name,
                    reason=reason,
                    progress=report,
                    cancelled=lambda: progress.cancelled,
                )
            except Exception:
                if progress.cancelled:  # stopped on our request: nothing was logged
                    raise Cancelled from None
                raise

        self._start(
            job, self._made, self.tr("Menyiapkan {0} sertifikat/kartu…").format(len(serials))
        )

    def _start(
        self, job: Callable[[Progress], Any], done: Callable[[Any], None], text: str
    ) -> None:
        worker = Worker(job)
        self.worker = worker
        signals = worker.signals
        signals.progress.connect(self._progress)
        signals.succeeded.connect(done)
        signals.failed.connect(self._failed)
        signals.cancelled.connect(self._cancelled)
        signals.finished.connect(self._finished)
        self.ui.progressBar.setRange(0, 0)
        self.ui.progressLabel.setText(text)
        self._enable()
        worker.start()

    def _progress(self, done: int, total: int, text: str) -> None:
        bar = self.ui.progressBar
        bar.setRange(0, total)
        bar.setValue(min(done, total) if total else 0)
        if text:
            self.ui.progressLabel.setText(text)

    def _finished(self) -> None:
        self.worker = None
        follow, self._next = self._next, None
        if follow is not None:
            follow()
        else:
            self._enable()

    def _failed(self, error: object) -> None:
        if isinstance(error, CounterDeskError):
            self.errors.show(error)
        else:
            self.errors.set_general(
                self.tr("Dokumen tidak dapat dibuat ({0}). Laporkan ke admin.").format(error)
            )

    def _cancelled(self) -> None:
        if self.pdf is None:
            self.outcome = "cancelled"
            self._say(self.tr("Dibatalkan; tidak ada yang dicatat sebagai dicetak."))
        else:
            self._say(
                self.tr(
                    "Pengiriman ke printer dibatalkan. Halaman yang sudah terkirim mungkin "
                    "tetap tercetak; dokumen masih dapat disimpan sebagai PDF."
                )
            )

    def cancel(self) -> None:
        if self.worker is not None:
            self.ui.progressLabel.setText(self.tr("Membatalkan…"))
            self.worker.cancel()

    def _made(self, batch: Any) -> None:
        self.pdf = bytes(batch.pdf)
        self.pages = int(batch.pages)
        self.printed.emit()
        if self.printer is None:  # a PDF: saving it is what comes next
            self.ui.saveButton.setDefault(True)
            self.ui.saveButton.setFocus()
        self._say(self.tr("{0} halaman dibuat; dicatat di log cetak.").format(self.pages))
        pdf = self.pdf
        # the worker that made the batch is finishing: start the next one after it
        self._after(
            lambda: self._start(
                lambda progress: preview_images(pdf, progress),
                self._previewed,
                self.tr("Menyiapkan pratinjau…"),
            )
        )

    def _after(self, call: Callable[[], None]) -> None:
        """Run ``call`` once the running worker has finished (at once if none runs)."""
        if self.worker is None:
            call()
        else:
            self._next = call

    def _previewed(self, images: list[QImage]) -> None:
        preview = self.ui.preview
        preview.clear()
        for number, image in enumerate(images, start=1):
            item = QListWidgetItem(
                QIcon(QPixmap.fromImage(image)), self.tr("Hal. {0}").format(number)
            )
            preview.addItem(item)
        shown = len(images)
        self.ui.previewCaption.setText(
            self.tr("Pratinjau: {0} halaman").format(self.pages)
            if shown >= self.pages
            else self.tr("Pratinjau: {0} halaman pertama dari {1}").format(shown, self.pages)
        )
        if self.printer is not None:
            self._after(self._send)

    def _send(self) -> None:
        printer, pdf = self.printer, self.pdf
        assert printer is not None and pdf is not None
        printing.use_paper_of(printer, pdf)
        self._start(
            lambda progress: printing.paint_pdf(printer, pdf, progress),
            self._sent,
            self.tr("Mengirim ke printer {0}…").format(printer.printerName()),
        )

    def _sent(self, _: object) -> None:
        self.outcome = "printed"
        self._say(
            self.tr("{0} halaman dikirim ke printer {1}.").format(
                self.pages, self.printer.printerName() if self.printer else ""
            )
        )
        self.ui.closeButton.setFocus()

    # --- the PDF ------------------------------------------------------------------------
    def save(self) -> None:
        if self.pdf is None or self.running():
            return
        try:
            path = printing.save_pdf(self, self.pdf, self._stem())
        except CounterDeskError as error:
            self.errors.show(error)
            return
        if path is not None:
            self.outcome = "saved"
            self._say(self.tr("Disimpan: {0}").format(path))

    def open_pdf(self) -> None:
        if self.pdf is None:
            return
        try:
            printing.open_pdf(self.pdf, self._stem())
        except CounterDeskError as error:
            self.errors.show(error)

    def _stem(self) -> str:
        first = self.serials[0]
        return f"sertifikat-{first}" if len(self.serials) == 1 else f"sertifikat-{first}-dst"

    # --- closing ------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc while work runs cancels the work rather than closing."""
        if self.running():
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running():
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
