"""What this site knows of each peer, kept with every file: the watermarks (what the peer
has acknowledged, how far we applied its files), and witnessing — each file carries the
sender's audit-chain head, and for each recipient the hash of the sender's chain at the
event that recipient last saw; a different hash means the chain was rewritten after it
was witnessed, which the recipient names (security event and a warning)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counterdesk.services import audit
from counterdesk.services.context import Actor
from counterdesk.services.setup import local_site
from counterdesk.store.models import AuditEvent, Site, SyncPeer
from counterdesk.sync.importer import Sender
from counterdesk.sync.state import raw_connection, read_setting, write_setting

__all__ = ["audit_head", "manifest", "move_watermarks", "peer_of", "witness"]

WITNESSED_BY_KEY = "sync.witnessed_by."  # + peer site id: "seq:hash" of our chain it saw


def peer_of(session: Session, site_id: uuid.UUID) -> SyncPeer:
    peer = session.get(SyncPeer, site_id)
    if peer is None:
        peer = SyncPeer(site_id=site_id, acked_seq=0, sent_seq=0, received_seq=0,
                        last_export_number=0, audit_seq=0, audit_hash="",
                        last_sent_file="", last_received_file="")  # fmt: skip
        session.add(peer)
    return peer


def audit_head(session: Session) -> tuple[int, str]:
    row = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    return (int(row[0]), str(row[1])) if row else (0, "")


def audit_hash_at(session: Session, seq: int) -> str:
    return session.scalar(select(AuditEvent.hash).where(AuditEvent.seq == seq)) or ""


def manifest(session: Session, targets: Sequence[Site], upto: int) -> dict[str, Any]:
    peers = {p.site_id: p for p in session.scalars(select(SyncPeer))}
    head_seq, head_hash = audit_head(session)
    db = raw_connection(session)
    proofs: dict[str, Any] = {}
    for site in targets:
        seen = read_setting(db, WITNESSED_BY_KEY + str(site.id))
        if seen:
            seq = int(seen.partition(":")[0])
            proofs[str(site.id)] = {"seq": seq, "hash": audit_hash_at(session, seq)}
    return {
        "upto_seq": upto,
        "acks": {
            str(p.site_id): {"export_number": p.last_export_number, "upto_seq": p.received_seq}
            for p in peers.values()
            if p.last_export_number
        },
        "witnessed": {
            str(p.site_id): {"seq": p.audit_seq, "hash": p.audit_hash}
            for p in peers.values()
            if p.audit_seq
        },
        "audit_head": {"seq": head_seq, "hash": head_hash},
        "audit_proof": proofs,
    }


def move_watermarks(
    session: Session,
    path: Path,
    header: Mapping[str, Any],
    sender: Sender,
    manifest: Mapping[str, Any],
) -> None:
    here = str(local_site(session).id)
    peer = peer_of(session, uuid.UUID(sender.site_id))
    peer.received_seq = max(peer.received_seq, int(manifest.get("upto_seq", 0)))
    peer.last_export_number = max(peer.last_export_number, int(header.get("export_number", 0)))
    peer.last_received_at, peer.last_received_file = datetime.now(UTC), path.name
    ack = (manifest.get("acks") or {}).get(here)
    if ack:
        peer.acked_seq = max(peer.acked_seq, int(ack.get("upto_seq", 0)))
    seen = (manifest.get("witnessed") or {}).get(here)
    if seen:
        write_setting(
            raw_connection(session),
            WITNESSED_BY_KEY + sender.site_id,
            f"{int(seen.get('seq', 0))}:{seen.get('hash', '')}",
        )


def witness(
    session: Session, actor: Actor, sender: Sender, manifest: Mapping[str, Any]
) -> list[str]:
    """Compare the sender's proof with the audit head we saw of it before; keep the new
    head. A chain rewritten after we witnessed it is a security event."""
    here = str(local_site(session).id)
    peer = peer_of(session, uuid.UUID(sender.site_id))
    head = manifest.get("audit_head") or {}
    proof = (manifest.get("audit_proof") or {}).get(here)
    warnings: list[str] = []
    changed = peer.audit_seq > 0 and (
        int(head.get("seq", 0)) < peer.audit_seq
        or (proof is not None and int(proof.get("seq", -1)) == peer.audit_seq
            and proof.get("hash") != peer.audit_hash)
    )  # fmt: skip
    if changed:
        message = (
            f"Rantai audit loket {sender.code} berubah setelah disaksikan (kejadian ke-"
            f"{peer.audit_seq}). Data tetap diimpor; laporkan ke admin untuk diperiksa."
        )
        warnings.append(message)
        audit.record(
            session,
            actor,
            "sync.audit_chain_changed",
            entity="site",
            entity_id=sender.code,
            detail={"witnessed_seq": peer.audit_seq, "witnessed_hash": peer.audit_hash,
                    "proof": proof, "head": head},
        )  # fmt: skip
    if head.get("seq"):
        peer.audit_seq, peer.audit_hash = int(head["seq"]), str(head.get("hash", ""))
    return warnings
