"""Konflik sinkronisasi: the supervisor's screen (issue 11 point 5). The open conflicts,
oldest first; for the selected one every value side by side — what it is, who wrote it, at
which counter, when, and which is in effect now — each with **Pilih nilai ini (Alt+n)**.
Kinds a value cannot settle are **Tandai sudah ditinjau**. The service decides who may
choose (a supervisor; an admin may look) and what a choice does.

Reached from Verifikasi (the button ``ConflictsButton`` beside *Periksa & setujui*, shown
to a supervisor while conflicts wait) and from Admin › Sinkronisasi (*Tinjau konflik…*)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QFrame, QPushButton, QWidget

from counterdesk.domain.errors import CounterDeskError
from counterdesk.gui import messages
from counterdesk.gui.context import DeskContext
from counterdesk.gui.forms.sync_candidate_ui import Ui_SyncCandidate
from counterdesk.gui.forms.sync_conflicts_ui import Ui_SyncConflictsDialog
from counterdesk.gui.models.row_table_model import Column
from counterdesk.gui.row_list import RowList
from counterdesk.services import sync_conflicts
from counterdesk.services.sync_conflicts import ConflictCandidate, ConflictView

WARN_STYLE = (
    "QPushButton { color: #7a4b00; background: #fff3d6; border: 1px solid #e0b050; "
    "padding: 4px 12px; }"
)


class CandidatePanel(QFrame):
    """One value of a conflict: the value large, who/where/when, and its button."""

    def __init__(
        self, ctx: DeskContext, number: int, candidate: ConflictCandidate, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SyncCandidate()
        self.ui.setupUi(self)
        ui = self.ui
        heading = self.tr("Nilai {0}").format(number)
        if candidate.in_effect:
            heading += " — " + self.tr("berlaku sekarang")
        ui.heading.setText(heading)
        ui.value.setText(candidate.value_text)
        ui.writer.setText(candidate.written_by or self.tr("tidak tercatat"))
        ui.site.setText(
            self.tr("{0} (loket ini)").format(candidate.site_code)
            if candidate.here
            else candidate.site_code
        )
        ui.writtenAt.setText(
            ctx.datetime_text(candidate.written_at)
            if candidate.written_at
            else self.tr("tidak tercatat")
        )
        ui.chooseButton.setText(self.tr("Pilih nilai ini (Alt+{0})").format(number))
        if number <= 9:
            ui.chooseButton.setShortcut(QKeySequence(f"Alt+{number}"))


class SyncConflictsDialog(QDialog):
    changed = Signal()  # a conflict was settled

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SyncConflictsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.may_resolve = sync_conflicts.may_resolve(ctx.actor)
        self.list: RowList[ConflictView] = RowList(
            ui.conflictTable, ui.conflictStack, ui.conflictEmpty, self._columns(), self
        )
        self.list.set_empty_message(
            self.tr("Tidak ada konflik yang menunggu."),
            self.tr(
                "Bila dua loket mengubah data yang sama sebelum saling bertukar berkas, "
                "kedua nilainya muncul di sini untuk dipilih atasan."
            ),
            None,
        )
        self.panels: list[CandidatePanel] = []
        ui.note.setEnabled(self.may_resolve)
        self.list.selectionChanged.connect(self._show_selected)
        ui.reviewedButton.clicked.connect(lambda: self.choose(0))
        ui.closeButton.clicked.connect(self.reject)
        self.refresh()

    def _columns(self) -> list[Column[ConflictView]]:
        return [
            Column(self.tr("Data"), lambda c: c.record, stretch=True),
            Column(self.tr("Isian"), lambda c: c.field_label),
            Column(self.tr("Jenis"), lambda c: c.kind_label),
            Column(
                self.tr("Ditemukan"),
                lambda c: self.ctx.datetime_text(c.detected_at),
                sort_key=lambda c: c.detected_at.isoformat(),
            ),
        ]

    def refresh(self) -> None:
        conflicts = sync_conflicts.open_conflicts(self.ctx.runtime, self.ctx.actor)
        self.list.set_rows(conflicts)
        if conflicts:
            text = self.tr(
                "{0} konflik menunggu keputusan. Pilih data di daftar, bandingkan nilainya, "
                "lalu pilih yang benar; pilihan Anda dikirim ke loket lain pada "
                "sinkronisasi berikutnya."
            ).format(len(conflicts))
            if not self.may_resolve:
                text += " " + self.tr("Hanya atasan yang dapat memilih; Anda dapat melihat.")
            self.ui.summary.setText(text)
            if self.list.current() is None:
                self.list.select(0)
        else:
            self.ui.summary.setText(self.tr("Semua konflik sudah diselesaikan."))
        self._show_selected()

    def _show_selected(self) -> None:
        conflict = self.list.current()
        ui = self.ui
        ui.detailBox.setVisible(conflict is not None)
        ui.generalError.clear()
        for panel in self.panels:
            panel.setParent(None)
            panel.deleteLater()
        self.panels = []
        if conflict is None:
            return
        what = (
            f"{conflict.record} — {conflict.field_label}"
            if conflict.field_label
            else conflict.record
        )
        ui.detailHeading.setText(f"{what} ({conflict.kind_label.lower()})")
        ui.detailHint.setText(conflict.hint)
        for number, candidate in enumerate(conflict.candidates, 1):
            panel = CandidatePanel(self.ctx, number, candidate, ui.candidates)
            panel.ui.chooseButton.setVisible(conflict.choosable)
            panel.ui.chooseButton.setEnabled(self.may_resolve)
            panel.ui.chooseButton.clicked.connect(lambda _=False, n=number: self.choose(n))
            if not self.may_resolve:
                panel.ui.chooseButton.setToolTip(self.tr("Hanya atasan yang dapat memilih."))
            ui.candidatesLayout.addWidget(panel, 1)
            self.panels.append(panel)
        ui.reviewedButton.setVisible(not conflict.choosable)
        ui.reviewedButton.setEnabled(self.may_resolve)

    def choose_button(self, number: int) -> QPushButton:
        """The button of value ``number`` (1 = first) of the selected conflict."""
        return self.panels[number - 1].ui.chooseButton

    def choose(self, number: int) -> None:
        """Settle the selected conflict with value ``number`` (0: mark it reviewed), after
        a confirmation that names what will happen."""
        conflict = self.list.current()
        if conflict is None:
            return
        accept = self.tr("Ya, pakai nilai ini") if number else self.tr("Tandai sudah ditinjau")
        question = self._question(conflict, number)
        if not messages.confirm(self, self.tr("Selesaikan konflik"), question, accept):
            return
        try:
            sync_conflicts.resolve(
                self.ctx.runtime, self.ctx.actor, conflict.id, number, self.ui.note.text()
            )
        except CounterDeskError as error:
            self.ui.generalError.setText(str(error))
            return
        self.ui.note.clear()
        self.changed.emit()
        self.refresh()

    def _question(self, conflict: ConflictView, number: int) -> str:
        where = f"{conflict.record}, {conflict.field_label}"
        if number == 0:
            return self.tr("Tandai konflik {0} sudah ditinjau? Datanya tidak diubah.").format(where)
        chosen = conflict.candidates[number - 1].value_text
        others = ", ".join(
            f"«{c.value_text}»" for i, c in enumerate(conflict.candidates, 1) if i != number
        )
        return self.tr(
            "Pakai «{0}» untuk {1}? Nilai lain ({2}) diganti, dan pilihan ini dikirim ke "
            "loket lain pada sinkronisasi berikutnya."
        ).format(chosen, where, others)


class ConflictsButton(QPushButton):
    """For a supervisor's header: shows how many conflicts wait (hidden when none) and
    opens the conflict screen."""

    changed = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: SyncConflictsDialog | None = None
        self.setAutoDefault(False)
        self.setStyleSheet(WARN_STYLE)
        self.setToolTip(self.tr("Data yang diubah di dua loket; atasan memilih nilai yang benar."))
        self.clicked.connect(self.open_dialog)
        self.hide()

    def refresh(self) -> None:
        if not sync_conflicts.may_resolve(self.ctx.actor):
            return  # an officer's Verifikasi: not theirs to settle
        count = sync_conflicts.open_count(self.ctx.runtime, self.ctx.actor)
        self.setText(self.tr("⚠ {0} konflik sinkronisasi…").format(count))
        self.setMinimumWidth(self.sizeHint().width())  # never clipped by the header's text
        self.setVisible(count > 0)

    def open_dialog(self) -> SyncConflictsDialog:
        dialog = SyncConflictsDialog(self.ctx, self.window())
        dialog.changed.connect(self.refresh)
        dialog.changed.connect(self.changed)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog
