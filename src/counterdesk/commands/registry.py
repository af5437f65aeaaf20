"""`counterdesk registry import FILE` and `registry add`: historic (paper) certificates
into the registry (seed 000, "Input Database"). Thin wrappers over the services."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from counterdesk.commands.common import login_actor, open_runtime
from counterdesk.domain.errors import ValidationErrors
from counterdesk.domain.formatting import format_date_numeric
from counterdesk.services import registry_entry, registry_import
from counterdesk.services.registry_import import FIELD_LABELS, ImportPreview, RawTable

SHOWN_PROBLEMS = 20
SHOWN_WARNINGS = 10

USAGE = """contoh:
  counterdesk registry import buku-induk-2015.xlsx --as petugas
      pratinjau saja: berapa baris siap disimpan, baris mana yang salah dan mengapa
  counterdesk registry import buku-induk-2015.csv --as petugas --errors salah.csv --yes
      simpan baris yang benar; daftar baris yang salah ke salah.csv (buka di Excel)
  counterdesk registry import data.xlsx --sheet "2015" --map nik="No KTP" --as petugas
      pilih lembar dan kolom sendiri bila tebakan kolom keliru
  counterdesk registry add --as petugas --serial SAK-2015-0101 --name "Budi Santoso" \\
      --nik 3174051203900001 --issued "12 Maret 2015"

isian untuk --map: """ + ", ".join(f"{k} ({v})" for k, v in FIELD_LABELS.items())


def register(sub: Any) -> None:
    p = sub.add_parser(
        "registry",
        help="input database: sertifikat lama (kertas) ke database sertifikat",
        epilog=USAGE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    rs = p.add_subparsers(dest="registry_action", required=True, metavar="AKSI")
    _register_import(rs)
    _register_add(rs)


def _register_import(rs: Any) -> None:
    p = rs.add_parser("import", help="impor daftar sertifikat lama dari .xlsx atau .csv")
    p.add_argument("file", type=Path, metavar="BERKAS")
    p.add_argument("--as", dest="as_user", required=True, help="petugas loket atau atasan")
    p.add_argument("--service", default=registry_entry.DEFAULT_SERVICE, help="kode layanan")
    p.add_argument("--sheet", help="nama lembar Excel (default: lembar pertama)")
    p.add_argument("--title", default="", help="judul sertifikat bila berkas tidak memuatnya")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="ISIAN=KOLOM",
        help="kolom untuk satu isian: judul kolom, huruf (C) atau nomor (3); kosong = tidak ada",
    )
    p.add_argument("--yes", action="store_true", help="simpan tanpa bertanya")
    p.add_argument("--errors", type=Path, metavar="SALAH.csv", help="simpan daftar baris salah")
    p.set_defaults(func=_import)


def _register_add(rs: Any) -> None:
    p = rs.add_parser("add", help="catat satu sertifikat lama")
    p.add_argument("--as", dest="as_user", required=True, help="petugas loket atau atasan")
    p.add_argument("--serial", required=True, help="nomor sertifikat")
    p.add_argument("--name", required=True, help="nama pemegang")
    p.add_argument("--nik", required=True)
    p.add_argument("--issued", required=True, help="tanggal terbit, mis. 12-03-2015")
    p.add_argument("--birth-place", default="")
    p.add_argument("--birth-date", default=None)
    p.add_argument("--valid-until", default=None)
    p.add_argument("--title", default="")
    p.add_argument("--notes", default="")
    p.add_argument("--service", default=registry_entry.DEFAULT_SERVICE)
    p.set_defaults(func=_add)


# --- import -------------------------------------------------------------------------------


def _column_index(table: RawTable, wanted: str) -> int | None:
    """A column named by its header text, its letter (C) or its number (3)."""
    text = wanted.strip()
    if not text:
        return None
    lowered = [h.strip().lower() for h in table.headers]
    if text.lower() in lowered:
        return lowered.index(text.lower())
    if text.isdigit() and 1 <= int(text) <= len(table.headers):
        return int(text) - 1
    if text.isalpha() and len(text) <= 2:
        index = 0
        for char in text.upper():
            index = index * 26 + ord(char) - ord("A") + 1
        if index <= len(table.headers):
            return index - 1
    raise SystemExit(
        f"Galat: kolom '{wanted}' tidak ada; kolom berkas: "
        + ", ".join(f"'{h}'" for h in table.headers)
    )


def _mapping(table: RawTable, overrides: list[str]) -> dict[str, int | None]:
    mapping = registry_import.suggest_mapping(table.headers)
    for item in overrides:
        name, sep, column = item.partition("=")
        if not sep or name.strip() not in FIELD_LABELS:
            raise SystemExit(
                f"Galat: --map '{item}' tidak dikenali; tulis ISIAN=KOLOM, ISIAN salah satu dari "
                + ", ".join(FIELD_LABELS)
            )
        mapping[name.strip()] = _column_index(table, column)
    return mapping


def _print_source(table: RawTable, mapping: dict[str, int | None]) -> None:
    where = f"lembar '{table.sheet}'" if table.sheet else f"{table.encoding}, '{table.delimiter}'"
    print(f"Berkas   : {table.file_name} ({where}); {len(table.rows)} baris data")
    for notice in table.notices:
        print(f"CATATAN  : {notice}")
    print("Kolom    :")
    for fld, label in FIELD_LABELS.items():
        index = mapping.get(fld)
        if index is not None and index < len(table.headers):
            print(f"  {label:<22} <- {table.headers[index]}")


def _progress(verb: str) -> Callable[[int, int], bool]:
    def report(done: int, total: int) -> bool:
        if sys.stderr.isatty():
            end = "\n" if done == total else ""
            print(f"\r{verb} {done}/{total}", end=end, file=sys.stderr, flush=True)
        return True

    return report


def _print_preview(plan: ImportPreview) -> None:
    print(f"\nPratinjau: {plan.summary()}")
    for left_out in plan.not_data:
        print(f"BUKAN DATA: {left_out.message}")
    bad = plan.bad_rows
    if plan.problems:
        print(f"\nBaris bermasalah (tidak disimpan), {len(bad)} baris:")
        shown = [p for p in plan.problems if p.row in set(bad[:SHOWN_PROBLEMS])]
        for p in shown:
            value = f" '{p.value}'" if p.value else ""
            print(f"  baris {p.row:>5}  {p.column}{value}: {p.message}")
        if len(bad) > SHOWN_PROBLEMS:
            print(f"  ... dan {len(bad) - SHOWN_PROBLEMS} baris lagi (lihat --errors).")
    warned = [r for r in plan.rows if r.warnings]
    if warned:
        print(f"\nPeringatan (tetap disimpan), {len(warned)} baris:")
        for r in warned[:SHOWN_WARNINGS]:
            for w in r.warnings:
                print(f"  baris {r.row:>5}  {r.entry.serial}: {w}")


def _ask(plan: ImportPreview) -> bool:
    answer = input(f"\nSimpan {len(plan.rows)} sertifikat ke database? [y/N] ")
    return answer.strip().lower() in ("y", "ya")


def _import(args: argparse.Namespace) -> int:
    table = registry_import.read_table(args.file, sheet=args.sheet)
    mapping = _mapping(table, args.map)
    _print_source(table, mapping)
    try:
        registry_import.check_mapping(table, mapping)
    except ValidationErrors as exc:
        for message in exc.by_field().values():
            print(f"Galat: {message}")
        print('Pilih kolomnya dengan --map ISIAN=KOLOM, mis. --map nik="No KTP".')
        return 2
    runtime = open_runtime(args)
    actor = login_actor(runtime, args.as_user)
    plan = registry_import.preview_table(
        runtime,
        actor,
        table,
        mapping,
        service_code=args.service,
        title=args.title,
        progress=_progress("Memeriksa"),
    )
    _print_preview(plan)
    if args.errors:
        args.errors.write_bytes(registry_import.errors_csv(plan))
        print(f"\nDaftar baris bermasalah disimpan: {args.errors}")
    if not plan.rows:
        print("\nTidak ada baris yang dapat disimpan.")
        return 1 if plan.problems else 0
    if not args.yes and not sys.stdin.isatty():
        print(
            "\nBelum ada yang disimpan (pratinjau). Jalankan ulang dengan --yes untuk "
            f"menyimpan {len(plan.rows)} sertifikat."
        )
        return 0
    if not args.yes and not _ask(plan):
        print("Tidak disimpan.")
        return 1
    result = registry_import.commit_preview(runtime, actor, plan, progress=_progress("Menyimpan"))
    print(
        f"\nTersimpan: {result.written} sertifikat; pemohon baru {result.applicants_created}, "
        f"pemohon terdaftar {result.applicants_reused}; {result.skipped_rows} baris dilewati."
    )
    return 0


# --- add ------------------------------------------------------------------------------------


def _add(args: argparse.Namespace) -> int:
    data = registry_entry.HistoricCertificateInput(
        serial=args.serial,
        name=args.name,
        nik=args.nik,
        issued_on=args.issued,
        birth_place=args.birth_place,
        birth_date=args.birth_date,
        valid_until=args.valid_until,
        title=args.title,
        notes=args.notes,
        service_code=args.service,
    )
    runtime = open_runtime(args)
    actor = login_actor(runtime, args.as_user)
    try:
        entered = registry_entry.enter_certificate(runtime, actor, data)
    except ValidationErrors as exc:
        for error in exc.errors:
            print(f"Galat pada {FIELD_LABELS.get(error.field, error.field)}: {error.message}")
        return 2
    who = "pemohon baru" if entered.new_applicant else "pemohon terdaftar"
    print(
        f"Tersimpan: {entered.serial} '{entered.title}' atas nama {entered.holder_name} "
        f"({who}), terbit {format_date_numeric(entered.issued_on)}."
    )
    for warning in entered.warnings:
        print(f"PERINGATAN: {warning}")
    return 0
