"""The compiled forms in gui/forms/ match ui/*.ui (run tools/build_forms.py if not)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _build_forms() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_forms", ROOT / "tools" / "build_forms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_form_is_compiled_and_fresh() -> None:
    stale = _build_forms().stale_forms()
    assert stale == [], "jalankan `python tools/build_forms.py`:\n" + "\n".join(stale)


def test_the_uic_version_line_does_not_count() -> None:
    build_forms = _build_forms()
    text = "# Generated\n## Created by: Qt User Interface Compiler version 6.12.0\nx = 1\n"
    other = text.replace("6.12.0", "6.99.1")
    assert build_forms.comparable(text) == build_forms.comparable(other)
    assert build_forms.comparable(text) != build_forms.comparable(text + "y = 2\n")
