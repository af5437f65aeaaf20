"""Conflict review (issue 11 point 5): what two counters wrote without seeing each other,
side by side with who wrote each, where and when; a supervisor chooses one.

The choice is itself a write (``sync.merge.write_fields`` replacing every head, or a
tombstone/keep for a row deleted at one counter and edited at another): it is applied to
the table row and to the row's merge state, whose ``SyncRow.seq`` moves up so the next
export carries it and the other counters' conflict goes away as well. Kinds that a
choice of value cannot settle (a duplicate number, two versions of an append-only record,
a sign-off made stale) are marked reviewed, with the supervisor's note.

``SyncConflict.candidates`` (written by the importer): one JSON object per value, the one
in effect first — ``hlc`` (the write's stamp, whose site part names the counter),
``value`` (canonical JSON) and, when known, ``by`` (who wrote it) and ``field`` (for the
edits of a delete conflict). The importer takes ``by`` from the merge state, which carries
the writer of each stamp from the counter that made it (``sync.state.writers``); a missing
``by`` (a file from before writers travelled) is looked up in the local change log.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counterdesk.domain.errors import ConflictError, NotFound, ValidationError
from counterdesk.domain.formatting import format_date_short
from counterdesk.domain.hlc import Hlc
from counterdesk.domain.roles import Role
from counterdesk.domain.states import STATUS_LABELS, AppStatus
from counterdesk.services import audit
from counterdesk.services.context import Actor, require_role
from counterdesk.services.sync import TABLE_LABELS
from counterdesk.store.base import SyncedMixin, utcnow
from counterdesk.store.models import (
    SYNCED_MODELS,
    Applicant,
    Application,
    ChangeLog,
    Site,
    SyncConflict,
    SyncRow,
)
from counterdesk.sync.merge import DELETED, canonical, delete_row, write_fields
from counterdesk.sync.state import (
    RowSeq,
    fold_local_changes,
    raw_connection,
    state_from_json,
    state_to_json,
    writers,
)

if TYPE_CHECKING:
    from counterdesk.services.runtime import Runtime

__all__ = [
    "KIND_LABELS",
    "ConflictCandidate",
    "ConflictView",
    "may_resolve",
    "open_conflicts",
    "open_count",
    "resolve",
    "resolve_in",
]

KIND_LABELS: Mapping[str, str] = {
    "field": "Diubah di dua loket",
    "delete": "Dihapus di satu loket, diubah di loket lain",
    "voucher": "Voucher dipakai di dua loket",
    "duplicate_number": "Nomor ganda",
    "quarantine": "Catatan sama, isi berbeda",
    "stale_signoff": "Persetujuan tidak berlaku lagi",
}
CHOOSABLE = frozenset({"field", "delete", "voucher"})
_HINTS: Mapping[str, str] = {
    "field": "Pilih nilai yang benar; pilihan Anda dikirim ke loket lain pada sinkronisasi "
    "berikutnya.",
    "voucher": "Voucher hanya boleh dipakai satu kali: pilih permohonan yang berhak; pada "
    "permohonan lain hari potongannya tidak berlaku.",
    "delete": "Pilih: data dihapus, atau dipertahankan dengan perubahan dari loket lain.",
    "duplicate_number": "Dua data memakai nomor yang sama; tidak ada yang ditimpa. Perbaiki "
    "nomor salah satunya, lalu tandai sudah ditinjau.",
    "quarantine": "Catatan yang tidak boleh diubah datang dengan isi berbeda; keduanya "
    "disimpan. Periksa, lalu tandai sudah ditinjau.",
    "stale_signoff": "Berkas diubah setelah disetujui; persetujuan itu tidak berlaku dan "
    "berkas kembali ke antrean persetujuan. Tandai sudah ditinjau.",
}
FIELD_LABELS: Mapping[str, str] = {
    DELETED: "Hapus atau pertahankan",
    "name": "Nama",
    "nik": "NIK",
    "nib": "NIB",
    "birth_place": "Tempat lahir",
    "birth_date": "Tanggal lahir",
    "sex": "Jenis kelamin",
    "address": "Alamat",
    "phone": "Telepon",
    "email": "E-mail",
    "agency": "Instansi",
    "contact_person": "Narahubung",
    "status": "Status",
    "stage": "Tahap",
    "notes": "Catatan",
    "note": "Catatan",
    "due_on": "Jatuh tempo",
    "present": "Berkas ada",
    "valid": "Keabsahan",
    "decision": "Keputusan",
    "reason": "Alasan",
    "title": "Judul",
    "valid_until": "Berlaku sampai",
    "used_application_id": "Dipakai untuk permohonan",
    "amount": "Jumlah",
    "ntpn": "NTPN",
    "close_reason": "Alasan penutupan",
    "checklist_hash": "Isi berkas yang disetujui",
}
_RECORD_ATTRS = ("number", "serial", "letter_number", "name")


@dataclass(frozen=True, slots=True)
class ConflictCandidate:
    value_text: str
    written_at: datetime | None  # from the write's HLC stamp (UTC); None if unreadable
    written_by: str  # the user who wrote it, "" when the file did not say
    site_code: str  # the counter it was written at
    here: bool  # …which is this counter
    in_effect: bool  # the value the record shows until a supervisor chooses


@dataclass(frozen=True, slots=True)
class ConflictView:
    id: uuid.UUID
    kind: str
    kind_label: str
    table_label: str
    record: str  # e.g. "Permohonan TT-L01-26-000012X"
    field_label: str
    candidates: tuple[ConflictCandidate, ...]
    detected_at: datetime
    choosable: bool  # a value can be chosen; else it is marked reviewed
    hint: str  # what choosing does, for the screen


def may_resolve(actor: Actor) -> bool:
    """Only a supervisor settles a conflict (an admin may look)."""
    return actor.has(Role.SUPERVISOR)


def _may_view(actor: Actor) -> None:
    require_role(actor, Role.SUPERVISOR, Role.ADMIN)


# --- reading ---------------------------------------------------------------------------


def open_count(runtime: Runtime, actor: Actor) -> int:
    _may_view(actor)
    with runtime.read(actor) as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(SyncConflict)
                .where(SyncConflict.resolved_at.is_(None))
            )
            or 0
        )


def open_conflicts(runtime: Runtime, actor: Actor) -> tuple[ConflictView, ...]:
    """Every conflict not yet settled, the oldest first."""
    _may_view(actor)
    with runtime.read(actor) as session:
        return open_conflicts_in(session)


def open_conflicts_in(session: Session) -> tuple[ConflictView, ...]:
    rows = session.scalars(
        select(SyncConflict)
        .where(SyncConflict.resolved_at.is_(None))
        .order_by(SyncConflict.detected_at, SyncConflict.id)
    ).all()
    namer = _Namer(session, [c for row in rows for c in _candidates(row)])
    return tuple(_view(session, row, namer) for row in rows)


def _candidates(row: SyncConflict) -> list[dict[str, Any]]:
    return [c if isinstance(c, dict) else {"value": canonical(c)} for c in row.candidates or []]


class _Namer:
    """Site codes by site id and writers by stamp, each read once for the whole list."""

    def __init__(self, session: Session, candidates: Sequence[Mapping[str, Any]]) -> None:
        sites = list(session.scalars(select(Site)))
        self.codes = {str(s.id): s.code for s in sites}
        self.local = {str(s.id) for s in sites if s.is_local}
        stamps = [str(c["hlc"]) for c in candidates if c.get("hlc") and not c.get("by")]
        self.writers: dict[str, str] = {}
        for start in range(0, len(stamps), 500):
            chunk = stamps[start : start + 500]
            found = session.execute(
                select(ChangeLog.hlc, ChangeLog.actor).where(ChangeLog.hlc.in_(chunk))
            )
            self.writers.update({hlc: who for hlc, who in found if who})

    def candidate(
        self, session: Session, raw: Mapping[str, Any], conflict: SyncConflict, first: bool
    ) -> ConflictCandidate:
        stamp = _parse_stamp(str(raw.get("hlc", "")))
        written_at = datetime.fromtimestamp(stamp.wall_ms / 1000, UTC) if stamp else None
        site = str(raw.get("site") or (stamp.site if stamp else ""))
        by = str(raw.get("by") or self.writers.get(str(raw.get("hlc", "")), ""))
        text = _value_text(session, str(raw.get("field") or conflict.field), raw.get("value"))
        if raw.get("row"):  # a duplicate number: which of the two records holds it
            text += f" (data {str(raw['row'])[:8]})"
        return ConflictCandidate(
            value_text=text,
            written_at=written_at,
            written_by=by,
            site_code=self.codes.get(site, site[:8]),
            here=site in self.local,
            in_effect=first,
        )


def _parse_stamp(text: str) -> Hlc | None:
    try:
        return Hlc.parse(text)
    except ValueError:
        return None


def _view(session: Session, row: SyncConflict, namer: _Namer) -> ConflictView:
    table_label = TABLE_LABELS.get(row.table_name, row.table_name.replace("_", " ").capitalize())
    return ConflictView(
        id=row.id,
        kind=row.kind,
        kind_label=KIND_LABELS.get(row.kind, row.kind),
        table_label=table_label,
        record=f"{table_label} {_record_name(session, row.table_name, row.row_id)}",
        field_label=field_label(row.field),
        candidates=tuple(
            namer.candidate(session, c, row, i == 0) for i, c in enumerate(_candidates(row))
        ),
        detected_at=row.detected_at,
        choosable=row.kind in CHOOSABLE,
        hint=_HINTS.get(row.kind, ""),
    )


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name.replace("_", " ").capitalize())


_MODELS: dict[str, type[SyncedMixin]] = {m.__tablename__: m for m in SYNCED_MODELS}  # type: ignore[attr-defined]


def _row(session: Session, table: str, row_id: str) -> SyncedMixin | None:
    model = _MODELS.get(table)
    if model is None:
        return None
    try:
        return session.get(model, uuid.UUID(row_id))
    except ValueError:
        return None


def _record_name(session: Session, table: str, row_id: str) -> str:
    obj = _row(session, table, row_id)
    if obj is None:
        return f"{row_id[:8]} (belum/tidak ada di loket ini)"
    for attr in _RECORD_ATTRS:
        value = getattr(obj, attr, None)
        if value:
            return str(value)
    application_id = getattr(obj, "application_id", None)
    if application_id is not None:
        number = session.scalar(select(Application.number).where(Application.id == application_id))
        if number:
            return f"untuk permohonan {number}"
    return row_id[:8]


def _value_text(session: Session, field: str, value: Any) -> str:
    """A stored value the way a supervisor reads it."""
    try:
        decoded = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        decoded = value
    if field == DELETED:
        return "Dihapus" if decoded is True else "Dipertahankan"
    if decoded is None or decoded == "":
        return "(kosong)"
    if isinstance(decoded, bool):
        return "Ya" if decoded else "Tidak"
    if isinstance(decoded, str):
        return _text_of(session, field, decoded)
    return str(decoded) if not isinstance(decoded, dict | list) else canonical(decoded)


def _text_of(session: Session, field: str, text: str) -> str:
    if field == "checklist_hash":  # a stale sign-off: what it approved is no longer there
        return f"Disetujui untuk isi berkas sebelum diubah (sidik {text[:8]})"
    if field == "status" and text in AppStatus.__members__.values():
        return STATUS_LABELS[AppStatus(text)]
    if field.endswith("_id"):
        try:
            key = uuid.UUID(text)
        except ValueError:
            return text
        number = session.scalar(select(Application.number).where(Application.id == key))
        name = number or session.scalar(select(Applicant.name).where(Applicant.id == key))
        return f"Permohonan {number}" if number else (name or text[:8])
    try:
        if len(text) == 10:
            return format_date_short(date.fromisoformat(text))
    except ValueError:
        pass
    return text


# --- choosing --------------------------------------------------------------------------


def resolve(
    runtime: Runtime, actor: Actor, conflict_id: uuid.UUID, choice: int, note: str = ""
) -> None:
    """Settle one conflict: ``choice`` is the candidate's number (1 = the first shown);
    for a kind without values to choose (``choosable`` False) pass 0 to mark it reviewed."""
    require_role(actor, Role.SUPERVISOR)
    with runtime.unit(actor) as session:
        resolve_in(session, actor, conflict_id, choice, note)


def resolve_in(
    session: Session, actor: Actor, conflict_id: uuid.UUID, choice: int, note: str = ""
) -> None:
    require_role(actor, Role.SUPERVISOR)
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None:
        raise NotFound(f"Konflik {conflict_id} tidak ditemukan. Muat ulang daftar konflik.")
    if conflict.resolved_at is not None:
        raise ConflictError(
            f"Konflik ini sudah diselesaikan oleh {conflict.resolved_by_name or 'orang lain'}. "
            "Muat ulang daftar konflik."
        )
    candidates = _candidates(conflict)
    chosen: dict[str, Any] | None = None
    if conflict.kind in CHOOSABLE:
        if not 1 <= choice <= len(candidates):
            raise ValidationError(
                "choice",
                f"Pilihan {choice} tidak ada; pilih nomor 1 sampai {len(candidates)}.",
            )
        chosen = candidates[choice - 1]
        text = _value_text(session, str(chosen.get("field") or conflict.field), chosen.get("value"))
        resolution = f"Dipilih nilai {choice}: {text}"
    else:
        resolution = "Ditandai sudah ditinjau"
    note = note.strip()
    conflict.resolved_at = utcnow()
    conflict.resolved_by_name = actor.full_name or actor.username
    conflict.resolution = f"{resolution}. {note}" if note else resolution
    # Settled before the write: the engine's fold drops only the conflicts still open.
    session.flush()
    if chosen is not None:
        _apply_choice(session, conflict, chosen, actor.username)
    audit.record(
        session,
        actor,
        "sync.conflict_resolved",
        entity=conflict.table_name,
        entity_id=conflict.row_id,
        detail={
            "conflict": str(conflict.id),
            "kind": conflict.kind,
            "field": conflict.field,
            "choice": choice,
            "value": chosen.get("value") if chosen else None,
            "note": note,
        },
    )
    session.flush()


def _apply_choice(
    session: Session, conflict: SyncConflict, chosen: Mapping[str, Any], by: str
) -> None:
    """The chosen value as one more write: merge state first (so it syncs), then the row."""
    fold_local_changes(session)  # an earlier local edit folded later must not undo it
    sync_row = session.get(SyncRow, (conflict.table_name, conflict.row_id))
    if sync_row is None:
        raise ConflictError(
            "Data sinkronisasi baris ini tidak ditemukan; impor ulang berkas terakhir dari "
            "loket lain, lalu coba lagi."
        )
    state = state_from_json(sync_row.state)
    stamp = _stamp(session)
    obj = _row(session, conflict.table_name, conflict.row_id)
    if conflict.kind == "delete":
        remove = str(chosen.get("field") or DELETED) == DELETED and chosen.get("value") == "true"
        state = delete_row(state, stamp, keep=not remove)
        if remove and obj is not None:
            session.delete(obj)
    else:
        value = json.loads(str(chosen.get("value")))
        state = write_fields(state, {conflict.field: value}, stamp)
        if obj is not None:
            setattr(obj, conflict.field, _column_value(type(obj), conflict.field, value))
    sync_row.state = state_to_json(state, writers(sync_row.state) | {stamp: by})
    sync_row.seq = _next_seq(session)


def _stamp(session: Session) -> str:
    from counterdesk.store import changelog

    context = session.info.get(changelog._KEY)  # the unit's own clock
    if context is None:
        raise ConflictError("Loket lokal belum disiapkan. Jalankan `counterdesk init`.")
    return str(context.stamp())


def _next_seq(session: Session) -> int:
    seq = RowSeq(raw_connection(session))
    taken = seq.take()
    seq.save()
    return taken


def _column_value(model: type[SyncedMixin], field: str, value: Any) -> Any:
    """A JSON value back to the column's type (the inverse of the change-log snapshot)."""
    column = model.__table__.columns.get(field)  # type: ignore[attr-defined]
    if column is None:
        raise ConflictError(f"Kolom {field} tidak ada pada {model.__tablename__}.")  # type: ignore[attr-defined]
    if value is None:
        return None
    try:
        target = column.type.python_type
    except NotImplementedError:
        return value
    if target is uuid.UUID:
        return uuid.UUID(str(value))
    if target is datetime:
        moment = datetime.fromisoformat(str(value))
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    if target is date:
        return date.fromisoformat(str(value))
    if target is bytes:
        return bytes.fromhex(str(value))
    return value
