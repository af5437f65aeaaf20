"""Seed 002 (Sertifikasi Profesi PNS) §6: "Waktu tindak lanjut maksimal 3 hari kerja".
The deadline skips the weekend and Hari Kemerdekaan; a report after closing time counts
from the next working day; the supervisor sees near-due first, then overdue ones turn
red; an answer stops the clock."""

from __future__ import annotations

from datetime import UTC, date, datetime

from counterdesk.domain.roles import Role
from counterdesk.services import complaints
from counterdesk.services.complaints import NewComplaint
from tests.conftest import Office

SERVICE = "sertifikasi-pns/sertifikasi-profesi"


def wib(y: int, m: int, d: int, hh: int = 10, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh - 7, mm, tzinfo=UTC)


def _report(name: str, at: datetime, matter: str) -> NewComplaint:
    return NewComplaint(
        channel="email",
        received_at=at,
        matter=matter,
        name=name,
        email=f"{name.split()[0].lower()}@contoh.go.id",
        service_code=SERVICE,
    )


def test_three_working_days_over_a_weekend_and_a_holiday_near_then_overdue(
    office: Office,
) -> None:
    rt, officer, boss = office.runtime, office.actors[Role.OFFICER], office.actors[Role.SUPERVISOR]
    thursday = complaints.log_complaint(
        rt,
        officer,
        _report("Nur Aini", wib(2026, 8, 13, 10), "Hasil uji kompetensi belum diumumkan."),
    )
    # Fri 14 (1), weekend, Mon 17 August Hari Kemerdekaan, Tue 18 (2), Wed 19 (3)
    assert thursday.due_on == date(2026, 8, 19)
    assert "paling lambat 3 hari kerja, yaitu Rabu, 19 Agustus 2026" in (
        thursday.classification_reason
    )
    friday_late = complaints.log_complaint(
        rt,
        officer,
        _report("Rudi Hartono", wib(2026, 8, 14, 16, 30), "Sertifikat tertulis golongan salah."),
    )
    # after closing (16.00): day 0 is Tuesday 18 August, then Wed, Thu, Fri
    assert friday_late.due_on == date(2026, 8, 21)
    assert "dihitung sejak Selasa, 18 Agustus 2026" in friday_late.classification_reason
    answered = complaints.log_complaint(
        rt, officer, _report("Dewi Lestari", wib(2026, 8, 12, 9), "Jadwal ujian bentrok.")
    )
    complaints.add_step(rt, officer, answered.id, "tanggapan", "Jadwal dipindah ke 20 Agustus.")

    tuesday = complaints.complaints_screen(rt, boss, date(2026, 8, 18))
    assert [r.reporter for r in tuesday.rows] == ["Nur Aini", "Rudi Hartono", "Dewi Lestari"]
    near = tuesday.rows[0].deadline
    assert (near.text, near.level) == ("Sisa 1 hari kerja", "near")
    assert tuesday.rows[2].deadline.text == "—"  # answered: no longer running
    assert tuesday.rows[1].deadline.text == "Sisa 3 hari kerja"
    assert (tuesday.unanswered, tuesday.overdue, tuesday.near_due) == (2, 0, 1)

    thursday_after = complaints.complaints_screen(rt, boss, date(2026, 8, 20), open_only=True)
    late = thursday_after.rows[0]
    assert (late.reporter, late.deadline.text, late.deadline.level) == (
        "Nur Aini",
        "Lewat 1 hari",
        "overdue",
    )
    assert thursday_after.rows[1].deadline.text == "Sisa 1 hari kerja"
    assert (thursday_after.overdue, thursday_after.near_due) == (1, 1)


def test_seed_002_has_no_30_day_window(office: Office) -> None:
    late = complaints.log_complaint(
        office.runtime,
        office.actors[Role.OFFICER],
        NewComplaint(
            channel="datang_langsung",
            received_at=wib(2026, 8, 13),
            matter="Sertifikat tahun lalu belum diterima.",
            name="Nur Aini",
            service_code=SERVICE,
            service_received_on=date(2026, 1, 5),
        ),
    )
    assert late.kind_label == "Pengaduan" and late.due_on == date(2026, 8, 19)
    assert complaints.complaint_detail(
        office.runtime, office.actors[Role.OFFICER], late.id, date(2026, 8, 13)
    ).policy_text == ("Wajib ditanggapi paling lambat 3 hari kerja sejak pengaduan diterima.")
