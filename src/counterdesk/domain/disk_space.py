"""How much free space the data folder needs: a pure rule over two numbers.

Below a hard floor the app must not start writing (a transaction, the WAL or a backup
could fail half-way on a full disk). Below the warning level it still starts, but says so:
every backup is a full copy of the database, so the folder needs room for about two more.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

MB = 1024 * 1024
HARD_FLOOR_BYTES = 50 * MB
"""Under this the app refuses to write to the folder."""
WARN_FLOOR_BYTES = 500 * MB
"""Under this (or under twice the database) the app warns."""


class SpaceVerdict(Enum):
    OK = "ok"
    LOW = "low"  # start, but warn: backups may soon fail
    FULL = "full"  # do not start writing


@dataclass(frozen=True, slots=True)
class SpaceCheck:
    verdict: SpaceVerdict
    free_bytes: int
    wanted_bytes: int  # the free space below which it warns


def judge_free_space(free_bytes: int, database_bytes: int) -> SpaceCheck:
    """Hard floor 50 MB; warn below max(500 MB, 2 × the database)."""
    wanted = max(WARN_FLOOR_BYTES, 2 * max(database_bytes, 0))
    if free_bytes < HARD_FLOOR_BYTES:
        verdict = SpaceVerdict.FULL
    elif free_bytes < wanted:
        verdict = SpaceVerdict.LOW
    else:
        verdict = SpaceVerdict.OK
    return SpaceCheck(verdict, free_bytes, wanted)


def format_size(size_bytes: int) -> str:
    """A size as an officer reads it: '820 KB', '12 MB', '1,6 GB' (Indonesian comma)."""
    if size_bytes < MB:
        return f"{max(size_bytes, 0) // 1024} KB"
    if size_bytes < 1024 * MB:
        return f"{size_bytes / MB:.0f} MB"
    return f"{size_bytes / (1024 * MB):.1f} GB".replace(".", ",")
