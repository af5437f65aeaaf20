"""Export and import between real counters: what one counter wrote arrives whole at the
other (photos and search included), a file applied twice changes nothing, watermarks move
only when the other side confirms, and an interrupted import resumes to the same result."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select, text

from counterdesk.domain.errors import PermissionDenied
from counterdesk.services import applicants, applications, sync
from counterdesk.store.models import AuditEvent, SyncImport, SyncPeer
from tests import databases
from tests.sync_helpers import (
    Counter,
    clone,
    counters_in,
    data_digest,
    exchange,
    register,
    synced_snapshot,
)

NIK_A = "3174051203900001"
NIK_B = "3174051203900002"


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[list[Counter]]:
    with counters_in(tmp_path, ("L01", "L02")) as counters:
        yield counters


def _photo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 80), (200, 120, 40)).save(out, "PNG")
    return out.getvalue()


def _file_for(counter: Counter, nik: str, name: str, **extra: object) -> str:
    person = register(counter, nik, name, **extra)
    with counter.runtime.unit(counter.officer) as session:
        return applications.file_application(
            session,
            counter.officer,
            applications.NewApplication(person, "sak/ralat", "datang_langsung"),
        ).number


def test_what_one_counter_wrote_arrives_whole_at_the_other(
    pair: list[Counter], tmp_path: Path
) -> None:
    a, b = pair
    number = _file_for(a, NIK_A, "Budi Santoso", photo=_photo())
    path = tmp_path / "L01-L02.cdx"
    sent = sync.export(a.runtime, a.admin, path)
    assert sent.recipients == ("L02",) and sent.blobs == 1 and path.exists()
    assert dict(sent.by_table)["Permohonan"] == 1
    assert not list(tmp_path.glob("*.tmp"))

    got = sync.import_file(b.runtime, b.admin, path)
    assert (got.sender_code, got.already, got.resumed, got.conflicts, got.parked) == (
        "L01", False, False, 0, 0
    )  # fmt: skip
    assert ("Pemohon", 1, 1) in got.by_table and got.blobs == 1
    assert synced_snapshot(b.runtime) == synced_snapshot(a.runtime)
    with b.runtime.read() as session:
        (found,) = applicants.search(session, "budi")
        assert found.nik == NIK_A and applicants.photo(session, found) is not None
        assert applications.get_by_number(session, number).applicant.name == "Budi Santoso"


def test_a_file_imported_again_changes_nothing(pair: list[Counter], tmp_path: Path) -> None:
    a, b = pair
    _file_for(a, NIK_A, "Budi Santoso")
    path = tmp_path / "L01-L02.cdx"
    sync.export(a.runtime, a.admin, path)
    first = sync.import_file(b.runtime, b.admin, path)
    before = data_digest(b.runtime)
    again = sync.import_file(b.runtime, b.admin, path)
    assert again.already and not first.already
    assert again.by_table == first.by_table
    assert data_digest(b.runtime) == before


def test_rows_wait_for_a_peer_until_it_confirms_them(pair: list[Counter], tmp_path: Path) -> None:
    a, b = pair
    _file_for(a, NIK_A, "Budi Santoso")
    assert sync.status(a.runtime, a.admin).peers[0].waiting > 0
    exchange(a, b, tmp_path)
    assert sync.status(a.runtime, a.admin).peers[0].waiting > 0  # L02 has not said so yet
    back = exchange(b, a, tmp_path)  # carries L02's acknowledgement
    assert all(changed == 0 for _, _, changed in back.by_table)  # nothing new for L01
    (peer,) = sync.status(a.runtime, a.admin).peers
    assert peer.code == "L02" and peer.last_sent_file and peer.last_received_file
    register(b, NIK_B, "Siti Aminah")
    exchange(b, a, tmp_path)
    assert sync.export(a.runtime, a.admin, tmp_path / "next.cdx").rows == 1  # only the echo


def test_a_cancelled_export_leaves_no_file(pair: list[Counter], tmp_path: Path) -> None:
    a, _ = pair
    _file_for(a, NIK_A, "Budi Santoso")
    path = tmp_path / "out.cdx"
    with pytest.raises(sync.SyncCancelled):
        sync.export(a.runtime, a.admin, path, cancelled=lambda: True)
    assert list(tmp_path.glob("out.cdx*")) == []


def _many(counter: Counter, count: int) -> None:
    for n in range(count):
        register(counter, f"31740512039{n + 10:05d}", f"Peserta {n}")


def _file_and_whole(a: Counter, b: Counter, folder: Path, people: int) -> tuple[Path, Counter]:
    """A file of ``people`` new applicants from ``a`` to ``b``, and a copy of ``b`` that
    imported it without interruption (what a resumed import must end as)."""
    _many(a, people)
    path = folder / "L01-L02.cdx"
    sync.export(a.runtime, a.admin, path)
    whole = clone(b, folder / "whole.sqlite3")
    sync.import_file(whole.runtime, whole.admin, path)
    return path, whole


def test_a_cancelled_import_resumes_to_the_same_result(
    pair: list[Counter], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    path, whole = _file_and_whole(a, b, tmp_path, 7)

    monkeypatch.setattr(sync, "BATCH", 3)
    with pytest.raises(sync.SyncCancelled):
        sync.import_file(b.runtime, b.admin, path, cancelled=lambda: True)
    with b.runtime.read() as session:
        ledger = session.get_one(SyncImport, sync._file_sha256(path))
        assert (ledger.status, ledger.applied) == ("applying", 3)
    again = sync.import_file(b.runtime, b.admin, path)
    assert again.resumed and ("Pemohon", 7, 7) in again.by_table
    assert synced_snapshot(b.runtime) == synced_snapshot(whole.runtime)
    databases.close_runtime(whole.runtime)


KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from counterdesk.services import sync
    from counterdesk.services.context import SYSTEM
    from counterdesk.services.runtime import Runtime

    sync.BATCH = 3
    runtime = Runtime.open(database_file=Path(sys.argv[1]))

    def progress(done: int, total: int) -> None:
        if done >= 6:
            os.kill(os.getpid(), signal.SIGKILL)

    sync.import_file(runtime, SYSTEM, Path(sys.argv[2]), progress=progress)
    """
)


@pytest.mark.sqlite_only  # kills a process writing to the SQLite file
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_an_import_killed_midway_and_run_again_gives_the_same_rows(
    pair: list[Counter], tmp_path: Path
) -> None:
    a, b = pair
    path, whole = _file_and_whole(a, b, tmp_path, 8)
    target = b.runtime.db.path
    assert target is not None
    b.runtime.close()

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    run = subprocess.run(
        [sys.executable, "-c", KILLER, str(target), str(path)], env=env, capture_output=True
    )
    assert run.returncode == -signal.SIGKILL, run.stderr.decode()

    from counterdesk.services.runtime import Runtime

    reopened = Counter(b.code, Runtime.open(database_file=target), b.actors, b.site_id)
    with reopened.runtime.read() as session:
        assert session.get_one(SyncImport, sync._file_sha256(path)).applied == 6
    again = sync.import_file(reopened.runtime, reopened.admin, path)
    assert again.resumed
    assert synced_snapshot(reopened.runtime) == synced_snapshot(whole.runtime)
    reopened.runtime.close()
    databases.close_runtime(whole.runtime)


def test_decrypted_rows_a_killed_import_left_behind_are_deleted_at_the_next_import(
    pair: list[Counter], tmp_path: Path
) -> None:
    a, b = pair
    _file_for(a, NIK_A, "Siti Aminah")
    path = tmp_path / "a-b.cdx"
    sync.export(a.runtime, a.admin, path, [b.code])
    folder = sync._staging_path(b.runtime, "x").parent
    folder.mkdir(parents=True, exist_ok=True)
    killed = folder / f"{'a' * 64}.jsonl"  # an import killed yesterday
    killed.write_text('{"manifest": {}}\n', encoding="utf-8")
    yesterday = killed.stat().st_mtime - 24 * 3600
    os.utime(killed, (yesterday, yesterday))
    running = folder / f"{'b' * 64}.jsonl"  # another window's import, staged just now
    running.write_text('{"manifest": {}}\n', encoding="utf-8")

    got = sync.import_file(b.runtime, b.admin, path)

    assert ("Pemohon", 1, 1) in got.by_table
    assert sorted(p.name for p in folder.iterdir()) == [running.name]


def _rewrite_audit_event(counter: Counter, seq: int) -> None:
    """What a rewrite of the counter's audit chain looks like from outside: the event
    the other counter witnessed has another hash now."""
    with counter.runtime.unit() as session:
        session.execute(
            text("UPDATE audit_event SET hash = :hash WHERE seq = :seq"),
            {"hash": "f" * 64, "seq": seq},
        )


def test_an_audit_chain_rewritten_after_it_was_witnessed_is_named(
    pair: list[Counter], tmp_path: Path
) -> None:
    a, b = pair
    _file_for(a, NIK_A, "Budi Santoso")
    exchange(a, b, tmp_path)  # L02 witnesses L01's audit head
    exchange(b, a, tmp_path)  # L01 learns what L02 witnessed
    assert exchange(a, b, tmp_path).warnings == ()  # unchanged: nothing to say
    with b.runtime.read() as session:
        witnessed = session.get_one(SyncPeer, uuid.UUID(a.site_id)).audit_seq
    exchange(b, a, tmp_path)
    _rewrite_audit_event(a, witnessed)
    (warning,) = exchange(a, b, tmp_path).warnings
    assert "Rantai audit loket L01 berubah setelah disaksikan" in warning
    with b.runtime.read() as session:
        assert session.scalars(
            select(AuditEvent.entity_id).where(AuditEvent.action == "sync.audit_chain_changed")
        ).all() == ["L01"]


def test_only_an_admin_exports_or_imports_the_offices_personal_data(
    pair: list[Counter], tmp_path: Path
) -> None:
    a, b = pair
    path = tmp_path / "a.cdx"
    with pytest.raises(PermissionDenied, match="hanya untuk Admin"):
        sync.export(a.runtime, a.officer, path)
    assert not path.exists()
    sync.export(a.runtime, a.admin, path)
    with pytest.raises(PermissionDenied, match="hanya untuk Admin"):
        sync.import_file(b.runtime, b.officer, path)
    with b.runtime.read() as session:
        assert session.scalar(select(SyncImport.file_sha256)) is None
