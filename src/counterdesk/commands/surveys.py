"""`counterdesk survey` commands (issue 10); filled in by the Pengaduan work."""

from __future__ import annotations

from typing import Any


def register(sub: Any) -> None:
    """Registered once the commands exist."""
