"""The shared shape of a main-window tab: a summary line, the screen's primary button,
and one list from an overview service (or the empty state that teaches).

A tab never opens a session: ``load`` makes one runtime-level service call (for example
``overview.minutes_screen(ctx.runtime, ctx.actor)``) and turns the plain data it returns
into rows and a summary line."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton, QWidget

from counterdesk.gui.context import DeskContext
from counterdesk.gui.forms.simple_list_ui import Ui_SimpleListTab
from counterdesk.gui.models.row_table_model import Column
from counterdesk.gui.row_list import RowList

R = TypeVar("R")


class DeskTab(Protocol):
    """What the main window asks of every tab."""

    def refresh(self) -> None: ...

    def set_search(self, text: str) -> None: ...


SERVICE_SEARCH_DELAY_MS = 250  # searched in the database: wait for a pause in typing


class ListTab(QWidget, Generic[R]):
    form_class: ClassVar[type[Any]]
    paged: ClassVar[bool] = False  # loads page by page and searches in its service
    # The global search goes to the service (``search_text`` on the next refresh, after a
    # pause in typing) rather than only filtering the rows on screen.
    searches_in_service: ClassVar[bool] = False

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # The form provides summaryLabel, listStack, tableView and emptyState by name.
        self.ui: Any = self.form_class()
        self.ui.setupUi(self)
        self.list: RowList[R] = RowList(
            self.ui.tableView,
            self.ui.listStack,
            self.ui.emptyState,
            self.columns(),
            self,
            paged=self.paged,
        )
        headline, body = self.empty_text()
        self.list.set_empty_message(headline, body, self.primary_button())
        self.search_text = ""
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SERVICE_SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)

    # --- what each tab says -------------------------------------------------------
    def columns(self) -> list[Column[R]]:
        raise NotImplementedError

    def load(self) -> tuple[Sequence[R], str]:
        """The rows and the summary line, from one service call."""
        raise NotImplementedError

    def empty_text(self) -> tuple[str, str]:
        raise NotImplementedError

    def primary_button(self) -> QPushButton | None:
        return None

    # --- DeskTab ----------------------------------------------------------------------
    def refresh(self) -> None:
        rows, summary = self.load()
        self.list.set_rows(rows)
        self.ui.summaryLabel.setText(summary)

    def set_search(self, text: str) -> None:
        if not self.searches_in_service:
            self.list.set_search(text)
            return
        text = text.strip()
        if text == self.search_text:
            return
        self.search_text = text
        self.list.set_search(text)
        self._search_timer.start()

    def searched_text(self) -> str:
        """The search a refresh should ask the service for (a pending one is now due)."""
        self._search_timer.stop()
        return self.search_text

    def shown_list(self) -> RowList[Any]:
        """The list on screen (a tab with two views says which)."""
        return self.list

    def show_record(self, key: str) -> bool:
        """Select the row whose first column reads ``key`` (a scanned serial, say)."""
        if not self.list.select_key(key):
            return False
        self.ui.tableView.setFocus()
        return True


class SimpleListTab(ListTab[R]):
    """A tab that is only a summary, one primary button and a list: Berita Acara, Cetak,
    Pengaduan share one form (ui/tabs/simple_list.ui) and name their button here."""

    form_class = Ui_SimpleListTab

    def primary_text(self) -> str:
        raise NotImplementedError

    def primary_button(self) -> QPushButton:
        button: QPushButton = self.ui.primaryButton
        button.setText(self.primary_text())
        return button
