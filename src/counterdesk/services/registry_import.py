"""Import a list of historic (paper) certificates from CSV or XLSX — seed 000 "Input
Database", done for a whole ledger at once.

Three steps, matching the wizard: ``read_table`` (choose a file), ``suggest_mapping`` +
``preview`` (map columns; every row is checked and every bad row is listed with its
reason, nothing is written), ``commit`` (write the good rows in the caller's single
transaction). The preview holds the parsed rows, so what is written is exactly what was
shown.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import logging
import re
import uuid
import warnings
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from counterdesk.domain.errors import (
    ConflictError,
    CounterDeskError,
    ValidationError,
    ValidationErrors,
)
from counterdesk.domain.roles import Role
from counterdesk.services import audit, backups
from counterdesk.services.catalog import CatalogService
from counterdesk.services.context import Actor, require_role
from counterdesk.services.registry_entry import (
    DEFAULT_SERVICE,
    FIELD_LABELS,
    REQUIRED_FIELDS,
    Cell,
    Entry,
    StoredCertificate,
    applicants_by_nik,
    certificate_service,
    check_fields,
    default_title,
    name_warning,
    new_applicant,
    new_certificate,
    serial_key,
    show,
    taken_serials,
    text_of,
    without_text_mark,
)
from counterdesk.services.registry_table_end import NotData, end_of_table, normal_words
from counterdesk.store.models import Applicant

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime

__all__ = [
    "DEFAULT_SERVICE",
    "FIELD_LABELS",
    "MAX_ROWS",
    "REQUIRED_FIELDS",
    "ImportCancelled",
    "ImportPreview",
    "ImportResult",
    "NotData",
    "PlannedRow",
    "Progress",
    "RawRow",
    "RawTable",
    "RowProblem",
    "check_mapping",
    "commit",
    "commit_preview",
    "errors_csv",
    "preview",
    "preview_table",
    "read_table",
    "show",
    "suggest_mapping",
]

MAX_ROWS = 50_000
MAX_BYTES = 64 * 1024 * 1024
HEADER_SCAN = 10  # a title line or two above the header is common in exported ledgers
PROGRESS_EVERY = 250
CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_MAGIC = b"PK\x03\x04"

# (done, total) -> False to cancel. The GUI calls preview/commit off its thread.
Progress = Callable[[int, int], bool]


class ImportCancelled(CounterDeskError):
    """The user pressed cancel; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Impor dibatalkan; tidak ada data yang disimpan.")


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _file_error(message: str) -> ValidationError:
    return ValidationError("file", message)


# --- step 1: read the file ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RawRow:
    number: int  # the row number the spreadsheet shows (header row included)
    cells: tuple[Cell, ...]

    def cell(self, index: int) -> Cell:
        return self.cells[index] if index < len(self.cells) else None


@dataclass(frozen=True, slots=True)
class RawTable:
    file_name: str
    sha256: str
    headers: tuple[str, ...]
    header_row: int
    rows: tuple[RawRow, ...]  # data rows only; numbers keep their place
    sheet: str = ""  # XLSX: the sheet read
    sheet_names: tuple[str, ...] = ()  # XLSX: every sheet, for a chooser
    encoding: str = ""  # CSV
    delimiter: str = ""  # CSV
    notices: tuple[str, ...] = ()  # remarks about the file, never blocking
    not_data: tuple[NotData, ...] = ()  # rows left out as totals, signatures, bare numbers

    @property
    def remarks(self) -> tuple[str, ...]:
        """Everything to say about the file read: its notices, then the rows left out."""
        return self.notices + tuple(n.message for n in self.not_data)


def read_table(path: Path, *, sheet: str | None = None) -> RawTable:
    """Read a CSV (UTF-8, UTF-16 or Windows-1252; ``;`` ``,`` or tab) or an XLSX sheet.

    Every way a file can be unusable ends in a ``ValidationError`` on field ``file`` (or
    ``sheet``) saying what is wrong and what to do.
    """
    suffix = path.suffix.lower()
    if suffix not in CSV_SUFFIXES | XLSX_SUFFIXES:
        raise _file_error(_suffix_message(path.name, suffix))
    data = _read_bytes(path)
    if suffix in XLSX_SUFFIXES:
        names, chosen, grid = _xlsx_grid(data, sheet)
        meta: dict[str, Any] = {"sheet": chosen, "sheet_names": names}
        notices: list[str] = []
    else:
        text, encoding, notices = _decode(data)
        delimiter, grid = _csv_grid(text)
        meta = {"encoding": encoding, "delimiter": delimiter}
    header_row, headers, rows = _split_header(grid, path.name, _empty_message(path.name, meta))
    if header_row > 1:
        notices.append(f"Judul kolom dibaca dari baris {header_row}; baris di atasnya dilewati.")
    data_rows, not_data = end_of_table(rows)
    if not data_rows:
        raise _file_error(
            f"Berkas '{path.name}' tidak berisi baris data sertifikat di bawah judul kolom "
            f"(baris {header_row}); {not_data[0].message}"
        )
    return RawTable(
        path.name,
        hashlib.sha256(data).hexdigest(),
        headers,
        header_row,
        data_rows,
        notices=tuple(notices),
        not_data=not_data,
        **meta,
    )


def _empty_message(name: str, meta: Mapping[str, Any]) -> str:
    others = [s for s in meta.get("sheet_names", ()) if s != meta.get("sheet")]
    if others:
        return f"Lembar '{meta['sheet']}' kosong; pilih lembar lain: {', '.join(others)}."
    return f"Berkas '{name}' tidak berisi data; isi lalu simpan ulang."


def _suffix_message(name: str, suffix: str) -> str:
    if suffix in (".xls", ".xlsb"):
        return (
            f"'{name}' berformat Excel lama ({suffix}) yang tidak dapat dibaca. Buka di Excel, "
            "lalu Simpan Sebagai 'Buku Kerja Excel (.xlsx)' atau 'CSV UTF-8'."
        )
    if suffix == ".ods":
        return f"'{name}' berformat LibreOffice (.ods). Simpan ulang sebagai .xlsx atau .csv."
    shown = suffix or "(tanpa akhiran)"
    return (
        f"Jenis berkas '{name}' ({shown}) tidak dikenali. Pilih berkas Excel (.xlsx) atau "
        "CSV (.csv)."
    )


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _file_error(
                f"'{path.name}' terlalu besar ({size // (1024 * 1024)} MB; paling besar "
                f"{MAX_BYTES // (1024 * 1024)} MB). Bagi menjadi beberapa berkas."
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise _file_error(f"Berkas '{path}' tidak ada; mungkin sudah dipindah.") from None
    except PermissionError:
        raise _file_error(
            f"Berkas '{path.name}' tidak boleh dibaca; mungkin masih terbuka di Excel. "
            "Tutup berkas itu, lalu coba lagi."
        ) from None
    except OSError as exc:
        raise _file_error(f"Berkas '{path.name}' tidak dapat dibaca ({exc.strerror}).") from None
    if not data.strip():
        raise _file_error(f"Berkas '{path.name}' kosong; isi data sertifikat lalu simpan ulang.")
    return data


def _decode(data: bytes) -> tuple[str, str, list[str]]:
    """UTF-8 first; Excel's plain 'CSV' on Windows is Windows-1252, read that with a notice
    rather than refuse (names are mostly ASCII, and the preview shows every row)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "UTF-16", []
    if data.startswith(ZIP_MAGIC) or data.startswith(OLE2_MAGIC):
        raise _file_error(
            "Berkas ini berkas Excel yang diberi nama .csv. Ganti akhiran namanya menjadi "
            ".xlsx, atau simpan ulang dari Excel sebagai 'CSV UTF-8'."
        )
    if b"\x00" in data:
        raise _file_error("Berkas ini bukan berkas teks CSV; simpan ulang dari Excel sebagai CSV.")
    try:
        return data.decode("utf-8-sig"), "UTF-8", []
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise _file_error(
            "Berkas bukan UTF-8; simpan ulang sebagai 'CSV UTF-8 (dipisahkan koma)' di Excel."
        ) from None
    notice = (
        "Berkas bukan UTF-8; dibaca sebagai Windows-1252 (CSV biasa dari Excel). Periksa "
        "huruf beraksen di pratinjau; bila ada yang salah, simpan ulang sebagai 'CSV UTF-8'."
    )
    return text, "Windows-1252", [notice]


def _csv_records(text: str, delimiter: str) -> Iterator[list[str]]:
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


def _sniff(text: str) -> str:
    """The delimiter that splits the first lines into the most columns; ``;`` wins ties
    (Excel with Indonesian regional settings writes ``;``)."""
    best, best_width = ";", 0
    for candidate in (";", "\t", ","):
        width = 0
        try:
            for number, record in enumerate(_csv_records(text, candidate)):
                if number >= HEADER_SCAN:
                    break
                width = max(width, len(record))
        except csv.Error:
            continue
        if width > best_width:
            best, best_width = candidate, width
    return best


def _csv_grid(text: str) -> tuple[str, Iterator[tuple[Cell, ...]]]:
    first_line = text.split("\n", 1)[0].strip().lower()
    if first_line.startswith("sep=") and len(first_line) == 5:
        # Excel's own hint line; Excel does not show it, so rows are counted without it.
        return first_line[4], _csv_rows(text.split("\n", 1)[1], first_line[4])
    delimiter = _sniff(text)
    return delimiter, _csv_rows(text, delimiter)


def _csv_rows(text: str, delimiter: str) -> Iterator[tuple[Cell, ...]]:
    try:
        for record in _csv_records(text, delimiter):
            yield tuple(record)
    except csv.Error as exc:
        raise _file_error(
            f"Isi CSV rusak ({exc}); buka di Excel dan simpan ulang sebagai 'CSV UTF-8'."
        ) from None


def _xlsx_grid(
    data: bytes, sheet: str | None
) -> tuple[tuple[str, ...], str, Iterator[tuple[Cell, ...]]]:
    if data.startswith(OLE2_MAGIC):
        # An encrypted XLSX is an OLE2 container, not a zip.
        raise _file_error(
            "Berkas dilindungi kata sandi; buka di Excel, hapus kata sandinya, simpan ulang."
        )
    if not data.startswith(ZIP_MAGIC):
        raise _file_error(_corrupt_message())
    import openpyxl  # only when an XLSX is opened: keeps start-up light

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "extension not supported" noise
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # zipfile, XML, KeyError, openpyxl's own: all "damaged"
        raise _file_error(_corrupt_message()) from exc
    try:
        names = tuple(book.sheetnames)
        if sheet is not None and sheet not in names:
            raise ValidationError(
                "sheet", f"Lembar '{sheet}' tidak ada; lembar di berkas ini: {', '.join(names)}."
            )
        ws = book[sheet] if sheet is not None else book.worksheets[0]
        ws.reset_dimensions()  # some writers store a wrong (huge) used range
        grid = [tuple(row) for row in _limited(ws.iter_rows(min_row=1, values_only=True))]
    finally:
        book.close()
    return names, str(ws.title), iter(grid)


def _corrupt_message() -> str:
    return (
        "Berkas Excel rusak atau bukan berkas .xlsx. Buka di Excel; bila bisa dibuka, "
        "simpan ulang sebagai .xlsx lalu coba lagi."
    )


def _limited(rows: Iterable[Sequence[Any]]) -> Iterator[Sequence[Any]]:
    """Stop reading past the row limit instead of loading a million rows first."""
    data_rows = 0
    for row in rows:
        if not _blank(row):
            data_rows += 1
            if data_rows > MAX_ROWS + HEADER_SCAN:
                _too_many()
        yield row


def _too_many() -> None:
    raise _file_error(
        f"Berkas berisi lebih dari {_thousands(MAX_ROWS)} baris data. Bagi menjadi beberapa "
        f"berkas berisi paling banyak {_thousands(MAX_ROWS)} baris, lalu impor satu per satu."
    )


def _blank(row: Sequence[Any]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in row)


def _looks_like_data(cell: Cell) -> bool:
    if cell is None:
        return False
    if not isinstance(cell, str):
        return True  # numbers and dates are never column titles
    compact = cell.strip()
    return (compact.isdigit() and len(compact) >= 6) or bool(
        re.fullmatch(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}", compact)
    )


def _column_name(index: int) -> str:
    """Spreadsheet letters: 0 → A, 26 → AA."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def _split_header(
    grid: Iterator[tuple[Cell, ...]], file_name: str, empty: str
) -> tuple[int, tuple[str, ...], tuple[RawRow, ...]]:
    """The header is the first row with two or more cells among the first lines, so a
    title line above it ('DAFTAR SERTIFIKAT 2015') is skipped; data rows follow it."""
    header: RawRow | None = None
    pending: list[RawRow] = []  # non-blank rows seen before the header was settled
    rows: list[RawRow] = []
    for number, cells in enumerate(grid, start=1):
        if _blank(cells):
            continue
        raw = RawRow(number, _trim(cells))
        if header is not None:
            rows.append(raw)
            if len(rows) > MAX_ROWS:
                _too_many()
        elif sum(c not in (None, "") for c in raw.cells) >= 2:
            header = raw
        elif len(pending) < HEADER_SCAN:
            pending.append(raw)
        else:  # no wide row near the top: a one-column file
            header, rows = pending[0], [*pending[1:], raw]
    if header is None and pending:
        header, rows = pending[0], pending[1:]
    if header is None:
        raise _file_error(empty)
    _check_header(header, file_name)
    if not rows:
        raise _file_error(
            f"Berkas '{file_name}' hanya berisi judul kolom (baris {header.number}), tanpa "
            "baris data sertifikat di bawahnya."
        )
    headers = tuple(show(c) or f"Kolom {_column_name(i)}" for i, c in enumerate(header.cells))
    return header.number, headers, tuple(rows)


def _trim(cells: tuple[Cell, ...]) -> tuple[Cell, ...]:
    end = len(cells)
    while end and (cells[end - 1] is None or cells[end - 1] == ""):
        end -= 1
    return tuple(_plain(c) for c in cells[:end])


def _plain(cell: Any) -> Cell:
    if cell is None or isinstance(
        cell, str | int | float | bool | dt.datetime | dt.date | dt.time | dt.timedelta
    ):
        return cell
    return str(cell)


def _check_header(header: RawRow, file_name: str) -> None:
    data_like = [show(c) for c in header.cells if _looks_like_data(c)]
    if data_like:
        raise _file_error(
            f"Baris judul kolom tidak ditemukan: baris {header.number} '{file_name}' berisi "
            f"data ({', '.join(data_like[:3])}). Tambahkan satu baris judul di atas data, mis. "
            "'Nomor Sertifikat;Nama;NIK;Tanggal Terbit'."
        )


# --- step 2: map the columns ----------------------------------------------------------------

# Header words per field, compared after folding case, accents and punctuation. One-word
# synonyms must match the whole header ("No" alone is the row counter, never the serial);
# longer ones may appear inside a longer header ("Nomor Sertifikat SAK").
SYNONYMS: Mapping[str, tuple[str, ...]] = {
    "serial": (
        "no sertifikat", "nomor sertifikat", "no sert", "no seri", "nomor seri",
        "nomor seri sertifikat", "no seri sertifikat", "serial", "serial number",
        "certificate number", "certificate no", "nomor register", "no register", "noser",
    ),
    "name": (
        "nama", "nama lengkap", "name", "full name", "nama peserta", "nama pemegang",
        "nama pemohon", "nama pemegang sertifikat",
    ),
    "nik": (
        "nik", "no nik", "nomor nik", "no ktp", "nomor ktp", "nik ktp",
        "nomor induk kependudukan", "national id",
    ),
    "birth_place": ("tempat lahir", "tmp lahir", "tempat lhr", "birth place", "place of birth"),
    "birth_date": (
        "tanggal lahir", "tgl lahir", "tgl lhr", "tanggal lhr", "birth date", "date of birth",
        "dob",
    ),
    "birth_place_date": (
        "tempat tanggal lahir", "tempat tgl lahir", "ttl", "tempat dan tanggal lahir",
        "tempat tgl lhr",
    ),
    "issued_on": (
        "tanggal terbit", "tgl terbit", "tanggal sertifikat", "tgl sertifikat",
        "tanggal penerbitan", "tgl penerbitan", "tanggal diterbitkan", "issued", "issue date",
        "date of issue", "issued on", "tanggal",
    ),
    "valid_until": (
        "berlaku sampai", "berlaku hingga", "masa berlaku", "berlaku s d", "tanggal kedaluwarsa",
        "kedaluwarsa", "kadaluarsa", "valid until", "expiry", "expiry date",
    ),
    "title": (
        "judul", "judul sertifikat", "jenis sertifikat", "nama sertifikat", "title",
        "kualifikasi",
    ),
    "notes": ("catatan", "keterangan", "ket", "notes", "note", "remarks"),
}  # fmt: skip


def suggest_mapping(headers: Sequence[str]) -> dict[str, int | None]:
    """Guess each field's column from the header text (Indonesian or English); a field
    without a convincing column is None. Exact matches are taken before partial ones."""
    normal = [normal_words(h) for h in headers]
    mapping: dict[str, int | None] = dict.fromkeys(FIELD_LABELS)
    used: set[int] = set()
    candidates = sorted(
        ((fld, syn) for fld, syns in SYNONYMS.items() for syn in syns),
        key=lambda pair: -len(pair[1]),
    )
    for exact in (True, False):
        for fld, syn in candidates:
            if mapping[fld] is not None or (not exact and " " not in syn):
                continue
            for index, text in enumerate(normal):
                hit = text == syn if exact else f" {syn} " in f" {text} "
                if hit and index not in used:
                    mapping[fld] = index
                    used.add(index)
                    break
    if mapping["birth_place_date"] is not None and (
        mapping["birth_place"] is not None or mapping["birth_date"] is not None
    ):
        mapping["birth_place_date"] = None
    return mapping


def check_mapping(table: RawTable, mapping: Mapping[str, int | None]) -> dict[str, int]:
    """The chosen columns, or ``ValidationErrors`` keyed by field naming each gap."""
    unknown = set(mapping) - set(FIELD_LABELS)
    if unknown:
        raise ValueError(f"unknown fields in mapping: {sorted(unknown)}")
    chosen = {f: i for f, i in mapping.items() if i is not None}
    errors: list[ValidationError] = []
    shown = ", ".join(f"'{h}'" for h in table.headers)
    for fld in REQUIRED_FIELDS:
        if fld not in chosen:
            errors.append(
                ValidationError(
                    fld,
                    f"Kolom untuk '{FIELD_LABELS[fld]}' belum dipilih (wajib). Pilih kolom "
                    f"berkas yang berisinya; kolom yang ada: {shown}.",
                )
            )
    by_column: dict[int, list[str]] = defaultdict(list)
    for fld, index in chosen.items():
        if not 0 <= index < len(table.headers):
            errors.append(ValidationError(fld, f"Kolom ke-{index + 1} tidak ada di berkas."))
        by_column[index].append(fld)
    for index, fields in by_column.items():
        if len(fields) > 1 and 0 <= index < len(table.headers):
            labels = " dan ".join(f"'{FIELD_LABELS[f]}'" for f in fields)
            errors.append(
                ValidationError(
                    fields[1],
                    f"Kolom '{table.headers[index]}' dipilih untuk {labels}; satu kolom hanya "
                    "untuk satu isian.",
                )
            )
    if "birth_place_date" in chosen and ({"birth_place", "birth_date"} & set(chosen)):
        errors.append(
            ValidationError(
                "birth_place_date",
                "Pilih kolom 'Tempat, tanggal lahir' atau kolom tempat dan tanggal lahir "
                "terpisah, jangan keduanya.",
            )
        )
    if errors:
        raise ValidationErrors(errors)
    return chosen


# --- step 2b: the preview -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RowProblem:
    row: int  # as the spreadsheet shows it (header = row 1)
    field: str
    column: str  # the header text of the file
    value: str
    message: str


@dataclass(frozen=True, slots=True)
class PlannedRow:
    """A good row and what committing it will do."""

    row: int
    entry: Entry
    title: str  # the title that will be printed in the registry
    applicant_id: uuid.UUID | None  # the stored holder that is reused
    applicant_name: str  # the stored holder's name, when reused
    creates_applicant: bool  # first row of a NIK not yet stored
    same_holder_as_row: int | None  # a later row of a NIK new in this file
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportPreview:
    file_name: str
    sha256: str
    sheet: str
    service_code: str  # full catalogue code, e.g. sak/sertifikat
    total_rows: int  # data rows in the file (blank, totals and signature rows left out)
    rows: tuple[PlannedRow, ...]  # will be written
    problems: tuple[RowProblem, ...]  # rows that will not, each reason listed
    notices: tuple[str, ...] = ()  # the file's remarks, then what was left out as not data
    not_data: tuple[NotData, ...] = ()  # e.g. the Jumlah/Mengetahui block under the table

    @property
    def bad_rows(self) -> tuple[int, ...]:
        return tuple(sorted({p.row for p in self.problems}))

    @property
    def new_applicants(self) -> int:
        return sum(r.creates_applicant for r in self.rows)

    @property
    def reused_applicants(self) -> int:
        return len({r.applicant_id for r in self.rows if r.applicant_id is not None})

    @property
    def warning_rows(self) -> int:
        return sum(bool(r.warnings) for r in self.rows)

    def summary(self) -> str:
        return (
            f"{self.total_rows} baris: {len(self.rows)} siap disimpan, "
            f"{len(self.bad_rows)} bermasalah (tidak disimpan), {self.warning_rows} dengan "
            f"peringatan. Pemohon baru {self.new_applicants}, pemohon terdaftar dipakai "
            f"{self.reused_applicants}."
        )


def _tick(progress: Progress | None, done: int, total: int) -> None:
    due = done % PROGRESS_EVERY == 0 or done == total
    if progress is not None and due and progress(done, total) is False:
        raise ImportCancelled()


@dataclass
class _Pass:
    """Working state of one preview."""

    table: RawTable
    columns: dict[str, int]
    problems: list[RowProblem] = field(default_factory=list)
    good: list[tuple[int, Entry, tuple[str, ...]]] = field(default_factory=list)
    serials: dict[str, list[tuple[int, str]]] = field(default_factory=lambda: defaultdict(list))

    def column(self, fld: str) -> str:
        index = self.columns.get(fld)
        if index is None and fld in ("birth_place", "birth_date"):
            index = self.columns.get("birth_place_date")
        return self.table.headers[index] if index is not None else FIELD_LABELS.get(fld, fld)

    def problem(self, row: int, fld: str, value: str, message: str) -> None:
        self.problems.append(RowProblem(row, fld, self.column(fld), value, message))


def preview(
    session: Session,
    table: RawTable,
    mapping: Mapping[str, int | None],
    *,
    service_code: str = DEFAULT_SERVICE,
    title: str = "",
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> ImportPreview:
    """Check every row against the rules and the database; write nothing.

    ``title`` overrides the catalogue's certificate title for rows without their own.
    """
    work = _Pass(table, check_mapping(table, mapping))
    service = certificate_service(service_code)
    title = " ".join(title.split()) or default_title(service)
    _check_rows(work, today or dt.date.today(), progress)
    stored = taken_serials(session, list(work.serials))
    bad = _stored_serials(work, stored) | _duplicates_in_file(work, set(stored))
    planned = _plan(session, work, bad, title)
    order = {f: i for i, f in enumerate(FIELD_LABELS)}
    problems = sorted(work.problems, key=lambda p: (p.row, order.get(p.field, 99)))
    return ImportPreview(
        file_name=table.file_name,
        sha256=table.sha256,
        sheet=table.sheet,
        service_code=service.full_code,
        total_rows=len(table.rows),
        rows=tuple(planned),
        problems=tuple(problems),
        notices=table.remarks,
        not_data=table.not_data,
    )


def preview_table(
    runtime: Runtime,
    actor: Actor,
    table: RawTable,
    mapping: Mapping[str, int | None],
    *,
    service_code: str = DEFAULT_SERVICE,
    title: str = "",
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> ImportPreview:
    """``preview`` in a read-only unit of its own: what the wizard and the CLI call."""
    with runtime.read(actor) as session:
        return preview(
            session,
            table,
            mapping,
            service_code=service_code,
            title=title,
            today=today,
            progress=progress,
        )


def _check_rows(work: _Pass, today: dt.date, progress: Progress | None) -> None:
    total = len(work.table.rows)
    for done, raw in enumerate(work.table.rows, start=1):
        values = {fld: raw.cell(index) for fld, index in work.columns.items()}
        checked = check_fields(values, today)
        for p in checked.problems:
            work.problem(raw.number, p.field, p.value, p.message)
        if checked.serial:
            work.serials[serial_key(checked.serial)].append((raw.number, checked.serial))
        if checked.entry is not None:
            work.good.append((raw.number, checked.entry, checked.warnings))
        _tick(progress, done, total)


def _duplicates_in_file(work: _Pass, stored: set[str]) -> set[int]:
    """A serial listed twice: its first row keeps it, each later row is refused naming the
    first (a ledger often lists one certificate twice). A stored serial is refused on
    every row already, as stored."""
    already_bad = {p.row for p in work.problems}
    cells = {raw.number: raw for raw in work.table.rows}
    bad: set[int] = set()
    for key, rows in work.serials.items():
        if len(rows) < 2 or key in stored:
            continue
        first = rows[0][0]
        for number, serial in rows[1:]:
            if _same_cells(work, cells[first], cells[number]):
                message = (
                    f"Baris ini sama dengan baris {first} (sertifikat {serial} tercatat dua "
                    "kali); baris ini dilewati."
                )
            else:
                message = (
                    f"Nomor sertifikat {serial} sama dengan baris {first}; baris ini dilewati. "
                    "Bila ini sertifikat lain, perbaiki nomornya di berkas lalu impor lagi."
                )
            if first in already_bad:
                message += f" Baris {first} sendiri bermasalah; perbaiki juga baris itu."
            work.problem(number, "serial", serial, message)
            bad.add(number)
    return bad


def _same_cells(work: _Pass, a: RawRow, b: RawRow) -> bool:
    """The same certificate twice: every mapped column reads the same ('3171… = 3171…)."""

    def read(raw: RawRow, index: int) -> str:
        return text_of(without_text_mark(raw.cell(index)))

    return all(read(a, i) == read(b, i) for i in work.columns.values())


def _stored_serials(work: _Pass, stored: Mapping[str, StoredCertificate]) -> set[int]:
    bad: set[int] = set()
    for key, certificate in stored.items():
        for number, serial in work.serials[key]:
            work.problem(number, "serial", serial, certificate.message())
            bad.add(number)
    return bad


def _plan(session: Session, work: _Pass, bad: set[int], title: str) -> list[PlannedRow]:
    """Good rows with their holder: the stored applicant of the NIK, else one new applicant
    created by the NIK's first row and shared by its later rows."""
    good = [g for g in work.good if g[0] not in bad]
    stored = applicants_by_nik(session, {entry.nik for _, entry, _ in good})
    first_row: dict[str, tuple[int, str]] = {}
    planned: list[PlannedRow] = []
    for number, entry, warns in good:
        notes = list(warns)
        holder = stored.get(entry.nik)
        earlier = first_row.get(entry.nik)
        if holder is not None:
            notes += filter(None, [name_warning(holder.name, entry.name)])
        elif earlier is not None:
            notes += filter(None, [name_warning(earlier[1], entry.name, f"di baris {earlier[0]}")])
        else:
            first_row[entry.nik] = (number, entry.name)
        planned.append(
            PlannedRow(
                row=number,
                entry=entry,
                title=entry.title or title,
                applicant_id=holder.id if holder else None,
                applicant_name=holder.name if holder else "",
                creates_applicant=holder is None and earlier is None,
                same_holder_as_row=earlier[0] if holder is None and earlier else None,
                warnings=tuple(notes),
            )
        )
    return planned


# --- step 3: commit -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImportResult:
    written: int
    applicants_created: int
    applicants_reused: int
    skipped_rows: int
    audit_seq: int | None  # the import's audit event; None when nothing was written


def commit(
    session: Session, actor: Actor, plan: ImportPreview, *, progress: Progress | None = None
) -> ImportResult:
    """Write the previewed good rows, all or nothing, in the caller's transaction.

    If the database changed since the preview (a serial or a NIK added meanwhile) the whole
    import is refused with ``ConflictError``; cancelling raises ``ImportCancelled``. Either
    must leave ``runtime.unit`` as an exception so that the transaction rolls back. The
    durable unit (``synchronous=FULL``) is the caller's: ``commit_preview`` opens one.
    """
    require_role(actor, Role.OFFICER, Role.SUPERVISOR)
    skipped = len(plan.bad_rows)
    if not plan.rows:
        return ImportResult(0, 0, 0, skipped, None)
    service = certificate_service(plan.service_code)
    _recheck(session, plan)
    created = _write_rows(session, plan, service, progress)
    event = audit.record(
        session,
        actor,
        "certificate.historic_imported",
        entity="import",
        entity_id=plan.sha256[:40],
        detail=_audit_detail(plan, created),
    )
    return ImportResult(len(plan.rows), created, plan.reused_applicants, skipped, event.seq)


def commit_preview(
    runtime: Runtime, actor: Actor, plan: ImportPreview, *, progress: Progress | None = None
) -> ImportResult:
    """``commit`` in a unit of its own: committed when every row is written, rolled back on
    a refusal or on ``ImportCancelled`` (nothing stored). A copy of the database is made
    first (``sebelum-impor-registri``, the last 3 kept)."""
    if plan.rows:
        made = backups.backup_before_import(runtime, backups.REGISTRY_IMPORT_LABEL)
        runtime.daily_backup(from_copy=made)  # the same copy is the day's, if none yet
    with runtime.unit(actor, durable=True) as session:  # synchronous=FULL (DESIGN)
        result = commit(session, actor, plan, progress=progress)
    logging.getLogger(__name__).info(
        "Impor registri %s selesai: %d baris", plan.file_name, len(plan.rows)
    )
    return result


def _write_rows(
    session: Session, plan: ImportPreview, service: CatalogService, progress: Progress | None
) -> int:
    holders: dict[str, uuid.UUID] = {}
    total = len(plan.rows)
    for done, row in enumerate(plan.rows, start=1):
        holder = row.applicant_id or holders.get(row.entry.nik)
        if holder is None:
            applicant = new_applicant(row.entry)
            session.add(applicant)
            holder = holders[row.entry.nik] = applicant.id
        session.add(new_certificate(row.entry, holder, service, row.title))
        if done % PROGRESS_EVERY == 0 or done == total:
            _flush(session)
            _tick(progress, done, total)
    return len(holders)


def _flush(session: Session) -> None:
    try:
        session.flush()
    except IntegrityError:
        raise ConflictError(
            "Database berubah saat impor berjalan (nomor sertifikat atau NIK yang sama baru "
            "saja disimpan di loket lain). Tidak ada yang disimpan; buat pratinjau ulang."
        ) from None


def _recheck(session: Session, plan: ImportPreview) -> None:
    """Someone may have stored a serial or a holder since the preview: refuse, never
    half-write."""
    taken = taken_serials(session, [serial_key(r.entry.serial) for r in plan.rows])
    if taken:
        examples = ", ".join(s.serial for s in list(taken.values())[:5])
        raise ConflictError(
            f"Sejak pratinjau dibuat, {len(taken)} nomor sertifikat dari berkas ini sudah "
            f"tercatat di database ({examples}). Tidak ada yang disimpan; buat pratinjau ulang."
        )
    stored = applicants_by_nik(session, {r.entry.nik for r in plan.rows})
    changed = [r.entry.nik for r in plan.rows if not _same_holder(r, stored.get(r.entry.nik))]
    if changed:
        raise ConflictError(
            f"Sejak pratinjau dibuat, data pemohon dengan NIK {', '.join(changed[:3])} berubah. "
            "Tidak ada yang disimpan; buat pratinjau ulang."
        )


def _same_holder(row: PlannedRow, stored: Applicant | None) -> bool:
    if row.applicant_id is not None:
        return stored is not None and stored.id == row.applicant_id
    return stored is None


def _audit_detail(plan: ImportPreview, created: int) -> dict[str, Any]:
    notes = {r.entry.serial: r.entry.notes for r in plan.rows if r.entry.notes}
    return {
        "file": plan.file_name,
        "sha256": plan.sha256,
        "sheet": plan.sheet,
        "service_code": plan.service_code,
        "rows_in_file": plan.total_rows,
        "written": len(plan.rows),
        "skipped_rows": len(plan.bad_rows),
        "applicants_created": created,
        "applicants_reused": plan.reused_applicants,
        "rows_with_warnings": plan.warning_rows,
        "rows_not_data": [[n.first, n.last] for n in plan.not_data],
        "notes": notes,  # the certificate table has no notes column
    }


# --- the error list ---------------------------------------------------------------------------

ERRORS_HEADER = ("Baris", "Kolom", "Isi", "Jenis", "Keterangan")


def _cell_safe(text: str) -> str:
    """A value starting with = + - @ would run as a formula when the list is opened."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def errors_csv(plan: ImportPreview) -> bytes:
    """The problems (and warnings) to fix in the source file: UTF-8 with BOM and ``;``,
    which Excel with Indonesian settings opens straight into columns."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(ERRORS_HEADER)
    lines: list[tuple[int, str, str, str, str]] = [
        (p.row, p.column, p.value, "Bermasalah", p.message) for p in plan.problems
    ]
    lines += [(r.row, "", r.entry.serial, "Peringatan", w) for r in plan.rows for w in r.warnings]
    for row, column, value, kind, message in sorted(lines, key=lambda x: x[0]):
        writer.writerow([row, _cell_safe(column), _cell_safe(value), kind, message])
    return codecs.BOM_UTF8 + out.getvalue().encode("utf-8")
