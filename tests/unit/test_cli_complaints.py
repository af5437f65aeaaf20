"""`counterdesk complaint add|list` as an admin entering a complaint box uses them: a real
process on the demo database."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_tools import run_demo as run


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database for the module (filled by the first command)."""
    data_dir = tmp_path_factory.mktemp("cli-complaints")
    assert run(data_dir, "complaint", "list").returncode == 0
    return data_dir


def test_a_complaint_box_note_without_identity_is_a_suggestion(demo: Path) -> None:
    result = run(
        demo, "complaint", "add", "--channel", "kotak_saran", "--received", "2026-11-02",
        "--matter", "Ruang tunggu panas, mohon kipas angin", "--as", "admin",
        password="admin1234",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Tercatat: ADU-") and lines[0].endswith("— Saran/masukan")
    assert "Alasan  : Tanpa identitas pelapor: dicatat sebagai saran/masukan." in lines
    assert "Batas   : tanpa batas waktu jawaban (saran/masukan)" in lines


def test_a_complaint_prints_its_reason_and_the_14_working_day_deadline(demo: Path) -> None:
    result = run(
        demo, "complaint", "add", "--channel", "surat", "--received", "2026-11-02 10:30",
        "--service", "sertifikat-standar-kbli-28173", "--service-date", "2026-10-03",
        "--name", "Hendra Gunawan", "--nik", "3174051203900001", "--phone", "0812-3456-7890",
        "--matter", "Diminta biaya di luar tarif resmi", "--as", "petugas",
        password="petugas123",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "— Pengaduan" in result.stdout
    assert "paling lambat 14 hari kerja, yaitu Jumat, 20 November 2026" in result.stdout
    assert "Batas   : Jumat, 20 November 2026" in result.stdout


def test_day_31_after_the_service_is_a_suggestion(demo: Path) -> None:
    result = run(
        demo, "complaint", "add", "--channel", "email", "--received", "2026-11-02",
        "--service", "sertifikat-standar-kbli-28173", "--service-date", "2026-10-02",
        "--name", "Hendra Gunawan", "--matter", "Sertifikat salah ketik", "--as", "petugas",
        password="petugas123",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Diterima 31 hari setelah layanan (batas 30 hari): dicatat sebagai saran." in (
        result.stdout
    )


@pytest.mark.parametrize(
    ("channel", "nik", "message"),
    [
        (
            "merpati",
            "",
            "Galat: Saluran 'merpati' tidak dikenal; pilih salah satu: datang_langsung",
        ),
        ("surat", "12345", "Galat: NIK harus 16 angka"),
    ],
)
def test_bad_input_says_what_is_wrong(demo: Path, channel: str, nik: str, message: str) -> None:
    result = run(
        demo, "complaint", "add", "--channel", channel, "--received", "2026-11-02",
        "--name", "Budi", "--nik", nik, "--matter", "Antrean tidak tertib", "--as", "petugas",
        password="petugas123",
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.startswith(message)


def test_the_list_masks_confidential_content_unless_a_supervisor_asks(demo: Path) -> None:
    result = run(
        demo, "complaint", "add", "--channel", "datang_langsung", "--received", "2026-11-03",
        "--name", "Pelapor Rahasia", "--matter", "Dugaan pungli di loket", "--anonim",
        "--rahasia", "--as", "petugas",
        password="petugas123",
    )  # fmt: skip
    number = result.stdout.split()[1]
    masked = run(demo, "complaint", "list", "--open")
    assert masked.returncode == 0, masked.stderr
    line = next(row for row in masked.stdout.splitlines() if row.startswith(number))
    assert "(dirahasiakan)" in line and "(isi dirahasiakan — hanya atasan)" in line
    assert "Pelapor Rahasia" not in masked.stdout and "pungli" not in masked.stdout
    assert "belum dijawab" in masked.stdout.splitlines()[-2]
    boss = run(demo, "complaint", "list", "--as", "atasan", password="atasan123")
    line = next(row for row in boss.stdout.splitlines() if row.startswith(number))
    assert "Pelapor Rahasia" in line and "Dugaan pungli di loket" in line


def test_report_is_wired_under_complaint(demo: Path) -> None:
    result = run(demo, "complaint", "--help")
    assert result.returncode == 0
    assert "add" in result.stdout and "list" in result.stdout and "report" in result.stdout
