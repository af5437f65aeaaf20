"""`counterdesk` opens the GUI; admin sub-commands are thin wrappers over services."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from counterdesk import __version__
from counterdesk.commands import admin, calendar, catalog, registry

COMMAND_MODULES = (catalog, calendar, registry, admin)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="counterdesk",
        description="CounterDesk — aplikasi loket pelayanan sertifikasi. Tanpa perintah: "
        "membuka aplikasi.",
    )
    parser.add_argument("--version", action="version", version=f"CounterDesk {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="folder data (default: folder data pengguna; juga COUNTERDESK_DATA_DIR)",
    )
    parser.add_argument(
        "--database-url", help="URL database SQLAlchemy, mis. postgresql://… (kantor dengan server)"
    )
    parser.add_argument(
        "--demo", action="store_true", help="buka database demo terpisah berisi data contoh"
    )
    parser.add_argument(
        "--demo-reset", action="store_true", help="dengan --demo: buat ulang database demo"
    )
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data_dir is not None:
        import os

        from counterdesk.paths import DATA_DIR_ENV

        os.environ[DATA_DIR_ENV] = str(args.data_dir)
    if args.command is None:
        from counterdesk.gui.app import run

        return run(args)
    from counterdesk.domain.errors import CounterDeskError

    try:
        return int(args.func(args))
    except CounterDeskError as exc:
        print(f"Galat: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
