"""Sync by export files (issue 11): export, import and status, what the CLI and the
Admin › Sinkronisasi screen call. The engine is ``counterdesk.sync``; this module opens
the units, finds the keys and the peers, and keeps the ledger and the watermarks.

Import, in SYNC.md's order: a file already in the ledger as done is "sudah diimpor" and
changes nothing; the header is checked, then the signature, then the payload is
decrypted to a staging file; only then does anything get written: a backup of the day,
and batches of rows each in one durable unit together with the ledger's progress (a
re-run resumes after the last committed batch); the last unit retries parked rows, moves
the watermarks and marks the file done.
"""

from __future__ import annotations

import hashlib
import logging
import tempfile
import uuid
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counterdesk import __version__
from counterdesk.domain.errors import ConflictError, CounterDeskError, ValidationError
from counterdesk.domain.hlc import Hlc
from counterdesk.domain.roles import Role
from counterdesk.services import audit, backups, sites, sync_peers
from counterdesk.services.context import Actor, require_role
from counterdesk.services.setup import local_site
from counterdesk.store.migrate import _known_revisions, head_revision
from counterdesk.store.models import (
    Site,
    SyncConflict,
    SyncImport,
    SyncParked,
    SyncPeer,
    SyncRow,
)
from counterdesk.sync import container
from counterdesk.sync.apply import Applier
from counterdesk.sync.container import Recipient, SyncFileError, Tampered
from counterdesk.sync.export import ExportCancelled, write_file
from counterdesk.sync.importer import (
    Sender,
    check_header,
    clear_stale_staging,
    discard_staging,
    read_staged,
    stage,
)
from counterdesk.sync.payload import BlobLine, RowLine
from counterdesk.sync.state import (
    RowSeq,
    fold_local_changes,
    paused_gc,
    raw_connection,
    read_setting,
    write_setting,
)

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime

__all__ = [
    "TABLE_LABELS",
    "ExportSummary",
    "ImportSummary",
    "PeerStatus",
    "SyncCancelled",
    "SyncStatus",
    "export",
    "import_file",
    "status",
]

BATCH = 5_000
EXPORT_NUMBER_KEY = "sync.export_number"

Progress = Callable[[int, int], None]

TABLE_LABELS: Mapping[str, str] = {
    "applicant": "Pemohon",
    "application": "Permohonan",
    "application_event": "Riwayat permohonan",
    "checklist_item": "Butir persyaratan",
    "sign_off": "Persetujuan berkas",
    "interview_minutes": "Berita acara",
    "handover": "Serah terima",
    "certificate": "Sertifikat",
    "certificate_case": "Perkara sertifikat",
    "certificate_change": "Perubahan sertifikat",
    "legalisation": "Legalisasi",
    "payment": "Pembayaran",
    "print_log": "Catatan cetak",
    "spoiled_stock": "Blangko rusak",
    "complaint": "Pengaduan",
    "complaint_step": "Langkah pengaduan",
    "complaint_attachment": "Lampiran pengaduan",
    "compensation": "Kompensasi",
    "survey_response": "Survei",
}


class SyncCancelled(CounterDeskError):
    def __init__(self, importing: bool) -> None:
        super().__init__(
            "Impor dibatalkan. Yang sudah tersimpan tetap tersimpan; impor berkas yang sama "
            "lagi untuk melanjutkan."
            if importing
            else "Ekspor dibatalkan; tidak ada berkas yang dibuat."
        )


@dataclass(frozen=True, slots=True)
class ExportSummary:
    path: str
    recipients: tuple[str, ...]  # counter codes
    rows: int
    blobs: int
    by_table: tuple[tuple[str, int], ...]  # (table label, rows)
    bytes: int
    sha256: str


@dataclass(frozen=True, slots=True)
class ImportSummary:
    path: str
    sender_code: str
    already: bool
    resumed: bool
    by_table: tuple[tuple[str, int, int], ...]  # (table label, received, changed)
    conflicts: int
    parked: int
    blobs: int
    warnings: tuple[str, ...] = ()  # e.g. the sender's audit chain changed after witnessing


@dataclass(frozen=True, slots=True)
class PeerStatus:
    code: str
    name: str
    last_sent_at: datetime | None
    last_sent_file: str
    last_received_at: datetime | None
    last_received_file: str
    waiting: int  # row changes above the peer's acknowledged watermark


@dataclass(frozen=True, slots=True)
class SyncStatus:
    site_code: str
    site_id: str
    office_uid: str
    roster_version: int
    peers: tuple[PeerStatus, ...]
    open_conflicts: int
    parked: int


# --- helpers --------------------------------------------------------------------------


def _labelled(counts: Mapping[str, int]) -> tuple[tuple[str, int], ...]:
    return tuple((TABLE_LABELS.get(t, t), n) for t, n in counts.items())


# --- export ---------------------------------------------------------------------------


def _recipients(session: Session, wanted: Sequence[str] | None) -> list[Site]:
    peers = sites.peers(session)
    if not wanted:
        if not peers:
            raise ConflictError(
                "Belum ada loket lain di roster kantor ini. Terima loket baru atau impor "
                "roster terbaru dulu (Admin › Sinkronisasi)."
            )
        return peers
    by_name = {s.code.upper(): s for s in peers} | {str(s.id): s for s in peers}
    unknown = [w for w in wanted if w.strip().upper() not in by_name and w not in by_name]
    if unknown:
        known = ", ".join(sorted(s.code for s in peers)) or "(tidak ada)"
        raise ValidationError(
            "recipients",
            f"Loket {', '.join(unknown)} tidak ada di roster (atau sudah dicabut). "
            f"Loket yang dapat dituju: {known}.",
        )
    chosen = {by_name.get(w.strip().upper()) or by_name[w] for w in wanted}
    return sorted(chosen, key=lambda s: s.code)


def export(
    runtime: Runtime,
    actor: Actor,
    path: Path,
    recipients: Sequence[str] | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportSummary:
    """Write everything the recipients (default: every peer) have not acknowledged.
    Admins only: the file carries the office's personal data (NIK, names, photos)."""
    require_role(actor, Role.ADMIN)
    path = Path(path)
    with runtime.unit(actor, durable=True) as session:
        fold_local_changes(session)
        keys = sites.local_keys(session)
        targets = _recipients(session, recipients)
        db = raw_connection(session)
        since = min(sync_peers.peer_of(session, s.id).acked_seq for s in targets)
        upto = RowSeq(db).value
        number = int(read_setting(db, EXPORT_NUMBER_KEY) or 0) + 1
        header = {
            "file_id": str(uuid.uuid4()),
            "sender": keys.site_id,
            "sender_code": keys.code,
            "office_uid": sites.office_uid(session),
            "export_number": number,
            "created_hlc": Hlc(runtime.clock_ms(), 0, keys.site_id).to_str(),
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "schema": head_revision(),
            "min_schema": head_revision(),
            "app_version": __version__,
            "upto_seq": upto,
        }
        try:
            written = write_file(
                db,
                path,
                since=since,
                header=header,
                manifest=sync_peers.manifest(session, targets, upto),
                recipients=[
                    Recipient(str(s.id), s.code, bytes(s.exchange_public_key or b""))
                    for s in targets
                ],
                signing_key=keys.signing_private,
                progress=progress,
                cancelled=cancelled,
            )
        except ExportCancelled as exc:
            raise SyncCancelled(importing=False) from exc
        write_setting(db, EXPORT_NUMBER_KEY, str(number))
        now = datetime.now(UTC)
        for site in targets:
            peer = sync_peers.peer_of(session, site.id)
            peer.sent_seq, peer.last_sent_at, peer.last_sent_file = upto, now, path.name
        audit.record(
            session,
            actor,
            "sync.exported",
            entity="sync",
            entity_id=written.sha256[:16],
            detail={"file": path.name, "to": [s.code for s in targets], "rows": written.rows,
                    "export_number": number},
        )  # fmt: skip
    logging.getLogger(__name__).info(
        "Ekspor sinkron %s: %d baris untuk %s", path, written.rows, [s.code for s in targets]
    )
    return ExportSummary(
        path=str(path),
        recipients=tuple(s.code for s in targets),
        rows=written.rows,
        blobs=written.blobs,
        by_table=_labelled(dict(written.by_table)),
        bytes=written.bytes,
        sha256=written.sha256,
    )


# --- import ---------------------------------------------------------------------------


def _file_sha256(path: Path) -> str:
    try:
        with path.open("rb") as stream:
            return hashlib.file_digest(stream, "sha256").hexdigest()
    except FileNotFoundError as exc:
        raise ValidationError("path", f"Berkas {path} tidak ditemukan.") from exc


def _refuse(runtime: Runtime, actor: Actor, error: SyncFileError, header: Mapping[str, Any],
            path: Path) -> SyncFileError:  # fmt: skip
    """Audit a refusal that is a security event; the caller raises it."""
    if isinstance(error, Tampered) or getattr(error, "security", False):
        with runtime.unit(actor) as session:
            audit.record(
                session,
                actor,
                "sync.file_rejected",
                entity="sync",
                entity_id=str(header.get("file_id", ""))[:40],
                detail={"file": path.name, "sender": str(header.get("sender_code", "")),
                        "reason": type(error).__name__, "message": str(error)},
            )  # fmt: skip
    return error


def _checked_sender(
    runtime: Runtime, actor: Actor, path: Path, header: Mapping[str, Any], resuming: bool
) -> tuple[Sender, sites.SiteKeys]:
    with runtime.read(actor) as session:
        keys = sites.local_keys(session)
        site = sites.site_by_id(session, str(header.get("sender", "")))
        sender = (
            Sender(str(site.id), site.code, bytes(site.signing_public_key or b""),
                   bool(site.revoked or site.revoked_at))
            if site is not None
            else None
        )  # fmt: skip
        peer = session.get(SyncPeer, site.id) if site is not None else None
        last_number = peer.last_export_number if peer is not None else 0
        office = sites.office_uid(session)
    try:
        check_header(
            path,
            header,
            office_uid=office,
            here=(keys.site_id, keys.code),
            sender=sender,
            last_export_number=last_number,
            resuming=resuming,
            known_schemas=_known_revisions(),
            now_ms=runtime.clock_ms(),
        )
        assert sender is not None
        container.verify(path, sender.signing_public)
    except SyncFileError as exc:
        raise _refuse(runtime, actor, exc, header, path) from None
    return sender, keys


def _staging_path(runtime: Runtime, sha: str) -> Path:
    """Beside the database (its folder is private to this installation)."""
    base = runtime.db.path.parent if runtime.db.path is not None else Path(tempfile.gettempdir())
    return base / "sync-staging" / f"{sha}.jsonl"


def import_file(
    runtime: Runtime,
    actor: Actor,
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Apply a file from another counter (see the module's docstring for the order).
    Refusals raise ``SyncFileError`` with the sentence for the officer; ``cancelled`` is
    asked between batches (``SyncCancelled``; the next import of the file resumes).
    Admins only, like export."""
    require_role(actor, Role.ADMIN)
    path = Path(path)
    sha = _file_sha256(path)
    with runtime.read(actor) as session:
        ledger = session.get(SyncImport, sha)
        done = ledger is not None and ledger.status == "done"
        resuming = ledger is not None and ledger.status == "applying"
        summary = dict(ledger.summary) if ledger is not None else {}
    if done:
        return _summary(path, summary, already=True, resumed=False)
    header = container.read_header(path)
    sender, keys = _checked_sender(runtime, actor, path, header, resuming)
    staging = _staging_path(runtime, sha)
    clear_stale_staging(staging)
    stage(path, (keys.site_id, keys.code), keys.exchange_private, staging)
    try:
        made = backups.backup_before_import(runtime, backups.SYNC_IMPORT_LABEL)  # last 3
        runtime.daily_backup(from_copy=made)  # the same copy is the day's, if none yet
        with paused_gc():
            result = _apply_staged(
                runtime, actor, path, sha, header, sender, staging, progress, cancelled
            )
        logging.getLogger(__name__).info(
            "Impor sinkron %s dari loket %s selesai", path, result.sender_code
        )
        return result
    finally:
        discard_staging(staging)


class _Tally:
    """The import's running summary, saved in the ledger with every batch."""

    def __init__(self, saved: Mapping[str, Any]) -> None:
        self.received = Counter({t: int(n) for t, n in saved.get("received", {}).items()})
        self.changed = Counter({t: int(n) for t, n in saved.get("changed", {}).items()})
        self.conflicts = int(saved.get("conflicts", 0))
        self.parked = int(saved.get("parked", 0))
        self.blobs = int(saved.get("blobs", 0))
        self.warnings: list[str] = list(saved.get("warnings", []))

    def as_json(self, sender_code: str) -> dict[str, Any]:
        return {"sender_code": sender_code, "received": dict(self.received),
                "changed": dict(self.changed), "conflicts": self.conflicts,
                "parked": self.parked, "blobs": self.blobs, "warnings": self.warnings}  # fmt: skip


def _summary(
    path: Path, saved: Mapping[str, Any], *, already: bool, resumed: bool
) -> ImportSummary:
    tally = _Tally(saved)
    return ImportSummary(
        path=str(path),
        sender_code=str(saved.get("sender_code", "")),
        already=already,
        resumed=resumed,
        by_table=tuple(
            (TABLE_LABELS.get(t, t), n, tally.changed.get(t, 0)) for t, n in tally.received.items()
        ),
        conflicts=tally.conflicts,
        parked=tally.parked,
        blobs=tally.blobs,
        warnings=tuple(tally.warnings),
    )


def _save_blob(session: Session, blob: BlobLine) -> None:
    raw_connection(session).execute(
        "INSERT OR IGNORE INTO blob (sha256, mime, data, created_at) VALUES (?, ?, ?, ?)",
        (blob.sha256, blob.mime, blob.data,
         datetime.now(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")),
    )  # fmt: skip


def _apply_staged(
    runtime: Runtime,
    actor: Actor,
    path: Path,
    sha: str,
    header: Mapping[str, Any],
    sender: Sender,
    staging: Path,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> ImportSummary:
    with runtime.read(actor) as session:
        ledger = session.get(SyncImport, sha)
        skip = ledger.applied if ledger is not None else 0
        tally = _Tally(ledger.summary if ledger is not None else {})
    resumed = skip > 0
    with read_staged(path, staging) as (manifest, items):
        total = sum(int(n) for n in manifest.get("rows", {}).values())
        seen = 0
        batch: list[RowLine] = []
        blobs: list[BlobLine] = []

        def commit() -> None:
            with runtime.unit(actor, durable=True) as session:
                fold_local_changes(session)
                for blob in blobs:
                    _save_blob(session, blob)
                with closing(Applier(session)) as applier:
                    counts = applier.apply(batch)
                tally.received.update(counts.received)
                tally.changed.update(counts.changed)
                tally.conflicts += counts.conflicts
                tally.blobs += len(blobs)
                entry = session.get(SyncImport, sha) or SyncImport(
                    file_sha256=sha, file_id=str(header.get("file_id", "")),
                    sender_id=uuid.UUID(sender.site_id),
                    export_number=int(header.get("export_number", 0)), status="applying",
                    applied=0, total=total,
                )  # fmt: skip
                entry.applied = seen
                entry.summary = tally.as_json(sender.code)
                session.add(entry)
            batch.clear()
            blobs.clear()
            if progress is not None:
                progress(seen, total)
            if cancelled is not None and cancelled():
                raise SyncCancelled(importing=True)

        for item in items:
            if isinstance(item, BlobLine):
                if not resumed:
                    blobs.append(item)
                continue
            seen += 1
            if seen <= skip:
                continue
            batch.append(item)
            if len(batch) >= BATCH:
                commit()
        if batch or blobs or skip == 0:
            commit()
    with runtime.unit(actor, durable=True) as session:
        with closing(Applier(session)) as applier:
            tally.parked = applier.retry_parked()
        tally.warnings += sync_peers.witness(session, actor, sender, manifest)
        sync_peers.move_watermarks(session, path, header, sender, manifest)
        entry = session.get(SyncImport, sha)
        assert entry is not None
        entry.status, entry.finished_at = "done", datetime.now(UTC)
        entry.summary = tally.as_json(sender.code)
        audit.record(
            session,
            actor,
            "sync.imported",
            entity="sync",
            entity_id=sha[:16],
            detail={"file": path.name, "from": sender.code,
                    "export_number": int(header.get("export_number", 0)),
                    "rows": sum(tally.received.values()), "conflicts": tally.conflicts,
                    "parked": tally.parked},
        )  # fmt: skip
    return _summary(path, tally.as_json(sender.code), already=False, resumed=resumed)


# --- status ---------------------------------------------------------------------------


def status(runtime: Runtime, actor: Actor) -> SyncStatus:
    with runtime.read(actor) as session:
        site = local_site(session)
        peers = []
        pending_local = _unfolded(session)
        for other in sites.peers(session):
            known = session.get(SyncPeer, other.id)
            acked = known.acked_seq if known else 0
            waiting = session.scalar(
                select(func.count()).select_from(SyncRow).where(SyncRow.seq > acked)
            )
            peers.append(
                PeerStatus(
                    code=other.code,
                    name=other.name,
                    last_sent_at=known.last_sent_at if known else None,
                    last_sent_file=known.last_sent_file if known else "",
                    last_received_at=known.last_received_at if known else None,
                    last_received_file=known.last_received_file if known else "",
                    waiting=int(waiting or 0) + pending_local,
                )
            )
        return SyncStatus(
            site_code=site.code,
            site_id=str(site.id),
            office_uid=sites.office_uid(session),
            roster_version=sites.roster_version(session),
            peers=tuple(peers),
            open_conflicts=int(
                session.scalar(
                    select(func.count())
                    .select_from(SyncConflict)
                    .where(SyncConflict.resolved_at.is_(None))
                )
                or 0
            ),
            parked=int(session.scalar(select(func.count()).select_from(SyncParked)) or 0),
        )


def _unfolded(session: Session) -> int:
    """Local changes not yet folded into the merge state (they go with the next export)."""
    from counterdesk.store.models import ChangeLog, Setting

    folded = session.get(Setting, "sync.folded_seq")
    since = int(folded.value) if folded else 0
    return int(
        session.scalar(select(func.count()).select_from(ChangeLog).where(ChangeLog.seq > since))
        or 0
    )
