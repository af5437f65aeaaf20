"""`counterdesk calendar YEAR`, `calendar due DATE DAYS`, and office closures."""

from __future__ import annotations

import argparse
import csv
from datetime import date
from pathlib import Path
from typing import Any

from counterdesk.commands.common import database_exists, login_actor, open_runtime
from counterdesk.domain.formatting import format_date_long, format_date_with_day
from counterdesk.domain.workdays import WorkCalendar
from counterdesk.services import calendar as calendar_service

KIND_LABELS = {
    "libur_nasional": "Libur nasional",
    "cuti_bersama": "Cuti bersama",
    "penutupan_kantor": "Tutup (kantor)",
}

USAGE = """contoh:
  counterdesk calendar 2026                    hari libur & tutup tahun 2026
  counterdesk calendar due 2026-03-17 2        jatuh tempo 2 hari kerja sejak 17-03-2026
  counterdesk calendar tutup 2026-12-31 "Tutup buku akhir tahun" --as admin
  counterdesk calendar buka 2026-12-31 --as admin
  counterdesk calendar isi-tahun 2028 libur-2028.csv --as admin
      (CSV tanggal,nama per baris: hari libur & cuti bersama tahun yang belum dikenal)
"""


def register(sub: Any) -> None:
    p = sub.add_parser(
        "calendar",
        help="kalender hari kerja: hari libur, jatuh tempo, penutupan kantor",
        epilog=USAGE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("words", nargs="+", metavar="TAHUN | due TANGGAL HARI | tutup | buka")
    p.add_argument("--as", dest="as_user", help="admin (untuk tutup/buka)")
    p.add_argument(
        "--cuti-bersama-buka",
        action="store_true",
        help="hitung cuti bersama sebagai hari kerja (tanpa database kantor)",
    )
    p.set_defaults(func=_calendar)


def _parse_date(text: str) -> date:
    for candidate in (text, "-".join(reversed(text.split("-")))):
        try:
            return date.fromisoformat(candidate)
        except ValueError:
            continue
    raise SystemExit(f"Galat: tanggal '{text}' tidak dikenali; tulis TTTT-BB-HH, mis. 2026-03-17.")


def _calendar_for(args: argparse.Namespace) -> WorkCalendar:
    """The office's calendar when a database exists; otherwise the national one."""
    if database_exists(args):
        runtime = open_runtime(args)
        if runtime.is_initialized():
            with runtime.unit() as session:
                return calendar_service.office_calendar(session)
    return WorkCalendar(cuti_bersama_closes=not args.cuti_bersama_buka)


def _calendar(args: argparse.Namespace) -> int:
    words: list[str] = args.words
    head = words[0].lower()
    if head == "due":
        return _due(args, words[1:])
    if head in ("tutup", "buka"):
        return _closure(args, head, words[1:])
    if head == "isi-tahun":
        return _enter_year(args, words[1:])
    if head.isdigit() and len(words) == 1:
        return _list_year(args, int(head))
    print("Galat: perintah kalender tidak dikenali.\n" + USAGE)
    return 2


def _list_year(args: argparse.Namespace, year: int) -> int:
    cal = _calendar_for(args)
    rule = "tutup" if cal.cuti_bersama_closes else "tetap buka"
    print(f"Hari tutup tahun {year} (cuti bersama: loket {rule})")
    for day in cal.closed_days(year):
        note = " (akhir pekan)" if day.on_weekend else ""
        print(
            f"  {format_date_with_day(day.date):<28} {KIND_LABELS.get(day.kind, day.kind):<16}"
            f" {day.name}{note}"
        )
    warning = cal.coverage_warning(date(year, 6, 30))
    if warning:
        print(f"\nPERINGATAN: {warning}")
    return 0


def _due(args: argparse.Namespace, rest: list[str]) -> int:
    if len(rest) != 2 or not rest[1].lstrip("-").isdigit():
        print(
            "Galat: tulis `counterdesk calendar due TANGGAL JUMLAH_HARI`, "
            "mis. `calendar due 2026-03-17 2`."
        )
        return 2
    start, days = _parse_date(rest[0]), int(rest[1])
    if days < 0:
        print("Galat: jumlah hari kerja tidak boleh negatif; tulis 0 atau lebih.")
        return 2
    cal = _calendar_for(args)
    due = cal.due_date(start, days)
    print(f"Berkas lengkap  : {format_date_with_day(start)} (hari ke-0)")
    print(f"Batas waktu     : {days} hari kerja")
    print(f"Jatuh tempo     : {format_date_with_day(due.date)}")
    skipped = [c for c in _closed_between(cal, start, due.date)]
    if skipped:
        print(
            "Dilewati        : "
            + "; ".join(f"{format_date_long(c.date)} {c.name}" for c in skipped)
        )
    for warning in due.warnings:
        print(f"PERINGATAN: {warning}")
    return 0


def _closed_between(cal: WorkCalendar, start: date, end: date) -> list[Any]:
    years = range(start.year, end.year + 1)
    return [
        c for y in years for c in cal.closed_days(y) if start < c.date <= end and not c.on_weekend
    ]


def _closure(args: argparse.Namespace, action: str, rest: list[str]) -> int:
    if not args.as_user:
        print("Galat: penutupan kantor diubah oleh admin; tambahkan --as NAMA_ADMIN.")
        return 2
    if (action == "tutup" and len(rest) < 2) or (action == "buka" and len(rest) != 1):
        print(USAGE)
        return 2
    runtime = open_runtime(args)
    actor = login_actor(runtime, args.as_user)
    day = _parse_date(rest[0])
    with runtime.unit(actor) as session:
        if action == "tutup":
            calendar_service.add_closure(session, actor, day, " ".join(rest[1:]))
            print(f"Dicatat: kantor tutup {format_date_long(day)}.")
        else:
            calendar_service.remove_closure(session, actor, day)
            print(f"Dihapus: {format_date_long(day)} kembali hari kerja.")
    return 0


def _read_year_file(path: Path, year: int) -> dict[date, str]:
    """Rows ``YYYY-MM-DD,name``; a header row and blank lines are skipped."""
    if not path.is_file():
        raise SystemExit(f"Galat: berkas '{path}' tidak ada.")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise SystemExit(
            f"Galat: '{path}' bukan teks UTF-8; simpan ulang sebagai CSV UTF-8."
        ) from None
    days: dict[date, str] = {}
    for number, row in enumerate(csv.reader(text.splitlines()), start=1):
        if not row or not row[0].strip() or row[0].strip().lower() in ("tanggal", "date"):
            continue
        try:
            day = date.fromisoformat(row[0].strip())
        except ValueError:
            raise SystemExit(
                f"Galat: baris {number}: tanggal '{row[0]}' tidak dikenali; tulis TTTT-BB-HH."
            ) from None
        if day.year != year:
            raise SystemExit(f"Galat: baris {number}: {day} bukan tahun {year}.")
        days[day] = (row[1] if len(row) > 1 else "").strip() or "Hari libur"
    if not days:
        raise SystemExit(f"Galat: '{path}' tidak berisi tanggal.")
    return days


def _enter_year(args: argparse.Namespace, rest: list[str]) -> int:
    if len(rest) != 2 or not rest[0].isdigit():
        print(USAGE)
        return 2
    if not args.as_user:
        print("Galat: kalender diisi oleh admin; tambahkan --as NAMA_ADMIN.")
        return 2
    year = int(rest[0])
    days = _read_year_file(Path(rest[1]), year)
    runtime = open_runtime(args)
    actor = login_actor(runtime, args.as_user)
    with runtime.unit(actor) as session:
        added = calendar_service.set_year_entered(session, actor, year, days)
    print(f"Kalender {year} diisi: {added} hari tutup ditambahkan; tahun {year} kini dikenal.")
    return 0
