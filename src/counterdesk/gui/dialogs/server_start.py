"""Starting on the office server: the database password asked when no keyring keeps it,
and a server that cannot be reached said plainly with what the officer can do — "Coba
lagi", "Pakai database lain…" (other connection settings) or "Keluar"."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counterdesk.services.server_settings import ServerSettings


def _label(text: str, role: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    return label


def _button_row(layout: QVBoxLayout, *buttons: QPushButton) -> None:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    layout.addLayout(row)


class ServerPasswordDialog(QDialog):
    """The server's password for this start (``password`` once accepted)."""

    def __init__(
        self, settings: ServerSettings, problem: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kata sandi server database — CounterDesk"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _label(
                self.tr(
                    "Data kantor ada di server {0}. Komputer ini tidak menyimpan kata "
                    "sandinya, jadi ketik kata sandi database dari admin server (bukan kata "
                    "sandi login Anda)."
                ).format(settings.describe())
            )
        )
        form = QFormLayout()
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setObjectName("password")
        form.addRow(self.tr("&Kata sandi database"), self.field)
        layout.addLayout(form)
        self.error = _label(problem, "error")
        self.error.setVisible(bool(problem))
        layout.addWidget(self.error)
        self.ok_button = QPushButton(self.tr("&Hubungkan"))
        self.ok_button.setProperty("primary", True)
        self.ok_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("Keluar"))
        self.ok_button.clicked.connect(self._accept_password)
        self.quit_button.clicked.connect(self.reject)
        _button_row(layout, self.ok_button, self.quit_button)
        self.field.textEdited.connect(lambda _text: self.error.hide())
        self.field.setFocus()

    @property
    def password(self) -> str:
        return str(self.field.text())

    def _accept_password(self) -> None:
        if not self.password:
            self.error.setText(self.tr("Ketik kata sandi database, lalu tekan Hubungkan."))
            self.error.show()
            return
        self.accept()


class ServerChoice(Enum):
    RETRY = "retry"
    OTHER = "other"
    QUIT = "quit"


class ServerProblemDialog(QDialog):
    """``choice`` once closed: try again, other connection settings, or quit."""

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = ServerChoice.QUIT
        self.setWindowTitle(self.tr("CounterDesk — server database kantor"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(_label(self.tr("Server database kantor tidak dapat dipakai"), "heading"))
        self.message = _label(message, "summary")
        layout.addWidget(self.message)
        layout.addWidget(
            _label(
                self.tr(
                    "Tidak ada data yang hilang: semuanya tersimpan di server. Setelah server "
                    "menyala atau jaringan tersambung lagi, tekan Coba lagi."
                ),
                "hint",
            )
        )
        layout.addStretch(1)
        self.retry_button = QPushButton(self.tr("&Coba lagi"))
        self.retry_button.setProperty("primary", True)
        self.retry_button.setDefault(True)
        self.other_button = QPushButton(self.tr("&Pakai database lain…"))
        self.quit_button = QPushButton(self.tr("&Keluar"))
        for button, choice in (
            (self.retry_button, ServerChoice.RETRY),
            (self.other_button, ServerChoice.OTHER),
            (self.quit_button, ServerChoice.QUIT),
        ):
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
        _button_row(layout, self.retry_button, self.other_button, self.quit_button)
        self.retry_button.setFocus()

    def _choose(self, choice: ServerChoice) -> None:
        self.choice = choice
        if choice is ServerChoice.QUIT:
            self.reject()
        else:
            self.accept()
