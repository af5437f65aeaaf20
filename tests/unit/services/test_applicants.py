"""Registering applicants: checks at the field, warnings that do not block, duplicates
pointed at, search as you type, photos cropped to 3×4."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image

from counterdesk.domain.errors import ValidationErrors
from counterdesk.domain.roles import Role
from counterdesk.services import applicants
from tests.conftest import Office

NIK_BUDI = "3174051203900001"  # 12-03-1990, male


def _person(**kw: object) -> applicants.PersonInput:
    values: dict[str, object] = dict(
        nik=NIK_BUDI,
        name="Budi  Santoso",
        sex="L",
        birth_date=date(1990, 3, 12),
        phone="0812-3456-7890",
    )
    values.update(kw)
    return applicants.PersonInput(**values)  # type: ignore[arg-type]


def test_person_is_registered_with_normalised_fields(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        saved = applicants.register_person(s, officer, _person())
    assert saved.applicant.name == "Budi Santoso"
    assert saved.applicant.phone == "+6281234567890"
    assert saved.warnings == []


def test_birth_date_mismatch_warns_but_saves(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        saved = applicants.register_person(s, officer, _person(birth_date=date(1990, 3, 13)))
    assert saved.applicant.id is not None
    assert any("Tanggal lahir" in w for w in saved.warnings)


def test_bad_fields_are_marked_each_at_its_field(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    with pytest.raises(ValidationErrors) as err, office.runtime.unit(officer) as s:
        applicants.register_person(
            s, officer, _person(nik="317405120390001", name=" ", email="budi@", phone="12")
        )
    fields = err.value.by_field()
    assert set(fields) == {"nik", "name", "email", "phone"}
    assert "16 angka" in fields["nik"] and "15" in fields["nik"]


def test_duplicate_nik_points_at_the_existing_record(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        first = applicants.register_person(s, officer, _person()).applicant
    with pytest.raises(applicants.DuplicateApplicant) as err, office.runtime.unit(officer) as s:
        applicants.register_person(s, officer, _person(name="Budi Lain"))
    assert err.value.existing_id == first.id
    assert "Budi Santoso" in str(err.value)


def test_duplicate_nib_is_refused(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    firm = applicants.BusinessInput(nib="9120100123456", name="PT Maju", kbli="28173")
    with office.runtime.unit(officer) as s:
        applicants.register_business(s, officer, firm)
    with pytest.raises(applicants.DuplicateApplicant), office.runtime.unit(officer) as s:
        applicants.register_business(s, officer, firm)


def test_search_as_you_type_by_name_words_nik_and_phone(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        applicants.register_person(s, officer, _person())
        applicants.register_person(
            s,
            officer,
            _person(
                nik="3214014512850002",
                name="Siti Budiarti",
                sex="P",
                birth_date=date(1985, 12, 5),
                phone="081311112222",
            ),
        )
    with office.runtime.unit(officer) as s:
        names = lambda q: sorted(a.name for a in applicants.search(s, q))  # noqa: E731
        assert names("bud") == ["Budi Santoso", "Siti Budiarti"]
        assert names("san bu") == ["Budi Santoso"]
        assert names("3214") == ["Siti Budiarti"]
        assert names("0813111") == ["Siti Budiarti"]
        assert names("+62812") == ["Budi Santoso"]
        assert names("zzz") == []


def test_rename_updates_the_search_index(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        saved = applicants.register_person(s, officer, _person())
    with office.runtime.unit(officer) as s:
        applicants.register_person(
            s, officer, _person(name="Budi Hartono"), applicant_id=saved.applicant.id
        )
    with office.runtime.unit(officer) as s:
        assert applicants.search(s, "santoso") == []
        assert [a.name for a in applicants.search(s, "hart")] == ["Budi Hartono"]


def test_photo_is_cropped_to_three_by_four_and_stored_once(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    raw = io.BytesIO()
    Image.new("RGB", (1000, 500), "red").save(raw, "PNG")
    with office.runtime.unit(officer) as s:
        a = applicants.register_person(s, officer, _person(photo=raw.getvalue())).applicant
        b = applicants.register_person(
            s,
            officer,
            _person(
                nik="3214014512850002",
                name="Siti",
                sex="P",
                birth_date=date(1985, 12, 5),
                photo=raw.getvalue(),
            ),
        ).applicant
        assert a.photo_sha256 == b.photo_sha256
        data = applicants.photo(s, a)
    assert data is not None
    assert Image.open(io.BytesIO(data)).size == (300, 400)


def test_unreadable_photo_is_a_field_error(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    with pytest.raises(ValidationErrors) as err, office.runtime.unit(officer) as s:
        applicants.register_person(s, officer, _person(photo=b"not an image"))
    assert "foto" in err.value.by_field()["photo"]


def test_printer_cannot_register_applicants(office: Office) -> None:
    from counterdesk.domain.errors import PermissionDenied

    printer = office.actors[Role.PRINTER]
    with pytest.raises(PermissionDenied), office.runtime.unit(printer) as s:
        applicants.register_person(s, printer, _person())


def test_drafts_survive_per_user_and_form(office: Office) -> None:
    from counterdesk.services import drafts

    officer, supervisor = office.actors[Role.OFFICER], office.actors[Role.SUPERVISOR]
    with office.runtime.unit(officer) as s:
        drafts.save(s, officer, "new_application", {"nik": "3174", "name": "Bu"})
        drafts.save(s, officer, "new_application", {"nik": "317405", "name": "Budi"})
    with office.runtime.unit(officer) as s:
        assert drafts.load(s, officer, "new_application") == {"nik": "317405", "name": "Budi"}
        assert drafts.load(s, supervisor, "new_application") is None
        drafts.discard(s, officer, "new_application")
    with office.runtime.unit(officer) as s:
        assert drafts.load(s, officer, "new_application") is None


def test_a_birth_date_one_day_off_the_nik_is_a_warning_at_the_field() -> None:
    one_day_later = applicants.person_warnings(NIK_BUDI, date(1990, 3, 13), "L")
    assert [w.field for w in one_day_later] == ["birth_date"]
    assert "12-03-1990" in one_day_later[0].message and "13-03-1990" in one_day_later[0].message
    assert applicants.person_warnings(NIK_BUDI, date(1990, 3, 11), "")[0].field == "birth_date"
    assert applicants.person_warnings(NIK_BUDI, date(1990, 3, 12), "L") == ()
    assert [w.field for w in applicants.person_warnings(NIK_BUDI, None, "P")] == ["sex"]
    assert applicants.person_warnings(NIK_BUDI[:-1], date(1990, 3, 13), "P") == ()  # not a NIK yet


def test_search_and_pick_give_plain_cards(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    raw = io.BytesIO()
    Image.new("RGB", (640, 480), "blue").save(raw, "PNG")
    with office.runtime.unit(officer) as s:
        budi = applicants.register_person(
            s, officer, _person(birth_place="Bandung", photo=raw.getvalue())
        ).applicant.id
    (card,) = applicants.find(office.runtime, officer, "budi san")
    assert card == applicants.ApplicantCard(
        budi,
        "person",
        "Budi Santoso",
        "NIK",
        NIK_BUDI,
        "+6281234567890",
        "",
        ("Lahir: Bandung, 12 Mar 1990",),
    )
    picked = applicants.pick(office.runtime, officer, budi)
    assert picked.card == card and picked.photo is not None
    assert Image.open(io.BytesIO(picked.photo)).size == applicants.PHOTO_SIZE
    assert applicants.find(office.runtime, officer, "  ") == ()
