"""`counterdesk minutes list` and `minutes pdf NUMBER --out FILE`: the Berita Acara
wawancara, thin over services/minutes.py and the Berita Acara tab's list."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from counterdesk.commands.common import login_actor, open_runtime
from counterdesk.domain.formatting import format_datetime_long
from counterdesk.services import minutes, overview
from counterdesk.services.context import SYSTEM
from counterdesk.services.setup import get_office

PAPERS = ("A4", "F4")

USAGE = """contoh:
  counterdesk minutes list
      semua berita acara, terbaru dulu, dengan statusnya (draf / ditandatangani / diubah)
  counterdesk minutes pdf 001/BA/LST/D01/XII/2026 --out ba.pdf --as petugas
      berita acara yang sudah ditandatangani, siap cetak (A4; --kertas F4 untuk folio)"""


def add_paper_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--kertas",
        type=str.upper,
        choices=PAPERS,
        default="A4",
        help="ukuran kertas: A4 atau F4 (215×330 mm)",
    )


def register(sub: Any) -> None:
    p = sub.add_parser(
        "minutes",
        help="berita acara wawancara: daftar dan PDF",
        epilog=USAGE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ms = p.add_subparsers(dest="minutes_action", required=True, metavar="AKSI")
    q = ms.add_parser("list", help="daftar berita acara, terbaru dulu")
    q.set_defaults(func=_list)
    q = ms.add_parser("pdf", help="simpan PDF berita acara yang sudah ditandatangani")
    q.add_argument("number", metavar="NOMOR", help="nomor berita acara")
    q.add_argument("--out", type=Path, required=True, metavar="BERKAS", help="berkas PDF tujuan")
    q.add_argument("--as", dest="as_user", required=True, help="petugas loket atau atasan")
    add_paper_option(q)
    q.set_defaults(func=_pdf)


def _list(args: argparse.Namespace) -> int:
    runtime = open_runtime(args)
    screen = overview.minutes_screen(runtime, SYSTEM)
    if not screen.rows:
        print("Belum ada berita acara wawancara.")
        return 0
    with runtime.read() as session:
        tz = get_office(session).timezone
    for row in screen.rows:
        amends = f" (perubahan atas {row.amends_number})" if row.amends_number else ""
        print(
            f"{row.number:<32} {row.status_label:<27} {row.case_label:<18} "
            f"{format_datetime_long(row.held_at, tz):<28} {row.applicant} "
            f"[{row.application_number}]{amends}"
        )
    print(f"\n{len(screen.rows)} berita acara; {screen.unsigned} masih draf.")
    return 0


def _pdf(args: argparse.Namespace) -> int:
    runtime = open_runtime(args)
    actor = login_actor(runtime, args.as_user)
    pdf = minutes.minutes_pdf(runtime, actor, args.number, args.kertas)
    args.out.write_bytes(pdf)
    print(f"Tersimpan: {args.out} (berita acara {args.number.strip()}, kertas {args.kertas}).")
    return 0
