"""``counterdesk receipt list|pdf``: print a tanda terima again (the printer jammed, the
applicant lost it) — the same document the counter printed, as it stands now."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from counterdesk.commands.common import open_runtime
from counterdesk.domain.errors import NotFound
from counterdesk.services import receipts
from counterdesk.services.context import SYSTEM

USAGE = """contoh:
  counterdesk receipt list --limit 5
      tanda terima terakhir, yang terbaru dulu
  counterdesk receipt pdf TT-L01-26-000123X --out tanda-terima.pdf
      simpan tanda terima itu sebagai PDF untuk dicetak ulang"""


def register(sub: Any) -> None:
    p = sub.add_parser(
        "receipt",
        help="tanda terima: daftar dan cetak ulang (PDF)",
        epilog=USAGE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = p.add_subparsers(dest="receipt_action", required=True, metavar="AKSI")
    q = actions.add_parser("list", help="tanda terima terakhir, yang terbaru dulu")
    q.add_argument(
        "--limit", type=_positive, default=20, metavar="N", help="berapa baris (bawaan 20)"
    )
    q.set_defaults(func=_list)
    q = actions.add_parser("pdf", help="simpan satu tanda terima sebagai PDF")
    q.add_argument("number", metavar="NOMOR", help="nomor tanda terima, mis. TT-L01-26-000123X")
    q.add_argument("--out", type=Path, required=True, metavar="BERKAS", help="berkas PDF tujuan")
    q.set_defaults(func=_pdf)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' bukan jumlah baris; tulis angka 1 atau lebih")
    return value


def _list(args: argparse.Namespace) -> int:
    runtime = open_runtime(args)
    rows = receipts.recent_receipts(runtime, SYSTEM, limit=args.limit)
    if not rows:
        print("Belum ada tanda terima di database ini.")
        return 0
    for row in rows:
        print(
            f"{row.number:<20} {row.received:<24} {row.applicant[:28]:<28} "
            f"{row.service[:40]:<40} {row.status_label}"
        )
    return 0


def _pdf(args: argparse.Namespace) -> int:
    runtime = open_runtime(args)
    try:
        pdf = receipts.receipt(runtime, SYSTEM, args.number)
    except NotFound:
        print(
            f"Tanda terima {args.number} tidak ada di database ini. Periksa nomornya "
            "(lihat `counterdesk receipt list`), lalu coba lagi.",
            file=sys.stderr,
        )
        return 1
    out: Path = args.out
    out.write_bytes(pdf)
    print(f"Tersimpan: {out} (tanda terima {args.number.strip().upper()}).")
    return 0
