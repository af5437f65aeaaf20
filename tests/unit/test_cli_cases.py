"""`counterdesk minutes …` and `counterdesk case …` as an admin script uses them: a real
process on the demo database."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import pdf_tools
from tests.cli_tools import run_demo as run


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database for the module (filled by the first command)."""
    data_dir = tmp_path_factory.mktemp("cli-cases")
    assert run(data_dir, "minutes", "list").returncode == 0
    return data_dir


def _numbers(listing: str, *words: str) -> list[str]:
    return [line.split()[0] for line in listing.splitlines() if all(w in line for w in words)]


def test_minutes_list_newest_first_with_status(demo: Path) -> None:
    result = run(demo, "minutes", "list")
    assert result.returncode == 0, result.stderr
    assert "Ditandatangani" in result.stdout and "Draf" in result.stdout
    assert "Diubah (ada BA perubahan)" in result.stdout and "perubahan atas" in result.stdout
    assert "7 berita acara; 3 masih draf." in result.stdout
    assert result.stderr == ""  # no warnings leak onto the admin's terminal


def test_minutes_pdf_on_f4_names_the_number(demo: Path, tmp_path: Path) -> None:
    listing = run(demo, "minutes", "list").stdout
    number = _numbers(listing, "Ditandatangani", "Sertifikat Hilang")[0]
    out = tmp_path / "ba.pdf"
    result = run(
        demo, "minutes", "pdf", number, "--out", str(out), "--kertas", "f4", "--as", "petugas",
        password="petugas123",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"Tersimpan: {out}" in result.stdout and "kertas F4" in result.stdout
    pdf = out.read_bytes()
    text = pdf_tools.all_text(pdf)
    assert f"Nomor: {number}" in text and "Pada hari ini" in text and "Nur Aini" in text
    assert pdf_tools.page_size_mm(pdf) == (215, 330)


def test_a_draft_minutes_pdf_is_refused_with_what_to_do(demo: Path, tmp_path: Path) -> None:
    number = _numbers(run(demo, "minutes", "list").stdout, "Draf")[0]
    out = tmp_path / "draf.pdf"
    result = run(
        demo, "minutes", "pdf", number, "--out", str(out), "--as", "petugas",
        password="petugas123",
    )  # fmt: skip
    assert result.returncode == 2
    assert "Galat:" in result.stderr and "masih draf" in result.stderr
    assert "Tandatangani (kunci) dulu" in result.stderr and not out.exists()


def test_case_list_and_the_correction_letter_by_its_letter_number(
    demo: Path, tmp_path: Path
) -> None:
    listing = run(demo, "case", "list")
    assert listing.returncode == 0, listing.stderr
    lines = listing.stdout.splitlines()
    assert "Diajukan" in lines[0] and "Disetujui" in lines[-1]  # open cases first
    letter = next(line for line in lines if "Ralat" in line).split("surat ")[-1].strip()
    out = tmp_path / "ralat.pdf"
    result = run(
        demo, "case", "pdf", letter, "--out", str(out), "--as", "atasan", password="atasan123"
    )
    assert result.returncode == 0, result.stderr
    text = pdf_tools.all_text(out.read_bytes())
    assert "SURAT KETERANGAN RALAT" in text and letter in text and "Kabupaten Bogor" in text


def test_legalisation_labels_one_per_copy(demo: Path, tmp_path: Path) -> None:
    listing = run(demo, "case", "list").stdout
    number = _numbers(listing, "Legalisasi", "Disetujui")[0]
    out = tmp_path / "label.pdf"
    result = run(
        demo, "case", "pdf", number, "--out", str(out), "--as", "atasan", password="atasan123"
    )
    assert result.returncode == 0, result.stderr
    assert "2 salinan" in result.stdout
    decoded = [d.text for d in pdf_tools.decode(out.read_bytes())]
    assert len(decoded) == 2 and all("/LEG/" in code for code in decoded)


def test_bad_case_numbers_and_passwords_say_galat(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    unknown = run(
        demo, "case", "pdf", "SK-D01-26-999999X", "--out", str(out), "--as", "atasan",
        password="atasan123",
    )  # fmt: skip
    assert unknown.returncode == 2 and "tidak ditemukan" in unknown.stderr
    waiting = _numbers(run(demo, "case", "list").stdout, "lapis 2")[0]
    pending = run(
        demo, "case", "pdf", waiting, "--out", str(out), "--as", "atasan", password="atasan123"
    )
    assert pending.returncode == 2 and "belum dapat dicetak" in pending.stderr
    wrong = run(
        demo, "case", "pdf", waiting, "--out", str(out), "--as", "atasan", password="salah123"
    )
    assert wrong.returncode == 2 and wrong.stderr.startswith("Galat:")
    assert not out.exists()


def test_admin_sets_a_letter_pattern_and_a_bad_one_is_refused(demo: Path) -> None:
    bad = run(demo, "letter", "set", "BA", "{seq}/BA/{year}", "--as", "admin", password="admin1234")
    assert bad.returncode == 2 and "kode loket {counter}" in bad.stderr
    good = run(
        demo, "letter", "set", "LEG", "LEG-{seq:04}/{counter}/{year}", "--as", "admin",
        password="admin1234",
    )  # fmt: skip
    assert good.returncode == 0, good.stderr
    listing = run(demo, "letter", "list").stdout
    assert "LEG-{seq:04}/{counter}/{year}  (pola kantor" in listing
    assert "{seq:03}/BA/{unit}/{counter}/{month_roman}/{year}  (bawaan" in listing
