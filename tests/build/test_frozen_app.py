"""The PyInstaller build (build.spec) as a counter PC gets it: built into a temporary
folder, then started from there offscreen on fresh data folders — the version, the main
window opened and closed, the catalogue, a receipt PDF whose barcode a scanner reads."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from counterdesk import __version__
from tests import pdf_tools

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900), pytest.mark.sqlite_only]

ROOT = Path(__file__).resolve().parents[2]
NO_PYINSTALLER = "PyInstaller is not installed (it is in the test extra: pip install -e '.[test]')"


@dataclass(frozen=True)
class Build:
    folder: Path

    def run(
        self, program: str, *args: str, timeout: float = 180
    ) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("COUNTERDESK_")}
        env["QT_QPA_PLATFORM"] = "offscreen"
        return subprocess.run(
            [str(self.folder / program), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=timeout,
            check=False,
        )


def _size_mb(folder: Path) -> float:
    """What copying the folder takes (PyInstaller links some libraries: counted once)."""
    files = (f for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    return sum(f.stat().st_size for f in files) / 1e6


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config) -> Iterator[Build]:
    pytest.importorskip("PyInstaller", reason=NO_PYINSTALLER)
    if sys.platform.startswith("linux"):
        assert shutil.which("objcopy"), "PyInstaller needs objcopy on Linux: install binutils"
    work = tmp_path_factory.mktemp("pyinstaller")
    started = time.monotonic()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=840,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    folder = work / "dist" / "CounterDesk"
    seconds, size = time.monotonic() - started, _size_mb(folder)
    said = f"build.spec: {seconds:.0f} s, dist/CounterDesk {size:.0f} MB"
    capture = pytestconfig.pluginmanager.get_plugin("capturemanager")
    if capture is not None:  # shown in a plain `pytest -q` too (CI), not only with -s
        with capture.global_and_fixture_disabled():
            print(f"\n{said}", flush=True)
    else:
        print(said)
    yield Build(folder)


def test_both_programs_say_their_version(build: Build) -> None:
    for program in ("counterdesk-cli", "CounterDesk"):
        done = build.run(program, "--version")
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"CounterDesk {__version__}"


def test_main_window_opens_and_closes_on_a_fresh_data_folder(build: Build, tmp_path: Path) -> None:
    picture = tmp_path / "jendela.png"
    done = build.run(
        "CounterDesk", "--data-dir", str(tmp_path / "data"), "--demo", f"--smoke-test={picture}"
    )
    assert done.returncode == 0, done.stderr
    assert "jendela utama terbuka" in done.stderr
    assert picture.stat().st_size > 10_000  # a real picture of the window, not an empty one
    assert (tmp_path / "data" / "demo").is_dir()


def test_smoke_test_is_refused_without_demo(build: Build, tmp_path: Path) -> None:
    done = build.run("CounterDesk", "--data-dir", str(tmp_path), "--smoke-test")
    assert done.returncode == 2
    assert "--demo" in done.stderr


def test_catalog_list_names_the_services(build: Build) -> None:
    done = build.run("counterdesk-cli", "catalog", "list")
    assert done.returncode == 0, done.stderr
    assert "Sertifikasi Profesi" in done.stdout
    assert "layanan dari" in done.stdout


def test_reprinted_receipt_barcode_scans_as_its_number(build: Build, tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    listing = build.run("counterdesk-cli", "--data-dir", data, "--demo", "receipt", "list")
    assert listing.returncode == 0, listing.stderr
    number = listing.stdout.split()[0]
    out = tmp_path / "tanda-terima.pdf"
    done = build.run(
        "counterdesk-cli", "--data-dir", data, "--demo", "receipt", "pdf", number, "--out", str(out)
    )
    assert done.returncode == 0, done.stderr
    pdf = out.read_bytes()
    assert number in pdf_tools.all_text(pdf)
    assert number in [code.text for code in pdf_tools.decode(pdf)]


def test_the_server_driver_is_in_the_build(build: Build, tmp_path: Path) -> None:
    """An office server (PostgreSQL) is reached from the frozen programs too: with nothing
    listening on the port, the answer is "cannot be reached", not "driver missing"."""
    done = build.run(
        "counterdesk-cli",
        "--data-dir",
        str(tmp_path / "data"),
        "--database-url",
        "postgresql+psycopg://loket:sandi@127.0.0.1:9/counterdesk",
        "db",
        "info",
    )
    assert done.returncode == 2
    assert "belum terpasang" not in done.stderr and "Traceback" not in done.stderr
    assert "tidak dapat dihubungi" in done.stderr, done.stderr
