"""Sites, keys and the roster between real databases: a new PC asks to join, the admin's
counter admits it, the new PC imports the roster; later rosters, refused rosters (with
nothing changed), duplicate codes, revocation, the certificate verifier."""

from __future__ import annotations

import base64
import dataclasses
import os
import re
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from counterdesk.domain import roster as r
from counterdesk.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from counterdesk.domain.payload import CertificateClaim
from counterdesk.domain.roles import Role
from counterdesk.services import accounts, setup, signing, sites, verification_offline
from counterdesk.services.atomic_file import write_atomically
from counterdesk.services.context import Actor
from counterdesk.services.runtime import Runtime
from counterdesk.store.base import utcnow
from counterdesk.store.models import AuditEvent, Setting, Site, SyncPeer
from tests.conftest import Office, office_setup

FINGERPRINT = r"[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}"


@dataclasses.dataclass
class Pc:
    runtime: Runtime
    admin: Actor
    officer: Actor


@pytest.fixture
def new_pc(tmp_path: Path) -> Iterator[Pc]:
    pc = _make_pc(tmp_path, "L02")
    yield pc
    pc.runtime.close()


@pytest.fixture
def third_pc(tmp_path: Path) -> Iterator[Pc]:
    pc = _make_pc(tmp_path, "L03")
    yield pc
    pc.runtime.close()


def _make_pc(folder: Path, code: str) -> Pc:
    """Another PC of the office, set up on its own (its own admin, its own counter code)."""
    folder.mkdir(exist_ok=True)
    runtime = Runtime.open(database_file=folder / f"{code}.sqlite3")
    with runtime.unit() as session:
        admin = accounts.actor_for(
            setup.initialize(
                session,
                office_setup(
                    counter_code=code, admin_username=f"a{code}", office_name=f"PC baru {code}"
                ),
            )
        )
        officer = accounts.create_user(
            session,
            admin,
            accounts.NewUser(f"petugas{code}", "Petugas", frozenset({Role.OFFICER}), "rahasia123"),
        )
        return Pc(runtime, admin, accounts.actor_for(officer))


def _admin(office: Office) -> Actor:
    return office.actors[Role.ADMIN]


def _snapshot(runtime: Runtime) -> tuple[object, ...]:
    """Everything a roster import may touch: sites, settings, the audit log."""
    with runtime.read() as s:
        site_rows = [
            (x.id, x.code, x.name, x.revoked, x.revoked_at, x.roster_version)
            for x in s.scalars(select(Site).order_by(Site.code))
        ]
        settings = sorted((x.key, x.value) for x in s.scalars(select(Setting)))
        audit = len(list(s.scalars(select(AuditEvent))))
    return tuple(site_rows), tuple(settings), audit


def _join(office: Office, pc: Pc, tmp_path: Path, version_file: str = "roster.cdr") -> Path:
    """pc writes its request, the office's admin admits it: the roster file."""
    request = tmp_path / f"{uuid.uuid4().hex[:6]}.cdj"
    sites.write_join_request(pc.runtime, pc.admin, request, name="Loket Pelabuhan")
    out = tmp_path / version_file
    sites.admit(office.runtime, _admin(office), request, out)
    return out


def test_set_up_gives_the_counter_both_keys_and_the_office_its_uid(office: Office) -> None:
    with office.runtime.unit() as s:
        keys = sites.local_keys(s)
        site = setup.local_site(s)
        assert keys.site_id == str(site.id) and keys.code == "L01"
        assert keys.signing_private.public_key().public_bytes_raw() == site.signing_public_key
        assert keys.exchange_private.public_key().public_bytes_raw() == site.exchange_public_key
        uid = sites.office_uid(s)
        assert uuid.UUID(uid)
        sites.ensure_site_keys(s)  # again: nothing new
        assert sites.local_keys(s).exchange_private.private_bytes_raw() == (
            keys.exchange_private.private_bytes_raw()
        )
        assert sites.office_uid(s) == uid
        assert sites.peers(s) == [] and sites.site_by_id(s, keys.site_id) is site
        assert sites.site_by_id(s, "bukan-uuid") is None


def test_a_key_of_another_site_is_refused(office: Office) -> None:
    with office.runtime.unit() as s:
        stored = s.get(Setting, sites.EXCHANGE_KEY_SETTING)
        assert stored is not None
        stored.value = f"{uuid.uuid4()}:{stored.value.split(':')[1]}"
    with office.runtime.read() as s, pytest.raises(ConflictError, match="bukan milik loket L01"):
        sites.local_keys(s)


def test_a_new_pc_joins_the_office(office: Office, new_pc: Pc, tmp_path: Path) -> None:
    request = tmp_path / "L02.cdj"
    written = sites.write_join_request(new_pc.runtime, new_pc.officer, request, "Loket Pelabuhan")
    seen = sites.inspect_join_request(office.runtime, _admin(office), request)
    assert seen == written and seen.problem == "" and seen.code == "L02"
    assert (
        seen.signing_fingerprint
        == sites.roster_view(new_pc.runtime, new_pc.admin).sites[0].signing_fingerprint
    )  # what the new PC reads out by phone is what the admin sees

    roster_file = tmp_path / "roster.cdr"
    admitted = sites.admit(office.runtime, _admin(office), request, roster_file)
    assert admitted.version == 1 and admitted.signed_by_code == "L01"
    assert [(s.code, s.name, s.is_local) for s in admitted.sites] == [
        ("L01", "Loket utama", True),
        ("L02", "Loket Pelabuhan", False),
    ]

    preview = sites.preview_roster(new_pc.runtime, new_pc.admin, roster_file)
    view = sites.import_roster(new_pc.runtime, new_pc.admin, roster_file)
    assert preview == view
    assert view.first_use and view.signed_by_code == "L01"
    admin_key = admitted.sites[0].signing_fingerprint
    assert view.signed_by_fingerprint == admin_key  # shown, to compare by phone
    assert "Loket L01 (Loket utama) ditambahkan." in view.changes

    with office.runtime.read() as a, new_pc.runtime.read() as b:
        assert [p.code for p in sites.peers(a)] == ["L02"]
        assert [p.code for p in sites.peers(b)] == ["L01"]
        assert sites.office_uid(a) == sites.office_uid(b)  # the new PC joined this office
        assert sites.roster_version(b) == 1
        # each trusts the other's certificate key
        assert signing.key_id(setup.local_site(b).signing_public_key or b"") in (
            verification_offline.trusted_keys(a)
        )
        actions = [e.action for e in a.scalars(select(AuditEvent))]
        assert "site.admitted" in actions
        imported = [e for e in b.scalars(select(AuditEvent)) if e.action == "roster.imported"]
        assert imported[0].detail["signing_key"] == admin_key
    shown = sites.roster_view(new_pc.runtime, new_pc.officer)
    assert shown.version == 1 and {s.code for s in shown.sites} == {"L01", "L02"}
    assert all(
        len(s.signing_fingerprint) == 19 and s.signing_fingerprint.count("-") == 3
        for s in shown.sites
    )


def test_the_same_roster_again_changes_nothing(office: Office, new_pc: Pc, tmp_path: Path) -> None:
    roster_file = _join(office, new_pc, tmp_path)
    sites.import_roster(new_pc.runtime, new_pc.admin, roster_file)
    before = _snapshot(new_pc.runtime)
    again = sites.import_roster(new_pc.runtime, new_pc.officer, roster_file)
    assert again.changes == ("Roster versi ini sudah berlaku di sini; tidak ada yang berubah.",)
    assert _snapshot(new_pc.runtime) == before


def test_a_later_roster_needs_a_roster_signature_and_a_higher_version(
    office: Office, new_pc: Pc, third_pc: Pc, tmp_path: Path
) -> None:
    first = _join(office, new_pc, tmp_path, "v1.cdr")
    sites.import_roster(new_pc.runtime, new_pc.admin, first)
    second = _join(office, third_pc, tmp_path, "v2.cdr")

    view = sites.import_roster(new_pc.runtime, new_pc.officer, second)  # no admin needed now
    assert view.version == 2 and not view.first_use
    assert view.changes == ("Versi roster 1 → 2.", "Loket L03 (Loket Pelabuhan) ditambahkan.")

    before = _snapshot(new_pc.runtime)
    with pytest.raises(ValidationError, match="versi 1, lebih lama dari versi 2") as refused:
        sites.import_roster(new_pc.runtime, new_pc.admin, first)
    assert "tidak ada yang berubah" in str(refused.value)
    assert _snapshot(new_pc.runtime) == before


def _rewrite(path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    """The roster file with ``change`` applied and written as CounterDesk would (the
    signature left as it was)."""
    changed = change(r.decode_roster(path.read_bytes()))
    out = path.with_name("changed.cdr")
    out.write_bytes(r.encode_roster(changed))
    return out


def test_a_tampered_roster_is_refused_and_nothing_changes(
    office: Office, new_pc: Pc, third_pc: Pc, tmp_path: Path
) -> None:
    sites.import_roster(new_pc.runtime, new_pc.admin, _join(office, new_pc, tmp_path, "v1.cdr"))
    second = _join(office, third_pc, tmp_path, "v2.cdr")
    before = _snapshot(new_pc.runtime)

    data = second.read_bytes()
    edited = tmp_path / "edited.cdr"
    edited.write_bytes(data.replace(b'"L03"', b'"L04"'))
    with pytest.raises(ValidationError, match="tidak cocok dengan isinya"):
        sites.import_roster(new_pc.runtime, new_pc.admin, edited)
    edited.write_bytes(data.replace(b"\n", b"\r\n"))  # "saved" by an editor
    with pytest.raises(ValidationError, match="diubah sesudah ditulis"):
        sites.import_roster(new_pc.runtime, new_pc.admin, edited)
    edited.write_bytes(data[: len(data) // 2])
    with pytest.raises(ValidationError, match="bukan roster CounterDesk yang utuh"):
        sites.import_roster(new_pc.runtime, new_pc.admin, edited)
    with pytest.raises(ValidationError, match="tidak dapat dibaca"):
        sites.import_roster(new_pc.runtime, new_pc.admin, tmp_path / "tidak-ada.cdr")
    assert _snapshot(new_pc.runtime) == before


def test_a_roster_signed_by_a_stranger_is_refused(
    office: Office, new_pc: Pc, third_pc: Pc, tmp_path: Path
) -> None:
    """L03 is in roster v2 but this PC holds v1, where it is unknown: not trusted yet."""
    sites.import_roster(new_pc.runtime, new_pc.admin, _join(office, new_pc, tmp_path, "v1.cdr"))
    second = _join(office, third_pc, tmp_path, "v2.cdr")
    sites.import_roster(third_pc.runtime, third_pc.admin, second)
    resigned = tmp_path / "by-l03.cdr"
    with third_pc.runtime.read() as s:
        keys = sites.local_keys(s)
    roster = r.sign_roster(r.decode_roster(second.read_bytes()), keys.signing_private, keys.site_id)
    resigned.write_bytes(r.encode_roster(roster))
    before = _snapshot(new_pc.runtime)
    with pytest.raises(ValidationError, match="tidak dikenal atau sudah dicabut"):
        sites.import_roster(new_pc.runtime, new_pc.admin, resigned)
    assert _snapshot(new_pc.runtime) == before


def test_a_roster_without_this_pc_or_of_another_office_is_refused(
    office: Office, new_pc: Pc, third_pc: Pc, tmp_path: Path
) -> None:
    roster_for_l03 = _join(office, third_pc, tmp_path)
    with pytest.raises(ValidationError, match=r"tidak memuat loket ini \(L02\)"):
        sites.import_roster(new_pc.runtime, new_pc.admin, roster_for_l03)
    with pytest.raises(PermissionDenied, match="Roster pertama di loket ini menentukan"):
        sites.import_roster(third_pc.runtime, third_pc.officer, roster_for_l03)
    assert sites.roster_view(third_pc.runtime, third_pc.admin).version == 0

    sites.import_roster(third_pc.runtime, third_pc.admin, roster_for_l03)
    with office.runtime.read() as s:
        keys = sites.local_keys(s)
    foreign = _rewrite(
        roster_for_l03,
        lambda x: r.sign_roster(
            dataclasses.replace(x, office_uid=str(uuid.uuid4()), version=9),
            keys.signing_private,
            keys.site_id,
        ),
    )
    with pytest.raises(ValidationError, match="milik kantor lain"):
        sites.import_roster(third_pc.runtime, third_pc.admin, foreign)


def test_a_roster_may_not_undo_a_revocation_or_change_a_key(
    office: Office, new_pc: Pc, third_pc: Pc, tmp_path: Path
) -> None:
    sites.import_roster(new_pc.runtime, new_pc.admin, _join(office, new_pc, tmp_path, "v1.cdr"))
    sites.import_roster(third_pc.runtime, third_pc.admin, _join(office, third_pc, tmp_path))
    revoked = tmp_path / "v3.cdr"
    sites.revoke(office.runtime, _admin(office), "L02", revoked)
    view = sites.import_roster(third_pc.runtime, third_pc.admin, revoked)
    assert "Loket L02 dicabut." in view.changes
    before = _snapshot(third_pc.runtime)
    assert sites.import_roster(third_pc.runtime, third_pc.admin, revoked).changes == (
        "Roster versi ini sudah berlaku di sini; tidak ada yang berubah.",
    )
    assert _snapshot(third_pc.runtime) == before
    with office.runtime.read() as s:
        keys = sites.local_keys(s)

    def resign(change):  # type: ignore[no-untyped-def]
        return _rewrite(
            revoked,
            lambda x: r.sign_roster(
                dataclasses.replace(x, version=x.version + 1, sites=tuple(map(change, x.sites))),
                keys.signing_private,
                keys.site_id,
            ),
        )

    restored = resign(
        lambda s: dataclasses.replace(s, revoked=False, revoked_at="") if s.code == "L02" else s
    )
    with pytest.raises(ValidationError, match="memulihkan loket L02"):
        sites.import_roster(third_pc.runtime, third_pc.admin, restored)
    rekeyed = resign(
        lambda s: dataclasses.replace(s, exchange_public=bytes(32)) if s.code == "L02" else s
    )
    with pytest.raises(ValidationError, match="kunci loket L02 di roster ini berbeda"):
        sites.import_roster(third_pc.runtime, third_pc.admin, rekeyed)


def test_a_duplicate_counter_code_is_refused(office: Office, new_pc: Pc, tmp_path: Path) -> None:
    sites.import_roster(new_pc.runtime, new_pc.admin, _join(office, new_pc, tmp_path))
    twin = _make_pc(tmp_path / "twin", "L02")
    request = tmp_path / "twin.cdj"
    sites.write_join_request(twin.runtime, twin.admin, request)
    view = sites.inspect_join_request(office.runtime, _admin(office), request)
    assert "Kode loket L02 sudah dipakai loket Loket Pelabuhan" in view.problem
    before = _snapshot(office.runtime)
    with pytest.raises(ConflictError, match="siapkan ulang PC baru dengan kode lain"):
        sites.admit(office.runtime, _admin(office), request, tmp_path / "r.cdr")
    assert _snapshot(office.runtime) == before and not (tmp_path / "r.cdr").exists()
    twin.runtime.close()


def test_admitting_twice_or_its_own_request_is_refused(
    office: Office, new_pc: Pc, tmp_path: Path
) -> None:
    request = tmp_path / "L02.cdj"
    sites.write_join_request(new_pc.runtime, new_pc.admin, request)
    sites.admit(office.runtime, _admin(office), request, tmp_path / "r.cdr")
    with pytest.raises(ConflictError, match="Loket L02 sudah ada di roster"):
        sites.admit(office.runtime, _admin(office), request, tmp_path / "r.cdr")
    own = tmp_path / "own.cdj"
    sites.write_join_request(office.runtime, _admin(office), own)
    with pytest.raises(ConflictError, match="oleh loket ini sendiri"):
        sites.admit(office.runtime, _admin(office), own, tmp_path / "r.cdr")


def test_admit_and_revoke_are_for_admins(office: Office, new_pc: Pc, tmp_path: Path) -> None:
    request = tmp_path / "L02.cdj"
    sites.write_join_request(new_pc.runtime, new_pc.officer, request)
    for role in (Role.OFFICER, Role.SUPERVISOR, Role.PRINTER):
        with pytest.raises(PermissionDenied):
            sites.admit(office.runtime, office.actors[role], request, tmp_path / "r.cdr")
    sites.admit(office.runtime, _admin(office), request, tmp_path / "r.cdr")
    with pytest.raises(PermissionDenied):
        sites.revoke(office.runtime, office.actors[Role.SUPERVISOR], "L02")
    assert sites.roster_view(office.runtime, _admin(office)).version == 1


def test_revoking_a_counter(office: Office, new_pc: Pc, tmp_path: Path) -> None:
    sites.import_roster(new_pc.runtime, new_pc.admin, _join(office, new_pc, tmp_path))
    view = sites.revoke(office.runtime, _admin(office), "l02", tmp_path / "v2.cdr")
    assert view.version == 2
    l02 = next(s for s in view.sites if s.code == "L02")
    assert l02.revoked and l02.revoked_at is not None
    with office.runtime.read() as s:
        assert sites.peers(s) == []
        events = [e for e in s.scalars(select(AuditEvent)) if e.action == "site.revoked"]
        assert events[0].detail == {"counter": "L02", "roster_version": 2}
    with pytest.raises(ConflictError, match="sudah dicabut sebelumnya"):
        sites.revoke(office.runtime, _admin(office), "L02")
    with pytest.raises(ConflictError, match="tidak dapat mencabut dirinya"):
        sites.revoke(office.runtime, _admin(office), "L01")
    with pytest.raises(NotFound, match="Loket L09 tidak ada di roster"):
        sites.revoke(office.runtime, _admin(office), "L09")
    # the revoked PC learns it: its roster says so, and it can no longer sign one
    after = sites.import_roster(new_pc.runtime, new_pc.admin, tmp_path / "v2.cdr")
    assert next(s for s in after.sites if s.code == "L02").revoked
    with pytest.raises(ConflictError, match="sudah dicabut dari roster"):
        sites.write_roster(new_pc.runtime, new_pc.admin, tmp_path / "x.cdr")


def test_a_revoked_counter_vouches_only_for_certificates_issued_before(
    office: Office, new_pc: Pc, tmp_path: Path
) -> None:
    sites.import_roster(new_pc.runtime, new_pc.admin, _join(office, new_pc, tmp_path))
    with new_pc.runtime.unit() as s:
        today = verification_offline.office_day(s, utcnow())
        claim = CertificateClaim("", "SRT-L02-26-000001X", "BUDI", today - timedelta(days=3), None)
        earlier = signing.sign_claim(s, claim)
        later = signing.sign_claim(s, dataclasses.replace(claim, issued_on=today))
    with office.runtime.read() as s:
        for payload in (earlier, later):  # not revoked: both signatures trusted
            assert verification_offline.verify_text(s, payload).outcome == "unknown_serial"
    sites.revoke(office.runtime, _admin(office), "L02")
    with office.runtime.read() as s:
        before = verification_offline.verify_text(s, earlier)
        assert before.outcome == "unknown_serial"  # signed before: still its key
        after = verification_offline.verify_text(s, later)
        assert after.outcome == "unknown_key"
        assert "milik loket L02 sudah dicabut sejak" in after.details[0]


def test_the_roster_view_has_readable_fingerprints_and_last_seen(
    office: Office, new_pc: Pc, tmp_path: Path
) -> None:
    _join(office, new_pc, tmp_path)
    with office.runtime.unit() as s:
        l02 = s.scalar(select(Site).where(Site.code == "L02"))
        assert l02 is not None
        s.add(SyncPeer(site_id=l02.id, last_received_at=utcnow()))
        public = l02.signing_public_key or b""
    view = sites.roster_view(office.runtime, office.actors[Role.OFFICER])
    shown = {s.code: s for s in view.sites}
    assert shown["L02"].last_seen is not None and shown["L01"].last_seen is None
    assert shown["L02"].signing_fingerprint == r.fingerprint(public)
    assert shown["L02"].signing_fingerprint.replace("-", "")[:8] == signing.key_id(public)
    assert all(re.fullmatch(FINGERPRINT, s.exchange_fingerprint) for s in view.sites)


def test_files_are_written_under_a_temporary_name_synced_then_renamed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace
    names: dict[int, str] = {}
    real_open = Path.open

    def spy_open(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        handle = real_open(self, *args, **kwargs)  # type: ignore[call-overload]
        names[handle.fileno()] = self.name
        return handle

    def spy_fsync(fd: int) -> None:
        steps.append(("fsync", names.pop(fd, "folder")))
        real_fsync(fd)

    def spy_replace(src: str | Path, dst: str | Path) -> None:
        steps.append(("rename", f"{Path(src).name}->{Path(dst).name}"))
        real_replace(src, dst)

    monkeypatch.setattr(Path, "open", spy_open)
    monkeypatch.setattr("counterdesk.services.atomic_file.os.fsync", spy_fsync)
    monkeypatch.setattr("counterdesk.services.atomic_file.os.replace", spy_replace)
    target = tmp_path / "roster.cdr"
    write_atomically(target, b"isi")
    temporary = steps[0][1]
    assert temporary.startswith(".roster.cdr.") and temporary.endswith(".tmp")
    assert steps == [
        ("fsync", temporary),
        ("rename", f"{temporary}->roster.cdr"),
        ("fsync", "folder"),
    ]
    assert target.read_bytes() == b"isi" and sorted(p.name for p in tmp_path.iterdir()) == [
        "roster.cdr"
    ]


def test_a_roster_that_cannot_be_written_admits_nothing(
    office: Office, new_pc: Pc, tmp_path: Path
) -> None:
    request = tmp_path / "L02.cdj"
    sites.write_join_request(new_pc.runtime, new_pc.admin, request)
    before = _snapshot(office.runtime)
    with pytest.raises(ValidationError, match="tidak dapat ditulis"):
        sites.admit(office.runtime, _admin(office), request, tmp_path / "tidak-ada" / "r.cdr")
    assert _snapshot(office.runtime) == before
    assert not list((tmp_path).glob(".*.tmp"))


def test_the_exchange_key_setting_is_this_sites_raw_key(office: Office) -> None:
    with office.runtime.read() as s:
        stored = s.get(Setting, sites.EXCHANGE_KEY_SETTING)
        assert stored is not None
        owner, _, encoded = stored.value.partition(":")
        assert owner == str(setup.local_site(s).id) and len(base64.b64decode(encoded)) == 32
