"""Satisfaction survey (SKM, PermenPANRB 14/2017; issue 10 point 6): responses from the
kiosk at the counter or typed in from a paper batch, the offer at hand-over where the
standard says so, and the period report (NRR per element, IKM, grade, satisfied share
against the standard's target) as plain data, PDF and XLSX.

A response is anonymous: nine answers 1-4, the optional profile of the regulation's form,
and at most a link to the application it rated (one response per application).
"""

from __future__ import annotations

import re
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from counterdesk.domain import ikm
from counterdesk.domain.catalog import ServiceStandard, SurveyPolicy
from counterdesk.domain.errors import ConflictError, NotFound, ValidationError
from counterdesk.domain.formatting import format_date_long
from counterdesk.domain.roles import Role
from counterdesk.domain.survey_profile import (
    AGE_BANDS,
    EDUCATIONS,
    OCCUPATIONS,
    PROFILE_FIELDS,
    QUESTIONS,
    SEXES,
    Options,
    check_profile,
    label_of,
)
from counterdesk.services import audit
from counterdesk.services.applications import get_by_number, office_day
from counterdesk.services.catalog import CatalogService, load_catalog
from counterdesk.services.context import Actor, require_role
from counterdesk.services.setup import get_office
from counterdesk.store.base import utcnow
from counterdesk.store.models import Application, SurveyResponse

if TYPE_CHECKING:
    from counterdesk.documents.survey_report import SurveyReportData
    from counterdesk.documents.xlsx import Sheet
    from counterdesk.services.runtime import Runtime

SOURCES: dict[str, str] = {"kiosk": "Layar survei di loket", "kertas": "Kuesioner kertas"}
DEFAULT_TARGET = 80
IDLE_SECONDS = 60
SHORT_NAME = 25  # a service name shorter than this is shown with its standard's title
# The standard's survey trigger speaks of the hand-over ("ketika lulus dan mengambil
# sertifikat" in seed 000).
_HANDOVER_WORDS = re.compile(r"\b(mengambil|ambil|diambil|serah|diserahkan|penyerahan)\b", re.I)
# the printer hands certificates over at Cetak, where the standard may ask for the survey
SURVEY_ROLES = (Role.OFFICER, Role.SUPERVISOR, Role.PRINTER, Role.ADMIN)


@dataclass(frozen=True, slots=True)
class NewSurvey:
    service_code: str  # full code "standard/service"; may be empty with an application
    answers: tuple[int, ...]
    application_number: str = ""
    sex: str = ""
    age_band: str = ""
    education: str = ""
    occupation: str = ""
    comment: str = ""
    source: str = "kiosk"  # kiosk | kertas
    submitted_at: datetime | None = None  # UTC-aware; now when None


def _applies(policy: SurveyPolicy | None, service_code: str) -> bool:
    return policy is not None and (not policy.applies_to or service_code in policy.applies_to)


def _service_for(session: Session, data: NewSurvey) -> tuple[CatalogService, Application | None]:
    app = get_by_number(session, data.application_number) if data.application_number else None
    code = data.service_code.strip() or (app.service_code if app else "")
    if not code:
        raise ValidationError(
            "service_code", "Layanan belum dipilih. Isi kode layanan, mis. sak/sertifikat."
        )
    service = load_catalog().find_service(code)
    if app is not None and app.service_code != service.full_code:
        raise ValidationError(
            "application_number",
            f"Permohonan {app.number} untuk layanan {app.service_code}, bukan "
            f"{service.full_code}. Periksa nomor permohonan atau kode layanannya.",
        )
    return service, app


def _already_answered(session: Session, app: Application) -> bool:
    found = session.scalar(
        select(SurveyResponse.id).where(SurveyResponse.application_id == app.id).limit(1)
    )
    return found is not None


def add(session: Session, actor: Actor, data: NewSurvey) -> SurveyResponse:
    """Record one response; a wrong answer is refused naming its element."""
    require_role(actor, *SURVEY_ROLES)
    answers = ikm.check_answers(data.answers)
    check_profile(
        (("sex", data.sex), ("age_band", data.age_band), ("education", data.education),
         ("occupation", data.occupation))
    )  # fmt: skip
    if data.source not in SOURCES:
        raise ValidationError(
            "source", f"Sumber '{data.source}' tidak dikenal. Pilih: {', '.join(SOURCES)}."
        )
    service, app = _service_for(session, data)
    if app is not None and _already_answered(session, app):
        raise ConflictError(
            f"Survei untuk permohonan {app.number} sudah diisi. Satu permohonan satu survei; "
            "masukkan tanpa nomor permohonan bila ini responden lain."
        )
    response = SurveyResponse(
        application_id=app.id if app else None,
        service_code=service.full_code,
        standard_code=service.standard_code,
        submitted_at=data.submitted_at or utcnow(),
        answers=list(answers),
        comment=data.comment.strip(),
        sex=data.sex,
        age_band=data.age_band,
        education=data.education,
        occupation=data.occupation,
        source=data.source,
        entered_by_name=actor.full_name,
    )
    session.add(response)
    session.flush()
    audit.record(
        session,
        actor,
        "survey.added",
        entity="survey_response",
        entity_id=str(response.id),
        detail={"service_code": service.full_code, "source": data.source},
    )
    return response


def add_response(runtime: Runtime, actor: Actor, data: NewSurvey) -> uuid.UUID:
    with runtime.unit(actor) as session:
        return add(session, actor, data).id


# --- the kiosk ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KioskQuestion:
    number: int
    code: str
    title: str  # "Persyaratan"
    question: str
    answers: tuple[str, str, str, str]  # answer 1 (worst) .. 4 (best)


@dataclass(frozen=True, slots=True)
class KioskSetup:
    services: tuple[tuple[str, str], ...]  # (full code, name) the survey applies to
    preset_service: str  # from the application, else ""
    application_number: str  # "" when not linked (or already answered)
    questions: tuple[KioskQuestion, ...]
    sexes: Options
    age_bands: Options
    educations: Options
    occupations: Options
    idle_seconds: int


def _survey_services() -> list[CatalogService]:
    every = load_catalog().all_services()
    with_policy = [s for s in every if _applies(s.standard.survey, s.code)]
    return with_policy or every


def _kiosk_name(service: CatalogService) -> str:
    """A short service name ("Sertifikat") says which certificate with its standard."""
    if len(service.name) >= SHORT_NAME:
        return service.name
    return f"{service.name} — {service.standard.title}"


def kiosk_setup(
    runtime: Runtime, actor: Actor, application_number: str | None = None
) -> KioskSetup:
    """What the kiosk asks. With an application the service is preset and the response
    is linked to it (unless that application was already rated)."""
    require_role(actor, *SURVEY_ROLES)
    preset, linked = "", ""
    if application_number:
        with runtime.read(actor) as session:
            app = get_by_number(session, application_number)
            preset = app.service_code
            linked = "" if _already_answered(session, app) else app.number
    services = _survey_services()
    if preset and preset not in {s.full_code for s in services}:
        services.append(load_catalog().find_service(preset))
    return KioskSetup(
        services=tuple((s.full_code, _kiosk_name(s)) for s in services),
        preset_service=preset,
        application_number=linked,
        questions=tuple(
            KioskQuestion(q.element.number, q.element.code, q.element.label, q.question, q.answers)
            for q in QUESTIONS
        ),
        sexes=SEXES,
        age_bands=AGE_BANDS,
        educations=EDUCATIONS,
        occupations=OCCUPATIONS,
        idle_seconds=IDLE_SECONDS,
    )


def offered_at_handover(runtime: Runtime, actor: Actor, application_number: str) -> bool:
    """The standard asks for the survey at hand-over (its trigger speaks of taking the
    certificate) for this service, and this application has not been rated yet."""
    with runtime.read(actor) as session:
        app = get_by_number(session, application_number)
        service = load_catalog().find_service(app.service_code)
        policy = service.standard.survey
        if not _applies(policy, service.code) or policy is None:
            return False
        if not _HANDOVER_WORDS.search(policy.trigger or ""):
            return False
        return not _already_answered(session, app)


# --- the period report ----------------------------------------------------------------


def default_period(today: date) -> tuple[date, date]:
    """The quarter ``today`` falls in (the report is made four times a year)."""
    first_month = (today.month - 1) // 3 * 3 + 1
    start = date(today.year, first_month, 1)
    next_start = date(today.year + (first_month + 2) // 12, (first_month + 2) % 12 + 1, 1)
    return start, next_start - timedelta(days=1)


@dataclass(frozen=True, slots=True)
class ProfileCount:
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class ServiceRow:
    """One service's line in a report over several services."""

    service_label: str
    respondents: int
    ikm: Decimal
    grade_letter: str
    satisfied_share: Decimal


@dataclass(frozen=True, slots=True)
class SurveyReport:
    start: date
    end: date
    made_on: date
    office_name: str
    service_label: str  # "Semua layanan" or "Standard — Service"
    result: ikm.SurveyResult
    target_percent: int
    target_note: str  # where the target comes from
    method_text: str
    profile: tuple[tuple[str, tuple[ProfileCount, ...]], ...]
    sources: tuple[ProfileCount, ...]
    linked: int  # responses linked to an application
    services: tuple[ServiceRow, ...]  # per service, when more than one was rated
    comments: tuple[str, ...]

    @property
    def period_text(self) -> str:
        return f"{format_date_long(self.start)} s.d. {format_date_long(self.end)}"


@dataclass(frozen=True, slots=True)
class _Scope:
    label: str
    codes: frozenset[str] | None  # full service codes; None = every service
    standards: tuple[ServiceStandard, ...]


def _scope(service_code: str | None) -> _Scope:
    catalog = load_catalog()
    if not service_code:
        return _Scope("Semua layanan", None, catalog.standards)
    code = service_code.strip().lower()
    standard = next((s for s in catalog.standards if s.code == code), None)
    if standard is not None:
        codes = frozenset(f"{standard.code}/{s.code}" for s in standard.services)
        return _Scope(f"{standard.title} — semua layanan", codes, (standard,))
    service = catalog.find_service(code)
    return _Scope(
        f"{service.standard.title} — {service.name}",
        frozenset({service.full_code}),
        (service.standard,),
    )


def _target(standards: Iterable[ServiceStandard]) -> tuple[int, str]:
    """The rated standards' own target when they agree, else 80 %, and where it came from."""
    rated = list(standards)
    targets = {
        s.code: s.survey.target_percent
        for s in rated
        if s.survey is not None and s.survey.target_percent
    }
    values = set(targets.values())
    if len(values) == 1:
        note = f"target standar pelayanan ({', '.join(sorted(targets))})"
        silent = sorted(s.code for s in rated if s.code not in targets)
        if silent:
            note += f"; {', '.join(silent)} tidak menetapkan target"
        return values.pop(), note
    if not values:
        return DEFAULT_TARGET, (
            f"target bawaan {DEFAULT_TARGET}% — standar pelayanan tidak menetapkan target"
        )
    return DEFAULT_TARGET, (
        f"target bawaan {DEFAULT_TARGET}% — standar pelayanan menetapkan target berbeda"
    )


def _utc_bounds(start: date, end: date, zone: str) -> tuple[datetime, datetime]:
    tz = ZoneInfo(zone)
    low = datetime.combine(start, time(0), tz).astimezone(UTC)
    high = datetime.combine(end + timedelta(days=1), time(0), tz).astimezone(UTC)
    return low, high


def _profile(rows: Sequence[SurveyResponse]) -> tuple[tuple[str, tuple[ProfileCount, ...]], ...]:
    out = []
    for name, label, options in PROFILE_FIELDS:
        counts = Counter(getattr(r, name) or "" for r in rows)
        known = [ProfileCount(lbl, counts[code]) for code, lbl in options]
        unknown = sum(n for code, n in counts.items() if code and code not in dict(options))
        if unknown:
            known.append(ProfileCount("Lainnya (tidak dikenal)", unknown))
        known.append(ProfileCount(label_of(options, ""), counts[""]))
        out.append((label, tuple(known)))
    return tuple(out)


def _service_rows(rows: Sequence[SurveyResponse], target: int) -> tuple[ServiceRow, ...]:
    by_service: dict[str, list[list[int]]] = {}
    for r in rows:
        by_service.setdefault(r.service_code, []).append(list(r.answers))
    if len(by_service) < 2:
        return ()
    catalog = load_catalog()
    out = []
    for code, answers in sorted(by_service.items()):
        try:
            service = catalog.find_service(code)
            name = f"{service.standard.title} — {service.name}"
        except NotFound:
            name = code
        result = ikm.compute_survey(answers, target)
        out.append(
            ServiceRow(name, result.respondents, result.ikm, result.grade_letter,
                       result.satisfied_share)
        )  # fmt: skip
    return tuple(out)


def report_in(
    session: Session, start: date, end: date, service_code: str | None, today: date | None
) -> SurveyReport:
    """The report over responses submitted on office days ``start``..``end``; ``today``
    (the day it is made, printed on it) defaults to the office's today."""
    if end < start:
        raise ValidationError(
            "end",
            f"Tanggal akhir {format_date_long(end)} sebelum tanggal awal "
            f"{format_date_long(start)}. Tukar atau perbaiki tanggalnya.",
        )
    office = get_office(session)
    scope = _scope(service_code)
    low, high = _utc_bounds(start, end, office.timezone)
    query = (
        select(SurveyResponse)
        .where(SurveyResponse.submitted_at >= low, SurveyResponse.submitted_at < high)
        .order_by(SurveyResponse.submitted_at)
    )
    if scope.codes is not None:
        query = query.where(SurveyResponse.service_code.in_(sorted(scope.codes)))
    rows = list(session.scalars(query))
    standard_codes = {r.standard_code or r.service_code.split("/")[0] for r in rows}
    rated = [s for s in scope.standards if s.code in standard_codes] or list(scope.standards)
    target, note = _target(rated)
    if not rows:
        raise ValidationError(
            "period",
            f"Belum ada jawaban survei untuk {scope.label.lower()} pada "
            f"{format_date_long(start)} s.d. {format_date_long(end)}. Pilih periode lain "
            "atau masukkan jawaban survei lebih dulu.",
        )
    result = ikm.compute_survey([r.answers for r in rows], target)
    return SurveyReport(
        start=start,
        end=end,
        made_on=today or office_day(session, utcnow()),
        office_name=office.name,
        service_label=scope.label,
        result=result,
        target_percent=target,
        target_note=note,
        method_text=ikm.METHOD_TEXT,
        profile=_profile(rows),
        sources=tuple(
            ProfileCount(label, sum(1 for r in rows if r.source == code))
            for code, label in SOURCES.items()
        ),
        linked=sum(1 for r in rows if r.application_id is not None),
        services=_service_rows(rows, target),
        comments=tuple(r.comment for r in rows if r.comment.strip()),
    )


def survey_report(
    runtime: Runtime,
    actor: Actor,
    start: date,
    end: date,
    service_code: str | None = None,
    today: date | None = None,
) -> SurveyReport:
    require_role(actor, *SURVEY_ROLES)
    with runtime.read(actor) as session:
        return report_in(session, start, end, service_code, today)


def _report_data(session: Session, report: SurveyReport) -> SurveyReportData:
    from counterdesk.documents.signers import Signer
    from counterdesk.documents.survey_report import SurveyReportData
    from counterdesk.services.letters import office_city
    from counterdesk.services.receipts import letterhead

    office = get_office(session)
    return SurveyReportData(
        letterhead=letterhead(session, office),
        report=report,
        city=office_city(session),
        signer=Signer(office.signatory_name, office.signatory_nip, office.signatory_title),
    )


def survey_report_pdf(
    runtime: Runtime,
    actor: Actor,
    start: date,
    end: date,
    service_code: str | None = None,
    today: date | None = None,
) -> bytes:
    from counterdesk.documents.survey_report import render_survey_report

    require_role(actor, *SURVEY_ROLES)
    with runtime.read(actor) as session:
        report = report_in(session, start, end, service_code, today)
        data = _report_data(session, report)
    return render_survey_report(data)


def report_sheets(report: SurveyReport) -> list[Sheet]:
    """The report as sheets: summary and elements, profile, per service, comments. Numbers
    stay numbers (Decimal) so the office can sum and chart them."""
    from counterdesk.documents.xlsx import Sheet

    r = report.result
    heading = (
        "Laporan Survei Kepuasan Masyarakat",
        report.office_name.replace("\n", " "),
        f"{report.service_label}; periode {report.period_text}",
        f"Responden {r.respondents}; IKM {r.ikm} ({r.grade_letter}, {r.grade_label}); "
        f"puas {r.satisfied} ({r.satisfied_share}%), target {report.target_percent}% "
        f"({report.target_note}): {'tercapai' if r.meets_target else 'belum tercapai'}",
        report.method_text,
    )
    elements: list[tuple[object, ...]] = [
        (f"U{e.element.number}", e.element.label, e.nrr, e.weighted, e.grade.letter)
        for e in r.elements
    ]
    elements.append(("", "Nilai indeks (jumlah NRR tertimbang)", None, r.index, ""))
    elements.append(("", "IKM (nilai indeks x 25)", None, r.ikm, r.grade_letter))
    sheets = [
        Sheet("IKM", heading, ("No.", "Unsur", "NRR", "NRR tertimbang", "Mutu"),
              tuple(elements)),
        Sheet(
            "Profil responden",
            heading[:3],
            ("Profil", "Kelompok", "Jumlah"),
            tuple((label, c.label, c.count) for label, counts in report.profile for c in counts),
        ),
    ]  # fmt: skip
    if report.services:
        sheets.append(
            Sheet(
                "Per layanan",
                heading[:3],
                ("Layanan", "Responden", "IKM", "Mutu", "Puas (%)"),
                tuple(
                    (s.service_label, s.respondents, s.ikm, s.grade_letter, s.satisfied_share)
                    for s in report.services
                ),
            )
        )
    sheets.append(
        Sheet("Saran", heading[:3], ("No.", "Saran dan masukan"),
              tuple((i, c) for i, c in enumerate(report.comments, start=1)))
    )  # fmt: skip
    return sheets


def survey_report_xlsx(
    runtime: Runtime,
    actor: Actor,
    start: date,
    end: date,
    service_code: str | None = None,
    today: date | None = None,
) -> bytes:
    from counterdesk.documents.xlsx import write_workbook

    report = survey_report(runtime, actor, start, end, service_code, today)
    return write_workbook(report_sheets(report))
