"""Reading a sync file before anything is written: the header checks (each refusal with
its own sentence), decryption to a staging file, and reading the staged lines back.

The order is SYNC.md's: office, sender in the roster and not revoked, addressed to this
site, schema range, not from the future, not older than what was applied; the signature
(``container.verify``) comes next, then decryption to staging; nothing touches the
database's data until all of it passed.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from counterdesk.domain.hlc import DAY_MS, Hlc
from counterdesk.sync import container
from counterdesk.sync.container import NotAddressed, SyncFileError
from counterdesk.sync.payload import BlobLine, PayloadError, RowLine, parse_line

__all__ = [
    "FromTheFuture",
    "NewerSchema",
    "OlderThanApplied",
    "OtherOffice",
    "OwnFile",
    "RevokedSender",
    "Sender",
    "UnknownSender",
    "UnreadablePayload",
    "check_header",
    "clear_stale_staging",
    "discard_staging",
    "read_staged",
    "stage",
]

STALE_AFTER_S = 3600
"""A staging file left this long untouched belongs to no running import: an import stages
its file in seconds and then only reads it (100,000 rows apply in seconds)."""

_staging_in_use: set[Path] = set()  # staged by an import running in this process
_staging_lock = threading.Lock()


class OtherOffice(SyncFileError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path.name} berasal dari kantor lain, bukan kantor ini. Berkas tidak diimpor; "
            "pastikan berkas itu dari loket di kantor yang sama."
        )


class UnknownSender(SyncFileError):
    security = True

    def __init__(self, path: Path, code: str) -> None:
        super().__init__(
            f"{path.name} dikirim oleh loket {code} yang tidak ada di roster kantor ini. "
            "Berkas ditolak; impor roster terbaru dulu (Admin › Sinkronisasi › Impor "
            "roster…), lalu impor berkas ini lagi."
        )


class RevokedSender(SyncFileError):
    security = True

    def __init__(self, path: Path, code: str) -> None:
        super().__init__(
            f"Loket {code} sudah dicabut dari roster, jadi {path.name} ditolak. Hubungi "
            "admin bila loket itu masih dipakai."
        )


class OwnFile(SyncFileError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path.name} dibuat oleh loket ini sendiri; tidak ada yang perlu diimpor. "
            "Impor berkas dari loket lain."
        )


class NewerSchema(SyncFileError):
    def __init__(self, path: Path, version: str) -> None:
        super().__init__(
            f"{path.name} dibuat oleh CounterDesk yang lebih baru. Perbarui aplikasi ke "
            f"versi ≥ {version}, lalu impor berkas ini lagi."
        )


class FromTheFuture(SyncFileError):
    security = True

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path.name} bertanggal lebih dari 24 jam di masa depan: jam komputer "
            "pengirim atau komputer ini salah. Berkas ditolak dan dicatat di log audit; "
            "betulkan tanggal dan jam, lalu minta pengirim mengekspor ulang."
        )


class OlderThanApplied(SyncFileError):
    def __init__(self, path: Path, code: str, number: int, last: int) -> None:
        super().__init__(
            f"{path.name} (ekspor ke-{number} dari loket {code}) sudah diimpor atau lebih "
            f"lama dari berkas yang sudah diterapkan (ekspor ke-{last}); tidak ada yang "
            f"diubah. Impor berkas terbaru dari loket {code}."
        )


class UnreadablePayload(SyncFileError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Isi {path.name} tidak dapat dibaca oleh versi aplikasi ini. Tidak ada yang "
            "diubah; perbarui aplikasi atau minta pengirim mengekspor ulang."
        )


@dataclass(frozen=True, slots=True)
class Sender:
    site_id: str
    code: str
    signing_public: bytes
    revoked: bool


def check_header(
    path: Path,
    header: Mapping[str, Any],
    *,
    office_uid: str,
    here: tuple[str, str],  # (site id, code)
    sender: Sender | None,
    last_export_number: int,
    resuming: bool,
    known_schemas: set[str],
    now_ms: int,
) -> None:
    """Raise the refusal for the first check the header fails."""
    if header.get("office_uid") != office_uid:
        raise OtherOffice(path)
    code = str(header.get("sender_code", "?"))
    if header.get("sender") == here[0]:
        raise OwnFile(path)
    if sender is None:
        raise UnknownSender(path, code)
    if sender.revoked:
        raise RevokedSender(path, sender.code)
    stanzas = header.get("recipients") or []
    if not any(s.get("site") == here[0] for s in stanzas):
        raise NotAddressed(path, [str(s.get("code", "?")) for s in stanzas], here[1])
    if str(header.get("min_schema")) not in known_schemas:
        raise NewerSchema(path, str(header.get("app_version", "terbaru")))
    try:
        created = Hlc.parse(str(header.get("created_hlc")))
    except ValueError as exc:
        raise UnreadablePayload(path) from exc
    if created.wall_ms - now_ms > DAY_MS:
        raise FromTheFuture(path)
    number = int(header.get("export_number", 0))
    if not resuming and number <= last_export_number:
        raise OlderThanApplied(path, sender.code, number, last_export_number)


def clear_stale_staging(current: Path, *, now: float | None = None) -> list[Path]:
    """Delete the staging files an earlier, killed import left beside ``current`` (they
    hold decrypted personal data); return them. Kept: ``current``, a file staged by an
    import running in this process, and one written in the last ``STALE_AFTER_S``
    (another window's import in progress). On Windows a file another process has open
    cannot be deleted and is kept too."""
    folder = current.parent
    if not folder.is_dir():
        return []
    cutoff = (time.time() if now is None else now) - STALE_AFTER_S
    with _staging_lock:
        busy = set(_staging_in_use)
    removed: list[Path] = []
    for leftover in folder.glob("*.jsonl"):
        if leftover == current or leftover in busy:
            continue
        try:
            if leftover.stat().st_mtime >= cutoff:
                continue
            leftover.unlink()
        except OSError:  # gone meanwhile, or open in another process (Windows)
            continue
        removed.append(leftover)
    return removed


def stage(path: Path, here: tuple[str, str], private: X25519PrivateKey, staging: Path) -> None:
    """Decrypt the payload to ``staging``; on any failure the staging file is removed.
    The file counts as in use until ``discard_staging``."""
    staging.parent.mkdir(parents=True, exist_ok=True)
    with _staging_lock:
        _staging_in_use.add(staging)
    try:
        with staging.open("wb") as out:
            for chunk in container.decrypt(path, here[0], here[1], private):
                out.write(chunk)
    except BaseException:
        discard_staging(staging)
        raise


def discard_staging(staging: Path) -> None:
    """The import is over (done, refused, cancelled or failed): its staging file goes."""
    staging.unlink(missing_ok=True)
    with _staging_lock:
        _staging_in_use.discard(staging)


@contextlib.contextmanager
def read_staged(
    path: Path, staging: Path
) -> Iterator[tuple[dict[str, Any], Iterator[RowLine | BlobLine]]]:
    """The manifest and then the staged lines, one at a time."""
    with staging.open("rb") as stream:
        first = stream.readline()
        try:
            manifest = parse_line(first)
        except PayloadError as exc:
            raise UnreadablePayload(path) from exc
        if not isinstance(manifest, dict):
            raise UnreadablePayload(path)
        yield manifest, _items(path, stream)


def _items(path: Path, stream: IO[bytes]) -> Iterator[RowLine | BlobLine]:
    for line in stream:
        try:
            item = parse_line(line)
        except PayloadError as exc:
            raise UnreadablePayload(path) from exc
        if isinstance(item, dict):
            raise UnreadablePayload(path)
        yield item
