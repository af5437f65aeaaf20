"""The payload inside a sync file: JSON lines, read and written one at a time.

1. the manifest: ``{"manifest": {...}}`` (counts per table, ``upto_seq``, acks,
   witnessed audit heads, this sender's audit head and proofs);
2. the blobs the rows refer to (photos, scans, attachments), before the rows, so a row
   never waits for its photo: ``{"blob": sha256, "mime": ..., "data": base64}``;
3. one line per row state in dependency order: ``{"t": table, "id": row id, "s": state}``.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

__all__ = [
    "BlobLine",
    "PayloadError",
    "RowLine",
    "blob_line",
    "lines_of",
    "manifest_line",
    "parse_line",
    "row_line",
]


class PayloadError(ValueError):
    """A signed file whose content this version cannot read."""


@dataclass(frozen=True, slots=True)
class RowLine:
    table: str
    row_id: str
    state: dict[str, Any]
    text: str = ""  # the state's JSON as it came, when it could be cut out of the line


@dataclass(frozen=True, slots=True)
class BlobLine:
    sha256: str
    mime: str
    data: bytes


def _dump(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n").encode()


def manifest_line(manifest: dict[str, Any]) -> bytes:
    return _dump({"manifest": manifest})


def blob_line(sha256: str, mime: str, data: bytes) -> bytes:
    return _dump({"blob": sha256, "mime": mime, "data": base64.b64encode(data).decode()})


def row_line(table: str, row_id: str, state_json: str) -> bytes:
    """A row line from the state's stored JSON text, without parsing it."""
    return f'{{"t":"{table}","id":"{row_id}","s":{state_json}}}\n'.encode()


def _state_text(line: str) -> str:
    """The state's JSON text of a line ``row_line`` wrote, without encoding it again."""
    start = line.find(',"s":')
    end = line.rfind("}")
    return line[start + 5 : end] if start > 0 and end > start else ""


def parse_line(line: bytes) -> RowLine | BlobLine | dict[str, Any]:
    """A row, a blob, or the manifest (a dict)."""
    try:
        text = line.decode()  # once, here: json.loads of bytes would guess the encoding
        item = json.loads(text)
        if "t" in item:
            return RowLine(str(item["t"]), str(item["id"]), item["s"], _state_text(text))
        if "blob" in item:
            data = base64.b64decode(item["data"], validate=True)
            if hashlib.sha256(data).hexdigest() != item["blob"]:
                raise PayloadError("blob hash")
            return BlobLine(str(item["blob"]), str(item["mime"]), data)
        manifest = item["manifest"]
        if not isinstance(manifest, dict):
            raise PayloadError("manifest")
        return manifest
    except (ValueError, KeyError, TypeError) as exc:
        raise PayloadError(str(exc)) from exc


def lines_of(stream: IO[bytes] | Iterable[bytes]) -> Iterator[bytes]:
    """Whole lines from a file or from chunks of any size."""
    pending = bytearray()
    for chunk in stream:
        start = len(pending) - 1 if pending else 0
        pending += chunk
        if pending.find(b"\n", max(start, 0)) < 0:
            continue
        *complete, rest = bytes(pending).split(b"\n")
        yield from (line for line in complete if line)
        pending = bytearray(rest)
    if pending:
        yield bytes(pending)
