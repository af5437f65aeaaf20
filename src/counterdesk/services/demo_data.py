"""Fills the demo database: one office hosting counters of all five standards, with
applicants, applications at every stage, certificates, interview minutes (draft, signed,
amended) and certificate cases (correction, lost, legalisation) at each layer,
complaints and surveys.

Dates are relative to today, so the demo always looks like a working week. The filler
writes rows directly (the intake and verification use cases build on the same models);
everything still goes through the change log and the audit chain.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from counterdesk.domain import numbers
from counterdesk.domain.formatting import to_zone
from counterdesk.domain.roles import Role
from counterdesk.domain.states import AppStatus
from counterdesk.domain.workdays import WorkCalendar
from counterdesk.services import accounts, audit, certificate_cases, minutes, setup
from counterdesk.services.applications import record_event
from counterdesk.services.calendar import office_calendar
from counterdesk.services.catalog import CatalogService, load_catalog
from counterdesk.services.context import SYSTEM, Actor
from counterdesk.services.demo import DEMO_USERS
from counterdesk.services.demo_timeline import (
    APPROVED_AFTER,
    CHECKED_AFTER,
    Demo,
    at_receipt,
    write_history,
)
from counterdesk.services.minutes import MinutesInput, WitnessInput
from counterdesk.services.numbering import next_number
from counterdesk.services.runtime import Runtime
from counterdesk.services.verification import checklist_hash
from counterdesk.store.base import Base
from counterdesk.store.models import (
    Applicant,
    Application,
    ApplicationEvent,
    Certificate,
    ChecklistItem,
    Complaint,
    SignOff,
    SurveyResponse,
)

DEMO_OFFICE = setup.OfficeSetup(
    office_name="Mal Pelayanan Publik Bale Madukara (DEMO)",
    unit="Loket Sertifikasi Terpadu",
    address="Jl. Jenderal Sudirman, Nagrikaler, Purwakarta, Jawa Barat 41115",
    timezone="Asia/Jakarta",
    counter_code="D01",
    signatory_name="Dr. Bambang Sutrisno, M.Si.",
    signatory_title="Kepala Bidang Pelayanan",
    signatory_nip="197805122003121001",
    admin_username="admin",
    admin_full_name="Yusuf Hidayat",
    admin_password="admin1234",
    phone="(0264) 8224794",
    email="pelayanan@contoh.go.id",
)

PEOPLE = [
    ("Ahmad Fauzi", "L", "Purwakarta"),
    ("Dewi Lestari", "P", "Bandung"),
    ("Budi Santoso", "L", "Jakarta"),
    ("Siti Nurhaliza", "P", "Banda Aceh"),
    ("Rudi Hartono", "L", "Bogor"),
    ("Nur Aini", "P", "Karawang"),
    ("Agus Salim", "L", "Subang"),
    ("Maya Sari", "P", "Bekasi"),
    ("Hendra Gunawan", "L", "Cianjur"),
    ("Fitri Handayani", "P", "Lhokseumawe"),
    ("Eko Prasetyo", "L", "Semarang"),
    ("Ratna Wulandari", "P", "Surabaya"),
    ("Teuku Rizal", "L", "Banda Aceh"),
    ("Intan Permata", "P", "Depok"),
    ("Yoga Pratama", "L", "Purwakarta"),
    ("Lina Marlina", "P", "Sukabumi"),
    ("Dian Kusuma", "P", "Yogyakarta"),
    ("Fajar Nugroho", "L", "Solo"),
]
# Jabatan printed under the signatures of minutes and letters.
TITLES = {
    "petugas": "Pengelola Layanan Sertifikasi",
    "petugas2": "Pengelola Layanan Sertifikasi",
    "atasan": "Kepala Bidang Pelayanan",
    "cetak": "Pengadministrasi Arsip Sertifikat",
}
REGIONS = ["321401", "327301", "317405", "117101", "320101", "321501"]
BUSINESSES = [
    ("PT Mitra Kalkulasi Nusantara", "28173", "Kawasan Industri Kota Bukit Indah, Purwakarta"),
    ("CV Sinar Mesin Kantor", "28173", "Jl. Ipik Gandamanah No. 12, Purwakarta"),
    ("PT Presisi Timbang Indonesia", "28173", "Jl. Raya Sadang, Purwakarta"),
    ("PT Aceh Niaga Lestari", "46100", "Jl. T. Nyak Arief No. 7, Banda Aceh"),
]


@dataclass
class _Ctx:
    session: Session
    calendar: WorkCalendar
    today: date
    rng: random.Random
    users: dict[str, Actor]


def _nik(rng: random.Random, birth: date, sex: str, seq: int) -> str:
    day = birth.day + (40 if sex == "P" else 0)
    return f"{rng.choice(REGIONS)}{day:02d}{birth:%m}{birth:%y}{seq:04d}"


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    """A WIB wall-clock time on ``day`` as UTC."""
    return datetime.combine(day, time(hour, minute), tzinfo=UTC) - timedelta(hours=7)


def _working_days_ago(cal: WorkCalendar, today: date, n: int) -> date:
    day = today
    while not cal.is_working_day(day):
        day -= timedelta(days=1)
    return cal.add_working_days(day, -n) if n else day


def _applicants(ctx: _Ctx) -> tuple[list[Applicant], list[Applicant]]:
    people = []
    for i, (name, sex, place) in enumerate(PEOPLE):
        birth = date(
            1970 + ctx.rng.randrange(30), 1 + ctx.rng.randrange(12), 1 + ctx.rng.randrange(28)
        )
        people.append(
            Applicant(
                kind="person",
                name=name,
                nik=_nik(ctx.rng, birth, sex, i + 1),
                birth_place=place,
                birth_date=birth,
                sex=sex,
                address=f"Jl. Merdeka No. {10 + i}, {place}",
                phone=f"+62812{ctx.rng.randrange(10**7, 10**8)}",
                email=f"{name.split()[0].lower()}.{i}@contoh.id",
                nip=f"{birth:%Y%m%d}20{10 + i % 10}03{1 if sex == 'L' else 2}00{i % 9 + 1}"
                if i % 3 == 0
                else "",
                agency="Pemerintah Kabupaten Purwakarta" if i % 3 == 0 else "",
            )
        )
    firms = [
        Applicant(
            kind="business",
            name=name,
            nib=f"91201{ctx.rng.randrange(10**7, 10**8)}",
            kbli=kbli,
            address=addr,
            contact_person=PEOPLE[i][0],
            phone=f"+62264{ctx.rng.randrange(10**6, 10**7)}",
        )
        for i, (name, kbli, addr) in enumerate(BUSINESSES)
    ]
    ctx.session.add_all(people + firms)
    ctx.session.flush()
    return people, firms


def _application(
    ctx: _Ctx,
    svc: CatalogService,
    who: Applicant,
    status: AppStatus,
    received_days_ago: int,
    officer: Actor,
) -> Application:
    """A file received ``received_days_ago`` working days ago, walked to ``status`` with
    its history (see ``demo_timeline``)."""
    received_on = _working_days_ago(ctx.calendar, ctx.today, received_days_ago)
    received_at = _at(received_on, 8 + ctx.rng.randrange(7), ctx.rng.randrange(60))
    channel = svc.service.channels[0]
    app = Application(
        number=next_number(ctx.session, numbers.RECEIPT, received_on.year),
        applicant_id=who.id,
        standard_code=svc.standard_code,
        service_code=svc.full_code,
        catalog_version=str(svc.version),
        channel=str(getattr(channel, "value", channel)),
        status=AppStatus.RECEIVED.value,
        stage=svc.service.stages[0].code,
        received_at=received_at,
        officer_id=officer.user_id,
    )
    ctx.session.add(app)
    ctx.session.flush()
    complete = status not in (AppStatus.RECEIVED, AppStatus.INCOMPLETE)
    for pos, req in enumerate(svc.service.requirements):
        missing = status == AppStatus.INCOMPLETE and pos == len(svc.service.requirements) - 1
        ctx.session.add(
            ChecklistItem(
                application_id=app.id,
                position=pos,
                requirement_code=req.code,
                label=req.text,
                mandatory=req.mandatory,
                present=complete or (not missing and status != AppStatus.RECEIVED),
                valid=True if complete else None,
                note="Belum dibawa; harap dilengkapi" if missing else "",
            )
        )
    ctx.session.flush()
    ctx.session.refresh(app, ["checklist"])
    demo = Demo(ctx.session, ctx.calendar, ctx.today, ctx.rng, ctx.users["atasan"])
    write_history(demo, app, svc, status, received_days_ago, officer)
    audit.record(
        ctx.session,
        officer,
        "application.created",
        entity="application",
        entity_id=app.number,
        detail={"service": svc.full_code, "status": status.value},
    )
    return app


def _fill(ctx: _Ctx) -> None:
    catalog = load_catalog()
    svc = {s.full_code: s for s in catalog.all_services()}
    people, firms = _applicants(ctx)
    officer, officer2 = ctx.users["petugas"], ctx.users["petugas2"]
    supervisor = ctx.users["atasan"]
    plan: list[tuple[str, str, AppStatus, int]] = [
        # (service, applicant kind, status, received N working days ago)
        ("sak/ujian", "p", AppStatus.DONE, 40),
        ("sak/sertifikat", "p", AppStatus.READY, 12),
        ("sak/legalisasi", "p", AppStatus.AWAITING_SIGNOFF, 1),
        ("sak/legalisasi", "p", AppStatus.AWAITING_SIGNOFF, 3),
        ("sak/ralat", "p", AppStatus.IN_PROCESS, 2),
        ("sak/kehilangan", "p", AppStatus.IN_PROCESS, 4),
        ("sak/input-database", "p", AppStatus.RECEIVED, 0),
        ("balai-sertifikasi/produk-tipe-1", "b", AppStatus.IN_PROCESS, 13),
        ("balai-sertifikasi/produk-tipe-5", "b", AppStatus.PAUSED, 20),
        ("balai-sertifikasi/person", "p", AppStatus.IN_PROCESS, 16),
        ("balai-sertifikasi/bimtek", "p", AppStatus.INCOMPLETE, 2),
        ("balai-sertifikasi/person", "p", AppStatus.DONE, 30),
        ("sertifikasi-pns/sertifikasi-profesi", "p", AppStatus.IN_PROCESS, 10),
        ("sertifikasi-pns/sertifikasi-profesi", "p", AppStatus.AWAITING_SIGNOFF, 0),
        ("sertifikasi-pns/sertifikasi-profesi", "p", AppStatus.INCOMPLETE, 1),
        ("sertifikasi-pns/sertifikasi-profesi", "p", AppStatus.REJECTED, 15),
        ("sertifikasi-pns/sertifikasi-profesi", "p", AppStatus.DONE, 45),
        ("informasi-bc-aceh/informasi", "p", AppStatus.IN_PROCESS, 2),
        ("informasi-bc-aceh/informasi", "p", AppStatus.IN_PROCESS, 1),
        ("informasi-bc-aceh/informasi", "p", AppStatus.DONE, 5),
        ("sertifikat-standar-kbli-28173/sertifikat-standar", "b", AppStatus.IN_PROCESS, 7),
        ("sertifikat-standar-kbli-28173/sertifikat-standar", "b", AppStatus.AWAITING_SIGNOFF, 2),
        ("sertifikat-standar-kbli-28173/sertifikat-standar", "b", AppStatus.RECEIVED, 0),
        ("sertifikat-standar-kbli-28173/sertifikat-standar", "b", AppStatus.WITHDRAWN, 9),
        ("balai-sertifikasi/produk-tipe-1", "b", AppStatus.READY, 16),
        ("balai-sertifikasi/person", "p", AppStatus.READY, 25),  # late: see _late_handover
    ]
    apps: list[Application] = []
    for i, (code, kind, status, ago) in enumerate(plan):
        who = people[i % len(people)] if kind == "p" else firms[i % len(firms)]
        app = _application(ctx, svc[code], who, status, ago, officer if i % 2 else officer2)
        apps.append(app)
        ctx.session.flush()
        fingerprint = checklist_hash(
            list(
                ctx.session.scalars(
                    select(ChecklistItem).where(ChecklistItem.application_id == app.id)
                )
            )
        )
        if status == AppStatus.AWAITING_SIGNOFF:
            ctx.session.add(
                SignOff(
                    application_id=app.id,
                    verifier_id=app.officer_id,
                    checklist_hash=fingerprint,
                    verified_at=app.received_at + CHECKED_AFTER,
                )
            )
        elif app.complete_on is not None and not at_receipt(svc[code]):
            ctx.session.add(
                SignOff(
                    application_id=app.id,
                    verifier_id=app.officer_id,
                    checklist_hash=fingerprint,
                    verified_at=app.received_at + CHECKED_AFTER,
                    supervisor_id=supervisor.user_id,
                    decision="approved",
                    decided_at=app.received_at + APPROVED_AFTER,
                )
            )
    _late_handover(ctx, apps)
    _certificates(ctx, apps, people)
    _minutes(ctx, apps, officer)
    _complaints(ctx, apps)
    _surveys(ctx, apps)
    _cetak(ctx, apps, people)


def _late_handover(ctx: _Ctx, apps: list[Application]) -> None:
    """Kompensasi (issue 10, seed 001): the person certification that became ready well
    after its promised date is handed over an hour later, so the app proposes
    compensation for it (an apology letter, one day off the next certification)."""
    app = next(
        a
        for a in reversed(apps)
        if a.service_code == "balai-sertifikasi/person" and a.status == AppStatus.READY.value
    )
    last = ctx.session.scalars(
        select(ApplicationEvent.at)
        .where(ApplicationEvent.application_id == app.id)
        .order_by(ApplicationEvent.at.desc())
    ).first()
    assert last is not None
    app.status = AppStatus.DONE.value
    app.closed_at = last + timedelta(hours=1)
    note = "Diterima langsung oleh pemohon (KTP diperiksa)"
    record_event(ctx.session, ctx.users["petugas"], app, "handed_over", note=note, at=app.closed_at)


def _certificates(ctx: _Ctx, apps: list[Application], people: list[Applicant]) -> None:
    titles = {
        "sak": "Sertifikat Ahli Kepabeanan",
        "balai-sertifikasi": "Sertifikat Kompetensi Person",
        "sertifikasi-pns": "Sertifikat Kompetensi Profesi",
    }
    for app in apps:
        if (
            app.status in (AppStatus.DONE.value, AppStatus.READY.value)
            and app.standard_code in titles
        ):
            issued = (app.closed_at or app.received_at).date()
            ctx.session.add(
                Certificate(
                    serial=next_number(ctx.session, numbers.CERTIFICATE, issued.year),
                    applicant_id=app.applicant_id,
                    application_id=app.id,
                    standard_code=app.standard_code,
                    service_code=app.service_code,
                    title=titles[app.standard_code],
                    issued_on=issued,
                    valid_until=issued.replace(year=issued.year + 3),
                    printed_count=1 if app.status == AppStatus.DONE.value else 0,
                )
            )
    for i, person in enumerate(people[:8]):  # historic paper certificates (Input Database)
        issued = date(2015 + i, 3 + i % 9, 10 + i)
        ctx.session.add(
            Certificate(
                serial=f"SAK-{issued.year}-{i + 101:04d}",
                applicant_id=person.id,
                standard_code="sak",
                service_code="sak/sertifikat",
                title="Sertifikat Ahli Kepabeanan",
                issued_on=issued,
                historic=True,
                printed_count=1,
            )
        )


def _minutes_input(
    ctx: _Ctx,
    app: Application,
    case_type: str,
    questions: tuple[tuple[str, str], ...],
    conclusion: str,
    *,
    serial: str = "",
    later_minutes: int = 60,
) -> MinutesInput:
    held = to_zone(app.received_at + timedelta(minutes=later_minutes), DEMO_OFFICE.timezone)
    officer, cetak = ctx.users["petugas"], ctx.users["cetak"]
    assert officer.user_id is not None
    return MinutesInput(
        case_type=case_type,
        application_number=app.number,
        held_on=held.date(),
        held_time=f"{held.hour:02d}.{held.minute:02d}",
        place="Ruang wawancara, Loket Sertifikasi Terpadu D01",
        interviewer_ids=(officer.user_id,),
        witnesses=(WitnessInput(cetak.full_name, cetak.nip, TITLES["cetak"]),),
        questions=questions,
        statements=("Keterangan yang saya berikan benar dan dapat dipertanggungjawabkan.",),
        conclusion=conclusion,
        certificate_serial=serial,
    )


def _interview(ctx: _Ctx, data: MinutesInput, *, sign: bool = True) -> str:
    """Minutes saved by the officer (and signed, unless a draft is wanted); the number."""
    officer = ctx.users["petugas"]
    draft = minutes.save(ctx.session, officer, None, data)
    return minutes.sign_minutes(ctx.session, officer, draft.id).number if sign else draft.number


def _minutes(ctx: _Ctx, apps: list[Application], officer: Actor) -> None:
    """Minutes of every case type, signed, amended and draft, and the three certificate
    cases in different states: a correction approved (its letter printable), a lost
    certificate waiting for the leader, legalisations requested and approved."""
    s, users = ctx.session, ctx.users
    supervisor, officer2 = users["atasan"], users["petugas2"]
    by_service: dict[str, list[Application]] = {}
    for app in apps:
        by_service.setdefault(app.service_code, []).append(app)
    ralat, lost = by_service["sak/ralat"][0], by_service["sak/kehilangan"][0]
    legal = by_service["sak/legalisasi"]
    other = by_service["sak/input-database"][0]
    serial = {c.applicant_id: c.serial for c in _historic(ctx)}  # paper certificates
    later = 60 * 24  # a follow-up interview the next day, still a draft

    # correction: signed, then amended by a signed BA perubahan, then approved
    data = _minutes_input(
        ctx,
        ralat,
        "correction",
        (
            ("Data apa yang salah pada sertifikat Saudara?", "Tempat lahir tertulis Bogor."),
            ("Apa yang benar menurut dokumen Saudara?", "Kabupaten Bogor, sesuai KTP dan akta."),
        ),
        "Tempat lahir pada sertifikat diralat menjadi Kabupaten Bogor.",
        serial=serial[ralat.applicant_id],
    )
    first = _interview(ctx, data)
    amended = replace(
        data,
        statements=(*data.statements, "Salinan akta kelahiran diserahkan sebagai bukti."),
    )
    second = minutes.sign_minutes(
        s, officer, minutes.amend_minutes(s, officer, first, amended).id
    ).number
    case = certificate_cases.correction_request(
        s, officer, serial[ralat.applicant_id], [("birth_place", "Kabupaten Bogor")], second
    )
    certificate_cases.check_case(s, officer, case.number)
    certificate_cases.approve_case(s, supervisor, case.number)
    follow_up = (("Apakah ejaan nama pada sertifikat sudah benar?", ""),)
    next_day = _minutes_input(
        ctx, ralat, "correction", follow_up, "", serial=data.certificate_serial, later_minutes=later
    )
    _interview(ctx, next_day, sign=False)

    # lost certificate: signed minutes, request checked by the officer, waiting for the leader
    data = _minutes_input(
        ctx,
        lost,
        "lost",
        (
            ("Kapan dan di mana sertifikat hilang?", "Bulan lalu, tas dicuri di kereta."),
            ("Apakah sudah melapor ke polisi?", "Sudah, laporan Polsek Purwakarta."),
        ),
        "Sertifikat asli hilang; pemohon berhak atas surat keterangan pengganti.",
        serial=serial[lost.applicant_id],
    )
    case = certificate_cases.replacement_request(
        s,
        officer2,
        serial[lost.applicant_id],
        "LP/B/512/XI/2026/Polsek Purwakarta",
        _working_days_ago(ctx.calendar, ctx.today, 6),
        _interview(ctx, data),
    )
    certificate_cases.check_case(s, officer2, case.number)
    follow_up = (("Apakah ada salinan sertifikat yang disimpan?", ""),)
    _interview(
        ctx, _minutes_input(ctx, lost, "lost", follow_up, "", later_minutes=later), sign=False
    )

    # legalisation: one approved (stamp labels printable), one just requested
    done = certificate_cases.legalisation_request(s, officer, serial[legal[1].applicant_id], 2)
    certificate_cases.check_case(s, officer2, done.number)
    certificate_cases.approve_case(s, supervisor, done.number)
    certificate_cases.legalisation_request(s, officer2, serial[legal[0].applicant_id], 3)

    # other: a signed check of a paper certificate's data, and a draft
    question = "Apakah sertifikat kertas ini milik Saudara?"
    answer = ((question, "Ya, ini sertifikat asli saya."),)
    conclusion = "Data sertifikat lama sesuai dengan buku induk."
    _interview(ctx, _minutes_input(ctx, other, "other", answer, conclusion, later_minutes=30))
    draft = _minutes_input(ctx, other, "other", ((question, ""),), "", later_minutes=90)
    _interview(ctx, draft, sign=False)


def _historic(ctx: _Ctx) -> list[Certificate]:
    return list(ctx.session.scalars(select(Certificate).where(Certificate.historic.is_(True))))


def _complaints(ctx: _Ctx, apps: list[Application]) -> None:
    """Pengaduan as the counter logs them (services/complaints): classified by each
    standard's policy — an anonymous one, a confidential one, one past seed 004's 30-day
    window, a complaint-box note without identity (both suggestions), handling steps,
    component and route, one answered and closed with its outcome — beside two older
    information requests."""
    from counterdesk.services import complaints as c

    cal, today = ctx.calendar, ctx.today
    officer, boss = ctx.users["petugas"], ctx.users["atasan"]
    kbli = "sertifikat-standar-kbli-28173"
    open_kbli = next(
        (a.number for a in apps if a.standard_code == kbli and a.status != AppStatus.DONE.value),
        "",
    )

    def received(ago: int, hour: int = 10) -> datetime:
        return _at(_working_days_ago(cal, today, ago), hour)

    def steps(complaint: Complaint, ago: int, *entries: tuple[str, str]) -> None:
        day = _working_days_ago(cal, today, ago)
        for i, (kind, text) in enumerate(entries):
            step = c.log_step(ctx.session, officer, complaint, kind, text)
            step.at = _at(day, 11 + i)
            if kind == "tanggapan":
                complaint.responded_at = step.at

    late = c.log(
        ctx.session,
        officer,
        c.NewComplaint(
            "datang_langsung",
            received(3),
            "Sertifikat standar belum terbit padahal sudah lewat 7 hari kerja sejak "
            "verifikasi lapangan.",
            name="Hendra Gunawan",
            phone="0264 8224794",
            standard_code=kbli,
            application_number=open_kbli,
        ),
    )
    c.assign(ctx.session, officer, late, component="jangka_waktu", route="tim-teknis")
    steps(late, 2, ("inti_masalah", "Penerbitan tertahan menunggu rekomendasi tim teknis."))
    near = c.log(
        ctx.session,
        officer,
        c.NewComplaint(
            "email",
            received(2),
            "Petugas tidak menjelaskan kekurangan berkas; saya harus datang dua kali.",
            name="Nur Aini",
            email="nur.aini@contoh.go.id",
            service_code="sertifikasi-pns/sertifikasi-profesi",
        ),
    )
    c.assign(ctx.session, officer, near, component="perilaku", route="internal")
    steps(
        near,
        1,
        ("inti_masalah", "Daftar kekurangan berkas tidak diberikan tertulis."),
        ("rencana", "Klarifikasi petugas loket; kirim daftar kekurangan lewat e-mail."),
    )
    anonymous = c.log(
        ctx.session,
        officer,
        c.NewComplaint(
            "whatsapp",
            received(5, 9),
            "Diminta uang rokok oleh petugas saat verifikasi lapangan.",
            name="Slamet Riyadi",
            phone="0813-2001-4455",
            anonymous=True,
            standard_code=kbli,
        ),
    )
    c.assign(ctx.session, boss, anonymous, component="biaya", route="apip")
    confidential = c.log(
        ctx.session,
        boss,
        c.NewComplaint(
            "surat",
            received(12),
            "Asesor uji tipe diduga merangkap konsultan pemohon lain.",
            subject="Dugaan konflik kepentingan asesor",
            name="Budi Santoso",
            phone="0812-3456-7890",
            confidential=True,
            standard_code="balai-sertifikasi",
        ),
    )
    c.assign(ctx.session, boss, confidential, component="kompetensi", route="apip")
    steps(
        confidential,
        8,
        ("inti_masalah", "Asesor yang sama tercatat sebagai konsultan PT lain."),
        ("klarifikasi", "Klarifikasi asesor bersama APIP; asesor dibebastugaskan sementara."),
        ("tanggapan", "Asesor dibebastugaskan sementara selama pemeriksaan APIP."),
    )
    closed = c.log(
        ctx.session,
        officer,
        c.NewComplaint(
            "telepon",
            received(15),
            "Petugas loket tidak ramah saat saya menanyakan jadwal verifikasi.",
            name="Dedi Kurniawan",
            phone="0264 8201122",
            standard_code=kbli,
        ),
    )
    c.assign(ctx.session, officer, closed, component="perilaku", route="internal")
    steps(
        closed,
        13,
        ("inti_masalah", "Petugas menjawab ketus saat antrean panjang."),
        ("klarifikasi", "Petugas mengakui; diberi pembinaan oleh Kepala Seksi."),
        ("tanggapan", "Permohonan maaf; petugas telah diberi pembinaan."),
    )
    c.set_outcome(
        ctx.session,
        officer,
        closed,
        outcome="Permohonan maaf disampaikan; jadwal verifikasi diberitahukan.",
        communicated_on=_working_days_ago(cal, today, 12),
        channel="telepon",
    )
    c.close_complaint(ctx.session, officer, closed)
    closed.closed_at = _at(_working_days_ago(cal, today, 12), 15)
    c.log(
        ctx.session,
        officer,
        c.NewComplaint(
            "datang_langsung",
            received(1),
            "Alamat pabrik pada sertifikat standar salah ketik.",
            name="Rina Marlina",
            standard_code=kbli,
            service_received_on=today - timedelta(days=45),
        ),
    )
    c.log(
        ctx.session,
        ctx.users["petugas2"],
        c.NewComplaint(
            "kotak_saran",
            received(1, 8),
            "Mohon disediakan kursi tunggu tambahan di ruang pelayanan.",
            standard_code=kbli,
        ),
    )


def _surveys(ctx: _Ctx, apps: list[Application]) -> None:
    """Thirty SKM responses: each finished application rated once at hand-over (linked),
    the rest anonymous from the kiosk or typed in from paper questionnaires, spread over
    the last weeks; most give a profile, some leave it empty, as on the regulation's form."""
    from counterdesk.domain.survey_profile import AGE_BANDS, EDUCATIONS, OCCUPATIONS, SEXES

    rng = ctx.rng
    done = [a for a in apps if a.status == AppStatus.DONE.value]
    services = sorted({a.service_code for a in done} | {"sak/sertifikat", "sak/ujian"})
    comments = [
        "Pelayanan cepat dan ramah.",
        "Ruang tunggu kurang kursi saat ramai.",
        "Persyaratan sudah jelas di papan informasi.",
        "Mohon nomor antrean dipanggil lebih keras.",
        "Petugas sabar menjelaskan.",
        "Tarif sesuai yang diumumkan.",
    ]

    def pick(options: tuple[tuple[str, str], ...], empty: float) -> str:
        return "" if rng.random() < empty else rng.choice(options)[0]

    for i in range(30):
        app = done[i] if i < len(done) else None
        if app is not None:
            submitted = (app.closed_at or app.received_at) + timedelta(minutes=5)
        else:
            day = _working_days_ago(ctx.calendar, ctx.today, rng.randint(0, 55))
            submitted = _at(day, rng.randint(8, 15), rng.randint(0, 59))
        service = app.service_code if app is not None else rng.choice(services)
        answers = [min(4, max(1, 3 + rng.choice([-1, 0, 0, 1, 1]))) for _ in range(9)]
        ctx.session.add(
            SurveyResponse(
                application_id=app.id if app is not None else None,
                service_code=service,
                standard_code=service.split("/")[0],
                submitted_at=submitted,
                answers=answers,
                comment=comments[i // 5] if i % 5 == 0 else "",
                sex=pick(SEXES, 0.1),
                age_band=pick(AGE_BANDS[1:5], 0.15),
                education=pick(EDUCATIONS[2:6], 0.15),
                occupation=pick(OCCUPATIONS, 0.2),
                source="kertas" if app is None and i % 4 == 0 else "kiosk",
                entered_by_name=ctx.users["petugas"].full_name,
            )
        )


def _cetak(ctx: _Ctx, apps: list[Application], people: list[Applicant]) -> None:
    """The Cetak tab's registry: person cards beside the person certificates, photos of
    the holders, a paid person certification issued today (certificate and card ready to
    print), and the finished files' products printed once and handed over."""
    import hashlib
    import io

    from PIL import Image

    from counterdesk.domain.catalog import Product
    from counterdesk.domain.ids import uuid7
    from counterdesk.services import applications, issuing
    from counterdesk.store.models import Blob, Handover, PrintLog

    for i, holder in enumerate(people):  # 3×4 pas foto, one colour each
        out = io.BytesIO()
        Image.new("RGB", (300, 400), (90 + 13 * i % 120, 120, 170 - 7 * i % 80)).save(out, "JPEG")
        data = out.getvalue()
        blob = Blob(sha256=hashlib.sha256(data).hexdigest(), mime="image/jpeg", data=data)
        ctx.session.add(blob)
        ctx.session.flush()  # the blob before the applicant that refers to it
        holder.photo_sha256 = blob.sha256
    ctx.session.flush()
    officer, cetak = ctx.users["petugas"], ctx.users["cetak"]
    made = list(ctx.session.scalars(select(Certificate).where(Certificate.historic.is_(False))))
    for cert in made:
        cert.template = issuing.template_for(cert.service_code, cert.product_kind)
        if cert.service_code == "balai-sertifikasi/person":
            card = Product(name="Kartu Person tersertifikasi", kind="card", valid_years=3)
            ctx.session.add(
                Certificate(
                    serial=next_number(ctx.session, numbers.CERTIFICATE, cert.issued_on.year),
                    applicant_id=cert.applicant_id,
                    application_id=cert.application_id,
                    standard_code=cert.standard_code,
                    service_code=cert.service_code,
                    title=card.name,
                    issued_on=cert.issued_on,
                    valid_until=cert.valid_until,
                    printed_count=cert.printed_count,
                    product_kind=card.kind,
                    template=issuing.template_for(cert.service_code, card.kind),
                )
            )
    for app in apps:  # paid and signed off, not issued yet: issued now, ready to print
        if (
            app.service_code == "balai-sertifikasi/person"
            and app.status == AppStatus.IN_PROCESS.value
            and not applications.issue_missing(ctx.session, app)
        ):
            for cert in issuing.issue_in(ctx.session, officer, app.number):
                cert.issued_on = ctx.today
                cert.valid_until = ctx.today.replace(year=ctx.today.year + 3)
    ctx.session.flush()
    for app in apps:
        if app.status != AppStatus.DONE.value:
            continue
        certs = list(
            ctx.session.scalars(select(Certificate).where(Certificate.application_id == app.id))
        )
        if not certs:
            continue
        handed_at = app.closed_at or app.received_at
        handover = Handover(
            application_id=app.id,
            receiver_name=app.applicant.name,
            receiver_id_label="NIK",
            receiver_id=app.applicant.nik or "",
            power_of_attorney=False,
            handed_by_id=officer.user_id,
            handed_at=handed_at,
        )
        ctx.session.add(handover)
        ctx.session.flush()
        batch = uuid7()
        for cert in certs:
            cert.status, cert.handover_id, cert.printed_count = "handed_over", handover.id, 1
            ctx.session.add(
                PrintLog(
                    certificate_id=cert.id,
                    printed_at=handed_at - timedelta(hours=2),
                    printed_by_id=cetak.user_id,
                    printed_by_name=cetak.full_name,
                    printer="Evolis Primacy" if cert.product_kind == "card" else "Epson L3150",
                    paper="CR80" if cert.product_kind == "card" else "A4",
                    copy_number=1,
                    batch_id=batch,
                )
            )


def _wipe(runtime: Runtime) -> None:
    with runtime.db.engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())
    runtime.reset_identity()


def ensure_demo(runtime: Runtime, reset: bool = False, today: date | None = None) -> bool:
    """Fill the demo database if it is empty (or ``reset``); True when it was filled."""
    if reset:
        _wipe(runtime)
    if runtime.is_initialized():
        return False
    with runtime.unit() as session:
        setup.initialize(session, DEMO_OFFICE)
    with runtime.unit(SYSTEM) as session:
        users: dict[str, Actor] = {}
        for demo in DEMO_USERS:
            if demo.username == DEMO_OFFICE.admin_username:
                continue
            user = accounts.create_user(
                session,
                SYSTEM,
                accounts.NewUser(
                    demo.username,
                    demo.full_name,
                    demo.roles,
                    demo.password,
                    demo.nip,
                    TITLES.get(demo.username, ""),
                ),
            )
            users[demo.username] = accounts.actor_for(user)
        cal = office_calendar(session)
        ctx = _Ctx(session, cal, today or date.today(), random.Random(2026), users)
        _fill(ctx)
        audit.record(session, SYSTEM, "demo.filled")
    return True


__all__ = ["Role", "ensure_demo"]
