"""Verifikasi sertifikat (F6): a scanned QR payload or a typed serial + Enter →
``verification_offline.verify``. The verdict is said large, in words and colour (green:
valid; amber: valid with corrected values; red: anything that must not be accepted),
with the holder, the dates and what the registry adds (the replacement, the current
values after a ralat). The field is selected again, so the next scan replaces it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from counterdesk.domain.errors import CounterDeskError
from counterdesk.domain.formatting import format_date_long
from counterdesk.gui.context import DeskContext
from counterdesk.gui.field_errors import FieldErrors
from counterdesk.gui.forms.verify_certificate_ui import Ui_VerifyCertificateDialog
from counterdesk.gui.style import AMBER_BACKGROUND, AMBER_TEXT, ERROR, RED_BACKGROUND, repolish
from counterdesk.services import verification_offline
from counterdesk.services.verification_offline import Verdict

GOOD = "valid"
CAUTION = frozenset({"corrected"})
VERDICT_STYLE = f"""
QLabel[verdict] {{ font-size: 20pt; font-weight: bold; padding: 14px; border-radius: 6px; }}
QLabel[verdict="none"] {{ background: transparent; }}
QLabel[verdict="good"] {{ color: #0b5d1e; background: #dcf5e2; border: 2px solid #0b5d1e; }}
QLabel[verdict="caution"] {{
    color: {AMBER_TEXT}; background: {AMBER_BACKGROUND}; border: 2px solid {AMBER_TEXT};
}}
QLabel[verdict="bad"] {{ color: {ERROR}; background: {RED_BACKGROUND}; border: 2px solid {ERROR}; }}
"""


def verdict_level(outcome: str) -> str:
    """good / caution / bad: the colour of a verdict (its words say the rest)."""
    if outcome == GOOD:
        return "good"
    return "caution" if outcome in CAUTION else "bad"


class VerifyCertificateDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_VerifyCertificateDialog()
        self.ui.setupUi(self)
        self.verdict: Verdict | None = None
        self.errors = FieldErrors(self.ui)
        self.setStyleSheet(VERDICT_STYLE)
        self.ui.verdictLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ui.text.returnPressed.connect(self.check)  # a scan ends with Enter
        self.ui.verifyButton.setAutoDefault(False)  # so Enter checks once, not twice
        self.ui.verifyButton.clicked.connect(self.check)
        self.ui.closeButton.clicked.connect(self.reject)
        QShortcut(QKeySequence("F6"), self, self.ui.text.selectAll)
        self._show(None)
        self.ui.text.setFocus()

    def check(self) -> None:
        text = self.ui.text.text().strip()
        self.errors.clear()
        if not text:
            self.errors.set(
                "text", self.tr("Pindai QR sertifikat atau ketik nomor serinya, lalu tekan Enter.")
            )
            return
        try:
            verdict = verification_offline.verify(self.ctx.runtime, self.ctx.actor, text)
        except CounterDeskError as error:
            self.errors.set("text", str(error))
            self._show(None)
            self.ui.text.selectAll()  # the next scan replaces it
            return
        self._show(verdict)
        self.ui.text.selectAll()  # the next scan replaces this one
        self.ui.text.setFocus()

    def _show(self, verdict: Verdict | None) -> None:
        self.verdict = verdict
        ui = self.ui
        ui.verdictLabel.setProperty(
            "verdict", verdict_level(verdict.outcome) if verdict else "none"
        )
        repolish(ui.verdictLabel)
        ui.verdictLabel.setText(verdict.label if verdict else "")
        ui.verdictLabel.setVisible(verdict is not None)
        ui.factsLabel.setText(self._facts(verdict) if verdict else "")
        lines = list(verdict.details) if verdict else []
        if verdict is not None and not verdict.from_payload and verdict.serial:
            lines.append(
                self.tr(
                    "Dicocokkan dengan daftar sertifikat dari nomor seri yang diketik; pindai "
                    "QR-nya untuk memeriksa juga tanda tangan elektroniknya."
                )
            )
        ui.detailsLabel.setText("\n".join(lines))
        ui.detailsLabel.setVisible(bool(lines))

    def _facts(self, verdict: Verdict) -> str:
        rows = [
            (self.tr("Nomor seri"), verdict.serial),
            (self.tr("Judul"), verdict.title),
            (self.tr("Pemegang"), verdict.holder),
            (
                self.tr("Tanggal terbit"),
                format_date_long(verdict.issued_on) if verdict.issued_on else "",
            ),
            (
                self.tr("Berlaku sampai"),
                format_date_long(verdict.valid_until)
                if verdict.valid_until
                else (self.tr("seumur hidup") if verdict.issued_on else ""),
            ),
        ]
        cells = "".join(
            f"<tr><td style='padding-right:12px'>{name}</td><td><b>{_html(value)}</b></td></tr>"
            for name, value in rows
            if value
        )
        return f"<table>{cells}</table>"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
