"""The ticket for an escalated information request (seed 003)."""

from __future__ import annotations

import dataclasses

from counterdesk.documents.people import Applicant
from counterdesk.documents.ticket_slip import TicketSlipData, render_ticket_slip
from tests import pdf_tools
from tests.unit.documents.samples import TICKET_NUMBER


def test_tells_the_requester_number_handler_and_answer_date(ticket: TicketSlipData) -> None:
    text = pdf_tools.text(render_ticket_slip(ticket))
    assert "TIKET LAYANAN INFORMASI" in text
    assert f"Nomor tiket : {TICKET_NUMBER}" in text
    assert "Cut Nyak Meutia" in text
    assert "cut.meutia@contoh.co.id" in text
    assert "dikenakan bea masuk?" in text
    assert "Diteruskan kepada Bidang Kepabeanan dan Cukai" in text
    assert "Jawaban paling lambat Senin, 23 November 2026" in text
    assert "Kamis, 19 November 2026" in text
    assert "14.05 WIB" in text
    assert "Teuku Rahmat" in text
    assert "NIP 19850315 201001 1 003" in text
    assert f"Sebutkan nomor tiket {TICKET_NUMBER}" in text
    assert "Jawaban dikirim ke cut.meutia@contoh.co.id" in text


def test_barcode_scans_to_exactly_the_ticket_number(ticket: TicketSlipData) -> None:
    found = pdf_tools.decode(render_ticket_slip(ticket))
    assert [(d.text, d.format) for d in found] == [(TICKET_NUMBER, "Code 128")]


def test_phone_only_requester(ticket: TicketSlipData) -> None:
    phone_only = Applicant("Budi", phone="0812-0000-1111")
    pdf = render_ticket_slip(dataclasses.replace(ticket, requester=phone_only))
    text = pdf_tools.text(pdf)
    assert "Telepon 0812-0000-1111" in text
    assert "Email" not in text.split("Pemohon informasi", 1)[1].split("Permintaan", 1)[0]


def test_one_page_with_embedded_fonts(ticket: TicketSlipData) -> None:
    pdf = render_ticket_slip(ticket)
    assert pdf_tools.pages(pdf) == 1
    assert all(name.startswith("DejaVuSans") for name in pdf_tools.base_fonts(pdf))


def test_ticket_slip_renders_as_the_first_document_of_a_process() -> None:
    """Fonts are registered by the renderer itself, not by an earlier receipt."""
    import subprocess
    import sys

    code = (
        "from tests.unit.documents import samples\n"
        "from counterdesk.documents.ticket_slip import render_ticket_slip\n"
        "pdf = render_ticket_slip(samples.ticket(samples.letterhead()))\n"
        "assert pdf.startswith(b'%PDF')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
