"""What an empty list shows instead of a blank grid: what will appear there, and the
button that fills it (promoted into the tab forms from Qt Designer)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

SIDE_MARGIN = 160


class EmptyState(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = QLabel(self)
        self.headline.setProperty("role", "emptyHeadline")
        self.body = QLabel(self)
        self.body.setProperty("role", "emptyBody")
        self.action_button = QPushButton(self)
        self.action_button.setProperty("primary", True)
        for label in (self.headline, self.body):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SIDE_MARGIN, 0, SIDE_MARGIN, 0)  # short lines read better
        layout.addStretch(1)
        layout.addWidget(self.headline)
        layout.addWidget(self.body)
        layout.addSpacing(12)
        layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.action_button.clicked.connect(self._click_source)
        self._source: QPushButton | None = None

    def show_message(self, headline: str, body: str, action: QPushButton | None = None) -> None:
        """Show the message; ``action`` is the screen's own button, mirrored here."""
        self.headline.setText(headline)
        self.body.setText(body)
        self._source = action
        self.action_button.setVisible(action is not None)
        if action is not None:
            self.action_button.setText(action.text())
            self.action_button.setEnabled(action.isEnabled())
            self.action_button.setToolTip(action.toolTip())

    def text(self) -> str:
        return f"{self.headline.text()}\n{self.body.text()}"

    def _click_source(self) -> None:
        if self._source is not None:
            self._source.click()
