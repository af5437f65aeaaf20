"""Pick a service from the catalogue by typing part of its name: the list narrows as you
type, each entry shows its time limit and fee, and the channel box offers only the
channels that service's standard allows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem

from counterdesk.domain.catalog import CHANNEL_LABELS
from counterdesk.gui.keyboard import is_enter
from counterdesk.services.catalog import CatalogService, load_catalog

CHOICE_ROLE = Qt.ItemDataRole.UserRole
WALK_IN = "datang_langsung"


@dataclass(frozen=True)
class ServiceChoice:
    code: str  # standard/service
    name: str
    standard_title: str
    time_limit: str
    fee: str
    channels: tuple[str, ...]

    @classmethod
    def of(cls, svc: CatalogService) -> ServiceChoice:
        limit, fee = svc.service.time_limit, svc.service.fee
        return cls(
            svc.full_code,
            svc.name,
            svc.standard.title,
            limit.label() if limit else "Tanpa batas waktu",
            fee.display() if fee else "Biaya tidak ditetapkan",
            tuple(str(c) for c in svc.service.channels),
        )

    def matches(self, text: str) -> bool:
        haystack = f"{self.name} {self.standard_title}".lower()
        return all(word in haystack for word in text.lower().split())


def channel_label(code: str) -> str:
    return CHANNEL_LABELS.get(code, code)


def fill_channels(combo: QComboBox, channels: Iterable[str], preferred: str = WALK_IN) -> None:
    """The channels a service allows, the walk-in counter first when allowed."""
    combo.clear()
    for code in channels:
        combo.addItem(channel_label(code), code)
    combo.setCurrentIndex(max(0, combo.findData(preferred)))
    combo.setEnabled(combo.count() > 0)


class ServicePicker(QObject):
    changed = Signal()

    def __init__(
        self,
        field: QLineEdit,
        services: QListWidget,
        channel: QComboBox,
        info: QLabel,
        exclude: Iterable[str] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or field)
        self.field = field
        self.services = services
        self.channel = channel
        self.info = info
        skipped = set(exclude)
        for svc in load_catalog().all_services():
            if svc.full_code in skipped:
                continue
            choice = ServiceChoice.of(svc)
            item = QListWidgetItem(f"{choice.name}\n    {choice.time_limit} · {choice.fee}")
            item.setData(CHOICE_ROLE, choice)
            item.setToolTip(choice.standard_title)
            services.addItem(item)
        services.setCurrentRow(-1)
        field.textChanged.connect(self._filter)
        field.installEventFilter(self)
        services.installEventFilter(self)
        services.currentItemChanged.connect(self._current_changed)
        services.itemDoubleClicked.connect(lambda _item: self.channel.setFocus())
        self._current_changed()

    def selected(self) -> ServiceChoice | None:
        item = self.services.currentItem()
        if item is None or item.isHidden():
            return None
        return cast(ServiceChoice, item.data(CHOICE_ROLE))

    def select(self, code: str) -> bool:
        for row in range(self.services.count()):
            item = self.services.item(row)
            if cast(ServiceChoice, item.data(CHOICE_ROLE)).code == code:
                item.setHidden(False)
                self.services.setCurrentItem(item)
                return True
        return False

    def channel_code(self) -> str:
        data = self.channel.currentData()
        return str(data) if data else ""

    def set_channel(self, code: str) -> None:
        index = self.channel.findData(code)
        if index >= 0:
            self.channel.setCurrentIndex(index)

    def _visible(self) -> list[QListWidgetItem]:
        items = (self.services.item(row) for row in range(self.services.count()))
        return [item for item in items if not item.isHidden()]

    def _filter(self, text: str) -> None:
        for row in range(self.services.count()):
            item = self.services.item(row)
            item.setHidden(not cast(ServiceChoice, item.data(CHOICE_ROLE)).matches(text))
        visible = self._visible()
        current = self.services.currentItem()
        if text.strip() and visible and (current is None or current.isHidden()):
            self.services.setCurrentItem(visible[0])
        elif not visible:
            self.services.setCurrentRow(-1)

    def _current_changed(self) -> None:
        choice = self.selected()
        previous = self.channel_code()
        fill_channels(self.channel, choice.channels if choice else ())
        if previous:
            self.set_channel(previous)
        if choice is None:
            self.info.setText(self.tr("Pilih layanan: ketik sebagian namanya, lalu ↓ atau Enter."))
        else:
            self.info.setText(
                self.tr("{0}\nStandar: {1}\nJangka waktu: {2} · Biaya: {3}").format(
                    choice.name, choice.standard_title, choice.time_limit, choice.fee
                )
            )
        self.changed.emit()

    def _choose(self) -> bool:
        if self.selected() is None:
            visible = self._visible()
            if not visible:
                return False
            self.services.setCurrentItem(visible[0])
        self.channel.setFocus()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = cast(QKeyEvent, event).key()
        if watched is self.field:
            if is_enter(event):
                return self._choose()
            if key == Qt.Key.Key_Down and self._visible():
                self.services.setFocus()
                if self.selected() is None:
                    self.services.setCurrentItem(self._visible()[0])
                return True
        elif watched is self.services and is_enter(event):
            return self._choose()
        return False
