"""First-run set-up: validation names the field; the office, site and admin exist after."""

from __future__ import annotations

from pathlib import Path

import pytest

from counterdesk.domain.errors import ConflictError, ValidationErrors
from counterdesk.services import setup
from counterdesk.services.runtime import Runtime
from tests.conftest import PASSWORD, office_setup


def test_initialize_creates_office_site_and_admin(runtime: Runtime) -> None:
    with runtime.unit() as session:
        setup.initialize(session, office_setup(counter_code="l02"))
    with runtime.unit() as session:
        assert setup.get_office(session).name == "Pusdiklat Bea dan Cukai"
        assert setup.local_site(session).code == "L02"
    assert runtime.login("admin", PASSWORD).full_name == "Admin Kantor"


def test_bad_fields_are_all_named_in_indonesian(runtime: Runtime) -> None:
    bad = office_setup(
        office_name=" ", counter_code="loket 1", signatory_nip="123", timezone="Europe/Paris"
    )
    with pytest.raises(ValidationErrors) as err, runtime.unit() as session:
        setup.initialize(session, bad)
    fields = err.value.by_field()
    assert set(fields) >= {"office_name", "counter_code", "signatory_nip", "timezone"}
    assert "wajib diisi" in fields["office_name"]
    assert "NIP" in fields["signatory_nip"]
    assert not runtime.is_initialized()  # nothing half-written


def test_second_initialize_is_refused(runtime: Runtime) -> None:
    with runtime.unit() as session:
        setup.initialize(session, office_setup())
    with pytest.raises(ConflictError), runtime.unit() as session:
        setup.initialize(session, office_setup())


def test_logo_is_stored_once_by_hash(runtime: Runtime, tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (64, 64), "navy").save(logo)
    with runtime.unit() as session:
        setup.initialize(session, office_setup(logo_path=logo))
    with runtime.unit() as session:
        office = setup.get_office(session)
        assert office.logo_sha256 is not None and len(office.logo_sha256) == 64


def test_office_profile_changes_are_checked_before_writing(runtime: Runtime) -> None:
    from counterdesk.domain.roles import Role
    from counterdesk.services import accounts

    with runtime.unit() as session:
        admin = accounts.actor_for(setup.initialize(session, office_setup()))
    with pytest.raises(ValidationErrors) as err, runtime.unit(admin) as session:
        setup.update_office(
            session,
            admin,
            name="",
            opening_time="9",
            closing_time="07.00",
            idle_lock_minutes=0,
            signatory_nip="12",
        )
    assert set(err.value.by_field()) == {
        "name",
        "opening_time",
        "idle_lock_minutes",
        "signatory_nip",
    }
    with runtime.unit(admin) as session:
        setup.update_office(session, admin, opening_time="07:30", idle_lock_minutes=5)
    with runtime.unit(admin) as session:
        office = setup.get_office(session)
        assert (office.opening_time, office.idle_lock_minutes, office.name) == (
            "07.30",
            5,
            "Pusdiklat Bea dan Cukai",
        )
    assert Role.ADMIN in admin.roles
