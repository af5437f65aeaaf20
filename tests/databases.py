"""Where a test's database lives: a SQLite file in its temp folder, or — when
``COUNTERDESK_TEST_DATABASE_URL`` names a PostgreSQL server — a fresh database on it.

On the server each test gets its own database, created from a template that was
migrated once per test process (``CREATE DATABASE … TEMPLATE``, ~30 ms instead of
running every migration again), and dropped when the test ends. The URL's user needs
the CREATEDB right; the URL's own database is only used to create and drop the others.

Tests about what only exists on SQLite (the file, its backups, its pragmas, killing a
process mid-write on it) carry ``@pytest.mark.sqlite_only`` and are skipped on a server.
"""

from __future__ import annotations

import itertools
import os
import time
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from counterdesk.services.runtime import Runtime

URL_VARIABLE = "COUNTERDESK_TEST_DATABASE_URL"
_numbers = itertools.count(1)
_template: str | None = None


def server_url() -> str:
    """The server the tests run against, or "" for SQLite files."""
    return os.environ.get(URL_VARIABLE, "").strip()


def on_server() -> bool:
    return bool(server_url())


def _admin(sql: str) -> None:
    """Run CREATE/DROP DATABASE on the URL's own database (outside a transaction)."""
    engine = create_engine(server_url(), isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with engine.connect() as conn:
            conn.execute(text(sql))
    finally:
        engine.dispose()


def _name(kind: str) -> str:
    return f"cdtest_{os.getpid()}_{kind}"


def _template_database() -> str:
    """This process's migrated template (made on first use, dropped at exit)."""
    global _template
    if _template is None:
        name = _name("template")
        _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        _admin(f'CREATE DATABASE "{name}"')
        Runtime.open(database_url=url_of(name)).close()  # every migration, once
        _template = name
    return _template


def url_of(database: str) -> str:
    return make_url(server_url()).set(database=database).render_as_string(hide_password=False)


def new_database() -> str:
    """A fresh, migrated, empty server database; its URL."""
    name = _name(str(next(_numbers)))
    _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _admin(f'CREATE DATABASE "{name}" TEMPLATE "{_template_database()}"')
    return url_of(name)


def copy_database(url: str) -> str:
    """A new server database copied from ``url``'s (no one may be connected to it); its URL."""
    name = _name(str(next(_numbers)))
    _admin(f'CREATE DATABASE "{name}" TEMPLATE "{make_url(url).database}"')
    return url_of(name)


def drop_database(url: str) -> None:
    """Drop a test's database. A server process still in it that this user may not end
    (an autovacuum worker) makes the drop fail: tried again, then left for the server —
    a leftover test database fails no test."""
    for attempt in range(5):
        try:
            _admin(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')
            return
        except DBAPIError:
            time.sleep(0.2 * (attempt + 1))


_demo_databases: dict[Path, str] = {}


def demo_database(data_dir: Path) -> str:
    """The server database standing for ``data_dir``'s demo database (one per folder,
    made on first use, dropped at the end of the run)."""
    if data_dir not in _demo_databases:
        _demo_databases[data_dir] = new_database()
    return _demo_databases[data_dir]


def drop_all() -> None:
    """The end of the run: the demo databases and the template go."""
    for url in _demo_databases.values():
        drop_database(url)
    _demo_databases.clear()
    drop_template()


def drop_template() -> None:
    global _template
    if _template is not None:
        _admin(f'DROP DATABASE IF EXISTS "{_template}" WITH (FORCE)')
        _template = None


def open_runtime(sqlite_file: Path) -> Runtime:
    """A runtime on a new database: ``sqlite_file`` on SQLite, a fresh server database
    when the tests run on a server (closed by ``close_runtime``, which drops it)."""
    if on_server():
        return Runtime.open(database_url=new_database())
    return Runtime.open(database_file=sqlite_file)


def close_runtime(runtime: Runtime) -> None:
    runtime.close()
    if runtime.db.path is None and on_server():
        drop_database(runtime.db.url)


def another_window(runtime: Runtime) -> Runtime:
    """A second Runtime (its own engine and connections) on ``runtime``'s database, as
    another window, another process or another counter of the office would open it."""
    if runtime.db.path is not None:
        return Runtime.open(database_file=runtime.db.path)
    return Runtime.open(database_url=runtime.db.url)
