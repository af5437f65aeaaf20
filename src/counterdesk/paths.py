"""The one place that finds resources/, ui/ and db/ and the user's data directory.

Three layouts are supported: a source checkout (editable install), an installed wheel
(the folders are packed under ``counterdesk/_data``) and a PyInstaller bundle
(``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "CounterDesk"
DATA_DIR_ENV = "COUNTERDESK_DATA_DIR"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidate_roots() -> list[Path]:
    roots: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    roots.append(_PACKAGE_DIR / "_data")  # installed wheel
    roots.append(_PACKAGE_DIR.parent.parent)  # checkout: src/counterdesk -> repo root
    return roots


def _find(folder: str) -> Path:
    for root in _candidate_roots():
        candidate = root / folder
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"Folder '{folder}' CounterDesk tidak ditemukan; pasang ulang aplikasi."
    )


def resources_dir() -> Path:
    return _find("resources")


def ui_dir() -> Path:
    return _find("ui")


def db_dir() -> Path:
    """The Alembic environment (env.py, versions/)."""
    return _find("db")


def catalog_dir() -> Path:
    return resources_dir() / "catalog"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def default_data_dir() -> Path:
    """The user data directory, overridable with COUNTERDESK_DATA_DIR."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))
