"""Never lose work: a form's half-filled state is saved as a draft about a second after
the last change and whenever the form or the window closes (``MainWindow`` flushes every
keeper), and reopening the form restores it. Drafts are per user and form
(``services.drafts``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from counterdesk.domain.errors import CounterDeskError
from counterdesk.gui import messages
from counterdesk.gui.context import DeskContext
from counterdesk.services import drafts

DRAFT_DELAY_MS = 1000
Payload = dict[str, Any]


class DraftKeeper(QObject):
    def __init__(
        self,
        ctx: DeskContext,
        form: str,
        read: Callable[[], Payload | None],
        parent: QObject,
        delay_ms: int = DRAFT_DELAY_MS,
    ) -> None:
        """``read`` returns what to keep, or None when the form holds nothing worth it."""
        super().__init__(parent)
        self.ctx = ctx
        self.form = form
        self._read = read
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def dirty(self) -> bool:
        """Changed since the last save."""
        return self._dirty

    def touch(self) -> None:
        """The form changed: save after a quiet second."""
        self._dirty = True
        self._timer.start()

    def save(self) -> None:
        """Save now, changed or not (closing the form and keeping its draft)."""
        self._dirty = True
        self.flush()

    def flush(self) -> None:
        """Save now if anything changed (an empty form discards the draft)."""
        self._timer.stop()
        if not self._dirty:
            return
        payload = self._read()
        try:
            drafts.keep(self.ctx.runtime, self.ctx.actor, self.form, payload)
        except CounterDeskError:
            return  # kept dirty: the next change or close tries again
        self._dirty = False

    def load(self) -> Payload | None:
        return drafts.restore(self.ctx.runtime, self.ctx.actor, self.form)

    def discard(self) -> None:
        """The form was saved for real (or thrown away): forget the draft."""
        self._timer.stop()
        self._dirty = False
        drafts.forget(self.ctx.runtime, self.ctx.actor, self.form)


class DraftDialog(QDialog):
    """A dialog whose form a ``DraftKeeper`` keeps. Esc, Tutup or the window's × with
    unsaved input asks once: keep it as a draft, throw it away, or stay. Closed by the
    program (the window closing, switching user): the draft is kept without asking.

    Subclasses set ``self.keeper`` and give ``draft_payload`` and ``unsaved_question``."""

    keeper: DraftKeeper

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._closing_quietly = False

    def draft_payload(self) -> Payload | None:
        raise NotImplementedError

    def unsaved_question(self) -> tuple[str, str]:
        """The title and text of the question asked when closing with unsaved input."""
        raise NotImplementedError

    def show_draft_restored(self, note: QLabel) -> None:
        """Say on the form (its ``draftNote`` label) that a kept draft was loaded."""
        note.setText(self.tr("Draf dipulihkan — isian yang belum disimpan dimuat lagi."))
        note.show()

    def reject(self) -> None:
        if self.draft_payload() is not None:
            if self._closing_quietly:
                answer = messages.KEEP
            else:
                answer = messages.ask_unsaved(self, *self.unsaved_question())
            if answer == messages.STAY:
                return
            if answer == messages.DISCARD:
                self.keeper.discard()
            else:
                self.keeper.save()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closed by the program: keep the draft quietly; by the user: ask (``reject``)."""
        self._closing_quietly = not event.spontaneous()
        super().closeEvent(event)
        self._closing_quietly = False
