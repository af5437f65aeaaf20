"""Large print batches rendered in a child process (``render_print_batch``).

A 1,000-certificate batch is a few seconds of pure-Python drawing; in a worker thread it
holds the GUI process's GIL long enough to freeze the window for hundreds of ms at a time.
From ``CHILD_PROCESS_FROM`` items on, one spawned child (it imports only
``counterdesk.documents``) renders the whole PDF; progress comes back through a queue the
calling thread drains, and a cancel is a shared event the child checks before every item
(``RenderCancelled`` raised there comes back here). Smaller batches stay in this process:
starting a child costs about 0.3–0.5 s.
"""

from __future__ import annotations

import multiprocessing
import queue
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Literal

from counterdesk.documents.certificate_data import CertificatePrint
from counterdesk.documents.paper import A4, Calibration, Paper

Kind = Literal["certificates", "cards"]
CHILD_PROCESS_FROM = 20
_POLL_S = 0.05

# set in the child by ``_start_child``: where progress goes and what says "stop"
_child_progress: Any = None
_child_stop: Any = None


def render_print_batch(
    kind: Kind,
    items: Sequence[CertificatePrint],
    *,
    paper: Paper = A4,
    calibration: Calibration | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The certificates (or cards, then ``paper`` is ignored) as one PDF, rendered in a
    child process when the batch is large; same checks, progress and cancel either way."""
    if len(items) < CHILD_PROCESS_FROM:
        return _render(kind, items, paper, calibration, progress, cancelled)
    context = multiprocessing.get_context("spawn")
    progress_queue = context.Queue()
    stop = context.Event()
    with ProcessPoolExecutor(
        max_workers=1, mp_context=context, initializer=_start_child,
        initargs=(progress_queue, stop),
    ) as pool:  # fmt: skip
        future = pool.submit(_render_in_child, kind, list(items), paper, calibration)
        while not future.done():
            if cancelled is not None and cancelled():
                stop.set()
            _pass_on(progress_queue, progress)
        pdf: bytes = future.result()  # re-raises the child's ValueError / RenderCancelled
    while _pass_on(progress_queue, progress):  # what was still queued: "all done" last
        pass
    progress_queue.close()
    return pdf


def _pass_on(progress_queue: Any, progress: Callable[[int, int], None] | None) -> bool:
    """One report from the child passed on (False when none came within ``_POLL_S``)."""
    try:
        done, total = progress_queue.get(timeout=_POLL_S)
    except queue.Empty:
        return False
    if progress is not None:
        progress(done, total)
    return True


def _start_child(progress_queue: Any, stop: Any) -> None:
    global _child_progress, _child_stop
    _child_progress, _child_stop = progress_queue, stop


def _render_in_child(
    kind: Kind, items: list[CertificatePrint], paper: Paper, calibration: Calibration | None
) -> bytes:
    return _render(
        kind, items, paper, calibration,
        lambda done, total: _child_progress.put((done, total)), _child_stop.is_set,
    )  # fmt: skip


def _render(
    kind: Kind,
    items: Sequence[CertificatePrint],
    paper: Paper,
    calibration: Calibration | None,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> bytes:
    if kind == "cards":
        from counterdesk.documents.cards import render_cards

        return render_cards(items, calibration, progress=progress, cancelled=cancelled)
    from counterdesk.documents.certificates import render_certificates

    return render_certificates(items, paper, calibration, progress=progress, cancelled=cancelled)
