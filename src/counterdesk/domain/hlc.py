"""Hybrid logical clock (Kulkarni et al. 2014) for ordering changes across counters.

Stamps stay close to wall time (readable in conflict reviews) but never go backwards
when a PC's clock is set back, and a received change always orders after what caused
it. Ties break on the site id, so two sites never produce equal stamps.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_COUNTER = 999_999  # six digits in the string form
DAY_MS = 24 * 60 * 60 * 1000
_WALL_DIGITS = 13  # milliseconds since 1970 fit in 13 digits until the year 2286
_STR_RE = re.compile(r"(?P<wall>[0-9]{13})-(?P<counter>[0-9]{6})-(?P<site>\S+)")


class HlcDriftError(ValueError):
    """A remote stamp is too far ahead to be trusted; merging it would drag our clock."""


@dataclass(frozen=True, slots=True, order=True)
class Hlc:
    """A stamp; compares as the tuple (wall_ms, counter, site)."""

    wall_ms: int
    counter: int
    site: str

    def __post_init__(self) -> None:
        if not 0 <= self.wall_ms < 10**_WALL_DIGITS:
            raise ValueError(f"wall_ms out of range: {self.wall_ms}")
        if not 0 <= self.counter <= MAX_COUNTER:
            raise ValueError(f"counter out of range: {self.counter}")
        if not self.site or any(c.isspace() for c in self.site):
            raise ValueError(f"site must be non-empty without spaces: {self.site!r}")

    def to_str(self) -> str:
        """Fixed-width text whose string order equals stamp order (for DB columns)."""
        return f"{self.wall_ms:0{_WALL_DIGITS}d}-{self.counter:06d}-{self.site}"

    @classmethod
    def parse(cls, text: str) -> Hlc:
        match = _STR_RE.fullmatch(text)
        if match is None:
            raise ValueError(f"not an HLC stamp: {text!r}")
        return cls(int(match["wall"]), int(match["counter"]), match["site"])

    def __str__(self) -> str:
        return self.to_str()


def is_too_far_in_future(stamp: Hlc, now_ms: int, limit_ms: int = DAY_MS) -> bool:
    """True when ``stamp`` is more than ``limit_ms`` ahead of our wall clock."""
    return stamp.wall_ms - now_ms > limit_ms


def _system_ms() -> int:
    return time.time_ns() // 1_000_000


class HlcClock:
    """The clock of one site. Thread-safe: sync imports run off the GUI thread."""

    def __init__(
        self,
        site: str,
        now_ms_fn: Callable[[], int] = _system_ms,
        *,
        last: Hlc | None = None,
        max_drift_ms: int = DAY_MS,
    ) -> None:
        """``last``: the highest stamp already stored, so a restart with the wall clock
        set back still continues after it."""
        self._site = site
        self._now_ms = now_ms_fn
        self._max_drift_ms = max_drift_ms
        self._wall = last.wall_ms if last is not None else 0
        self._counter = last.counter if last is not None else 0
        self._lock = threading.Lock()
        Hlc(self._wall, self._counter, site)  # validates the site id

    @property
    def site(self) -> str:
        return self._site

    def _stamp(self, wall: int, counter: int) -> Hlc:
        if counter > MAX_COUNTER:  # borrow one millisecond rather than widen the format
            wall, counter = wall + 1, 0
        self._wall, self._counter = wall, counter
        return Hlc(wall, counter, self._site)

    def now(self) -> Hlc:
        """Stamp for a local event (send rule)."""
        with self._lock:
            physical = self._now_ms()
            if physical > self._wall:
                return self._stamp(physical, 0)
            return self._stamp(self._wall, self._counter + 1)

    def witness(self, seen: Hlc) -> None:
        """Make every later stamp order after ``seen`` without issuing one.

        For stamps read back from our own storage (the highest one written, by this or
        an earlier run, or by another window on the same database): unlike ``update`` it
        has no drift check, because our own past must never be undercut, however far
        ahead of the wall clock it is.
        """
        with self._lock:
            if (seen.wall_ms, seen.counter) > (self._wall, self._counter):
                self._wall, self._counter = seen.wall_ms, seen.counter

    def update(self, remote: Hlc) -> Hlc:
        """Stamp for receiving ``remote`` (receive rule): after both it and our past.

        Raises HlcDriftError for a stamp too far in the future, leaving the clock as is.
        """
        with self._lock:
            physical = self._now_ms()
            if is_too_far_in_future(remote, physical, self._max_drift_ms):
                raise HlcDriftError(
                    f"remote stamp {remote} is more than {self._max_drift_ms} ms ahead"
                )
            wall = max(self._wall, remote.wall_ms, physical)
            if wall == self._wall == remote.wall_ms:
                counter = max(self._counter, remote.counter) + 1
            elif wall == self._wall:
                counter = self._counter + 1
            elif wall == remote.wall_ms:
                counter = remote.counter + 1
            else:
                counter = 0
            return self._stamp(wall, counter)
