"""`counterdesk backup [--to FILE]` and `counterdesk restore FILE --as ADMIN`: thin over
services/backups.py."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from counterdesk.commands.common import login_actor, open_for_restore, open_runtime
from counterdesk.services import backups

BACKUP_USAGE = """contoh:
  counterdesk backup
      salinan database sekarang ke folder cadangan di folder data
  counterdesk backup --to E:/cadangan/kantor-2026-11-26.sqlite3
      salinan ke berkas tertentu (mis. diska lepas); berkas yang sudah ada tidak ditimpa"""

RESTORE_USAGE = """contoh:
  counterdesk restore E:/cadangan/kantor-2026-11-26.sqlite3 --as admin
      ganti database dengan cadangan itu; database sekarang disalin dulu ke folder cadangan,
      dan loket ini mendapat kode loket baru (nomor yang terbit sesudah cadangan dibuat
      tidak akan terbit lagi)"""


def _command(sub: Any, name: str, help_text: str, usage: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        name, help=help_text, epilog=usage, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    return parser


def register(sub: Any) -> None:
    p = _command(sub, "backup", "buat cadangan database sekarang", BACKUP_USAGE)
    p.add_argument("--to", type=Path, metavar="BERKAS", help="berkas cadangan tujuan")
    p.set_defaults(func=_backup)
    p = _command(sub, "restore", "pulihkan database dari berkas cadangan (admin)", RESTORE_USAGE)
    p.add_argument("file", type=Path, metavar="BERKAS", help="berkas cadangan")
    p.add_argument("--as", dest="as_user", required=True, help="akun admin")
    p.set_defaults(func=_restore)


def _backup(args: argparse.Namespace) -> int:
    runtime = open_runtime(args)
    try:
        target = backups.manual_backup(runtime, args.to)
    finally:
        runtime.close()
    print(f"Cadangan tersimpan: {target}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    target = open_for_restore(args)
    if isinstance(target, Path):  # damaged or unopenable: no login, as at the app's start
        result = backups.restore_at_startup(target, args.file)
    else:
        try:
            actor = login_actor(target, args.as_user)
            result = backups.restore(target, actor, args.file)
        finally:
            target.close()
    print(f"Database {result.database} dipulihkan dari {result.restored_from}.")
    if result.compared_by_name:
        print(
            "Cadangan ini belum punya kode kantor; kecocokannya diperiksa menurut nama "
            f"kantor ({result.office_name})."
        )
    print(f"Database sebelum pemulihan disalin ke {result.safety_backup}.")
    print(result.message)
    return 0
