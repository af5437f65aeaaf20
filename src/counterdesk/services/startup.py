"""Opening the desk: the catalogue checked, the database opened (checked, copied aside
before an upgrade, upgraded), the demo filled on first use. One use case, run by the GUI
on a worker thread while the login screen shows what it is doing, and usable without Qt."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime
    from counterdesk.services.startup_checks import DiskUsageOf

Report = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class OpenOptions:
    data_dir: Path | None = None
    database_url: str | None = None
    database_file: Path | None = None  # another file the user chose after an error
    demo: bool = False
    demo_reset: bool = False


def open_desk(
    options: OpenOptions,
    report: Report = lambda _text: None,
    disk_usage: DiskUsageOf = shutil.disk_usage,
) -> Runtime:
    """Raises ``CatalogError`` (an invalid catalogue file, named) before any database is
    touched, and ``StartupProblemError`` (a ``DatabaseError``) for a data folder that
    cannot be written or is full, or a file that cannot be opened (left untouched; the
    latest good backup named). The file's ``quick_check`` is not run here: it takes
    seconds on a large database (``startup_checks.after_open`` runs it behind the login)."""
    from counterdesk.services import startup_checks
    from counterdesk.services.catalog import load_catalog
    from counterdesk.services.runtime import Runtime, database_path

    report("Memeriksa katalog layanan…")
    load_catalog()
    url = None if options.database_file else options.database_url
    database = startup_checks.sqlite_file(
        url, lambda: options.database_file or database_path(options.data_dir, demo=options.demo)
    )
    report("Memeriksa folder data dan membuka database…")
    runtime, _warnings = startup_checks.open_checked(  # warned again behind the login
        database,
        lambda: Runtime.open(
            data_dir=options.data_dir,
            database_url=url,
            database_file=options.database_file,
            demo=options.demo,
        ),
        integrity=False,
        disk_usage=disk_usage,
    )
    if options.demo:
        from counterdesk.services import demo_data

        if options.demo_reset or not runtime.is_initialized():
            report("Menyiapkan data demo (sekali saja, beberapa detik)…")
        demo_data.ensure_demo(runtime, options.demo_reset)
    return runtime
