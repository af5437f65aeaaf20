"""Layouts are data: every shipped template loads, an edited one changes the print, and a
broken one is refused naming its file and field, in Indonesian."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from counterdesk.documents import templates
from counterdesk.documents.certificate_data import (
    TEMPLATE_BUSINESS_STANDARD,
    TEMPLATE_COMPETENCE,
    TEMPLATE_CUSTOMS_EXPERT,
    TEMPLATE_PERSON_CARD,
    TEMPLATE_TEST_RESULT,
    TEMPLATE_TRAINING,
)
from counterdesk.documents.certificates import render_certificates
from counterdesk.documents.templates import TemplateError, load_template, load_template_file
from tests import pdf_tools
from tests.unit.documents import samples


def test_every_product_template_ships_and_validates() -> None:
    names = set(templates.template_names())
    assert {TEMPLATE_CUSTOMS_EXPERT, TEMPLATE_COMPETENCE, TEMPLATE_TRAINING, TEMPLATE_TEST_RESULT,
            TEMPLATE_BUSINESS_STANDARD, TEMPLATE_PERSON_CARD} <= names  # fmt: skip
    for name in names:
        template = load_template(name)
        assert template.id == name
    assert load_template(TEMPLATE_PERSON_CARD).papers == ("CR80",)
    assert [p.name for p in load_template(TEMPLATE_PERSON_CARD).pages] == ["depan", "belakang"]


@pytest.fixture
def office_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A templates folder the test may edit, in place of resources/templates."""
    for name in templates.template_names():
        source = templates.templates_dir() / f"{name}.yaml"
        (tmp_path / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(templates, "templates_dir", lambda: tmp_path)
    templates.load_template.cache_clear()
    yield tmp_path
    templates.load_template.cache_clear()


def _edit(folder: Path, name: str, change: object) -> Path:
    path = folder / f"{name}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _element(data: dict, text: str) -> dict:  # type: ignore[type-arg]
    return next(e for e in data["pages"][0]["elements"] if e.get("text") == text)


def test_an_office_changes_wording_and_position_without_code(office_dir: Path) -> None:
    item = samples.certificate_print(TEMPLATE_CUSTOMS_EXPERT)
    before = pdf_tools.text_box(render_certificates([item]), "Diberikan kepada:")

    def change(data: dict) -> None:  # type: ignore[type-arg]
        element = _element(data, "Diberikan kepada:")
        element["text"] = "Dengan ini diberikan kepada:"
        element["y_mm"] += 10

    _edit(office_dir, TEMPLATE_CUSTOMS_EXPERT, change)
    templates.load_template.cache_clear()
    pdf = render_certificates([item])
    assert "Dengan ini diberikan kepada:" in pdf_tools.text(pdf)
    after = pdf_tools.text_box(pdf, "Dengan ini diberikan kepada:")
    assert before[1] - after[1] == pytest.approx(10 * 72 / 25.4, abs=0.05)


def test_a_bad_value_names_the_file_and_the_field(office_dir: Path) -> None:
    def change(data: dict) -> None:  # type: ignore[type-arg]
        _element(data, "Diberikan kepada:")["size"] = "besar"

    path = _edit(office_dir, TEMPLATE_CUSTOMS_EXPERT, change)
    index = next(i for i, e in enumerate(yaml.safe_load(path.read_text())["pages"][0]["elements"])
                 if e.get("text") == "Diberikan kepada:")  # fmt: skip
    with pytest.raises(TemplateError) as raised:
        load_template_file(path)
    message = str(raised.value)
    assert "sak-ahli-kepabeanan.yaml" in message
    assert f"pages.0.elements.{index}.text.size" in message
    assert "harus berupa angka" in message


def test_an_unknown_field_in_a_text_is_named(office_dir: Path) -> None:
    def change(data: dict) -> None:  # type: ignore[type-arg]
        _element(data, "Diberikan kepada:")["text"] = "Diberikan kepada {nama_lengkap}:"

    path = _edit(office_dir, TEMPLATE_CUSTOMS_EXPERT, change)
    with pytest.raises(TemplateError, match=r"isian tidak dikenal \{nama_lengkap\}"):
        load_template_file(path)


def test_a_misspelt_key_and_a_missing_key_are_named(office_dir: Path) -> None:
    def change(data: dict) -> None:  # type: ignore[type-arg]
        element = _element(data, "Diberikan kepada:")
        element["ukuran"] = element.pop("size")
        del data["papers"]

    path = _edit(office_dir, TEMPLATE_CUSTOMS_EXPERT, change)
    with pytest.raises(TemplateError) as raised:
        load_template_file(path)
    message = str(raised.value)
    assert "kolom 'papers': wajib diisi" in message
    assert "ukuran': tidak dikenal" in message


def test_broken_yaml_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "rusak.yaml"
    path.write_text("id: rusak\nname: [tidak ditutup\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"rusak\.yaml baris \d+ bukan YAML yang sah"):
        load_template_file(path)


def test_the_id_must_match_the_file_name(tmp_path: Path) -> None:
    source = templates.templates_dir() / f"{TEMPLATE_TRAINING}.yaml"
    path = tmp_path / "salinan.yaml"
    path.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(TemplateError, match="harus sama dengan nama berkas"):
        load_template_file(path)
