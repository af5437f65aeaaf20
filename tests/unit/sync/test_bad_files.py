"""Bad sync files: each refused with its own sentence saying what to do, a security event
in the audit log where it is one, and the database's rows exactly as they were."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from counterdesk.domain.hlc import DAY_MS
from counterdesk.services import sync
from counterdesk.store.models import AuditEvent, Setting, Site
from counterdesk.sync.container import NotAddressed, SyncFileError, Tampered, Truncated
from counterdesk.sync.importer import (
    FromTheFuture,
    NewerSchema,
    OlderThanApplied,
    OtherOffice,
    OwnFile,
    RevokedSender,
    UnknownSender,
)
from tests.sync_helpers import Counter, counters_in, data_digest, introduce, register

NIK = "3174051203900001"


@pytest.fixture(scope="module")
def trio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Counter]]:
    """L01 (with one applicant), L02 and L03; the tests only refuse files, so they share."""
    with counters_in(tmp_path_factory.mktemp("trio")) as counters:
        register(counters[0], NIK, "Budi Santoso")
        yield counters


@pytest.fixture(scope="module")
def good_file(trio: list[Counter], tmp_path_factory: pytest.TempPathFactory) -> Path:
    a = trio[0]
    path = tmp_path_factory.mktemp("files") / "L01-L02.cdx"
    sync.export(a.runtime, a.admin, path, ["L02"])
    return path


def _rejections(counter: Counter) -> list[str]:
    with counter.runtime.read() as session:
        return list(
            session.scalars(
                select(AuditEvent.detail["reason"].as_string()).where(
                    AuditEvent.action == "sync.file_rejected"
                )
            )
        )


def refused(counter: Counter, path: Path, kind: type[SyncFileError]) -> str:
    """Import ``path`` at ``counter``: refused as ``kind``, nothing in the data changed."""
    before = data_digest(counter.runtime)
    with pytest.raises(kind) as caught:
        sync.import_file(counter.runtime, counter.admin, path)
    assert data_digest(counter.runtime) == before
    return str(caught.value)


def test_every_cut_of_a_file_is_refused_as_incomplete(
    trio: list[Counter], good_file: Path, tmp_path: Path
) -> None:
    b = trio[1]
    whole = good_file.read_bytes()
    cut = tmp_path / "cut.cdx"
    before = data_digest(b.runtime)
    for length in sorted({*range(0, 64), *range(64, len(whole), 97), len(whole) - 1}):
        cut.write_bytes(whole[:length])
        with pytest.raises((Truncated, Tampered)) as caught:
            sync.import_file(b.runtime, b.admin, cut)
        assert length < 40 or "tidak lengkap" in str(caught.value) or caught.type is Tampered
    assert data_digest(b.runtime) == before
    assert "tidak lengkap" in refused(b, _cut(good_file, tmp_path, len(whole) - 70), Truncated)


def _cut(path: Path, folder: Path, length: int) -> Path:
    out = folder / "cut-once.cdx"
    out.write_bytes(path.read_bytes()[:length])
    return out


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_changed_byte_is_refused_and_changes_nothing(
    trio: list[Counter], good_file: Path, tmp_path: Path, data: st.DataObject
) -> None:
    b = trio[1]
    whole = bytearray(good_file.read_bytes())
    at = data.draw(st.integers(0, len(whole) - 1))
    whole[at] ^= data.draw(st.integers(1, 255))
    flipped = tmp_path / "flipped.cdx"
    flipped.write_bytes(bytes(whole))
    refused(b, flipped, SyncFileError)


def test_a_tampered_file_is_a_security_event(
    trio: list[Counter], good_file: Path, tmp_path: Path
) -> None:
    b = trio[1]
    whole = bytearray(good_file.read_bytes())
    whole[-200] ^= 1
    path = tmp_path / "tampered.cdx"
    path.write_bytes(bytes(whole))
    message = refused(b, path, Tampered)
    assert "berubah sejak ditandatangani" in message
    assert "Tampered" in _rejections(b)


def test_a_file_for_another_counter_names_the_counters_it_is_for(
    trio: list[Counter], good_file: Path
) -> None:
    message = refused(trio[2], good_file, NotAddressed)
    assert "L02" in message and "bukan loket ini (L03)" in message


def _export(counter: Counter, folder: Path, name: str, to: str = "L02") -> Path:
    path = folder / name
    sync.export(counter.runtime, counter.admin, path, [to])
    return path


def test_a_sender_missing_from_the_roster_is_refused_until_the_roster_is_updated(
    trio: list[Counter], tmp_path: Path
) -> None:
    b = trio[1]
    with counters_in(tmp_path / "new", ("L04",)) as (d,):
        introduce([b, d])
        with b.runtime.unit() as session:
            session.delete(session.get_one(Site, uuid.UUID(d.site_id)))
        path = _export(d, tmp_path, "L04-L02.cdx")
        message = refused(b, path, UnknownSender)
    assert "L04" in message and "roster" in message
    assert "UnknownSender" in _rejections(b)


def test_a_revoked_sender_is_refused(trio: list[Counter], tmp_path: Path) -> None:
    a, _, c = trio
    path = _export(c, tmp_path, "L03-L01.cdx", to="L01")
    with a.runtime.unit() as session:
        site = session.scalars(select(Site).where(Site.code == "L03")).one()
        site.revoked, site.revoked_at = True, datetime.now(UTC)
    try:
        message = refused(a, path, RevokedSender)
    finally:
        with a.runtime.unit() as session:
            site = session.scalars(select(Site).where(Site.code == "L03")).one()
            site.revoked, site.revoked_at = False, None
    assert "dicabut" in message and "RevokedSender" in _rejections(a)


def test_a_replayed_file_changes_nothing_and_an_older_one_is_refused(
    trio: list[Counter], tmp_path: Path
) -> None:
    a, b, _ = trio
    older = _export(a, tmp_path, "older.cdx")
    newer = _export(a, tmp_path, "newer.cdx")
    sync.import_file(b.runtime, b.admin, newer)
    before = data_digest(b.runtime)
    assert sync.import_file(b.runtime, b.admin, newer).already
    assert data_digest(b.runtime) == before
    message = refused(b, older, OlderThanApplied)
    assert "lebih lama" in message and "Impor berkas terbaru dari loket L01" in message


def test_a_file_from_the_future_is_refused_and_audited(
    trio: list[Counter], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _ = trio
    real: Callable[[], int] = a.runtime.clock_ms
    monkeypatch.setattr(a.runtime, "clock_ms", lambda: real() + 2 * DAY_MS)
    path = _export(a, tmp_path, "future.cdx")
    message = refused(b, path, FromTheFuture)
    assert "masa depan" in message and "FromTheFuture" in _rejections(b)


def test_a_file_of_a_newer_schema_says_which_version_to_install(
    trio: list[Counter], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _ = trio
    monkeypatch.setattr(sync, "head_revision", lambda: "0999")
    monkeypatch.setattr(sync, "__version__", "9.1.0")
    path = _export(a, tmp_path, "newer-schema.cdx")
    monkeypatch.undo()
    assert "perbarui aplikasi ke versi ≥ 9.1.0" in refused(b, path, NewerSchema).lower()


def test_a_file_of_another_office_or_of_this_counter_is_refused(
    trio: list[Counter], tmp_path: Path
) -> None:
    a, b, _ = trio
    path = _export(a, tmp_path, "mine.cdx")
    assert "loket ini sendiri" in refused(a, path, OwnFile)
    with b.runtime.unit() as session:
        uid = session.get_one(Setting, "office.uid")
        kept, uid.value = uid.value, "00000000-0000-4000-8000-000000000000"
    try:
        assert "kantor lain" in refused(b, path, OtherOffice)
    finally:
        with b.runtime.unit() as session:
            session.get_one(Setting, "office.uid").value = kept


def test_each_refusal_has_its_own_sentence() -> None:
    here = Path("x.cdx")
    messages = {
        str(e)
        for e in (
            Truncated(here),
            Tampered(here),
            NotAddressed(here, ["L02"], "L03"),
            UnknownSender(here, "L09"),
            RevokedSender(here, "L09"),
            OlderThanApplied(here, "L01", 1, 2),
            FromTheFuture(here),
            NewerSchema(here, "9.1.0"),
            OtherOffice(here),
            OwnFile(here),
        )
    }
    assert len(messages) == 10
