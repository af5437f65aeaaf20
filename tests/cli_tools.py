"""Shared by the CLI tests: `counterdesk --demo …` as a real process on a data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from counterdesk.services.runtime import Runtime, database_path
from tests import databases


def run_demo(data_dir: Path, *args: str, password: str = "") -> subprocess.CompletedProcess[str]:
    """Run `counterdesk --demo ARGS` with ``data_dir`` as its data folder (on a server: a
    database of its own for that folder, filled with the demo office) and ``password``
    as COUNTERDESK_PASSWORD; stdout and stderr as text, the exit code not checked."""
    env = {**os.environ, "COUNTERDESK_DATA_DIR": str(data_dir), "COUNTERDESK_PASSWORD": password}
    server = ["--database-url", databases.demo_database(data_dir)] if databases.on_server() else []
    return subprocess.run(
        [sys.executable, "-m", "counterdesk", *server, "--demo", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def open_demo(data_dir: Path) -> Runtime:
    """The demo database ``run_demo`` used for ``data_dir``, opened in this process."""
    if databases.on_server():
        return Runtime.open(database_url=databases.demo_database(data_dir))
    return Runtime.open(database_file=database_path(data_dir, demo=True))
