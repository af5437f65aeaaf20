"""Today as the test offices see it (Asia/Jakarta), not the machine's date: between 17:00
and 24:00 UTC the office is already on the next day, and a service that refuses a date
after today or before a billing day would refuse ``date.today()``."""

from __future__ import annotations

from datetime import date

from counterdesk.domain.formatting import to_zone
from counterdesk.store.base import utcnow

OFFICE_ZONE = "Asia/Jakarta"  # the zone every test office is set up with


def office_today() -> date:
    return to_zone(utcnow(), OFFICE_ZONE).date()
