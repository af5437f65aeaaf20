"""`counterdesk certificate …` as staff and scripts use it: real processes on the demo
database. `verify` prints the verdict in Indonesian and exits 0 only when the certificate
is valid, 1 when it is not, 2 (Galat) when the input is not a serial or a payload."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from counterdesk.domain.numbers import ParsedNumber
from counterdesk.domain.payload import decode_claim, encode_claim, signed_text
from counterdesk.services import signing
from counterdesk.services.runtime import Runtime
from counterdesk.store.models import Certificate
from tests import pdf_tools
from tests.cli_tools import open_demo
from tests.cli_tools import run_demo as run

VALID_SERIAL = "SAK-2015-0101"  # the demo's historic certificates
CORRECTED_SERIAL = "SAK-2019-0105"  # its birth place was corrected by an approved ralat


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database for the module (filled by the first command)."""
    data_dir = tmp_path_factory.mktemp("cli-certificates")
    assert run(data_dir, "certificate", "list").returncode == 0
    return data_dir


@pytest.fixture(scope="module")
def demo_runtime(demo: Path) -> Iterator[Runtime]:
    """The same demo database opened here, to sign a payload as the printing would."""
    runtime = open_demo(demo)
    yield runtime
    runtime.close()


def _payload(runtime: Runtime, serial: str) -> str:
    with runtime.unit() as s:
        cert = s.scalar(select(Certificate).where(Certificate.serial == serial))
        assert cert is not None
        return signing.certificate_payload(s, cert)


def test_list_shows_the_registry_not_printed_first(demo: Path) -> None:
    result = run(demo, "certificate", "list")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "Belum dicetak" in lines[0]
    assert VALID_SERIAL in result.stdout
    assert lines[-1].endswith("belum dicetak.") and "sertifikat;" in lines[-1]
    found = run(demo, "certificate", "list", "--cari", "zzz-tidak-ada")
    assert found.returncode == 0 and "Tidak ada sertifikat yang cocok" in found.stdout


def test_a_valid_serial_exits_0_with_holder_and_dates(demo: Path) -> None:
    result = run(demo, "certificate", "verify", VALID_SERIAL.lower())
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "SAH"
    assert "Ahmad Fauzi" in result.stdout and "10 Maret 2015" in result.stdout


def test_a_corrected_certificate_names_its_current_values(demo: Path) -> None:
    result = run(demo, "certificate", "verify", CORRECTED_SERIAL)
    assert result.returncode == 0, result.stderr  # a ralat keeps it valid
    assert "DIRALAT" in result.stdout and "Tempat lahir sekarang: Kabupaten Bogor" in result.stdout


def test_an_unknown_serial_exits_1(demo: Path) -> None:
    serial = ParsedNumber("SRT", "D01", 26, 999_999).text
    result = run(demo, "certificate", "verify", serial)
    assert result.returncode == 1
    assert "TIDAK DIKENAL" in result.stdout and serial in result.stdout


def test_bad_input_says_galat_and_exits_2(demo: Path) -> None:
    mistyped = ParsedNumber("SRT", "D01", 26, 2).text
    mistyped = mistyped[:-1] + ("A" if mistyped[-1] != "A" else "B")
    for text in ("", mistyped):
        result = run(demo, "certificate", "verify", text)
        assert result.returncode == 2 and result.stderr.startswith("Galat: ")
        assert result.stdout == ""


def test_a_scanned_payload_verifies_and_one_changed_character_fails(
    demo: Path, demo_runtime: Runtime
) -> None:
    payload = _payload(demo_runtime, VALID_SERIAL)
    result = run(demo, "certificate", "verify", payload)
    assert result.returncode == 0, result.stderr
    assert "SAH" in result.stdout and "tanda tangan kode QR benar" in result.stdout
    unquoted = run(demo, "certificate", "verify", *payload.split(" "))  # the name's spaces
    assert unquoted.returncode == 0 and "SAH" in unquoted.stdout, unquoted.stderr
    for i in (len("C1") + 2, payload.index("+") + 1, len(payload) - 1):
        changed = payload[:i] + ("Q" if payload[i] != "Q" else "R") + payload[i + 1 :]
        bad = run(demo, "certificate", "verify", changed)
        assert bad.returncode in (1, 2) and "SAH\n" not in bad.stdout
        assert "TIDAK SAH" in bad.stdout or "Galat:" in bad.stderr


def test_a_payload_signed_by_an_unknown_key_is_reported_so(
    demo: Path, demo_runtime: Runtime
) -> None:
    claim, _signed, _sig = decode_claim(_payload(demo_runtime, VALID_SERIAL))
    stranger = Ed25519PrivateKey.generate()
    claim = replace(claim, key_id=signing.key_id(stranger.public_key().public_bytes_raw()))
    forged = encode_claim(claim, stranger.sign(signed_text(claim).encode("ascii")))
    result = run(demo, "certificate", "verify", forged)
    assert result.returncode == 1
    assert "kunci penanda tangan tidak dikenal" in result.stdout


# --- printing (last: it changes the demo's print counts) ------------------------------------

TO_PRINT = "SRT-D01-26-000002V"  # the demo's issued, not yet printed Sertifikat Ahli Kepabeanan


def test_pdf_prints_codes_that_verify_and_a_reprint_needs_a_reason(
    demo: Path, tmp_path: Path
) -> None:
    out = tmp_path / "sertifikat.pdf"
    printed = run(
        demo, "certificate", "pdf", TO_PRINT.lower(), "--out", str(out), "--as", "cetak",
        password="cetak1234",
    )  # fmt: skip
    assert printed.returncode == 0, printed.stderr
    assert f"Tersimpan: {out}" in printed.stdout and "1 sertifikat, kertas A4" in printed.stdout
    codes = {d.text for d in pdf_tools.decode(out.read_bytes())}
    assert TO_PRINT in codes
    payload = next(c for c in codes if c.startswith("C1"))
    verified = run(demo, "certificate", "verify", payload)
    assert verified.returncode == 0 and "Dewi Lestari" in verified.stdout, verified.stderr
    again = run(
        demo, "certificate", "pdf", TO_PRINT, "--out", str(out), "--as", "cetak",
        password="cetak1234",
    )  # fmt: skip
    assert again.returncode == 2 and "memerlukan alasan" in again.stderr
    reprint = run(
        demo, "certificate", "pdf", TO_PRINT, "--out", str(out), "--kertas", "f4",
        "--alasan", "kertas macet", "--as", "cetak", password="cetak1234",
    )  # fmt: skip
    assert reprint.returncode == 0 and "1 cetak ulang" in reprint.stdout, reprint.stderr
    assert pdf_tools.page_size_mm(out.read_bytes()) == (215, 330)


def test_a_certificate_is_not_printed_as_a_card(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "kartu.pdf"
    result = run(
        demo, "certificate", "card", VALID_SERIAL, "--out", str(out), "--as", "cetak",
        password="cetak1234",
    )  # fmt: skip
    assert result.returncode == 2 and "counterdesk certificate pdf" in result.stderr
    assert not out.exists()


def test_a_template_that_does_not_load_is_galat_and_nothing_is_written(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An office's own template (data) broken: said as Galat, not a traceback."""
    from counterdesk import cli
    from counterdesk.documents.templates import TemplateError
    from counterdesk.services import issuing

    def broken(*_args: object, **_kwargs: object) -> object:
        raise TemplateError("Templat 'sak-ahli-kepabeanan': kolom 'fields' tidak valid.")

    monkeypatch.setattr(issuing, "print_batch", broken)
    monkeypatch.setenv("COUNTERDESK_DATA_DIR", str(demo))
    monkeypatch.setenv("COUNTERDESK_PASSWORD", "cetak1234")
    out = tmp_path / "x.pdf"
    code = cli.main(["--demo", "certificate", "pdf", TO_PRINT, "--out", str(out), "--as", "cetak"])
    assert code == 2 and not out.exists()
    assert capsys.readouterr().err.startswith("Galat: Templat 'sak-ahli-kepabeanan'")


@pytest.fixture(scope="module")
def card(demo_runtime: Runtime) -> str:
    """A person card issued beside Ratna Wulandari's certificate, her 3×4 photo on file."""
    from io import BytesIO

    from PIL import Image

    from counterdesk.services.setup import store_blob

    photo = BytesIO()
    Image.new("RGB", (300, 400), (120, 140, 170)).save(photo, "JPEG")
    serial = ParsedNumber("SRT", "D01", 26, 900).text
    with demo_runtime.unit() as s:
        cert = s.scalar(select(Certificate).where(Certificate.serial == "SRT-D01-26-000003T"))
        assert cert is not None
        cert.applicant.photo_sha256 = store_blob(s, photo.getvalue(), "image/jpeg")
        s.add(
            Certificate(
                serial=serial, applicant_id=cert.applicant_id, application_id=None,
                standard_code=cert.standard_code, service_code=cert.service_code,
                title=cert.title, issued_on=cert.issued_on, valid_until=cert.valid_until,
                product_kind="card", template="person-card",
            )
        )  # fmt: skip
    return serial


def test_card_prints_front_and_back_on_cr80_with_a_payload_that_verifies(
    demo: Path, card: str, tmp_path: Path
) -> None:
    out = tmp_path / "kartu.pdf"
    result = run(
        demo, "certificate", "card", card, "--out", str(out), "--as", "cetak",
        password="cetak1234",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "1 kartu CR80, 2 halaman" in result.stdout
    pdf = out.read_bytes()
    assert pdf_tools.pages(pdf) == 2 and pdf_tools.page_size_mm(pdf) == (85.6, 54.0)
    codes = {d.text for page in (0, 1) for d in pdf_tools.decode(pdf, page)}
    payload = next(c for c in codes if c.startswith("C1"))
    verified = run(demo, "certificate", "verify", payload)
    assert verified.returncode == 0 and "Ratna Wulandari" in verified.stdout
    as_pdf = run(
        demo, "certificate", "pdf", card, "--out", str(tmp_path / "x.pdf"), "--as", "cetak",
        password="cetak1234",
    )  # fmt: skip
    assert as_pdf.returncode == 2 and "counterdesk certificate card" in as_pdf.stderr


# --- revoking (last: it changes the demo's registry) ----------------------------------------

TO_REVOKE = "SRT-D01-26-000004R"  # the demo's handed-over certificate of Dian Kusuma


def test_revoke_needs_a_supervisor_and_a_reason_then_verify_says_dicabut(
    demo: Path, tmp_path: Path
) -> None:
    reason = "Persyaratan terbukti dipalsukan"
    as_printer = run(
        demo, "certificate", "revoke", TO_REVOKE, "--alasan", reason, "--as", "cetak",
        password="cetak1234",
    )  # fmt: skip
    assert as_printer.returncode == 2 and as_printer.stderr.startswith("Galat: ")
    assert "atasan" in as_printer.stderr
    short = run(
        demo, "certificate", "revoke", TO_REVOKE, "--alasan", "salah", "--as", "atasan",
        password="atasan123",
    )  # fmt: skip
    assert short.returncode == 2 and "paling sedikit 10 huruf" in short.stderr
    assert run(demo, "certificate", "verify", TO_REVOKE).returncode == 0  # still valid

    revoked = run(
        demo, "certificate", "revoke", TO_REVOKE.lower(), "--alasan", reason, "--as", "atasan",
        password="atasan123",
    )  # fmt: skip
    assert revoked.returncode == 0, revoked.stderr
    assert f"Sertifikat {TO_REVOKE} dicabut" in revoked.stdout
    verdict = run(demo, "certificate", "verify", TO_REVOKE)
    assert verdict.returncode == 1 and "DICABUT" in verdict.stdout.upper()
    assert f"Alasan: {reason}" in verdict.stdout
    again = run(
        demo, "certificate", "revoke", TO_REVOKE, "--alasan", reason, "--as", "atasan",
        password="atasan123",
    )  # fmt: skip
    assert again.returncode == 2 and "sudah dicabut" in again.stderr
    out = tmp_path / "x.pdf"
    reprint = run(
        demo, "certificate", "pdf", TO_REVOKE, "--out", str(out), "--alasan", "hilang",
        "--as", "cetak", password="cetak1234",
    )  # fmt: skip
    assert reprint.returncode == 2 and "tidak boleh dicetak" in reprint.stderr
    assert not out.exists()
