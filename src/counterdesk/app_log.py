"""The application log: ``<data dir>/logs/counterdesk.log``, rotating, one line a record.

Qt-free, so the CLI, the services and the GUI share it. Every line carries the time (ISO,
with the offset), the level, the logger, the signed-in user, this counter's code and the
action under way; errors carry their traceback. What an officer typed can reach a log
through an exception message, so a redaction filter on the handler masks passwords, an
argon2 hash, private key material and a full NIK in the message, its arguments and the
formatted traceback before anything is written.

Modules log with ``logging.getLogger(__name__)`` (all under ``counterdesk``); ``setup``
is called once by ``cli.main``. When the data folder cannot be written the log goes to
stderr instead (the start-up checks say what is wrong with the folder).
"""

from __future__ import annotations

import contextvars
import logging
import logging.handlers
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TextIO

ROOT_LOGGER = "counterdesk"
LOG_FILE_NAME = "counterdesk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
MASK = "[disamarkan]"

_user: str = "-"  # one desk per process: the signed-in user and this counter's code
_counter: str = "-"
_action: contextvars.ContextVar[str] = contextvars.ContextVar("counterdesk_action", default="-")
_log_path: Path | None = None

# --- redaction -------------------------------------------------------------------------
_SECRET_NAMES = (
    r"password|passwd|pwd|passphrase|sandi|kata_sandi|katasandi|new_password|old_password"
    r"|password_hash|token|secret|rahasia|api_key|private_key|signing_private"
    r"|exchange_private|private"
)
_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (  # PEM private keys, whole block
        re.compile(
            r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----.*?-----END [A-Z0-9 ]*PRIVATE KEY-----",
            re.DOTALL,
        ),
        "[kunci privat disamarkan]",
    ),
    (re.compile(r"\$argon2(?:id|i|d)\$(?!\[disamarkan\])[^\s'\")\]}]*"), "$argon2id$" + MASK),
    (  # name=value, name: value, 'name': 'value', name="value"
        re.compile(
            rf"(?i)(?P<key>['\"]?\b(?:{_SECRET_NAMES})\b['\"]?\s*[=:]\s*)"
            r"(?P<value>b?'[^']*'|b?\"[^\"]*\"|(?!\[disamarkan\])[^\s,;)\]}'\"]+)"
        ),
        rf"\g<key>{MASK}",
    ),
    (re.compile(r"(://[^:/\s@]+:)[^@\s]+@"), rf"\1{MASK}@"),  # a database URL's password
    (  # a raw 32-byte key in base64 (how the site's private keys are stored)
        re.compile(r"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{43}=(?![A-Za-z0-9+/=])"),
        MASK,
    ),
    (  # SQLAlchemy repeats a failed statement's parameters: applicants' personal data
        re.compile(r"\[parameters: .*?\](?=\n|$|\s*\(Background)", re.DOTALL),
        f"[parameters: {MASK}]",
    ),
    (re.compile(r"(?<!\d)(\d{4})\d{8}(\d{4})(?!\d)"), r"\1********\2"),  # NIK: 16 digits
)


def redact(text: str) -> str:
    """``text`` without passwords, argon2 hashes, private keys or a full NIK."""
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites the record in place: the message with its arguments, the traceback and
    the stack, each redacted, so no handler or formatter sees the raw text."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class _ContextFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.user = _user
        record.counter = _counter
        record.action = _action.get()
        return True


class _Formatter(logging.Formatter):
    """One line a record (a traceback follows on its own lines), ISO time with offset;
    the whole text is redacted once more on the way out."""

    def __init__(self) -> None:
        super().__init__(
            "%(asctime)s %(levelname)s %(name)s [pengguna=%(user)s loket=%(counter)s "
            "aksi=%(action)s] %(message)s"
        )

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        return datetime.fromtimestamp(record.created).astimezone().isoformat("T", "milliseconds")

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


# --- context -----------------------------------------------------------------------------
def set_user(username: str | None, counter_code: str | None = None) -> None:
    """Who is signed in (None: nobody) and, when known, this counter's code."""
    global _user, _counter
    _user = username or "-"
    if counter_code is not None:
        _counter = counter_code or "-"


@contextmanager
def action(name: str) -> Iterator[None]:
    """Name what is being done for the lines logged inside (this thread/context)."""
    token = _action.set(name)
    try:
        yield
    finally:
        _action.reset(token)


# --- set-up ------------------------------------------------------------------------------
def log_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


def log_path() -> Path | None:
    """The file being written, or None when the log goes to stderr."""
    return _log_path


def where() -> str:
    """The log's place in words, for a message to the user."""
    return str(_log_path) if _log_path is not None else "keluaran galat (stderr)"


def _our_handlers(logger: logging.Logger) -> list[logging.Handler]:
    return [h for h in logger.handlers if getattr(h, "_counterdesk", False)]


def setup(data_dir: Path, *, stream: TextIO | None = None) -> Path | None:
    """Log to ``<data_dir>/logs/counterdesk.log`` (rotating, 1 MB x 5, UTF-8); if the
    folder cannot be created or written, to ``stream`` (stderr). Calling it again moves the
    log (a test, another --data-dir). Returns the file, or None for stderr."""
    global _log_path
    logger = logging.getLogger(ROOT_LOGGER)
    for old in _our_handlers(logger):
        logger.removeHandler(old)
        old.close()
    handler: logging.Handler
    try:
        folder = log_dir(data_dir)
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE_NAME, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
        _log_path = folder / LOG_FILE_NAME
    except OSError:
        handler = logging.StreamHandler(stream or sys.stderr)
        _log_path = None
    handler.setLevel(logging.INFO)
    handler.addFilter(_ContextFilter())
    handler.addFilter(RedactingFilter())
    handler.setFormatter(_Formatter())
    setattr(handler, "_counterdesk", True)  # noqa: B010 - marks our handler
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return _log_path


def shutdown() -> None:
    """Close the log's handler (tests; the end of the app)."""
    global _log_path
    logger = logging.getLogger(ROOT_LOGGER)
    for old in _our_handlers(logger):
        logger.removeHandler(old)
        old.close()
    _log_path = None
