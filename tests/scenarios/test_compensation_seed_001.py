"""Seed 001 (Standar Pelayanan Balai Sertifikasi), Penanganan Pengaduan butir g:

    "Pemberian kompensasi kepada pelanggan akibat terjadinya keterlambatan waktu atas layanan
    yang dijanjikan …: Kompensasi yang diberikan berupa surat permohonan maaf dan pengurangan
    waktu layanan sebanyak 1 (satu) hari dari janji layanan saat pelanggan melakukan
    sertifikasi berikutnya — … dapat diperoleh pelanggan dengan membawa atau menunjukkan
    surat permohonan maaf yang sudah diterima pada saat melakukan sertifikasi berikutnya."

Budi's person certification at counter L01 finishes late; L01 proposes compensation and
grants it with an apology letter. Budi's next certification is filed at counter L02, which
has the rows by sync: the voucher is found there, applied once, and the due date, the
timeline and the receipt say so. Showing the letter again does not shorten another file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from counterdesk.domain.errors import ValidationError
from counterdesk.domain.roles import Role
from counterdesk.services import accounts, applications, compensation, receipts, setup
from counterdesk.services.calendar import office_calendar
from counterdesk.services.context import SYSTEM, Actor
from counterdesk.services.runtime import Runtime
from counterdesk.store.models import Applicant, Application, Blob, Compensation
from tests import pdf_tools
from tests.compensation_helpers import late_person
from tests.conftest import PASSWORD, Office, office_setup
from tests.issuing_helpers import BALAI_PERSON, filed, verified


@pytest.fixture
def counter_l02(tmp_path: Path) -> Iterator[Office]:
    """A second counter of the same office, with its own database."""
    runtime = Runtime.open(database_file=tmp_path / "l02.sqlite3")
    with runtime.unit() as session:
        setup.initialize(session, office_setup(counter_code="L02"))
        actors: dict[Role, Actor] = {}
        for username, role in (("petugas2", Role.OFFICER), ("atasan2", Role.SUPERVISOR)):
            user = accounts.create_user(
                session,
                SYSTEM,
                accounts.NewUser(username, username.title(), frozenset({role}), PASSWORD),
            )
            actors[role] = accounts.actor_for(user)
    yield Office(runtime, actors)
    runtime.close()


def _carry(source: Office, target: Office, number: str) -> None:
    """What a sync file brings for the late file: the applicant (and photo blob), the
    application and its compensation, rows with their ids and origin as the change log has
    them."""
    kinds: list[type[object]] = [Blob, Applicant, Application, Compensation]
    with source.runtime.read() as session:
        app = applications.get_by_number(session, number)
        rows = [
            session.get(Blob, app.applicant.photo_sha256),
            session.get(Applicant, app.applicant_id),
            app,
            session.scalar(select(Compensation).where(Compensation.application_id == app.id)),
        ]
        values = [
            {attr.key: getattr(row, attr.key) for attr in inspect(kind).column_attrs}
            for kind, row in zip(kinds, rows, strict=True)
        ]
    with target.runtime.unit() as session:
        for kind, row_values in zip(kinds, values, strict=True):
            session.add(kind(**row_values))
            session.flush()


def test_late_at_one_counter_compensated_at_the_next_application_at_another(
    office: Office, counter_l02: Office
) -> None:
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

    _carry(office, counter_l02, late)  # the USB stick goes to counter L02

    officer2 = counter_l02.actors[Role.OFFICER]
    note = compensation.voucher_note(counter_l02.runtime, officer2, budi, BALAI_PERSON)
    assert f"surat permohonan maaf No. {letter}" in note
    nxt = filed(counter_l02, budi, BALAI_PERSON)
    assert nxt.startswith("TT-L02-")
    receipt = pdf_tools.text(receipts.receipt(counter_l02.runtime, officer2, nxt))
    assert (
        "Kompensasi keterlambatan: janji layanan dipercepat 1 hari kerja "
        f"(surat permohonan maaf No. {letter})" in receipt
    )
    verified(counter_l02, nxt)
    detail = applications.application_detail(counter_l02.runtime, officer2, nxt)
    labels = [f"{line.label}: {line.note}" for line in detail.timeline]
    assert any("Kompensasi dipakai" in line and letter in line for line in labels)
    with counter_l02.runtime.read() as session:
        app = applications.get_by_number(session, nxt)
        expected = office_calendar(session).add_working_days(app.complete_on, 14 - 1)
    assert detail.due.due_on == expected

    # once: a later file is promised the full time, and the letter is refused for it
    later = filed(counter_l02, budi, BALAI_PERSON)
    with counter_l02.runtime.read() as session:
        assert applications.get_by_number(session, later).days_off == 0
    with pytest.raises(ValidationError, match=f"sudah dipakai untuk permohonan {nxt}"):
        compensation.redeem(counter_l02.runtime, officer2, letter, later)
    view = compensation.granted(counter_l02.runtime, officer2)[0]
    assert view.status_label == "Sudah dipakai" and view.used_on_number == nxt
