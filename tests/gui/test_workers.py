"""Long work off the GUI thread reports progress and stops on cancel."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from counterdesk.domain.errors import ValidationError
from counterdesk.gui.workers import Cancelled, Progress, Worker, wait_with_progress


def test_worker_reports_progress_and_result(qtbot: QtBot) -> None:
    def job(progress: Progress) -> int:
        for done in range(1, 4):
            progress.report(done, 3, f"Langkah {done}")
        return 42

    worker = Worker(job)
    steps: list[tuple[int, int, str]] = []
    worker.signals.progress.connect(lambda *step: steps.append(step))
    with qtbot.waitSignal(worker.signals.succeeded) as succeeded:
        worker.start()
    assert succeeded.args == [42]
    qtbot.waitUntil(lambda: len(steps) == 3)
    assert steps[-1] == (3, 3, "Langkah 3")


def test_cancel_stops_the_job(qtbot: QtBot) -> None:
    def job(progress: Progress) -> None:
        progress.report(0, 0, "Menunggu")
        progress.wait(30)  # returns at once when cancelled
        progress.check()

    worker = Worker(job)
    with qtbot.waitSignal(worker.signals.progress):
        worker.start()
    with qtbot.waitSignal(worker.signals.cancelled):
        worker.cancel()


def test_errors_reach_the_gui_thread(qtbot: QtBot) -> None:
    def job(progress: Progress) -> None:
        raise ValidationError("berkas", "Berkas impor rusak.")

    with pytest.raises(ValidationError, match="Berkas impor rusak"):
        wait_with_progress(None, "Mengimpor…", job)
    assert wait_with_progress(None, "Menghitung…", lambda progress: 7) == 7
    with pytest.raises(Cancelled):
        wait_with_progress(None, "Menghitung…", lambda progress: progress.cancel())
