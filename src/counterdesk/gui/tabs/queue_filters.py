"""The queue's filters: status (default: everything still open), service, and the date
received. They become an ``overview.QueueFilter``."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, Signal

from counterdesk.domain.states import OPEN_STATUSES, STATUS_LABELS, AppStatus
from counterdesk.services.catalog import load_catalog
from counterdesk.services.overview import QueueFilter

DEFAULT_RANGE_DAYS = 30


QueueQuery = QueueFilter  # the service's own filter: the form only fills it in


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class QueueFilters(QObject):
    changed = Signal()

    def __init__(self, ui: Any, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.today = today
        self.status_choices: list[frozenset[AppStatus]] = [OPEN_STATUSES]
        ui.statusFilter.addItem(self.tr("Masih berjalan (belum selesai)"))
        for status in AppStatus:
            ui.statusFilter.addItem(STATUS_LABELS[status])
            self.status_choices.append(frozenset({status}))
        ui.statusFilter.addItem(self.tr("Semua status, termasuk yang selesai"))
        self.status_choices.append(frozenset(AppStatus))
        ui.serviceFilter.addItem(self.tr("Semua layanan"), "")
        for svc in sorted(load_catalog().all_services(), key=lambda s: s.name.lower()):
            ui.serviceFilter.addItem(svc.name, svc.full_code)
            ui.serviceFilter.setItemData(
                ui.serviceFilter.count() - 1, svc.standard.title, Qt.ItemDataRole.ToolTipRole
            )
        self.reset(quiet=True)
        ui.statusFilter.currentIndexChanged.connect(self.changed)
        ui.serviceFilter.currentIndexChanged.connect(self.changed)
        ui.dateFilter.toggled.connect(self._date_toggled)
        ui.dateFrom.dateChanged.connect(self._date_changed)
        ui.dateTo.dateChanged.connect(self._date_changed)
        ui.resetFiltersButton.clicked.connect(lambda: self.reset())

    def query(self, search: str = "") -> QueueQuery:
        ui = self.ui
        code = str(ui.serviceFilter.currentData() or "")
        by_date = ui.dateFilter.isChecked()
        return QueueQuery(
            search=search.strip(),
            statuses=self.status_choices[max(0, ui.statusFilter.currentIndex())],
            service_code=code or None,
            received_from=_date(ui.dateFrom.date()) if by_date else None,
            received_to=_date(ui.dateTo.date()) if by_date else None,
        )

    def reset(self, *, quiet: bool = False) -> None:
        ui = self.ui
        widgets = (ui.statusFilter, ui.serviceFilter, ui.dateFilter, ui.dateFrom, ui.dateTo)
        for widget in widgets:
            widget.blockSignals(True)
        ui.statusFilter.setCurrentIndex(0)
        ui.serviceFilter.setCurrentIndex(0)
        ui.dateFilter.setChecked(False)
        ui.dateFrom.setDate(_qdate(self.today - timedelta(days=DEFAULT_RANGE_DAYS)))
        ui.dateTo.setDate(_qdate(self.today))
        for widget in (ui.dateFrom, ui.dateTo):
            widget.setEnabled(False)
        for widget in widgets:
            widget.blockSignals(False)
        if not quiet:
            self.changed.emit()

    def _date_toggled(self, on: bool) -> None:
        self.ui.dateFrom.setEnabled(on)
        self.ui.dateTo.setEnabled(on)
        self.changed.emit()

    def _date_changed(self) -> None:
        if self.ui.dateFilter.isChecked():
            self.changed.emit()
