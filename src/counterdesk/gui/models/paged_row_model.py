"""A table model that loads its rows a page at a time: the first page at once, the next
when the view scrolls to the bottom (``canFetchMore``/``fetchMore``), so a queue of a
million applications opens as fast as one of twenty."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QModelIndex, QObject

from counterdesk.gui.models.row_table_model import AnyIndex, Column, RowTableModel

R = TypeVar("R")
PAGE_SIZE = 200
PageLoader = Callable[[int, int], Sequence[R]]  # (offset, limit) -> rows


class PagedRowModel(RowTableModel[R]):
    def __init__(
        self,
        columns: Sequence[Column[R]],
        parent: QObject | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(columns, parent)
        self.page_size = page_size
        self._total = 0
        self._load: PageLoader[R] | None = None

    def set_source(self, first_page: Sequence[R], total: int, load: PageLoader[R]) -> None:
        """Show ``first_page`` of ``total`` rows; ``load`` fetches the pages after it."""
        self._load = load
        self._total = max(total, len(first_page))
        self.set_rows(first_page)

    def set_rows(self, rows: Sequence[R]) -> None:
        if self._load is None:  # plain rows: nothing more to fetch
            self._total = len(rows)
        super().set_rows(rows)

    @property
    def total(self) -> int:
        """How many rows the source holds (loaded or not)."""
        return self._total

    @property
    def loaded(self) -> int:
        return len(self._rows)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._load is not None and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._load is None:
            return
        page = list(self._load(len(self._rows), self.page_size))
        if not page:  # the source shrank meanwhile
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()
        if len(page) < self.page_size:
            self._total = len(self._rows)
