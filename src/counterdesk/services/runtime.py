"""The open application: where the database is, which site this is, the HLC clock.

The GUI and the CLI each hold one ``Runtime`` and run every use case inside
``runtime.unit(actor)``: one transaction, with the change log attached.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from counterdesk import paths
from counterdesk.domain.errors import AuthenticationError, DatabaseBusy, DatabaseUnavailable
from counterdesk.domain.hlc import Hlc, HlcClock
from counterdesk.services import accounts, setup
from counterdesk.services.context import SYSTEM, Actor
from counterdesk.store.changelog import ChangeContext, attach_change_context, highest_stamp
from counterdesk.store.engine import DATABASE_FILE, DURABLE, READ, WRITE, is_busy, is_disconnect
from counterdesk.store.migrate import Database, daily_backup, open_sqlite, open_url
from counterdesk.sync import state as _sync_state  # noqa: F401  (folds each write as saved)

DEMO_FILE = "counterdesk-demo.sqlite3"


def database_path(data_dir: Path | None = None, *, demo: bool = False) -> Path:
    base = data_dir or paths.default_data_dir()
    return base / "demo" / DEMO_FILE if demo else base / DATABASE_FILE


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass
class Runtime:
    db: Database
    demo: bool = False
    _clock: HlcClock | None = field(default=None, repr=False)
    _site_id: str = ""
    clock_ms: Callable[[], int] = field(default=_now_ms, repr=False)
    """The wall clock of the HLC (a test sets it back to play a PC with a wrong clock)."""
    _clock_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _writing: threading.local = field(default_factory=threading.local, repr=False)

    @classmethod
    def open(
        cls,
        *,
        data_dir: Path | None = None,
        database_url: str | None = None,
        database_file: Path | None = None,
        demo: bool = False,
    ) -> Runtime:
        if database_url:
            db = open_url(database_url)
        else:
            db = open_sqlite(database_file or database_path(data_dir, demo=demo))
        logging.getLogger(__name__).info("Database dibuka: %s", db.path or database_url)
        return cls(db=db, demo=demo)

    def close(self) -> None:
        self.db.dispose()

    def daily_backup(self, from_copy: Path | None = None) -> Path | None:
        """Today's copy of a SQLite database, if none was made yet (a server database
        has the server's own backups). Slow for a large file: call it off the GUI thread.
        ``from_copy``: a copy just made (before an import) serves as the day's copy."""
        if self.db.path is None:
            return None
        return daily_backup(self.db.path, from_copy=from_copy)

    # --- identity of this installation ---------------------------------------------------
    @property
    def site_id(self) -> str:
        if not self._site_id:
            with self._session(READ) as session:
                self._site_id = str(setup.local_site(session).id)
        return self._site_id

    def _hlc(self) -> HlcClock:
        with self._clock_lock:  # a worker thread may stamp first
            if self._clock is None:
                self._clock = HlcClock(self.site_id, self.clock_ms)
            return self._clock

    def _stamper(self, session: Session) -> Callable[[], str]:
        """The stamps of one writing unit. Before its first stamp the clock is moved past
        the highest stamp stored, read under the unit's write lock: so stamps keep rising
        after a restart with the PC clock set back, and across two windows (two clocks)
        on one database."""
        clock = self._hlc()
        caught_up = False

        def stamp() -> str:
            nonlocal caught_up
            if not caught_up:
                stored = highest_stamp(session.connection())
                if stored:
                    clock.witness(Hlc.parse(stored))
                caught_up = True
            return clock.now().to_str()

        return stamp

    def reset_identity(self) -> None:
        """Forget the cached site and clock (after the database was emptied)."""
        self._site_id = ""
        self._clock = None

    def is_initialized(self) -> bool:
        with self._session(READ) as session:
            return setup.is_initialized(session)

    # --- units of work ------------------------------------------------------------------
    @contextmanager
    def _session(self, mode: Mapping[str, str]) -> Iterator[Session]:
        """A session whose transaction is begun at once in ``mode`` (``engine.WRITE``:
        SQLite's write lock is taken here, waiting up to the busy timeout). A lock not
        obtained in time becomes ``DatabaseBusy`` instead of a raw driver error."""
        try:
            with self.db.session_factory() as session:
                session.connection(execution_options=dict(mode))
                yield session
        except Exception as exc:
            if is_busy(exc):
                raise DatabaseBusy() from exc
            if is_disconnect(exc):
                raise DatabaseUnavailable() from exc
            raise

    @contextmanager
    def unit(self, actor: Actor = SYSTEM, *, durable: bool = False) -> Iterator[Session]:
        """One writing transaction: commit on success, roll back on any error — except an
        error marked ``keep_writes`` (a refusal that must stay audited), which commits
        first. The write lock is taken up front (``BEGIN IMMEDIATE`` on SQLite), so what
        the unit reads (the next number, the audit chain's head) no other process can
        change before it commits. ``durable``: the commit is synced to disk
        (``synchronous=FULL``), for imports whose "tersimpan" must survive a power cut."""
        if getattr(self._writing, "active", False):
            # It would wait for the write lock this very thread holds, then fail as "busy".
            raise RuntimeError(
                "runtime.unit() inside another runtime.unit() of the same thread: read "
                "with runtime.read(), or pass the outer unit's session on"
            )
        site_id = self.site_id if self._site_id or self.is_initialized() else ""
        with self._session(DURABLE if durable else WRITE) as session:
            transaction = session.get_transaction()
            assert transaction is not None
            self._writing.active = True
            try:
                if site_id:
                    attach_change_context(
                        session, ChangeContext(site_id, self._stamper(session), actor.username)
                    )
                yield session
            except BaseException as exc:
                if getattr(exc, "keep_writes", False) and transaction.is_active:
                    transaction.commit()
                elif transaction.is_active:
                    transaction.rollback()
                raise
            else:
                transaction.commit()
            finally:
                self._writing.active = False

    @contextmanager
    def read(self, actor: Actor = SYSTEM) -> Iterator[Session]:
        """A read-only unit: a consistent snapshot, no write lock taken (``BEGIN
        DEFERRED``; in WAL mode a reader never waits for a writer), rolled back at the
        end. Screens load their data through it; anything that writes uses ``unit``."""
        del actor  # reads are not audited; the parameter keeps call sites uniform
        with self._session(READ) as session:
            try:
                yield session
            finally:
                session.rollback()

    def login(self, username: str, password: str) -> Actor:
        """Log in; a failure is committed (counted) before it is raised."""
        with self.unit() as session:
            outcome = accounts.authenticate(session, username, password)
            result = (
                outcome if isinstance(outcome, AuthenticationError) else accounts.actor_for(outcome)
            )
        if isinstance(result, AuthenticationError):
            raise result
        return result

    def confirm_password(self, actor: Actor, password: str) -> None:
        """Check the acting user's password; a failure is committed before it is raised."""
        with self.unit(actor) as session:
            user = accounts.get_user(session, actor.user_id) if actor.user_id else None
            outcome = (
                accounts.authenticate(session, user.username, password, password_only=True)
                if user
                else AuthenticationError("Masuk terlebih dahulu.")
            )
        if isinstance(outcome, AuthenticationError):
            raise outcome
