"""Find a returning applicant as you type (name words, NIK/NIB prefix, phone) and pick
them — never type them in again. Down moves into the results, Enter picks."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem

from counterdesk.gui.context import DeskContext
from counterdesk.gui.keyboard import is_enter
from counterdesk.services import applicants
from counterdesk.services.applicants import ApplicantCard

SEARCH_DELAY_MS = 150
CHOICE_ROLE = Qt.ItemDataRole.UserRole


class ApplicantSearch(QObject):
    picked = Signal(object)  # ApplicantCard

    def __init__(
        self,
        ctx: DeskContext,
        field: QLineEdit,
        results: QListWidget,
        hint: QLabel | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or field)
        self.ctx = ctx
        self.field = field
        self.results = results
        self.hint = hint
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        field.textChanged.connect(lambda _text: self._timer.start())
        field.installEventFilter(self)
        results.installEventFilter(self)
        results.itemDoubleClicked.connect(self._pick_item)
        results.hide()
        self._say_hint()

    def choices(self) -> list[ApplicantCard]:
        return [
            cast(ApplicantCard, self.results.item(i).data(CHOICE_ROLE))
            for i in range(self.results.count())
        ]

    def search_now(self) -> None:
        self._timer.stop()
        text = self.field.text().strip()
        found = applicants.find(self.ctx.runtime, self.ctx.actor, text)
        self.results.clear()
        for choice in found:
            item = QListWidgetItem(choice.line())
            item.setData(CHOICE_ROLE, choice)
            item.setToolTip(choice.summary())
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
        self.results.setVisible(bool(found))  # no empty box: the hint says what to do
        self._say_hint()

    def _say_hint(self) -> None:
        if self.hint is None:
            return
        text = self.field.text().strip()
        count = self.results.count()
        if not text:
            self.hint.setText(
                self.tr(
                    "Ketik nama, NIK/NIB atau nomor HP pemohon yang pernah datang. "
                    "Belum pernah? Pilih Pemohon baru di bawah."
                )
            )
        elif count:
            self.hint.setText(
                self.tr(
                    "{0} pemohon cocok — ↓ untuk memilih, Enter untuk memakai yang disorot."
                ).format(count)
            )
        else:
            self.hint.setText(
                self.tr("Belum ada pemohon dengan “{0}”. Daftarkan sebagai pemohon baru:").format(
                    text
                )
            )

    def pick_current(self) -> bool:
        item = self.results.currentItem() or self.results.item(0)
        if item is None:
            return False
        self._pick_item(item)
        return True

    def _pick_item(self, item: QListWidgetItem) -> None:
        self.picked.emit(item.data(CHOICE_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = cast(QKeyEvent, event).key()
        if watched is self.field:
            if is_enter(event):
                if self._timer.isActive():
                    self.search_now()
                return self.pick_current()
            if key == Qt.Key.Key_Down:
                if self._timer.isActive():
                    self.search_now()
                if not self.results.count():
                    return False
                self.results.setFocus()
                self.results.setCurrentRow(0)
                return True
        elif watched is self.results:
            if is_enter(event):
                return self.pick_current()
            if key == Qt.Key.Key_Up and self.results.currentRow() <= 0:
                self.field.setFocus()
                return True
        return False
