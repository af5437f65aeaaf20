"""A benchmark row: our figure beside a reference measured the same way, same run."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    figure: str
    ours_ms: float
    reference_ms: float
    reference: str
    goal: str = ""

    @property
    def ratio(self) -> float:
        return self.ours_ms / self.reference_ms if self.reference_ms else float("inf")


def time_until_line(argv: list[str], marker: str = "SHOWN", timeout: float = 60) -> float:
    """Milliseconds from starting a process until it prints ``marker``; then it is ended."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.strip() == marker:
                return (time.perf_counter() - start) * 1000
        raise RuntimeError(
            f"{argv} ended without {marker}: {proc.stderr.read() if proc.stderr else ''}"
        )
    finally:
        proc.kill()
        proc.wait(timeout)


def median_ms(fn: Callable[[], float], repeat: int) -> float:
    fn()  # warm the OS file cache once; cold start means a new process, not a cold disk
    return statistics.median(fn() for _ in range(repeat))


def python() -> str:
    return sys.executable


def print_table(rows: list[Row]) -> None:
    header = f"{'figure':<44} {'ours':>10} {'reference':>10} {'ratio':>7}  reference run / goal"
    print(header)
    print("-" * len(header))
    for r in rows:
        print(
            f"{r.figure:<44} {r.ours_ms:>8.1f}ms {r.reference_ms:>8.1f}ms {r.ratio:>6.2f}x"
            f"  {r.reference}{'; goal ' + r.goal if r.goal else ''}"
        )
