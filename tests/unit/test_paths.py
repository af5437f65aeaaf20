"""paths finds resources/, ui/ and db/ in a checkout, a wheel and a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from counterdesk import paths


def _layout(root: Path) -> None:
    for folder in ("resources/catalog", "ui", "db"):
        (root / folder).mkdir(parents=True)


def test_checkout_layout_is_found() -> None:
    assert (paths.catalog_dir() / "sak.yaml").is_file()
    assert (paths.db_dir() / "env.py").is_file()
    assert (paths.ui_dir() / "main_window.ui").is_file()


def test_wheel_layout_is_preferred_over_checkout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site-packages" / "counterdesk"
    _layout(package / "_data")
    monkeypatch.setattr(paths, "_PACKAGE_DIR", package)
    assert paths.resources_dir() == package / "_data" / "resources"
    assert paths.db_dir() == package / "_data" / "db"


def test_frozen_bundle_layout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _layout(tmp_path / "bundle")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    monkeypatch.setattr(paths, "_PACKAGE_DIR", tmp_path / "nowhere" / "counterdesk")
    assert paths.ui_dir() == tmp_path / "bundle" / "ui"


def test_missing_folder_says_to_reinstall(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "_PACKAGE_DIR", tmp_path / "a" / "b" / "counterdesk")
    with pytest.raises(FileNotFoundError, match="pasang ulang"):
        paths.ui_dir()


def test_data_dir_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "x"))
    assert paths.default_data_dir() == tmp_path / "x"
