"""Shared by the payment, issuing and certificate scenario tests: a person with a photo,
their application through both layers of the check, to the payment stage, paid."""

from __future__ import annotations

import io
from datetime import date

from PIL import Image

from counterdesk.domain.roles import Role
from counterdesk.services import applicants, applications, payments, verification
from tests.clock import office_today
from tests.conftest import Office

BALAI_PERSON = "balai-sertifikasi/person"  # certificate and card, payment stage
SAK_CERTIFICATE = "sak/sertifikat"  # certificate, no payment
NIK = "3174051203900001"
BILLING = "820261126000123"
NTPN = "0A1B2C3D4E5F6G7H"


def photo_jpeg(colour: tuple[int, int, int] = (120, 150, 200)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (300, 400), colour).save(out, "JPEG")
    return out.getvalue()


def person(
    office: Office, nik: str = NIK, name: str = "Budi Santoso", *, photo: bool = True
) -> object:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        return applicants.register_person(
            s,
            officer,
            applicants.PersonInput(
                nik=nik,
                name=name,
                birth_place="Jakarta",
                birth_date=date(1990, 3, 12),
                photo=photo_jpeg() if photo else None,
            ),
        ).applicant.id


def filed(office: Office, applicant_id: object, service: str) -> str:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        return applications.file_application(
            s,
            officer,
            applications.NewApplication(applicant_id, service, "datang_langsung"),  # type: ignore[arg-type]
        ).number


def verified(office: Office, number: str) -> None:
    """Both layers of the check through."""
    officer, supervisor = office.actors[Role.OFFICER], office.actors[Role.SUPERVISOR]
    with office.runtime.unit(officer) as s:
        items = applications.detail(s, number).checklist
        checks = [verification.ItemCheck(i.requirement_code, True) for i in items]
        verification.mark_complete(s, officer, number, checks)
    with office.runtime.unit(supervisor) as s:
        verification.sign_off(s, supervisor, number, approve=True)


def to_stage(office: Office, number: str, stage_name: str) -> None:
    officer = office.actors[Role.OFFICER]
    while applications.application_detail(office.runtime, officer, number).stage_name != (
        stage_name
    ):
        applications.advance_application(office.runtime, officer, number)


def paid(office: Office, number: str, amount: int = 1_250_000) -> None:
    officer = office.actors[Role.OFFICER]
    to_stage(office, number, "Pembayaran")
    payments.bill(office.runtime, officer, number, amount, BILLING)
    payments.record_paid(office.runtime, officer, number, NTPN, office_today())


def ready_balai_person(office: Office, *, photo: bool = True) -> str:
    """Seed 001, person certification: verified and paid, in Pelaksanaan."""
    number = filed(office, person(office, photo=photo), BALAI_PERSON)
    verified(office, number)
    paid(office, number)
    return number
