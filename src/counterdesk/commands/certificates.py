"""`counterdesk certificate list | pdf | card | verify | revoke`: the certificate registry,
batch printing of certificates and cards (through services/issuing.py, which logs every
copy), offline verification of a serial or a scanned QR payload, and revoking one (a
supervisor, with the reason)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from counterdesk.commands.common import login_actor, open_runtime
from counterdesk.commands.minutes import add_paper_option
from counterdesk.domain.errors import ConflictError, ValidationError
from counterdesk.domain.formatting import format_date_long
from counterdesk.services import overview, verification_offline
from counterdesk.services.context import SYSTEM, Actor
from counterdesk.services.runtime import Runtime

USAGE = """contoh:
  counterdesk certificate list --cari budi
      sertifikat di database, yang belum dicetak dulu
  counterdesk certificate pdf SRT-L01-26-000001X SRT-L01-26-000002Y --out sertifikat.pdf --as cetak
      sertifikat A4 (atau --kertas F4) dalam satu berkas; tiap salinan dicatat
  counterdesk certificate card SRT-L01-26-000003Z --out kartu.pdf --as cetak
      kartu CR80 (depan dan belakang)
  counterdesk certificate verify SRT-L01-26-000001X
      periksa keabsahan dari nomor atau dari isi kode QR yang dipindai;
      kode keluar 0 hanya bila SAH, 1 bila tidak, 2 bila masukan salah
  counterdesk certificate revoke SRT-L01-26-000001X --alasan "persyaratan dipalsukan" --as atasan
      cabut sertifikat (hanya atasan; tidak dapat dibatalkan, tidak dapat dicetak lagi)"""


def register(sub: Any) -> None:
    p = sub.add_parser(
        "certificate",
        help="sertifikat dan kartu: daftar, cetak PDF, verifikasi",
        epilog=USAGE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    cs = p.add_subparsers(dest="certificate_action", required=True, metavar="AKSI")
    q = cs.add_parser("list", help="daftar sertifikat, yang belum dicetak dulu")
    q.add_argument("--cari", default="", metavar="TEKS", help="nomor atau nama pemegang")
    q.set_defaults(func=_list)
    q = cs.add_parser("pdf", help="cetak sertifikat ke satu berkas PDF")
    _print_options(q)
    add_paper_option(q)
    q.set_defaults(func=_pdf)
    q = cs.add_parser("card", help="cetak kartu CR80 ke satu berkas PDF")
    _print_options(q)
    q.set_defaults(func=_card)
    q = cs.add_parser("verify", help="periksa keabsahan sertifikat (nomor atau isi kode QR)")
    q.add_argument(
        "text",
        nargs="+",
        metavar="NOMOR-ATAU-KODE",
        help="nomor sertifikat atau isi kode QR (tanda kutip boleh dilupakan: spasi di "
        "dalam nama pemegang disambung lagi)",
    )
    q.set_defaults(func=_verify)
    q = cs.add_parser("revoke", help="cabut sertifikat (atasan, dengan alasan)")
    q.add_argument("serial", metavar="NOMOR", help="nomor sertifikat")
    q.add_argument(
        "--alasan",
        required=True,
        metavar="ALASAN",
        help="alasan pencabutan (paling sedikit 10 huruf; ditunjukkan saat diverifikasi)",
    )
    q.add_argument("--as", dest="as_user", required=True, help="atasan yang mencabut")
    q.set_defaults(func=_revoke)


def _print_options(q: argparse.ArgumentParser) -> None:
    q.add_argument("serials", nargs="+", metavar="NOMOR", help="nomor sertifikat")
    q.add_argument("--out", type=Path, required=True, metavar="BERKAS", help="berkas PDF tujuan")
    q.add_argument("--as", dest="as_user", required=True, help="petugas cetak")
    q.add_argument("--printer", default="", help="nama printer (dicatat di log cetak)")
    q.add_argument(
        "--alasan",
        default="",
        metavar="ALASAN",
        help="alasan cetak ulang (wajib bila dicetak lagi)",
    )


def _list(args: argparse.Namespace) -> int:
    runtime = open_runtime(args)
    screen = overview.certificates_screen(runtime, SYSTEM, search=args.cari)
    if not screen.rows:
        print("Tidak ada sertifikat" + (f" yang cocok dengan '{args.cari}'." if args.cari else "."))
        return 0
    for row in screen.rows:
        printed = f"dicetak {row.printed_count}×" if row.printed_count else ""
        print(
            f"{row.serial:<20} {row.kind_label:<10} {row.holder[:28]:<28} "
            f"{format_date_long(row.issued_on):<18} "
            f"{row.status:<16} {printed:<14} {row.title}"
        )
    print(f"{len(screen.rows)} sertifikat; {screen.unprinted} belum dicetak.")
    return 0


def _require_kind(runtime: Runtime, actor: Actor, serials: list[str], cards: bool) -> None:
    """`pdf` prints certificates and letters, `card` cards: a serial of the other kind is
    named with the command that prints it, before anything is drawn or logged."""
    from counterdesk.services import issuing

    wrong = []
    for serial in serials:
        typed = serial.strip().upper()
        rows = issuing.print_queue(runtime, actor, search=typed, include_printed=True)
        row = next((r for r in rows if r.serial == typed), None)
        if row is not None and (row.product_kind == "card") != cards:
            wrong.append(f"{row.serial} ({row.kind_label})")
    if wrong:
        other = "pdf" if cards else "card"
        raise ValidationError(
            "serials",
            f"{', '.join(wrong)} tidak dicetak dengan perintah ini; cetak dengan "
            f"`counterdesk certificate {other} …`.",
        )


def _print(args: argparse.Namespace, *, cards: bool) -> int:
    from counterdesk.documents.templates import TemplateError
    from counterdesk.services import issuing

    runtime = open_runtime(args)
    actor = login_actor(runtime, args.as_user)
    _require_kind(runtime, actor, args.serials, cards)
    try:
        batch = issuing.print_batch(
            runtime,
            actor,
            args.serials,
            paper="A4" if cards else args.kertas,
            printer=args.printer,
            reason=args.alasan,
        )
    except TemplateError as exc:  # an office's own template (data) that does not load
        raise ConflictError(f"{exc} Tidak ada yang dicetak atau dicatat.") from None
    args.out.write_bytes(batch.pdf)
    what = "kartu CR80" if cards else f"sertifikat, kertas {args.kertas}"
    reprints = sum(1 for n in batch.copy_numbers if n > 1)
    again = f", {reprints} cetak ulang" if reprints else ""
    print(
        f"Tersimpan: {args.out} ({len(batch.serials)} {what}, {batch.pages} halaman{again}; "
        "tercatat di log cetak)."
    )
    return 0


def _pdf(args: argparse.Namespace) -> int:
    return _print(args, cards=False)


def _card(args: argparse.Namespace) -> int:
    return _print(args, cards=True)


def _verify(args: argparse.Namespace) -> int:
    runtime = open_runtime(args)
    verdict = verification_offline.verify(runtime, SYSTEM, " ".join(args.text))
    print(verdict.label)
    facts = (
        ("Nomor", verdict.serial),
        ("Pemegang", verdict.holder),
        ("Judul", verdict.title),
        ("Terbit", format_date_long(verdict.issued_on) if verdict.issued_on else ""),
        (
            "Berlaku sampai",
            format_date_long(verdict.valid_until)
            if verdict.valid_until
            else ("seumur hidup" if verdict.issued_on else ""),
        ),
    )
    for name, value in facts:
        if value:
            print(f"  {name:<15} {value}")
    if verdict.from_payload and verdict.outcome not in ("tampered", "unknown_key"):
        print("  (tanda tangan kode QR benar)")
    for line in verdict.details:
        print(f"  - {line}")
    return 0 if verdict.is_valid else 1


def _revoke(args: argparse.Namespace) -> int:
    from counterdesk.services import issuing

    runtime = open_runtime(args)
    actor = login_actor(runtime, args.as_user)
    issuing.revoke(runtime, actor, args.serial, args.alasan)
    print(
        f"Sertifikat {args.serial.strip().upper()} dicabut; tidak dapat dicetak lagi dan "
        "verifikasi menjawab DICABUT beserta alasannya."
    )
    return 0
