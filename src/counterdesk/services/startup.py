"""Opening the desk: the catalogue checked, the database opened (checked, copied aside
before an upgrade, upgraded), the demo filled on first use. One use case, run by the GUI
on a worker thread while the login screen shows what it is doing, and usable without Qt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime

Report = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class OpenOptions:
    data_dir: Path | None = None
    database_url: str | None = None
    database_file: Path | None = None  # another file the user chose after an error
    demo: bool = False
    demo_reset: bool = False


def open_desk(options: OpenOptions, report: Report = lambda _text: None) -> Runtime:
    """Raises ``CatalogError`` (an invalid catalogue file, named) before any database is
    touched, and ``DatabaseError`` for a file that cannot be opened (left untouched)."""
    from counterdesk.services.catalog import load_catalog
    from counterdesk.services.runtime import Runtime

    report("Memeriksa katalog layanan…")
    load_catalog()
    report("Membuka database…")
    runtime = Runtime.open(
        data_dir=options.data_dir,
        database_url=None if options.database_file else options.database_url,
        database_file=options.database_file,
        demo=options.demo,
    )
    if options.demo:
        from counterdesk.services import demo_data

        if options.demo_reset or not runtime.is_initialized():
            report("Menyiapkan data demo (sekali saja, beberapa detik)…")
        demo_data.ensure_demo(runtime, options.demo_reset)
    return runtime
