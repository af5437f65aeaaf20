"""Impor data sertifikat lama (seed 000 "Input Database", a whole ledger at once): a
three-step wizard over ``services.registry_import``.

1. *Pilih berkas*: the .xlsx/.csv (and its sheet), the service the certificates belong
   to, a title for rows without one. A file that cannot be used shows the service's
   message at the file; nothing is written.
2. *Cocokkan kolom*: one combo per field (``registry_mapping``).
3. *Periksa, lalu tulis*: the counts, every bad row and every warning
   (``registry_problems``), the list saved as CSV on request. Nothing is written until
   **Tulis N sertifikat** and a confirmation naming N.

Reading, checking and writing run off the GUI thread with the wizard's own progress bar
and **Batal** (``registry_runner``); a cancelled write leaves the transaction rolled
back, so nothing is stored."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QLineEdit, QWidget

from counterdesk.domain.errors import (
    ConflictError,
    CounterDeskError,
    ValidationError,
    ValidationErrors,
)
from counterdesk.gui import messages
from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs import registry_texts as texts
from counterdesk.gui.dialogs.registry_common import (
    fill_certificate_services,
    show_default_title,
    unmark_when_edited,
)
from counterdesk.gui.dialogs.registry_mapping import MappingEditor
from counterdesk.gui.dialogs.registry_problems import ProblemList
from counterdesk.gui.dialogs.registry_runner import InlineRunner, service_progress, thousands
from counterdesk.gui.dialogs.registry_texts import Step
from counterdesk.gui.field_errors import FieldErrors
from counterdesk.gui.forms.registry_import_ui import Ui_RegistryImportDialog
from counterdesk.gui.style import repolish
from counterdesk.gui.workers import Cancelled, Job, Progress
from counterdesk.services import registry_import as ri

FILE_FILTER = "Excel atau CSV (*.xlsx *.xlsm *.csv *.txt);;Semua berkas (*)"
FILE_FIELDS = ("file", "sheet", "service_code", "title")


class RegistryImportDialog(QDialog):
    imported = Signal(object)  # the ImportResult, after a write

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_RegistryImportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.path: Path | None = None
        self.table: ri.RawTable | None = None
        self.plan: ri.ImportPreview | None = None
        self.written: ri.ImportResult | None = None  # (QDialog.result() is Qt's)
        self._then: Callable[[Any], None] = lambda _: None
        self._cancel_text = ""
        self.step = Step.FILE
        self.errors = FieldErrors(ui, general=ui.generalError)
        self.mapping = MappingEditor(ui.mappingFields, self)
        self.problems = ProblemList(ui, self)
        self.runner = InlineRunner(
            ui.progressBox, ui.progressBar, ui.progressText, ui.progressCancelButton, self
        )
        self.runner.busyChanged.connect(self._busy)
        self.runner.succeeded.connect(lambda result: self._then(result))
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(lambda: self._say(self._cancel_text))
        fill_certificate_services(ui.serviceCode)
        ui.serviceCode.currentIndexChanged.connect(self._service_changed)
        self._service_changed()
        unmark_when_edited(ui, ("service_code", "title"))
        self._wire()
        self._chain_tab_order()
        ui.stepTrail.setTextFormat(Qt.TextFormat.RichText)
        self._show_table(None)
        self._say("")
        self.go(Step.FILE)

    def _wire(self) -> None:
        ui = self.ui
        ui.chooseFileButton.clicked.connect(self.choose_file)
        ui.sheet.setEditable(True)  # a sheet named in an error can be typed
        ui.sheet.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        ui.sheet.activated.connect(lambda _: self._sheet_chosen())
        sheet_text = ui.sheet.lineEdit()
        assert sheet_text is not None
        self.sheet_text: QLineEdit = sheet_text
        self.sheet_text.returnPressed.connect(self._sheet_chosen)
        ui.backButton.clicked.connect(self.back)
        ui.nextButton.clicked.connect(self.next)
        ui.writeButton.clicked.connect(self.write)
        ui.closeButton.clicked.connect(self.reject)
        ui.saveProblemsButton.clicked.connect(self.save_problems)
        ui.doneSaveProblemsButton.clicked.connect(self.save_problems)
        ui.nextButton.setDefault(True)
        QShortcut(QKeySequence("Ctrl+O"), self, self._choose_shortcut)
        QShortcut(QKeySequence("Ctrl+S"), self, self._write_shortcut)

    def _chain_tab_order(self) -> None:
        ui = self.ui
        chain = [ui.title, *self.mapping.combos.values(), ui.problemFilter]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    # --- steps --------------------------------------------------------------------------
    def go(self, step: Step) -> None:
        ui = self.ui
        self.step = step
        ui.steps.setCurrentIndex(int(step))
        heading, hint = texts.step_title(step)
        ui.stepTrail.setText(texts.trail(step))
        ui.stepLabel.setText(heading)
        ui.stepHint.setText(hint)
        ui.stepHint.setVisible(bool(hint))
        ui.backButton.setVisible(step in (Step.MAPPING, Step.PREVIEW))
        ui.nextButton.setVisible(step in (Step.FILE, Step.MAPPING))
        ui.nextButton.setText(
            self.tr("&Lanjut (Enter) >")
            if step == Step.FILE
            else self.tr("&Periksa semua baris (Enter) >")
        )
        ui.writeButton.setVisible(step == Step.PREVIEW)
        ui.closeButton.setText(
            self.tr("Selesai (Enter)") if step == Step.DONE else self.tr("Tutup (Esc)")
        )
        ui.closeButton.setProperty("primary", step == Step.DONE)  # the one thing left to do
        ui.closeButton.setDefault(step == Step.DONE)
        repolish(ui.closeButton)
        focus = {
            Step.FILE: ui.nextButton if self.table else ui.chooseFileButton,
            Step.MAPPING: self.mapping.first_combo(),
            Step.PREVIEW: ui.writeButton if ui.writeButton.isEnabled() else ui.problemTable,
            Step.DONE: ui.closeButton,
        }[step]
        focus.setFocus()

    def next(self) -> None:
        if self.runner.busy:
            return
        self._say("")
        self.errors.clear()
        if self.step == Step.FILE:
            if self.table is None:
                self.errors.show(ValidationError("file", self.tr("Pilih berkas dulu (Ctrl+O).")))
                return
            self.go(Step.MAPPING)
        elif self.step == Step.MAPPING and self.mapping.check():
            self.run_preview()

    def back(self) -> None:
        if not self.runner.busy and self.step in (Step.MAPPING, Step.PREVIEW):
            self._say("")
            self.go(Step(self.step - 1))

    # --- step 1: the file ---------------------------------------------------------------
    def _choose_shortcut(self) -> None:
        if self.step == Step.FILE and not self.runner.busy:
            self.choose_file()

    def choose_file(self) -> None:
        start = (
            str(self.path.parent)
            if self.path
            else QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih daftar sertifikat lama"), start, self.tr(FILE_FILTER)
        )
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path, sheet: str | None = None) -> None:
        """Read the file (off the GUI thread); its columns go to step 2."""
        self.errors.clear()
        self._say("")
        self.path, self.table, self.plan = path, None, None
        self.ui.filePath.setText(str(path))
        self._show_table(None)

        # The job runs on a worker thread: it touches no widget, only the service.
        def job(progress: Progress) -> ri.RawTable:
            return ri.read_table(path, sheet=sheet)

        self._run(job, self.tr("Membaca {0}…").format(path.name), self._loaded, "")

    def _sheet_chosen(self) -> None:
        name = self.ui.sheet.currentText().strip()
        unchanged = self.table is not None and name == self.table.sheet
        if self.path and name and not unchanged and not self.runner.busy:
            self.load(self.path, name)

    def _loaded(self, table: ri.RawTable) -> None:
        self.table = table
        self._show_table(table)
        self.mapping.set_table(table)
        self.ui.nextButton.setFocus()

    def _show_table(self, table: ri.RawTable | None) -> None:
        ui = self.ui
        self._show_sheets(table is not None and len(table.sheet_names) > 1)
        if table is None:
            ui.fileInfo.hide()
            ui.fileNotices.hide()
            return
        ui.sheet.blockSignals(True)
        ui.sheet.clear()
        ui.sheet.addItems(list(table.sheet_names))
        ui.sheet.setCurrentText(table.sheet)
        ui.sheet.blockSignals(False)
        ui.fileInfo.setText(texts.describe(table))
        ui.fileInfo.show()
        ui.fileNotices.setText("\n".join(table.remarks))  # incl. a Jumlah/signature block
        ui.fileNotices.setVisible(bool(table.remarks))

    def _show_sheets(self, shown: bool) -> None:
        """Only for a workbook of several sheets — or one whose sheet was refused: then the
        sheet the message names can be typed."""
        for widget in (self.ui.sheetLabel, self.ui.sheet):
            widget.setVisible(shown)

    def _service_changed(self) -> None:
        show_default_title(self.ui.serviceCode, self.ui.title, self.ui.titleHint)

    # --- step 3: the preview ------------------------------------------------------------
    def run_preview(self) -> None:
        table, mapping = self.table, self.mapping.mapping()
        if table is None:
            return
        code = str(self.ui.serviceCode.currentData() or "")
        title, today = self.ui.title.text(), self.ctx.today()

        checking = self.tr("Memeriksa baris {done} dari {total}…")

        runtime, actor = self.ctx.runtime, self.ctx.actor

        def job(progress: Progress) -> ri.ImportPreview:
            tick = service_progress(progress, checking)
            try:
                return ri.preview_table(
                    runtime,
                    actor,
                    table,
                    mapping,
                    service_code=code,
                    title=title,
                    today=today,
                    progress=tick,
                )
            except ri.ImportCancelled:
                raise Cancelled from None

        self._run(
            job,
            self.tr("Memeriksa {0} baris…").format(thousands(len(table.rows))),
            self._previewed,
            self.tr("Pemeriksaan dibatalkan; belum ada yang disimpan."),
        )

    def _previewed(self, plan: ri.ImportPreview) -> None:
        self.plan = plan
        ui = self.ui
        good = len(plan.rows)
        texts.show_counts(ui, plan)
        ui.previewNotices.setText("\n".join(plan.notices))
        ui.previewNotices.setVisible(bool(plan.notices))
        ui.saveProblemsButton.setEnabled(bool(plan.problems or plan.warning_rows))
        ui.writeButton.setEnabled(good > 0)
        ui.writeButton.setText(
            self.tr("Tulis {0} sertifikat (Ctrl+S)").format(thousands(good))
            if good
            else self.tr("Tidak ada baris yang dapat ditulis")
        )
        self.problems.set_preview(plan)
        self.go(Step.PREVIEW)

    # --- writing ------------------------------------------------------------------------
    def _write_shortcut(self) -> None:
        if self.step == Step.PREVIEW and self.ui.writeButton.isEnabled():
            self.write()

    def write(self) -> None:
        plan = self.plan
        if plan is None or not plan.rows or self.runner.busy:
            return
        self._say("")
        self.errors.clear()
        count = thousands(len(plan.rows))
        skipped = self.tr(" {0} baris bermasalah tidak ditulis.").format(len(plan.bad_rows))
        if not messages.confirm(
            self,
            self.tr("Tulis {0} sertifikat?").format(count),
            self.tr(
                "{0} sertifikat lama dari {1} akan ditulis ke database sertifikat "
                "({2} pemohon baru, {3} pemohon sudah ada).{4}"
            ).format(
                count,
                plan.file_name,
                plan.new_applicants,
                plan.reused_applicants,
                skipped if plan.bad_rows else "",
            ),
            self.tr("Tulis {0} sertifikat").format(count),
        ):
            return

        writing = self.tr("Menulis sertifikat {done} dari {total}…")
        runtime, actor = self.ctx.runtime, self.ctx.actor

        def job(progress: Progress) -> ri.ImportResult:
            tick = service_progress(progress, writing)
            try:
                return ri.commit_preview(runtime, actor, plan, progress=tick)
            except ri.ImportCancelled:
                raise Cancelled from None  # the service's unit rolled back: nothing stored

        self._run(
            job,
            self.tr("Menulis {0} sertifikat…").format(count),
            self._written,
            self.tr("Penulisan dibatalkan; tidak ada sertifikat yang disimpan."),
            done_is_done=True,
        )

    def _written(self, result: ri.ImportResult) -> None:
        self.written = result
        ui = self.ui
        texts.show_done(ui, result)
        ui.doneSaveProblemsButton.setVisible(bool(result.skipped_rows))
        self.go(Step.DONE)
        self.imported.emit(result)

    def save_problems(self) -> None:
        plan = self.plan
        if plan is None:
            return
        folder = self.path.parent if self.path else Path.home()
        stem = Path(plan.file_name).stem
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Simpan daftar masalah"),
            str(folder / f"{stem}-masalah.csv"),
            self.tr("CSV untuk Excel (*.csv)"),
        )
        if not chosen:
            return
        try:
            Path(chosen).write_bytes(ri.errors_csv(plan))
        except OSError as error:
            self.errors.set_general(
                self.tr(
                    "Daftar masalah tidak dapat disimpan ({0}). Bila berkas itu terbuka di "
                    "Excel, tutup dulu, lalu coba lagi."
                ).format(error.strerror)
            )
            return
        self._say(self.tr("Daftar masalah disimpan: {0}").format(chosen))

    # --- running jobs -------------------------------------------------------------------
    def _run(
        self,
        job: Job,
        text: str,
        then: Callable[[Any], None],
        cancel_text: str,
        *,
        done_is_done: bool = False,
    ) -> None:
        self._then, self._cancel_text = then, cancel_text
        self.runner.start(job, text, done_is_done=done_is_done)

    def _busy(self, busy: bool) -> None:
        ui = self.ui
        for widget in (ui.steps, ui.backButton, ui.nextButton, ui.writeButton, ui.closeButton):
            widget.setEnabled(not busy)
        if not busy and self.step == Step.PREVIEW and self.plan is not None:
            ui.writeButton.setEnabled(bool(self.plan.rows))

    def _failed(self, error: BaseException) -> None:
        """The service's refusal, shown where it belongs; a database that changed since the
        preview gets a fresh preview at once."""
        if not isinstance(error, CounterDeskError):
            self.errors.set_general(
                self.tr("Kesalahan tak terduga ({0}); tidak ada yang disimpan.").format(error)
            )
            return
        items = error.errors if isinstance(error, ValidationErrors) else [error]
        fields = [e.field for e in items if isinstance(e, ValidationError)]
        if fields and all(f in FILE_FIELDS for f in fields):
            self.go(Step.FILE)
            self.errors.show(error)
            if self.table is None and "lembar" in str(error).lower():
                self.ui.sheet.clear()
                self.sheet_text.setPlaceholderText(
                    self.tr("ketik nama lembar yang disebut di atas, lalu Enter")
                )
                self._show_sheets(True)
        elif fields and all(self.mapping.owns(f) for f in fields):
            self.go(Step.MAPPING)
            self.mapping.errors.show(error)
        else:
            self.errors.set_general(str(error))
            if isinstance(error, ConflictError) and self.step == Step.PREVIEW:
                self.run_preview()  # the message stays while the list is checked again

    def _say(self, text: str) -> None:
        self.ui.statusNote.setText(text)
        self.ui.statusNote.setVisible(bool(text))

    # --- closing ------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc while something runs stops it (nothing is written); otherwise closes."""
        if self.runner.busy:
            self.runner.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.busy:
            self.runner.cancel()
            if event.spontaneous():
                event.ignore()
                return
        super().closeEvent(event)
