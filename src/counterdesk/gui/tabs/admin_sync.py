"""Admin › Sinkronisasi (issue 11 points 1-3, 6): this counter and the office roster with
each counter's fingerprints and, per other counter, the last file sent and received and
how many changes it has not confirmed; **Ekspor… (Ctrl+E)** / **Impor… (Ctrl+I)** run on a
worker with the page's own bar and **Batal (Esc)** (shown after 0.6 s), then a summary
(what came in per kind, conflicts, parked rows, warnings) stays on the page. Roster:
**Terima loket baru…** (a join request, fingerprints to compare by phone, then the new
roster file), **Cabut loket…**, **Impor roster…** (what changes and who signed, before
anything is written), **Buat permintaan bergabung…** (on a new PC). Every outcome and
refusal is said on the page, under the buttons; nothing is written without a
confirmation that names it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QWidget

from counterdesk.domain.errors import CounterDeskError
from counterdesk.gui import messages
from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.registry_runner import InlineRunner, service_progress, thousands
from counterdesk.gui.dialogs.sync_conflicts import SyncConflictsDialog
from counterdesk.gui.forms.admin_sync_ui import Ui_AdminSyncPage
from counterdesk.gui.models.row_table_model import Column
from counterdesk.gui.row_list import RowList
from counterdesk.gui.workers import Progress
from counterdesk.services import sites, sync, sync_screen
from counterdesk.services.sync import ExportSummary, ImportSummary, SyncCancelled
from counterdesk.services.sync_screen import SiteLine, SyncScreen

SYNC_FILES = "Berkas sinkronisasi CounterDesk (*.cdx)"
ROSTER_FILES = "Roster kantor CounterDesk (*.cdr)"
JOIN_FILES = "Permintaan bergabung CounterDesk (*.cdj)"
# Refusals the services raise: their message is the sentence for the admin.
REFUSALS: tuple[type[Exception], ...] = (CounterDeskError, ValueError, OSError)


def size_text(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    kb = n / 1024
    if kb < 1024:
        return f"{kb:.1f} KB".replace(".", ",")
    return f"{kb / 1024:.1f} MB".replace(".", ",")


def reporter(progress: Progress, text: str) -> Callable[[int, int], None]:
    """The engine's ``progress(done, total)`` shown on the page's bar."""
    tick = service_progress(progress, text)

    def report(done: int, total: int) -> None:
        tick(done, total)

    return report


def with_suffix(chosen: str, suffix: str) -> Path:
    path = Path(chosen)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


class SyncPage(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_AdminSyncPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.loaded: SyncScreen | None = None
        self.dialog: SyncConflictsDialog | None = None
        self.last_folder = Path.home()
        self.list: RowList[SiteLine] = RowList(
            ui.sitesTable, ui.sitesStack, ui.sitesEmpty, self._columns(), self
        )
        self.list.set_empty_message(
            self.tr("Roster kantor belum dibaca."),
            self.tr("Impor roster (.cdr) dari admin loket utama untuk mulai bertukar data."),
            ui.importRosterButton,
        )
        self.runner = InlineRunner(
            ui.progressBox, ui.progressBar, ui.progressText, ui.cancelButton, self
        )
        self.runner.busyChanged.connect(self._busy)
        self.runner.failed.connect(self._failed)
        self._done: Callable[[Any], None] = lambda _result: None  # the running job's
        self.runner.succeeded.connect(lambda result: self._done(result))
        self.runner.cancelled.connect(
            lambda: self._say(self.tr("Dibatalkan. Yang sudah tersimpan tetap tersimpan."))
        )
        ui.exportButton.clicked.connect(self.export)
        ui.importButton.clicked.connect(self.import_file)
        ui.conflictsButton.clicked.connect(self.open_conflicts)
        ui.joinRequestButton.clicked.connect(self.write_join_request)
        ui.admitButton.clicked.connect(self.admit)
        ui.importRosterButton.clicked.connect(self.import_roster)
        ui.revokeButton.clicked.connect(self.revoke)
        self.list.selectionChanged.connect(self._update_buttons)
        self._say("")

    # --- the screen -----------------------------------------------------------------
    def _columns(self) -> list[Column[SiteLine]]:
        return [
            Column(self.tr("Loket"), lambda s: s.code),
            Column(self.tr("Nama"), lambda s: s.name, gives_way=True),
            Column(self.tr("Status"), self._status),
            Column(self.tr("Terakhir dikirim"), lambda s: self._when(s, s.last_sent_at)),
            Column(self.tr("Terakhir diterima"), lambda s: self._when(s, s.last_received_at)),
            Column(
                self.tr("Belum diterimanya"),
                lambda s: "" if s.waiting is None else self.tr("{0} data").format(s.waiting),
                sort_key=lambda s: -1 if s.waiting is None else s.waiting,
            ),
            Column(self.tr("Sidik jari (tanda tangan)"), lambda s: s.signing_fingerprint),
        ]

    def _status(self, line: SiteLine) -> str:
        if line.is_local:
            return self.tr("Loket ini")
        if line.revoked:
            if line.revoked_at is None:
                return self.tr("Dicabut")
            return self.tr("Dicabut {0}").format(self.ctx.date_text(line.revoked_at))
        return self.tr("Aktif")

    def _when(self, line: SiteLine, moment: datetime | None) -> str:
        if line.is_local or line.revoked:
            return ""
        return self.ctx.datetime_text(moment) if moment else self.tr("belum pernah")

    def refresh(self) -> None:
        if self.runner.busy:
            return  # the page is refreshed when the work ends
        screen = sync_screen.sync_screen(self.ctx.runtime, self.ctx.actor)
        self.loaded = screen
        ui = self.ui
        ui.siteCode.setText(f"{screen.site_code} — {screen.site_name}")
        ui.officeName.setText(screen.office_name)
        others = sum(1 for s in screen.sites if s.revocable)
        ui.rosterVersion.setText(
            self.tr("versi {0}, {1} loket lain aktif").format(screen.roster_version, others)
            if screen.roster_version
            else self.tr("belum ada roster bertanda tangan; {0} loket lain dikenal").format(others)
        )
        ui.siteFingerprint.setText(screen.signing_fingerprint)
        ui.conflictCount.setText(
            self.tr("{0} menunggu keputusan atasan").format(screen.open_conflicts)
            if screen.open_conflicts
            else self.tr("tidak ada")
        )
        ui.conflictsButton.setEnabled(screen.open_conflicts > 0)
        ui.exchangeHint.setText(self._exchange_hint(screen))
        self.list.set_rows(screen.sites)
        self._update_buttons()

    def _exchange_hint(self, screen: SyncScreen) -> str:
        if screen.can_export:
            return self.tr(
                "Ekspor menulis satu berkas terenkripsi berisi perubahan yang belum diterima "
                "loket lain; bawa dengan USB atau kirim sebagai lampiran e-mail, lalu impor di "
                "sana. Mengimpor berkas yang sama dua kali tidak mengubah apa pun."
            )
        return self.tr(
            "Belum ada loket lain di roster. Di PC loket baru: Buat permintaan bergabung…, "
            "bawa berkasnya ke admin loket utama, lalu Impor roster… yang ditulis admin. Di "
            "loket utama: Terima loket baru…."
        )

    def _update_buttons(self) -> None:
        busy = self.runner.busy
        screen = self.loaded
        ui = self.ui
        ui.exportButton.setEnabled(not busy and screen is not None and screen.can_export)
        ui.exportButton.setToolTip(
            ""
            if screen is None or screen.can_export
            else self.tr("Belum ada loket lain di roster: terima loket baru atau impor roster.")
        )
        ui.importButton.setEnabled(not busy)
        for button in (ui.admitButton, ui.importRosterButton, ui.joinRequestButton):
            button.setEnabled(not busy)
        line = self.list.current()
        ui.revokeButton.setEnabled(not busy and line is not None and line.revocable)

    def _busy(self, busy: bool) -> None:
        self._update_buttons()
        if not busy:
            self.refresh()

    def _say(self, text: str, *, warning: str = "", error: str = "") -> None:
        """The outcome of the last action, under the buttons (rich text for summaries)."""
        ui = self.ui
        ui.result.setText(text)
        ui.result.setVisible(bool(text))
        ui.resultWarning.setText(warning)
        ui.resultWarning.setVisible(bool(warning))
        ui.resultError.setText(error)
        ui.resultError.setVisible(bool(error))

    def _failed(self, error: Exception) -> None:
        if isinstance(error, SyncCancelled):
            self._say(str(error))
        else:
            self._say("", error=str(error))

    # --- files ----------------------------------------------------------------------
    def _save_path(self, title: str, name: str, kinds: str, suffix: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(self.last_folder / name), kinds)
        if not chosen:
            return None
        path = with_suffix(chosen, suffix)
        self.last_folder = path.parent
        return path

    def _open_path(self, title: str, kinds: str) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(self, title, str(self.last_folder), kinds)
        if not chosen:
            return None
        path = Path(chosen)
        self.last_folder = path.parent
        return path

    def _run(self, job: Callable[[Progress], Any], text: str, done: Callable[[Any], None]) -> None:
        """``job`` on a worker (one at a time); ``done`` hears its result. Batal stops the
        engine between batches with ``SyncCancelled``, whose message says what was kept."""

        self._done = done
        self._say("")
        self.runner.start(job, text, done_is_done=True)

    # --- export / import ------------------------------------------------------------
    def export(self) -> None:
        screen = self.loaded
        if screen is None or not screen.can_export or self.runner.busy:
            return
        stamp = self.ctx.now().astimezone().strftime("%Y%m%d-%H%M")
        path = self._save_path(
            self.tr("Simpan berkas sinkronisasi"), f"{screen.site_code}-{stamp}.cdx",
            self.tr(SYNC_FILES), ".cdx",
        )  # fmt: skip
        if path is None:
            return
        ctx = self.ctx
        self._run(
            lambda p: sync.export(
                ctx.runtime,
                ctx.actor,
                path,
                progress=reporter(p, self.tr("Menulis data {done} dari {total}")),
                cancelled=lambda: p.cancelled,
            ),
            self.tr("Menulis {0}…").format(path.name),
            self._exported,
        )

    def _exported(self, summary: ExportSummary) -> None:
        lines = [
            self.tr("<b>Berkas ditulis:</b> {0} ({1}) untuk loket {2}.").format(
                escape(Path(summary.path).name),
                size_text(summary.bytes),
                escape(", ".join(summary.recipients)),
            ),
            self.tr("{0} data, {1} foto/pindaian.").format(
                thousands(summary.rows), thousands(summary.blobs)
            )
            + " "
            + self.tr("Bawa berkas ini ke loket tujuan dan impor di sana."),
        ]
        self._say("<br>".join(lines) + _counts_table(summary.by_table, ()))

    def import_file(self) -> None:
        if self.runner.busy:
            return
        path = self._open_path(self.tr("Pilih berkas sinkronisasi"), self.tr(SYNC_FILES))
        if path is None:
            return
        ctx = self.ctx
        self._run(
            lambda p: sync.import_file(
                ctx.runtime,
                ctx.actor,
                path,
                progress=reporter(p, self.tr("Menerapkan data {done} dari {total}")),
                cancelled=lambda: p.cancelled,
            ),
            self.tr("Memeriksa dan menerapkan {0}…").format(path.name),
            self._imported,
        )

    def _imported(self, summary: ImportSummary) -> None:
        name = escape(Path(summary.path).name)
        if summary.already:
            self._say(self.tr("{0} sudah diimpor sebelumnya; tidak ada yang berubah.").format(name))
            return
        received = sum(r for _, r, _ in summary.by_table)
        changed = sum(c for _, _, c in summary.by_table)
        head = self.tr(
            "<b>Impor dari loket {0} selesai</b>{1}: {2} data diterima, {3} berubah, "
            "{4} foto/pindaian."
        ).format(
            escape(summary.sender_code),
            self.tr(" (melanjutkan impor yang terhenti)") if summary.resumed else "",
            thousands(received),
            thousands(changed),
            thousands(summary.blobs),
        )
        notes = []
        if summary.conflicts:
            notes.append(
                self.tr(
                    "{0} konflik: data yang diubah di dua loket. Atasan memilih nilainya "
                    "(Verifikasi › konflik sinkronisasi, atau Tinjau konflik… di sini)."
                ).format(summary.conflicts)
            )
        if summary.parked:
            notes.append(
                self.tr(
                    "{0} data ditahan: data yang dirujuknya belum ada di sini; dicoba lagi "
                    "otomatis pada impor berikutnya."
                ).format(summary.parked)
            )
        self._say(
            head + _counts_table((), summary.by_table),
            warning="\n".join(notes + list(summary.warnings)),
        )

    # --- conflicts ------------------------------------------------------------------
    def open_conflicts(self) -> SyncConflictsDialog:
        dialog = SyncConflictsDialog(self.ctx, self.window())
        dialog.changed.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    # --- roster ---------------------------------------------------------------------
    def _attempt(self, action: Callable[[], str]) -> None:
        """A roster action: its outcome or its refusal on the page, then a refresh."""
        try:
            said = action()
        except REFUSALS as error:
            self._say("", error=str(error))
            return
        if said:
            self._say(said)
        self.refresh()

    def write_join_request(self) -> None:
        code = self.loaded.site_code if self.loaded else "loket"
        path = self._save_path(
            self.tr("Simpan permintaan bergabung"), f"bergabung-{code}.cdj",
            self.tr(JOIN_FILES), ".cdj",
        )  # fmt: skip
        if path is None:
            return

        def write() -> str:
            view = sites.write_join_request(self.ctx.runtime, self.ctx.actor, path)
            return self.tr(
                "<b>Permintaan bergabung ditulis:</b> {0}. Bawa berkas ini ke admin loket "
                "utama. Bacakan sidik jari ini lewat telepon agar admin dapat mencocokkannya: "
                "tanda tangan <b>{1}</b>, enkripsi <b>{2}</b>. Lalu impor roster yang "
                "ditulis admin (Impor roster…)."
            ).format(escape(path.name), view.signing_fingerprint, view.exchange_fingerprint)

        self._attempt(write)

    def admit(self) -> None:
        request = self._open_path(self.tr("Pilih permintaan bergabung"), self.tr(JOIN_FILES))
        if request is None:
            return
        try:
            view = sites.inspect_join_request(self.ctx.runtime, self.ctx.actor, request)
        except REFUSALS as error:
            self._say("", error=str(error))
            return
        if view.problem:
            self._say("", error=view.problem)
            return
        question = self.tr(
            "Terima loket {0} ({1}) ke roster kantor?\n\nCocokkan sidik jari ini dengan yang "
            "dibacakan petugas di PC loket baru — bila berbeda, jangan terima:\n"
            "  tanda tangan: {2}\n  enkripsi: {3}"
        ).format(view.code, view.name, view.signing_fingerprint, view.exchange_fingerprint)
        if not messages.confirm(self, self.tr("Terima loket baru"), question,
                                self.tr("Sidik jari cocok, terima")):  # fmt: skip
            return
        version = (self.loaded.roster_version if self.loaded else 0) + 1
        out = self._save_path(
            self.tr("Simpan roster baru"), f"roster-v{version}.cdr", self.tr(ROSTER_FILES), ".cdr"
        )
        if out is None:
            return

        def admit() -> str:
            roster = sites.admit(self.ctx.runtime, self.ctx.actor, request, out)
            return self.tr(
                "<b>Loket {0} diterima</b>; roster versi {1} ditulis ke {2}. Impor roster itu "
                "di PC loket baru dan di loket lain (Impor roster…)."
            ).format(escape(view.code), roster.version, escape(out.name))

        self._attempt(admit)

    def import_roster(self) -> None:
        path = self._open_path(self.tr("Pilih roster kantor"), self.tr(ROSTER_FILES))
        if path is None:
            return
        try:
            preview = sites.preview_roster(self.ctx.runtime, self.ctx.actor, path)
        except REFUSALS as error:
            self._say("", error=str(error))
            return
        if not preview.changes:
            self._say(self.tr("Roster versi {0} sudah berlaku di sini; tidak ada yang berubah.")
                      .format(preview.version))  # fmt: skip
            return
        signer = self.tr("ditandatangani loket {0}, sidik jari {1}").format(
            preview.signed_by_code, preview.signed_by_fingerprint
        )
        first = (
            self.tr(
                "\n\nIni roster pertama di PC ini: cocokkan sidik jari penanda tangan dengan "
                "yang dibacakan admin loket utama sebelum menerima."
            )
            if preview.first_use
            else ""
        )
        question = self.tr("Terapkan roster versi {0} ({1})?\n\nPerubahan:\n{2}{3}").format(
            preview.version, signer, "\n".join(f"• {c}" for c in preview.changes), first
        )
        if not messages.confirm(self, self.tr("Impor roster"), question,
                                self.tr("Terapkan roster")):  # fmt: skip
            return

        def apply() -> str:
            view = sites.import_roster(self.ctx.runtime, self.ctx.actor, path)
            return self.tr("<b>Roster versi {0} diterapkan.</b> {1}").format(
                view.version, escape(" ".join(view.changes))
            )

        self._attempt(apply)

    def revoke(self) -> None:
        line = self.list.current()
        if line is None or not line.revocable:
            return
        question = self.tr(
            "Cabut loket {0} ({1})? Berkas dari loket itu tidak diterima lagi, dan sertifikat "
            "yang diterbitkannya mulai hari ini tidak dipercaya. Tidak dapat dibatalkan; "
            "roster baru perlu diimpor di loket lain."
        ).format(line.code, line.name)
        if not messages.confirm(self, self.tr("Cabut loket"), question,
                                self.tr("Cabut loket {0}").format(line.code)):  # fmt: skip
            return
        version = (self.loaded.roster_version if self.loaded else 0) + 1
        out = self._save_path(
            self.tr("Simpan roster untuk loket lain"), f"roster-v{version}.cdr",
            self.tr(ROSTER_FILES), ".cdr",
        )  # fmt: skip

        def revoke() -> str:
            roster = sites.revoke(self.ctx.runtime, self.ctx.actor, line.code, out)
            where = (
                self.tr("; roster ditulis ke {0} — impor di loket lain").format(escape(out.name))
                if out
                else self.tr(
                    "; tulis rosternya untuk loket lain: "
                    "`counterdesk site write-roster --out roster.cdr`"
                )
            )
            return self.tr("<b>Loket {0} dicabut</b> (roster versi {1}){2}.").format(
                escape(line.code), roster.version, where
            )

        self._attempt(revoke)


def _counts_table(sent: Sequence[tuple[str, int]], received: Sequence[tuple[str, int, int]]) -> str:
    """Per kind of record: how many were written (export) or received and changed (import)."""
    rows = [f"<tr><td>{escape(label)}</td><td align='right'>{thousands(n)}</td></tr>"
            for label, n in sent if n]  # fmt: skip
    rows += [
        f"<tr><td>{escape(label)}</td><td align='right'>{thousands(r)}</td>"
        f"<td align='right'>{thousands(c)}</td></tr>"
        for label, r, c in received
        if r
    ]
    if not rows:
        return ""
    head = (
        "<tr><th align='left'>Jenis data</th><th>diterima</th><th>berubah</th></tr>"
        if received
        else ""
    )
    return f"<table cellspacing='0' cellpadding='2'>{head}{''.join(rows)}</table>"
