"""Loading the installed catalogue, looking services up, and the `catalog` CLI."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pytest

from counterdesk import paths
from counterdesk.commands import catalog as catalog_command
from counterdesk.domain.errors import CatalogError, NotFound
from counterdesk.services.catalog import (
    check_catalog_file,
    clear_catalog_cache,
    load_catalog,
)

EXPECTED = {
    "sak/ujian": None,
    "sak/sertifikat": None,
    "sak/legalisasi": None,
    "sak/ralat": None,
    "sak/kehilangan": None,
    "sak/input-database": None,
    "balai-sertifikasi/produk-tipe-1": "14 hari kerja",
    "balai-sertifikasi/produk-tipe-5": "41 hari kerja",
    "balai-sertifikasi/person": "14 hari kerja",
    "balai-sertifikasi/bimtek": "20 hari kerja",
    "sertifikasi-pns/sertifikasi-profesi": "14–30 hari kerja",
    "informasi-bc-aceh/informasi": "2 hari kerja",
    "sertifikat-standar-kbli-28173/sertifikat-standar": "7 hari kerja",
}


def run_cli(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="counterdesk")
    catalog_command.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["catalog", *argv])
    return int(args.func(args))


def test_all_five_standards_load_with_expected_services() -> None:
    catalog = load_catalog()
    assert len(catalog.standards) == 5
    found = {
        e.full_code: (e.service.time_limit.label() if e.service.time_limit else None)
        for e in catalog.all_services()
    }
    assert found == EXPECTED


def test_default_catalog_is_cached_until_cleared() -> None:
    first = load_catalog()
    assert load_catalog() is first
    clear_catalog_cache()
    assert load_catalog() is not first


def test_find_service_by_full_or_unique_bare_code() -> None:
    catalog = load_catalog()
    entry = catalog.find_service("balai-sertifikasi/produk-tipe-5")
    assert entry.standard.code == "balai-sertifikasi" and entry.name == "Sertifikasi Produk Tipe 5"
    assert catalog.find_service("Legalisasi").full_code == "sak/legalisasi"
    assert entry.version == 3  # balai-sertifikasi v3: person certificates valid 3 years


def test_find_service_unknown_suggests_close_matches() -> None:
    with pytest.raises(NotFound) as info:
        load_catalog().find_service("sak/legalisai")
    assert "sak/legalisasi" in str(info.value)


def test_check_catalog_file_reports_file_name(tmp_path: Path) -> None:
    bad = tmp_path / "rusak.yaml"
    text = (paths.catalog_dir() / "sak.yaml").read_text(encoding="utf-8")
    bad.write_text(text.replace("name: Legalisasi sertifikat", "nama: Legalisasi"), "utf-8")
    with pytest.raises(CatalogError) as info:
        check_catalog_file(bad)
    message = str(info.value)
    assert "rusak.yaml: layanan 'legalisasi', kolom 'nama': kolom tidak dikenal" in message
    assert "kolom 'name': wajib diisi" in message


def test_file_name_must_match_standard_code(tmp_path: Path) -> None:
    shutil.copy(paths.catalog_dir() / "sak.yaml", tmp_path / "lain.yaml")
    with pytest.raises(
        CatalogError, match=r"lain\.yaml: kolom 'code': harus sama dengan nama file"
    ):
        load_catalog(tmp_path)


def test_empty_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="tidak ada file katalog"):
        load_catalog(tmp_path)


# --- CLI ------------------------------------------------------------------------------


def test_cli_list_shows_every_service_with_time_and_fee(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_cli("list") == 0
    out = capsys.readouterr().out
    for code in EXPECTED:
        assert code in out
    assert "41 hari kerja" in out and "14–30 hari kerja" in out
    assert "Gratis" in out and "sesuai PP 31/2017" in out
    assert "13 layanan dari 5 standar pelayanan" in out


def test_cli_show_prints_requirements_stages_and_complaints(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_cli("show", "sertifikat-standar-kbli-28173/sertifikat-standar") == 0
    out = capsys.readouterr().out
    assert "1. [wajib, umum] Skala usaha kecil atau menengah;" in out
    assert "[tidak wajib, umum]" in out
    assert "jam mulai setelah tahap ini selesai" in out
    assert "7 hari kerja" in out and "Biaya: Gratis" in out
    assert "30 hari kalender; lewat batas diperlakukan sebagai saran" in out
    assert "Ditanggapi paling lambat 14 hari kerja" in out


def test_cli_show_prints_survey_and_internal_components(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_cli("show", "sak/ujian") == 0
    out = capsys.readouterr().out
    assert "Survei kepuasan: skala 4, target 80% puas" in out
    assert "Jumlah pelaksana: 12 orang" in out
    assert "Ruang kelas ujian lengkap dengan meja dan kursi ujian" in out
    assert run_cli("show", "sak/legalisasi") == 0  # the survey applies to exam/certificate
    assert "Survei kepuasan" not in capsys.readouterr().out


def test_cli_show_marks_clock_pause(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("show", "balai-sertifikasi/produk-tipe-5") == 0
    out = capsys.readouterr().out
    assert "Pembayaran  ← jam berhenti selama tahap ini" in out
    assert "Kompensasi:" in out


def test_cli_show_lists_routes_apart_from_the_documents_and_their_rule(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_cli("show", "balai-sertifikasi/person") == 0
    out = capsys.readouterr().out
    routes, documents = out.split("Persyaratan (dokumen yang dibawa pemohon):")
    assert "Cara menyampaikan permohonan:" in routes
    assert "  - Email, Pos: Pengguna layanan menyampaikan surat permohonan" in routes
    assert "  - Datang langsung: Pengguna layanan datang langsung ke kantor" in routes
    assert "datang langsung ke kantor" not in documents
    assert "1. [wajib] Surat permohonan sertifikasi person" in documents
    assert "[wajib, turunan] Fotokopi KTP pemohon" in documents
    assert "dasar: SNI ISO/IEC 17024:2012 butir 9.1" in documents


def test_cli_show_unknown_code_suggests_and_fails(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("show", "legalisai") == 1
    err = capsys.readouterr().err
    assert "Layanan 'legalisai' tidak ada di katalog" in err
    assert "sak/legalisasi" in err


def test_cli_check_ok_and_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("check", str(paths.catalog_dir() / "sertifikasi-pns.yaml")) == 0
    assert capsys.readouterr().out.startswith("OK: sertifikasi-pns.yaml")

    bad = tmp_path / "sertifikasi-pns.yaml"
    text = (paths.catalog_dir() / "sertifikasi-pns.yaml").read_text(encoding="utf-8")
    bad.write_text(text.replace("max_days: 30", "max_days: tiga puluh"), "utf-8")
    assert run_cli("check", str(bad)) == 1
    err = capsys.readouterr().err
    assert "sertifikasi-pns.yaml: layanan 'sertifikasi-profesi', kolom 'time_limit.max_days'" in err


def test_cli_list_with_broken_catalog_dir_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "x.yaml").write_text("code: [\n", "utf-8")
    assert run_cli("list", "--catalog-dir", str(tmp_path)) == 1
    assert "x.yaml, baris" in capsys.readouterr().err
