"""`counterdesk sync export|import|status|conflicts` (issue 11 points 2, 3, 5, 6): thin over
services/sync.py (the engine) and services/sync_conflicts.py (the supervisor's review).

Exit codes: 0 done; 1 done, but something waits for a person (open conflicts, rows parked
until their prerequisites arrive); 2 refused (a bad file, a wrong user, bad input)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from counterdesk.commands.common import login_actor, open_runtime
from counterdesk.domain.errors import CounterDeskError, ValidationError
from counterdesk.domain.formatting import format_datetime_short
from counterdesk.services.context import SYSTEM, Actor
from counterdesk.services.setup import office_info

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime
    from counterdesk.services.sync import ExportSummary, ImportSummary, SyncStatus
    from counterdesk.services.sync_conflicts import ConflictView

USAGE = """contoh:
  counterdesk sync export --to /media/usb/L01-ke-L02.cdx --as admin
      semua perubahan yang belum diterima loket lain, untuk semua loket di roster
  counterdesk sync export --to kantor-pusat.cdx --for L02 --for P01 --as admin
      hanya untuk loket L02 dan P01 (terenkripsi untuk mereka saja)
  counterdesk sync import /media/usb/L02-ke-L01.cdx --as admin
      periksa dulu (pengirim, tanda tangan, alamat), lalu terapkan; aman diulang
  counterdesk sync status
      loket ini, roster, dan per loket: berkas terakhir dikirim/diterima, yang menunggu
  counterdesk sync conflicts
      konflik yang menunggu keputusan atasan, kedua nilai berdampingan
  counterdesk sync conflicts --resolve 8c2f41d7 --choose 2 --note "sesuai KTP" --as atasan
      pilih nilai 2 untuk konflik ber-ID itu (lihat daftar); pilihan ikut tersinkron"""


def register(sub: Any) -> None:
    p = sub.add_parser(
        "sync",
        help="sinkronisasi antarloket lewat berkas: ekspor, impor, status, konflik",
        epilog=USAGE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = p.add_subparsers(dest="sync_action", required=True, metavar="AKSI")
    q = actions.add_parser("export", help="tulis berkas sinkronisasi (.cdx) untuk loket lain")
    q.add_argument("--to", dest="target", type=Path, required=True, metavar="BERKAS")
    q.add_argument(
        "--for",
        dest="recipients",
        action="append",
        default=[],
        metavar="KODE",
        help="kode loket penerima (boleh diulang); bawaan: semua loket di roster",
    )
    q.add_argument("--as", dest="as_user", required=True, help="admin")
    q.set_defaults(func=_export)
    q = actions.add_parser("import", help="terapkan berkas sinkronisasi dari loket lain")
    q.add_argument("source", type=Path, metavar="BERKAS")
    q.add_argument("--as", dest="as_user", required=True, help="admin")
    q.set_defaults(func=_import)
    q = actions.add_parser("status", help="loket ini, roster, berkas terakhir per loket")
    q.add_argument("--as", dest="as_user", default="", help="bawaan: tanpa masuk (hanya baca)")
    q.set_defaults(func=_status)
    q = actions.add_parser("conflicts", help="daftar konflik; --resolve memilih satu nilai")
    q.add_argument(
        "--resolve", default="", metavar="ID", help="ID konflik seperti di daftar (8 huruf)"
    )
    q.add_argument("--choose", type=int, default=None, metavar="N", help="nomor nilai dipilih")
    q.add_argument("--note", default="", metavar="CATATAN", help="alasan pilihan (disarankan)")
    q.add_argument("--as", dest="as_user", default="", help="atasan (wajib untuk --resolve)")
    q.set_defaults(func=_conflicts)


def _actor(runtime: Runtime, args: argparse.Namespace) -> Actor:
    return login_actor(runtime, args.as_user) if args.as_user else SYSTEM


def _progress(verb: str) -> Callable[[int, int], None]:
    """A running count on the terminal (nothing when the output is not a terminal)."""

    def report(done: int, total: int) -> None:
        if sys.stderr.isatty():
            share = f" ({done * 100 // total}%)" if total else ""
            end = "\n" if total and done >= total else ""
            print(
                f"\r{verb}: {done:,}/{total:,}{share}".replace(",", "."),
                end=end,
                file=sys.stderr,
                flush=True,
            )

    return report


def _refused(error: Exception) -> int:
    print(f"Galat: {error}", file=sys.stderr)
    return 2


def _sync_file_error() -> type[Exception]:
    from counterdesk.sync.container import SyncFileError

    return SyncFileError


# --- export / import --------------------------------------------------------------------


def _export(args: argparse.Namespace) -> int:
    from counterdesk.services import sync

    runtime = open_runtime(args)
    actor = login_actor(runtime, args.as_user)
    try:
        summary = sync.export(
            runtime,
            actor,
            args.target,
            [code.upper() for code in args.recipients] or None,
            progress=_progress("Menulis"),
        )
    except _sync_file_error() as error:
        return _refused(error)
    print(export_text(summary))
    return 0


def export_text(summary: ExportSummary) -> str:
    lines = [
        f"Tersimpan: {summary.path}",
        f"Untuk loket : {', '.join(summary.recipients) or '-'}",
        f"Isi         : {summary.rows} data, {summary.blobs} foto/pindaian, {_size(summary.bytes)}",
    ]
    lines += [f"  {label:<24} {count:>8}" for label, count in summary.by_table if count]
    lines.append(f"SHA-256     : {summary.sha256}")
    return "\n".join(lines)


def _import(args: argparse.Namespace) -> int:
    from counterdesk.services import sync

    runtime = open_runtime(args)
    actor = login_actor(runtime, args.as_user)
    try:
        summary = sync.import_file(runtime, actor, args.source, progress=_progress("Menerapkan"))
    except _sync_file_error() as error:
        return _refused(error)
    print(import_text(summary))
    return 1 if summary.conflicts or summary.parked else 0


def import_text(summary: ImportSummary) -> str:
    if summary.already:
        return f"{summary.path} sudah diimpor sebelumnya; tidak ada yang berubah."
    resumed = " (melanjutkan impor yang terhenti)" if summary.resumed else ""
    lines = [f"Diimpor dari loket {summary.sender_code}: {summary.path}{resumed}"]
    lines.append(f"  {'Jenis data':<24} {'diterima':>9} {'berubah':>9}")
    lines += [
        f"  {label:<24} {received:>9} {changed:>9}"
        for label, received, changed in summary.by_table
        if received
    ]
    lines.append(f"Foto/pindaian   : {summary.blobs}")
    lines.append(f"Konflik baru    : {summary.conflicts}" + _conflict_hint(summary.conflicts))
    lines.append(
        f"Ditahan         : {summary.parked}"
        + (
            " (menunggu data yang dirujuknya; dicoba lagi pada impor berikutnya)"
            if summary.parked
            else ""
        )
    )
    lines += [f"Perhatian       : {warning}" for warning in summary.warnings]
    return "\n".join(lines)


def _conflict_hint(count: int) -> str:
    return " (atasan memilih nilai: `counterdesk sync conflicts`)" if count else ""


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "B" else f"{n:.1f} {unit}".replace(".", ",")
        n /= 1024  # type: ignore[assignment]
    return ""


# --- status ----------------------------------------------------------------------------


def _status(args: argparse.Namespace) -> int:
    from counterdesk.services import sync

    runtime = open_runtime(args)
    actor = _actor(runtime, args)
    print(status_text(sync.status(runtime, actor), _when(runtime)))
    return 0


def _when(runtime: Runtime) -> Callable[[datetime | None], str]:
    zone = office_info(runtime).timezone

    def text(moment: datetime | None) -> str:
        if moment is None:
            return "belum pernah"
        return format_datetime_short(moment, zone)

    return text


def status_text(status: SyncStatus, when: Callable[[datetime | None], str]) -> str:
    lines = [
        f"Loket ini     : {status.site_code} ({status.site_id})",
        f"Kantor        : {status.office_uid}",
        f"Versi roster  : {status.roster_version}",
        f"Konflik       : {status.open_conflicts} menunggu atasan"
        + _conflict_hint(status.open_conflicts),
        f"Ditahan       : {status.parked}",
    ]
    if not status.peers:
        lines.append(
            "\nBelum ada loket lain di roster. Terima loket baru: `counterdesk site admit …`."
        )
    for peer in status.peers:
        sent = _file_when(when(peer.last_sent_at), peer.last_sent_file)
        received = _file_when(when(peer.last_received_at), peer.last_received_file)
        lines += [
            f"\nLoket {peer.code} — {peer.name}",
            f"  Terakhir dikirim : {sent}",
            f"  Terakhir diterima: {received}",
            f"  Belum diterimanya: {peer.waiting} data",
        ]
    return "\n".join(lines)


def _file_when(when: str, name: str) -> str:
    return f"{when} ({name})" if name else when


# --- conflicts -------------------------------------------------------------------------


def _conflicts(args: argparse.Namespace) -> int:
    from counterdesk.services import sync_conflicts

    runtime = open_runtime(args)
    if args.resolve:
        if args.choose is None:
            raise ValidationError(
                "choose", "Sebutkan nilai yang dipilih: --choose N (nomor di daftar konflik)."
            )
        if not args.as_user:
            raise ValidationError("as", "Memilih nilai hanya oleh atasan: tambahkan --as ATASAN.")
        actor = login_actor(runtime, args.as_user)
        found = _find(sync_conflicts.open_conflicts(runtime, actor), args.resolve)
        sync_conflicts.resolve(runtime, actor, found.id, args.choose, args.note)
        print(f"Konflik {short_id(found)} diselesaikan ({found.record}, {found.field_label}).")
        return 0
    conflicts = sync_conflicts.open_conflicts(runtime, _actor(runtime, args))
    if not conflicts:
        print("Tidak ada konflik yang menunggu.")
        return 0
    print(conflicts_text(conflicts, _when(runtime)))
    return 1


def short_id(conflict: ConflictView) -> str:
    """The id's random tail (its head is a timestamp, shared by one import's conflicts)."""
    return conflict.id.hex[-8:]


def _find(conflicts: tuple[ConflictView, ...], wanted: str) -> ConflictView:
    text = wanted.strip().lower().replace("-", "")
    found = [c for c in conflicts if c.id.hex == text or c.id.hex.endswith(text)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise CounterDeskError(
            f"Tidak ada konflik terbuka ber-ID {wanted}. Lihat daftarnya: "
            "`counterdesk sync conflicts`."
        )
    raise CounterDeskError(f"ID {wanted} cocok dengan {len(found)} konflik; ketik ID lengkapnya.")


def conflicts_text(
    conflicts: tuple[ConflictView, ...], when: Callable[[datetime | None], str]
) -> str:
    lines = [f"{len(conflicts)} konflik menunggu keputusan atasan:"]
    for c in conflicts:
        lines += [
            f"\n[{short_id(c)}] {c.record} — {c.field_label}",
            f"  {c.kind_label}; ditemukan {when(c.detected_at)}",
        ]
        for n, cand in enumerate(c.candidates, 1):
            effect = "  (berlaku sekarang)" if cand.in_effect else ""
            who = cand.written_by or "tidak diketahui"
            lines.append(
                f"  {n}. {cand.value_text}\n"
                f"     oleh {who} di loket {cand.site_code}, {when(cand.written_at)}{effect}"
            )
        lines.append(f"  {c.hint}")
        choose = "--choose N" if c.choosable else "--choose 0"
        lines.append(
            f"  Pilih: counterdesk sync conflicts --resolve {short_id(c)} {choose} --as ATASAN"
        )
    return "\n".join(lines)
