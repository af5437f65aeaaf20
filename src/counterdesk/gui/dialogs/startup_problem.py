"""A start-up problem said plainly, with what to do: a damaged database offers its latest
good backup in one click (restored off the GUI thread, then the opening goes on), another
database file, or quitting; a warning (little free disk space) is read and closed.

The dialog decides nothing about the data: ``services.startup_checks`` found the problem
and the backup, ``services.backups.restore_at_startup`` restores it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counterdesk.gui.workers import Progress, Worker

if TYPE_CHECKING:
    from counterdesk.services.backups import RestoreResult
    from counterdesk.services.startup_checks import StartupProblem


class StartupProblemDialog(QDialog):
    """``chosen`` is the database file to open next (the restored one, or another file the
    user picked); None when the user quits, or after a warning."""

    def __init__(self, problem: StartupProblem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = problem
        self.chosen: Path | None = None
        self.worker: Worker | None = None
        self.running = False  # a restore is under way: the dialog stays
        self.setWindowTitle(self.tr("CounterDesk — pemeriksaan saat mulai"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.heading = self._label(problem.title, "heading")
        self.message = self._label(problem.message, "summary")
        self.offer = self._label("", "warning")
        self.status = self._label("", "hint")
        for label in (self.heading, self.message, self.offer, self.status):
            layout.addWidget(label)
        self.offer.setVisible(problem.restorable)
        self.status.hide()
        if problem.restorable and problem.backup is not None:
            from counterdesk.services.startup_checks import describe_backup

            self.offer.setText(
                self.tr(
                    "Pulihkan dari cadangan terakhir yang baik ({0})? Database yang sekarang "
                    "disimpan dulu di folder cadangan, dan loket ini mendapat kode loket baru "
                    "supaya tidak ada nomor yang terbit dua kali."
                ).format(describe_backup(problem.backup))
            )
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.restoreButton = self._button(buttons, self.tr("Pulihkan cadangan ini"), self._restore)
        self.otherButton = self._button(buttons, self.tr("Buka database lain…"), self._other)
        self.quitButton = self._button(buttons, self.tr("Keluar"), self.reject)
        self.continueButton = self._button(buttons, self.tr("Lanjutkan"), self.accept)
        self.restoreButton.setVisible(problem.restorable)
        self.otherButton.setVisible(problem.blocking)
        self.quitButton.setVisible(problem.blocking)
        self.continueButton.setVisible(not problem.blocking)
        first = next(
            b
            for b in (self.restoreButton, self.otherButton, self.continueButton)
            if not b.isHidden()
        )
        self._make_primary(first)

    def _make_primary(self, button: QPushButton) -> None:
        button.setProperty("primary", True)
        button.setDefault(True)
        button.setFocus()
        button.style().unpolish(button)
        button.style().polish(button)

    def _label(self, text: str, role: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setProperty("role", role)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _button(self, row: QHBoxLayout, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # --- actions ------------------------------------------------------------------------
    def _restore(self) -> None:
        problem = self.problem
        assert problem.backup is not None and problem.database is not None
        database, source = problem.database, problem.backup.path

        def job(_progress: Progress) -> Any:
            from counterdesk.services.backups import restore_at_startup

            return restore_at_startup(database, source)

        self._busy(True)
        self._say(self.tr("Memulihkan cadangan {0} … mohon tunggu.").format(source.name), "hint")
        worker = Worker(job)
        worker.signals.succeeded.connect(self._restored)
        worker.signals.failed.connect(self._restore_failed)
        self.worker = worker
        worker.start()

    def _restored(self, result: RestoreResult) -> None:
        assert self.problem.database is not None
        self.chosen = self.problem.database
        self.heading.setText(self.tr("Database dipulihkan"))
        self.message.setText(
            self.tr(
                "Database dipulihkan dari cadangan {0}. Berkas yang rusak disimpan di {1}."
            ).format(result.restored_from.name, result.safety_backup)
        )
        self._say(self.tr("Berhasil. {0}").format(result.message), "subheading")
        self._busy(False)
        for button in (self.restoreButton, self.otherButton, self.quitButton):
            button.hide()
        self.offer.hide()
        self.continueButton.show()
        self._make_primary(self.continueButton)

    def _restore_failed(self, error: BaseException) -> None:
        self._busy(False)
        self._say(
            self.tr(
                "Pemulihan gagal: {0}. Coba cadangan lain (Buka database lain…) atau hubungi admin."
            ).format(error),
            "error",
        )

    def _other(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih berkas database CounterDesk"),
            str(self.problem.database.parent) if self.problem.database else "",
            self.tr("Database CounterDesk (*.sqlite3 *.db);;Semua berkas (*)"),
        )
        if name:
            self.chosen = Path(name)
            self.accept()

    def _busy(self, busy: bool) -> None:
        self.running = busy
        for button in (self.restoreButton, self.otherButton, self.quitButton):
            button.setEnabled(not busy)

    def _say(self, text: str, role: str) -> None:
        self.status.setText(text)
        self.status.setProperty("role", role)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.show()

    def reject(self) -> None:
        if self.running:
            return  # a restore is running: it finishes first
        super().reject()
