"""What the Berita Acara screens share: the status as words on a coloured pill, the A4/F4
paper choice, and a document whose PDF is made on the chosen paper when first needed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from counterdesk.gui.dialogs.document_ready import Document
from counterdesk.gui.style import AMBER_BACKGROUND, AMBER_TEXT, ERROR, RED_BACKGROUND

BLUE = ("#0e3f80", "#dbe7f7")
GREEN = ("#1d5e20", "#dcefdc")
AMBER = (AMBER_TEXT, AMBER_BACKGROUND)
RED = (ERROR, RED_BACKGROUND)
NEUTRAL = ("#2b3440", "#e7ebf0")

# The colour goes with the words, never alone (UI.md): minutes and case states.
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "draft": AMBER,
    "signed": GREEN,
    "amended": NEUTRAL,
    "requested": AMBER,
    "checked": BLUE,
    "approved": GREEN,
    "refused": RED,
}
# The list's cell colour (row_table_model levels): amber for what still needs work,
# red for a refusal; finished states are plain.
STATUS_LEVELS = {"draft": "near", "requested": "near", "checked": "near", "refused": "overdue"}

PAPERS = (("A4", "A4 (210 × 297 mm)"), ("F4", "F4 / folio (215 × 330 mm)"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("berita_acara", text)


def pill(text: str, status: str) -> str:
    """``text`` on its status colour, bold (rich text for a QLabel)."""
    colour, background = STATUS_COLOURS.get(status, NEUTRAL)
    return (
        f'<span style="color:{colour}; background-color:{background}; font-weight:bold; '
        f'font-size:12pt">&nbsp;{text}&nbsp;</span>'
    )


def status_level(status: str) -> str:
    return STATUS_LEVELS.get(status, "")


def fill_papers(combo: QComboBox) -> None:
    combo.clear()
    for code, text in PAPERS:
        combo.addItem(_tr(text), code)
    combo.setToolTip(_tr("Ukuran kertas PDF: A4, atau F4 (folio) yang biasa di kantor"))


def paper_document(
    title: str, number: str, stem: str, combo: QComboBox, make: Callable[[str], bytes]
) -> Document:
    """A document made on the paper chosen in ``combo`` when the PDF is first needed."""
    paper = str(combo.currentData() or "A4")
    safe = stem.replace("/", "-")
    return Document(title, number, f"{safe}-{paper.lower()}", lambda: make(paper))
