"""The open application: where the database is, which site this is, the HLC clock.

The GUI and the CLI each hold one ``Runtime`` and run every use case inside
``runtime.unit(actor)``: one transaction, with the change log attached.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from counterdesk import paths
from counterdesk.domain.errors import AuthenticationError
from counterdesk.domain.hlc import HlcClock
from counterdesk.services import accounts, setup
from counterdesk.services.context import SYSTEM, Actor
from counterdesk.store.changelog import ChangeContext, attach_change_context
from counterdesk.store.engine import DATABASE_FILE
from counterdesk.store.migrate import Database, open_sqlite, open_url

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
        return cls(db=db, demo=demo)

    def close(self) -> None:
        self.db.dispose()

    # --- identity of this installation ---------------------------------------------------
    @property
    def site_id(self) -> str:
        if not self._site_id:
            with self.db.session_factory() as session:
                self._site_id = str(setup.local_site(session).id)
        return self._site_id

    def _stamp(self) -> str:
        if self._clock is None:
            self._clock = HlcClock(self.site_id, _now_ms)
        return self._clock.now().to_str()

    def reset_identity(self) -> None:
        """Forget the cached site and clock (after the database was emptied)."""
        self._site_id = ""
        self._clock = None

    def is_initialized(self) -> bool:
        with self.db.session_factory() as session:
            return setup.is_initialized(session)

    # --- units of work ------------------------------------------------------------------
    @contextmanager
    def unit(self, actor: Actor = SYSTEM) -> Iterator[Session]:
        """One transaction: commit on success, roll back on any error — except an error
        marked ``keep_writes`` (a refusal that must stay audited), which commits first."""
        with self.db.session_factory() as session:
            transaction = session.begin()
            try:
                if self._site_id or self.is_initialized():
                    attach_change_context(
                        session, ChangeContext(self.site_id, self._stamp, actor.username)
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

    @contextmanager
    def read(self, actor: Actor = SYSTEM) -> Iterator[Session]:
        """A read-only unit: a consistent snapshot, no write lock taken, rolled back at the
        end. Screens load their data through it; anything that writes uses ``unit``."""
        del actor  # reads are not audited; the parameter keeps call sites uniform
        with self.db.session_factory() as session, session.begin():
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
                accounts.authenticate(session, user.username, password)
                if user
                else AuthenticationError("Masuk terlebih dahulu.")
            )
        if isinstance(outcome, AuthenticationError):
            raise outcome
