"""Revision 0005 upgrades a 0004 database: its certificates become product kind
'certificate' (the registry keeps them, foreign keys intact), and a payment noted as free
text before issue 9 still counts as paid."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command

from counterdesk.services import applications
from counterdesk.services.runtime import Runtime
from counterdesk.store.engine import make_engine, sqlite_url
from counterdesk.store.migrate import alembic_config

pytestmark = pytest.mark.sqlite_only  # SQLite files at old revisions and their copies

A1, B1, C1, E1 = (f"{i:032x}" for i in range(1, 5))
STAMP = "'', '', '2026-11-02 01:00:00', '2026-11-02 01:00:00'"


def _database_at_0004(path: Path) -> None:
    engine = make_engine(sqlite_url(path))
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0004")
        run = conn.exec_driver_sql
        run(
            "INSERT INTO applicant (id, kind, name, birth_place, sex, address, phone, email, "
            "nip, agency, kbli, contact_person, origin, hlc, created_at, updated_at) VALUES "
            f"('{A1}', 'person', 'Budi', '', 'L', '', '', '', '', '', '', '', {STAMP})"
        )
        run(
            "INSERT INTO application (id, number, applicant_id, standard_code, service_code, "
            "catalog_version, channel, status, stage, received_at, paused_working_days, notes, "
            f"close_reason, answer, origin, hlc, created_at, updated_at) VALUES ('{B1}', "
            f"'TT-L01-26-0000019', '{A1}', 'balai-sertifikasi', 'balai-sertifikasi/person', "
            "'2', 'datang_langsung', 'ready', 'pelaporan-hasil', '2026-11-02 01:00:00', 0, '', "
            f"'', '', {STAMP})"
        )
        run(
            "INSERT INTO application_event (id, application_id, at, kind, stage, actor_name, "
            f"note, origin, hlc, created_at, updated_at) VALUES ('{E1}', '{B1}', "
            f"'2026-11-03 01:00:00', 'paid', 'pembayaran', 'Siti', 'SSBP 20261103-881', {STAMP})"
        )
        run(
            "INSERT INTO certificate (id, serial, applicant_id, application_id, standard_code, "
            "service_code, title, issued_on, status, historic, printed_count, origin, hlc, "
            f"created_at, updated_at) VALUES ('{C1}', 'SRT-L01-26-000001O', '{A1}', '{B1}', "
            "'balai-sertifikasi', 'balai-sertifikasi/person', 'Sertifikat Person', "
            f"'2026-11-04', 'issued', 0, 0, {STAMP})"
        )
    engine.dispose()


def test_certificates_and_noted_payments_survive_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "v4.sqlite3"
    _database_at_0004(path)
    runtime = Runtime.open(database_file=path)  # upgrades to head
    with runtime.db.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT serial, product_kind, template, status_reason, handover_id FROM certificate"
        ).one()
        assert tuple(row) == ("SRT-L01-26-000001O", "certificate", "", "", None)
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    with runtime.read() as session:
        app = applications.get_by_number(session, "TT-L01-26-0000019")
        assert applications.payment_recorded(session, app)
        assert [p.kind for p in applications.not_issued(session, app)] == ["card"]
    runtime.close()
