"""Issuing human-facing numbers: the next sequence per (prefix, counter, year)."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
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
    key = (prefix, counter, year)
    row = session.get(NumberSequence, key, with_for_update=True)
    if row is None:
        # The first number of a year: the row is made in a savepoint, so a counter
        # that made it a moment earlier (a server without the writer turn) is no error.
        try:
            with session.begin_nested():
                session.add(NumberSequence(prefix=prefix, counter=counter, year=year, last=0))
        except IntegrityError:
            pass
        row = session.get(NumberSequence, key, with_for_update=True, populate_existing=True)
        assert row is not None
    row.last += 1
    return counter, row.last
