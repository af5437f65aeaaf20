"""Issuing human-facing numbers: the next sequence per (prefix, counter, year)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from counterdesk.domain.numbers import format_number
from counterdesk.services.setup import local_site
from counterdesk.store.models import NumberSequence


def next_number(session: Session, prefix: str, year: int) -> str:
    """Reserve the next number of this counter; rolled back with the caller's transaction.

    Read-then-write: it relies on the caller's writing unit (``runtime.unit``), which on
    SQLite holds the write lock from its BEGIN (IMMEDIATE), so no other process can read
    the same ``last``. On a server database the row lock below does that job.
    """
    counter, seq = next_sequence(session, prefix, year)
    return format_number(prefix, counter, year, seq)


def next_sequence(session: Session, prefix: str, year: int) -> tuple[str, int]:
    """This counter's code and the next sequence of (prefix, counter, year), reserved in
    the caller's writing unit (see ``next_number``); letter numbers format it with the
    office's pattern (``domain.letter_numbers``)."""
    counter = local_site(session).code
    row = session.get(NumberSequence, (prefix, counter, year), with_for_update=True)
    if row is None:
        row = NumberSequence(prefix=prefix, counter=counter, year=year, last=0)
        session.add(row)
    row.last += 1
    return counter, row.last
