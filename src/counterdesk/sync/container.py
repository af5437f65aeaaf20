"""The sync file (``.cdx``): encrypted to its recipients, in chunks, signed by the sender.

Layout (all lengths big-endian)::

    MAGIC | u32 header length | header (canonical JSON)
          | chunk* (u32 length | ChaCha20-Poly1305 ciphertext)
          | SIGN_MARK | Ed25519 signature (64 bytes)

- A random 32-byte *file key* is wrapped for each recipient as age does: an ephemeral
  X25519 key agrees a secret with the recipient's X25519 key, HKDF-SHA256 (salt: both
  public keys) turns it into a wrapping key, and ChaCha20-Poly1305 seals the file key.
- The payload key is HKDF(file key, salt: a random 16-byte nonce in the header). The
  payload is sealed in chunks of ``CHUNK`` bytes; chunk *i* has the nonce
  ``i (11 bytes) | last flag (1 byte)`` and the header's hash as associated data, so
  a reordered, dropped, duplicated or trailing chunk fails, and a file cut after a
  chunk is missing its last flag: truncation is always detected.
- Encrypt-then-sign: the signature covers every byte before it, so a changed byte is
  named before anything is decrypted (the receiver checks it with the key the roster
  holds for the sender).

Reading and writing stream: memory stays flat whatever the size of the file.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

__all__ = [
    "CHUNK",
    "FORMAT",
    "NotASyncFile",
    "NotAddressed",
    "Recipient",
    "SyncFileError",
    "Tampered",
    "Truncated",
    "decrypt",
    "raw_public",
    "read_header",
    "verify",
    "write",
]

MAGIC = b"CDXSYNC1"
SIGN_MARK = b"SIGN"
FORMAT = 1
CHUNK = 64 * 1024
_TAG = 16
_SIG = 64
_MAX_HEADER = 1 << 20
_WRAP_INFO = b"counterdesk-sync/v1/x25519"
_PAYLOAD_INFO = b"counterdesk-sync/v1/payload"
_SIGN_CONTEXT = b"counterdesk-sync/v1/signature"


class SyncFileError(ValueError):
    """A sync file that cannot be used; ``str()`` is the sentence for the officer."""


class NotASyncFile(SyncFileError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path.name} bukan berkas sinkronisasi CounterDesk (.cdx). Pilih berkas yang "
            "dibuat dengan Admin › Sinkronisasi › Ekspor atau `counterdesk sync export`."
        )


class Truncated(SyncFileError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Salinan {path.name} tidak lengkap (terpotong). Salin ulang berkas itu dari "
            "pengirim (mis. dari flashdisk ke komputer, bukan langsung dibuka dari flashdisk)."
        )


class Tampered(SyncFileError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path.name} telah berubah sejak ditandatangani pengirim (rusak atau diubah). "
            "Berkas ditolak dan dicatat di log audit; minta pengirim mengekspor ulang."
        )


class NotAddressed(SyncFileError):
    def __init__(self, path: Path, intended: Sequence[str], here: str) -> None:
        self.intended = tuple(intended)
        names = ", ".join(intended) or "(tidak ada)"
        super().__init__(
            f"{path.name} ditujukan untuk loket {names}, bukan loket ini ({here}). "
            "Minta pengirim mengekspor untuk loket ini."
        )


@dataclass(frozen=True, slots=True)
class Recipient:
    site: str  # site UUID
    code: str  # counter code, for messages
    exchange_public: bytes  # raw X25519 public key (32 bytes)


def raw_public(key: X25519PublicKey | Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode(), validate=True)


def _hkdf(secret: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


def _wrap(file_key: bytes, recipient: Recipient) -> dict[str, str]:
    ephemeral = X25519PrivateKey.generate()
    share = raw_public(ephemeral.public_key())
    secret = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.exchange_public))
    key = _hkdf(secret, share + recipient.exchange_public, _WRAP_INFO)
    sealed = ChaCha20Poly1305(key).encrypt(bytes(12), file_key, None)
    return {"site": recipient.site, "code": recipient.code, "share": _b64(share),
            "key": _b64(sealed)}  # fmt: skip


def _unwrap(stanza: Mapping[str, str], private: X25519PrivateKey) -> bytes | None:
    share = _unb64(stanza["share"])
    mine = raw_public(private.public_key())
    secret = private.exchange(X25519PublicKey.from_public_bytes(share))
    try:
        return ChaCha20Poly1305(_hkdf(secret, share + mine, _WRAP_INFO)).decrypt(
            bytes(12), _unb64(stanza["key"]), None
        )
    except InvalidTag:
        return None


def _nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _header_bytes(header: Mapping[str, Any]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _rechunk(parts: Iterable[bytes]) -> Iterator[tuple[bytes, bool]]:
    """The payload in CHUNK-sized pieces, the last one flagged (an empty payload is one
    empty last chunk)."""
    buffer = bytearray()
    pending: bytes | None = None
    for part in parts:
        buffer += part
        while len(buffer) >= CHUNK:
            if pending is not None:
                yield pending, False
            pending = bytes(buffer[:CHUNK])
            del buffer[:CHUNK]
    if buffer or pending is None:
        if pending is not None:
            yield pending, False
        yield bytes(buffer), True
    else:
        yield pending, True


def write(
    path: Path,
    header: Mapping[str, Any],
    payload: Iterable[bytes],
    *,
    recipients: Sequence[Recipient],
    signing_key: Ed25519PrivateKey,
) -> str:
    """Write a sealed, signed file to ``path`` (the caller renames it into place) and
    return the SHA-256 of the whole file. ``header`` is public: no personal data."""
    if not recipients:
        raise ValueError("a sync file needs at least one recipient")
    file_key = os.urandom(32)
    nonce = os.urandom(16)
    full = {
        **header,
        "format": FORMAT,
        "recipients": [_wrap(file_key, r) for r in recipients],
        "payload_nonce": _b64(nonce),
    }
    head = _header_bytes(full)
    aad = hashlib.sha256(head).digest()
    cipher = ChaCha20Poly1305(_hkdf(file_key, nonce, _PAYLOAD_INFO))
    digest = hashlib.sha256()
    with path.open("wb") as out:

        def put(data: bytes) -> None:
            digest.update(data)
            out.write(data)

        put(MAGIC + struct.pack(">I", len(head)) + head)
        for index, (chunk, last) in enumerate(_rechunk(payload)):
            sealed = cipher.encrypt(_nonce(index, last), chunk, aad)
            put(struct.pack(">I", len(sealed)) + sealed)
        signature = signing_key.sign(_SIGN_CONTEXT + digest.digest())
        put(SIGN_MARK + signature)
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest()


def _read_exact(stream: IO[bytes], size: int, path: Path) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise Truncated(path)
    return data


def _open_header(stream: IO[bytes], path: Path) -> tuple[dict[str, Any], bytes]:
    magic = stream.read(len(MAGIC))
    if magic != MAGIC:
        if MAGIC.startswith(magic):  # empty or cut inside the first bytes
            raise Truncated(path)
        raise NotASyncFile(path)
    (size,) = struct.unpack(">I", _read_exact(stream, 4, path))
    if size > _MAX_HEADER:
        raise NotASyncFile(path)
    head = _read_exact(stream, size, path)
    try:
        header = json.loads(head)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise Tampered(path) from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise NotASyncFile(path)
    return header, head


def read_header(path: Path) -> dict[str, Any]:
    """The public header (sender, recipients, schema, stamps), before any check."""
    with path.open("rb") as stream:
        return _open_header(stream, path)[0]


def _chunks(stream: IO[bytes], path: Path) -> Iterator[bytes]:
    """The sealed chunks up to the signature mark (which is read and left to the caller)."""
    while True:
        lead = stream.read(4)
        if lead == SIGN_MARK:
            return
        if len(lead) != 4:
            raise Truncated(path)
        (size,) = struct.unpack(">I", lead)
        if size < _TAG or size > CHUNK + _TAG:
            raise Tampered(path)
        yield _read_exact(stream, size, path)


def verify(path: Path, sender_public: bytes) -> str:
    """Check the sender's signature over every byte; return the file's SHA-256."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        _header, head = _open_header(stream, path)
        digest.update(MAGIC + struct.pack(">I", len(head)) + head)
        for sealed in _chunks(stream, path):
            digest.update(struct.pack(">I", len(sealed)) + sealed)
        signature = stream.read(_SIG + 1)
    if len(signature) < _SIG:
        raise Truncated(path)
    if len(signature) > _SIG:
        raise Tampered(path)
    signed = digest.digest()
    digest.update(SIGN_MARK + signature)
    try:
        Ed25519PublicKey.from_public_bytes(sender_public).verify(signature, _SIGN_CONTEXT + signed)
    except InvalidSignature as exc:
        raise Tampered(path) from exc
    return digest.hexdigest()


def decrypt(path: Path, site: str, site_code: str, private: X25519PrivateKey) -> Iterator[bytes]:
    """The payload, chunk by chunk, for recipient ``site``. Call ``verify`` first."""
    with path.open("rb") as stream:
        header, head = _open_header(stream, path)
        stanzas = header.get("recipients", [])
        mine = [s for s in stanzas if s.get("site") == site]
        file_key = next((k for s in mine if (k := _unwrap(s, private)) is not None), None)
        if file_key is None:
            raise NotAddressed(path, [str(s.get("code", "?")) for s in stanzas], site_code)
        cipher = ChaCha20Poly1305(_hkdf(file_key, _unb64(header["payload_nonce"]), _PAYLOAD_INFO))
        aad = hashlib.sha256(head).digest()
        finished = False
        for index, sealed in enumerate(_chunks(stream, path)):
            if finished:
                raise Tampered(path)
            try:
                plain = cipher.decrypt(_nonce(index, False), sealed, aad)
            except InvalidTag:
                try:
                    plain = cipher.decrypt(_nonce(index, True), sealed, aad)
                except InvalidTag as exc:
                    raise Tampered(path) from exc
                finished = True
            yield plain
        if not finished:
            raise Truncated(path)
