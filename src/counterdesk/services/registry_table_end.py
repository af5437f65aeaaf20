"""Where a ledger's table ends: what sits under the certificates in an office's real Excel
file, and between them, that is not a certificate.

Official tables often number their columns in the row under the header (``1 | 2 | 3``).
Under the data an office ledger usually has a totals row (``Jumlah``, ``Total``, or just a
count), then a signature block: the place and date, ``Mengetahui,``, ``Kepala …``, the
signer's name, ``NIP. …``. Between data rows there may be a subtotal or a row that has only
its row number. None of these is data. A run of such rows after the last full data row ends
the table; such a row between data rows is left out on its own. Every row left out is
named in the preview (``NotData.message``), so nothing disappears unseen.

A row is judged by its text and by how many cells are filled. A certificate needs at
least four filled cells (serial, name, NIK, issue date): a row of three or more filled
cells is not data only when it starts with ``Jumlah``/``Total`` or when every cell is a
signature line (three signers side by side).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from counterdesk.services.registry_entry import Cell, show
from counterdesk.store.search_index import fold

if TYPE_CHECKING:
    from counterdesk.services.registry_import import RawRow

__all__ = ["NotData", "end_of_table", "normal_words"]

DENSE = 3  # filled cells from which a row is data-like (a certificate needs four)
QUOTE_LENGTH = 40  # the first text of a block, quoted in the message


class Kind(Enum):
    """Why a row is not data; the value is the noun the message uses."""

    TOTALS = "jumlah"
    SIGNATURE = "tanda tangan"
    FOOTNOTE = "catatan"
    NUMBER = "angka saja"
    COLUMN_NUMBERS = "nomor kolom"


# Matched at the start of the first filled cell, after folding case, accents and
# punctuation ("a.n. Kepala" reads "a n kepala").
_TOTALS = re.compile(r"(jumlah|jml|total|grand total|sub total|subtotal|rekap)\b")
_SIGNATURE = re.compile(
    r"(mengetahui|menyetujui|disetujui|diketahui|diperiksa|dibuat|disahkan|kepala|ketua"
    r"|sekretaris|direktur|plt|plh|ttd|tertanda|nip|nrp|pejabat|petugas|yang menyerahkan"
    r"|yang menerima|yang membuat)\b"
)
_DELEGATION = re.compile(r"\s*(a\.\s*n\.?|an\.|u\.\s*b\.?|ub\.)\s", re.IGNORECASE)
_FOOTNOTE = re.compile(r"(keterangan|catatan|ket|sumber)\b")
# "Jakarta, 31 Desember 2015", "Jakarta, Desember 2015": the place and date of signing.
_PLACE_DATE = re.compile(r"[^\d,]{2,40},\s*[\w .\-/]{0,30}?\b(19|20)\d{2}\s*")
# A count or a row number alone: "57", "57.", "1.234", "55 orang".
_COUNT = re.compile(
    r"(\d{1,6}|\d{1,3}([.,]\d{3})+)\.?\s*(orang|sertifikat|peserta|buah|lembar|berkas)?",
    re.IGNORECASE,
)


def normal_words(text: str) -> str:
    """Lower-case ASCII words joined by one space: 'No. Sertifikat' → 'no sertifikat'."""
    return " ".join(re.findall(r"[0-9a-z]+", fold(text)))


def _filled(cells: Sequence[Cell]) -> list[Cell]:
    return [c for c in cells if c is not None and not (isinstance(c, str) and not c.strip())]


def _is_count(cell: Cell) -> bool:
    if isinstance(cell, bool):
        return False
    if isinstance(cell, int | float):
        return 0 <= cell < 1_000_000
    return isinstance(cell, str) and bool(_COUNT.fullmatch(cell.strip()))


def _text_kind(text: str) -> Kind | None:
    if not text[:1].isalpha():
        return None  # every line of a totals or signature block starts with a letter
    words = normal_words(text)
    if _TOTALS.match(words):
        return Kind.TOTALS
    if _SIGNATURE.match(words) or _DELEGATION.match(text) or _PLACE_DATE.fullmatch(text):
        return Kind.SIGNATURE
    if _FOOTNOTE.match(words):
        return Kind.FOOTNOTE
    return None


def kind_of(row: RawRow) -> Kind | None:
    """Why this row is not a certificate, or None when it may be one."""
    filled = _filled(row.cells)
    if not filled:
        return None
    first = filled[0]
    if len(filled) == 1 and _is_count(first):
        return Kind.NUMBER
    if len(filled) == 1 and isinstance(first, dt.date):
        return Kind.SIGNATURE  # the date of signing, alone
    if isinstance(first, str) and _text_kind(first.strip()) is Kind.TOTALS:
        return Kind.TOTALS  # "Jumlah" first, whatever follows
    if len(filled) >= DENSE and _numbers_columns(filled):
        return Kind.COLUMN_NUMBERS
    if not all(isinstance(c, str | dt.date) for c in filled):
        return None
    texts = [show(c) for c in filled]
    if len(filled) < DENSE:
        # "57 | Jumlah" reads as "Jumlah"; "Jakarta, | 31-12-2015" as the place and date
        return _text_kind(" ".join(t for t in texts if not _is_count(t)))
    # signatures side by side: "Dibuat oleh," | "Diperiksa oleh," | "Mengetahui,"
    return Kind.SIGNATURE if all(_text_kind(t) is Kind.SIGNATURE for t in texts) else None


def _numbers_columns(filled: Sequence[Cell]) -> bool:
    """``1 | 2 | 3 | …`` or ``(1) | (2) | …`` under the header of an official table."""
    numbers = [re.fullmatch(r"\(?(\d{1,2})\)?\.?", show(c)) for c in filled]
    return all(numbers) and [int(m.group(1)) for m in numbers if m] == list(
        range(1, len(filled) + 1)
    )


def _data_like(row: RawRow) -> bool:
    """Three or more filled cells with a digit somewhere (a NIK, a date, a serial): a
    certificate, maybe a faulty one. Three names side by side under signatures are not."""
    filled = _filled(row.cells)
    return len(filled) >= DENSE and any(ch.isdigit() for c in filled for ch in show(c))


@dataclass(frozen=True, slots=True)
class NotData:
    """Rows under the header that are not certificates: a totals or signature block under
    the table (``ends_table``), or a subtotal or a bare number between data rows."""

    first: int  # spreadsheet row numbers; blank rows inside the range are left out too
    last: int
    ends_table: bool
    message: str  # what the preview says about these rows


def end_of_table(rows: Sequence[RawRow]) -> tuple[tuple[RawRow, ...], tuple[NotData, ...]]:
    """The data rows, and the rows left out as not data, each run with its message.

    The table ends at the first not-data row after the last data-like row; other rows
    after it (a signer's name) belong to the end block. Not-data rows before it are left
    out where they are, and the data goes on."""
    kinds = [kind_of(row) for row in rows]
    end = len(rows)
    for index in range(len(rows) - 1, -1, -1):
        if kinds[index] is None and _data_like(rows[index]):
            break
        if kinds[index] is not None:
            end = index
    data: list[RawRow] = []
    left_out: list[NotData] = []
    run: list[int] = []  # indexes of the current run of not-data rows between data

    def close_run() -> None:
        if run:
            left_out.append(_not_data([rows[i] for i in run], [kinds[i] for i in run], None))
            run.clear()

    for index in range(end):
        if kinds[index] is None:
            close_run()
            data.append(rows[index])
        else:
            run.append(index)
    close_run()
    if end < len(rows):
        last_data = data[-1].number if data else None
        left_out.append(_not_data(rows[end:], kinds[end:], last_data or 0))
    return tuple(data), tuple(left_out)


def _not_data(
    rows: Sequence[RawRow], kinds: Sequence[Kind | None], table_end: int | None
) -> NotData:
    """``table_end``: the last data row when these rows end the table, else None."""
    first, last = rows[0].number, rows[-1].number
    where = f"Baris {first}" if first == last else f"Baris {first}–{last}"
    nouns = [k.value for k in Kind if k in kinds]
    what = ("blok " if len(rows) > 1 else "baris ") + "/".join(nouns)
    quoted = " ".join(show(_filled(rows[0].cells)[0]).split())
    if len(quoted) > QUOTE_LENGTH:
        quoted = quoted[: QUOTE_LENGTH - 1].rstrip() + "…"
    if table_end is None:
        message = f"{where} dianggap bukan data ({what}: “{quoted}”) dan tidak diimpor."
    else:
        message = (
            f"{where} dianggap bukan data ({what} di bawah tabel, mulai “{quoted}”) dan "
            "tidak diimpor" + (f"; tabel dibaca sampai baris {table_end}." if table_end else ".")
        )
    return NotData(first, last, table_end is not None, message)
