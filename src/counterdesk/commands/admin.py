"""Admin sub-commands: init, user, audit, demo, db."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from counterdesk.commands.common import login_actor, open_runtime, read_secret
from counterdesk.domain.errors import ValidationErrors
from counterdesk.domain.formatting import ZONES, format_datetime_long, zone
from counterdesk.domain.roles import ROLE_LABELS, Role, parse_roles
from counterdesk.services import accounts, audit, setup

ADMIN_PASSWORD_ENV = "COUNTERDESK_ADMIN_PASSWORD"
NEW_PASSWORD_ENV = "COUNTERDESK_NEW_PASSWORD"


def register(sub: Any) -> None:
    _register_init(sub)
    _register_user(sub)
    p = sub.add_parser("audit", help="periksa log audit")
    p.add_argument("action", choices=["verify"], help="verify: periksa rantai hash log audit")
    p.set_defaults(func=_audit_verify)
    p = sub.add_parser("demo", help="buat (ulang) database demo tanpa membuka aplikasi")
    p.add_argument("--reset", action="store_true", help="hapus lalu isi ulang data demo")
    p.set_defaults(func=_demo)
    p = sub.add_parser("db", help="informasi database")
    p.add_argument("action", choices=["info", "upgrade"])
    p.set_defaults(func=_db)


def _register_init(sub: Any) -> None:
    p = sub.add_parser(
        "init",
        help="siapkan kantor tanpa wizard (non-interaktif)",
        description="Menyiapkan kantor, loket dan admin pertama. Kata sandi admin dibaca dari "
        f"variabel {ADMIN_PASSWORD_ENV} (atau ditanyakan).",
    )
    p.add_argument(
        "--database-url",
        default=argparse.SUPPRESS,  # the global option, also accepted after `init`
        help="server kantor, mis. postgresql+psycopg://pengguna@server/counterdesk; diingat "
        "di folder data tanpa kata sandi (kata sandi: keyring OS, COUNTERDESK_DB_PASSWORD "
        "atau ditanyakan)",
    )
    p.add_argument("--office-name", required=True, help="nama kantor")
    p.add_argument("--unit", default="", help="unit kerja")
    p.add_argument("--address", required=True, help="alamat kantor")
    p.add_argument(
        "--timezone",
        choices=[z.abbreviation for z in ZONES.values()],
        default="WIB",
        help="zona waktu kantor",
    )
    p.add_argument("--counter", required=True, help="kode loket, mis. L01")
    p.add_argument("--signatory-name", required=True)
    p.add_argument("--signatory-title", required=True)
    p.add_argument("--signatory-nip", default="")
    p.add_argument("--logo", type=Path, help="logo kop surat (PNG/JPG)")
    p.add_argument("--admin-user", required=True)
    p.add_argument("--admin-name", required=True)
    p.add_argument(
        "--no-cuti-bersama-closed",
        action="store_true",
        help="loket tetap buka pada hari cuti bersama",
    )
    p.set_defaults(func=_init)


def _init(args: argparse.Namespace) -> int:
    password = read_secret(ADMIN_PASSWORD_ENV, "Kata sandi admin baru: ")
    runtime = open_runtime(args, remember=True)
    data = setup.OfficeSetup(
        office_name=args.office_name,
        unit=args.unit,
        address=args.address,
        timezone=zone(args.timezone).iana,
        counter_code=args.counter,
        signatory_name=args.signatory_name,
        signatory_title=args.signatory_title,
        signatory_nip=args.signatory_nip,
        admin_username=args.admin_user,
        admin_full_name=args.admin_name,
        admin_password=password,
        logo_path=args.logo,
        cuti_bersama_closes=not args.no_cuti_bersama_closed,
    )
    try:
        with runtime.unit() as session:
            setup.initialize(session, data)
    except ValidationErrors as exc:
        for field, message in exc.by_field().items():
            print(f"Galat pada {field}: {message}")
        return 2
    print(
        f"Kantor '{args.office_name}' siap; loket {args.counter.upper()}; "
        f"admin '{args.admin_user}'. Database: {runtime.db.describe()}"
    )
    return 0


def _register_user(sub: Any) -> None:
    p = sub.add_parser("user", help="kelola pengguna (perlu admin: --as NAMA)")
    p.add_argument("--as", dest="as_user", required=True, help="admin yang menjalankan")
    us = p.add_subparsers(dest="user_action", required=True, metavar="AKSI")
    us.add_parser("list", help="daftar pengguna").set_defaults(func=_user_list)
    a = us.add_parser("add", help=f"tambah pengguna (kata sandi dari {NEW_PASSWORD_ENV})")
    a.add_argument("username")
    a.add_argument("--name", required=True, help="nama lengkap")
    a.add_argument("--roles", required=True, help="officer,supervisor,printer,admin")
    a.add_argument("--nip", default="")
    a.add_argument("--title", default="", help="jabatan")
    a.set_defaults(func=_user_add)
    for action, help_text in (
        ("disable", "nonaktifkan"),
        ("enable", "aktifkan"),
        ("reset", f"atur ulang kata sandi (dari {NEW_PASSWORD_ENV})"),
        ("unlock", "buka kunci akun yang terkunci karena terlalu banyak gagal masuk"),
    ):
        x = us.add_parser(action, help=help_text)
        x.add_argument("username")
        x.set_defaults(func=_user_change, change=action)


def _find_user(session: Any, actor: Any, username: str) -> Any:
    for user in accounts.list_users(session, actor):
        if user.username == username.lower():
            return user
    raise SystemExit(f"Galat: pengguna '{username}' tidak ditemukan.")


def _user_list(args: argparse.Namespace) -> int:
    runtime = open_runtime(args)
    actor = login_actor(runtime, args.as_user)
    timezone = setup.office_profile(runtime, actor).timezone
    for u in accounts.list_accounts(runtime, actor):
        roles = ", ".join(ROLE_LABELS[r] for r in sorted(u.roles))
        state = {
            accounts.UserStatus.DISABLED: "NONAKTIF",
            accounts.UserStatus.LOCKED: "TERKUNCI",
            accounts.UserStatus.MUST_CHANGE_PASSWORD: "aktif, wajib ganti kata sandi",
            accounts.UserStatus.ACTIVE: "aktif",
        }[u.status]
        if u.locked_until is not None:
            state += f" sampai {format_datetime_long(u.locked_until, timezone)}"
        print(f"{u.username:<16} {u.full_name:<32} {roles:<40} {state}")
    return 0


def _user_add(args: argparse.Namespace) -> int:
    runtime = open_runtime(args)
    actor = login_actor(runtime, args.as_user)
    try:
        roles = parse_roles(args.roles)
    except ValueError:
        print("Galat: peran tidak dikenal; pilih dari officer, supervisor, printer, admin.")
        return 2
    password = read_secret(NEW_PASSWORD_ENV, f"Kata sandi untuk {args.username}: ")
    with runtime.unit(actor) as session:
        accounts.create_user(
            session,
            actor,
            accounts.NewUser(args.username, args.name, roles, password, args.nip, args.title),
        )
    print(f"Pengguna '{args.username}' ditambahkan.")
    return 0


def _user_change(args: argparse.Namespace) -> int:
    runtime = open_runtime(args)
    actor = login_actor(runtime, args.as_user)
    password = (
        read_secret(NEW_PASSWORD_ENV, f"Kata sandi sementara {args.username}: ")
        if args.change == "reset"
        else ""
    )
    with runtime.unit(actor) as session:
        user = _find_user(session, actor, args.username)
        if args.change == "reset":
            accounts.reset_password(session, actor, user.id, password)
        elif args.change == "unlock":
            accounts.unlock(session, actor, user.id)
        else:
            accounts.set_active(session, actor, user.id, args.change == "enable")
    print(
        {
            "disable": "Dinonaktifkan",
            "enable": "Diaktifkan",
            "reset": "Kata sandi diatur ulang; wajib diganti saat masuk",
            "unlock": "Kunci dibuka; boleh mencoba masuk lagi",
        }[args.change]
        + f": {args.username}"
    )
    return 0


def _audit_verify(args: argparse.Namespace) -> int:
    runtime = open_runtime(args)
    with runtime.read() as session:  # no write lock while the chain is walked
        report = audit.verify_chain(session)
    if report.ok:
        print(f"Log audit utuh: {report.checked} peristiwa diperiksa, rantai hash cocok.")
        return 0
    print(f"LOG AUDIT RUSAK: {report.problem}")
    print(f"({report.checked} peristiwa sebelumnya utuh.)")
    return 1


def _demo(args: argparse.Namespace) -> int:
    from counterdesk.services.demo_data import ensure_demo
    from counterdesk.services.runtime import Runtime

    runtime = Runtime.open(demo=True)
    ensure_demo(runtime, reset=args.reset)
    print(f"Database demo siap: {runtime.db.describe()}")
    return 0


def _db(args: argparse.Namespace) -> int:
    from counterdesk.store.migrate import head_revision

    runtime = open_runtime(args)
    print(f"Database : {runtime.db.describe()}")
    print(f"Skema    : {head_revision()} (terbaru)")
    if runtime.db.backup:
        print(f"Cadangan : {runtime.db.backup}")
    print(f"Disiapkan: {'ya' if runtime.is_initialized() else 'belum (jalankan init)'}")
    return 0


__all__ = ["Role", "register"]
