"""`counterdesk receipt list|pdf` (a reprint when the printer jammed) and the hidden
--smoke-test's refusal without --demo, from the source tree."""

from __future__ import annotations

from pathlib import Path

import pytest

from counterdesk import cli
from tests import pdf_tools
from tests.cli_tools import run_demo

pytestmark = pytest.mark.sqlite_only  # the demo data folder (SQLite), run once


def test_receipt_list_and_reprint(tmp_path: Path) -> None:
    listing = run_demo(tmp_path, "receipt", "list", "--limit", "2")
    assert listing.returncode == 0, listing.stderr
    lines = listing.stdout.splitlines()
    assert len(lines) == 2
    number = lines[0].split()[0]
    out = tmp_path / "ulang.pdf"
    done = run_demo(tmp_path, "receipt", "pdf", number.lower(), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert f"Tersimpan: {out}" in done.stdout
    pdf = out.read_bytes()
    assert "TANDA TERIMA" in pdf_tools.all_text(pdf).upper()
    assert [code.text for code in pdf_tools.decode(pdf)] == [number]


def test_a_wrong_receipt_number_says_where_to_find_the_right_one(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    done = run_demo(tmp_path, "receipt", "pdf", "TT-L09-26-999999X", "--out", str(out))
    assert done.returncode == 1
    assert "TT-L09-26-999999X tidak ada" in done.stderr
    assert "counterdesk receipt list" in done.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    "argv", [["--smoke-test"], ["--smoke-test=x.png"], ["--demo", "--smoke-test=", "db", "info"]]
)
def test_smoke_test_is_refused_without_demo_or_with_a_command(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(argv) == 2
    assert "--smoke-test hanya bersama --demo" in capsys.readouterr().err
