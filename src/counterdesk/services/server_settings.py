"""The office server's connection (PostgreSQL): remembered in the data folder without the
password, the password kept in the OS keyring when there is one, a connection tested and
its failure said plainly.

``server.json`` in the data folder holds host, port, database and user — never the
password. The password comes, in this order, from the URL given on the command line,
``COUNTERDESK_DB_PASSWORD``, the OS keyring (``keyring``; a PC without a keyring backend
has none), or the officer (a dialog in the app, ``getpass`` in a terminal).

No Qt here and nothing heavy at import: the app reads ``load`` on its start path.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from counterdesk import paths
from counterdesk.domain.errors import (
    DatabaseError,
    DatabaseUnavailable,
    ValidationError,
    ValidationErrors,
)

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime

SETTINGS_FILE = "server.json"
PASSWORD_ENV = "COUNTERDESK_DB_PASSWORD"
KEYRING_SERVICE = "CounterDesk database"
DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
CHECK_TIMEOUT_S = 5

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ServerSettings:
    """Where the office database is; what ``server.json`` holds (no password)."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    driver: str = DRIVER

    def url(self, password: str | None) -> str:
        from sqlalchemy.engine import URL

        return URL.create(
            self.driver,
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
        ).render_as_string(hide_password=False)

    def describe(self) -> str:
        """``cd@192.168.1.10:5432/counterdesk``: shown to the officer, used as keyring key."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def is_server_url(url: str | None) -> bool:
    return bool(url) and not str(url).startswith("sqlite")


def from_url(url: str) -> tuple[ServerSettings, str | None]:
    """The settings and the password (None when the URL has none) of a server URL.
    Read with the standard library: the app reads it before its first window."""
    from urllib.parse import unquote, urlsplit

    try:
        parts = urlsplit(url)
        port = str(parts.port or DEFAULT_PORT)
    except ValueError as exc:
        raise ValidationError(
            "database_url",
            f"URL database '{_hide_password(url)}' tidak dikenali; contoh: "
            "postgresql+psycopg://pengguna@server/counterdesk.",
        ) from exc
    settings = make_settings(
        parts.hostname or "",
        port,
        unquote(parts.path.lstrip("/")),
        unquote(parts.username or ""),
    )
    driver = parts.scheme if parts.scheme != "postgresql" else DRIVER
    password = unquote(parts.password) if parts.password else None
    return replace(settings, driver=driver), password


def _hide_password(url: str) -> str:
    from counterdesk.app_log import redact

    return redact(url)


def make_settings(host: str, port: str, database: str, user: str) -> ServerSettings:
    """Checked settings from the form's text; every empty or wrong field is named."""
    errors: list[ValidationError] = []
    for field, value, label in (
        ("host", host, "Alamat server"),
        ("database", database, "Nama database"),
        ("user", user, "Nama pengguna database"),
    ):
        if not value.strip():
            errors.append(ValidationError(field, f"{label} wajib diisi."))
    number = int(port.strip()) if port.strip().isdigit() else 0
    if not 1 <= number <= 65535:
        errors.append(
            ValidationError("port", "Port harus angka 1–65535; PostgreSQL biasanya 5432.")
        )
    if errors:
        raise ValidationErrors(errors)
    return ServerSettings(host.strip(), database.strip(), user.strip(), number)


# --- remembered in the data folder -------------------------------------------------------
def settings_file(data_dir: Path | None = None) -> Path:
    return (data_dir or paths.default_data_dir()) / SETTINGS_FILE


def load(data_dir: Path | None = None) -> ServerSettings | None:
    """The remembered server, or None (this PC keeps its database in a local file)."""
    path = settings_file(data_dir)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DatabaseError(
            f"Pengaturan server {path} tidak dapat dibaca ({exc.strerror or exc})."
        ) from exc
    try:
        raw = json.loads(text)
        return ServerSettings(
            host=str(raw["host"]),
            database=str(raw["database"]),
            user=str(raw["user"]),
            port=int(raw.get("port", DEFAULT_PORT)),
            driver=str(raw.get("driver", DRIVER)),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise DatabaseError(
            f"Pengaturan server {path} rusak ({exc}). Hapus berkas itu lalu jalankan "
            "`counterdesk --database-url postgresql+psycopg://pengguna@server/database` "
            "sekali, atau minta bantuan admin."
        ) from exc


def save(settings: ServerSettings, data_dir: Path | None = None) -> Path:
    """Remember ``settings`` (no password) for the next start."""
    from counterdesk.services.atomic_file import write_atomically

    path = settings_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(asdict(settings), indent=2, ensure_ascii=False) + "\n"
    write_atomically(path, text.encode("utf-8"))
    return path


def forget(data_dir: Path | None = None) -> None:
    with contextlib.suppress(FileNotFoundError):
        settings_file(data_dir).unlink()


# --- the password ------------------------------------------------------------------------
def keyring_password(settings: ServerSettings) -> str | None:
    """The password kept in the OS keyring, or None (none kept, or no keyring here)."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, settings.describe())
        except KeyringError:
            return None
    except Exception:  # a broken keyring backend must not stop the app
        log.warning("Keyring OS tidak dapat dibaca", exc_info=True)
        return None


def known_password(settings: ServerSettings) -> str | None:
    """``COUNTERDESK_DB_PASSWORD``, else the keyring's; None: ask the officer."""
    import os

    return os.environ.get(PASSWORD_ENV) or keyring_password(settings)


def keep_password(settings: ServerSettings, password: str) -> bool:
    """Keep ``password`` in the OS keyring; False when there is no keyring (the app will
    ask for it at each start)."""
    if not password:
        return False
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(KEYRING_SERVICE, settings.describe(), password)
        except KeyringError:
            return False
    except Exception:
        log.warning("Keyring OS tidak dapat ditulisi", exc_info=True)
        return False
    return True


def remember(settings: ServerSettings, password: str | None, data_dir: Path | None = None) -> str:
    """Save the settings (no password) and keep the password in the keyring if there is
    one; a sentence saying where each went."""
    path = save(settings, data_dir)
    in_keyring = bool(password) and keep_password(settings, password or "")
    where = (
        "kata sandinya di keyring sistem operasi"
        if in_keyring
        else f"kata sandinya tidak disimpan: ditanyakan saat mulai (atau isi {PASSWORD_ENV})"
    )
    return f"Koneksi server {settings.describe()} diingat di {path}; {where}."


# --- what is opened at start -------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class StartTarget:
    """A server to open: its settings, the password if known, whether to remember it."""

    settings: ServerSettings
    password: str | None
    remember: bool

    def url(self, password: str | None = None) -> str:
        return self.settings.url(password or self.password)


def start_target(
    database_url: str | None,
    *,
    demo: bool = False,
    data_dir: Path | None = None,
    look_up: bool = True,
) -> StartTarget | None:
    """The server to open, or None for a SQLite file (``database_url`` naming one, the
    demo, or a PC with no remembered server). A URL given is used as given (its password
    too) and remembered without the password; else the remembered server. ``look_up``:
    a password the URL lacks is looked up now (``known_password``); the app does it in
    ``open_server``, off the GUI thread (a keyring may take its time)."""
    if database_url:
        if not is_server_url(database_url):
            return None
        settings, password = from_url(database_url)
        if password is None and look_up:
            password = known_password(settings)
        return StartTarget(settings, password, remember=not demo)
    if demo:
        return None
    remembered = load(data_dir)
    if remembered is None:
        return None
    return StartTarget(remembered, known_password(remembered) if look_up else None, False)


# --- a failed connection, said plainly ---------------------------------------------------
class Problem(Enum):
    UNREACHABLE = "unreachable"  # no server there, switched off, network down
    PASSWORD_NEEDED = "password-needed"  # tried without one: the server wants it
    LOGIN = "login"  # wrong user or password
    NO_DATABASE = "no-database"
    OTHER = "other"


class ServerConnectionError(DatabaseError):
    """The office server could not be used; ``problem`` says why (a screen offers: try
    again, another password, other settings)."""

    def __init__(self, problem: Problem, message: str) -> None:
        super().__init__(message)
        self.problem = problem

    @property
    def needs_password(self) -> bool:
        """A (better) password would help: asked again rather than "Coba lagi"."""
        return self.problem in (Problem.LOGIN, Problem.PASSWORD_NEEDED)


_SIGNS: tuple[tuple[Problem, tuple[str, ...]], ...] = (
    (Problem.PASSWORD_NEEDED, ("no password supplied",)),
    (Problem.LOGIN, ("password authentication failed", "role ")),
    (Problem.NO_DATABASE, ("does not exist",)),
    (
        Problem.UNREACHABLE,
        (
            "connection refused",
            "timeout",
            "timed out",
            "resolve host",
            "translate host",
            "no route",
            "unreachable",
            "server closed the connection",
            "connection reset",
            "could not connect",
        ),
    ),
)


def explain(error: BaseException, settings: ServerSettings) -> ServerConnectionError:
    """What a failed connection to ``settings`` means for the officer, and what to do."""
    if isinstance(error, ServerConnectionError):
        return error
    detail = str(getattr(error, "orig", None) or error.__cause__ or error)
    lowered = detail.lower()
    problem = (
        Problem.UNREACHABLE  # lost while opening (e.g. during an upgrade)
        if isinstance(error, DatabaseUnavailable)
        else next(
            (kind for kind, signs in _SIGNS if any(sign in lowered for sign in signs)),
            Problem.OTHER,
        )
    )
    where = f"{settings.host}:{settings.port}"
    message = {
        Problem.UNREACHABLE: (
            f"Server database kantor {where} tidak dapat dihubungi. Periksa kabel/jaringan "
            "dan bahwa komputer server menyala, lalu coba lagi; atau periksa alamat dan "
            "port-nya bersama admin."
        ),
        Problem.PASSWORD_NEEDED: (
            f"Server {where} meminta kata sandi database untuk pengguna '{settings.user}'."
        ),
        Problem.LOGIN: (
            f"Server {where} menolak pengguna '{settings.user}' dengan kata sandi itu. "
            "Periksa nama pengguna dan kata sandi database (bukan kata sandi login "
            "CounterDesk), lalu coba lagi."
        ),
        Problem.NO_DATABASE: (
            f"Di server {where} tidak ada database '{settings.database}'. Periksa namanya, "
            "atau minta admin server membuatnya (CREATE DATABASE …), lalu coba lagi."
        ),
        Problem.OTHER: (
            f"Server database kantor {where} tidak dapat dipakai: {_hide_password(detail)}. "
            "Tunjukkan pesan ini kepada admin."
        ),
    }[problem]
    return ServerConnectionError(problem, message)


@dataclass(frozen=True, slots=True)
class ConnectionCheck:
    """The outcome of "Tes koneksi"."""

    ok: bool
    message: str
    problem: Problem | None = None
    office_name: str = ""  # the office already set up on that database, if any


def check_connection(settings: ServerSettings, password: str | None) -> ConnectionCheck:
    """Connect once (up to 5 s), change nothing, and say what was found. Blocks: run it
    off the GUI thread."""
    from sqlalchemy import create_engine, inspect, text
    from sqlalchemy.pool import NullPool

    from counterdesk.store.migrate import driver_missing

    try:
        engine = create_engine(
            settings.url(password),
            poolclass=NullPool,
            connect_args={"connect_timeout": CHECK_TIMEOUT_S},
        )
    except ModuleNotFoundError as exc:
        return ConnectionCheck(False, driver_missing(settings.driver, exc), Problem.OTHER)
    try:
        with engine.connect() as conn:
            office = ""
            if inspect(conn).has_table("office"):
                office = str(conn.execute(text("SELECT name FROM office")).scalar() or "")
    except Exception as exc:
        failure = explain(exc, settings)
        return ConnectionCheck(False, failure.message, failure.problem)
    finally:
        engine.dispose()
    found = (
        f"Database ini sudah berisi kantor '{office}': loket ini akan memakai datanya."
        if office
        else "Database ini masih kosong: kantor akan disiapkan di sana."
    )
    said = f"Koneksi berhasil ke {settings.describe()}. {found}"
    return ConnectionCheck(True, said, None, office)


def open_server(
    target: StartTarget,
    password: str | None = None,
    open_url: Callable[[str], Runtime] | None = None,
) -> Runtime:
    """The server's runtime (migrated if behind; ``open_url`` opens it, by default
    ``Runtime.open``); remembered when ``target.remember``. Without a password it is
    looked up (``known_password``), else tried without one. Raises
    ``ServerConnectionError``, said plainly. Blocks up to 5 s: off the GUI thread."""
    from counterdesk.services.runtime import Runtime

    password = password or target.password or known_password(target.settings)
    opener = open_url or (lambda url: Runtime.open(database_url=url))
    try:
        runtime = opener(target.settings.url(password))
    except DatabaseUnavailable as exc:
        raise explain(exc, target.settings) from exc
    except DatabaseError as exc:
        if exc.__cause__ is None or not _is_connection_failure(exc.__cause__):
            raise
        raise explain(exc.__cause__, target.settings) from exc
    if target.remember:
        log.info(remember(target.settings, password))
    return runtime


def _is_connection_failure(error: BaseException) -> bool:
    from sqlalchemy.exc import OperationalError

    return isinstance(error, OperationalError)
