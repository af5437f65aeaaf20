"""Shared by the minutes and certificate-case tests: a holder with a historic certificate
in the registry, their application at the counter, and minutes of the interview."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from counterdesk.domain.roles import Role
from counterdesk.services import applications, minutes, registry_entry
from counterdesk.services.minutes import MinutesInput, WitnessInput
from tests.conftest import Office

NIK = "3174051203900001"
SERIAL = "SAK-2015-0101"


@dataclass(frozen=True)
class Holder:
    serial: str
    application: str  # the ralat / kehilangan application at the counter


def holder(office: Office, service: str = "sak/ralat", serial: str = SERIAL) -> Holder:
    """Budi Santoso, whose paper certificate ``serial`` (2015) is in the registry, files
    ``service`` at the counter."""
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        registry_entry.enter_one(
            s,
            officer,
            registry_entry.HistoricCertificateInput(
                serial=serial,
                name="Budi Santoso",
                nik=NIK,
                issued_on=date(2015, 3, 12),
                birth_place="Jakarta",
                birth_date=date(1990, 3, 12),
            ),
        )
        person_id = registry_entry.applicants_by_nik(s, [NIK])[NIK].id
        number = applications.file_application(
            s, officer, applications.NewApplication(person_id, service, "datang_langsung")
        ).number
    return Holder(serial, number)


def another_application(office: Office, service: str) -> str:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        person_id = registry_entry.applicants_by_nik(s, [NIK])[NIK].id
        return applications.file_application(
            s, officer, applications.NewApplication(person_id, service, "datang_langsung")
        ).number


def minutes_input(office: Office, application: str, case_type: str = "correction") -> MinutesInput:
    officer = office.actors[Role.OFFICER]
    assert officer.user_id is not None
    return MinutesInput(
        case_type=case_type,
        application_number=application,
        held_on=date(2026, 12, 21),
        held_time="10.05",
        place="Ruang wawancara Loket L01",
        interviewer_ids=(officer.user_id,),
        witnesses=(WitnessInput("Rina Kartika", "199505202022212001", "Pengelola Arsip"),),
        questions=(
            ("Apa yang salah pada sertifikat Saudara?", "Tanggal lahir tertulis 12 Maret 1990."),
            ("Berapa tanggal lahir yang benar?", "21 Maret 1990, sesuai KTP dan ijazah."),
        ),
        statements=("Data yang saya berikan benar.",),
        conclusion="Tanggal lahir pada sertifikat perlu diralat menjadi 21 Maret 1990.",
        certificate_serial=SERIAL,
    )


def signed_minutes(office: Office, application: str, case_type: str = "correction") -> str:
    """Minutes of the interview, saved and signed by the officer; their number."""
    officer = office.actors[Role.OFFICER]
    data = minutes_input(office, application, case_type)
    draft = minutes.save_draft(office.runtime, officer, None, data)
    return minutes.sign(office.runtime, officer, draft.id).number


def without_serial(data: MinutesInput) -> MinutesInput:
    return replace(data, certificate_serial="")
