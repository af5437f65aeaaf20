"""Seed 004 (DPMPTSP Purwakarta, Sertifikat Standar KBLI 28173) §6: a complaint within
30 calendar days of the service is a complaint due in 14 working days; day 31 is a
suggestion; no identity is a suggestion; the officer analyses it in seed 004's steps,
routes it, answers, records the outcome told to the complainant, then closes it."""

from __future__ import annotations

from datetime import date

import pytest

from counterdesk.domain.errors import ValidationError
from counterdesk.domain.roles import Role
from counterdesk.domain.states import AppStatus
from counterdesk.services import applications, complaints
from counterdesk.services.complaints import NewComplaint
from counterdesk.store.models import Application
from tests.conftest import Office
from tests.scenarios.test_seed_standards_intake import _business, wib

STANDARD = "sertifikat-standar-kbli-28173"


def _handed_over_application(office: Office) -> str:
    """PT Mitra Kalkulasi's certificate, handed over on Friday 10 April 2026."""
    officer = office.actors[Role.OFFICER]
    business = _business(office)
    with office.runtime.unit(officer) as s:
        app = applications.file_application(
            s,
            officer,
            applications.NewApplication(
                business.id,  # type: ignore[attr-defined]
                f"{STANDARD}/sertifikat-standar",
                "website",
            ),
            now=wib(2026, 3, 2, 10),
        )
        number = app.number
    with office.runtime.unit(officer) as s:  # the file's stages are not this test's story
        done = s.get(Application, app.id)
        assert done is not None
        done.status, done.closed_at = AppStatus.DONE.value, wib(2026, 4, 10, 14)
    return number


def _report(application: str, **overrides: object) -> NewComplaint:
    values: dict[str, object] = dict(
        channel="website",
        received_at=wib(2026, 5, 10, 20),  # Sunday evening, day 30 after the service
        matter="Petugas meminta biaya tambahan untuk mempercepat verifikasi lapangan.",
        name="Hendra Gunawan",
        phone="0812-2233-4455",
        application_number=application,
    )
    values.update(overrides)
    return NewComplaint(**values)  # type: ignore[arg-type]


def test_day_30_in_day_31_suggestion_no_identity_suggestion(office: Office) -> None:
    rt, officer = office.runtime, office.actors[Role.OFFICER]
    application = _handed_over_application(office)

    preview = complaints.preview_classification(rt, officer, _report(application))
    assert preview.policy_text == (
        "Batas pengaduan 30 hari kalender sejak layanan diterima (lewat dari itu dicatat "
        "sebagai saran); wajib ditanggapi paling lambat 14 hari kerja."
    )
    day30 = complaints.log_complaint(rt, officer, _report(application))
    assert day30.kind_label == "Pengaduan" and day30.service_received_on == date(2026, 4, 10)
    assert day30.application_number == application
    assert day30.service_code == f"{STANDARD}/sertifikat-standar"
    # Sunday → counted from Monday 11 May; 14 working days skip Kenaikan Yesus Kristus and
    # its cuti bersama (14-15 May), Idul Adha and its cuti bersama (27-28 May) and Hari
    # Lahir Pancasila (1 June)
    assert day30.due_on == date(2026, 6, 5)
    assert day30.classification_reason == (
        "Dicatat sebagai pengaduan: wajib ditanggapi paling lambat 14 hari kerja, yaitu "
        "Jumat, 5 Juni 2026. Diterima di luar jam/hari layanan, jadi dihitung sejak Senin, "
        "11 Mei 2026."
    )

    day31 = complaints.log_complaint(
        rt, officer, _report(application, received_at=wib(2026, 5, 11, 9))
    )
    assert day31.kind_label == "Saran/masukan" and day31.due_on is None
    assert day31.classification_reason == (
        "Diterima 31 hari setelah layanan (batas 30 hari): dicatat sebagai saran."
    )

    box = complaints.log_complaint(
        rt,
        office.actors[Role.ADMIN],
        NewComplaint(
            channel="kotak_saran",
            received_at=wib(2026, 5, 11, 9),
            matter="Toilet disabilitas di lantai 1 terkunci.",
            standard_code=STANDARD,
        ),
    )
    assert box.kind_label == "Saran/masukan" and box.name == ""
    assert box.classification_reason == "Tanpa identitas pelapor: dicatat sebagai saran/masukan."

    screen = complaints.complaints_screen(rt, officer, date(2026, 5, 12))
    assert screen.rows[0].number == day30.number  # the one with a deadline first
    assert screen.rows[0].deadline.text == "Sisa 13 hari kerja"  # on Tuesday 12 May
    assert {r.reporter for r in screen.rows[1:]} == {"Hendra Gunawan", "(tanpa identitas)"}


def test_handling_steps_outcome_close(office: Office) -> None:
    rt, officer = office.runtime, office.actors[Role.OFFICER]
    application = _handed_over_application(office)
    c = complaints.log_complaint(rt, officer, _report(application))

    c = complaints.set_handling(rt, officer, c.id, component="biaya", route="internal")
    assert (c.status_label, c.component_label) == ("Ditelaah", "Biaya/tarif")
    assert c.route_label == "Penyelesaian pengaduan di internal DPMPTSP"
    analysis = [
        ("inti_masalah", "Dugaan pungutan di luar tarif resmi (retribusi Rp0)."),
        ("aturan_terkait", "Standar pelayanan butir 4: biaya/tarif Rp0 (gratis)."),
        ("dokumen_terdahulu", "Tidak ada pengaduan serupa tentang petugas verifikasi."),
        ("rencana", "Klarifikasi petugas lapangan dan pelapor; minta bukti transfer."),
        ("klarifikasi", "Petugas mengakui meminta uang bensin; diberi teguran tertulis."),
    ]
    for kind, text in analysis:
        c = complaints.add_step(rt, officer, c.id, kind, text)
    assert [s.kind_label for s in c.steps] == [
        "Inti masalah",
        "Kaitan dengan SP/SOP/peraturan",
        "Dokumen/informasi terdahulu",
        "Rencana penanganan",
        "Klarifikasi/konfirmasi/pemeriksaan",
    ]
    assert c.status_label == "Ditelaah" and not c.can_reply_letter

    c = complaints.add_step(
        rt, officer, c.id, "tanggapan", "Pungutan tidak sah; uang dikembalikan dan petugas ditegur."
    )
    assert c.status_label == "Dijawab" and c.can_reply_letter
    assert c.deadline.text == "—"  # answered: the clock stopped

    with pytest.raises(ValidationError) as refused:
        complaints.close(rt, officer, c.id)
    assert str(refused.value) == (
        "Isi hasil penanganan, tanggal dan saluran penyampaiannya kepada pelapor sebelum menutup."
    )
    c = complaints.record_outcome(
        rt,
        officer,
        c.id,
        outcome="Uang Rp150.000 dikembalikan kepada pelapor; petugas mendapat teguran tertulis.",
        communicated_on=date(2026, 6, 3),
        channel="telepon",
    )
    assert c.can_close and c.close_blocker == ""
    c = complaints.close(rt, officer, c.id)
    assert c.status_label == "Selesai" and c.closed_by == "Petugas"
    assert c.outcome_communicated_on == date(2026, 6, 3) and c.outcome_channel == "telepon"
    screen = complaints.complaints_screen(rt, officer, date(2026, 6, 4), open_only=True)
    assert c.number not in [r.number for r in screen.rows]
