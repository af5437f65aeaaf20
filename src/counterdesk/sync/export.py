"""Writing a sync file: the rows above the recipients' watermark, sealed and checked.

The payload streams straight from ``sync_row`` (each state's stored JSON text goes into
its line unparsed) and the blob table, so memory stays flat. The file is written under a
temporary name, synced to disk, renamed, read back and its signature checked; anything
that fails (or a cancel) removes the temporary file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from counterdesk.store.raw import RawConnection, is_sqlite
from counterdesk.sync import container
from counterdesk.sync.container import Recipient
from counterdesk.sync.payload import blob_line, manifest_line, row_line
from counterdesk.sync.tables import TABLE_ORDER, table_info

__all__ = ["ExportCancelled", "Written", "count_rows", "write_file"]

Progress = Callable[[int, int], None]


class ExportCancelled(Exception):
    """The officer cancelled; the temporary file is gone."""


@dataclass(frozen=True, slots=True)
class Written:
    sha256: str
    rows: int
    blobs: int
    by_table: tuple[tuple[str, int], ...]
    bytes: int


def count_rows(db: RawConnection, since: int) -> dict[str, int]:
    counts = dict(
        db.execute(
            "SELECT table_name, count(*) FROM sync_row WHERE seq > ? GROUP BY table_name",
            (since,),
        ).fetchall()
    )
    return {t: int(counts[t]) for t in TABLE_ORDER if counts.get(t)}


def _blob_hashes(db: RawConnection, since: int) -> list[str]:
    """The blobs the sent rows refer to (as this copy of each row has them)."""
    found: set[str] = set()
    for table in TABLE_ORDER:
        info = table_info(table)
        for fk in info.foreign_keys:
            if fk.target != "blob":
                continue
            # SQLite: the join order forced (CROSS JOIN), ids stored as 32 hex digits;
            # a server: a plain join on its uuid column.
            join, key = (
                ("CROSS JOIN", "replace(s.row_id, '-', '')")
                if is_sqlite(db)
                else ("JOIN", "CAST(s.row_id AS uuid)")
            )
            found.update(
                h for (h,) in db.execute(
                    f"SELECT t.{fk.column} FROM sync_row AS s {join} {table} AS t "
                    f"ON t.id = {key} WHERE s.table_name = ? "
                    f"AND s.seq > ? AND t.{fk.column} IS NOT NULL",
                    (table, since),
                )
            )  # fmt: skip
    return sorted(found)


def _payload(
    db: RawConnection,
    since: int,
    manifest: Mapping[str, Any],
    blobs: Sequence[str],
    total: int,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> Iterator[bytes]:
    yield manifest_line(dict(manifest))
    for sha in blobs:
        row = db.execute("SELECT mime, data FROM blob WHERE sha256 = ?", (sha,)).fetchone()
        if row is not None:
            yield blob_line(sha, str(row[0]), bytes(row[1]))
    done = 0
    parts: list[bytes] = []
    for table in TABLE_ORDER:
        cursor = db.execute(
            "SELECT row_id, state FROM sync_row WHERE table_name = ? AND seq > ? ORDER BY seq",
            (table, since),
        )
        while batch := cursor.fetchmany(2_000):
            parts = [row_line(table, row_id, state) for row_id, state in batch]
            yield b"".join(parts)
            done += len(batch)
            if progress is not None:
                progress(done, total)
            if cancelled is not None and cancelled():
                raise ExportCancelled()


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open a directory; its rename is already durable enough
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_file(
    db: RawConnection,
    path: Path,
    *,
    since: int,
    header: Mapping[str, Any],
    manifest: Mapping[str, Any],
    recipients: Sequence[Recipient],
    signing_key: Ed25519PrivateKey,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Written:
    counts = count_rows(db, since)
    blobs = _blob_hashes(db, since)
    total = sum(counts.values())
    full_manifest = {**manifest, "rows": counts, "blobs": len(blobs)}
    temporary = path.with_name(path.name + ".tmp")
    try:
        sha = container.write(
            temporary,
            header,
            _payload(db, since, full_manifest, blobs, total, progress, cancelled),
            recipients=recipients,
            signing_key=signing_key,
        )
        os.replace(temporary, path)
        _fsync_dir(path.parent)
    finally:
        temporary.unlink(missing_ok=True)
    public = container.raw_public(signing_key.public_key())
    if container.verify(path, public) != sha:
        path.unlink(missing_ok=True)
        raise container.Tampered(path)
    return Written(sha, total, len(blobs), tuple(counts.items()), path.stat().st_size)
