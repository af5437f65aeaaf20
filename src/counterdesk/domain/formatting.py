"""Indonesian dates, times and rupiah as they appear on screens and printed documents.

Written out by hand rather than through Babel: the output must be byte-for-byte stable
(printed receipts, tests, PDFs), and Babel's ``id`` currency format adds decimals
(``Rp1.250.000,00``) that the counters never print.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from counterdesk.domain.errors import ValidationError

MONTHS: tuple[str, ...] = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
# Same abbreviations as Babel/CLDR for locale ``id`` (note "Agu", "Okt", "Des").
MONTHS_SHORT: tuple[str, ...] = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Mei",
    "Jun",
    "Jul",
    "Agu",
    "Sep",
    "Okt",
    "Nov",
    "Des",
)
# Indexed by ``date.weekday()`` (Monday = 0).
DAY_NAMES: tuple[str, ...] = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def day_name(d: dt.date) -> str:
    """``Kamis``."""
    return DAY_NAMES[d.weekday()]


def format_date_long(d: dt.date) -> str:
    """``21 November 2026`` — the form used on letters and certificates."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def format_date_short(d: dt.date) -> str:
    """``21 Nov 2026`` — for tables and receipts where space is tight."""
    return f"{d.day} {MONTHS_SHORT[d.month - 1]} {d.year}"


def format_date_with_day(d: dt.date) -> str:
    """``Kamis, 26 Maret 2026`` — promised dates, so nobody turns up on a Sunday."""
    return f"{day_name(d)}, {format_date_long(d)}"


def format_date_numeric(d: dt.date) -> str:
    """``12-05-1990`` (DD-MM-YYYY), the order Indonesians write on forms."""
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"


def before_period(text: str) -> str:
    """A name or title placed just before a sentence's closing dot, without its own final
    dot: ``"Disetujui oleh {0}."`` with ``Dr. Bambang Sutrisno, M.Si.`` reads ``…, M.Si.``
    once, never ``M.Si..``. Dots inside the text (``S.E``, ``Dr.``) are kept."""
    return text.rstrip().removesuffix(".")


def format_rupiah(amount: int) -> str:
    """``Rp1.250.000``: integer rupiah, dot thousands, no space, no decimals."""
    sign = "-" if amount < 0 else ""
    grouped = f"{abs(amount):,}".replace(",", ".")
    return f"{sign}Rp{grouped}"


@dataclass(frozen=True, slots=True)
class Zone:
    """An Indonesian time zone.

    Fixed offsets instead of zoneinfo: Indonesia has had no DST and the same three
    offsets since 1988, and zoneinfo on Windows needs the extra ``tzdata`` package.
    """

    iana: str
    abbreviation: str
    utc_offset_hours: int

    @property
    def tzinfo(self) -> dt.tzinfo:
        return dt.timezone(dt.timedelta(hours=self.utc_offset_hours), self.abbreviation)


ZONES: Mapping[str, Zone] = MappingProxyType(
    {
        "Asia/Jakarta": Zone("Asia/Jakarta", "WIB", 7),
        "Asia/Makassar": Zone("Asia/Makassar", "WITA", 8),
        "Asia/Jayapura": Zone("Asia/Jayapura", "WIT", 9),
    }
)
_BY_ABBREVIATION = {z.abbreviation: z for z in ZONES.values()}


def zone(name: str) -> Zone:
    """Look a zone up by IANA name (``Asia/Jakarta``) or abbreviation (``WIB``)."""
    found = ZONES.get(name) or _BY_ABBREVIATION.get(name.strip().upper())
    if found is None:
        choices = ", ".join(f"{z.iana} ({z.abbreviation})" for z in ZONES.values())
        raise ValidationError(
            "zona_waktu", f"Zona waktu '{name}' tidak dikenal; pilih salah satu: {choices}."
        )
    return found


def to_zone(moment: dt.datetime, tz_name: str) -> dt.datetime:
    """Convert an aware timestamp (stored in UTC) to the office's wall clock."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("to_zone needs an aware datetime (timestamps are stored in UTC)")
    return moment.astimezone(zone(tz_name).tzinfo)


def format_time_with_zone(moment: dt.datetime, tz_name: str) -> str:
    """``14.05 WIB`` — Indonesian style uses a dot between hours and minutes."""
    local = to_zone(moment, tz_name)
    return f"{local.hour:02d}.{local.minute:02d} {zone(tz_name).abbreviation}"


def format_datetime_short(moment: dt.datetime, tz_name: str) -> str:
    """``27 Nov 2026 00.08 WIB``: the date too on the office's wall clock (a stored UTC
    moment's own date is the day before for seven hours of every WIB night)."""
    local = to_zone(moment, tz_name)
    return f"{format_date_short(local.date())} {format_time_with_zone(moment, tz_name)}"


def format_datetime_long(moment: dt.datetime, tz_name: str) -> str:
    """``21 November 2026 14.05 WIB``."""
    local = to_zone(moment, tz_name)
    return f"{format_date_long(local.date())} {format_time_with_zone(moment, tz_name)}"
