"""The global search field: a scanned or typed receipt number, certificate serial, ticket
or minutes number opens that record; a wrong check character is caught and said."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from counterdesk.domain import numbers
from counterdesk.domain.errors import NotFound, ValidationError
from counterdesk.services.context import Actor
from counterdesk.store.models import Application, Certificate, InterviewMinutes

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime

Kind = Literal["application", "certificate", "minutes"]


@dataclass(frozen=True, slots=True)
class Found:
    kind: Kind
    number: str  # the application number, certificate serial or minutes number
    label: str


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
        return Found("certificate", cert.serial, f"Sertifikat {cert.serial}")
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
    raise NotFound(
        f"Nomor {canonical} benar susunannya tetapi tidak ada di database loket ini. "
        "Mungkin diterbitkan loket lain yang belum disinkronkan."
    )


def find_number(runtime: Runtime, actor: Actor, text: str) -> Found:
    """What a scanned or typed number names (see ``find``)."""
    with runtime.read(actor) as session:
        return find(session, text)
