"""Conflict review (issue 11 point 5): a supervisor sees both values with who wrote each
and where, and the choice is a write that replaces both and syncs."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from counterdesk.domain.errors import ConflictError, PermissionDenied, ValidationError
from counterdesk.domain.ids import uuid7
from counterdesk.domain.roles import Role
from counterdesk.services import sync_conflicts
from counterdesk.store.models import Applicant, Application, AuditEvent, SyncConflict, SyncRow
from counterdesk.sync.merge import DELETED, canonical, delete_row, merge_row, resolve_row
from counterdesk.sync.state import state_from_json, state_to_json, writers
from tests.conftest import Office
from tests.issuing_helpers import SAK_CERTIFICATE, filed, person
from tests.sync_conflict_helpers import (
    MINE,
    REMOTE_USER,
    THEIRS,
    phone_conflict,
    reviewed_conflict,
)
from tests.sync_exchange_helpers import (
    PHONE_L01,
    PHONE_L02,
    carry,
    officer_named,
    phone_clash,
    phone_of,
)
from tests.sync_helpers import counters_in


def test_the_supervisor_sees_both_values_with_who_and_where(office: Office) -> None:
    made = phone_conflict(office)
    (view,) = sync_conflicts.open_conflicts(office.runtime, office.actors[Role.SUPERVISOR])
    assert view.id == made.conflict_id
    assert view.record == "Pemohon Budi Santoso"
    assert view.field_label == "Telepon" and view.kind_label == "Diubah di dua loket"
    assert view.choosable
    first, second = view.candidates
    assert (first.value_text, first.site_code, first.written_by, first.in_effect) == (
        THEIRS,
        "L02",
        REMOTE_USER,
        True,
    )
    assert (second.value_text, second.site_code, second.written_by, second.in_effect) == (
        MINE,
        "L01",
        "petugas",
        False,
    )
    assert second.here and not first.here
    assert first.written_at is not None and second.written_at is not None
    assert second.written_at < first.written_at


def test_choosing_a_value_writes_it_everywhere_it_must_go(office: Office) -> None:
    made = phone_conflict(office)
    supervisor = office.actors[Role.SUPERVISOR]
    sync_conflicts.resolve(
        office.runtime, supervisor, made.conflict_id, 2, "dikonfirmasi ke pemohon"
    )
    with office.runtime.read() as s:
        assert s.get(Applicant, made.applicant_id).phone == MINE  # type: ignore[union-attr]
        row = s.get(SyncRow, ("applicant", str(made.applicant_id)))
        assert row is not None and row.seq > 5  # the next export carries it
        resolved = resolve_row(state_from_json(row.state))
        assert resolved.values["phone"] == MINE and not resolved.conflicts
        (phone,) = state_from_json(row.state).fields["phone"].heads
        assert json.loads(phone.value) == MINE
        conflict = s.get(SyncConflict, made.conflict_id)
        assert conflict is not None and conflict.resolved_at is not None
        assert conflict.resolved_by_name == "Atasan"
        assert MINE in conflict.resolution and "dikonfirmasi ke pemohon" in conflict.resolution
        event = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "sync.conflict_resolved")
        ).one()
        assert event.actor_name == "atasan" and event.detail["choice"] == 2
    assert sync_conflicts.open_conflicts(office.runtime, supervisor) == ()


def test_choosing_the_value_in_effect_still_settles_it(office: Office) -> None:
    made = phone_conflict(office)
    sync_conflicts.resolve(office.runtime, office.actors[Role.SUPERVISOR], made.conflict_id, 1)
    with office.runtime.read() as s:
        assert s.get(Applicant, made.applicant_id).phone == THEIRS  # type: ignore[union-attr]
        row = s.get(SyncRow, ("applicant", str(made.applicant_id)))
        assert row is not None
        assert len(state_from_json(row.state).fields["phone"].heads) == 1


def test_only_a_supervisor_settles_a_conflict(office: Office) -> None:
    made = phone_conflict(office)
    admin, officer = office.actors[Role.ADMIN], office.actors[Role.OFFICER]
    assert len(sync_conflicts.open_conflicts(office.runtime, admin)) == 1  # may look
    assert not sync_conflicts.may_resolve(admin)
    for who in (admin, officer):
        with pytest.raises(PermissionDenied):
            sync_conflicts.resolve(office.runtime, who, made.conflict_id, 1)
    with pytest.raises(PermissionDenied):
        sync_conflicts.open_conflicts(office.runtime, officer)
    assert sync_conflicts.open_count(office.runtime, admin) == 1


def test_a_choice_that_is_not_offered_or_twice_is_refused(office: Office) -> None:
    made = phone_conflict(office)
    supervisor = office.actors[Role.SUPERVISOR]
    with pytest.raises(ValidationError, match="pilih nomor 1 sampai 2"):
        sync_conflicts.resolve(office.runtime, supervisor, made.conflict_id, 3)
    sync_conflicts.resolve(office.runtime, supervisor, made.conflict_id, 1)
    with pytest.raises(ConflictError, match="sudah diselesaikan oleh Atasan"):
        sync_conflicts.resolve(office.runtime, supervisor, made.conflict_id, 2)


def _delete_conflict(office: Office) -> tuple[uuid.UUID, uuid.UUID]:
    """The applicant deleted at L02 while this counter changed the phone."""
    made = phone_conflict(office, "Sari Dewi", "3174054403900002")
    with office.runtime.unit() as s:
        row = s.get(SyncRow, ("applicant", str(made.applicant_id)))
        conflict = s.get(SyncConflict, made.conflict_id)
        assert row is not None and conflict is not None
        state = state_from_json(row.state)
        mine = conflict.candidates[1]
        tomb_hlc = conflict.candidates[0]["hlc"].replace("-000000-", "-000001-")
        # the deleter had seen only its own phone write, not this counter's
        seen = type(state)({k: v for k, v in state.fields.items() if k != "phone"})
        deleted = delete_row(seen, tomb_hlc)
        merged = merge_row(state, deleted)
        row.state = state_to_json(merged)
        conflict.kind, conflict.field = "delete", DELETED
        conflict.candidates = [
            {"hlc": tomb_hlc, "value": "true", "by": REMOTE_USER},
            {**mine, "field": "phone"},
        ]
    return made.applicant_id, made.conflict_id


@pytest.mark.parametrize(("choice", "kept"), [(1, False), (2, True)])
def test_a_delete_against_an_edit_removes_or_keeps_the_record(
    office: Office, choice: int, kept: bool
) -> None:
    row_id, conflict_id = _delete_conflict(office)
    supervisor = office.actors[Role.SUPERVISOR]
    (view,) = sync_conflicts.open_conflicts(office.runtime, supervisor)
    assert [c.value_text for c in view.candidates] == ["Dihapus", MINE]
    sync_conflicts.resolve(office.runtime, supervisor, conflict_id, choice)
    with office.runtime.read() as s:
        assert (s.get(Applicant, row_id) is not None) is kept
        row = s.get(SyncRow, ("applicant", str(row_id)))
        assert row is not None
        assert resolve_row(state_from_json(row.state)).deleted is not kept


def test_a_duplicate_number_is_marked_reviewed_with_a_note(office: Office) -> None:
    conflict_id = reviewed_conflict(office, "duplicate_number", "0" * 36, "number")
    supervisor = office.actors[Role.SUPERVISOR]
    (view,) = sync_conflicts.open_conflicts(office.runtime, supervisor)
    assert not view.choosable and "tidak ada yang ditimpa" in view.hint
    sync_conflicts.resolve(office.runtime, supervisor, conflict_id, 0, "nomor L02 diganti")
    with office.runtime.read() as s:
        conflict = s.get(SyncConflict, conflict_id)
        assert conflict is not None
        assert conflict.resolution == "Ditandai sudah ditinjau. nomor L02 diganti"


def test_a_choice_made_at_one_counter_settles_the_other(tmp_path: Path) -> None:
    """Two real counters exchange files: the supervisor's choice at L01 travels to L02,
    whose conflict goes away, and both show the chosen phone."""
    with counters_in(tmp_path, ("L01", "L02")) as (l01, l02):
        applicant_id = phone_clash(l01, l02, tmp_path)
        (view,) = sync_conflicts.open_conflicts(l01.runtime, l01.actors[Role.SUPERVISOR])
        by_site = {c.site_code: c for c in view.candidates}
        assert by_site["L01"].value_text == PHONE_L01 and by_site["L01"].here
        assert by_site["L02"].value_text == PHONE_L02 and by_site["L01"].written_by == "petugas"
        choice = [c.site_code for c in view.candidates].index("L01") + 1
        sync_conflicts.resolve(l01.runtime, l01.actors[Role.SUPERVISOR], view.id, choice)
        assert carry(l01, l02, tmp_path, "4-l01-l02").conflicts == 0
        assert sync_conflicts.open_conflicts(l02.runtime, l02.actors[Role.SUPERVISOR]) == ()
        assert phone_of(l01, applicant_id) == phone_of(l02, applicant_id) == PHONE_L01
        # and back again: nothing reopens at L01
        carry(l02, l01, tmp_path, "5-l02-l01")
        assert sync_conflicts.open_conflicts(l01.runtime, l01.actors[Role.SUPERVISOR]) == ()


def test_both_counters_name_who_changed_each_value(tmp_path: Path) -> None:
    """The writer travels with the write: L01 sees who changed the phone at L02, and L02
    who changed it at L01, though neither knows the other's users."""
    with counters_in(tmp_path, ("L01", "L02")) as (l01, l02):
        sari = officer_named(l02, "sari")
        phone_clash(l01, l02, tmp_path, l02_writer=sari)
        for counter in (l01, l02):
            (view,) = sync_conflicts.open_conflicts(
                counter.runtime, counter.actors[Role.SUPERVISOR]
            )
            who = {c.value_text: (c.written_by, c.site_code) for c in view.candidates}
            assert who == {PHONE_L01: ("petugas", "L01"), PHONE_L02: ("sari", "L02")}


def test_a_choice_names_the_supervisor_who_made_it_at_the_other_counter(
    tmp_path: Path,
) -> None:
    with counters_in(tmp_path, ("L01", "L02")) as (l01, l02):
        applicant_id = phone_clash(l01, l02, tmp_path)
        (view,) = sync_conflicts.open_conflicts(l01.runtime, l01.actors[Role.SUPERVISOR])
        sync_conflicts.resolve(l01.runtime, l01.actors[Role.SUPERVISOR], view.id, 1)
        carry(l01, l02, tmp_path, "4-l01-l02")
        with l02.runtime.read() as s:
            row = s.get(SyncRow, ("applicant", str(applicant_id)))
            assert row is not None
            state = state_from_json(row.state)
            (head,) = state.fields["phone"].heads
            assert writers(row.state)[head.hlc] == "atasan"


def test_a_voucher_used_twice_names_both_applications(office: Office) -> None:
    """The values of a voucher conflict are application ids: shown as their numbers."""
    applicant_id = person(office, photo=False)
    first, second = (filed(office, applicant_id, SAK_CERTIFICATE) for _ in range(2))
    with office.runtime.read() as s:
        ids = {n: s.scalars(select(Application.id).where(Application.number == n)).one()
               for n in (first, second)}  # fmt: skip
    with office.runtime.unit() as s:
        s.add(
            SyncConflict(
                id=uuid7(), kind="voucher", table_name="compensation", row_id=str(uuid7()),
                field="used_application_id",
                candidates=[{"hlc": "", "value": canonical(str(ids[n]))} for n in (first, second)],
            )
        )  # fmt: skip
    (view,) = sync_conflicts.open_conflicts(office.runtime, office.actors[Role.SUPERVISOR])
    assert view.kind_label == "Voucher dipakai di dua loket"
    assert view.field_label == "Dipakai untuk permohonan" and view.choosable
    assert [c.value_text for c in view.candidates] == [
        f"Permohonan {first}",
        f"Permohonan {second}",
    ]
    assert "hanya boleh dipakai satu kali" in view.hint


def test_a_stale_signoff_reads_as_words_not_a_hash(office: Office) -> None:
    with office.runtime.unit() as s:
        s.add(
            SyncConflict(
                id=uuid7(), kind="stale_signoff", table_name="sign_off", row_id=str(uuid7()),
                field="checklist_hash", candidates=[{"value": json.dumps("ab12cd34" + "0" * 56)}],
            )
        )  # fmt: skip
    (view,) = sync_conflicts.open_conflicts(office.runtime, office.actors[Role.SUPERVISOR])
    assert (view.kind_label, view.field_label) == (
        "Persetujuan tidak berlaku lagi",
        "Isi berkas yang disetujui",
    )
    (only,) = view.candidates
    assert only.value_text == "Disetujui untuk isi berkas sebelum diubah (sidik ab12cd34)"
    assert not view.choosable and "kembali ke antrean persetujuan" in view.hint
