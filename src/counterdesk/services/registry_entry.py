"""One historic (paper) certificate entered into the registry — seed 000 "Input Database".

The rules live here so that the form (``enter_one``) and the file import
(``registry_import``) judge a certificate the same way, with the same messages keyed by
the same field names.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from types import MappingProxyType
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from counterdesk.domain.errors import NotFound, ValidationError, ValidationErrors
from counterdesk.domain.formatting import MONTHS, MONTHS_SHORT, format_date_numeric
from counterdesk.domain.identity import nik_warnings, parse_nik
from counterdesk.domain.ids import uuid7
from counterdesk.domain.roles import Role
from counterdesk.services import audit
from counterdesk.services.catalog import CatalogService, load_catalog
from counterdesk.services.context import Actor, require_role
from counterdesk.store.models import Applicant, Certificate
from counterdesk.store.search_index import words

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime

T = TypeVar("T")

# What a cell of a CSV or XLSX file can hold (openpyxl gives dates, times and numbers).
Cell = str | int | float | bool | dt.datetime | dt.date | dt.time | dt.timedelta | None

DEFAULT_SERVICE = "sak/sertifikat"

FIELD_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "serial": "Nomor sertifikat",
        "name": "Nama",
        "nik": "NIK",
        "birth_place": "Tempat lahir",
        "birth_date": "Tanggal lahir",
        "birth_place_date": "Tempat, tanggal lahir",
        "issued_on": "Tanggal terbit",
        "valid_until": "Berlaku sampai",
        "title": "Judul sertifikat",
        "notes": "Catatan",
    }
)
REQUIRED_FIELDS: tuple[str, ...] = ("serial", "name", "nik", "issued_on")
MAX_LENGTH: Mapping[str, int] = MappingProxyType(
    {"serial": 40, "name": 200, "birth_place": 100, "title": 300, "notes": 2000}
)
EARLIEST_ISSUE = dt.date(1945, 8, 17)
EARLIEST_BIRTH = dt.date(1900, 1, 1)
NAME_SIMILARITY = 0.6  # below this, a stored name and a typed name are "very different"
_CHUNK = 500  # values per IN (...) query

# --- reading cell values ---------------------------------------------------------------


def show(cell: Cell) -> str:
    """A cell as the user typed it, for messages and the error list."""
    if cell is None:
        return ""
    if isinstance(cell, dt.datetime):
        return format_date_numeric(cell.date()) if cell.time() == dt.time() else cell.isoformat(" ")
    if isinstance(cell, dt.date):
        return format_date_numeric(cell)
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


# Excel users type '3171… to keep a NIK as text; exports and CSV files keep the mark as a
# character. Typographic quotes and the backtick come from Word and from phones.
TEXT_MARKS = ("'", "\u2018", "\u2019", "`")
# Fields that hold a number or a date, where a leading text mark is never meant.
MARKED_FIELDS = frozenset(
    {"serial", "nik", "birth_date", "issued_on", "valid_until", "birth_place_date"}
)


def without_text_mark(cell: Cell) -> Cell:
    """``'3171…`` (with or without spaces around) as ``3171…``; other cells unchanged."""
    if not isinstance(cell, str):
        return cell
    text = cell.strip()
    if text[:1] in TEXT_MARKS and len(text) > 1:
        return text[1:].strip()
    return cell


def complete_nik(typed: str) -> str | None:
    """The 16 digits of a NIK typed in full (spaces, dots, dashes and a text mark allowed),
    else None: the form asks for the holder only once the NIK is complete."""
    digits = re.sub(r"[\s.\-]", "", str(without_text_mark(typed)))
    return digits if len(digits) == 16 and digits.isascii() and digits.isdigit() else None


def text_of(cell: Cell) -> str:
    """Trimmed text with runs of spaces collapsed (lists copied from Word have many)."""
    return " ".join(show(cell).split())


def _month_names() -> dict[str, int]:
    names: dict[str, int] = {}
    english = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")  # fmt: skip
    for number, (full, short, eng) in enumerate(
        zip(MONTHS, MONTHS_SHORT, english, strict=True), start=1
    ):
        for name in (full, short, eng, eng[:3]):
            names[name.lower()] = number
    names.update({"pebruari": 2, "nopember": 11, "agt": 8, "ags": 8, "sept": 9, "peb": 2})
    return names


MONTH_NAMES: Mapping[str, int] = MappingProxyType(_month_names())
_TIME_TAIL = re.compile(r"[ T]\d{1,2}[:.]\d{2}([:.]\d{2}(\.\d+)?)?$")
_NUMERIC_DATE = re.compile(r"(\d{1,4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,4})")
_WORD_DATE = re.compile(r"(\d{1,2})[\s\-/.]*([A-Za-z]+)\.?[\s\-/.,]*(\d{2,4})")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_FORMS = "HH-BB-TTTT (mis. 12-03-2015), TTTT-BB-HH, atau 12 Maret 2015"


def _make_date(fld: str, typed: str, year: int, month: int, day: int) -> dt.date:
    if year < 100:
        raise ValidationError(
            fld, f"Tahun pada '{typed}' hanya 2 angka; tulis tahun lengkap 4 angka ({_FORMS})."
        )
    if not 1 <= month <= 12:
        swapped = " Mungkin hari dan bulan tertukar (format bulan-hari)." if day <= 12 else ""
        raise ValidationError(
            fld,
            f"Bulan '{month}' pada '{typed}' tidak ada; tanggal ditulis hari-bulan-tahun "
            f"({_FORMS}).{swapped}",
        )
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError(
            fld, f"Tanggal '{typed}' tidak ada di kalender; periksa hari dan bulannya."
        ) from None


def parse_date_text(fld: str, text: str) -> dt.date:
    """Dates as Indonesian lists write them: 12-03-2015, 12/03/2015, 2015-03-12,
    12 Maret 2015, 12-Mar-2015. Day comes first; a two-digit year is refused (1915?)."""
    typed = text.strip()
    core = _TIME_TAIL.sub("", typed)
    numeric = _NUMERIC_DATE.fullmatch(core)
    if numeric:
        a, b, c = numeric.groups()
        if len(a) == 4:
            return _make_date(fld, typed, int(a), int(b), int(c))
        if len(a) <= 2:
            return _make_date(fld, typed, int(c), int(b), int(a))
    worded = _WORD_DATE.fullmatch(core)
    if worded and worded.group(2).lower() in MONTH_NAMES:
        day, month_name, year = worded.groups()
        return _make_date(fld, typed, int(year), MONTH_NAMES[month_name.lower()], int(day))
    raise ValidationError(fld, f"Tanggal '{typed}' tidak dikenali; tulis {_FORMS}.")


def date_of(fld: str, cell: Cell) -> dt.date | None:
    """A date from a date cell, an Excel serial number, or text; empty is None."""
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, int | float) and not isinstance(cell, bool) and 1 <= cell < 2958466:
        # a date column formatted as a number in Excel: days since 1899-12-30
        return _EXCEL_EPOCH + dt.timedelta(days=int(cell))
    if isinstance(cell, str):
        return parse_date_text(fld, cell)
    raise ValidationError(fld, f"Isi '{show(cell)}' bukan tanggal; tulis {_FORMS}.")


def nik_text(cell: Cell) -> str:
    """NIK as text. Excel keeps only 15 significant digits, so a 16-digit NIK stored as a
    number comes back with its last digit turned into 0 — refuse it rather than guess."""
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        digits = str(int(cell)) if float(cell).is_integer() else show(cell)
        if len(digits) >= 16 and digits.endswith("0"):
            raise ValidationError(
                "nik",
                f"NIK '{digits}' tersimpan sebagai angka di Excel, sehingga angka terakhirnya "
                "bisa berubah menjadi 0. Format kolom NIK sebagai Teks, ketik ulang NIK dari "
                "KTP, lalu simpan ulang berkasnya.",
            )
        return digits
    return text_of(cell)


# --- one certificate, checked ------------------------------------------------------------


@dataclass(frozen=True)
class HistoricCertificateInput:
    """The form "Input Database": one paper certificate and its holder.

    Dates may be ``date`` objects (a date picker) or text as typed (``12 Maret 2015``).
    """

    serial: str
    name: str
    nik: str
    issued_on: dt.date | str | None
    birth_place: str = ""
    birth_date: dt.date | str | None = None
    valid_until: dt.date | str | None = None
    title: str = ""
    notes: str = ""
    service_code: str = DEFAULT_SERVICE


@dataclass(frozen=True)
class Entry:
    """A certificate whose fields passed every check that needs no database."""

    serial: str
    name: str
    nik: str
    sex: str
    birth_place: str
    birth_date: dt.date | None
    issued_on: dt.date
    valid_until: dt.date | None
    title: str  # empty: the service's default title
    notes: str


@dataclass(frozen=True)
class FieldProblem:
    field: str
    value: str
    message: str


@dataclass(frozen=True)
class Checked:
    """Outcome of the field checks; ``serial`` is kept even when other fields fail, so
    duplicates in a file are found among bad rows too."""

    serial: str
    entry: Entry | None
    problems: tuple[FieldProblem, ...]
    warnings: tuple[str, ...]


class _Fields:
    """Collects one problem per field, so a form can mark each bad field."""

    def __init__(self, values: Mapping[str, Cell]) -> None:
        self.values = values
        self.problems: list[FieldProblem] = []

    def run(self, fld: str, check: Callable[[], T]) -> T | None:
        try:
            return check()
        except ValidationError as exc:
            self.add(fld, exc.message)
            return None

    def add(self, fld: str, message: str, value: str | None = None) -> None:
        shown = show(self.values.get(fld)) if value is None else value
        self.problems.append(FieldProblem(fld, shown, message))

    def text(self, fld: str, *, required: bool = False) -> str:
        value = text_of(self.values.get(fld))
        limit = MAX_LENGTH.get(fld)
        if required and not value:
            self.add(fld, f"{FIELD_LABELS[fld]} wajib diisi.")
        elif limit and len(value) > limit:
            self.add(
                fld,
                f"{FIELD_LABELS[fld]} terlalu panjang ({len(value)} huruf; paling banyak {limit}).",
            )
            return ""
        return value


def _in_range(fld: str, day: dt.date | None, earliest: dt.date, today: dt.date) -> dt.date | None:
    if day is None:
        return None
    label = FIELD_LABELS[fld]
    if day > today:
        raise ValidationError(
            fld,
            f"{label} {format_date_numeric(day)} belum lewat (hari ini "
            f"{format_date_numeric(today)}); sertifikat lama tidak mungkin bertanggal di masa "
            "depan. Periksa tahunnya.",
        )
    if day < earliest:
        raise ValidationError(
            fld, f"{label} {format_date_numeric(day)} terlalu lama; periksa tahunnya."
        )
    return day


def _split_place_date(cell: Cell) -> tuple[str, Cell]:
    """``Bogor, 12 Maret 1990`` (the TTL column of Indonesian lists) into place and date."""
    if isinstance(cell, dt.date):
        return "", cell
    place, _, rest = text_of(cell).rpartition(",")
    if not place:
        place, _, rest = text_of(cell).rpartition(" / ")
    return place.strip(), rest.strip() or None


def _birth(f: _Fields, today: dt.date) -> tuple[str, dt.date | None]:
    values = f.values
    if "birth_place_date" in values and values["birth_place_date"] not in (None, ""):
        place, when = _split_place_date(values["birth_place_date"])
        day = f.run(
            "birth_place_date",
            lambda: _in_range(
                "birth_date", date_of("birth_place_date", when), EARLIEST_BIRTH, today
            ),
        )
        return place[: MAX_LENGTH["birth_place"]], day
    place = f.text("birth_place")
    day = f.run(
        "birth_date",
        lambda: _in_range(
            "birth_date", date_of("birth_date", values.get("birth_date")), EARLIEST_BIRTH, today
        ),
    )
    return place, day


def check_fields(values: Mapping[str, Cell], today: dt.date) -> Checked:
    """Every check of one certificate that needs no database: required fields, NIK,
    dates and their order. Birth data differing from the NIK is a warning only."""
    values = {k: without_text_mark(v) if k in MARKED_FIELDS else v for k, v in values.items()}
    f = _Fields(values)
    serial, name = f.text("serial", required=True), f.text("name", required=True)
    if name and not any(c.isalpha() for c in name):
        f.add("name", f"Nama '{name}' tidak berisi huruf; mungkin kolomnya tertukar.")
    nik_typed = f.run("nik", lambda: nik_text(values.get("nik")))
    if nik_typed == "":
        f.add("nik", "NIK wajib diisi; sertifikat lama dicatat atas nama orang (NIK di KTP).")
    info = f.run("nik", lambda: parse_nik(nik_typed or "", today)) if nik_typed else None
    place, birth = _birth(f, today)
    issued = f.run(
        "issued_on",
        lambda: _in_range(
            "issued_on", date_of("issued_on", values.get("issued_on")), EARLIEST_ISSUE, today
        ),
    )
    if issued is None and not any(p.field == "issued_on" for p in f.problems):
        f.add("issued_on", "Tanggal terbit wajib diisi, sesuai yang tertulis di sertifikat.")
    valid = f.run("valid_until", lambda: date_of("valid_until", values.get("valid_until")))
    _check_order(f, birth, issued, valid)
    title, notes = f.text("title"), f.text("notes")
    if f.problems or info is None or issued is None:
        return Checked(serial, None, tuple(f.problems), ())
    warnings = tuple(nik_warnings(info, birth, None))
    entry = Entry(serial, name, info.nik, info.sex, place, birth, issued, valid, title, notes)
    return Checked(serial, entry, (), warnings)


def _check_order(
    f: _Fields, birth: dt.date | None, issued: dt.date | None, valid: dt.date | None
) -> None:
    if birth and issued and birth >= issued:
        f.add(
            "birth_date",
            f"Tanggal lahir {format_date_numeric(birth)} tidak sebelum tanggal terbit "
            f"{format_date_numeric(issued)}; mungkin kolomnya tertukar.",
            format_date_numeric(birth),
        )
    if valid and issued and valid <= issued:
        f.add(
            "valid_until",
            f"Berlaku sampai {format_date_numeric(valid)} harus sesudah tanggal terbit "
            f"{format_date_numeric(issued)}.",
        )


# --- what is stored already --------------------------------------------------------------


def serial_key(serial: str) -> str:
    """Serials compare without case and spaces: 'sak-2015 0101' is SAK-20150101's twin."""
    return "".join(serial.split()).casefold()


@dataclass(frozen=True)
class StoredCertificate:
    serial: str
    holder: str
    issued_on: dt.date

    def message(self) -> str:
        return (
            f"Nomor sertifikat {self.serial} sudah ada di database (atas nama {self.holder}, "
            f"terbit {format_date_numeric(self.issued_on)}); tidak disimpan lagi."
        )


def _chunks(items: list[T]) -> Iterable[list[T]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def taken_serials(session: Session, keys: Collection[str]) -> dict[str, StoredCertificate]:
    """Stored certificates whose serial key is among ``keys``.

    One scan of the serial column, then details only for the hits: a registry of 100 000
    certificates costs tens of milliseconds, and no index on a computed key is needed.
    """
    wanted = set(keys)
    hits = [s for s in session.scalars(select(Certificate.serial)) if serial_key(s) in wanted]
    found: dict[str, StoredCertificate] = {}
    for part in _chunks(hits):
        query = (
            select(Certificate.serial, Applicant.name, Certificate.issued_on)
            .join(Applicant, Certificate.applicant_id == Applicant.id)
            .where(Certificate.serial.in_(part))
        )
        for serial, holder, issued in session.execute(query):
            found[serial_key(serial)] = StoredCertificate(serial, holder, issued)
    return found


def applicants_by_nik(session: Session, niks: Collection[str]) -> dict[str, Applicant]:
    found: dict[str, Applicant] = {}
    for part in _chunks(sorted(set(niks))):
        for applicant in session.scalars(select(Applicant).where(Applicant.nik.in_(part))):
            found[applicant.nik or ""] = applicant
    return found


def names_differ(stored: str, typed: str) -> bool:
    """Very different names, ignoring case, accents, punctuation and word order, so that
    'SANTOSO, Budi' matches 'Budi Santoso' and 'M. Rizki' matches 'Muhammad Rizki'."""
    a, b = sorted(words(stored)), sorted(words(typed))
    if a == b:
        return False
    return SequenceMatcher(None, " ".join(a), " ".join(b)).ratio() < NAME_SIMILARITY


def name_warning(stored: str, typed: str, where: str = "di database") -> str | None:
    if not names_differ(stored, typed):
        return None
    return (
        f"NIK ini sudah terdaftar {where} atas nama '{stored}', berbeda jauh dengan "
        f"'{typed}'. Periksa NIK-nya; sertifikat tetap dicatat atas nama pemohon terdaftar."
    )


# --- the service and the rows written ------------------------------------------------------


def certificate_service(code: str) -> CatalogService:
    """The catalogue service the certificates belong to; it must issue a certificate."""
    try:
        service = load_catalog().find_service(code or DEFAULT_SERVICE)
    except NotFound as exc:
        raise ValidationError("service_code", exc.message) from None
    if not any(p.kind == "certificate" for p in service.service.products):
        raise ValidationError(
            "service_code",
            f"Layanan '{service.full_code}' ({service.name}) tidak menerbitkan sertifikat; "
            f"pilih layanan yang produknya sertifikat, mis. {DEFAULT_SERVICE}.",
        )
    return service


def default_title(service: CatalogService) -> str:
    """The certificate product's name; a bare 'Sertifikat' gets the standard's subject
    ('Sertifikasi Ahli Kepabeanan' gives 'Sertifikat Ahli Kepabeanan')."""
    product = next(p.name for p in service.service.products if p.kind == "certificate")
    product = product.rstrip(". ")
    if len(product.split()) > 1:
        return product
    subject = service.standard.title.removeprefix("Sertifikasi ").strip()
    return f"{product} {subject}"


def new_applicant(entry: Entry) -> Applicant:
    """A person from an entry; the id is set now so certificates can point at it before
    the flush."""
    return Applicant(
        id=uuid7(),
        kind="person",
        name=entry.name,
        nik=entry.nik,
        birth_place=entry.birth_place,
        birth_date=entry.birth_date,
        sex=entry.sex,
    )


def new_certificate(
    entry: Entry, applicant_id: uuid.UUID, service: CatalogService, title: str
) -> Certificate:
    """Historic certificates exist on paper already: printed_count 1 keeps them out of
    the print queue; a reprint is a separate act with a reason."""
    return Certificate(
        id=uuid7(),
        serial=entry.serial,
        applicant_id=applicant_id,
        application_id=None,
        standard_code=service.standard_code,
        service_code=service.full_code,
        title=entry.title or title,
        issued_on=entry.issued_on,
        valid_until=entry.valid_until,
        status="issued",
        historic=True,
        printed_count=1,
    )


# --- the form -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entered:
    certificate: Certificate
    new_applicant: bool
    warnings: tuple[str, ...] = field(default=())  # shown, never blocking
    holder_name: str = ""  # the stored holder's name, or the typed one for a new holder


def _form_values(data: HistoricCertificateInput) -> dict[str, Cell]:
    return {
        "serial": data.serial,
        "name": data.name,
        "nik": data.nik,
        "birth_place": data.birth_place,
        "birth_date": data.birth_date,
        "issued_on": data.issued_on,
        "valid_until": data.valid_until,
        "title": data.title,
        "notes": data.notes,
    }


def enter_one(
    session: Session, actor: Actor, data: HistoricCertificateInput, *, today: dt.date | None = None
) -> Entered:
    """Enter one paper certificate; the holder (by NIK) is reused, never duplicated."""
    require_role(actor, Role.OFFICER, Role.SUPERVISOR)
    service = certificate_service(data.service_code)
    checked = check_fields(_form_values(data), today or dt.date.today())
    problems = [ValidationError(p.field, p.message) for p in checked.problems]
    if checked.serial:
        stored = taken_serials(session, [serial_key(checked.serial)])
        problems += [ValidationError("serial", s.message()) for s in stored.values()]
    if problems or checked.entry is None:
        raise ValidationErrors(problems)
    entry = checked.entry
    warnings = list(checked.warnings)
    applicant = applicants_by_nik(session, [entry.nik]).get(entry.nik)
    created = applicant is None
    if applicant is None:
        applicant = new_applicant(entry)
        session.add(applicant)
    else:
        warnings += filter(None, [name_warning(applicant.name, entry.name)])
    certificate = new_certificate(entry, applicant.id, service, default_title(service))
    session.add(certificate)
    session.flush()
    audit.record(
        session,
        actor,
        "certificate.historic_entered",
        entity="certificate",
        entity_id=str(certificate.id),
        detail={
            "serial": entry.serial,
            "nik": entry.nik,
            "applicant_created": created,
            "notes": entry.notes,
            "warnings": warnings,
        },
    )
    return Entered(certificate, created, tuple(warnings), applicant.name)


# --- what the form calls: one use case, one unit, plain values back -------------------------


@dataclass(frozen=True, slots=True)
class EnteredCertificate:
    """A certificate just written by the form, as the form says it."""

    serial: str
    title: str
    issued_on: dt.date
    holder_name: str
    new_applicant: bool
    warnings: tuple[str, ...]  # shown, never blocking


def enter_certificate(
    runtime: Runtime,
    actor: Actor,
    data: HistoricCertificateInput,
    *,
    today: dt.date | None = None,
) -> EnteredCertificate:
    """``enter_one`` in its own unit (committed on success, nothing on a refusal)."""
    with runtime.unit(actor) as session:
        done = enter_one(session, actor, data, today=today)
        certificate = done.certificate
        return EnteredCertificate(
            serial=certificate.serial,
            title=certificate.title,
            issued_on=certificate.issued_on,
            holder_name=done.holder_name,
            new_applicant=done.new_applicant,
            warnings=done.warnings,
        )


def stored_holder_name(runtime: Runtime, actor: Actor, nik: str) -> str | None:
    """The name of the stored applicant with this NIK, None when the NIK is new."""
    with runtime.read(actor) as session:
        found = applicants_by_nik(session, [nik]).get(nik)
        return found.name if found is not None else None
