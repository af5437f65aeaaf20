"""A request on a registry certificate: **ralat** (the fields to correct, before → after,
and the signed minutes), **sertifikat hilang** (the police loss report and the signed
minutes) or **legalisasi** (how many copies). The serial is scanned or typed; the
certificate and its holder are shown at once. The service refuses bad input in
Indonesian: the message appears at its field and nothing typed is lost."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QSizePolicy,
    QTableWidgetItem,
    QWidget,
)

from counterdesk.domain.errors import CounterDeskError, ValidationError, ValidationErrors
from counterdesk.domain.formatting import format_date_long
from counterdesk.gui.context import DeskContext
from counterdesk.gui.field_errors import FieldErrors
from counterdesk.gui.forms.case_request_ui import Ui_CaseRequestDialog
from counterdesk.gui.keyboard import EnterMovesOn
from counterdesk.gui.scanner import ScanDetector
from counterdesk.services import certificate_cases
from counterdesk.services.certificate_cases import (
    CORRECTABLE,
    KIND_CORRECTION,
    KIND_LEGALISATION,
    KIND_LOST,
    CertificateInfo,
)

FIELD, BEFORE, AFTER = 0, 1, 2
PAGES = {KIND_CORRECTION: 0, KIND_LOST: 1, KIND_LEGALISATION: 2}


class CaseRequestDialog(QDialog):
    requested = Signal(str)  # the case number, once filed

    def __init__(self, ctx: DeskContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.ui = Ui_CaseRequestDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.errors = FieldErrors(
            ui, general=ui.generalError, aliases={"police_report_date": "police_report_on"}
        )
        self.card: CertificateInfo | None = None
        self.number = ""  # the case, once filed
        self._before: dict[str, str] = {}  # the registry's values, by field
        ui.kindPages.setCurrentIndex(PAGES[kind])
        ui.minutesBox.setVisible(kind != KIND_LEGALISATION)
        current = ui.kindPages.currentWidget()
        for page in [ui.kindPages.widget(i) for i in range(ui.kindPages.count())]:
            if page is not None and page is not current:  # only this kind's fields take room
                ui.kindPages.removeWidget(page)
                page.hide()
        if kind != KIND_CORRECTION:
            ui.kindPages.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        ui.policeReportOn.setDate(QDate(ctx.today()))
        ui.policeReportOn.setMaximumDate(QDate(ctx.today()))
        self._texts()
        self._prepare_fields()
        scanner = ScanDetector(ui.serial)
        scanner.scanned.connect(self._serial_entered)
        scanner.entered.connect(self._serial_entered)
        ui.serial.editingFinished.connect(lambda: self._serial_entered(ui.serial.text()))
        ui.submitButton.clicked.connect(self.submit)
        ui.closeButton.clicked.connect(self.reject)
        for keys in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.submit)
        EnterMovesOn(self)
        self._show_card(None)
        ui.serial.setFocus()

    def _texts(self) -> None:
        ui = self.ui
        texts = {
            KIND_CORRECTION: (
                self.tr("Permohonan ralat sertifikat"),
                self.tr(
                    "Data sertifikat yang salah diralat setelah wawancara. Isi data yang "
                    "diralat dan nomor berita acara yang sudah ditandatangani; setelah "
                    "diperiksa petugas (lapis 1) dan disetujui pimpinan (lapis 2) terbit "
                    "surat keterangan ralat."
                ),
                self.tr("Ajukan ralat (Ctrl+S)"),
            ),
            KIND_LOST: (
                self.tr("Sertifikat hilang — surat keterangan pengganti"),
                self.tr(
                    "Perlu surat keterangan kehilangan dari kepolisian dan berita acara "
                    "wawancara yang sudah ditandatangani. Setelah disetujui, sertifikat asli "
                    "tercatat hilang/diganti: verifikasi nomor serinya menyebutkannya."
                ),
                self.tr("Ajukan pengganti (Ctrl+S)"),
            ),
            KIND_LEGALISATION: (
                self.tr("Legalisasi fotokopi sertifikat"),
                self.tr(
                    "Sertifikat harus ada di database dan masih berlaku. Setiap salinan "
                    "mendapat nomor legalisasi dan label cap dengan barcode yang merujuk ke "
                    "database; ditandatangani pimpinan (lapis 2)."
                ),
                self.tr("Ajukan legalisasi (Ctrl+S)"),
            ),
        }
        heading, explanation, submit = texts[self.kind]
        self.setWindowTitle(heading)
        ui.heading.setText(heading)
        ui.explanation.setText(explanation)
        ui.submitButton.setText(submit)

    # --- the certificate ------------------------------------------------------------------
    def _serial_entered(self, text: str) -> None:
        serial = text.strip().upper()
        if not serial or (self.card is not None and self.card.serial == serial):
            return
        if serial != self.ui.serial.text().strip():
            self.ui.serial.setText(serial)  # a scan replaces what was there
        try:
            card = certificate_cases.certificate_info(self.ctx.runtime, self.ctx.actor, serial)
        except CounterDeskError as error:
            self._show_card(None)
            self.errors.set("serial", str(error))
            return
        self.errors.unmark("serial")
        self._show_card(card)
        self.focusNextChild()

    def _show_card(self, card: CertificateInfo | None) -> None:
        self.card = card
        value = self.ui.certificateValue
        if card is None:
            value.setText(self.tr("<i>— tampil setelah nomor seri dipindai atau diketik —</i>"))
            self._before = {}
            return
        nik = self.tr(" · NIK {0}").format(card.holder_nik) if card.holder_nik else ""
        value.setText(
            f"<b>{card.serial}</b> — {card.title}<br>"
            + self.tr("Pemegang: <b>{0}</b>{1} · terbit {2} · status: <b>{3}</b>").format(
                card.holder_name, nik, self._date(card.issued_on), card.status_label
            )
        )
        self._before = {f.field: f.before for f in card.fields}
        self._refresh_before()
        self._offer_minutes(card)

    def _date(self, day: date) -> str:
        return format_date_long(day)

    def _offer_minutes(self, card: CertificateInfo) -> None:
        """The holder's signed minutes: the newest is filled in, all are named."""
        ui = self.ui
        if self.kind == KIND_LEGALISATION:
            return
        if not card.minutes_numbers:
            ui.minutesNumber.setPlaceholderText(
                self.tr("pemegang ini belum punya berita acara yang ditandatangani")
            )
            return
        ui.minutesNumber.setToolTip(
            self.tr("Berita acara pemegang ini: {0}").format(", ".join(card.minutes_numbers))
        )
        if not ui.minutesNumber.text().strip():
            ui.minutesNumber.setText(card.minutes_numbers[0])

    # --- fields to correct -------------------------------------------------------------------
    def _prepare_fields(self) -> None:
        ui = self.ui
        self.field_choices: tuple[tuple[str, str], ...] = tuple(CORRECTABLE.items())
        header = ui.fields.horizontalHeader()
        header.resizeSection(FIELD, 210)
        header.setSectionResizeMode(BEFORE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AFTER, QHeaderView.ResizeMode.Stretch)
        ui.fields.verticalHeader().setDefaultSectionSize(ui.fields.fontMetrics().height() + 12)
        ui.addFieldButton.clicked.connect(self.add_field)
        ui.removeFieldButton.clicked.connect(self.remove_field)
        if self.kind == KIND_CORRECTION:
            QShortcut(QKeySequence("Ctrl+T"), self, self.add_field)
            self.add_field(focus=False)

    def add_field(self, *, focus: bool = True) -> None:
        table = self.ui.fields
        used = {self._field_at(row) for row in range(table.rowCount())}
        field = next((f for f, _ in self.field_choices if f not in used), "")
        row = table.rowCount()
        table.insertRow(row)
        combo = QComboBox(table)
        for code, text in self.field_choices:
            combo.addItem(text, code)
        combo.setCurrentIndex(max(0, combo.findData(field)))
        combo.currentIndexChanged.connect(self._refresh_before)
        combo.setToolTip(self.tr("Data yang diralat — pilih dengan ↑/↓"))
        before = QTableWidgetItem("")
        before.setFlags(before.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setCellWidget(row, FIELD, combo)
        table.setItem(row, BEFORE, before)
        table.setItem(row, AFTER, QTableWidgetItem(""))
        self._refresh_before()
        if focus:
            table.setCurrentCell(row, FIELD)
            combo.setFocus()

    def remove_field(self) -> None:
        row = self.ui.fields.currentRow()
        if row >= 0:
            self.ui.fields.removeRow(row)

    def _field_at(self, row: int) -> str:
        combo = self.ui.fields.cellWidget(row, FIELD)
        return str(combo.currentData() or "") if isinstance(combo, QComboBox) else ""

    def _refresh_before(self) -> None:
        """The *Semula* column reads the registry's value of each chosen field."""
        table = self.ui.fields
        for row in range(table.rowCount()):
            cell = table.item(row, BEFORE)
            if cell is not None:
                cell.setText(self._before.get(self._field_at(row), ""))

    def corrections(self) -> list[tuple[str, str]]:
        table = self.ui.fields
        out = []
        for row in range(table.rowCount()):
            after = table.item(row, AFTER)
            text = after.text().strip() if after else ""
            field = self._field_at(row)
            if field or text:
                out.append((field, text))
        return out

    # --- filing ------------------------------------------------------------------------------
    def submit(self) -> None:
        ui = self.ui
        ui.submitButton.setFocus()  # an open cell editor hands its text to the table
        self.errors.clear()
        runtime, actor = self.ctx.runtime, self.ctx.actor
        serial = ui.serial.text().strip().upper()
        minutes_number = ui.minutesNumber.text().strip().upper()
        try:
            if self.kind == KIND_CORRECTION:
                case = certificate_cases.request_correction(
                    runtime, actor, serial, self.corrections(), minutes_number
                )
            elif self.kind == KIND_LOST:
                case = certificate_cases.request_replacement(
                    runtime,
                    actor,
                    serial,
                    ui.policeReportNumber.text().strip(),
                    _python_date(ui.policeReportOn.date()),
                    minutes_number,
                )
            else:
                case = certificate_cases.request_legalisation(
                    runtime, actor, serial, ui.copies.value()
                )
        except (ValidationError, ValidationErrors) as error:
            self.errors.show(error)  # at its fields; everything typed stays
            return
        except CounterDeskError as error:  # the certificate's state, an open request
            self.errors.show(ValidationError("serial", str(error)))
            return
        self.number = case.number
        self.accept()
        self.requested.emit(case.number)


def _python_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
