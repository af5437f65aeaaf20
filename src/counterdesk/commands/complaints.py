"""`counterdesk complaint add|list|report` (issue 10 point 8): an admin types in what came
through a complaint box, a letter or the phone, and sees the list with its deadlines;
thin over services/complaints.py (and commands/complaint_report.py for the recap)."""

from __future__ import annotations

import argparse
import importlib.util
from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from counterdesk.commands.calendar import _parse_date as parse_date
from counterdesk.commands.common import login_actor, open_runtime
from counterdesk.domain.complaint_handling import COMPLAINT_CHANNELS
from counterdesk.domain.formatting import format_date_with_day, to_zone
from counterdesk.domain.roles import Role
from counterdesk.services import complaints
from counterdesk.services.context import SYSTEM, Actor
from counterdesk.services.runtime import Runtime
from counterdesk.services.setup import office_info

USAGE = """contoh:
  counterdesk complaint add --channel kotak_saran --received 2026-11-02 \\
      --matter "Ruang tunggu panas, mohon kipas angin" --as admin
      isi kotak saran: tanpa identitas dicatat sebagai saran/masukan
  counterdesk complaint add --channel surat --received "2026-11-02 10:30" \\
      --service sertifikat-standar-kbli-28173 --service-date 2026-10-20 \\
      --name "Hendra Gunawan" --phone 0812-3456-7890 \\
      --matter "Diminta biaya di luar tarif resmi" --as petugas
      mencetak nomor, klasifikasi, alasannya dan batas waktu jawaban
  counterdesk complaint list --open --as atasan
      yang belum selesai, batas waktu terdekat di atas; tanpa --as identitas anonim dan
      isi rahasia disamarkan"""

REPORT_MODULE = "counterdesk.commands.complaint_report"


def register(sub: Any) -> None:
    p = sub.add_parser(
        "complaint",
        help="pengaduan dan saran: catat, daftar, rekap bulanan",
        epilog=USAGE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = p.add_subparsers(dest="complaint_action", required=True, metavar="AKSI")
    q = actions.add_parser(
        "add",
        help="catat satu pengaduan atau saran",
        epilog=USAGE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    q.add_argument(
        "--channel", required=True, metavar="SALURAN", help=", ".join(COMPLAINT_CHANNELS)
    )
    q.add_argument(
        "--received",
        required=True,
        metavar="WAKTU",
        help="tanggal (dan jam) diterima: 2026-11-02 atau '2026-11-02 10:30'",
    )
    q.add_argument("--matter", default="", metavar="MATERI", help="isi pengaduan")
    q.add_argument("--subject", default="", metavar="PERIHAL", help="bawaan: baris pertama materi")
    q.add_argument(
        "--service", default="", metavar="LAYANAN", help="kode standar atau standar/layanan"
    )
    q.add_argument("--service-date", default="", metavar="TANGGAL", help="tanggal layanan diterima")
    q.add_argument("--application", default="", metavar="NOMOR", help="nomor permohonan terkait")
    q.add_argument("--name", default="", metavar="NAMA")
    q.add_argument("--nik", default="", metavar="NIK")
    q.add_argument("--phone", default="", metavar="TELEPON")
    q.add_argument("--email", default="", metavar="EMAIL")
    q.add_argument("--anonim", action="store_true", help="identitas hanya terlihat oleh atasan")
    q.add_argument("--rahasia", action="store_true", help="isi hanya terlihat oleh atasan")
    q.add_argument(
        "--attach", action="append", type=Path, default=[], metavar="BERKAS", help="lampiran"
    )
    q.add_argument("--as", dest="as_user", required=True, help="petugas loket, atasan atau admin")
    q.set_defaults(func=_add)
    q = actions.add_parser("list", help="daftar pengaduan dan saran dengan batas waktunya")
    q.add_argument("--open", dest="open_only", action="store_true", help="yang belum selesai")
    q.add_argument("--as", dest="as_user", default="", help="atasan melihat yang dirahasiakan")
    q.set_defaults(func=_list)
    if importlib.util.find_spec(REPORT_MODULE) is not None:  # the recap of issue 10 point 7
        from counterdesk.commands.complaint_report import add_report_parser

        add_report_parser(actions)


def _received_at(text: str, zone: str) -> datetime:
    """``2026-11-02`` (noon, within office hours) or ``2026-11-02 10:30``, office time."""
    day_text, _, clock = text.strip().replace("T", " ").partition(" ")
    at = time(12)
    if clock.strip():
        try:
            at = time.fromisoformat(clock.strip().replace(".", ":"))
        except ValueError:
            raise SystemExit(
                f"Galat: jam '{clock.strip()}' tidak dikenali; tulis JJ:MM, mis. 10:30."
            ) from None
    return datetime.combine(parse_date(day_text), at, ZoneInfo(zone)).astimezone(UTC)


def _office_today(runtime: Runtime) -> date:
    return to_zone(datetime.now(UTC), office_info(runtime).timezone).date()


def _add(args: argparse.Namespace) -> int:
    runtime = open_runtime(args)
    actor = login_actor(runtime, args.as_user)
    attachments = []
    for path in args.attach:
        if not path.is_file():
            raise SystemExit(f"Galat: berkas lampiran {path} tidak ada.")
        attachments.append((path.name, path.read_bytes()))
    data = complaints.NewComplaint(
        channel=args.channel,
        received_at=_received_at(args.received, office_info(runtime).timezone),
        matter=args.matter,
        subject=args.subject,
        name=args.name,
        nik=args.nik,
        phone=args.phone,
        email=args.email,
        anonymous=args.anonim,
        confidential=args.rahasia,
        service_code=args.service,
        application_number=args.application,
        service_received_on=parse_date(args.service_date) if args.service_date else None,
        attachments=tuple(attachments),
    )
    warnings = complaints.preview_classification(runtime, actor, data).warnings
    d = complaints.log_complaint(runtime, actor, data)
    print(f"Tercatat: {d.number} — {d.kind_label}")
    print(f"Alasan  : {d.classification_reason}")
    if d.due_on is None:
        print("Batas   : tanpa batas waktu jawaban (saran/masukan)")
    else:
        print(f"Batas   : {format_date_with_day(d.due_on)} ({d.deadline.text})")
    if d.attachments:
        print(f"Lampiran: {len(d.attachments)} berkas")
    for warning in warnings:
        print(f"Catatan : {warning}")
    return 0


def _list_actor(runtime: Runtime, username: str) -> Actor:
    """Without --as the list is read as an officer would: protected fields masked."""
    if username:
        return login_actor(runtime, username)
    return replace(SYSTEM, roles=frozenset({Role.OFFICER}))


def _list(args: argparse.Namespace) -> int:
    runtime = open_runtime(args)
    actor = _list_actor(runtime, args.as_user)
    screen = complaints.complaints_screen(
        runtime, actor, _office_today(runtime), open_only=args.open_only
    )
    if not screen.rows:
        which = " yang belum selesai" if args.open_only else ""
        print(f"Belum ada pengaduan atau saran{which}.")
        return 0
    for r in screen.rows:
        print(
            f"{r.number:<20} {r.kind_label:<20} {r.status_label:<9} {r.deadline.text:<26} "
            f"{r.channel_label:<22} {r.reporter[:24]:<24} {r.subject}"
        )
    print(
        f"{len(screen.rows)} baris; {screen.unanswered} belum dijawab, {screen.overdue} lewat "
        f"batas, {screen.near_due} mendekati batas."
    )
    if not args.as_user:
        print("Identitas anonim dan isi rahasia disamarkan; --as atasan untuk melihatnya.")
    return 0
