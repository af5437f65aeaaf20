"""`counterdesk` opens the GUI; admin sub-commands are thin wrappers over services."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from counterdesk import __version__


def _global_options(parser: argparse.ArgumentParser) -> None:
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
    # The build test's start of the frozen app (gui/smoke_test.py); only with --demo.
    parser.add_argument("--smoke-test", nargs="?", const="", metavar="PNG", help=argparse.SUPPRESS)


def build_parser() -> argparse.ArgumentParser:
    """Every sub-command: their modules import the services, so this is built only when
    a sub-command (or --help) is asked for, never on the way to the window."""
    from counterdesk.commands import (
        admin,
        backup,
        calendar,
        cases,
        catalog,
        certificates,
        complaints,
        minutes,
        receipts,
        registry,
        sites,
        surveys,
        sync,
    )

    parser = argparse.ArgumentParser(
        prog="counterdesk",
        description="CounterDesk — aplikasi loket pelayanan sertifikasi. Tanpa perintah: "
        "membuka aplikasi.",
    )
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")
    for module in (
        catalog,
        calendar,
        registry,
        minutes,
        cases,
        receipts,
        certificates,
        complaints,
        surveys,
        sites,
        sync,
        admin,
        backup,
    ):
        module.register(sub)
    return parser


def _gui_arguments(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The options of a plain `counterdesk [--demo] [--data-dir …]`, or None when the
    command line asks for more (a sub-command, --help): then the full parser decides."""
    parser = argparse.ArgumentParser(prog="counterdesk", add_help=False)
    _global_options(parser)
    args, rest = parser.parse_known_args(argv)
    if rest:
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # the PyInstaller build: large print batches render
        import multiprocessing  # in a spawned child, which re-enters here first

        multiprocessing.freeze_support()
    args = _gui_arguments(argv) or build_parser().parse_args(argv)
    if args.smoke_test is not None and not (args.demo and args.command is None):
        print("Galat: --smoke-test hanya bersama --demo, tanpa perintah.", file=sys.stderr)
        return 2
    if args.data_dir is not None:
        import os

        from counterdesk.paths import DATA_DIR_ENV

        os.environ[DATA_DIR_ENV] = str(args.data_dir)
    _start_log(args)
    if args.command is None:
        from counterdesk.gui.app import run

        return run(args)
    from counterdesk import app_log

    with app_log.action(f"perintah {args.command}"):
        return _run_command(args)


def _run_command(args: argparse.Namespace) -> int:
    from counterdesk.domain.errors import CounterDeskError

    try:
        return int(args.func(args))
    except CounterDeskError as exc:
        import logging

        logging.getLogger(__name__).warning("Perintah %s ditolak: %s", args.command, exc)
        print(f"Galat: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: logged with its traceback, said in one line
        return _unexpected(exc, args.command)


def _start_log(args: argparse.Namespace) -> None:
    import logging

    from counterdesk import app_log
    from counterdesk.paths import default_data_dir

    app_log.setup(default_data_dir())
    logging.getLogger(__name__).info(
        "CounterDesk %s mulai: %s%s",
        __version__,
        f"perintah {args.command}" if args.command else "aplikasi",
        " (demo)" if args.demo else "",
    )


def _unexpected(exc: Exception, command: str) -> int:
    import logging

    from counterdesk import app_log

    logging.getLogger(__name__).error("Perintah %s gagal", command, exc_info=exc)
    print(
        app_log.redact(
            f"Galat tak terduga ({type(exc).__name__}: {exc}). Data yang sudah tersimpan "
            f"aman. Rincian dicatat di {app_log.where()} — kirimkan berkas itu kepada admin."
        ),
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
