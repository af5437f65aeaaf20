"""Admin › Cadangan (issue 12 point 2): the backup folder and the copies in it (when, which
kind in words, size), **Buat cadangan sekarang** and **Pulihkan…** (the selected copy or a
chosen file). Both run on a worker with the page's own bar. A restore is confirmed first
with what it does (current database copied aside, the counter code changes, back to the
login screen); once done the page emits ``restored`` and the desk reopens the database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from counterdesk.domain.disk_space import format_size
from counterdesk.domain.errors import CounterDeskError
from counterdesk.domain.formatting import day_name, format_date_short
from counterdesk.gui import messages
from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.registry_runner import InlineRunner
from counterdesk.gui.forms.admin_backup_ui import Ui_AdminBackupPage
from counterdesk.gui.models.row_table_model import Column
from counterdesk.gui.row_list import RowList
from counterdesk.gui.workers import Progress
from counterdesk.services import backups
from counterdesk.services.backups import BackupChoice, BackupScreen, RestoreResult

DATABASE_FILES = "Database CounterDesk (*.sqlite3 *.db);;Semua berkas (*)"
REFUSALS: tuple[type[Exception], ...] = (CounterDeskError, OSError)


def when_text(taken: datetime) -> str:
    """``Kamis 26 Nov 2026 08.01`` (the PC's time the copy was made)."""
    return f"{day_name(taken.date())} {format_date_short(taken.date())} {taken:%H.%M}"


class BackupPage(QWidget):
    restored = Signal(str)  # what the restore changed; the database must be opened again

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_AdminBackupPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.loaded: BackupScreen | None = None
        self.restoring = False  # the database is being replaced: nothing reads it meanwhile
        self.list: RowList[BackupChoice] = RowList(
            ui.backupsTable, ui.backupsStack, ui.backupsEmpty, self._columns(), self
        )
        self.list.set_empty_message(
            self.tr("Belum ada cadangan."),
            self.tr(
                "Cadangan harian dibuat otomatis saat aplikasi dibuka. Buat cadangan "
                "sekarang sebelum pekerjaan besar."
            ),
            ui.backupButton,
        )
        self.runner = InlineRunner(
            ui.progressBox, ui.progressBar, ui.progressText, ui.cancelButton, self
        )
        ui.cancelButton.hide()  # a copy is not cut half-way: it ends, then it is said
        self._done: Callable[[Any], None] = lambda _result: None
        self.runner.succeeded.connect(lambda result: self._done(result))
        self.runner.failed.connect(self._failed)
        self.runner.busyChanged.connect(self._busy)
        ui.backupButton.clicked.connect(self.back_up)
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.restoreFileButton.clicked.connect(self.restore_file)
        self.list.selectionChanged.connect(self._update_buttons)
        self._say("")

    def _columns(self) -> list[Column[BackupChoice]]:
        return [
            Column(
                self.tr("Waktu"),
                lambda b: when_text(b.taken),
                sort_key=lambda b: b.taken.timestamp(),
            ),
            Column(self.tr("Jenis"), lambda b: b.kind_label),
            Column(
                self.tr("Ukuran"),
                lambda b: format_size(b.size_bytes),
                sort_key=lambda b: b.size_bytes,
            ),
            Column(self.tr("Berkas"), lambda b: b.path.name, gives_way=True),
        ]

    # --- the screen -----------------------------------------------------------------
    def refresh(self) -> None:
        if self.runner.busy:
            return  # refreshed when the work ends
        screen = backups.backups_screen(self.ctx.runtime, self.ctx.actor)
        self.loaded = screen
        self.ui.folder.setText(str(screen.folder) if screen.folder else screen.unavailable)
        on_server = bool(screen.unavailable)  # the server keeps the copies: nothing here
        self.ui.folderBox.setTitle(
            self.tr("Cadangan di server") if on_server else self.tr("Folder cadangan")
        )
        for part in (
            self.ui.folderHint,
            self.ui.backupButton,
            self.ui.restoreButton,
            self.ui.restoreFileButton,
            self.ui.backupsBox,
        ):
            part.setVisible(not on_server)
        self.list.set_rows(screen.backups)
        self._update_buttons()

    def _update_buttons(self) -> None:
        usable = not self.runner.busy and self.loaded is not None and not self.loaded.unavailable
        self.ui.backupButton.setEnabled(usable)
        self.ui.restoreFileButton.setEnabled(usable)
        self.ui.restoreButton.setEnabled(usable and self.list.current() is not None)

    def _busy(self, busy: bool) -> None:
        self._update_buttons()
        if not busy and not self.restoring:
            self.refresh()

    def _say(self, text: str, *, error: str = "") -> None:
        self.ui.result.setText(text)
        self.ui.result.setVisible(bool(text))
        self.ui.resultError.setText(error)
        self.ui.resultError.setVisible(bool(error))

    def _failed(self, error: Exception) -> None:
        if self.restoring:  # refused before anything changed, or put back: the page reads again
            self.restoring = False
            self.refresh()
        self._say("", error=str(error))

    def _run(self, job: Callable[[Progress], Any], text: str, done: Callable[[Any], None]) -> None:
        self._done = done
        self._say("")
        self.runner.start(job, text, done_is_done=True)

    # --- backing up -----------------------------------------------------------------
    def back_up(self) -> None:
        if self.runner.busy:
            return
        runtime = self.ctx.runtime
        self._run(
            lambda _p: backups.manual_backup(runtime),
            self.tr("Membuat cadangan database… (database besar: bisa beberapa menit)"),
            self._backed_up,
        )

    def _backed_up(self, path: Path) -> None:
        self._say(self.tr("Cadangan tersimpan: {0}").format(path))
        self.refresh()
        if self.list.visible_rows():
            self.list.select(0)  # the newest: the copy just made

    # --- restoring ------------------------------------------------------------------
    def restore_selected(self) -> None:
        chosen = self.list.current()
        if chosen is None:
            return
        described = self.tr("cadangan {0} ({1}, {2})").format(
            when_text(chosen.taken), chosen.kind_label, format_size(chosen.size_bytes)
        )
        self._restore(chosen.path, described)

    def restore_file(self) -> None:
        start = str(self.loaded.folder) if self.loaded and self.loaded.folder else ""
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas cadangan"), start, self.tr(DATABASE_FILES)
        )
        if chosen:
            self._restore(Path(chosen), self.tr("berkas {0}").format(Path(chosen).name))

    def _restore(self, source: Path, described: str) -> None:
        if self.runner.busy:
            return
        text = self.tr(
            "Database akan diganti dengan {0}.\n\n"
            "• Database sekarang disalin dulu ke folder cadangan (salinan pengaman); data "
            "yang dibuat sesudah cadangan itu tidak ada lagi di database, tetapi tetap ada "
            "di salinan pengaman.\n"
            "• Loket ini mendapat kode loket baru, supaya tidak ada nomor yang terbit dua "
            "kali.\n"
            "• Jendela ini ditutup dan aplikasi kembali ke layar masuk.\n\n"
            "Tutup CounterDesk di PC lain yang memakai database ini sebelum melanjutkan."
        ).format(described)
        if not messages.confirm(
            self, self.tr("Pulihkan database?"), text, self.tr("Pulihkan sekarang")
        ):
            return
        ctx = self.ctx
        self.restoring = True
        self._run(
            lambda _p: backups.restore(ctx.runtime, ctx.actor, source),
            self.tr("Memulihkan dari {0}…").format(source.name),
            self._restored,
        )

    def _restored(self, result: RestoreResult) -> None:
        self._say(result.message)
        self.restored.emit(result.message)
