"""Laporan… on Pengaduan: the monthly complaint recap (issue 10 point 7) or the
satisfaction survey report (point 6), as PDF or XLSX.

The officer picks the report, its period — a month for the recap; from/to for the
survey, this quarter by default (``surveys.default_period``) — optionally the service
of the survey, and the format; **Simpan… (Ctrl+S)** asks where, then the service makes
the file on a worker (``gui/workers.py``) while the dialog shows a busy bar and **Batal
(Esc)**; the window keeps painting. Then the dialog says where it was saved, and
**Buka berkas** opens it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QStandardPaths, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from counterdesk.domain.errors import CounterDeskError
from counterdesk.domain.formatting import MONTHS, format_date_short
from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.complaint_detail import fill_choices, qdate
from counterdesk.gui.field_errors import FieldErrors
from counterdesk.gui.forms.report_export_ui import Ui_ReportExportDialog
from counterdesk.gui.printing import PrintError
from counterdesk.gui.workers import Progress, Worker

RECAP, SURVEY = "recap", "survey"
PDF, XLSX = "pdf", "xlsx"
Make = Callable[[], bytes]


class ReportExportDialog(QDialog):
    saved = Signal(object)  # the Path written
    failed = Signal(str)  # what went wrong (also shown in the dialog)

    def __init__(self, ctx: DeskContext, kind: str = RECAP, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ReportExportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.errors = FieldErrors(ui, general=ui.generalError)
        self.worker: Worker | None = None
        self.saved_path: Path | None = None
        self._written: Path | None = None  # set by the job once the file is on disk
        self._services_loaded = False
        ui.kind.addItem(self.tr("Rekap pengaduan bulanan"), RECAP)
        ui.kind.addItem(self.tr("Laporan survei kepuasan (SKM/IKM)"), SURVEY)
        ui.kind.setCurrentIndex(max(0, ui.kind.findData(kind)))
        today = ctx.today()
        for number, name in enumerate(MONTHS, start=1):
            ui.month.addItem(name, number)
        ui.month.setCurrentIndex(today.month - 1)
        ui.year.setValue(today.year)
        start, end = _surveys().default_period(today)
        ui.start.setDate(qdate(start))
        ui.end.setDate(qdate(end))
        self._quarter = (start, end)
        ui.kind.currentIndexChanged.connect(self._kind_changed)
        ui.saveButton.clicked.connect(self.save)
        ui.closeButton.clicked.connect(self.reject)
        ui.openButton.clicked.connect(self.open_file)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self._busy(False)
        ui.openButton.hide()
        ui.savedLabel.hide()
        self._kind_changed()
        ui.kind.setFocus()

    # --- the choice ---------------------------------------------------------------------
    def kind(self) -> str:
        return str(self.ui.kind.currentData())

    def file_format(self) -> str:
        return XLSX if self.ui.xlsxFormat.isChecked() else PDF

    def _kind_changed(self) -> None:
        ui = self.ui
        recap = self.kind() == RECAP
        form = ui.formLayout
        form.setRowVisible(ui.monthLabel, recap)
        for label in (ui.startLabel, ui.endLabel, ui.serviceCodeLabel):
            form.setRowVisible(label, not recap)
        if recap:
            ui.periodHint.setText(
                self.tr(
                    "Pengaduan dan saran yang diterima pada bulan itu: jumlah per saluran, "
                    "komponen dan jalur, tepat waktu atau terlambat, dan daftarnya. Identitas "
                    "dan isi yang dirahasiakan hanya tampil untuk atasan."
                )
            )
        else:
            self._load_services()
            start, end = self._quarter
            ui.periodHint.setText(
                self.tr(
                    "Bawaan: triwulan berjalan ({0} – {1}); survei dilaporkan empat kali "
                    "setahun. NRR per unsur, IKM dan mutunya, serta persentase responden "
                    "puas dibanding target."
                ).format(format_date_short(start), format_date_short(end))
            )
        self.errors.clear()

    def _load_services(self) -> None:
        if self._services_loaded:
            return
        try:
            setup = _surveys().kiosk_setup(self.ctx.runtime, self.ctx.actor)
        except CounterDeskError as error:
            self.errors.show(error)
            return
        fill_choices(self.ui.serviceCode, setup.services, self.tr("Semua layanan"))
        self._services_loaded = True

    def _period(self) -> tuple[date, date]:
        ui = self.ui
        start: date = ui.start.date().toPython()  # type: ignore[assignment]
        end: date = ui.end.date().toPython()  # type: ignore[assignment]
        return start, end

    def suggested_name(self) -> str:
        if self.kind() == RECAP:
            stem = f"rekap-pengaduan-{self.ui.year.value()}-{self.ui.month.currentData():02d}"
        else:
            start, end = self._period()
            stem = f"laporan-survei-kepuasan-{start.isoformat()}-sd-{end.isoformat()}"
        return f"{stem}.{self.file_format()}"

    def maker(self) -> Make:
        """The service call that makes the chosen file (run on the worker)."""
        ctx, ui, xlsx = self.ctx, self.ui, self.file_format() == XLSX
        if self.kind() == RECAP:
            year, month, today = ui.year.value(), int(ui.month.currentData()), ctx.today()

            def recap() -> bytes:
                from counterdesk.services import complaint_reports as reports

                make = reports.monthly_recap_xlsx if xlsx else reports.monthly_recap_pdf
                return make(ctx.runtime, ctx.actor, year, month, today)

            return recap
        start, end = self._period()
        service = str(ui.serviceCode.currentData() or "") or None

        def survey() -> bytes:
            surveys = _surveys()
            make = surveys.survey_report_xlsx if xlsx else surveys.survey_report_pdf
            data: bytes = make(ctx.runtime, ctx.actor, start, end, service, today=ctx.today())
            return data

        return survey

    # --- saving -------------------------------------------------------------------------
    def save(self) -> None:
        if self.worker is not None:
            return
        self.errors.clear()
        if self.kind() == SURVEY:
            start, end = self._period()
            if end < start:
                self.errors.set(
                    "end",
                    self.tr(
                        "Tanggal akhir {0} sebelum tanggal awal {1}; perbaiki periodenya."
                    ).format(format_date_short(end), format_date_short(start)),
                )
                return
        target = self._ask_target()
        if target is None:
            return
        make = self.maker()

        def job(progress: Progress) -> Path:
            progress.report(0, 0, self.tr("Menyusun laporan…"))
            data = make()
            progress.check()  # Batal before writing: nothing is written
            progress.report(1, 2, self.tr("Menyimpan {0}…").format(target.name))
            try:
                target.write_bytes(data)
                self._written = target
            except OSError as error:
                raise PrintError(
                    self.tr("Laporan tidak dapat disimpan ke {0} ({1}). Pilih folder lain.").format(
                        target, error.strerror or error
                    )
                ) from error
            return target

        worker = Worker(job)
        worker.signals.progress.connect(self._progress)
        worker.signals.succeeded.connect(self._saved)
        worker.signals.failed.connect(self._failed)
        worker.signals.cancelled.connect(self._cancelled)
        worker.signals.finished.connect(self._finished)
        self.worker = worker
        self._written = None
        self.ui.savedLabel.hide()
        self.ui.openButton.hide()
        self._busy(True)
        worker.start()

    def _ask_target(self) -> Path | None:
        xlsx = self.file_format() == XLSX
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Simpan laporan"),
            str(Path(folder or Path.home()) / self.suggested_name()),
            self.tr("Buku kerja Excel (*.xlsx)") if xlsx else self.tr("Dokumen PDF (*.pdf)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
        suffix = f".{self.file_format()}"
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        return target

    def _busy(self, busy: bool) -> None:
        ui = self.ui
        ui.progressBar.setVisible(busy)
        ui.progressText.setVisible(busy)
        for widget in (
            ui.kind,
            ui.month,
            ui.year,
            ui.start,
            ui.end,
            ui.serviceCode,
            ui.pdfFormat,
            ui.xlsxFormat,
            ui.saveButton,
        ):
            widget.setEnabled(not busy)
        ui.closeButton.setText(self.tr("Batal (Esc)") if busy else self.tr("Tutup (Esc)"))

    def _progress(self, done: int, total: int, text: str) -> None:
        self.ui.progressBar.setRange(0, total)
        self.ui.progressBar.setValue(done if total else 0)
        if text:
            self.ui.progressText.setText(text)

    def _saved(self, path: Path) -> None:
        self.saved_path = path
        self.ui.savedLabel.setText(self.tr("Disimpan: {0}").format(path))
        self.ui.savedLabel.show()
        self.ui.openButton.show()
        self.ui.openButton.setFocus()
        self.saved.emit(path)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, CounterDeskError):
            self.errors.show(error)
        else:  # a renderer bug must not leave the officer guessing
            self.errors.set_general(
                self.tr("Laporan tidak dapat dibuat ({0}). Laporkan ke admin.").format(error)
            )
        self.failed.emit(self.ui.generalError.text())

    def _cancelled(self) -> None:
        if self._written is not None:  # Batal came after the file was written
            self._saved(self._written)
            return
        self.ui.savedLabel.setText(self.tr("Dibatalkan; tidak ada berkas yang disimpan."))
        self.ui.savedLabel.show()

    def _finished(self) -> None:
        self.worker = None
        self._busy(False)

    def open_file(self) -> None:
        if self.saved_path is None:
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path))):
            self.errors.set_general(
                self.tr("Tidak ada aplikasi untuk membuka {0} di komputer ini.").format(
                    self.saved_path.name
                )
            )

    # --- closing ------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc while the report is made cancels it rather than closing."""
        if self.worker is not None:
            self.worker.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.worker is not None:
            self.worker.cancel()
        super().closeEvent(event)


def _surveys() -> ModuleType:
    """The survey service loads the report layer: imported when first needed."""
    from counterdesk.services import surveys

    return surveys
