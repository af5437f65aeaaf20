"""Compile every Qt Designer form in ui/ into src/counterdesk/gui/forms/<name>_ui.py.

    python tools/build_forms.py            # regenerate the forms
    python tools/build_forms.py --check    # exit 1 and list forms that are stale

The generated modules are committed (the app and the frozen build need no uic at run
time). Each starts with a do-not-edit line naming its source. The staleness check ignores
the line in which uic prints its own version, so a patch release of PySide6 does not mark
every form stale.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "src" / "counterdesk" / "gui" / "forms"
SUFFIX = "_ui.py"
_UIC_VERSION_MARK = "Created by: Qt User Interface Compiler version"
INIT_TEXT = (
    '"""Python forms generated from ui/*.ui by tools/build_forms.py — DO NOT EDIT.\n\n'
    'Edit the .ui file in Qt Designer, then run ``python tools/build_forms.py``."""\n'
)


def _uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-uic"
    )
    if found is None:
        raise SystemExit("pyside6-uic tidak ditemukan; pasang PySide6 di virtualenv ini.")
    return found


def ui_files() -> list[Path]:
    return sorted(UI_DIR.rglob("*.ui"))


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"{ui_file.stem}{SUFFIX}"


def render(ui_file: Path) -> str:
    """The text of the generated module for one form (deterministic: relative paths)."""
    relative = ui_file.relative_to(ROOT).as_posix()
    result = subprocess.run(
        [_uic(), "-g", "python", relative],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    header = f"# Generated from {relative} by tools/build_forms.py — DO NOT EDIT.\n"
    return header + result.stdout


def comparable(text: str) -> list[str]:
    """The generated text without the uic version line."""
    return [line for line in text.splitlines() if _UIC_VERSION_MARK not in line]


def _check_unique_names(files: list[Path]) -> None:
    seen: dict[str, Path] = {}
    for ui_file in files:
        other = seen.setdefault(ui_file.stem, ui_file)
        if other != ui_file:
            raise SystemExit(f"Dua form bernama sama: {other} dan {ui_file}; ganti salah satu.")


def stale_forms() -> list[str]:
    """Forms whose generated module is missing or differs; generated modules without .ui."""
    files = ui_files()
    _check_unique_names(files)
    problems: list[str] = []
    for ui_file in files:
        target = target_for(ui_file)
        if not target.exists():
            problems.append(f"{target.relative_to(ROOT)} belum dibuat dari {ui_file.name}")
        elif comparable(target.read_text(encoding="utf-8")) != comparable(render(ui_file)):
            problems.append(f"{target.relative_to(ROOT)} usang terhadap {ui_file.name}")
    expected = {target_for(f).name for f in files}
    for generated in sorted(FORMS_DIR.glob(f"*{SUFFIX}")):
        if generated.name not in expected:
            problems.append(f"{generated.relative_to(ROOT)} tidak punya berkas .ui lagi")
    init = FORMS_DIR / "__init__.py"
    if not init.exists() or init.read_text(encoding="utf-8") != INIT_TEXT:
        problems.append(f"{init.relative_to(ROOT)} perlu dibuat ulang")
    return problems


def build() -> list[Path]:
    files = ui_files()
    _check_unique_names(files)
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    written = []
    for ui_file in files:
        target = target_for(ui_file)
        text = render(ui_file)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
            written.append(target)
    expected = {target_for(f).name for f in files}
    for generated in FORMS_DIR.glob(f"*{SUFFIX}"):
        if generated.name not in expected:
            generated.unlink()
    (FORMS_DIR / "__init__.py").write_text(INIT_TEXT, encoding="utf-8")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report stale forms, write nothing")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale_forms()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    for path in build():
        print(f"ditulis: {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
