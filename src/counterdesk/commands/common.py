"""Shared by the sub-commands: open the database named by the global options, and
authenticate an acting user for commands that change things."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from counterdesk.domain.errors import ConflictError
from counterdesk.services.context import Actor
from counterdesk.services.runtime import Runtime, database_path

PASSWORD_ENV = "COUNTERDESK_PASSWORD"


def open_runtime(args: argparse.Namespace) -> Runtime:
    runtime = Runtime.open(
        database_url=getattr(args, "database_url", None), demo=getattr(args, "demo", False)
    )
    if runtime.demo:
        from counterdesk.services.demo_data import ensure_demo

        ensure_demo(runtime, reset=getattr(args, "demo_reset", False))
    return runtime


def database_exists(args: argparse.Namespace) -> bool:
    return (
        bool(getattr(args, "database_url", None))
        or database_path(demo=getattr(args, "demo", False)).exists()
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
