"""Long work off the GUI thread: a job gets a ``Progress`` to report to and to check for
cancel; the window stays responsive and a progress dialog (bar, what is being done,
"Batal") appears only if the work lasts longer than 0.6 s."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import SIGNAL, QEventLoop, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from counterdesk import app_log

Job = Callable[["Progress"], Any]
SHOW_AFTER_MS = 600


class Cancelled(Exception):
    """Raised inside a job (by ``Progress.check``) when the user pressed Batal."""


class WorkerSignals(QObject):
    progress = Signal(int, int, str)  # done, total (0 = unknown), what is being done
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()  # after any of the three above


class Progress:
    """Handed to the job; safe to use from the worker thread."""

    def __init__(self, signals: WorkerSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        self._signals.progress.emit(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def wait(self, seconds: float) -> bool:
        """Pause the job up to ``seconds``; True at once if cancelled meanwhile."""
        return self._cancel.wait(seconds)


_running: set[Worker] = set()  # keeps Python wrappers alive while the pool runs them


class Worker(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.job = job
        self.signals = WorkerSignals()
        self.progress = Progress(self.signals)
        self.signals.finished.connect(lambda: _running.discard(self))

    def start(self, pool: QThreadPool | None = None) -> None:
        _running.add(self)
        (pool or QThreadPool.globalInstance()).start(self)

    def cancel(self) -> None:
        self.progress.cancel()

    def run(self) -> None:
        try:
            with app_log.action(_job_name(self.job)):
                result = self.job(self.progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as error:  # reported to the GUI thread, shown there
            _log_unexpected(error, self.job, self.signals)
            self.signals.failed.emit(error)
        else:
            if self.progress.cancelled:
                self.signals.cancelled.emit()
            else:
                self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


def _log_unexpected(error: Exception, job: Job, signals: WorkerSignals) -> None:
    """A rule's refusal is one WARNING line (its screen says it); a bug goes to the log
    with its traceback and what the job was, and if no screen listens for the failure,
    the error notice says it."""
    from counterdesk.domain.errors import CounterDeskError
    from counterdesk.gui.error_log import log, report_worker_failure

    with app_log.action(_job_name(job)):
        if isinstance(error, CounterDeskError):
            log.warning("Pekerjaan latar ditolak: %s", error)
            return
        listened = signals.receivers(SIGNAL("failed(PyObject)")) > 0
        report_worker_failure(error, "Pekerjaan latar gagal", shown_elsewhere=listened)


def _job_name(job: Job) -> str:
    """Where the job was started, readable in the log: ``admin_backup:
    BackupPage._restore`` rather than ``BackupPage._restore.<locals>.<lambda>``."""
    qualname = str(getattr(job, "__qualname__", None) or type(job).__qualname__)
    parts = [p for p in qualname.split(".") if p not in ("<locals>", "<lambda>")]
    module = str(getattr(job, "__module__", "") or "").rsplit(".", 1)[-1]
    name = ".".join(parts) or qualname
    return f"{module}: {name}" if module else name


class ProgressDialog(QProgressDialog):
    """Follows one worker; its Batal button cancels the job."""

    def __init__(self, worker: Worker, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setLabelText(title)
        self.setCancelButtonText(self.tr("Batal"))
        self.setMinimumDuration(SHOW_AFTER_MS)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)  # busy until the job reports a total
        self.setValue(0)
        self.worker = worker
        self.canceled.connect(worker.cancel)
        worker.signals.progress.connect(self._progress)
        worker.signals.finished.connect(self.close)

    def _progress(self, done: int, total: int, text: str) -> None:
        self.setRange(0, total)
        self.setValue(min(done, total) if total else 0)
        if text:
            self.setLabelText(text)


def start_with_progress(worker: Worker, title: str, parent: QWidget | None = None) -> None:
    """Start a worker (connect to its signals first) with a progress dialog following it."""
    dialog = ProgressDialog(worker, title, parent)
    worker.signals.finished.connect(dialog.deleteLater)
    worker.start()


def wait_with_progress(parent: QWidget | None, title: str, job: Job) -> Any:
    """Run ``job`` and wait for it while the GUI keeps painting; re-raise its error."""
    worker = Worker(job)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    worker.signals.succeeded.connect(lambda result: outcome.update(result=result))
    worker.signals.failed.connect(lambda error: outcome.update(error=error))
    worker.signals.cancelled.connect(lambda: outcome.update(error=Cancelled()))
    worker.signals.finished.connect(loop.quit)
    start_with_progress(worker, title, parent)
    loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
