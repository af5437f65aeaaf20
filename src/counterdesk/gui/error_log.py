"""The log an officer can send to the admin: ``<data dir>/logs/galat.log``."""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path

from counterdesk.paths import default_data_dir


def error_log_path() -> Path:
    return default_data_dir() / "logs" / "galat.log"


def log_error(error: BaseException, what: str = "") -> Path:
    """Append the error with its traceback; returns the log's path (to name it)."""
    log = error_log_path()
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("a", encoding="utf-8") as fh:
        fh.write(f"--- {datetime.now().isoformat(timespec='seconds')} {what}\n")
        fh.write("".join(traceback.format_exception(error)) + "\n")
    return log
