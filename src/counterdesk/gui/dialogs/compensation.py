"""Kompensasi keterlambatan (issue 10 point 5, seed 001): the files finished after their
promised date that are owed compensation, **Beri kompensasi & cetak surat** (the apology
letter with its MAAF number, ready to print), and the compensations granted — reprint a
letter, or use one for a file already open when the applicant shows it. The service
decides what is owed and refuses a second grant or a second use; this dialog shows it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from counterdesk.domain.errors import CounterDeskError
from counterdesk.domain.formatting import format_date_short
from counterdesk.gui import messages
from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.document_ready import Document, DocumentReadyDialog
from counterdesk.gui.dialogs.opening import open_replacing
from counterdesk.gui.dialogs.text_input import TextInputDialog
from counterdesk.gui.forms.compensation_ui import Ui_CompensationDialog
from counterdesk.services import compensation
from counterdesk.services.compensation import CompensationProposal, CompensationView


def letter_document(ctx: DeskContext, view: CompensationView) -> Document:
    """The apology letter as a document to print, save or open."""
    return Document(
        f"Surat permohonan maaf {view.letter_number}",
        view.letter_number,
        "surat-permohonan-maaf-" + view.letter_number.replace("/", "-"),
        lambda: compensation.apology_letter_pdf(ctx.runtime, ctx.actor, view.id),
    )


STRETCHED_PROPOSAL_COLUMN = 2  # the service's name
STRETCHED_GRANTED_COLUMN = 3  # the applicant's name


class CompensationDialog(QDialog):
    changed = Signal()  # a compensation was granted or used

    def __init__(
        self, ctx: DeskContext, parent: QWidget | None = None, *, number: str = ""
    ) -> None:
        """``number``: the application to select first (from its detail)."""
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_CompensationDialog()
        self.ui.setupUi(self)
        self.dialog: QDialog | None = None  # the dialog opened last (tests reach it here)
        self.proposals: tuple[CompensationProposal, ...] = ()
        self.views: tuple[CompensationView, ...] = ()
        ui = self.ui
        ui.ruleHint.setText(
            self.tr(
                "Permohonan yang selesai melewati janji layanan, pada standar pelayanan yang "
                "mengatur kompensasi: pemohon menerima surat permohonan maaf, dan janji layanan "
                "sertifikasi berikutnya dipercepat. Potongan itu dipakai otomatis satu kali saat "
                "pemohon mengajukan permohonan berikutnya (juga di loket lain setelah "
                "sinkronisasi)."
            )
        )
        for table in (ui.proposalsTable, ui.grantedTable):
            table.itemSelectionChanged.connect(self._enable)
        ui.grantButton.clicked.connect(self.grant)
        ui.reprintButton.clicked.connect(self.reprint)
        ui.redeemButton.clicked.connect(self.redeem)
        ui.closeButton.clicked.connect(self.accept)
        QShortcut(QKeySequence("Ctrl+P"), self, self.reprint)
        ui.generalError.hide()
        ui.noticeLabel.hide()
        self.reload(number)
        ui.proposalsTable.setFocus()

    # --- showing ----------------------------------------------------------------------
    def reload(self, select: str = "") -> None:
        self.proposals = compensation.proposals(self.ctx.runtime, self.ctx.actor, self.ctx.today())
        self.views = compensation.granted(self.ctx.runtime, self.ctx.actor)
        ui = self.ui
        ui.proposalsBox.setTitle(
            self.tr("Perlu diberi kompensasi ({0})").format(len(self.proposals))
        )
        ui.grantedBox.setTitle(self.tr("Sudah diberikan ({0})").format(len(self.views)))
        self._fill(
            ui.proposalsTable,
            STRETCHED_PROPOSAL_COLUMN,
            [
                (
                    p.number,
                    p.applicant_name,
                    p.service_name,
                    format_date_short(p.due_on),
                    format_date_short(p.finished_on),
                    self.tr("{0} hari kerja").format(p.late_working_days),
                )
                for p in self.proposals
            ],
            self.tr(
                "Tidak ada permohonan yang selesai melewati janji layanan. Permohonan yang "
                "terlambat muncul di sini setelah produknya diserahkan."
            ),
        )
        self._fill(
            ui.grantedTable,
            STRETCHED_GRANTED_COLUMN,
            [
                (
                    v.letter_number,
                    format_date_short(v.granted_on),
                    v.application_number,
                    v.applicant_name,
                    self.tr("{0} hari kerja").format(v.days_off),
                    v.status_label,
                    v.used_on_number or "—",
                )
                for v in self.views
            ],
            self.tr("Belum ada kompensasi yang diberikan."),
        )
        numbers = [p.number for p in self.proposals]
        if self.proposals:
            ui.proposalsTable.selectRow(numbers.index(select) if select in numbers else 0)
        if self.views:
            ui.grantedTable.selectRow(0)
        self._enable()

    def _fill(
        self, table: QTableWidget, stretched: int, rows: Sequence[Sequence[str]], empty: str
    ) -> None:
        """``rows`` into ``table``; the ``stretched`` column (a name) takes the room left.
        Without rows one line says what will appear there, across the whole width."""
        table.clearSpans()
        table.clearSelection()
        header = table.horizontalHeader()
        for column in range(table.columnCount()):
            fits = bool(rows) and column != stretched
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.ResizeToContents if fits else QHeaderView.ResizeMode.Stretch,
            )
        if not rows:
            table.setRowCount(1)
            item = QTableWidgetItem(empty)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(0, 0, item)
            table.setSpan(0, 0, 1, table.columnCount())
            return
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                table.setItem(r, c, cell)

    def _selected(self, table: QTableWidget, count: int) -> int | None:
        rows = table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        return row if 0 <= row < count else None

    def selected_proposal(self) -> CompensationProposal | None:
        row = self._selected(self.ui.proposalsTable, len(self.proposals))
        return self.proposals[row] if row is not None else None

    def selected_view(self) -> CompensationView | None:
        row = self._selected(self.ui.grantedTable, len(self.views))
        return self.views[row] if row is not None else None

    def _enable(self) -> None:
        ui = self.ui
        proposal, view = self.selected_proposal(), self.selected_view()
        ui.grantButton.setEnabled(proposal is not None)
        ui.policyLabel.setText(proposal.policy_text if proposal else "")
        ui.policyLabel.setVisible(proposal is not None)
        ui.reprintButton.setEnabled(view is not None)
        ui.redeemButton.setEnabled(view is not None and view.available)

    def _say(self, notice: str = "", error: str = "") -> None:
        self.ui.noticeLabel.setText(notice)
        self.ui.noticeLabel.setVisible(bool(notice))
        self.ui.generalError.setText(error)
        self.ui.generalError.setVisible(bool(error))

    # --- acting -----------------------------------------------------------------------
    def grant(self) -> None:
        proposal = self.selected_proposal()
        if proposal is None:
            return
        if not messages.confirm(
            self,
            self.tr("Beri kompensasi"),
            self.tr(
                "Permohonan {0} atas nama {1} selesai {2} hari kerja setelah janji layanan "
                "({3}). Surat permohonan maaf dibuat dengan nomor baru, dan janji layanan "
                "sertifikasi berikutnya pemohon ini dipercepat {4} hari kerja. Kompensasi "
                "hanya diberikan satu kali."
            ).format(
                proposal.number,
                proposal.applicant_name,
                proposal.late_working_days,
                format_date_short(proposal.due_on),
                proposal.days_off,
            ),
            self.tr("Beri kompensasi"),
        ):
            return
        try:
            view = compensation.grant(self.ctx.runtime, self.ctx.actor, proposal.number)
        except CounterDeskError as error:
            self._say(error=str(error))
            return
        self.reload()
        self._say(
            self.tr("Kompensasi diberikan: surat permohonan maaf No. {0}.").format(
                view.letter_number
            )
        )
        self.changed.emit()
        self._show_letter(
            view,
            self.tr("Surat permohonan maaf siap dicetak"),
            self.tr(
                "Cetak dan serahkan surat ini kepada {0}. Potongan {1} hari kerja dipakai "
                "otomatis saat ia mengajukan sertifikasi berikutnya."
            ).format(view.applicant_name, view.days_off),
        )

    def _show_letter(self, view: CompensationView, headline: str, explanation: str) -> None:
        dialog = DocumentReadyDialog(letter_document(self.ctx, view), headline, explanation, self)
        self.dialog = open_replacing(self.dialog, dialog)

    def reprint(self) -> None:
        view = self.selected_view()
        if view is not None:
            self._show_letter(
                view,
                self.tr("Cetak ulang surat permohonan maaf"),
                self.tr("Nomor surat tetap {0}.").format(view.letter_number),
            )

    def redeem(self) -> None:
        view = self.selected_view()
        if view is None:
            return
        dialog = TextInputDialog(
            self,
            title=self.tr("Pakai surat {0}").format(view.letter_number),
            explanation=self.tr(
                "Pemohon {0} menunjukkan surat permohonan maaf No. {1} untuk permohonan yang "
                "sudah berjalan. Jatuh tempo permohonan itu dipercepat {2} hari kerja; surat "
                "ini tidak dapat dipakai lagi."
            ).format(view.applicant_name, view.letter_number, view.days_off),
            label=self.tr("&Nomor permohonan *"),
            accept_text=self.tr("Pakai kompensasi"),
            field="application",
            action=lambda text: compensation.redeem(
                self.ctx.runtime, self.ctx.actor, view.letter_number, text
            ),
            placeholder=self.tr("ketik atau pindai nomor tanda terima"),
        )
        dialog.accepted.connect(lambda: self._redeemed(dialog.result_value))
        self.dialog = open_replacing(self.dialog, dialog)

    def _redeemed(self, view: CompensationView | None) -> None:
        self.reload()
        if view is not None:
            self._say(
                self.tr(
                    "Surat {0} dipakai untuk permohonan {1}; jatuh temponya dipercepat."
                ).format(view.letter_number, view.used_on_number)
            )
        self.changed.emit()
