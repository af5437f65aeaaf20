"""Revision 0004 upgrades a 0003 database whose interview minutes were written before
minutes had a status, a case type and a structured content."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from alembic import command

from counterdesk.services.runtime import Runtime
from counterdesk.store.engine import make_engine, sqlite_url
from counterdesk.store.migrate import alembic_config

pytestmark = pytest.mark.sqlite_only  # SQLite files at old revisions and their copies

# Uuid columns hold 32 hex digits on SQLite.
U1, A1, B1, B2, M1, M2 = (f"{i:032x}" for i in range(1, 7))
STAMP = "'', '', '2026-11-02 01:00:00', '2026-11-02 01:00:00'"


def _database_at_0003(path: Path) -> None:
    engine = make_engine(sqlite_url(path))
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
        run = conn.exec_driver_sql
        run(
            "INSERT INTO user_account (id, username, full_name, nip, title, roles, "
            f"password_hash, active, must_change_password, created_at) VALUES ('{U1}', "
            "'petugas', 'Siti Rahmawati', '199003152015032004', 'Pengelola Layanan', "
            "'officer', 'x', 1, 0, '2026-11-01 00:00:00')"
        )
        run(
            "INSERT INTO applicant (id, kind, name, birth_place, sex, address, phone, email, "
            "nip, agency, kbli, contact_person, origin, hlc, created_at, updated_at) VALUES "
            f"('{A1}', 'person', 'Budi', '', 'L', '', '', '', '', '', '', '', {STAMP})"
        )
        for app_id, number, service in (
            (B1, "TT-L01-26-0000019", "sak/ralat"),
            (B2, "TT-L01-26-000002X", "sak/kehilangan"),
        ):
            run(
                "INSERT INTO application (id, number, applicant_id, standard_code, "
                "service_code, catalog_version, channel, status, stage, received_at, "
                "paused_working_days, notes, close_reason, answer, origin, hlc, created_at, "
                f"updated_at) VALUES ('{app_id}', '{number}', '{A1}', 'sak', '{service}', '1', "
                f"'datang_langsung', 'in_process', '', '2026-11-02 01:00:00', 0, '', '', '', "
                f"{STAMP})"
            )
        for minutes_id, number, app_id, signed in (
            (M1, "BA-D01-26-0000011", B1, 1),
            (M2, "BA-D01-26-0000022", B2, 0),
        ):
            run(
                "INSERT INTO interview_minutes (id, number, application_id, held_at, "
                "interviewer_id, place, content, signed, content_hash, origin, hlc, "
                f"created_at, updated_at) VALUES ('{minutes_id}', '{number}', '{app_id}', "
                f"'2026-11-02 02:00:00', '{U1}', 'Ruang wawancara', "
                """'{"topik": "Ralat tanggal lahir", "keterangan": "Pemohon hadir."}', """
                f"{signed}, '', {STAMP})"
            )
    engine.dispose()


def test_existing_minutes_get_status_case_type_and_structured_content(tmp_path: Path) -> None:
    path = tmp_path / "v3.sqlite3"
    _database_at_0003(path)
    runtime = Runtime.open(database_file=path)  # upgrades to head
    with runtime.db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT number, status, case_type, signed_at IS NOT NULL, signed_by_id, content "
            "FROM interview_minutes ORDER BY number"
        ).all()
    runtime.close()
    (n1, status1, case1, signed_at1, by1, content1), (_, status2, case2, signed_at2, _, _) = rows
    assert (n1, status1, case1, signed_at1) == ("BA-D01-26-0000011", "signed", "correction", True)
    assert by1 is not None
    assert (status2, case2, signed_at2) == ("draft", "lost", False)
    content = json.loads(content1)
    assert content["subject"] == "Ralat tanggal lahir"
    assert content["conclusion"] == "Pemohon hadir."
    assert content["interviewers"][0]["name"] == "Siti Rahmawati"
    assert content["questions"] == [] and content["topik"] == "Ralat tanggal lahir"
