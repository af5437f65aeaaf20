"""Serahkan: the certificates (or cards) chosen on Cetak are handed to the holder or to a
representative with a power of attorney. The receiver's name, the kind and number of
their identity and the tick for the power of attorney go to ``issuing.hand_over``, which
closes the application; the hand-over receipt opens at once to be printed and signed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QWidget

from counterdesk.domain.formatting import before_period
from counterdesk.gui import messages
from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.document_ready import Document, DocumentReadyDialog
from counterdesk.gui.dialogs.service_dialog import ServiceDialog
from counterdesk.gui.dialogs.survey_kiosk import SurveyKioskDialog
from counterdesk.gui.forms.handover_ui import Ui_HandoverDialog
from counterdesk.services import issuing, surveys

ID_KINDS = ("NIK", "SIM", "Paspor", "KITAS/KITAP")


class HandoverRow(Protocol):
    @property
    def serial(self) -> str: ...

    @property
    def holder(self) -> str: ...


class HandoverDialog(ServiceDialog):
    form_class = Ui_HandoverDialog
    handed = Signal()

    def __init__(
        self, ctx: DeskContext, rows: Sequence[HandoverRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, self.tr("Serahkan && cetak tanda terima"))
        self.ctx = ctx
        self.serials = tuple(row.serial for row in rows)
        self.holder = rows[0].holder if rows else ""
        self.result_view: issuing.HandoverView | None = None
        ui = self.ui
        self.setWindowTitle(self.tr("Serahkan — {0}").format(", ".join(self.serials[:3])))
        ui.itemsLabel.setText(
            self.tr("Diserahkan: {0}. Pemegang: {1}.").format(
                ", ".join(self.serials), before_period(self.holder)
            )
        )
        ui.receiverIdLabel.addItems(list(ID_KINDS))
        ui.receiverName.setText(self.holder)
        ui.powerOfAttorney.toggled.connect(self._representative)
        self._representative(False)
        ui.receiverId.setFocus()

    def _representative(self, by_proxy: bool) -> None:
        """A representative types their own name; the holder's is filled in otherwise."""
        ui = self.ui
        if by_proxy and ui.receiverName.text() == self.holder:
            ui.receiverName.clear()
            ui.receiverName.setFocus()
        elif not by_proxy and not ui.receiverName.text().strip():
            ui.receiverName.setText(self.holder)
        ui.hint.setText(
            self.tr(
                "Penerima mewakili pemegang: periksa surat kuasa asli dan identitas "
                "penerima; simpan salinannya bersama tanda terima."
            )
            if by_proxy
            else self.tr(
                "Penerima adalah pemegang sendiri: cocokkan wajah dan identitasnya. Jika "
                "diwakilkan, centang surat kuasa."
            )
        )

    def apply(self) -> None:
        ui = self.ui
        self.result_view = issuing.hand_over(
            self.ctx.runtime,
            self.ctx.actor,
            self.serials,
            ui.receiverName.text().strip(),
            ui.receiverIdLabel.currentText(),
            ui.receiverId.text().strip(),
            ui.powerOfAttorney.isChecked(),
        )

    def accept(self) -> None:
        super().accept()
        self.handed.emit()

    def receipt_dialog(self, parent: QWidget | None) -> DocumentReadyDialog:
        """The hand-over receipt of what was just handed over."""
        ctx, view = self.ctx, self.result_view
        assert view is not None  # handed over
        document = Document(
            self.tr("Tanda terima penyerahan {0}").format(view.application_number),
            view.application_number,
            f"penyerahan-{view.application_number}",
            lambda: issuing.handover_receipt_pdf(ctx.runtime, ctx.actor, view.id),
        )
        dialog = DocumentReadyDialog(
            document,
            self.tr("Diserahkan — cetak tanda terima penyerahan"),
            self.tr(
                "Permohonan selesai. Minta penerima menandatangani tanda terima; simpan "
                "bersama salinan identitasnya{0}."
            ).format(self.tr(" dan surat kuasa") if self.ui.powerOfAttorney.isChecked() else ""),
            parent,
        )
        number = view.application_number
        if surveys.offered_at_handover(ctx.runtime, ctx.actor, number):
            # the standard asks for the survey at hand-over (seed 000): once the receipt
            # is closed, offer the kiosk; this dialog may be gone by then
            dialog.accepted.connect(lambda: offer_survey(ctx, number, parent))
        return dialog


def offer_survey(ctx: DeskContext, number: str, parent: QWidget | None) -> SurveyKioskDialog | None:
    """Ask the officer; on yes the kiosk opens for the applicant, linked to ``number``."""
    if not messages.confirm(
        parent,
        QCoreApplication.translate("HandoverDialog", "Survei kepuasan"),
        QCoreApplication.translate(
            "HandoverDialog",
            "Tawarkan survei kepuasan kepada pemohon sekarang?\n\nStandar pelayanan meminta "
            "survei saat sertifikat diambil. Putar layar ke pemohon; jawabannya tanpa nama.",
        ),
        QCoreApplication.translate("HandoverDialog", "Buka survei"),
    ):
        return None
    kiosk = SurveyKioskDialog(ctx, number, parent)
    kiosk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    kiosk.open()
    return kiosk
