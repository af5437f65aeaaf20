"""Seed 000 (Sertifikasi Ahli Kepabeanan, "sak") end to end: a correction and a lost
certificate are decided after an interview recorded in Berita Acara; a legalisation is
"dicek minimal dua lapis: pelaksana dan pimpinan sebagai penandatangan". Each goes from
the request at the counter through the minutes and both layers to the paper."""

from __future__ import annotations

from datetime import date

import pytest

from counterdesk.domain.errors import SelfApproval
from counterdesk.domain.roles import Role
from counterdesk.services import (
    accounts,
    certificate_cases,
    lookup,
    minutes,
    overview,
    registry_entry,
)
from counterdesk.services.certificate_cases import approve, check
from counterdesk.services.context import SYSTEM
from tests import pdf_tools
from tests.case_helpers import SERIAL, holder, minutes_input
from tests.conftest import PASSWORD, Office

DATE_IN_WORDS = "Senin tanggal dua puluh satu bulan Desember tahun dua ribu dua puluh enam"


def _interview(office: Office, application: str, case_type: str) -> str:
    """The officer interviews the holder, saves the draft, signs it; the minutes' paper
    reads as the official form. Returns the minutes number."""
    officer = office.actors[Role.OFFICER]
    draft = minutes.save_draft(
        office.runtime, officer, None, minutes_input(office, application, case_type)
    )
    signed = minutes.sign(office.runtime, officer, draft.id)
    pdf = minutes.minutes_pdf(office.runtime, officer, signed.number)
    text = pdf_tools.all_text(pdf)
    assert f"Pada hari ini, {DATE_IN_WORDS}" in text
    assert signed.number in text and "Budi Santoso" in text and "NIK 3174051203900001" in text
    for block in ("Yang diwawancarai", "Pewawancara", "Saksi", "Mengetahui"):
        assert block in text, block
    assert "Petugas" in text and "Rina Kartika" in text and "Dra. Sri Wahyuni" in text
    return signed.number


def test_correction_from_request_to_the_letter(office: Office) -> None:
    officer, supervisor = office.actors[Role.OFFICER], office.actors[Role.SUPERVISOR]
    case = holder(office, "sak/ralat")
    ba = _interview(office, case.application, "correction")
    requested = certificate_cases.request_correction(
        office.runtime, officer, SERIAL, [("Tanggal lahir", "21-03-1990")], ba
    )
    check(office.runtime, officer, requested.number)
    done = approve(office.runtime, supervisor, requested.number, PASSWORD)
    letter = pdf_tools.all_text(certificate_cases.case_pdf(office.runtime, officer, done.number))
    assert "SURAT KETERANGAN RALAT" in letter and done.letter_number in letter
    assert "12 Maret 1990" in letter and "21 Maret 1990" in letter  # semula, menjadi
    assert ba in letter and SERIAL in letter and "Budi Santoso" in letter
    assert "Atasan" in letter and "Petugas" in letter  # signatory and first-layer paraf
    # the registry shows the corrected certificate, ready to reprint from Cetak
    info = certificate_cases.certificate_info(office.runtime, officer, SERIAL)
    assert {f.field: f.before for f in info.fields}["birth_date"] == "21 Maret 1990"
    assert [r.serial for r in overview.certificates_screen(office.runtime, supervisor).rows] == [
        SERIAL
    ]


def test_lost_certificate_replaced_and_verifiable(office: Office) -> None:
    officer, supervisor = office.actors[Role.OFFICER], office.actors[Role.SUPERVISOR]
    case = holder(office, "sak/kehilangan")
    ba = _interview(office, case.application, "lost")
    requested = certificate_cases.request_replacement(
        office.runtime, officer, SERIAL, "LP/B/512/XII/2026/Polsek Matraman", date(2026, 11, 20), ba
    )
    check(office.runtime, supervisor, requested.number)  # the supervisor checks this time
    with pytest.raises(SelfApproval):  # …so another leader must sign
        approve(office.runtime, supervisor, requested.number, PASSWORD)
    with office.runtime.unit() as s:  # a second leader at the office
        leader = accounts.actor_for(
            accounts.create_user(
                s,
                SYSTEM,
                accounts.NewUser(
                    "kepala", "Drs. Hasan Basri", frozenset({Role.SUPERVISOR}), PASSWORD
                ),
            )
        )
    done = approve(office.runtime, leader, requested.number, PASSWORD)
    letter = pdf_tools.all_text(certificate_cases.case_pdf(office.runtime, officer, done.number))
    assert "PENGGANTI" in letter.upper() and done.letter_number in letter
    assert "LP/B/512/XII/2026/Polsek Matraman" in letter and "20 November 2026" in letter
    assert ba in letter and "Drs. Hasan Basri" in letter
    found = lookup.find_number(office.runtime, officer, SERIAL)
    assert found.status == "replaced" and done.letter_number in found.label


def test_legalisation_of_three_copies_with_stamp_labels(office: Office) -> None:
    officer, supervisor = office.actors[Role.OFFICER], office.actors[Role.SUPERVISOR]
    holder(office, "sak/legalisasi")
    requested = certificate_cases.request_legalisation(office.runtime, officer, SERIAL, 3)
    check(office.runtime, officer, requested.number)
    done = approve(office.runtime, supervisor, requested.number, PASSWORD)
    pdf = certificate_cases.case_pdf(office.runtime, officer, done.number, "F4")
    text = pdf_tools.all_text(pdf)
    for index, number in enumerate(done.legalisation_numbers, start=1):
        assert number in text and f"Salinan ke-{index} dari 3" in text
    assert SERIAL in text and "Budi Santoso" in text and "Atasan" in text
    scanned = sorted(d.text for d in pdf_tools.decode(pdf))
    assert scanned == sorted(done.legalisation_numbers)
    for code in scanned:  # each label's Code 128 leads back to the registry
        found = lookup.find_number(office.runtime, officer, code)
        assert (found.kind, found.number) == ("certificate", SERIAL)


def test_historic_certificate_entered_at_the_counter_can_be_legalised(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    registry_entry.enter_certificate(
        office.runtime,
        officer,
        registry_entry.HistoricCertificateInput(
            serial="SAK-2012-0042", name="Wati Susilawati", nik="3271054101880003",
            issued_on="15 Juni 2012",
        ),
    )  # fmt: skip
    case = certificate_cases.request_legalisation(office.runtime, officer, "sak-2012-0042", 1)
    assert case.serial == "SAK-2012-0042" and case.holder_name == "Wati Susilawati"
