"""The sync file: only its recipients read it, any cut or changed byte is refused before
anything is used, and memory does not grow with the file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counterdesk.sync import container
from counterdesk.sync.container import NotAddressed, Recipient, SyncFileError, Tampered, Truncated

SENDER = Ed25519PrivateKey.generate()
SENDER_PUBLIC = container.raw_public(SENDER.public_key())
B_KEY = X25519PrivateKey.generate()
C_KEY = X25519PrivateKey.generate()
B = Recipient("site-b", "L02", container.raw_public(B_KEY.public_key()))
C = Recipient("site-c", "L03", container.raw_public(C_KEY.public_key()))


def seal(path: Path, payload: bytes, recipients: tuple[Recipient, ...] = (B,)) -> str:
    parts = [payload[i : i + 10_000] for i in range(0, len(payload), 10_000)] or [b""]
    return container.write(
        path, {"sender": "site-a"}, parts, recipients=recipients, signing_key=SENDER
    )


def read(path: Path, key: X25519PrivateKey = B_KEY, site: str = "site-b") -> bytes:
    container.verify(path, SENDER_PUBLIC)
    return b"".join(container.decrypt(path, site, "L02", key))


@pytest.mark.parametrize(
    "size", [0, 1, container.CHUNK - 1, container.CHUNK, 3 * container.CHUNK + 5]
)
def test_each_recipient_reads_back_exactly_what_was_sealed(tmp_path: Path, size: int) -> None:
    payload = os.urandom(size)
    path = tmp_path / "x.cdx"
    digest = seal(path, payload, (B, C))
    assert container.verify(path, SENDER_PUBLIC) == digest
    assert read(path) == payload
    assert b"".join(container.decrypt(path, "site-c", "L03", C_KEY)) == payload
    assert payload[:64] not in path.read_bytes() or size < 16  # nothing in clear


def test_a_site_not_addressed_is_told_which_counters_the_file_is_for(tmp_path: Path) -> None:
    path = tmp_path / "x.cdx"
    seal(path, b"rahasia", (B,))
    with pytest.raises(NotAddressed) as caught:
        read(path, C_KEY, "site-c")
    assert "L02" in str(caught.value) and "bukan loket ini" in str(caught.value)


def test_a_signature_of_another_sender_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.cdx"
    seal(path, b"isi")
    other = container.raw_public(Ed25519PrivateKey.generate().public_key())
    with pytest.raises(Tampered):
        container.verify(path, other)


def test_every_truncation_length_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.cdx"
    seal(path, os.urandom(300))
    whole = path.read_bytes()
    cut = tmp_path / "cut.cdx"
    for length in range(len(whole)):
        cut.write_bytes(whole[:length])
        with pytest.raises(SyncFileError) as caught:
            read(cut)
        assert isinstance(caught.value, Truncated | Tampered), length


def test_a_file_cut_at_or_near_a_chunk_boundary_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.cdx"
    seal(path, os.urandom(2 * container.CHUNK + 300))
    whole = path.read_bytes()
    magic = len(container.MAGIC)
    head = magic + 4 + int.from_bytes(whole[magic : magic + 4], "big")  # end of the header
    sealed_chunk = 4 + container.CHUNK + 16
    cut = tmp_path / "cut.cdx"
    ends = (head, head + sealed_chunk, head + 2 * sealed_chunk, len(whole) - 68, len(whole) - 2)
    for boundary in ends:
        for length in (boundary - 1, boundary, boundary + 1):
            cut.write_bytes(whole[:length])
            with pytest.raises(SyncFileError):
                read(cut)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_any_changed_byte_is_refused(tmp_path: Path, data: st.DataObject) -> None:
    path = tmp_path / "x.cdx"
    if not path.exists():
        seal(path, os.urandom(2 * container.CHUNK + 77))
    whole = bytearray(path.read_bytes())
    index = data.draw(st.integers(0, len(whole) - 1))
    flip = data.draw(st.integers(1, 255))
    whole[index] ^= flip
    bad = tmp_path / "bad.cdx"
    bad.write_bytes(bytes(whole))
    with pytest.raises(SyncFileError):
        read(bad)


def test_the_header_is_readable_before_any_check(tmp_path: Path) -> None:
    path = tmp_path / "x.cdx"
    seal(path, b"isi", (B, C))
    header = container.read_header(path)
    assert header["sender"] == "site-a"
    assert [r["code"] for r in header["recipients"]] == ["L02", "L03"]


def test_a_file_that_is_not_a_sync_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "foto.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(100))
    with pytest.raises(container.NotASyncFile) as caught:
        read(path)
    assert "foto.jpg" in str(caught.value)
