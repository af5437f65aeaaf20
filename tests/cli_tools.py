"""Shared by the CLI tests: `counterdesk --demo …` as a real process on a data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_demo(data_dir: Path, *args: str, password: str = "") -> subprocess.CompletedProcess[str]:
    """Run `counterdesk --demo ARGS` with ``data_dir`` as its data folder and ``password``
    as COUNTERDESK_PASSWORD; stdout and stderr as text, the exit code not checked."""
    env = {**os.environ, "COUNTERDESK_DATA_DIR": str(data_dir), "COUNTERDESK_PASSWORD": password}
    return subprocess.run(
        [sys.executable, "-m", "counterdesk", "--demo", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
