"""Correction, lost certificate and legalisation: every refusal of "Bad input", the two
layers with maker-checker (refused and audited), the registry's history of both values,
and a replaced certificate that says so when its serial is verified."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from counterdesk.domain.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    SelfApproval,
    ValidationError,
    ValidationErrors,
)
from counterdesk.domain.roles import Role
from counterdesk.services import audit, certificate_cases, lookup, minutes, overview
from counterdesk.services.certificate_cases import (
    approve,
    case_view,
    cases_screen,
    certificate_info,
    check,
    refuse,
    request_correction,
    request_legalisation,
    request_replacement,
)
from counterdesk.services.context import SYSTEM
from counterdesk.services.demo_data import ensure_demo
from counterdesk.services.runtime import Runtime
from counterdesk.store.models import AuditEvent, Certificate
from tests.case_helpers import (
    SERIAL,
    another_application,
    holder,
    minutes_input,
    signed_minutes,
)
from tests.conftest import PASSWORD, Office

BIRTH = ("birth_date", "21 Maret 1990")


@pytest.fixture
def correction(office: Office) -> str:
    """Signed minutes of the holder's correction interview; their number."""
    case = holder(office)
    return signed_minutes(office, case.application)


def _status(office: Office, serial: str = SERIAL) -> str:
    with office.runtime.read() as s:
        cert = s.scalar(select(Certificate).where(Certificate.serial == serial))
        assert cert is not None
        return cert.status


def _set_status(office: Office, status: str, serial: str = SERIAL) -> None:
    with office.runtime.unit() as s:
        cert = s.scalar(select(Certificate).where(Certificate.serial == serial))
        assert cert is not None
        cert.status = status


# --- the whole correction ------------------------------------------------------------------


def test_correction_through_both_layers_keeps_both_values(office: Office, correction: str) -> None:
    officer, supervisor = office.actors[Role.OFFICER], office.actors[Role.SUPERVISOR]
    info = certificate_info(office.runtime, officer, SERIAL)
    assert dict((f.field, f.before) for f in info.fields)["birth_date"] == "12 Maret 1990"
    assert info.minutes_numbers == (correction,)
    requested = request_correction(office.runtime, officer, SERIAL, [BIRTH], correction)
    assert requested.status == "requested" and requested.can_check and not requested.can_print
    assert [(f.label, f.before, f.after) for f in requested.fields] == [
        ("Tanggal lahir", "12 Maret 1990", "21 Maret 1990")
    ]
    checked = check(office.runtime, officer, requested.number)
    assert checked.status == "checked" and checked.checked_by == "Petugas"
    done = approve(office.runtime, supervisor, requested.number, PASSWORD)
    assert done.status == "approved" and done.approved_by == "Atasan" and done.can_print
    assert done.letter_number.startswith("001/RALAT/BS/L01/")
    # the certificate shows the corrected value; the registry keeps both, who and when
    after = certificate_info(office.runtime, officer, SERIAL)
    assert dict((f.field, f.before) for f in after.fields)["birth_date"] == "21 Maret 1990"
    with office.runtime.read() as s:
        (change,) = certificate_cases.history(s, SERIAL)
        assert (change.label, change.before, change.after) == (
            "Tanggal lahir",
            "12 Maret 1990",
            "21 Maret 1990",
        )
        assert change.changed_by_name == "Atasan" and change.changed_at is not None


def test_second_layer_by_the_first_layer_person_is_refused_and_audited(
    office: Office, correction: str
) -> None:
    supervisor = office.actors[Role.SUPERVISOR]
    case = request_correction(office.runtime, supervisor, SERIAL, [BIRTH], correction)
    check(office.runtime, supervisor, case.number)  # the supervisor did the first layer
    with pytest.raises(SelfApproval, match="tidak boleh menyetujuinya"):
        approve(office.runtime, supervisor, case.number, PASSWORD)
    assert case_view(office.runtime, supervisor, case.number).status == "checked"
    with office.runtime.read() as s:
        refused = s.scalar(select(AuditEvent).where(AuditEvent.action == "case.refused_self"))
        assert refused is not None and refused.entity_id == case.number
    assert certificate_info(office.runtime, supervisor, SERIAL).fields[2].before == "12 Maret 1990"


def test_approval_needs_the_supervisors_own_password_and_the_first_layer(
    office: Office, correction: str
) -> None:
    officer, supervisor = office.actors[Role.OFFICER], office.actors[Role.SUPERVISOR]
    case = request_correction(office.runtime, officer, SERIAL, [BIRTH], correction)
    with pytest.raises(ConflictError, match="belum diperiksa petugas"):
        approve(office.runtime, supervisor, case.number, PASSWORD)
    check(office.runtime, officer, case.number)
    with pytest.raises(ValidationError, match="Kata sandi salah") as err:
        approve(office.runtime, supervisor, case.number, "salah-sandi1")
    assert err.value.field == "password"
    with pytest.raises(PermissionDenied):
        approve(office.runtime, officer, case.number, PASSWORD)
    assert case_view(office.runtime, officer, case.number).status == "checked"


def test_refusal_needs_a_reason_and_closes_the_case(office: Office, correction: str) -> None:
    officer, supervisor = office.actors[Role.OFFICER], office.actors[Role.SUPERVISOR]
    case = request_correction(office.runtime, officer, SERIAL, [BIRTH], correction)
    check(office.runtime, officer, case.number)
    with pytest.raises(PermissionDenied):  # after the first layer, the leader decides
        refuse(office.runtime, officer, case.number, "Data KTP tidak cocok")
    with pytest.raises(ValidationError, match="alasan"):
        refuse(office.runtime, supervisor, case.number, "  ")
    refused = refuse(office.runtime, supervisor, case.number, "KTP tidak cocok dengan ijazah")
    assert refused.status == "refused" and refused.reason == "KTP tidak cocok dengan ijazah"
    assert not (refused.can_check or refused.can_approve or refused.can_refuse)
    # a refused correction is no longer open: a new one may be asked
    again = request_correction(office.runtime, officer, SERIAL, [BIRTH], correction)
    assert again.status == "requested"


# --- "Bad input" ---------------------------------------------------------------------------


def test_correction_of_an_unknown_certificate_is_refused(office: Office, correction: str) -> None:
    with pytest.raises(NotFound, match=r"tidak ada di database sertifikat.*Input Database"):
        request_correction(
            office.runtime, office.actors[Role.OFFICER], "SAK-1999-0001", [BIRTH], correction
        )


@pytest.mark.parametrize("status", ["voided", "revoked", "replaced"])
def test_correction_of_a_certificate_no_longer_valid_is_refused(
    office: Office, correction: str, status: str
) -> None:
    _set_status(office, status)
    with pytest.raises(ConflictError, match="ralat tidak dapat diajukan"):
        request_correction(office.runtime, office.actors[Role.OFFICER], SERIAL, [BIRTH], correction)


def test_a_second_open_correction_is_refused_naming_the_first(
    office: Office, correction: str
) -> None:
    officer = office.actors[Role.OFFICER]
    first = request_correction(office.runtime, officer, SERIAL, [BIRTH], correction)
    with pytest.raises(ConflictError, match=f"belum selesai: {first.number}"):
        request_correction(office.runtime, officer, SERIAL, [("name", "Budi Santosa")], correction)


def test_correction_fields_are_checked(office: Office, correction: str) -> None:
    officer = office.actors[Role.OFFICER]
    with pytest.raises(ValidationError, match="minimal satu isian"):
        request_correction(office.runtime, officer, SERIAL, [], correction)
    with pytest.raises(ValidationErrors) as err:
        request_correction(
            office.runtime,
            officer,
            SERIAL,
            [("NIK", "1"), ("Nama", "Budi Santoso"), ("birth_place", "")],
            correction,
        )
    text = str(err.value)
    assert "'NIK' tidak dapat diralat" in text
    assert "sama dengan yang tercatat" in text and "Tulis tempat lahir yang benar" in text


def test_correction_needs_signed_minutes_of_that_holder_and_case(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    case = holder(office)
    with pytest.raises(ValidationError, match="Berita acara wawancara wajib"):
        request_correction(office.runtime, officer, SERIAL, [BIRTH], "")
    draft = minutes.save_draft(
        office.runtime, officer, None, minutes_input(office, case.application)
    )
    with pytest.raises(ValidationError, match="masih draf"):
        request_correction(office.runtime, officer, SERIAL, [BIRTH], draft.number)
    lost_app = another_application(office, "sak/kehilangan")
    lost = signed_minutes(office, lost_app, "lost")
    with pytest.raises(ValidationError, match="bukan 'Ralat Sertifikat'"):
        request_correction(office.runtime, officer, SERIAL, [BIRTH], lost)
    signed = minutes.sign(office.runtime, officer, draft.id)
    amendment = minutes.amend(
        office.runtime, officer, signed.id, minutes_input(office, case.application)
    )
    with pytest.raises(ValidationError, match=f"BA perubahan {amendment.number}"):
        request_correction(office.runtime, officer, SERIAL, [BIRTH], signed.number)


def test_lost_request_without_police_report_number_is_refused(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    case = holder(office, "sak/kehilangan")
    number = signed_minutes(office, case.application, "lost")
    with pytest.raises(ValidationErrors) as err:
        request_replacement(office.runtime, officer, SERIAL, "  ", date(2026, 11, 2), number)
    assert (
        "laporan kehilangan dari kepolisian wajib diisi"
        in err.value.by_field()["police_report_number"]
    )
    with pytest.raises(ValidationErrors) as err:
        request_replacement(office.runtime, officer, SERIAL, "LP/123/XI/2026", None, number)
    assert set(err.value.by_field()) == {"police_report_on"}


def test_lost_certificate_becomes_replaced_and_verifying_its_serial_says_so(
    office: Office,
) -> None:
    officer, supervisor = office.actors[Role.OFFICER], office.actors[Role.SUPERVISOR]
    case = holder(office, "sak/kehilangan")
    number = signed_minutes(office, case.application, "lost")
    requested = request_replacement(
        office.runtime, officer, SERIAL, "LP/123/XI/2026/Polsek", date(2026, 11, 2), number
    )
    assert _status(office) == "issued"  # nothing changes before the second layer…
    reported = lookup.find_number(office.runtime, officer, SERIAL)  # …but a verifier is told
    assert reported.status == "issued" and "DILAPORKAN HILANG" in reported.label
    check(office.runtime, officer, requested.number)
    done = approve(office.runtime, supervisor, requested.number, PASSWORD)
    assert _status(office) == "replaced"
    assert done.letter_number.startswith("001/HILANG/") and done.certificate_status.startswith(
        "diganti"
    )
    found = lookup.find_number(office.runtime, officer, SERIAL.lower())
    assert found.status == "replaced"
    assert "DIGANTI — sertifikat hilang" in found.label and done.letter_number in found.label
    # the registry list says so too, and nothing more can be asked for it
    rows = overview.certificates_screen(office.runtime, supervisor).rows
    assert [r.status for r in rows if r.serial == SERIAL] == ["Diganti (hilang)"]
    with pytest.raises(ConflictError, match="berstatus diganti"):
        request_legalisation(office.runtime, officer, SERIAL, 2)
    with pytest.raises(ConflictError):
        request_replacement(office.runtime, officer, SERIAL, "LP/9", date(2026, 11, 2), number)


@pytest.mark.parametrize("status", ["revoked", "replaced", "lost", "voided"])
def test_legalising_a_certificate_no_longer_valid_is_refused(office: Office, status: str) -> None:
    holder(office, "sak/legalisasi")
    _set_status(office, status)
    with pytest.raises(ConflictError, match="legalisasi tidak dapat diajukan"):
        request_legalisation(office.runtime, office.actors[Role.OFFICER], SERIAL, 2)


def test_legalisation_copies_are_numbered_one_by_one(office: Office) -> None:
    officer, supervisor = office.actors[Role.OFFICER], office.actors[Role.SUPERVISOR]
    holder(office, "sak/legalisasi")
    for copies in (0, 21):
        with pytest.raises(ValidationError, match="1 sampai 20"):
            request_legalisation(office.runtime, officer, SERIAL, copies)
    case = request_legalisation(office.runtime, officer, SERIAL, 3)
    assert case.copies == 3 and case.legalisation_numbers == ()
    check(office.runtime, officer, case.number)
    done = approve(office.runtime, supervisor, case.number, PASSWORD)
    assert [n.split("/")[:2] for n in done.legalisation_numbers] == [
        ["0001", "LEG"],
        ["0002", "LEG"],
        ["0003", "LEG"],
    ]
    found = lookup.find_number(office.runtime, officer, done.legalisation_numbers[1])
    assert found.kind == "certificate" and found.number == SERIAL
    assert "salinan 2" in found.label
    assert _status(office) == "issued"  # legalising changes nothing on the certificate


def test_cases_screen_puts_open_cases_first(office: Office, correction: str) -> None:
    officer, supervisor = office.actors[Role.OFFICER], office.actors[Role.SUPERVISOR]
    first = request_legalisation(office.runtime, officer, SERIAL, 1)
    refuse(office.runtime, officer, first.number, "Pemohon membatalkan")
    second = request_correction(office.runtime, officer, SERIAL, [BIRTH], correction)
    rows = cases_screen(office.runtime, supervisor)
    assert [(r.number, r.status) for r in rows] == [
        (second.number, "requested"),
        (first.number, "refused"),
    ]
    assert rows[0].holder == "Budi Santoso" and rows[0].kind_label == "Ralat sertifikat"


def test_a_case_letter_is_printed_only_once_approved(office: Office, correction: str) -> None:
    officer = office.actors[Role.OFFICER]
    case = request_correction(office.runtime, officer, SERIAL, [BIRTH], correction)
    with pytest.raises(ValidationError, match=r"belum dapat dicetak.*setelah disetujui pimpinan"):
        certificate_cases.case_pdf(office.runtime, officer, case.number)


def test_registry_unchanged_when_the_value_changed_since_the_request(
    office: Office, correction: str
) -> None:
    officer, supervisor = office.actors[Role.OFFICER], office.actors[Role.SUPERVISOR]
    case = request_correction(
        office.runtime, officer, SERIAL, [("title", "Sertifikat SAK")], correction
    )
    check(office.runtime, officer, case.number)
    with office.runtime.unit() as s:
        cert = s.scalar(select(Certificate).where(Certificate.serial == SERIAL))
        assert cert is not None
        cert.title = "Judul lain"
    with pytest.raises(ConflictError, match="sudah berubah sejak permohonan diajukan"):
        approve(office.runtime, supervisor, case.number, PASSWORD)
    assert case_view(office.runtime, officer, case.number).status == "checked"


def test_minutes_input_for_another_holders_certificate_is_refused(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    case = holder(office)
    holder_two = replace(minutes_input(office, case.application), certificate_serial="SAK-X")
    with pytest.raises(ValidationErrors, match="tidak ada di database sertifikat"):
        minutes.save_draft(office.runtime, officer, None, holder_two)


def test_demo_shows_minutes_and_cases_in_every_state(runtime: Runtime) -> None:
    ensure_demo(runtime, today=date(2026, 11, 20))
    screen = overview.minutes_screen(runtime, SYSTEM)
    states = {(r.case_label, r.status) for r in screen.rows}
    for label in ("Ralat Sertifikat", "Sertifikat Hilang", "Lainnya"):
        assert {(label, "signed"), (label, "draft")} <= states
    assert ("Ralat Sertifikat", "amended") in states
    cases = {(r.kind, r.status) for r in cases_screen(runtime, SYSTEM)}
    assert cases == {
        ("correction", "approved"),
        ("lost", "checked"),
        ("legalisation", "approved"),
        ("legalisation", "requested"),
    }
    with runtime.read() as s:
        assert audit.verify_chain(s).ok
