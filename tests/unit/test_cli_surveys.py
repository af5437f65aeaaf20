"""`counterdesk survey add|report` as an admin enters a batch of paper questionnaires and
prints the quarter's report: a real process on the demo database."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest

from tests import pdf_tools
from tests.cli_tools import run_demo as run

ALL_TIME = ("--from", "2020-01-01", "--to", "2099-12-31")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("cli-surveys")
    assert run(data_dir, "survey", "report", "--as", "atasan", password="atasan123").returncode == 0
    return data_dir


def _respondents(report: str) -> int:
    line = next(line for line in report.splitlines() if line.startswith("Responden "))
    return int(line.split(":")[1])


def test_a_paper_questionnaire_is_added_and_counted(demo: Path) -> None:
    before = run(demo, "survey", "report", *ALL_TIME, "--service", "sak", "--as", "atasan",
                 password="atasan123")  # fmt: skip
    added = run(
        demo, "survey", "add", "--service", "sak/sertifikat", "--answers", "4,3,4,4,3,4,4,3,4",
        "--sex", "p", "--age", "30-39", "--education", "S1", "--occupation", "pns",
        "--date", "2026-11-20", "--as", "petugas", password="petugas123",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "Tersimpan: jawaban survei 4,3,4,4,3,4,4,3,4" in added.stdout
    after = run(demo, "survey", "report", *ALL_TIME, "--service", "sak", "--as", "atasan",
                password="atasan123")  # fmt: skip
    assert after.returncode == 0, after.stderr
    assert _respondents(after.stdout) == _respondents(before.stdout) + 1
    text = after.stdout
    assert "U1 Persyaratan" in text and "U9 Penanganan pengaduan" in text
    ikm = next(line for line in text.splitlines() if line.startswith("IKM"))
    value = ikm.split(":")[1].split()[0]
    assert "," in value and len(value.split(",")[1]) == 2  # two decimals
    assert "Mutu pelayanan   :" in text and "Responden puas" in text and "target 80%" in text
    assert "1/9" in text  # the weighting and rounding rule


@pytest.mark.parametrize(
    ("answers", "words"),
    [
        ("4,3,4,4,3,4,4,3", "Unsur 9 (Penanganan pengaduan, saran dan masukan): belum dijawab"),
        ("4,3,4,4,5,4,4,3,4", "Unsur 5 (Produk spesifikasi jenis pelayanan): nilai 5 di luar"),
        ("4,3,4,4,3,4,4,3,4,4", "Terlalu banyak jawaban: 10"),
        ("4,3,x,4,3,4,4,3,4", "Unsur 3 (Waktu penyelesaian): nilai 'x' bukan angka bulat"),
    ],
)
def test_a_wrong_answer_is_refused_naming_the_element(demo: Path, answers: str, words: str) -> None:
    result = run(demo, "survey", "add", "--service", "sak/sertifikat", "--answers", answers,
                 "--as", "petugas", password="petugas123")  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.startswith("Galat: ") and words in result.stderr


def test_the_report_as_pdf_and_xlsx(demo: Path, tmp_path: Path) -> None:
    pdf_path, xlsx_path = tmp_path / "skm.pdf", tmp_path / "skm.xlsx"
    for fmt, out in (("pdf", pdf_path), ("xlsx", xlsx_path)):
        result = run(demo, "survey", "report", *ALL_TIME, "--format", fmt, "--out", str(out),
                     "--as", "atasan", password="atasan123")  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert f"Tersimpan: {out}" in result.stdout
    text = pdf_tools.all_text(pdf_path.read_bytes())
    assert "LAPORAN SURVEI KEPUASAN MASYARAKAT" in text and "Per layanan" in text
    from openpyxl import load_workbook

    book = load_workbook(BytesIO(xlsx_path.read_bytes()))
    assert book.sheetnames[:2] == ["IKM", "Profil responden"]
    missing = run(demo, "survey", "report", "--format", "pdf", "--as", "atasan",
                  password="atasan123")  # fmt: skip
    assert missing.returncode == 2 and "tambahkan --out BERKAS" in missing.stderr
