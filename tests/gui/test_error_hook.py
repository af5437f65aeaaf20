"""A bug behind a button: one calm message naming the log, the window keeps working, the
log has the traceback without the applicant's NIK."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from counterdesk import app_log
from counterdesk.gui.app import install_error_hook
from counterdesk.gui.error_log import UnexpectedErrorDialog, error_notice
from counterdesk.gui.workers import Worker

NIK = "3201123456780001"

pytestmark = pytest.mark.qt_no_exception_capture  # the app's own hook is under test


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = app_log.setup(tmp_path)
    assert path is not None
    previous = install_error_hook()
    yield path
    sys.excepthook = previous
    notice = error_notice()
    if notice.dialog is not None:
        notice.dialog.close()
    notice._closed_at.clear()
    app_log.shutdown()


class Screen(QWidget):
    """A save button with a bug, and a counter button that must go on working."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Pemohon baru")
        self.save = QPushButton("Simpan")
        self.count = QPushButton("Hitung")
        self.label = QLabel("0")
        layout = QVBoxLayout(self)
        for widget in (self.save, self.count, self.label):
            layout.addWidget(widget)
        self.save.clicked.connect(self._save)
        self.count.clicked.connect(lambda: self.label.setText(str(int(self.label.text()) + 1)))

    def _save(self) -> None:
        raise KeyError(f"pemohon dengan NIK {NIK}")


@pytest.fixture
def screen(qtbot: QtBot) -> Screen:
    widget = Screen()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _click_and_get_notice(qtbot: QtBot, button: QPushButton) -> UnexpectedErrorDialog:
    with qtbot.waitSignal(error_notice().shown) as shown:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = shown.args[0]
    assert isinstance(dialog, UnexpectedErrorDialog)
    return dialog


def test_a_bug_in_a_slot_shows_one_calm_message_and_the_window_keeps_working(
    qtbot: QtBot, screen: Screen, log_file: Path
) -> None:
    dialog = _click_and_get_notice(qtbot, screen.save)
    assert dialog.isVisible() and not dialog.isModal()
    assert "kesalahan yang tidak terduga (KeyError)" in dialog.text.text()
    assert "Data yang sudah tersimpan aman" in dialog.text.text()
    assert str(log_file) in dialog.where.text().replace("\u200b", "")  # wraps at a "/"

    qtbot.mouseClick(screen.count, Qt.MouseButton.LeftButton)
    assert screen.label.text() == "1"  # the app goes on

    text = log_file.read_text(encoding="utf-8")
    assert "ERROR counterdesk.gui" in text and "Kesalahan tak tertangani" in text
    assert "aksi=Pemohon baru]" in text  # the screen the officer was on
    assert "Traceback" in text and "in _save" in text
    assert "KeyError: 'pemohon dengan NIK 3201********0001'\n" in text and NIK not in text


def test_the_same_error_again_and_again_makes_no_storm_of_dialogs(
    qtbot: QtBot, screen: Screen, log_file: Path
) -> None:
    dialog = _click_and_get_notice(qtbot, screen.save)
    for _ in range(3):
        qtbot.mouseClick(screen.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.repeats == 3)
    assert "terjadi lagi 3 kali" in dialog.repeat_label.text()
    notices = [w for w in QApplication.topLevelWidgets() if isinstance(w, UnexpectedErrorDialog)]
    assert [w for w in notices if w.isVisible()] == [dialog]
    assert log_file.read_text(encoding="utf-8").count("Kesalahan tak tertangani") == 4

    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.save, Qt.MouseButton.LeftButton)  # at once again: only logged
    qtbot.waitUntil(
        lambda: log_file.read_text(encoding="utf-8").count("Kesalahan tak tertangani") == 5
    )
    QApplication.processEvents()
    assert error_notice().dialog is None


def test_the_log_path_can_be_copied_for_the_admin(
    qtbot: QtBot, screen: Screen, log_file: Path
) -> None:
    dialog = _click_and_get_notice(qtbot, screen.save)
    assert dialog.open_button.isVisible()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == str(log_file)
    assert dialog.copied.isVisible() and dialog.isVisible()


def test_a_worker_failure_nobody_listens_for_is_shown_and_logged_with_its_job(
    qtbot: QtBot, log_file: Path
) -> None:
    def export_registry(progress: object) -> None:
        raise OSError(f"disk penuh saat menulis {NIK}")

    worker = Worker(export_registry)
    with qtbot.waitSignal(error_notice().shown) as shown:
        worker.start()
    assert "(OSError)" in shown.args[0].text.text()
    text = log_file.read_text(encoding="utf-8")
    assert "Pekerjaan latar gagal" in text and "aksi=" in text
    assert "export_registry] Pekerjaan latar gagal" in text
    assert NIK not in text


def test_a_worker_failure_its_screen_shows_is_only_logged(qtbot: QtBot, log_file: Path) -> None:
    def render(progress: object) -> None:
        raise ZeroDivisionError("pembagian nol")

    worker = Worker(render)
    seen: list[BaseException] = []
    worker.signals.failed.connect(seen.append)
    with qtbot.waitSignal(worker.signals.finished):
        worker.start()
    assert isinstance(seen[0], ZeroDivisionError)
    QApplication.processEvents()
    assert error_notice().dialog is None
    assert "ZeroDivisionError" in log_file.read_text(encoding="utf-8")


def test_a_bug_while_opening_is_said_and_waited_for_before_the_app_ends(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counterdesk import cli
    from counterdesk.gui import app as gui_app

    def broken_open(options: object, progress: object) -> None:
        raise AttributeError(f"salah ketik di pembuka, NIK {NIK}")

    shown: list[str] = []
    monkeypatch.setattr(gui_app, "_open", broken_open)
    monkeypatch.setattr(
        UnexpectedErrorDialog, "exec", lambda self: shown.append(self.text.text()) or 0
    )
    try:
        assert cli.main(["--data-dir", str(tmp_path)]) == 2
    finally:
        app_log.shutdown()
    assert len(shown) == 1 and "tidak dapat dibuka" in shown[0] and "(AttributeError)" in shown[0]
    text = (tmp_path / "logs" / "counterdesk.log").read_text(encoding="utf-8")
    assert "mulai: aplikasi" in text and "in broken_open" in text
    assert text.count("Traceback") == 1 and NIK not in text


def test_a_refusal_in_a_worker_is_one_warning_line_without_a_traceback(
    qtbot: QtBot, log_file: Path
) -> None:
    from counterdesk.domain.errors import DatabaseError

    def open_database(progress: object) -> None:
        raise DatabaseError("Berkas bukan database CounterDesk. Pilih berkas lain.")

    worker = Worker(open_database)
    worker.signals.failed.connect(lambda error: None)
    with qtbot.waitSignal(worker.signals.finished):
        worker.start()
    text = log_file.read_text(encoding="utf-8")
    assert "WARNING counterdesk.gui" in text and "open_database] Pekerjaan latar ditolak" in text
    assert "Traceback" not in text and error_notice().dialog is None


def test_a_message_gone_with_its_window_does_not_stop_the_next_one(
    qtbot: QtBot, log_file: Path
) -> None:
    window = Screen()  # closed and deleted like the main window when the user switches
    window.show()
    first = _click_and_get_notice(qtbot, window.save)
    first.setParent(window, first.windowFlags())
    window.deleteLater()
    qtbot.waitUntil(lambda: not isValid(first))
    other = Screen()
    qtbot.addWidget(other)
    other.show()
    other.save.clicked.disconnect()
    other.save.clicked.connect(lambda: 1 / 0)
    second = _click_and_get_notice(qtbot, other.save)
    assert "(ZeroDivisionError)" in second.text.text()
