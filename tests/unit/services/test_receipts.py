"""The receipt of a real application: what the applicant reads, and a barcode that scans."""

from __future__ import annotations

from datetime import UTC, datetime

from counterdesk.domain.roles import Role
from counterdesk.services import applicants, applications, information, receipts
from tests import pdf_tools
from tests.conftest import Office


def test_receipt_names_applicant_service_documents_and_scans(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        person = applicants.register_person(
            s,
            officer,
            applicants.PersonInput(
                nik="3174051203900001", name="Budi Santoso", phone="081234567890"
            ),
        ).applicant
        app = applications.file_application(
            s,
            officer,
            applications.NewApplication(
                person.id, "sertifikat-standar-kbli-28173/sertifikat-standar", "datang_langsung"
            ),
            now=datetime(2026, 11, 20, 2, 5, tzinfo=UTC),
        )
        pdf = receipts.receipt_pdf(s, app.number)
    text = pdf_tools.all_text(pdf)
    for expected in (
        "Budi Santoso",
        "3174051203900001",
        "Sertifikat Standar",
        "20 November 2026",
        "09.05 WIB",
        "Dihitung sejak berkas lengkap",
        "7 hari kerja",
        "Petugas",
    ):
        assert expected in text, expected
    assert [d.text for d in pdf_tools.decode(pdf)] == [app.number]


def test_ticket_slip_of_an_escalated_request_scans_to_the_ticket(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        app = information.log_request(
            s,
            officer,
            information.InformationRequest(
                question="Prosedur impor sementara alat berat",
                channel="email",
                name="Teuku Rizal",
                email="rizal@contoh.id",
                received_at=datetime(2026, 11, 18, 3, 0, tzinfo=UTC),
            ),
        )
        information.escalate(s, officer, app.number, "Seksi Kepabeanan dan Cukai")
        pdf = receipts.ticket_slip_pdf(s, app.number)
    text = pdf_tools.all_text(pdf)
    assert "Teuku Rizal" in text and "20 November 2026" in text
    assert [d.text for d in pdf_tools.decode(pdf)] == [app.ticket_number]
