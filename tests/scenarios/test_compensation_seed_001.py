"""Seed 001 (Standar Pelayanan Balai Sertifikasi), Penanganan Pengaduan butir g:

    "Pemberian kompensasi kepada pelanggan akibat terjadinya keterlambatan waktu atas layanan
    yang dijanjikan …: Kompensasi yang diberikan berupa surat permohonan maaf dan pengurangan
    waktu layanan sebanyak 1 (satu) hari dari janji layanan saat pelanggan melakukan
    sertifikasi berikutnya — … dapat diperoleh pelanggan dengan membawa atau menunjukkan
    surat permohonan maaf yang sudah diterima pada saat melakukan sertifikasi berikutnya."

Budi's person certification at counter L01 finishes late; L01 proposes compensation and
grants it with an apology letter. Budi's next certification is filed at counter L02, which
receives L01's sync file (exported and imported as the counters do): the voucher is found
there, applied once, and the due date, the timeline and the receipt say so. Showing the
letter again does not shorten another file, and after L02's file reaches L01 the letter
shows as spent there too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterdesk.domain.errors import ValidationError
from counterdesk.domain.roles import Role
from counterdesk.services import applications, compensation, receipts
from counterdesk.services.calendar import office_calendar
from tests import pdf_tools
from tests.compensation_helpers import late_person
from tests.conftest import Office
from tests.issuing_helpers import BALAI_PERSON, filed, verified
from tests.sync_helpers import Counter, counters_in, exchange


def test_late_at_one_counter_compensated_at_the_next_application_at_another(
    tmp_path: Path,
) -> None:
    with counters_in(tmp_path, ("L01", "L02")) as (l01, l02):
        _late_at_l01_used_once_at_l02(l01, l02, tmp_path)


def _late_at_l01_used_once_at_l02(l01: Counter, l02: Counter, tmp_path: Path) -> None:
    office, at_l02 = Office(l01.runtime, l01.actors), Office(l02.runtime, l02.actors)
    officer = office.actors[Role.OFFICER]
    budi, late = late_person(office)

    proposal = compensation.proposal_for(office.runtime, officer, late)
    assert proposal is not None and proposal.late_working_days == 16
    granted = compensation.grant(office.runtime, officer, late)
    letter = granted.letter_number
    text = pdf_tools.text(compensation.apology_letter_pdf(office.runtime, officer, granted.id))
    assert "Hal : Permohonan maaf atas keterlambatan layanan" in text
    assert "pengurangan waktu layanan sebanyak 1 (satu) hari kerja" in text
    assert "Dra. Sri Wahyuni" in text  # the office signatory
    with pytest.raises(ValidationError, match="tidak diberikan dua kali"):
        compensation.grant(office.runtime, officer, late)

    exchange(l01, l02, tmp_path)  # a sync file on a USB stick goes to counter L02

    officer2 = at_l02.actors[Role.OFFICER]
    note = compensation.voucher_note(at_l02.runtime, officer2, budi, BALAI_PERSON)
    assert f"surat permohonan maaf No. {letter}" in note
    nxt = filed(at_l02, budi, BALAI_PERSON)
    assert nxt.startswith("TT-L02-")
    receipt = pdf_tools.text(receipts.receipt(at_l02.runtime, officer2, nxt))
    assert (
        "Kompensasi keterlambatan: janji layanan dipercepat 1 hari kerja "
        f"(surat permohonan maaf No. {letter})" in receipt
    )
    verified(at_l02, nxt)
    detail = applications.application_detail(at_l02.runtime, officer2, nxt)
    labels = [f"{line.label}: {line.note}" for line in detail.timeline]
    assert any("Kompensasi dipakai" in line and letter in line for line in labels)
    with at_l02.runtime.read() as session:
        app = applications.get_by_number(session, nxt)
        expected = office_calendar(session).add_working_days(app.complete_on, 14 - 1)
    assert detail.due.due_on == expected

    # once: a later file is promised the full time, and the letter is refused for it
    later = filed(at_l02, budi, BALAI_PERSON)
    with at_l02.runtime.read() as session:
        assert applications.get_by_number(session, later).days_off == 0
    with pytest.raises(ValidationError, match=f"sudah dipakai untuk permohonan {nxt}"):
        compensation.redeem(at_l02.runtime, officer2, letter, later)
    view = compensation.granted(at_l02.runtime, officer2)[0]
    assert view.status_label == "Sudah dipakai" and view.used_on_number == nxt

    # and back at L01 after the next sync: the letter is spent there too
    exchange(l02, l01, tmp_path)
    view = compensation.granted(office.runtime, officer)[0]
    assert view.status_label == "Sudah dipakai" and view.used_on_number == nxt
