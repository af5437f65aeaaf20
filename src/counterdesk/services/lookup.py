"""The global search field: a scanned or typed receipt number, certificate serial, ticket,
minutes number, case or letter number, complaint number or its reply letter, or the
legalisation number on a stamped copy opens that record; a wrong check character is
caught and said. A certificate that is no longer
valid (replaced after a loss, revoked, voided) says so in the label."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from counterdesk.domain import numbers
from counterdesk.domain.errors import NotFound, ValidationError
from counterdesk.domain.formatting import format_date_long
from counterdesk.services.context import Actor
from counterdesk.store.models import (
    Application,
    Certificate,
    CertificateCase,
    Complaint,
    InterviewMinutes,
    Legalisation,
)

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime

Kind = Literal["application", "certificate", "minutes", "case", "complaint"]

CERTIFICATE_STATUS_TEXT = {
    "lost": "HILANG",
    "replaced": "DIGANTI — sertifikat hilang",
    "revoked": "DICABUT — tidak berlaku",
    "voided": "DIBATALKAN — tidak berlaku",
    "void": "DIBATALKAN — tidak berlaku",
}


@dataclass(frozen=True, slots=True)
class Found:
    kind: Kind
    number: str  # the application number, certificate serial, minutes or case number
    label: str
    status: str = ""  # a certificate's status: issued | lost | replaced | revoked | voided


def _replacement_letter(session: Session, cert: Certificate) -> str:
    case = session.scalar(
        select(CertificateCase)
        .where(
            CertificateCase.certificate_id == cert.id,
            CertificateCase.kind == "lost",
            CertificateCase.status == "approved",
        )
        .order_by(CertificateCase.approved_at.desc())
        .limit(1)
    )
    if case is None or not case.letter_number or case.letter_on is None:
        return ""
    return (
        f"; diganti surat keterangan pengganti {case.letter_number} tanggal "
        f"{format_date_long(case.letter_on)}"
    )


def certificate_found(session: Session, cert: Certificate, prefix: str = "") -> Found:
    """A certificate and, when it is no longer valid, why — what a verifier must see."""
    label = f"{prefix}Sertifikat {cert.serial}"
    state = CERTIFICATE_STATUS_TEXT.get(cert.status)
    if state:
        label += f" — {state}"
        if cert.status == "replaced":
            label += _replacement_letter(session, cert)
    else:
        reported = session.scalar(
            select(CertificateCase.number).where(
                CertificateCase.certificate_id == cert.id,
                CertificateCase.kind == "lost",
                CertificateCase.status.in_(("requested", "checked")),
            )
        )
        if reported:  # still valid until the leader approves, but a verifier must know
            label += f" — DILAPORKAN HILANG (permohonan pengganti {reported} sedang diproses)"
    return Found("certificate", cert.serial, label, cert.status)


def _stored_letter(session: Session, text: str) -> Found | None:
    """Official letter numbers (``001/BA/…``) and legalisation numbers, as stored (an
    office's pattern may hold lower-case letters) or in capitals."""
    typed = {text.strip(), text.strip().upper()}
    minutes = session.scalar(select(InterviewMinutes).where(InterviewMinutes.number.in_(typed)))
    if minutes is not None:
        return Found("minutes", minutes.number, f"Berita acara {minutes.number}")
    case = session.scalar(select(CertificateCase).where(CertificateCase.letter_number.in_(typed)))
    if case is not None:
        return Found("case", case.number, f"Surat {case.letter_number} ({case.number})")
    reply = session.scalar(select(Complaint).where(Complaint.reply_letter_number.in_(typed)))
    if reply is not None:
        return Found(
            "complaint", reply.number, f"Surat jawaban {reply.reply_letter_number} ({reply.number})"
        )
    copy = session.scalar(select(Legalisation).where(Legalisation.number.in_(typed)))
    if copy is not None:
        cert = session.get(Certificate, copy.certificate_id)
        if cert is not None:
            return certificate_found(
                session, cert, f"Legalisasi {copy.number} (salinan {copy.copy_index}) — "
            )
    return None


def looks_like_number(text: str) -> bool:
    """True for anything shaped like PREFIX-COUNTER-YY-SEQ… (worth a number look-up)."""
    return text.strip().count("-") >= 3


def find(session: Session, text: str) -> Found:
    typed = text.strip().upper()
    if not typed:
        raise ValidationError("nomor", "Ketik atau pindai nomor tanda terima atau sertifikat.")
    # Historic paper serials have no check character: match them as stored first.
    cert = session.scalar(select(Certificate).where(Certificate.serial == typed))
    if cert is not None:
        return certificate_found(session, cert)
    letter = _stored_letter(session, text)
    if letter is not None:
        return letter
    parsed = numbers.parse_number(typed)  # raises on a wrong check character
    canonical = parsed.text
    if parsed.prefix == numbers.RECEIPT:
        app = session.scalar(select(Application).where(Application.number == canonical))
        if app is not None:
            return Found("application", app.number, f"Permohonan {app.number}")
    elif parsed.prefix == numbers.TICKET:
        app = session.scalar(select(Application).where(Application.ticket_number == canonical))
        if app is not None:
            return Found("application", app.number, f"Tiket {canonical} ({app.number})")
    elif parsed.prefix == numbers.MINUTES:
        minutes = session.scalar(
            select(InterviewMinutes).where(InterviewMinutes.number == canonical)
        )
        if minutes is not None:
            return Found("minutes", minutes.number, f"Berita acara {minutes.number}")
    elif parsed.prefix == numbers.CERTIFICATE:
        cert = session.scalar(select(Certificate).where(Certificate.serial == canonical))
        if cert is not None:
            return certificate_found(session, cert)
    elif parsed.prefix == numbers.COMPLAINT:
        complaint = session.scalar(select(Complaint).where(Complaint.number == canonical))
        if complaint is not None:
            return Found("complaint", complaint.number, f"Pengaduan {complaint.number}")
    elif parsed.prefix == numbers.LETTER:
        case = session.scalar(select(CertificateCase).where(CertificateCase.number == canonical))
        if case is not None:
            return Found("case", case.number, f"Permohonan {case.number}")
    raise NotFound(
        f"Nomor {canonical} benar susunannya tetapi tidak ada di database loket ini. "
        "Mungkin diterbitkan loket lain yang belum disinkronkan."
    )


def find_number(runtime: Runtime, actor: Actor, text: str) -> Found:
    """What a scanned or typed number names (see ``find``)."""
    with runtime.read(actor) as session:
        return find(session, text)
