"""Shared by the sub-commands: open the database named by the global options, and
authenticate an acting user for commands that change things."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from counterdesk.domain.errors import ConflictError, ValidationError
from counterdesk.services.context import Actor
from counterdesk.services.runtime import Runtime, database_path

if TYPE_CHECKING:
    from counterdesk.services.server_settings import ServerSettings

PASSWORD_ENV = "COUNTERDESK_PASSWORD"


def open_runtime(args: argparse.Namespace, *, remember: bool = False) -> Runtime:
    """The database, after the start-up checks (``services.startup_checks``): a damaged
    file, a full or read-only data folder ends the command (exit 2) with what to do and
    the latest good backup (``open_for_restore``: the cure). Without --database-url, the
    office server remembered in the data folder (``services.server_settings``), if any;
    ``remember``: a server given with --database-url is remembered (``init``)."""
    from counterdesk.services import server_settings, startup_checks

    demo = getattr(args, "demo", False)
    url = getattr(args, "database_url", None)
    target = server_settings.start_target(url, demo=demo)
    if target is not None:
        password = target.password or _server_password(target.settings)
        try:
            runtime = server_settings.open_server(
                replace(target, password=password, remember=False)
            )
        except server_settings.ServerConnectionError as exc:
            if exc.needs_password:
                raise server_settings.ServerConnectionError(
                    exc.problem,
                    f"{exc.message} Tanpa terminal, kata sandi database dibaca dari variabel "
                    f"{server_settings.PASSWORD_ENV}.",
                ) from exc
            raise
        if remember and target.remember:
            print(server_settings.remember(target.settings, password))
        runtime.demo = demo  # the demo office filled on the server (the server tests)
    else:
        runtime, warnings = startup_checks.open_checked(
            startup_checks.sqlite_file(url, lambda: database_path(demo=demo)),
            lambda: Runtime.open(database_url=url, demo=demo),
            integrity=True,
        )
        for warning in warnings:
            print(f"Perhatian: {warning.message}", file=sys.stderr)
    if runtime.demo:
        from counterdesk.services.demo_data import ensure_demo

        ensure_demo(runtime, reset=getattr(args, "demo_reset", False))
    return runtime


def _server_password(settings: ServerSettings) -> str | None:
    """Asked in a terminal; without one the server is tried without a password (a server
    that wants one says so, naming the variable to set)."""
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"Kata sandi database {settings.describe()}: ") or None


def open_for_restore(args: argparse.Namespace) -> Runtime | Path:
    """The database to restore into: open (an admin then logs in), or — when the file is
    damaged or cannot be opened, so no login is possible — its path, for the restore the
    app offers at start (``backups.restore_at_startup``)."""
    from counterdesk.services.startup_checks import StartupProblemError

    try:
        return open_runtime(args)
    except StartupProblemError as exc:
        if exc.problem.file_broken and exc.problem.database is not None:
            return exc.problem.database
        raise


def database_exists(args: argparse.Namespace) -> bool:
    from counterdesk.services import server_settings

    demo = getattr(args, "demo", False)
    return (
        bool(getattr(args, "database_url", None))
        or database_path(demo=demo).exists()
        or (not demo and server_settings.load() is not None)
    )


def read_secret(env: str, prompt: str) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise SystemExit(f"Galat: kata sandi tidak diberikan. Isi variabel lingkungan {env}.")
    return getpass.getpass(prompt)


def login_actor(runtime: Runtime, username: str) -> Actor:
    if not runtime.is_initialized():
        raise ConflictError(
            f"Kantor belum disiapkan di database {runtime.db.describe()}. Jalankan "
            "`counterdesk init …` dulu, atau tambahkan --demo untuk memakai database demo "
            "(mis. `counterdesk --demo registry import …`)."
        )
    return runtime.login(username, read_secret(PASSWORD_ENV, f"Kata sandi {username}: "))


def office_today(runtime: Runtime) -> date:
    """Today on the office's wall clock (a report after 17:00 UTC is already tomorrow in
    WIB), not the machine's date."""
    from counterdesk.domain.formatting import to_zone
    from counterdesk.services.setup import office_info
    from counterdesk.store.base import utcnow

    return to_zone(utcnow(), office_info(runtime).timezone).date()


def require_out(args: argparse.Namespace, example: str) -> None:
    """A PDF or XLSX report is written to a file: refuse before any work when --out is
    missing, with an example name (``example`` without its extension)."""
    if args.report_format != "text" and args.out is None:
        raise ValidationError(
            "out",
            f"Format {args.report_format} disimpan ke berkas: tambahkan --out BERKAS, "
            f"mis. --out {example}.{args.report_format}.",
        )
