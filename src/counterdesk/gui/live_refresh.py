"""The lists follow the other counters (issue 13 point 3): every few seconds the window
asks the database for its change mark (``services.changes``) off the GUI thread; when it
moved, the list on screen reloads the way F5 would, keeping what the officer is doing.

Polling the mark, not PostgreSQL's LISTEN/NOTIFY: it works the same on a shared SQLite file
and on the office server, costs three index look-ups, and a lost server only delays it.

A refresh keeps the selection (every selected row, for the printing desk's Shift/Ctrl
selections), the row under the keyboard, the scroll position (the rows loaded so far of a
paged queue are loaded again) and never moves the focus; the search text, the filters
and any open dialog are not touched. It waits while a mouse button is held (a click or a
drag in progress), while the window is locked, hidden or minimised, and says nothing when
the database cannot be reached (the next check tries again)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from counterdesk.domain.errors import CounterDeskError
from counterdesk.gui.context import DeskContext
from counterdesk.gui.models.paged_row_model import PagedRowModel
from counterdesk.gui.models.row_table_model import ROW_ROLE
from counterdesk.gui.row_list import RowList
from counterdesk.gui.tabs.list_tab import DeskTab, ListTab
from counterdesk.gui.workers import Progress, Worker
from counterdesk.services import changes
from counterdesk.services.changes import ChangeMark

INTERVAL_MS = 3000
# A paged queue reloads the pages the officer had scrolled through, up to this many rows
# (a reload runs on the GUI thread, and in a busy office it comes every few seconds).
MAX_RELOADED_ROWS = 2000
MAX_HELD = 2
"""Checks a held mouse button may hold a reload back (a drag longer than ~6 s is none)."""
log = logging.getLogger(__name__)


class LiveRefresh(QObject):
    """One timer for the main window. ``current_tab`` gives the tab on screen; only a
    list tab is reloaded (Admin's forms are left alone)."""

    def __init__(
        self,
        ctx: DeskContext,
        window: QWidget,
        current_tab: Callable[[], DeskTab | None],
        interval_ms: int | None = None,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self._window = window
        self._current_tab = current_tab
        self._mark: ChangeMark | None = None  # what the lists on screen were loaded after
        self._checking = False
        self._first = False  # the next answer is the one to start()
        self._held = 0  # checks in a row that waited for a mouse button
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms or INTERVAL_MS)
        self._timer.timeout.connect(self.check)

    # --- the timer ------------------------------------------------------------------
    def start(self) -> None:
        self._timer.start()
        self._first = True
        self._ask()  # at once, shown or not: the first answer is the starting point

    def set_running(self, running: bool) -> None:
        """Off while the window is locked or closed: no checks at all."""
        if running:
            self._timer.start()
        else:
            self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    # --- one check ------------------------------------------------------------------
    def check(self) -> None:
        """Ask for the mark off the GUI thread (one question at a time)."""
        if self._showing():
            self._ask()

    def _ask(self) -> None:
        if self._checking:
            return
        self._checking = True
        runtime, actor = self.ctx.runtime, self.ctx.actor

        def job(_progress: Progress) -> ChangeMark | None:
            try:
                return changes.change_mark(runtime, actor)
            except CounterDeskError as error:  # the server away, the file busy: next time
                log.debug("Tanda perubahan tidak terbaca: %s", error)
            except Exception:  # a background check never interrupts the officer
                log.warning("Tanda perubahan tidak terbaca", exc_info=True)
            return None

        worker = Worker(job)
        worker.signals.succeeded.connect(self._answered)
        worker.signals.finished.connect(self._finished)
        worker.start()

    def _finished(self) -> None:
        self._checking = False

    def _showing(self) -> bool:
        window = self._window
        return window.isVisible() and not window.isMinimized()

    def _answered(self, mark: ChangeMark | None) -> None:
        first, self._first = self._first, False
        if mark is None or mark == self._mark:
            return
        if first:  # the answer to start(): the lists were just loaded
            self._mark = mark
            return
        # (no mark yet — the database was away at the start: reload once it answers)
        if self._timer.isActive() and self._showing() and self._reload():
            self._mark = mark  # the reload read at least what the mark says

    def _reload(self) -> bool:
        """Reload the list on screen; False when it has to wait for the next check."""
        tab = self._current_tab()
        if not isinstance(tab, ListTab):
            return True  # no list here; a tab reloads itself when it is shown
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton and self._held < MAX_HELD:
            # A click or a drag in progress: rows must not move under it. Not for ever:
            # a button whose release went to a window that had just closed (the login
            # dialog left by a double-click) stays "held" for Qt until the next click —
            # seen under a real X server, where the queue then never followed.
            self._held += 1
            return False
        self._held = 0
        try:
            with kept_view(tab):
                tab.refresh()
        except CounterDeskError as error:
            log.debug("Daftar tidak dimuat ulang: %s", error)
            return False
        return True


# --- what a reload keeps ----------------------------------------------------------------
@dataclass
class _ViewState:
    rows: RowList[Any]
    selected: list[str]  # keys, in the order on screen
    current: str | None  # the row under the keyboard
    top: str | None  # the first row in sight, when scrolled down
    vertical: int
    horizontal: int
    loaded: int  # rows a paged queue had loaded

    @classmethod
    def of(cls, rows: RowList[Any]) -> _ViewState:
        table = rows.table
        vertical = table.verticalScrollBar().value()
        top = _key_at(rows, table.indexAt(QPoint(0, 0)).row()) if vertical > 0 else None
        current = table.selectionModel().currentIndex()
        return cls(
            rows,
            [_key_at(rows, i.row()) or "" for i in table.selectionModel().selectedRows()],
            _key_at(rows, current.row()) if current.isValid() else None,
            top,
            vertical,
            table.horizontalScrollBar().value(),
            min(rows.model.loaded, MAX_RELOADED_ROWS)
            if isinstance(rows.model, PagedRowModel)
            else 0,
        )

    def restore(self) -> None:
        rows, table = self.rows, self.rows.table
        model = rows.model
        if isinstance(model, PagedRowModel):
            while model.loaded < self.loaded and model.canFetchMore():
                model.fetchMore()
        positions = _positions(rows)
        selection = QItemSelection()
        for key in self.selected:
            if key in positions:
                index = positions[key]
                selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag
        selection_model = table.selectionModel()
        if not selection.isEmpty():  # none left: what the tab picks after a reload stays
            selection_model.select(selection, flags.ClearAndSelect | flags.Rows)
        if self.current in positions:
            selection_model.setCurrentIndex(positions[self.current], flags.NoUpdate)
        if self.top in positions:
            table.scrollTo(positions[self.top], QAbstractItemView.ScrollHint.PositionAtTop)
        else:  # at the top it stays there (new rows come into sight); else as near as may be
            table.verticalScrollBar().setValue(self.vertical)
        table.horizontalScrollBar().setValue(self.horizontal)


def _key_at(rows: RowList[Any], proxy_row: int) -> str | None:
    if proxy_row < 0:
        return None
    row = rows.proxy.index(proxy_row, 0).data(ROW_ROLE)
    return None if row is None else rows.key(row)


def _positions(rows: RowList[Any]) -> dict[str, QModelIndex]:
    """Each shown row's key → its index in the view (first column)."""
    positions: dict[str, QModelIndex] = {}
    for row in range(rows.proxy.rowCount()):
        key = _key_at(rows, row)
        if key is not None:
            positions.setdefault(key, rows.proxy.index(row, 0))
    return positions


@contextmanager
def kept_view(tab: QWidget) -> Iterator[None]:
    """Around a tab's reload: its lists keep selection, keyboard row and scroll."""
    lists = tab.findChildren(RowList)  # not those of a dialog the tab opened: not reloaded
    states = [_ViewState.of(rows) for rows in lists if rows.table.window() is tab.window()]
    yield
    for state in states:
        state.restore()
