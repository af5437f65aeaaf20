"""The look in one place: the calm palette, the accent for primary actions, the colours
of deadline levels. Widgets opt in through dynamic properties set in the .ui forms
(``primary``, ``role=error|hint|heading|summary|warning``)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

ACCENT = "#1558b0"
ERROR = "#b00020"
AMBER_TEXT = "#7a4f00"
AMBER_BACKGROUND = "#fff0c2"
RED_BACKGROUND = "#fde4e7"

APP_STYLE_SHEET = f"""
QPushButton[primary="true"] {{
    background-color: {ACCENT}; color: white; border: 1px solid #0e3f80;
    border-radius: 4px; padding: 5px 14px; font-weight: bold;
}}
QPushButton[primary="true"]:hover {{ background-color: #1a66c9; }}
QPushButton[primary="true"]:focus {{ border: 2px solid #f0b400; }}
QPushButton[primary="true"]:disabled {{
    background-color: #c9d3e0; color: #4d5663; border-color: #aab4c2; font-weight: normal;
}}
QLabel[role="error"] {{ color: {ERROR}; font-weight: bold; }}
QLabel[role="hint"] {{ color: #4d5663; }}
QLabel[role="warning"] {{ color: {AMBER_TEXT}; background: {AMBER_BACKGROUND}; padding: 4px; }}
QLabel[role="heading"] {{ font-size: 15pt; font-weight: bold; }}
QLabel[role="summary"] {{ font-size: 11pt; }}
QLabel[role="subheading"] {{ font-size: 11pt; font-weight: bold; }}
QLabel[role="number"] {{ font-size: 17pt; font-weight: bold; font-family: monospace; }}
QLabel[role="deadline"] {{ font-size: 11pt; font-weight: bold; padding: 2px 8px; }}
QLabel[role="deadline"][level="overdue"] {{ color: {ERROR}; background: {RED_BACKGROUND}; }}
QLabel[role="deadline"][level="due_today"], QLabel[role="deadline"][level="near"] {{
    color: {AMBER_TEXT}; background: {AMBER_BACKGROUND};
}}
QLabel[role="badge"] {{
    background: #c2410c; color: white; font-weight: bold; padding: 1px 8px; border-radius: 3px;
}}
QLabel[role="emptyHeadline"] {{ font-size: 14pt; font-weight: bold; color: #2b3440; }}
QLabel[role="emptyBody"] {{ font-size: 11pt; color: #3d4652; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"] {{
    border: 2px solid {ERROR};
}}
QTableView {{ gridline-color: #d8dde3; }}
QTableView::item:selected {{ background: #cfe0f7; color: black; }}
"""

MIN_POINT_SIZE = 10.0


def level_colours(level: str) -> tuple[QColor, QColor] | None:
    """(text, background) for a deadline level; None where the neutral look is right."""
    if level == "overdue":
        return QColor(ERROR), QColor(RED_BACKGROUND)
    if level in ("due_today", "near"):
        return QColor(AMBER_TEXT), QColor(AMBER_BACKGROUND)
    return None


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
