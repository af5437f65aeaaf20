"""Berita Acara wawancara (seed 000: corrections and lost certificates are decided after
an interview recorded in minutes).

A draft is saved as often as the officer likes and nothing typed is lost. Signing locks
it: the SHA-256 of its content is stored and it is never edited in place again
(``ConflictError``). A later change is an amendment — a new *BA perubahan* that names the
original; the original keeps its content and hash and its status becomes ``amended``.

The number is an official letter number from the office's pattern (code ``BA``),
reserved when the draft is first saved, so the list, the search and the paper all name
the minutes the same way from the start.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counterdesk.domain.errors import (
    ConflictError,
    NotFound,
    ValidationError,
    ValidationErrors,
)
from counterdesk.domain.formatting import to_zone, zone
from counterdesk.domain.letter_numbers import MINUTES
from counterdesk.domain.roles import Role, parse_roles
from counterdesk.services import audit
from counterdesk.services.context import Actor, require_role
from counterdesk.services.letters import next_letter_number
from counterdesk.services.setup import get_office
from counterdesk.store.base import utcnow
from counterdesk.store.models import Applicant, Application, Certificate, InterviewMinutes, User

if TYPE_CHECKING:
    from counterdesk.documents.minutes import MinutesDocument
    from counterdesk.services.runtime import Runtime

CORRECTION, LOST, OTHER = "correction", "lost", "other"
CASE_LABELS: dict[str, str] = {
    CORRECTION: "Ralat Sertifikat",
    LOST: "Sertifikat Hilang",
    OTHER: "Lainnya",
}
DRAFT, SIGNED, AMENDED = "draft", "signed", "amended"
STATUS_LABELS: dict[str, str] = {
    DRAFT: "Draf",
    SIGNED: "Ditandatangani",
    AMENDED: "Diubah (ada BA perubahan)",
}
_SUBJECTS = {
    CORRECTION: "permohonan ralat sertifikat",
    LOST: "permohonan surat keterangan pengganti sertifikat hilang",
}
_TIME = re.compile(r"(\d{1,2})[.:](\d{2})")
_UUID = re.compile(r"[0-9a-fA-F]{8}-?([0-9a-fA-F]{4}-?){3}[0-9a-fA-F]{12}")
MAX_TEXT = 4000  # one answer, statement or conclusion
SAME_APPLICATION = "BA perubahan harus untuk permohonan yang sama dengan BA asal."


# --- what the editor holds and shows -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WitnessInput:
    name: str
    nip: str = ""
    title: str = ""


@dataclass(frozen=True, slots=True)
class MinutesInput:
    case_type: str  # correction | lost | other
    application_number: str  # the applicant's application (ralat / kehilangan)
    held_on: date
    held_time: str  # "10.05"
    place: str
    interviewer_ids: tuple[uuid.UUID, ...]
    witnesses: tuple[WitnessInput, ...]
    questions: tuple[tuple[str, str], ...]  # (question, answer), in order
    statements: tuple[str, ...]
    conclusion: str
    certificate_serial: str = ""  # the certificate the case is about, if known


@dataclass(frozen=True, slots=True)
class PersonView:
    id: uuid.UUID | None  # the user, for interviewers; None for a witness
    name: str
    nip: str
    title: str


@dataclass(frozen=True, slots=True)
class MinutesView:
    id: uuid.UUID
    number: str
    status: str
    status_label: str
    case_type: str
    application_number: str
    interviewee_name: str
    interviewee_nik: str
    held_on: date
    held_time: str  # "10.05"
    place: str
    interviewers: tuple[PersonView, ...]
    witnesses: tuple[PersonView, ...]
    questions: tuple[tuple[str, str], ...]
    statements: tuple[str, ...]
    conclusion: str
    amends_number: str  # the original this BA perubahan amends, or ""
    amended_by_number: str  # the BA perubahan of this one, or ""
    can_edit: bool
    can_sign: bool
    can_amend: bool
    case_label: str = ""
    subject: str = ""
    certificate_serial: str = ""
    signed_at: datetime | None = None
    signed_by: str = ""
    content_hash: str = ""
    can_print: bool = False


# --- rules --------------------------------------------------------------------------------


def _clean(text: str) -> str:
    return text.strip()


def _held_time(text: str) -> time:
    match = _TIME.fullmatch(text.strip())
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        raise ValidationError(
            "held_time", f"Jam wawancara '{text}' tidak dikenali; tulis jam.menit, mis. 10.05."
        )
    return time(int(match[1]), int(match[2]))


def _application(session: Session, number: str) -> Application:
    typed = number.strip().upper()
    if not typed:
        raise ValidationError(
            "application_number",
            "Nomor permohonan wajib diisi: berita acara dibuat untuk permohonan pemohon "
            "(ralat atau sertifikat hilang).",
        )
    app = session.scalar(select(Application).where(Application.number == typed))
    if app is None:
        raise ValidationError(
            "application_number",
            f"Permohonan {typed} tidak ada di loket ini; periksa nomor tanda terimanya.",
        )
    return app


def _interviewers(session: Session, ids: Sequence[uuid.UUID]) -> list[dict[str, str]]:
    people = []
    for user_id in dict.fromkeys(ids):  # once each, in the order chosen
        user = session.get(User, user_id)
        if user is None or not user.active:
            raise ValidationError(
                "interviewers",
                "Pewawancara yang dipilih tidak ada atau nonaktif; pilih lagi dari daftar.",
            )
        people.append(
            {"id": str(user.id), "name": user.full_name, "nip": user.nip, "title": user.title}
        )
    return people


def _certificate_serial(session: Session, serial: str, applicant: Applicant) -> str:
    typed = serial.strip().upper()
    if not typed:
        return ""
    cert = session.scalar(select(Certificate).where(Certificate.serial == typed))
    if cert is None:
        raise ValidationError(
            "certificate_serial",
            f"Sertifikat {typed} tidak ada di database sertifikat; periksa nomornya atau catat "
            "dulu sertifikat lamanya (Input Database).",
        )
    if cert.applicant_id != applicant.id:
        raise ValidationError(
            "certificate_serial",
            f"Sertifikat {typed} bukan atas nama {applicant.name}; pilih sertifikat pemohon ini.",
        )
    return cert.serial


def _subject(case_type: str, app: Application, serial: str) -> str:
    if case_type in _SUBJECTS:
        subject = _SUBJECTS[case_type]
    else:
        from counterdesk.services.overview import service_name

        subject = f"permohonan {service_name(app.service_code).lower()}"
    if serial:
        return f"{subject} nomor {serial}"
    return f"{subject} (tanda terima {app.number})"


def _checked(session: Session, data: MinutesInput) -> tuple[Application, dict[str, Any], datetime]:
    """Every check a draft needs; content that is merely unfinished is kept as it is."""
    errors: list[ValidationError] = []

    def run(check: Any) -> Any:
        try:
            return check()
        except ValidationError as exc:
            errors.append(exc)
            return None

    if data.case_type not in CASE_LABELS:
        errors.append(
            ValidationError(
                "case_type",
                f"Jenis perkara '{data.case_type}' tidak dikenal; pilih ralat, sertifikat "
                "hilang, atau lainnya.",
            )
        )
    app = run(lambda: _application(session, data.application_number))
    at = run(lambda: _held_time(data.held_time))
    interviewers = run(lambda: _interviewers(session, data.interviewer_ids))
    if len(_clean(data.place)) > 200:
        errors.append(ValidationError("place", "Tempat terlalu panjang (paling banyak 200 huruf)."))
    long_texts = [a for q in data.questions for a in q] + [*data.statements, data.conclusion]
    if any(len(t) > MAX_TEXT for t in long_texts):
        errors.append(
            ValidationError(
                "questions", f"Satu isian terlalu panjang (paling banyak {MAX_TEXT} huruf); bagi."
            )
        )
    serial = ""
    if app is not None:
        serial = run(lambda: _certificate_serial(session, data.certificate_serial, app.applicant))
    if errors or app is None or at is None:
        raise ValidationErrors(errors)
    tz = zone(get_office(session).timezone).tzinfo
    held_at = datetime.combine(data.held_on, at, tzinfo=tz).astimezone(UTC)
    content = {
        "interviewers": interviewers or [],
        "witnesses": [
            {"name": _clean(w.name), "nip": _clean(w.nip), "title": _clean(w.title)}
            for w in data.witnesses
            if _clean(w.name)
        ],
        "questions": [[_clean(q), _clean(a)] for q, a in data.questions if _clean(q) or _clean(a)],
        "statements": [_clean(s) for s in data.statements if _clean(s)],
        "conclusion": _clean(data.conclusion),
        "certificate_serial": serial or "",
        "subject": _subject(data.case_type, app, serial or ""),
    }
    return app, content, held_at


def _problems_before_signing(minutes: InterviewMinutes) -> list[ValidationError]:
    content = minutes.content
    problems = []
    if not content.get("interviewers"):
        problems.append(ValidationError("interviewers", "Pilih minimal satu pewawancara."))
    if not minutes.place.strip():
        problems.append(ValidationError("place", "Tulis tempat wawancara."))
    questions = content.get("questions") or []
    if not questions:
        problems.append(
            ValidationError("questions", "Catat minimal satu pertanyaan dan jawabannya.")
        )
    for i, (question, answer) in enumerate(questions, start=1):
        if not question or not answer:
            problems.append(
                ValidationError(
                    "questions", f"Pertanyaan {i} belum lengkap: isi pertanyaan dan jawabannya."
                )
            )
    if not str(content.get("conclusion", "")).strip():
        problems.append(ValidationError("conclusion", "Tulis kesimpulan wawancara."))
    return problems


def content_hash(minutes: InterviewMinutes) -> str:
    """What a signature locks: number, case, application, time, place and content."""
    canonical = json.dumps(
        {
            "number": minutes.number,
            "case_type": minutes.case_type,
            "application": str(minutes.application_id),
            "held_at": minutes.held_at.astimezone(UTC).isoformat(timespec="minutes"),
            "place": minutes.place,
            "amends": str(minutes.amends_id) if minutes.amends_id else None,
            "content": minutes.content,
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def get_minutes(session: Session, number_or_id: str | uuid.UUID) -> InterviewMinutes:
    minutes: InterviewMinutes | None
    if isinstance(number_or_id, str) and _UUID.fullmatch(number_or_id.strip()):
        number_or_id = uuid.UUID(number_or_id.strip())
    if isinstance(number_or_id, uuid.UUID):
        minutes = session.get(InterviewMinutes, number_or_id)
    else:
        typed = number_or_id.strip()
        minutes = session.scalar(
            select(InterviewMinutes).where(InterviewMinutes.number.in_({typed, typed.upper()}))
        )
    if minutes is None:
        raise NotFound(
            f"Berita acara {number_or_id} tidak ditemukan di loket ini; periksa nomornya "
            "di tab Berita Acara."
        )
    return minutes


def _refuse_signed(minutes: InterviewMinutes) -> None:
    if minutes.status != DRAFT:
        raise ConflictError(
            f"Berita acara {minutes.number} sudah ditandatangani dan dikunci; isinya tidak "
            "dapat diubah. Buat BA perubahan (Ubah dengan BA perubahan) bila ada yang harus "
            "dibetulkan."
        )


# --- session-level use cases -----------------------------------------------------------------


def save(
    session: Session, actor: Actor, minutes_id: uuid.UUID | None, data: MinutesInput
) -> InterviewMinutes:
    """Create a draft (``minutes_id`` None) or update one; a signed one is refused."""
    require_role(actor, Role.OFFICER, Role.SUPERVISOR)
    minutes = get_minutes(session, minutes_id) if minutes_id else None
    if minutes is not None:
        _refuse_signed(minutes)
    app, content, held_at = _checked(session, data)
    if minutes is None:
        minutes = InterviewMinutes(
            number=next_letter_number(session, MINUTES, data.held_on),
            status=DRAFT,
        )
        session.add(minutes)
    elif minutes.amends_id is not None and minutes.application_id != app.id:
        raise ValidationError("application_number", SAME_APPLICATION)
    minutes.case_type = data.case_type
    minutes.application_id = app.id
    minutes.held_at = held_at
    minutes.place = _clean(data.place)
    minutes.content = content
    first = content["interviewers"][0]["id"] if content["interviewers"] else None
    minutes.interviewer_id = uuid.UUID(first) if first else (actor.user_id or uuid.UUID(int=0))
    session.flush()
    audit.record(session, actor, "minutes.draft_saved", entity="minutes", entity_id=minutes.number)
    return minutes


def sign_minutes(session: Session, actor: Actor, number_or_id: str | uuid.UUID) -> InterviewMinutes:
    """Lock the minutes: complete content required, its hash stored; an amendment being
    signed marks its original ``amended``."""
    require_role(actor, Role.OFFICER, Role.SUPERVISOR)
    minutes = get_minutes(session, number_or_id)
    _refuse_signed(minutes)
    problems = _problems_before_signing(minutes)
    if problems:
        raise ValidationErrors(problems)
    minutes.status = SIGNED
    minutes.signed = True
    minutes.signed_at = utcnow()
    minutes.signed_by_id = actor.user_id
    minutes.content_hash = content_hash(minutes)
    audit.record(
        session,
        actor,
        "minutes.signed",
        entity="minutes",
        entity_id=minutes.number,
        detail={"hash": minutes.content_hash},
    )
    return minutes


def amend_minutes(
    session: Session, actor: Actor, number_or_id: str | uuid.UUID, data: MinutesInput
) -> InterviewMinutes:
    """A BA perubahan of signed minutes, as a new draft; the original keeps its content
    and hash and becomes ``amended`` (one amendment per original)."""
    require_role(actor, Role.OFFICER, Role.SUPERVISOR)
    original = get_minutes(session, number_or_id)
    if original.status == DRAFT:
        raise ValidationError(
            "status",
            f"Berita acara {original.number} masih draf; ubah langsung isinya, tidak perlu "
            "BA perubahan.",
        )
    if original.status == AMENDED:
        newer = amended_by(session, original)
        raise ConflictError(
            f"Berita acara {original.number} sudah diubah dengan BA perubahan {newer}; "
            "ubah BA perubahan itu (atau buat perubahan atasnya) bila masih ada yang salah."
        )
    if _application(session, data.application_number).id != original.application_id:
        raise ValidationError("application_number", SAME_APPLICATION)
    amendment = save(session, actor, None, data)
    amendment.amends_id = original.id
    original.status = AMENDED
    session.flush()
    audit.record(
        session,
        actor,
        "minutes.amended",
        entity="minutes",
        entity_id=original.number,
        detail={"amendment": amendment.number},
    )
    return amendment


# --- reading ---------------------------------------------------------------------------------


def amended_by(session: Session, minutes: InterviewMinutes) -> str:
    """The number of the BA perubahan of ``minutes``, or "" when none."""
    return (
        session.scalar(
            select(InterviewMinutes.number)
            .where(InterviewMinutes.amends_id == minutes.id)
            .order_by(InterviewMinutes.created_at.desc())
            .limit(1)
        )
        or ""
    )


def _person(entry: dict[str, Any]) -> PersonView:
    raw = entry.get("id")
    return PersonView(
        uuid.UUID(raw) if raw else None,
        str(entry.get("name", "")),
        str(entry.get("nip", "")),
        str(entry.get("title", "")),
    )


def _local(session: Session, moment: datetime) -> datetime:
    return to_zone(moment, get_office(session).timezone)


def minutes_view(session: Session, minutes: InterviewMinutes) -> MinutesView:
    app = session.get(Application, minutes.application_id)
    assert app is not None
    applicant = app.applicant
    content = minutes.content
    held = _local(session, minutes.held_at)
    original = session.get(InterviewMinutes, minutes.amends_id) if minutes.amends_id else None
    signer = session.get(User, minutes.signed_by_id) if minutes.signed_by_id else None
    return MinutesView(
        id=minutes.id,
        number=minutes.number,
        status=minutes.status,
        status_label=STATUS_LABELS.get(minutes.status, minutes.status),
        case_type=minutes.case_type,
        application_number=app.number,
        interviewee_name=applicant.name,
        interviewee_nik=applicant.nik or "",
        held_on=held.date(),
        held_time=f"{held.hour:02d}.{held.minute:02d}",
        place=minutes.place,
        interviewers=tuple(_person(p) for p in content.get("interviewers", [])),
        witnesses=tuple(_person(p) for p in content.get("witnesses", [])),
        questions=tuple((str(q), str(a)) for q, a in content.get("questions", [])),
        statements=tuple(str(s) for s in content.get("statements", [])),
        conclusion=str(content.get("conclusion", "")),
        amends_number=original.number if original else "",
        amended_by_number=amended_by(session, minutes),
        can_edit=minutes.status == DRAFT,
        can_sign=minutes.status == DRAFT,
        can_amend=minutes.status == SIGNED,
        case_label=CASE_LABELS.get(minutes.case_type, minutes.case_type),
        subject=str(content.get("subject", "")),
        certificate_serial=str(content.get("certificate_serial", "")),
        signed_at=minutes.signed_at,
        signed_by=signer.full_name if signer else "",
        content_hash=minutes.content_hash,
        can_print=minutes.status != DRAFT,
    )


def interviewers(session: Session) -> list[PersonView]:
    """Active officers and supervisors, by name."""
    users = session.scalars(select(User).where(User.active.is_(True)).order_by(User.full_name))
    return [
        PersonView(u.id, u.full_name, u.nip, u.title)
        for u in users
        if parse_roles(u.roles) & {Role.OFFICER, Role.SUPERVISOR}
    ]


def minutes_document(session: Session, number: str) -> MinutesDocument:
    """The minutes as the documents package prints them (``MinutesDocument``)."""
    from counterdesk.documents.minutes import MinutesDocument, QuestionAnswer
    from counterdesk.documents.signers import Signer
    from counterdesk.services.letters import office_city
    from counterdesk.services.receipts import letterhead

    minutes = get_minutes(session, number)
    if minutes.status == DRAFT:
        raise ValidationError(
            "status",
            f"Berita acara {minutes.number} masih draf. Tandatangani (kunci) dulu, supaya yang "
            "dicetak dan ditandatangani sama dengan yang tersimpan.",
        )
    view = minutes_view(session, minutes)
    office = get_office(session)
    supervisor = (
        Signer(office.signatory_name, office.signatory_nip, office.signatory_title)
        if office.signatory_name
        else None
    )
    return MinutesDocument(
        letterhead=letterhead(session, office),
        number=view.number,
        case_label=view.case_label,
        held_on=view.held_on,
        held_time=f"{view.held_time} {zone(office.timezone).abbreviation}",
        place=view.place,
        subject=view.subject,
        interviewers=tuple(Signer(p.name, p.nip, p.title) for p in view.interviewers),
        interviewee=Signer(view.interviewee_name, id_label="NIK", id_number=view.interviewee_nik),
        witnesses=tuple(Signer(p.name, p.nip, p.title) for p in view.witnesses),
        questions=tuple(QuestionAnswer(q, a) for q, a in view.questions),
        statements=view.statements,
        conclusion=view.conclusion,
        supervisor=supervisor,
        amends=view.amends_number,
        city=office_city(session),
    )


# --- the editor's door: one call per use case, plain data back ----------------------------------


def interviewer_choices(runtime: Runtime, actor: Actor) -> tuple[PersonView, ...]:
    with runtime.read(actor) as session:
        return tuple(interviewers(session))


def save_draft(
    runtime: Runtime, actor: Actor, minutes_id: uuid.UUID | None, data: MinutesInput
) -> MinutesView:
    """Simpan draf: a new draft (``minutes_id`` None, numbered now) or the same one again."""
    with runtime.unit(actor) as session:
        return minutes_view(session, save(session, actor, minutes_id, data))


def sign(runtime: Runtime, actor: Actor, minutes_id: uuid.UUID | str) -> MinutesView:
    """Tandatangani: locks the minutes (ConflictError when already signed)."""
    with runtime.unit(actor) as session:
        return minutes_view(session, sign_minutes(session, actor, minutes_id))


def amend(
    runtime: Runtime, actor: Actor, minutes_id: uuid.UUID | str, data: MinutesInput
) -> MinutesView:
    """BA perubahan: a new draft naming the original, which becomes ``amended``."""
    with runtime.unit(actor) as session:
        return minutes_view(session, amend_minutes(session, actor, minutes_id, data))


def view(runtime: Runtime, actor: Actor, number_or_id: str | uuid.UUID) -> MinutesView:
    with runtime.read(actor) as session:
        return minutes_view(session, get_minutes(session, number_or_id))


def minutes_pdf(runtime: Runtime, actor: Actor, number: str, paper: str = "A4") -> bytes:
    """The signed minutes in the official form, A4 or F4."""
    from counterdesk.documents.minutes import render_minutes
    from counterdesk.services.letters import paper as paper_named

    size = paper_named(paper)
    with runtime.read(actor) as session:
        document = minutes_document(session, number)
    return render_minutes(document, size)
