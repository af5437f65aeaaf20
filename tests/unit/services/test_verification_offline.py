"""Offline verification: each verdict, from a scanned QR payload and from a typed serial,
with the facts a verifier at the counter must see."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from counterdesk.domain.errors import ValidationError
from counterdesk.domain.numbers import ParsedNumber
from counterdesk.domain.payload import CertificateClaim, encode_claim, signed_text
from counterdesk.domain.roles import Role
from counterdesk.services import registry_entry, signing
from counterdesk.services.verification_offline import Verdict, verify, verify_text
from counterdesk.store.models import Certificate, CertificateCase, CertificateChange, Site
from tests.conftest import Office

SERIAL = "SAK-2025-0042"
ISSUED, UNTIL = date(2025, 1, 10), date(2028, 1, 9)
TODAY = date(2026, 11, 26)


@pytest.fixture
def cert(office: Office) -> str:
    """Siti Nur'aini's certificate in the registry; its signed QR payload."""
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        registry_entry.enter_one(
            s,
            officer,
            registry_entry.HistoricCertificateInput(
                serial=SERIAL,
                name="Siti Nur'aini",
                nik="3174054506900002",
                issued_on=ISSUED,
                valid_until=UNTIL,
                birth_place="Bogor",
                birth_date=date(1990, 6, 5),
            ),
            today=TODAY,
        )
        return signing.certificate_payload(s, _cert(s))


def _cert(s: Session) -> Certificate:
    found = s.scalar(select(Certificate).where(Certificate.serial == SERIAL))
    assert found is not None
    return found


def _check(office: Office, text: str, today: date = TODAY) -> Verdict:
    with office.runtime.read() as s:
        return verify_text(s, text, today)


def _signed(office: Office, claim: CertificateClaim) -> str:
    with office.runtime.unit() as s:
        return signing.sign_claim(s, claim)


def _set(office: Office, status: str) -> None:
    with office.runtime.unit() as s:
        _cert(s).status = status


def test_a_scanned_payload_is_valid_with_holder_and_dates(office: Office, cert: str) -> None:
    verdict = verify(office.runtime, office.actors[Role.OFFICER], cert)
    assert verdict.outcome == "valid" and verdict.is_valid and verdict.label == "SAH"
    assert verdict.level == "good"
    assert verdict.from_payload and verdict.serial == SERIAL
    assert verdict.holder == "Siti Nur'aini"
    assert (verdict.issued_on, verdict.valid_until) == (ISSUED, UNTIL)


def test_a_payload_scanned_with_caps_lock_on_is_the_same_payload(office: Office, cert: str) -> None:
    assert _check(office, cert.lower()).is_valid


def test_a_typed_serial_in_any_case_is_valid(office: Office, cert: str) -> None:
    verdict = _check(office, f"  {SERIAL.lower()} ")
    assert verdict.is_valid and not verdict.from_payload and verdict.holder == "Siti Nur'aini"


def test_a_changed_character_is_tampered(office: Office, cert: str) -> None:
    forged = cert.replace("SITI NURAINI", "SITI NURAINA")
    verdict = _check(office, forged)
    assert verdict.outcome == "tampered" and verdict.label.startswith("TIDAK SAH")
    assert "diubah atau dipalsukan" in verdict.details[0]


def test_signed_values_that_differ_from_the_registry_are_tampered(
    office: Office, cert: str
) -> None:
    claim = CertificateClaim("", SERIAL, "SITI NURAINI", ISSUED, date(2035, 1, 9))
    verdict = _check(office, _signed(office, claim))
    assert verdict.outcome == "tampered"
    assert any("9 Januari 2035" in d and "9 Januari 2028" in d for d in verdict.details)


def test_a_payload_signed_by_an_unknown_key_is_never_valid(office: Office, cert: str) -> None:
    stranger = Ed25519PrivateKey.generate()
    kid = signing.key_id(stranger.public_key().public_bytes_raw())
    claim = CertificateClaim(kid, SERIAL, "SITI NURAINI", ISSUED, UNTIL)
    forged = encode_claim(claim, stranger.sign(signed_text(claim).encode()))
    verdict = _check(office, forged)
    assert verdict.outcome == "unknown_key" and not verdict.is_valid
    assert kid in verdict.details[0]


def test_a_revoked_counter_key_is_unknown(office: Office, cert: str) -> None:
    with office.runtime.unit() as s:
        for site in s.scalars(select(Site)):
            site.revoked = True
    verdict = _check(office, cert)
    assert verdict.outcome == "unknown_key" and "dicabut" in verdict.details[0]


def test_unknown_serials(office: Office, cert: str) -> None:
    typed = _check(office, "SAK-2025-9999")
    assert typed.outcome == "unknown_serial" and typed.serial == "SAK-2025-9999"
    assert "belum disinkronkan" in typed.details[0]
    claim = CertificateClaim("", "SRT-L02-26-000001X", "ANI", ISSUED, None)
    scanned = _check(office, _signed(office, claim))
    assert scanned.outcome == "unknown_serial" and scanned.holder == "ANI"


@pytest.mark.parametrize(
    ("status", "outcome", "label"),
    [
        ("revoked", "revoked", "TIDAK BERLAKU — dicabut"),
        ("voided", "revoked", "TIDAK BERLAKU — dibatalkan"),
        ("lost", "lost", "TIDAK BERLAKU — dilaporkan hilang"),
    ],
)
def test_registry_status(office: Office, cert: str, status: str, outcome: str, label: str) -> None:
    _set(office, status)
    for text in (cert, SERIAL):
        verdict = _check(office, text)
        assert (verdict.outcome, verdict.label, verdict.level) == (outcome, label, "bad")


def test_a_replaced_certificate_names_the_replacement_letter(office: Office, cert: str) -> None:
    with office.runtime.unit() as s:
        c = _cert(s)
        c.status = "replaced"
        s.add(
            CertificateCase(
                number="SK-L01-26-000001X",
                kind="lost",
                certificate_id=c.id,
                status="approved",
                letter_number="001/HILANG/L01/2026",
                letter_on=date(2026, 11, 20),
            )
        )
    verdict = _check(office, cert)
    assert verdict.outcome == "replaced"
    assert "001/HILANG/L01/2026 tanggal 20 November 2026" in verdict.details[0]


def _correct_name(office: Office) -> None:
    with office.runtime.unit() as s:
        c = _cert(s)
        c.applicant.name = "Siti Nuraini Rahma"
        s.add(
            CertificateChange(
                certificate_id=c.id,
                field="name",
                label="Nama",
                before="Siti Nur'aini",
                after="Siti Nuraini Rahma",
            )
        )


def test_a_corrected_certificate_names_the_current_values(office: Office, cert: str) -> None:
    _correct_name(office)
    for text in (cert, SERIAL):
        verdict = _check(office, text)
        assert verdict.outcome == "corrected" and verdict.is_valid  # a ralat keeps it valid
        assert verdict.level == "caution"
        assert verdict.holder == "Siti Nuraini Rahma"
        assert "Nama sekarang: Siti Nuraini Rahma (semula: Siti Nur'aini)." in verdict.details


def test_a_reprint_with_the_corrected_name_is_corrected_not_tampered(
    office: Office, cert: str
) -> None:
    _correct_name(office)
    with office.runtime.unit() as s:
        reprint = signing.certificate_payload(s, _cert(s))
    verdict = _check(office, reprint)
    assert verdict.outcome == "corrected" and verdict.is_valid


def test_an_old_name_never_corrected_is_tampered(office: Office, cert: str) -> None:
    _correct_name(office)
    claim = CertificateClaim("", SERIAL, "SITI AMINAH", ISSUED, UNTIL)
    assert _check(office, _signed(office, claim)).outcome == "tampered"


def test_expired(office: Office, cert: str) -> None:
    verdict = _check(office, cert, today=date(2028, 1, 10))
    assert verdict.outcome == "expired" and "9 Januari 2028" in verdict.details[0]
    assert _check(office, cert, today=UNTIL).is_valid  # the last day still counts


def test_a_pending_loss_report_is_said_on_a_valid_certificate(office: Office, cert: str) -> None:
    with office.runtime.unit() as s:
        s.add(
            CertificateCase(
                number="SK-L01-26-000002X", kind="lost", certificate_id=_cert(s).id,
                status="requested",
            )
        )  # fmt: skip
    verdict = _check(office, cert)
    assert verdict.is_valid and "Dilaporkan hilang" in verdict.details[0]


def test_bad_input_says_what_to_do(office: Office, cert: str) -> None:
    with pytest.raises(ValidationError, match="ketik nomor sertifikatnya"):
        _check(office, "   ")
    with pytest.raises(ValidationError, match="Pindai ulang"):
        _check(office, cert[:-1])
    good = ParsedNumber("SRT", "L01", 26, 7).text
    mistyped = good[:-1] + ("A" if good[-1] != "A" else "B")
    with pytest.raises(ValidationError, match="Karakter pemeriksa salah"):
        _check(office, mistyped)
    assert _check(office, good).outcome == "unknown_serial"


def test_the_verdict_is_frozen_plain_data(office: Office, cert: str) -> None:
    verdict = _check(office, cert)
    with pytest.raises(FrozenInstanceError):
        verdict.outcome = "valid"  # type: ignore[misc]
    assert verdict.title == "" or isinstance(verdict.title, str)
