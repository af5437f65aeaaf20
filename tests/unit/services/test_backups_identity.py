"""A restore takes a new counter identity before it issues any number: the round trip
back up → issue numbers → restore → issue again never repeats a number, and what the old
counter signed still verifies offline."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from counterdesk.domain.errors import DatabaseError
from counterdesk.domain.numbers import parse_number
from counterdesk.domain.roles import Role
from counterdesk.services import backups, registry_entry, setup, signing
from counterdesk.services.runtime import Runtime
from counterdesk.services.verification_offline import verify_text
from counterdesk.store.migrate import NewerDatabase, backup_sqlite, backups_dir
from counterdesk.store.models import AuditEvent, Certificate, Site
from tests.conftest import PASSWORD, Office
from tests.issuing_helpers import SAK_CERTIFICATE, filed, person

pytestmark = pytest.mark.sqlite_only  # the SQLite file, its copies and checks

TODAY = date(2026, 11, 26)


def _file(office: Office, count: int, nik_base: int) -> list[str]:
    return [
        filed(office, person(office, nik=f"31740512039{nik_base + i:05d}"), SAK_CERTIFICATE)
        for i in range(count)
    ]


def _registry_cert(office: Office, serial: str) -> str:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        registry_entry.enter_one(
            s,
            officer,
            registry_entry.HistoricCertificateInput(
                serial=serial,
                name="Siti Nur'aini",
                nik="3174054506900002",
                issued_on=date(2025, 1, 10),
                valid_until=date(2028, 1, 9),
                birth_place="Bogor",
                birth_date=date(1990, 6, 5),
            ),
            today=TODAY,
        )
        cert = s.scalar(select(Certificate).where(Certificate.serial == serial))
        assert cert is not None
        return signing.certificate_payload(s, cert)


def _numbers(path: Path) -> list[str]:
    """Every number string the database holds in its numbered tables."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT number FROM application").fetchall()
    return [str(r[0]) for r in rows]


def test_restore_round_trip_takes_a_new_code_and_never_repeats_a_number(
    office: Office, tmp_path: Path
) -> None:
    admin = office.actors[Role.ADMIN]
    before = _file(office, 4, 1)
    old_payload = _registry_cert(office, "SAK-2025-0042")
    saved = backups.manual_backup(office.runtime, tmp_path / "kemarin.sqlite3")
    lost = _file(office, 3, 100)  # issued after the backup: they exist on paper
    assert [parse_number(n).seq for n in lost] == [5, 6, 7]
    assert {parse_number(n).counter for n in before + lost} == {"L01"}

    result = backups.restore(office.runtime, admin, saved)
    assert (result.old_code, result.new_code) == ("L01", "L02")
    assert "sekarang memakai kode L02 (sebelumnya L01)" in result.message
    assert "site join-request" not in result.message  # no other counter in the roster

    office.runtime = Runtime.open(database_file=result.database)
    officer = office.runtime.login("petugas", PASSWORD)
    office.actors[Role.OFFICER] = officer
    after = _file(office, 1, 200)
    assert parse_number(after[0]).counter == "L02" and parse_number(after[0]).seq == 1
    numbers = _numbers(result.database) + lost  # the lost ones exist outside the file
    assert len(numbers) == len(set(numbers))

    with office.runtime.read() as s:
        old = s.scalar(select(Site).where(Site.code == "L01"))
        new = setup.local_site(s)
        assert old is not None and old.revoked and not old.is_local and old.revoked_at
        assert new.code == "L02" and new.signing_public_key != old.signing_public_key
        assert verify_text(s, old_payload, TODAY).is_valid  # signed by L01 before: still valid
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "backup.restored"))
        assert event is not None and event.detail["old_code"] == "L01"
        assert event.detail["new_code"] == "L02" and event.detail["source"] == str(saved)
    new_payload = _registry_cert(office, "SAK-2026-0001")
    with office.runtime.read() as s:
        assert verify_text(s, new_payload, TODAY).is_valid  # signed with L02's new key
    office.runtime.close()


def test_the_startup_restore_needs_no_login_and_moves_the_broken_file_aside(
    office: Office, tmp_path: Path
) -> None:
    path = office.runtime.db.path
    assert path is not None
    backup_sqlite(path, backups_dir(path))
    _file(office, 2, 1)
    office.runtime.close()
    choice = backups.latest_good_backup(path)
    assert choice is not None and choice.kind_label == "harian"
    with path.open("r+b") as fh:  # damage the current file
        fh.seek(4096)
        fh.write(b"\xff" * 8192)
    result = backups.restore_at_startup(path, choice.path)
    assert result.safety_backup.name.startswith(f"{path.stem}-rusak-")
    assert result.safety_backup.exists() and result.new_code == "L02"
    reopened = Runtime.open(database_file=path)
    try:
        with reopened.read() as s:
            event = s.scalar(select(AuditEvent).where(AuditEvent.action == "backup.restored"))
            assert event is not None and event.actor_name == "sistem"
            assert event.detail["reason"] == "pemulihan saat mulai"
            assert setup.local_site(s).code == "L02"
        assert reopened.login("petugas", PASSWORD).username == "petugas"
    finally:
        reopened.close()
    assert backups.latest_good_backup(path) == choice  # the broken one is never offered


def test_latest_good_backup_skips_a_damaged_copy(office: Office) -> None:
    path = office.runtime.db.path
    assert path is not None
    good = backup_sqlite(path, backups_dir(path))
    bad = backup_sqlite(path, backups_dir(path), label="manual")
    with bad.open("r+b") as fh:
        fh.seek(8192)
        fh.write(b"\x00\xff" * 8192)
    choice = backups.latest_good_backup(path)
    assert choice is not None and choice.path == good


def test_the_copy_taken_before_a_restore_is_offered_only_when_nothing_else_is_good(
    office: Office,
) -> None:
    """After an admin restored a copy, the database he replaced (its safety copy, the
    newest file) is not what the start-up check offers when the restored file breaks."""
    path = office.runtime.db.path
    assert path is not None
    daily = backup_sqlite(path, backups_dir(path))
    safety = backup_sqlite(path, backups_dir(path), label=backups.SAFETY_LABEL)
    choice = backups.latest_good_backup(path)
    assert choice is not None and choice.path == daily
    daily.unlink()
    choice = backups.latest_good_backup(path)
    assert choice is not None and choice.path == safety


def test_a_newer_schema_file_is_refused_with_update_advice(office: Office, tmp_path: Path) -> None:
    newer = backups.manual_backup(office.runtime, tmp_path / "baru.sqlite3")
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(NewerDatabase, match="perbarui aplikasi"):
        backups.restore(office.runtime, office.actors[Role.ADMIN], newer)
    assert not (tmp_path / "backups").exists()  # nothing was changed


def test_a_file_of_another_program_is_refused(office: Office, tmp_path: Path) -> None:
    other = tmp_path / "lain.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (x)")
    with pytest.raises(DatabaseError, match="bukan milik CounterDesk"):
        backups.restore(office.runtime, office.actors[Role.ADMIN], other)
