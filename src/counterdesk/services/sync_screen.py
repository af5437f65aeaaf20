"""Admin › Sinkronisasi in one call (issue 11 point 6): this counter, the roster with each
counter's fingerprints, and per other counter the last file sent and received and how
many changes it has not confirmed yet; what may be done now (export needs another
counter; revoking, one that is neither this one nor revoked already)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from counterdesk.services import sites, sync
from counterdesk.services.context import Actor

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime

__all__ = ["SiteLine", "SyncScreen", "sync_screen"]


@dataclass(frozen=True, slots=True)
class SiteLine:
    code: str
    name: str
    is_local: bool
    revoked: bool
    revoked_at: datetime | None
    signing_fingerprint: str
    exchange_fingerprint: str
    last_sent_at: datetime | None = None
    last_sent_file: str = ""
    last_received_at: datetime | None = None
    last_received_file: str = ""
    waiting: int | None = None  # changes it has not confirmed; None for this counter/revoked

    @property
    def revocable(self) -> bool:
        return not self.is_local and not self.revoked


@dataclass(frozen=True, slots=True)
class SyncScreen:
    site_code: str
    site_name: str
    office_name: str
    roster_version: int
    signing_fingerprint: str  # this counter's, read out by phone when it joins
    sites: tuple[SiteLine, ...]  # this counter first, then by code
    open_conflicts: int
    parked: int

    @property
    def can_export(self) -> bool:
        return any(s.waiting is not None for s in self.sites)


def sync_screen(runtime: Runtime, actor: Actor) -> SyncScreen:
    roster = sites.roster_view(runtime, actor)
    status = sync.status(runtime, actor)
    peers = {p.code: p for p in status.peers}
    lines = []
    for site in roster.sites:
        peer = peers.get(site.code)
        line = SiteLine(
            code=site.code,
            name=site.name,
            is_local=site.is_local,
            revoked=site.revoked,
            revoked_at=site.revoked_at,
            signing_fingerprint=site.signing_fingerprint,
            exchange_fingerprint=site.exchange_fingerprint,
        )
        if peer is not None and not site.revoked:
            line = replace(
                line,
                last_sent_at=peer.last_sent_at,
                last_sent_file=peer.last_sent_file,
                last_received_at=peer.last_received_at,
                last_received_file=peer.last_received_file,
                waiting=peer.waiting,
            )
        lines.append(line)
    lines.sort(key=lambda s: (not s.is_local, s.code))
    local = next((s for s in lines if s.is_local), None)
    return SyncScreen(
        site_code=status.site_code,
        site_name=local.name if local else "",
        office_name=roster.office_name,
        roster_version=roster.version,
        signing_fingerprint=local.signing_fingerprint if local else "",
        sites=tuple(lines),
        open_conflicts=status.open_conflicts,
        parked=status.parked,
    )
