"""A document is ready — the receipt after filing, a reprint, a ticket slip: the number
in large type and what to do with the PDF: **Cetak… (Ctrl+P)**, **Simpan PDF…
(Ctrl+S)**, **Buka PDF**. The PDF is made once, when first needed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from counterdesk.domain.errors import CounterDeskError
from counterdesk.gui import printing
from counterdesk.gui.context import DeskContext
from counterdesk.gui.forms.document_ready_ui import Ui_DocumentReadyDialog
from counterdesk.gui.printing import PrintError


@dataclass(frozen=True)
class Document:
    title: str  # "Tanda terima TT-L01-26-000001X"
    number: str  # shown large
    stem: str  # file name without .pdf
    make_pdf: Callable[[], bytes]


def receipt_document(ctx: DeskContext, number: str) -> Document:
    return Document(
        f"Tanda terima {number}",
        number,
        f"tanda-terima-{number}",
        lambda: _receipts().receipt(ctx.runtime, ctx.actor, number),
    )


def ticket_document(ctx: DeskContext, number: str, ticket_number: str) -> Document:
    """The slip of an escalated information request (``number`` is the request)."""
    return Document(
        f"Tiket {ticket_number}",
        ticket_number,
        f"tiket-{ticket_number}",
        lambda: _receipts().ticket_slip(ctx.runtime, ctx.actor, number),
    )


class DocumentReadyDialog(QDialog):
    def __init__(
        self,
        document: Document,
        headline: str,
        explanation: str,
        parent: QWidget | None = None,
        warnings: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DocumentReadyDialog()
        self.ui.setupUi(self)
        self.document = document
        self.saved_path: Path | None = None
        self._pdf: bytes | None = None
        self.setWindowTitle(document.title)
        self.ui.headline.setText(headline)
        self.ui.numberLabel.setText(document.number)
        self.ui.explanation.setText(explanation)
        self.ui.warningLabel.setText(
            "\n".join(self.tr("Perhatian: {0}").format(w) for w in warnings)
        )
        self.ui.warningLabel.setVisible(bool(warnings))
        self.ui.statusLabel.hide()
        self.ui.generalError.hide()
        self.ui.printButton.setDefault(True)
        self.ui.printButton.clicked.connect(self.print_document)
        self.ui.saveButton.clicked.connect(self.save_document)
        self.ui.openButton.clicked.connect(self.open_document)
        self.ui.closeButton.clicked.connect(self.accept)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_document)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_document)
        self.ui.printButton.setFocus()

    def pdf(self) -> bytes:
        if self._pdf is None:
            try:
                self._pdf = self.document.make_pdf()
            except CounterDeskError:
                raise
            except Exception as error:  # a renderer bug must not leave the officer guessing
                raise PrintError(
                    self.tr(
                        "{0} tidak dapat dibuat ({1}). Catat nomornya dan laporkan ke admin."
                    ).format(self.document.title, error)
                ) from error
        return self._pdf

    def _run(self, action: Callable[[], str | None]) -> None:
        """Do one thing with the PDF; say the outcome or the error in the dialog."""
        self.ui.generalError.hide()
        try:
            said = action()
        except CounterDeskError as error:
            self.ui.generalError.setText(str(error))
            self.ui.generalError.show()
            return
        if said:
            self.ui.statusLabel.setText(said)
            self.ui.statusLabel.show()

    def print_document(self) -> None:
        def do() -> str | None:
            if printing.print_pdf(self, self.pdf(), self.document.title):
                return self.tr("Dikirim ke printer.")
            return None

        self._run(do)

    def save_document(self) -> None:
        def do() -> str | None:
            path = printing.save_pdf(self, self.pdf(), self.document.stem)
            if path is None:
                return None
            self.saved_path = path
            return self.tr("Disimpan: {0}").format(path)

        self._run(do)

    def open_document(self) -> None:
        def do() -> str | None:
            printing.open_pdf(self.pdf(), self.document.stem)
            return self.tr("Dibuka di pembaca PDF.")

        self._run(do)


def _receipts() -> ModuleType:
    """The receipt service loads ReportLab: imported at the first receipt, not at start."""
    from counterdesk.services import receipts

    return receipts
