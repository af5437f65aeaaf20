"""Filing an application and moving it through its stages, with the service clock."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from counterdesk.domain import numbers
from counterdesk.domain.errors import NotFound, ValidationError, ValidationErrors
from counterdesk.domain.roles import Role
from counterdesk.domain.states import AppStatus
from counterdesk.services import applicants, applications, information, issuing, lookup, payments
from counterdesk.services.applications import NewApplication
from counterdesk.services.catalog import load_catalog
from tests.conftest import Office
from tests.issuing_helpers import verified

PNS = "sertifikasi-pns/sertifikasi-profesi"
BALAI_PERSON = "balai-sertifikasi/person"


def wib(y: int, m: int, d: int, hh: int, mm: int = 0) -> datetime:
    return (
        datetime(y, m, d, hh - 7, mm, tzinfo=UTC)
        if hh >= 7
        else datetime(y, m, d - 1, hh + 17, mm, tzinfo=UTC)
    )


@pytest.fixture
def person(office: Office) -> applicants.Applicant:  # type: ignore[name-defined]
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        return applicants.register_person(
            s, officer, applicants.PersonInput(nik="3174051203900001", name="Budi Santoso")
        ).applicant


def _file(
    office: Office,
    person: object,
    code: str,
    channel: str = "datang_langsung",
    now: datetime | None = None,
) -> str:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        app = applications.file_application(
            s,
            officer,
            NewApplication(person.id, code, channel, "catatan"),
            now=now,  # type: ignore[attr-defined]
        )
        return app.number


def test_filing_creates_number_checklist_and_timeline(office: Office, person: object) -> None:
    number = _file(office, person, PNS)
    assert numbers.parse_number(number).prefix == "TT"
    with office.runtime.unit() as s:
        d = applications.detail(s, number)
        assert d.application.status == AppStatus.RECEIVED.value
        assert len(d.checklist) == 12  # the twelve documents of seed 002
        assert d.checklist[3].label.startswith("Fotokopi SK Pangkat")
        assert d.application.due_on is None  # counted from "berkas lengkap dan benar"
        assert [t.label for t in d.timeline] == ["Permohonan diterima"]
        assert d.timeline[0].actor == "Petugas"


def test_documents_handed_over_are_ticked_present_not_yet_valid(
    office: Office, person: object
) -> None:
    officer = office.actors[Role.OFFICER]
    codes = [r.code for r in load_catalog().find_service(PNS).service.requirements]
    handed = frozenset(codes[:3])
    with office.runtime.unit(officer) as s:
        number = applications.file_application(
            s,
            officer,
            NewApplication(person.id, PNS, "datang_langsung", received=handed),  # type: ignore[attr-defined]
        ).number
    with office.runtime.unit() as s:
        checklist = applications.detail(s, number).checklist
        assert {i.requirement_code for i in checklist if i.present} == handed
        assert all(i.valid is None for i in checklist)  # judged at verification


def test_an_unknown_document_code_is_refused(office: Office, person: object) -> None:
    officer = office.actors[Role.OFFICER]
    with (
        pytest.raises(ValidationError, match="bukan persyaratan") as refused,
        office.runtime.unit(officer) as s,
    ):
        applications.file_application(
            s,
            officer,
            NewApplication(
                person.id,  # type: ignore[attr-defined]
                PNS,
                "datang_langsung",
                received=frozenset({"tidak-ada"}),
            ),
        )
    assert refused.value.field == "received"


def test_channel_not_in_the_standard_is_refused(office: Office, person: object) -> None:
    with pytest.raises(ValidationError, match="hanya menerima permohonan melalui"):
        _file(office, person, PNS, channel="email")


def test_payment_stage_pauses_the_clock_and_moves_the_due_date(
    office: Office, person: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    officer = office.actors[Role.OFFICER]
    number = _file(office, person, BALAI_PERSON, now=wib(2026, 11, 2, 9))
    monkeypatch.setattr(applications, "utcnow", lambda: wib(2026, 11, 2, 10))
    with office.runtime.unit(officer) as s:
        app = applications.get_by_number(s, number)
        applications.start_clock(s, officer, app, date(2026, 11, 2))
        assert app.due_on == date(2026, 11, 20)  # 14 working days after Mon 2 Nov
        app.stage = "penanganan-permohonan"
        applications.advance(s, officer, number)  # -> pembayaran: pauses
        assert app.status == AppStatus.PAUSED.value
    monkeypatch.setattr(applications, "utcnow", lambda: wib(2026, 11, 9, 10))  # a week later
    monkeypatch.setattr(payments, "utcnow", lambda: wib(2026, 11, 9, 10))
    with office.runtime.unit(officer) as s:
        payments.bill_in(s, officer, number, 1_250_000, "820261102000123")
        payments.record_paid_in(s, officer, number, "0A1B2C3D4E5F6G7H")  # resumes
        app = applications.advance(s, officer, number)  # -> pelaksanaan
        assert app.status == AppStatus.IN_PROCESS.value
        assert app.paused_working_days == 5
        assert app.due_on == date(2026, 11, 27)
        labels = [t.label for t in applications.detail(s, number).timeline]
    assert "Jam layanan berhenti" in labels and "Jam layanan berjalan lagi" in labels


def test_no_stage_after_the_payment_stage_until_the_payment_is_recorded(
    office: Office, person: object
) -> None:
    """Balai Sertifikasi: Pembayaran collects the fee; Pelaksanaan, Pelaporan and the
    ready product wait for it, and the detail says so before anyone presses the button."""
    officer = office.actors[Role.OFFICER]
    number = _file(office, person, BALAI_PERSON)
    verified(office, number)
    with office.runtime.unit(officer) as s:
        while applications.get_by_number(s, number).stage != "pembayaran":
            applications.advance(s, officer, number)
    shown = applications.application_detail(office.runtime, officer, number)
    step = shown.allowed.next_step
    assert step is not None and step.name == "Pelaksanaan" and not step.allowed
    assert "Pembayaran belum tercatat" in step.reason and shown.allowed.record_payment
    assert not shown.allowed.issue  # not paid yet
    with pytest.raises(ValidationError, match="Pembayaran belum tercatat"):
        applications.advance_application(office.runtime, officer, number)
    with office.runtime.unit(officer) as s:  # nor by skipping ahead to the last stage
        app = applications.get_by_number(s, number)
        app.stage = "pelaporan-hasil"
    with pytest.raises(ValidationError, match="“Produk siap diambil” baru dapat dimulai"):
        applications.advance_application(office.runtime, officer, number)
    assert applications.application_detail(office.runtime, officer, number).status_label != (
        "Siap diambil"
    )

    with pytest.raises(ValidationError, match=r"Tagihan .* belum dibuat"):
        applications.record_application_payment(office.runtime, officer, number, " ")
    payments.bill(office.runtime, officer, number, 1_250_000, "820261102000123")
    with pytest.raises(ValidationError, match="nomor bukti bayar"):
        applications.record_application_payment(office.runtime, officer, number, "SSBP 77")
    applications.record_application_payment(office.runtime, officer, number, "0A1B2C3D4E5F6G7H")
    shown = applications.application_detail(office.runtime, officer, number)
    step = shown.allowed.next_step  # paid; the product waits for its certificate and card
    assert step is not None and not step.allowed and "belum diterbitkan" in step.reason
    assert not shown.allowed.record_payment and shown.allowed.issue
    assert "Pembayaran tercatat" in [t.label for t in shown.timeline]
    issuing.issue(office.runtime, officer, number)
    assert not applications.application_detail(office.runtime, officer, number).allowed.issue
    assert applications.advance_application(office.runtime, officer, number) == (
        "Produk siap diambil"
    )
    shown = applications.application_detail(office.runtime, officer, number)
    assert shown.status == AppStatus.READY
    assert not shown.allowed.hand_over  # a certificate is handed over in the Cetak tab
    assert shown.allowed.next_step is None


def test_a_service_without_payment_stage_records_no_payment(office: Office, person: object) -> None:
    number = _file(office, person, PNS)
    with pytest.raises(ValidationError, match="tidak memiliki tahap pembayaran"):
        applications.record_application_payment(
            office.runtime, office.actors[Role.OFFICER], number, "SSBP 1"
        )


def test_the_detail_offers_only_what_the_service_allows(office: Office, person: object) -> None:
    number = _file(office, person, PNS)
    officer = office.actors[Role.OFFICER]
    shown = applications.application_detail(office.runtime, officer, number)
    assert shown.applicant.name == "Budi Santoso" and shown.applicant.id_label == "NIK"
    step = shown.allowed.next_step
    assert step is not None and not step.allowed and "verifikasi dua lapis" in step.reason
    assert shown.allowed.close and shown.allowed.check
    assert not (shown.allowed.pause or shown.allowed.resume or shown.allowed.hand_over)
    printer = office.actors[Role.PRINTER]
    assert applications.application_detail(office.runtime, printer, number).allowed == (
        applications.AllowedActions.none()
    )


def test_cannot_advance_before_the_file_is_complete(office: Office, person: object) -> None:
    number = _file(office, person, PNS)
    officer = office.actors[Role.OFFICER]
    with (
        pytest.raises(ValidationError, match="belum dinyatakan lengkap"),
        office.runtime.unit(officer) as s,
    ):
        applications.advance(s, officer, number)


@pytest.mark.parametrize("service", ["sak/legalisasi", "sak/ralat", "sak/kehilangan"])
def test_two_layer_check_then_last_stage_makes_it_ready_then_handed_over(
    office: Office, person: object, service: str
) -> None:
    """Legalisation, correction and lost-certificate letters: checked by two layers."""
    officer = office.actors[Role.OFFICER]
    number = _file(office, person, service)  # no clock in the standard
    with (
        pytest.raises(ValidationError, match="verifikasi dua lapis"),
        office.runtime.unit(officer) as s,
    ):
        applications.advance(s, officer, number)
    verified(office, number)
    with office.runtime.unit(officer) as s:
        for _ in range(3):
            applications.advance(s, officer, number)
        assert applications.get_by_number(s, number).status == AppStatus.READY.value
        applications.hand_over(s, officer, number)
        assert applications.get_by_number(s, number).status == AppStatus.DONE.value


@pytest.mark.parametrize("rejected", [True, False])
def test_withdrawal_and_rejection_need_a_reason(
    office: Office, person: object, rejected: bool
) -> None:
    officer = office.actors[Role.OFFICER]
    number = _file(office, person, PNS)
    with pytest.raises(ValidationError, match="alasan"), office.runtime.unit(officer) as s:
        applications.close(s, officer, number, rejected=rejected, reason=" ")
    with office.runtime.unit(officer) as s:
        app = applications.close(
            s, officer, number, rejected=rejected, reason="SK Jabatan tidak sah"
        )
        assert app.status == (AppStatus.REJECTED if rejected else AppStatus.WITHDRAWN).value
    with (
        pytest.raises(ValidationError, match="tidak dapat diubah"),
        office.runtime.unit(officer) as s,
    ):
        applications.advance(s, officer, number)


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (wib(2026, 11, 18, 10), date(2026, 11, 20)),  # Wed morning: Wed is day 0
        (wib(2026, 11, 20, 14, 30), date(2026, 11, 25)),  # Fri 14.30, 2 h before 16.00
        (wib(2026, 11, 21, 9), date(2026, 11, 25)),  # Saturday: from Monday
        (wib(2026, 3, 17, 15), date(2026, 3, 27)),  # before Nyepi + Idul Fitri leave
    ],
)
def test_information_request_deadline_follows_the_two_hour_rule(
    office: Office, received: datetime, due: date
) -> None:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        app = information.log_request(
            s,
            officer,
            information.InformationRequest(
                question="Bagaimana tata cara impor barang kiriman?",
                channel="email",
                name="Teuku Rizal",
                email="rizal@contoh.id",
                received_at=received,
            ),
        )
        assert app.due_on == due
        assert app.status == AppStatus.IN_PROCESS.value


def test_information_request_answered_or_escalated_with_ticket(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        req = information.InformationRequest(
            question="Batas bebas bea barang kiriman?",
            channel="web_chat",
            name="Siti",
            phone="0812345678",
        )
        a = information.log_request(s, officer, req)
        b = information.log_request(s, officer, req)
        information.answer(s, officer, a.number, "USD 3 per kiriman, sesuai PMK 96/2023.")
        information.escalate(s, officer, b.number, "Diteruskan ke Seksi Kepabeanan")
        assert a.status == b.status == AppStatus.DONE.value
        assert b.ticket_number and b.ticket_number.startswith("TIK-L01-")
        found = lookup.find(s, b.ticket_number.lower())
        assert found.number == b.number


def test_information_request_without_contact_is_refused(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    from counterdesk.domain.errors import ValidationErrors

    with pytest.raises(ValidationErrors) as err, office.runtime.unit(officer) as s:
        information.log_request(
            s,
            officer,
            information.InformationRequest(
                question="Pertanyaan apa saja", channel="email", name="Anonim"
            ),
        )
    assert "surel" in err.value.by_field()["phone"]


def test_scanner_lookup_opens_the_application_and_catches_a_bad_check(
    office: Office, person: object
) -> None:
    number = _file(office, person, PNS)
    with office.runtime.unit() as s:
        assert lookup.find(s, f"  {number.lower()}\n").number == number
        body, check = number[:-1], number[-1]
        wrong = body + ("A" if check != "A" else "B")
        with pytest.raises(ValidationError, match="salah"):
            lookup.find(s, wrong)
        with pytest.raises(NotFound, match="loket lain"):
            lookup.find(s, numbers.format_number("TT", "L09", 2026, 5))


def test_a_new_applicant_and_the_application_are_filed_in_one_unit(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    person = applicants.PersonInput(
        nik="3174051203900001", name="Budi Santoso", birth_date=date(1990, 3, 13)
    )
    refused = applications.Intake(PNS, "email", person=person)  # PNS: at the counter only
    with pytest.raises(ValidationError, match="hanya menerima permohonan"):
        applications.file_intake(office.runtime, officer, refused)
    assert applicants.find(office.runtime, officer, "budi") == ()  # nothing half-stored

    form_error = ValidationError("birth_date", "Tanggal lahir ditulis hh-bb-tttt")
    with pytest.raises(ValidationErrors) as caught:
        applications.file_intake(
            office.runtime,
            officer,
            applications.Intake("", "datang_langsung", person=person),
            form_errors=[form_error],
        )
    assert set(caught.value.by_field()) == {"birth_date", "service"}  # said together
    assert applicants.find(office.runtime, officer, "budi") == ()

    filed = applications.file_intake(
        office.runtime,
        officer,
        applications.Intake(PNS, "datang_langsung", person=person, received=frozenset({"skp"})),
    )
    assert any("Tanggal lahir di NIK" in w for w in filed.warnings)  # a warning, saved anyway
    (card,) = applicants.find(office.runtime, officer, "budi")
    assert card.id == filed.applicant_id
    shown = applications.application_detail(office.runtime, officer, filed.number)
    assert shown.applicant == card
    assert [line.present for line in shown.checklist].count(True) == 1

    again = applications.file_intake(
        office.runtime, officer, applications.Intake(PNS, "datang_langsung", filed.applicant_id)
    )
    assert again.applicant_id == filed.applicant_id and again.warnings == ()
    with pytest.raises(ValidationErrors, match="Pilih pemohon"):
        applications.file_intake(
            office.runtime, officer, applications.Intake(PNS, "datang_langsung")
        )
