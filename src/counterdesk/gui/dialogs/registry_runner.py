"""Long work of the import wizard (reading a big file, checking every row, writing them)
off the GUI thread, shown in the wizard's own progress bar with **Batal** — after 0.6 s,
so short work shows nothing. One job at a time.

The services report progress as ``progress(done, total) -> bool`` and stop with
``ImportCancelled`` when it returns False; ``service_progress`` adapts that to a
``workers.Progress``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget

from counterdesk.gui.workers import SHOW_AFTER_MS, Job, Progress, Worker

ServiceProgress = Callable[[int, int], bool]


def thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def service_progress(progress: Progress, text: str) -> ServiceProgress:
    """``text`` takes ``{done}`` and ``{total}``, e.g. 'Memeriksa baris {done} dari {total}'."""

    def tick(done: int, total: int) -> bool:
        progress.report(done, total, text.format(done=thousands(done), total=thousands(total)))
        return not progress.cancelled

    return tick


class InlineRunner(QObject):
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    busyChanged = Signal(bool)

    def __init__(
        self,
        box: QWidget,
        bar: QProgressBar,
        text: QLabel,
        cancel_button: QPushButton,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.box, self.bar, self.text, self.cancel_button = box, bar, text, cancel_button
        self.worker: Worker | None = None
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(SHOW_AFTER_MS)
        self._show_timer.timeout.connect(self.box.show)
        cancel_button.clicked.connect(self.cancel)
        box.hide()

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def start(self, job: Job, text: str, *, done_is_done: bool = False) -> Worker:
        """``done_is_done``: a job that got to its end counts as done even if Batal came
        too late to stop it (a write that was committed must never be called cancelled)."""
        if self.worker is not None:
            raise RuntimeError("a job is still running")
        finished: dict[str, Any] = {}

        def run(progress: Progress) -> Any:
            result = job(progress)
            if done_is_done:
                finished["result"] = result
            return result

        worker = Worker(run)
        self.worker = worker
        worker.signals.progress.connect(self._progress)
        worker.signals.succeeded.connect(lambda result: self._end(self.succeeded.emit, result))
        worker.signals.failed.connect(lambda error: self._end(self.failed.emit, error))
        worker.signals.cancelled.connect(
            lambda: (
                self._end(self.succeeded.emit, finished["result"])
                if finished
                else self._end(lambda _: self.cancelled.emit(), None)
            )
        )
        self.text.setText(text)
        self.bar.setRange(0, 0)  # busy until the job reports a total
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Batal (Esc)"))
        self._show_timer.start()
        self.busyChanged.emit(True)
        worker.start()
        return worker

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Menghentikan…"))

    def _progress(self, done: int, total: int, text: str) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(min(done, total) if total else 0)
        if text:
            self.text.setText(text)

    def _end(self, emit: Callable[[Any], None], outcome: Any) -> None:
        """Idle again first, so that whoever hears the outcome may start the next job."""
        self._show_timer.stop()
        self.box.hide()
        self.worker = None
        self.busyChanged.emit(False)
        emit(outcome)
