"""`counterdesk case list` and `case pdf NUMBER --out FILE`: the surat keterangan ralat,
the surat keterangan pengganti sertifikat hilang and the legalisation stamp labels,
thin over services/certificate_cases.py."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from counterdesk.commands.common import login_actor, open_runtime
from counterdesk.commands.minutes import add_paper_option
from counterdesk.services import certificate_cases
from counterdesk.services.context import SYSTEM

USAGE = """contoh:
  counterdesk case list
      permohonan ralat, pengganti sertifikat hilang dan legalisasi; yang belum selesai dulu
  counterdesk case pdf SK-D01-26-000001X --out ralat.pdf --as atasan
      surat keterangan (ralat / pengganti) atau label legalisasi permohonan yang disetujui;
      NOMOR boleh nomor permohonan atau nomor suratnya"""


def register(sub: Any) -> None:
    p = sub.add_parser(
        "case",
        help="ralat, sertifikat hilang, legalisasi: daftar dan PDF surat",
        epilog=USAGE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    cs = p.add_subparsers(dest="case_action", required=True, metavar="AKSI")
    q = cs.add_parser("list", help="daftar permohonan, yang belum selesai dulu")
    q.set_defaults(func=_list)
    q = cs.add_parser("pdf", help="simpan PDF surat atau label legalisasi yang disetujui")
    q.add_argument("number", metavar="NOMOR", help="nomor permohonan (SK-…) atau nomor surat")
    q.add_argument("--out", type=Path, required=True, metavar="BERKAS", help="berkas PDF tujuan")
    q.add_argument("--as", dest="as_user", required=True, help="petugas loket atau atasan")
    add_paper_option(q)
    q.set_defaults(func=_pdf)


def _list(args: argparse.Namespace) -> int:
    runtime = open_runtime(args)
    rows = certificate_cases.cases_screen(runtime, SYSTEM)
    if not rows:
        print("Belum ada permohonan ralat, pengganti sertifikat hilang, atau legalisasi.")
        return 0
    for row in rows:
        letter = f"  surat {row.letter_number}" if row.letter_number else ""
        print(
            f"{row.number:<20} {row.kind_label:<36} {row.serial:<20} {row.holder:<24} "
            f"{row.status_label}{letter}"
        )
    return 0


def _pdf(args: argparse.Namespace) -> int:
    runtime = open_runtime(args)
    actor = login_actor(runtime, args.as_user)
    view = certificate_cases.case_view(runtime, actor, args.number)
    pdf = certificate_cases.case_pdf(runtime, actor, args.number, args.kertas)
    args.out.write_bytes(pdf)
    what = (
        f"label legalisasi, {view.copies} salinan"
        if view.kind == certificate_cases.KIND_LEGALISATION
        else f"surat {view.letter_number}"
    )
    print(f"Tersimpan: {args.out} ({view.kind_label.lower()} {view.number}: {what}).")
    return 0
