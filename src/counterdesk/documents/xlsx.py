"""Reports as XLSX workbooks: one table per sheet, a few heading lines above it.

Shared by the complaint recap and the survey report (issue 10). The office opens these in
a spreadsheet to sum, filter and paste into its own reports, so cells keep their types:
numbers stay numbers, dates are dates shown ``dd-mm-yyyy``; the header row is bold and
frozen, with an autofilter, and columns are wide enough for their longest value.

openpyxl is imported inside ``write_workbook``: the app starts without it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO

DATE_FORMAT = "dd-mm-yyyy"
DATETIME_FORMAT = "dd-mm-yyyy hh:mm"
_FORBIDDEN = set("[]:*?/\\")
_MAX_WIDTH = 60


@dataclass(frozen=True, slots=True)
class Sheet:
    """One sheet: ``heading`` lines (report title, period, office) above the table."""

    title: str  # the tab's name, at most 31 characters, none of []:*?/\
    heading: tuple[str, ...]
    columns: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]  # str, int, float, Decimal, date, naive datetime, None


def _check(sheet: Sheet) -> None:
    if not sheet.title or len(sheet.title) > 31 or _FORBIDDEN & set(sheet.title):
        raise ValueError(f"sheet title {sheet.title!r}: 1-31 characters, none of []:*?/\\")
    for row in sheet.rows:
        if len(row) != len(sheet.columns):
            raise ValueError(
                f"sheet {sheet.title!r}: a row has {len(row)} cells, not {len(sheet.columns)}"
            )
        for value in row:
            if isinstance(value, dt.datetime) and value.tzinfo is not None:
                raise ValueError("XLSX has no time zones: convert to the office's zone first")


def _shown(value: object) -> str:
    if isinstance(value, dt.datetime):
        return "00-00-0000 00:00"
    if isinstance(value, dt.date):
        return "00-00-0000"
    return "" if value is None else str(value)


def write_workbook(sheets: Sequence[Sheet]) -> bytes:
    """The sheets, in order, as the bytes of an .xlsx file."""
    if not sheets:
        raise ValueError("a workbook needs at least one sheet")
    for sheet in sheets:
        _check(sheet)
    from openpyxl import Workbook  # only when a report is exported: keeps start-up light
    from openpyxl.styles import Border, Font, Side
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    book.properties.creator = "CounterDesk"
    thin = Side(style="thin", color="000000")
    boxed = Border(left=thin, right=thin, top=thin, bottom=thin)
    for sheet in sheets:
        ws = book.create_sheet(sheet.title)
        for i, line in enumerate(sheet.heading, start=1):
            ws.cell(row=i, column=1, value=line).font = Font(bold=i == 1, size=12 if i == 1 else 11)
        header_row = len(sheet.heading) + (2 if sheet.heading else 1)
        widths = [len(c) for c in sheet.columns]
        for col, name in enumerate(sheet.columns, start=1):
            cell = ws.cell(row=header_row, column=col, value=name)
            cell.font = Font(bold=True)
            cell.border = boxed
        for r, row in enumerate(sheet.rows, start=header_row + 1):
            for col, value in enumerate(row, start=1):
                cell = ws.cell(row=r, column=col, value=value)
                cell.border = boxed
                if isinstance(value, dt.datetime):
                    cell.number_format = DATETIME_FORMAT
                elif isinstance(value, dt.date):
                    cell.number_format = DATE_FORMAT
                widths[col - 1] = max(widths[col - 1], len(_shown(value)))
        for col, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(col)].width = min(width + 2, _MAX_WIDTH)
        if sheet.columns:
            ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
            last = get_column_letter(len(sheet.columns))
            ws.auto_filter.ref = f"A{header_row}:{last}{header_row + max(len(sheet.rows), 1)}"
    out = BytesIO()
    book.save(out)
    return out.getvalue()
