"""A list on screen: table view, search proxy and the empty state that replaces the table
when there is nothing to show. Every tab's list goes through this one class.

A *paged* list (the queue) loads page by page from a service and searches there: the
proxy neither filters nor sorts, because it would only see the pages loaded so far."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QPushButton, QStackedWidget, QTableView, QWidget

from counterdesk.gui.empty_state import EmptyState
from counterdesk.gui.models.paged_row_model import PagedRowModel
from counterdesk.gui.models.row_table_model import (
    ROW_ROLE,
    Column,
    RowTableModel,
    SearchProxyModel,
)
from counterdesk.gui.style import level_colours

R = TypeVar("R")
MAX_INITIAL_COLUMN_WIDTH = 360
MEASURED_ROWS = 200
CELL_PADDING = 14  # the cell's margins, and a little air
HEADER_PADDING = 24  # room for the sort arrow
MIN_STRETCH_CHARS = 40  # a subject or a service name, when the short columns leave room
STRETCH_FLOOR_CHARS = 20  # …and never less while a short column could give way
NARROWING_STEP = 8


class RowList(QObject, Generic[R]):
    selectionChanged = Signal()

    def __init__(
        self,
        table: QTableView,
        stack: QStackedWidget,
        empty: EmptyState,
        columns: Sequence[Column[R]],
        parent: QObject | None = None,
        *,
        paged: bool = False,
    ) -> None:
        super().__init__(parent)
        self.table = table
        self.stack = stack
        self.empty = empty
        self.paged = paged
        self.model: RowTableModel[R] = (
            PagedRowModel(columns, self) if paged else RowTableModel(columns, self)
        )
        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(self.model)
        # Open in the order the service chose (what is due first); a header click re-sorts.
        table.setSortingEnabled(False)
        table.setModel(self.proxy)
        header = table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setSortingEnabled(not paged)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        table.selectionModel().selectionChanged.connect(self.selectionChanged)
        self._empty_message: tuple[str, str, QPushButton | None] = ("", "", None)
        self._sized = False
        self._natural: list[int] = []  # each column's width for its text (capped)
        self._floor: list[int] = []  # never narrower than its header
        self._search = ""
        self._viewport = table.viewport()  # its width is what the columns share
        self._viewport.installEventFilter(self)

    def set_empty_message(self, headline: str, body: str, action: QPushButton | None) -> None:
        self._empty_message = (headline, body, action)
        self._update_page()

    def set_rows(self, rows: Sequence[R]) -> None:
        selected = self.current()
        self.model.set_rows(rows)
        self._after_reset(rows, selected)

    def set_pages(
        self, first_page: Sequence[R], total: int, load: Callable[[int, int], Sequence[R]]
    ) -> None:
        """A paged list: the first page now, the rest as the table scrolls down."""
        assert isinstance(self.model, PagedRowModel)
        selected = self.current()
        self.model.set_source(first_page, total, load)
        self._after_reset(first_page, selected)

    def _after_reset(self, rows: Sequence[R], selected: R | None) -> None:
        if rows and not self._sized:
            self._size_columns(rows)
        if selected is not None:
            self.select_key(self.key(selected))
        self._update_page()

    def key(self, row: R) -> str:
        """The first column identifies a row (number, serial, username)."""
        return self.model.columns[0].text(row)

    def select_key(self, key: str) -> bool:
        """Select the loaded row whose first column reads ``key``."""
        for position in range(self.model.rowCount()):
            if self.key(self.model.index(position, 0).data(ROW_ROLE)) == key:
                self.select(position)
                return True
        return False

    def _size_columns(self, rows: Sequence[R]) -> None:
        """Fit columns to their text once (measured from the rows, not the view, which
        may still be hidden); a stretch column takes what is left, so the columns at
        the right (the deadline) stay on screen at 1366 px."""
        plain = self.table.fontMetrics()
        bold_font = QFont(self.table.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        header = self.table.horizontalHeader()
        sample = rows[:MEASURED_ROWS]
        self._natural, self._floor = [], []
        for section, column in enumerate(self.model.columns):
            heading = bold.horizontalAdvance(column.header) + HEADER_PADDING
            widest = max(
                [
                    (bold if _coloured(column, row) else plain).horizontalAdvance(column.text(row))
                    for row in sample
                ]
                + [0]
            )
            self._natural.append(max(min(widest, MAX_INITIAL_COLUMN_WIDTH) + CELL_PADDING, heading))
            self._floor.append(heading)
            header.resizeSection(section, self._natural[-1])
            if column.stretch:
                header.setStretchLastSection(False)
                header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
        self._sized = True
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Short text — a kind, a channel, a status, a date, the time left — is shown
        whole. The long text gives way instead, the widest first: the stretch column
        (from ~``MIN_STRETCH_CHARS`` down to ``STRETCH_FLOOR_CHARS``) and the free-text
        columns marked ``gives_way`` (a name; down to their header). Only when those are
        at their floor do the short columns narrow, never the first (the number) nor
        below their header. A cut cell's full text is in its tooltip."""
        columns = self.model.columns
        stretch = [i for i, column in enumerate(columns) if column.stretch]
        if not stretch or not self._natural:
            return
        chars = self.table.fontMetrics().averageCharWidth()
        free = [i for i in range(1, len(columns)) if columns[i].gives_way and i not in stretch]
        short = [i for i in range(1, len(columns)) if i not in stretch and i not in free]
        room = self.table.viewport().width() - self._natural[0]
        wanted = {i: self._natural[i] for i in free}
        wanted |= {i: min(self._natural[i], MIN_STRETCH_CHARS * chars) for i in stretch}
        floor = {i: self._floor[i] for i in free}
        floor |= {i: min(self._natural[i], STRETCH_FLOOR_CHARS * chars) for i in stretch}
        long_text = _narrowed(wanted, floor, room - sum(self._natural[i] for i in short))
        short_text = _narrowed(
            {i: self._natural[i] for i in short},
            {i: self._floor[i] for i in short},
            room - sum(long_text.values()),
        )
        header = self.table.horizontalHeader()
        for section, width in (long_text | short_text).items():
            if section not in stretch:  # a stretch column takes what is left by itself
                header.resizeSection(section, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self._fit_columns()
        return False

    def set_search(self, text: str) -> None:
        """Filter the rows on screen; a paged list only remembers the text (its service
        searches) so the empty state can say what matched nothing."""
        self._search = text.strip()
        if not self.paged:
            self.proxy.setFilterFixedString(self._search)
        self._update_page()

    def select(self, source_row: int) -> None:
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def current(self) -> R | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        row: R = indexes[0].data(ROW_ROLE)
        return row

    def visible_rows(self) -> list[R]:
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    def _page_of(self, widget: QWidget) -> QWidget:
        page = widget.parentWidget()
        assert page is not None  # both live on a page of the stack
        return page

    def showing_empty_state(self) -> bool:
        return self.stack.currentWidget() is self.empty.parentWidget()

    def _update_page(self) -> None:
        if self.model.rowCount() and self.proxy.rowCount():
            self.stack.setCurrentWidget(self._page_of(self.table))
            return
        if self.model.rowCount() or (self.paged and self._search):
            self.empty.show_message(
                self.tr("Tidak ada yang cocok dengan “{0}”.").format(self._search),
                self.tr("Periksa ejaan, atau kosongkan kolom cari (Esc) untuk melihat semua."),
            )
        else:
            self.empty.show_message(*self._empty_message)
        self.stack.setCurrentWidget(self._page_of(self.empty))


def _coloured(column: Column[R], row: R) -> bool:
    """Whether the cell is drawn in bold (a coloured deadline), as the model draws it."""
    return column.level is not None and level_colours(column.level(row)) is not None


def _narrowed(wanted: dict[int, int], floor: dict[int, int], room: int) -> dict[int, int]:
    """Each section's width so that together they fit ``room``: the widest give way
    first, none below its floor (which may leave them wider than the room)."""

    def widths(cap: int) -> dict[int, int]:
        return {i: max(min(width, cap), floor[i]) for i, width in wanted.items()}

    cap = max(wanted.values(), default=0)
    while cap > NARROWING_STEP and sum(widths(cap).values()) > room:
        cap -= NARROWING_STEP
    return widths(cap)
