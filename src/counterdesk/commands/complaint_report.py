"""`counterdesk complaint report --month YYYY-MM`: the monthly complaint recap (issue 10,
point 7) as text, PDF or XLSX, thin over services/complaint_reports.py."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from counterdesk.commands.common import login_actor, office_today, open_runtime, require_out
from counterdesk.services import complaint_reports
from counterdesk.services.complaint_reports import MonthlyRecap, RecapCount

USAGE = """contoh:
  counterdesk complaint report --month 2026-11 --as atasan
      jumlah pengaduan dan saran November 2026: per saluran, komponen, penyelesaian,
      jenis, dan tepat waktu atau terlambat
  counterdesk complaint report --month 2026-11 --format pdf --out rekap-2026-11.pdf --as atasan
  counterdesk complaint report --month 2026-11 --format xlsx --out rekap-2026-11.xlsx --as atasan
      rekap lengkap dengan daftar pengaduan (identitas anonim dan isi rahasia hanya
      terlihat oleh atasan)"""

FORMATS = ("text", "pdf", "xlsx")


def add_report_parser(actions: Any) -> None:
    """Adds ``report`` to ``counterdesk complaint``'s sub-commands."""
    q = actions.add_parser(
        "report",
        help="rekap pengaduan bulanan (teks, PDF atau XLSX)",
        epilog=USAGE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    q.add_argument("--month", required=True, metavar="TAHUN-BULAN", help="mis. 2026-11")
    q.add_argument(
        "--format", dest="report_format", choices=FORMATS, default="text", help="bawaan: text"
    )
    q.add_argument("--out", type=Path, metavar="BERKAS", help="berkas tujuan (pdf, xlsx)")
    q.add_argument("--as", dest="as_user", required=True, help="petugas loket atau atasan")
    q.set_defaults(func=_report)


def _report(args: argparse.Namespace) -> int:
    year, month = complaint_reports.parse_month(args.month)
    require_out(args, f"rekap-{year}-{month:02d}")
    runtime = open_runtime(args)
    actor = login_actor(runtime, args.as_user)
    today = office_today(runtime)
    if args.report_format == "text":
        _print(complaint_reports.monthly_recap(runtime, actor, year, month, today))
        return 0
    make = {
        "pdf": complaint_reports.monthly_recap_pdf,
        "xlsx": complaint_reports.monthly_recap_xlsx,
    }[args.report_format]
    args.out.write_bytes(make(runtime, actor, year, month, today))
    period = complaint_reports.month_name(year, month)
    print(f"Tersimpan: {args.out} (rekap pengaduan {period}).")
    return 0


def _print_counts(title: str, counts: tuple[RecapCount, ...]) -> None:
    print(f"\n{title}:")
    for row in counts:
        print(f"  {row.label:<48} {row.count:>5}")


def _print(recap: MonthlyRecap) -> None:
    print(f"Rekap pengaduan {recap.period}")
    _print_counts("Ringkasan", recap.summary)
    _print_counts("Ketepatan waktu (pengaduan)", recap.by_timeliness)
    _print_counts("Menurut jenis", recap.by_kind)
    _print_counts("Menurut saluran", recap.by_channel)
    _print_counts("Menurut komponen layanan", recap.by_component)
    _print_counts("Menurut penyelesaian", recap.by_route)
