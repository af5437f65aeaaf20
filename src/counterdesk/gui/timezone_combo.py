"""The time-zone choice (WIB/WITA/WIT) used by the set-up wizard and the office profile."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from counterdesk.domain.formatting import ZONES

DEFAULT_TIMEZONE = "Asia/Jakarta"


def fill_timezone_combo(combo: QComboBox, selected: str = DEFAULT_TIMEZONE) -> None:
    combo.clear()
    for iana, zone in ZONES.items():
        combo.addItem(f"{zone.abbreviation} — UTC+{zone.utc_offset_hours} ({iana})", iana)
    combo.setCurrentIndex(max(0, combo.findData(selected)))


def selected_timezone(combo: QComboBox) -> str:
    return str(combo.currentData())
