"""A tab with two lists switched by two segment buttons (Verifikasi: to check / awaiting
approval; Berita Acara: minutes / certificate cases). The switching lives here once; a tab
names its lists and buttons and says in ``view_shown`` what changes with the view."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QSignalBlocker
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QPushButton

from counterdesk.gui.row_list import RowList
from counterdesk.gui.tabs.list_tab import ListTab

R = TypeVar("R")


class TwoViewTab(ListTab[R]):
    """The form provides ``views`` (a stacked widget with the two lists, in order)."""

    def view_lists(self) -> tuple[RowList[Any], RowList[Any]]:
        raise NotImplementedError

    def view_buttons(self) -> tuple[QPushButton, QPushButton]:
        raise NotImplementedError

    def view_shown(self, view: int) -> None:
        """Texts and buttons that follow the view (called after its first row is picked)."""

    def build_views(self, shortcuts: tuple[str, str]) -> None:
        """Group the two buttons (exclusive) and give each its Alt shortcut."""
        group = QButtonGroup(self)
        for view, button in enumerate(self.view_buttons()):
            group.addButton(button, view)
            QShortcut(QKeySequence(shortcuts[view]), self, button.click)
        group.setExclusive(True)
        group.idToggled.connect(self._view_toggled)

    def view(self) -> int:
        return int(self.ui.views.currentIndex())

    def shown_list(self) -> RowList[Any]:
        return self.view_lists()[self.view()]

    def _view_toggled(self, view: int, checked: bool) -> None:
        if checked:
            self.show_view(view, focus=True)

    def show_view(self, view: int, *, focus: bool = False) -> None:
        self.ui.views.setCurrentIndex(view)
        button = self.view_buttons()[view]
        with QSignalBlocker(button):
            button.setChecked(True)
        shown = self.shown_list()
        if shown.current() is None and shown.visible_rows():
            shown.select(0)
        self.view_shown(view)
        if focus and self.isVisible():
            shown.table.setFocus()
