"""`counterdesk site …`: this counter, the office roster, joining a new counter and
revoking one (issue 11 point 7), thin over services/sites.py."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any

from counterdesk.commands.common import login_actor, open_runtime
from counterdesk.domain.formatting import format_date_long, to_zone
from counterdesk.services import sites
from counterdesk.services.context import SYSTEM
from counterdesk.services.runtime import Runtime
from counterdesk.services.setup import office_info

USAGE = """contoh:
  counterdesk site show
      loket ini, kode kantor, versi roster dan semua loket dengan sidik jari kuncinya
  counterdesk site join-request --out L02.cdj
      di PC loket baru: tulis permintaan bergabung untuk dibawa ke loket admin
  counterdesk site admit L02.cdj --out roster.cdr --as admin
      di loket admin: terima loket baru, tulis roster terbaru untuk PC baru
  counterdesk site roster roster.cdr --as admin
      di PC loket baru (dan loket lain): impor roster; --check hanya memeriksa
  counterdesk site revoke L03 --out roster.cdr --as admin
      cabut loket (mis. PC hilang); bagikan roster baru ke loket lain
  counterdesk site write-roster --out roster.cdr
      tulis ulang roster yang berlaku di loket ini

Bandingkan sidik jari kunci (ABCD-EFGH-IJKL-MNOP) lewat telepon sebelum menerima
permintaan bergabung atau mengimpor roster pertama."""


def register(sub: Any) -> None:
    p = sub.add_parser(
        "site",
        help="loket ini, roster kantor, loket baru dan pencabutan",
        epilog=USAGE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ss = p.add_subparsers(dest="site_action", required=True, metavar="AKSI")
    q = ss.add_parser("show", help="loket ini dan roster kantor")
    q.set_defaults(func=_show)
    q = ss.add_parser("join-request", help="tulis permintaan bergabung (di PC loket baru)")
    q.add_argument("--out", type=Path, required=True, metavar="BERKAS", help="berkas .cdj")
    q.add_argument("--name", default=None, metavar="NAMA", help="nama loket ini di roster")
    q.set_defaults(func=_join_request)
    q = ss.add_parser("admit", help="terima loket baru dan tulis roster (admin)")
    q.add_argument("request", type=Path, metavar="PERMINTAAN", help="berkas .cdj loket baru")
    q.add_argument("--out", type=Path, required=True, metavar="ROSTER", help="berkas .cdr")
    q.add_argument("--as", dest="as_user", required=True, help="admin")
    q.set_defaults(func=_admit)
    q = ss.add_parser("roster", help="impor berkas roster")
    q.add_argument("roster", type=Path, metavar="ROSTER", help="berkas .cdr")
    q.add_argument("--as", dest="as_user", default=None, help="admin (wajib untuk roster pertama)")
    q.add_argument("--check", action="store_true", help="hanya periksa, jangan impor")
    q.set_defaults(func=_roster)
    q = ss.add_parser("revoke", help="cabut loket (admin)")
    q.add_argument("code", metavar="KODE", help="kode loket, mis. L03")
    q.add_argument("--out", type=Path, default=None, metavar="ROSTER", help="tulis roster baru")
    q.add_argument("--as", dest="as_user", required=True, help="admin")
    q.set_defaults(func=_revoke)
    q = ss.add_parser("write-roster", help="tulis roster yang berlaku di loket ini")
    q.add_argument("--out", type=Path, required=True, metavar="ROSTER", help="berkas .cdr")
    q.set_defaults(func=_write_roster)


def _day(moment: datetime, zone: str) -> str:
    """The office's date of a stored UTC moment (not the UTC date)."""
    return format_date_long(to_zone(moment, zone).date())


def _print_roster(view: sites.RosterView, runtime: Runtime) -> None:
    zone = office_info(runtime).timezone
    print(f"Kantor: {view.office_name} (kode kantor {view.office_uid})")
    print(f"Loket ini: {view.local_code} ({view.local_id})")
    if view.version == 0:
        print("Roster: belum ada (loket ini belum bergabung atau belum menerima loket lain).")
    else:
        print(f"Roster versi {view.version}, {len(view.sites)} loket:")
    for site in view.sites:
        marks = []
        if site.is_local:
            marks.append("loket ini")
        if site.revoked:
            when = f" {_day(site.revoked_at, zone)}" if site.revoked_at else ""
            marks.append(f"DICABUT{when}")
        if site.last_seen is not None:
            marks.append(f"berkas terakhir {_day(site.last_seen, zone)}")
        note = f"  ({'; '.join(marks)})" if marks else ""
        print(
            f"  {site.code:<5} {site.name:<24} tanda tangan {site.signing_fingerprint}  "
            f"pertukaran {site.exchange_fingerprint}{note}"
        )


def _show(args: argparse.Namespace) -> int:
    runtime = open_runtime(args)
    _print_roster(sites.roster_view(runtime, SYSTEM), runtime)
    return 0


def _join_request(args: argparse.Namespace) -> int:
    view = sites.write_join_request(open_runtime(args), SYSTEM, args.out, args.name)
    print(f"Tersimpan: {args.out} (permintaan bergabung loket {view.code}, {view.name}).")
    print(f"Sidik jari kunci tanda tangan loket ini: {view.signing_fingerprint}")
    print(
        "Bawa berkas ini ke loket admin. Saat admin menerimanya, bacakan sidik jari di atas "
        "lewat telepon; admin membandingkannya dengan yang tampil di layarnya."
    )
    return 0


def _admit(args: argparse.Namespace) -> int:
    runtime = open_runtime(args)
    actor = login_actor(runtime, args.as_user)
    request = sites.inspect_join_request(runtime, actor, args.request)
    view = sites.admit(runtime, actor, args.request, args.out)
    print(
        f"Loket {request.code} ({request.name}) diterima; sidik jari kunci tanda tangannya "
        f"{request.signing_fingerprint} — pastikan sama dengan yang dibacakan loket baru."
    )
    print(f"Tersimpan: {args.out} (roster versi {view.version}). Impor di PC loket baru:")
    print(f"  counterdesk site roster {args.out.name} --as ADMIN")
    _print_roster(view, runtime)
    return 0


def _roster(args: argparse.Namespace) -> int:
    runtime = open_runtime(args)
    actor = login_actor(runtime, args.as_user) if args.as_user else SYSTEM
    check = sites.preview_roster if args.check else sites.import_roster
    view = check(runtime, actor, args.roster)
    heading = "Roster dapat diimpor" if args.check else "Roster diimpor"
    print(f"{heading}: versi {view.version}, ditandatangani loket {view.signed_by_code}.")
    if view.first_use:
        print(
            f"Roster pertama loket ini, dipercaya saat pertama dipakai. Sidik jari kunci "
            f"loket {view.signed_by_code}: {view.signed_by_fingerprint} — bandingkan lewat "
            "telepon dengan `counterdesk site show` di loket admin."
        )
    for change in view.changes:
        print(f"  {change}")
    if not args.check:
        _print_roster(view, runtime)
    return 0


def _revoke(args: argparse.Namespace) -> int:
    runtime = open_runtime(args)
    actor = login_actor(runtime, args.as_user)
    view = sites.revoke(runtime, actor, args.code, args.out)
    print(f"Loket {args.code.strip().upper()} dicabut; roster versi {view.version}.")
    if args.out is not None:
        print(f"Tersimpan: {args.out}. Impor roster ini di setiap loket lain.")
    else:
        print("Tulis roster baru (`counterdesk site write-roster --out …`) untuk loket lain.")
    return 0


def _write_roster(args: argparse.Namespace) -> int:
    view = sites.write_roster(open_runtime(args), SYSTEM, args.out)
    print(f"Tersimpan: {args.out} (roster versi {view.version}, {len(view.sites)} loket).")
    return 0
