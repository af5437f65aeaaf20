"""`counterdesk case list` and `case pdf NUMBER --out FILE`: the surat keterangan ralat,
the surat keterangan pengganti sertifikat hilang and the legalisation stamp labels,
thin over services/certificate_cases.py."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from counterdesk.commands.common import login_actor, open_runtime
from counterdesk.commands.minutes import add_paper_option
from counterdesk.domain.letter_numbers import PLACEHOLDERS
from counterdesk.services import certificate_cases, letters
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
    _register_letter(sub)


LETTER_USAGE = """contoh:
  counterdesk letter list
      pola nomor surat tiap jenis dokumen dan contoh nomornya
  counterdesk letter set BA "{seq:03}/BA/SERT/{counter}/{month_roman}/{year}" --as admin
      pola kantor sendiri untuk berita acara (kosongkan POLA untuk kembali ke bawaan)

tempat isian: """ + ", ".join("{" + k + "} " + v for k, v in PLACEHOLDERS.items())


def _register_letter(sub: Any) -> None:
    p = sub.add_parser(
        "letter",
        help="pola nomor surat (berita acara, ralat, pengganti, legalisasi)",
        epilog=LETTER_USAGE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ls = p.add_subparsers(dest="letter_action", required=True, metavar="AKSI")
    q = ls.add_parser("list", help="pola yang berlaku dan contoh nomornya")
    q.set_defaults(func=_letter_list)
    q = ls.add_parser("set", help="atur pola nomor satu jenis dokumen (admin)")
    q.add_argument("code", metavar="KODE", help="BA, RALAT, HILANG atau LEG")
    q.add_argument("pattern", metavar="POLA", help="mis. {seq:03}/BA/{unit}/{counter}/{year}")
    q.add_argument("--as", dest="as_user", required=True, help="admin")
    q.set_defaults(func=_letter_set)


def _print_pattern(pattern: letters.LetterPattern) -> None:
    own = "bawaan" if pattern.default else "pola kantor"
    print(
        f"{pattern.code:<7} {pattern.label:<46} {pattern.pattern}  ({own}; mis. {pattern.example})"
    )


def _letter_list(args: argparse.Namespace) -> int:
    runtime = open_runtime(args)
    for pattern in letters.letter_patterns(runtime, SYSTEM):
        _print_pattern(pattern)
    return 0


def _letter_set(args: argparse.Namespace) -> int:
    runtime = open_runtime(args)
    actor = login_actor(runtime, args.as_user)
    _print_pattern(letters.set_letter_pattern(runtime, actor, args.code, args.pattern))
    return 0


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
