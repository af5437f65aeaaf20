"""One check box per role, labelled from domain.roles (promoted into the user forms)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from counterdesk.domain.roles import ROLE_LABELS, Role


class RolePicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        hints = {
            Role.OFFICER: self.tr("menerima pemohon, mencatat permohonan dan pengaduan"),
            Role.SUPERVISOR: self.tr("menyetujui atau mengembalikan berkas yang sudah diperiksa"),
            Role.PRINTER: self.tr("mencetak sertifikat, kartu dan surat"),
            Role.ADMIN: self.tr("mengatur kantor, pengguna dan kalender"),
        }
        self.boxes: dict[Role, QCheckBox] = {}
        for role in Role:
            box = QCheckBox(f"{ROLE_LABELS[role]} — {hints[role]}", self)
            box.setObjectName(f"role_{role.value}")
            box.toggled.connect(self.changed)
            layout.addWidget(box)
            self.boxes[role] = box
        self.setFocusProxy(self.boxes[Role.OFFICER])

    def roles(self) -> frozenset[Role]:
        return frozenset(role for role, box in self.boxes.items() if box.isChecked())

    def set_roles(self, roles: frozenset[Role]) -> None:
        for role, box in self.boxes.items():
            box.setChecked(role in roles)
