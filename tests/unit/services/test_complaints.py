"""services/complaints.py: logging, classification, supervisor override, masking, handling
and closing, attachments — what the officer and the supervisor see."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from counterdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from counterdesk.domain.roles import Role
from counterdesk.services import complaints
from counterdesk.services.complaints import NewComplaint
from counterdesk.store.models import AuditEvent, Blob
from tests.conftest import Office

SEED_004 = "sertifikat-standar-kbli-28173"
SEED_002 = "sertifikasi-pns"


def wib(y: int, m: int, d: int, hh: int = 10, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh - 7, mm, tzinfo=UTC)


def new(**overrides: object) -> NewComplaint:
    values: dict[str, object] = dict(
        channel="datang_langsung",
        received_at=wib(2026, 11, 2),
        matter="Petugas meminta biaya di luar tarif resmi.\nTerjadi di loket 2.",
        name="Hendra Gunawan",
        phone="0812-3456-7890",
        standard_code=SEED_004,
    )
    values.update(overrides)
    return NewComplaint(**values)  # type: ignore[arg-type]


def officer(office: Office):  # type: ignore[no-untyped-def]
    return office.actors[Role.OFFICER]


def supervisor(office: Office):  # type: ignore[no-untyped-def]
    return office.actors[Role.SUPERVISOR]


def test_a_complaint_gets_a_number_reason_and_14_working_day_deadline(office: Office) -> None:
    d = complaints.log_complaint(office.runtime, officer(office), new())
    assert d.number.startswith("ADU-") and d.kind == "pengaduan" and d.kind_label == "Pengaduan"
    assert d.due_on == date(2026, 11, 20)
    assert "paling lambat 14 hari kerja, yaitu Jumat, 20 November 2026" in d.classification_reason
    assert d.subject == "Petugas meminta biaya di luar tarif resmi."
    assert d.phone == "+6281234567890" and d.received_by == "Petugas"
    assert d.status_label == "Baru" and d.standard_title.startswith("Sertifikat Standar")
    assert not d.can_close and d.close_blocker.startswith("Isi hasil penanganan")


def test_no_matter_becomes_a_suggestion_and_says_so(office: Office) -> None:
    d = complaints.log_complaint(office.runtime, officer(office), new(matter="  "))
    assert d.kind == "saran" and d.due_on is None
    assert d.classification_reason == "Tanpa materi pengaduan: dicatat sebagai saran/masukan."
    assert d.deadline.text == "Saran: tanpa batas jawab"


def test_no_identity_becomes_a_suggestion_even_where_the_policy_is_silent(
    office: Office,
) -> None:
    d = complaints.log_complaint(
        office.runtime, officer(office), new(name="", phone="", standard_code=SEED_002)
    )
    assert d.kind == "saran" and "Tanpa identitas pelapor" in d.classification_reason


def test_the_preview_says_why_before_anything_is_written(office: Office) -> None:
    p = complaints.preview_classification(
        office.runtime,
        officer(office),
        new(service_received_on=date(2026, 10, 2)),
    )
    assert p.kind == "saran" and p.kind_label == "Saran/masukan"
    assert p.reason == "Diterima 31 hari setelah layanan (batas 30 hari): dicatat sebagai saran."
    assert p.policy_text.startswith("Batas pengaduan 30 hari kalender")
    assert (
        complaints.complaints_screen(office.runtime, officer(office), date(2026, 11, 2)).rows == ()
    )


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("nik", "31740512039", "NIK harus 16 angka"),
        ("phone", "12345", "harus diawali 0, 62 atau"),
        ("email", "budi@", "Alamat e-mail"),
        ("channel", "merpati", "Saluran 'merpati' tidak dikenal"),
        ("application_number", "SK-X01-26-000001Q", "tidak ditemukan di loket ini"),
        ("service_code", "sak/legalisasi", "bukan bagian dari standar"),
    ],
)
def test_bad_input_is_refused_naming_what_to_fix(
    office: Office, field: str, value: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        complaints.log_complaint(office.runtime, officer(office), new(**{field: value}))


def test_a_report_from_the_future_is_refused(office: Office) -> None:
    with pytest.raises(ValidationError, match="belum terjadi"):
        complaints.log_complaint(
            office.runtime,
            officer(office),
            new(received_at=datetime.now(UTC) + timedelta(days=1)),
        )


def test_a_valid_nik_is_kept(office: Office) -> None:
    d = complaints.log_complaint(office.runtime, supervisor(office), new(nik="3174 0512 0390 0001"))
    assert d.nik == "3174051203900001"


def test_after_closing_time_the_deadline_counts_from_the_next_working_day(
    office: Office,
) -> None:
    friday_evening = wib(2026, 11, 6, 17)  # office closes 16.00
    d = complaints.log_complaint(
        office.runtime, officer(office), new(received_at=friday_evening, standard_code=SEED_002)
    )
    assert d.due_on == date(2026, 11, 12)  # Monday is day 0, then Tue, Wed, Thu
    assert "dihitung sejak Senin, 9 November 2026" in d.classification_reason


def test_an_officer_cannot_override_the_classification(office: Office) -> None:
    d = complaints.log_complaint(office.runtime, officer(office), new(matter=""))
    assert not d.can_override
    with pytest.raises(PermissionDenied, match="Hanya atasan yang boleh mengubah klasifikasi"):
        complaints.override_kind(
            office.runtime, officer(office), d.id, "pengaduan", "Materi disampaikan lisan."
        )


def test_a_supervisor_overrides_with_a_reason_and_it_is_audited(office: Office) -> None:
    boss = supervisor(office)
    d = complaints.log_complaint(office.runtime, officer(office), new(matter=""))
    with pytest.raises(ValidationError, match="minimal 10 huruf"):
        complaints.override_kind(office.runtime, boss, d.id, "pengaduan", "lisan")
    with pytest.raises(ValidationError, match="sudah tercatat sebagai saran"):
        complaints.override_kind(office.runtime, boss, d.id, "saran", "Tetap saran saja ya.")
    after = complaints.override_kind(
        office.runtime, boss, d.id, "pengaduan", "Materi disampaikan lisan di loket."
    )
    assert after.kind == "pengaduan" and after.classified_kind == "saran"
    assert after.due_on == date(2026, 11, 20)
    assert after.override_reason == "Materi disampaikan lisan di loket."
    assert after.overridden_by == "Atasan" and after.overridden_at is not None
    back = complaints.override_kind(office.runtime, boss, d.id, "saran", "Ternyata hanya usul.")
    assert back.due_on is None
    with office.runtime.read(boss) as s:
        changes = [
            (e.detail["old"], e.detail["new"])
            for e in s.scalars(
                select(AuditEvent).where(AuditEvent.action == "complaint.kind_overridden")
            )
        ]
    assert changes == [("saran", "pengaduan"), ("pengaduan", "saran")]


def test_anonymous_and_confidential_are_masked_for_officers_not_supervisors(
    office: Office,
) -> None:
    d = complaints.log_complaint(
        office.runtime,
        officer(office),
        new(anonymous=True, confidential=True, email="hendra@contoh.id"),
    )
    complaints.add_step(office.runtime, supervisor(office), d.id, "inti_masalah", "Pungli.")
    seen = complaints.complaint_detail(office.runtime, officer(office), d.id, date(2026, 11, 3))
    assert (seen.name, seen.phone, seen.email) == ("(dirahasiakan)",) * 3
    assert seen.subject == seen.matter == "(isi dirahasiakan — hanya atasan)"
    assert seen.steps[0].text == "(isi dirahasiakan — hanya atasan)"
    assert seen.identity_hidden and seen.content_hidden and not seen.can_reply_letter
    row = complaints.complaints_screen(office.runtime, officer(office), date(2026, 11, 3)).rows[0]
    assert (row.reporter, row.subject) == ("(dirahasiakan)", "(isi dirahasiakan — hanya atasan)")
    boss = complaints.complaint_detail(office.runtime, supervisor(office), d.id, date(2026, 11, 3))
    assert boss.name == "Hendra Gunawan" and boss.email == "hendra@contoh.id"
    assert boss.steps[0].text == "Pungli."
    boss_row = complaints.complaints_screen(office.runtime, supervisor(office), date(2026, 11, 3))
    assert boss_row.rows[0].reporter == "Hendra Gunawan"


def test_handling_steps_response_outcome_close(office: Office) -> None:
    rt, who = office.runtime, officer(office)
    d = complaints.log_complaint(rt, who, new())
    d = complaints.set_handling(rt, who, d.id, component="biaya", route="internal")
    assert d.status_label == "Ditelaah" and d.component_label == "Biaya/tarif"
    assert d.route_label == "Penyelesaian pengaduan di internal DPMPTSP"
    d = complaints.add_step(rt, who, d.id, "tanggapan", "Biaya itu tidak resmi; sudah ditegur.")
    assert d.status_label == "Dijawab" and d.response.startswith("Biaya itu tidak resmi")
    assert d.can_reply_letter and d.deadline.text == "—"
    with pytest.raises(ValidationError, match="Isi hasil penanganan, tanggal dan saluran"):
        complaints.close(rt, who, d.id)
    with pytest.raises(ValidationError, match="Pilih saluran penyampaian hasil"):
        complaints.record_outcome(
            rt, who, d.id, outcome="Uang dikembalikan.", communicated_on=date(2026, 11, 5),
            channel="kotak_saran",
        )  # fmt: skip
    with pytest.raises(ValidationError, match="sebelum pengaduan diterima"):
        complaints.record_outcome(
            rt, who, d.id, outcome="Uang dikembalikan.", communicated_on=date(2026, 11, 1),
            channel="telepon",
        )  # fmt: skip
    d = complaints.record_outcome(
        rt, who, d.id, outcome="Uang dikembalikan.", communicated_on=date(2026, 11, 5),
        channel="telepon",
    )  # fmt: skip
    assert d.can_close and d.close_blocker == ""
    d = complaints.close(rt, who, d.id)
    assert d.status_label == "Selesai" and d.closed_by == "Petugas" and not d.can_override
    with pytest.raises(ValidationError, match="sudah ditutup"):
        complaints.add_step(rt, who, d.id, "catatan", "Terlambat dicatat.")


def test_attachments_are_stored_once_by_hash_and_confidential_ones_stay_closed(
    office: Office,
) -> None:
    rt = office.runtime
    scan = b"%PDF-1.4 surat pengaduan"
    d = complaints.log_complaint(
        rt, officer(office), new(confidential=True, attachments=(("surat.pdf", scan),))
    )
    d = complaints.add_attachment(rt, supervisor(office), d.id, "salinan.pdf", scan)
    assert [a.size for a in d.attachments] == [len(scan), len(scan)]
    assert d.attachments[0].sha256 == d.attachments[1].sha256
    with rt.read(supervisor(office)) as s:
        assert len(s.scalars(select(Blob).where(Blob.sha256 == d.attachments[0].sha256)).all()) == 1
    assert complaints.attachment_data(rt, supervisor(office), d.attachments[0].id) == (
        "surat.pdf",
        scan,
    )
    with pytest.raises(PermissionDenied, match="hanya dapat dibuka atasan"):
        complaints.attachment_data(rt, officer(office), d.attachments[0].id)
    with pytest.raises(ValidationError, match="melebihi batas 20 MB"):
        complaints.add_attachment(rt, officer(office), d.id, "video.mp4", b"0" * (21 << 20))


def test_the_list_puts_the_nearest_deadline_first_and_closed_last(office: Office) -> None:
    rt, who = office.runtime, officer(office)
    late = complaints.log_complaint(
        rt, who, new(received_at=wib(2026, 11, 2), standard_code=SEED_002)
    )
    soon = complaints.log_complaint(
        rt, who, new(received_at=wib(2026, 11, 4), standard_code=SEED_002)
    )
    idea = complaints.log_complaint(rt, who, new(matter="", received_at=wib(2026, 11, 5)))
    done = complaints.log_complaint(rt, who, new(received_at=wib(2026, 11, 6)))
    complaints.add_step(rt, who, done.id, "tanggapan", "Sudah ditangani.")
    complaints.record_outcome(
        rt, who, done.id, outcome="Selesai ditangani.", communicated_on=date(2026, 11, 9),
        channel="email",
    )  # fmt: skip
    complaints.close(rt, who, done.id)
    screen = complaints.complaints_screen(rt, who, date(2026, 11, 6))
    assert [r.number for r in screen.rows] == [late.number, soon.number, idea.number, done.number]
    assert (
        screen.rows[0].deadline.text == "Lewat 1 hari"
        and screen.rows[0].deadline.level == "overdue"
    )
    assert screen.rows[1].deadline.level in {"near", "due_today"}
    assert (screen.unanswered, screen.overdue, screen.near_due) == (3, 1, 1)
    open_only = complaints.complaints_screen(rt, who, date(2026, 11, 6), open_only=True)
    assert done.number not in [r.number for r in open_only.rows]


def test_find_complaint_by_number(office: Office) -> None:
    d = complaints.log_complaint(office.runtime, officer(office), new())
    assert complaints.find_complaint(office.runtime, officer(office), d.number.lower()) == d.id
    with pytest.raises(ValidationError, match="tidak ditemukan"):
        complaints.find_complaint(office.runtime, officer(office), "ADU-L01-26-999999X")
    with pytest.raises(NotFound):
        complaints.complaint_detail(
            office.runtime, officer(office), uuid.uuid4(), date(2026, 11, 2)
        )


def test_a_printer_may_not_see_complaints(office: Office) -> None:
    with pytest.raises(PermissionDenied):
        complaints.complaints_screen(office.runtime, office.actors[Role.PRINTER], date(2026, 11, 2))


def test_form_options_list_the_channels_standards_and_routes(office: Office) -> None:
    opts = complaints.form_options(office.runtime, officer(office))
    assert ("sp4n_lapor", "SP4N-LAPOR!") in opts.channels
    codes = [s[0] for s in opts.standards]
    assert SEED_004 in codes and SEED_002 in codes and "sak" not in codes
    assert ("apip", "APIP (Aparat Pengawas Intern Pemerintah)") in opts.routes
    assert all(c != "kotak_saran" for c, _ in opts.outcome_channels)
