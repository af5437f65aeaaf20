"""Write a whole file so that a reader (or a power cut) sees the old file or the new one,
never half of it: a temporary name beside the target, fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

from counterdesk.domain.errors import ValidationError


def temporary_name(path: Path) -> Path:
    """A hidden name in the target's folder (a rename across disks is not atomic)."""
    return path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.tmp")


def write_atomically(path: Path, data: bytes) -> None:
    """``data`` as the file ``path``; on any failure nothing is left behind and the
    error says what to do."""
    temporary = temporary_name(path)
    try:
        with temporary.open("wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
        sync_folder(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise ValidationError(
            "out",
            f"Berkas {path} tidak dapat ditulis ({exc.strerror or exc}). Periksa bahwa "
            "foldernya ada, boleh ditulisi dan masih ada ruang kosong, lalu coba lagi.",
        ) from exc


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no folder handles)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
