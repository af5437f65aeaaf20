"""What every official letter of the office shares: its number from the office's pattern
(set by the admin per document code), the city on the signature line, the paper."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from counterdesk.domain.errors import ValidationError
from counterdesk.domain.letter_numbers import (
    CODE_LABELS,
    DEFAULT_PATTERNS,
    check_pattern,
    format_letter_number,
    unit_abbreviation,
)
from counterdesk.domain.roles import Role
from counterdesk.services import audit
from counterdesk.services.context import Actor, require_role
from counterdesk.services.numbering import next_sequence
from counterdesk.services.setup import get_office, local_site
from counterdesk.store.models import Setting

if TYPE_CHECKING:
    from counterdesk.documents.paper import Paper
    from counterdesk.services.runtime import Runtime

PATTERN_KEY = "letter_pattern."
CITY_KEY = "letter_city"


def _setting(session: Session, key: str) -> str:
    row = session.get(Setting, key)
    return row.value if row is not None else ""


def _code(code: str) -> str:
    wanted = code.strip().upper()
    if wanted not in CODE_LABELS:
        raise ValidationError(
            "code", f"Kode dokumen '{code}' tidak dikenal; pilih {', '.join(CODE_LABELS)}."
        )
    return wanted


def letter_pattern(session: Session, code: str) -> str:
    """The office's pattern for ``code``, else the default."""
    code = _code(code)
    return _setting(session, PATTERN_KEY + code) or DEFAULT_PATTERNS[code]


def next_letter_number(session: Session, code: str, day: date) -> str:
    """Reserve the next number of ``code`` for this counter and year, formatted with the
    office's pattern; rolled back with the caller's unit like every number."""
    code = _code(code)
    counter, seq = next_sequence(session, code, day.year)
    office = get_office(session)
    unit = unit_abbreviation(office.unit) or unit_abbreviation(office.name)
    return format_letter_number(
        letter_pattern(session, code), seq=seq, code=code, unit=unit, counter=counter, day=day
    )


def office_city(session: Session) -> str:
    """The city on the signature line ("Purwakarta, 21 Desember 2026"): the admin's
    setting, else read from the address ("…, Purwakarta, Jawa Barat 41115")."""
    stored = _setting(session, CITY_KEY)
    if stored:
        return stored
    parts = [p.strip() for p in get_office(session).address.split(",") if p.strip()]
    if len(parts) >= 3:
        return parts[-2]
    return parts[-1].rstrip("0123456789 ") if parts else ""


@dataclass(frozen=True, slots=True)
class LetterPattern:
    code: str
    label: str
    pattern: str
    default: bool  # the office has not set its own
    example: str  # the pattern filled for today's first number


def _pattern_view(session: Session, code: str, today: date) -> LetterPattern:
    pattern = letter_pattern(session, code)
    office = get_office(session)
    example = format_letter_number(
        pattern,
        seq=1,
        code=code,
        unit=unit_abbreviation(office.unit) or unit_abbreviation(office.name),
        counter=local_site(session).code,
        day=today,
    )
    return LetterPattern(
        code, CODE_LABELS[code], pattern, not _setting(session, PATTERN_KEY + code), example
    )


def letter_patterns(runtime: Runtime, actor: Actor) -> tuple[LetterPattern, ...]:
    """Every document code with the pattern in force and an example."""
    with runtime.read(actor) as session:
        return tuple(_pattern_view(session, code, date.today()) for code in CODE_LABELS)


def set_letter_pattern(runtime: Runtime, actor: Actor, code: str, pattern: str) -> LetterPattern:
    """Admin: the office's pattern for one document code (an empty pattern restores the
    default). Checked (sequence, counter and year present) and audited."""
    require_role(actor, Role.ADMIN)
    code = _code(code)
    pattern = pattern.strip()
    if pattern:
        check_pattern(pattern)
    with runtime.unit(actor) as session:
        row = session.get(Setting, PATTERN_KEY + code)
        before = row.value if row is not None else ""
        if pattern and pattern != DEFAULT_PATTERNS[code]:
            if row is None:
                session.add(Setting(key=PATTERN_KEY + code, value=pattern))
            else:
                row.value = pattern
        elif row is not None:
            session.delete(row)
        session.flush()
        audit.record(
            session,
            actor,
            "letter.pattern",
            entity="setting",
            entity_id=code,
            detail={"before": before, "after": pattern},
        )
        return _pattern_view(session, code, date.today())


def set_letter_city(runtime: Runtime, actor: Actor, city: str) -> None:
    """Admin: the city written on the letters' signature line (empty: from the address)."""
    require_role(actor, Role.ADMIN)
    city = " ".join(city.split())
    if len(city) > 60:
        raise ValidationError("city", "Nama kota terlalu panjang (paling banyak 60 huruf).")
    with runtime.unit(actor) as session:
        row = session.get(Setting, CITY_KEY)
        if city:
            if row is None:
                session.add(Setting(key=CITY_KEY, value=city))
            else:
                row.value = city
        elif row is not None:
            session.delete(row)
        audit.record(session, actor, "letter.city", entity="setting", detail={"city": city})


def paper(name: str) -> Paper:
    """A4 or F4 (215×330 mm) by name, as the CLI and the print dialog give it."""
    from counterdesk.documents.paper import A4, F4

    papers = {"A4": A4, "F4": F4}
    found = papers.get(name.strip().upper())
    if found is None:
        raise ValidationError("paper", f"Kertas '{name}' tidak dikenal; pilih A4 atau F4.")
    return found
