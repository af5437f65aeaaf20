"""An unexpected error in the GUI: written to the application log (``app_log``) with its
traceback, and said once, calmly, with where the log is; the app keeps running.

One ``ErrorNotice`` serves the whole app (``error_notice()``). ``report`` may be called
from any thread (a worker's failure): the message is shown on the GUI thread. No storm of
dialogs: while the message is open, further errors only count in it, and the same error
again within ``REPEAT_SECONDS`` after it was closed is logged, not shown.
"""

from __future__ import annotations

import logging
import time
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from counterdesk import app_log

log = logging.getLogger("counterdesk.gui")
REPEAT_SECONDS = 10.0
TEXT_WIDTH = 440


def _breakable(path: str) -> str:
    """A long path may wrap after each folder (a zero-width space after the separators);
    the copy button gives the plain path."""
    return path.replace("\\", "\\\u200b").replace("/", "/\u200b")


def log_error(error: BaseException, what: str = "") -> str:
    """Log the error with its traceback; returns where the log is (to name it)."""
    log.error(
        "%s: %s",
        what or "Kesalahan tak terduga",
        type(error).__name__,
        exc_info=(type(error), error, error.__traceback__),
    )
    return app_log.where()


class UnexpectedErrorDialog(QDialog):
    """The calm message: what happened in words, that stored data is safe, where the log
    is, a button to open its folder and one to copy its path."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Terjadi kesalahan"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.repeats = 0
        self.log_file = app_log.log_path()
        icon = QLabel()
        style = self.style()
        icon.setPixmap(
            style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(40, 40)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(
            self.tr(
                "Maaf, terjadi kesalahan yang tidak terduga ({0}). Data yang sudah "
                "tersimpan aman; tindakan terakhir mungkin tidak tersimpan, ulangi bila "
                "perlu. Aplikasi tetap dapat dipakai."
            ).format(kind)
        )
        self.text.setWordWrap(True)
        if self.log_file is not None:
            where = self.tr("Rincian dicatat di {0} — kirimkan berkas itu kepada admin.").format(
                _breakable(str(self.log_file))
            )
        else:
            where = self.tr(
                "Rincian ditulis ke keluaran galat (stderr), karena folder data tidak dapat "
                "ditulisi. Beri tahu admin."
            )
        self.where = QLabel(where)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.repeat_label = QLabel()
        self.repeat_label.hide()
        self.copied = QLabel(self.tr("Lokasi berkas log sudah disalin."))
        self.copied.hide()

        self.open_button = QPushButton(self.tr("Buka folder log"))
        self.copy_button = QPushButton(self.tr("Salin lokasi log"))
        self.close_button = QPushButton(self.tr("Tutup"))
        self.close_button.setDefault(True)
        for button in (self.open_button, self.copy_button):
            button.setVisible(self.log_file is not None)
        self.open_button.clicked.connect(self._open_folder)
        self.copy_button.clicked.connect(self._copy_path)
        self.close_button.clicked.connect(self.accept)

        texts = QVBoxLayout()
        for label in (self.text, self.where, self.repeat_label, self.copied):
            texts.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(texts, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        for label in (self.text, self.where, self.repeat_label, self.copied):
            label.setFixedWidth(TEXT_WIDTH)  # wrapped text, the dialog sized to it
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)

    def count_repeat(self) -> None:
        self.repeats += 1
        self.repeat_label.setText(
            self.tr("Kesalahan terjadi lagi {0} kali; semuanya dicatat di log.").format(
                self.repeats
            )
        )
        self.repeat_label.show()

    def _open_folder(self) -> None:
        if self.log_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))

    def _copy_path(self) -> None:
        if self.log_file is not None:
            QGuiApplication.clipboard().setText(str(self.log_file))
            self.copied.show()


def screen_in_use() -> str:
    """Where the officer was: the active window's title and the open tab(s) around the
    focused widget, e.g. ``CounterDesk — Kantor / Registri``."""
    window = QApplication.activeWindow()
    if window is None:
        return "-"
    names = [window.windowTitle() or type(window).__name__]
    widget = QApplication.focusWidget()
    tabs: list[str] = []
    while widget is not None and widget is not window:
        if isinstance(widget, QTabWidget) and widget.currentIndex() >= 0:
            tabs.insert(0, widget.tabText(widget.currentIndex()).replace("&", ""))
        widget = widget.parentWidget()
    return " / ".join(names + tabs)


class ErrorNotice(QObject):
    """Logs every unexpected error and shows at most one message at a time."""

    _reported = Signal(str, str)  # kind, key: crosses from a worker to the GUI thread
    shown = Signal(object)  # the dialog, once it is on screen (tests wait on it)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: UnexpectedErrorDialog | None = None
        self._closed_at: dict[str, float] = {}
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, error: BaseException, tb: TracebackType | None = None, what: str = "") -> None:
        if tb is not None:
            error = error.with_traceback(tb)
        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() is app.thread():
            with app_log.action(screen_in_use()):
                log_error(error, what)
        else:
            log_error(error, what)
        self._reported.emit(type(error).__name__, f"{type(error).__name__}: {error}")

    def _show(self, kind: str, key: str) -> None:
        if self.dialog is not None and not isValid(self.dialog):
            self.dialog = None  # went with its window (switching user closes the window)
        if self.dialog is not None:
            self.dialog.count_repeat()
            return
        closed = self._closed_at.get(key)
        if closed is not None and time.monotonic() - closed < REPEAT_SECONDS:
            return
        dialog = UnexpectedErrorDialog(kind, QApplication.activeWindow())
        dialog.finished.connect(lambda _result: self._closed(key))
        self.dialog = dialog
        dialog.show()
        self.shown.emit(dialog)

    def _closed(self, key: str) -> None:
        self.dialog = None
        self._closed_at[key] = time.monotonic()


_notice: ErrorNotice | None = None


def error_notice() -> ErrorNotice:
    """The app's one notice; made on first use, which must be on the GUI thread
    (``install_error_hook`` does it)."""
    global _notice
    if _notice is None:
        _notice = ErrorNotice()
    return _notice


def tell_before_quitting(error: BaseException, parent: QWidget | None) -> None:
    """An error that ends the app (the database could not be opened for a bug): the same
    message, waited for, so it is read before the app closes. The worker logged it."""
    dialog = UnexpectedErrorDialog(type(error).__name__, parent)
    dialog.text.setText(
        dialog.tr(
            "Maaf, CounterDesk tidak dapat dibuka karena kesalahan yang tidak terduga ({0}). "
            "Data yang sudah tersimpan aman. Coba buka lagi; bila terulang, hubungi admin."
        ).format(type(error).__name__)
    )
    dialog.exec()


def report_worker_failure(error: BaseException, what: str, shown_elsewhere: bool) -> None:
    """From a worker thread: a failure its screen shows itself is only logged; one nobody
    listens for is also said by the notice (when the GUI has one)."""
    if shown_elsewhere or _notice is None:
        log_error(error, what)
    else:
        _notice.report(error, what=what)
