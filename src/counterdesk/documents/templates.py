"""Certificate and card layouts as data: ``resources/templates/*.yaml``.

An office moves a line, changes a sentence or a font size by editing the YAML, without
code. Every position is in millimetres from the page edge named by ``anchor_x`` /
``anchor_y`` (``center`` = from the middle of the page), so one layout serves A4 and F4.
``align`` says which point of the element the position names (its left edge, centre or
right edge); ``y_mm`` is the baseline of a text and the top edge of a box.

Texts are Python format strings over the fields in ``FIELDS`` (``{holder_name}``,
``{extra[KBLI]}``, …). An element whose texts use only the office's fields is static: it is
drawn once per batch into a PDF form and placed on every page.

A broken file is refused with its file name and the field, in Indonesian, before anything
is printed.
"""

from __future__ import annotations

import functools
import string
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from counterdesk.paths import resources_dir

# Fields a template text may use; ``extra[...]`` reads CertificatePrint.extra by label.
PRINT_FIELDS = frozenset(
    {
        "serial", "title", "holder_name", "holder_id_label", "holder_id",
        "birth_place_date", "service_title", "issued_on", "valid_until", "city",
        "place_date", "signatory_name", "signatory_title", "signatory_id_line",
        "copy_label", "extra",
    }
)  # fmt: skip
OFFICE_FIELDS = frozenset({"office", "office_parent", "unit", "address", "contact"})
FIELDS = PRINT_FIELDS | OFFICE_FIELDS

Anchor = Literal["left", "center", "right"]
Font = Literal["regular", "bold", "oblique", "mono"]
Positive = Annotated[float, Field(gt=0)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def field_names(text: str) -> set[str]:
    """The root field names used in a format string (``{extra[KBLI]}`` → ``extra``)."""
    names = set()
    for _, name, _, _ in string.Formatter().parse(text):
        if name is not None:
            names.add(name.split("[", 1)[0].split(".", 1)[0])
    return names


def _check_text(text: str) -> str:
    try:
        used = field_names(text)
    except ValueError as exc:
        raise ValueError(f"kurung kurawal tidak seimbang ({exc})") from None
    unknown = sorted(used - FIELDS)
    if unknown:
        raise ValueError(
            f"isian tidak dikenal {', '.join('{' + u + '}' for u in unknown)}; "
            f"yang tersedia: {', '.join(sorted(FIELDS))}"
        )
    return text


class _Placed(_Model):
    x_mm: float
    y_mm: float
    anchor_x: Anchor = "left"
    anchor_y: Literal["top", "bottom"] = "top"
    align: Anchor = "left"
    when: str | None = None  # drawn only when this field is not empty

    @field_validator("when")
    @classmethod
    def _known(cls, value: str | None) -> str | None:
        if value is not None and value.split("[", 1)[0] not in FIELDS:
            raise ValueError(f"isian tidak dikenal '{value}'")
        return value


class TextElement(_Placed):
    """A line (or a few wrapped lines) of text."""

    kind: Literal["text"]
    text: str
    font: Font = "regular"
    size: Positive = 10
    min_size: Positive | None = None  # shrink down to this before wrapping
    max_width_mm: Positive | None = None
    max_lines: Annotated[int, Field(ge=1)] = 1
    leading: Positive = 1.25  # line pitch as a multiple of the size
    upper: bool = False
    underline: bool = False

    @field_validator("text")
    @classmethod
    def _fields(cls, value: str) -> str:
        return _check_text(value)


class Row(_Model):
    label: str
    value: str

    @field_validator("label", "value")
    @classmethod
    def _fields(cls, value: str) -> str:
        return _check_text(value)


class RowsElement(_Placed):
    """``Label : value`` rows; a row whose value is empty is left out (rows close up)."""

    kind: Literal["rows"]
    rows: tuple[Row, ...] = ()
    include_extra: bool = False  # CertificatePrint.extra appended as rows
    label_width_mm: Positive = 40
    value_width_mm: Positive = 90
    pitch_mm: Positive = 6
    size: Positive = 10.5
    font: Font = "regular"
    value_font: Font = "bold"


class FrameElement(_Model):
    """The border around a certificate: a thick line and, optionally, a thin one inside."""

    kind: Literal["frame"]
    inset_mm: float = 8
    width_pt: Positive = 2.5
    inner_gap_mm: float | None = 1.5
    inner_width_pt: Positive = 0.7
    corner_mm: float = 0  # > 0: small squares in the corners between the two lines
    radius_mm: float = 0


class RuleElement(_Placed):
    kind: Literal["rule"]
    length_mm: Positive
    width_pt: Positive = 0.8


class BoxElement(_Placed):
    """A box the size of ``width_mm`` × ``height_mm`` (logo, photo, codes, a plain frame)."""

    width_mm: Positive
    height_mm: Positive


class LogoElement(BoxElement):
    kind: Literal["logo"]


class PhotoElement(BoxElement):
    kind: Literal["photo"]
    border_pt: float = 0.6
    placeholder: str = "Pas foto 3 × 4"


class PlainBox(BoxElement):
    kind: Literal["box"]
    border_pt: Positive = 0.6


class QrElement(_Placed):
    kind: Literal["qr"]
    size_mm: Positive
    ec_level: Literal["L", "M", "Q", "H"] = "M"


class Code128Element(_Placed):
    kind: Literal["code128"]
    height_mm: Positive = 10
    human_readable: bool = True
    text_size: Positive = 8


class LetterheadElement(_Model):
    """The office's kop surat (logo, names, address, double rule) across the top."""

    kind: Literal["letterhead"]


Element = Annotated[
    TextElement | RowsElement | FrameElement | RuleElement | LogoElement | PhotoElement
    | PlainBox | QrElement | Code128Element | LetterheadElement,
    Field(discriminator="kind"),
]  # fmt: skip


class TemplatePage(_Model):
    name: str
    elements: tuple[Element, ...]


class Template(_Model):
    id: str
    name: str
    product_kind: Literal["certificate", "card", "letter"]
    papers: tuple[Literal["A4", "F4", "CR80"], ...]
    pages: tuple[TemplatePage, ...] = Field(min_length=1)

    @field_validator("papers")
    @classmethod
    def _one_family(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise ValueError("sebutkan minimal satu ukuran kertas (A4, F4 atau CR80)")
        if "CR80" in value and len(value) > 1:
            raise ValueError("tata letak kartu CR80 tidak bisa dipakai untuk A4/F4")
        return value


class TemplateError(ValueError):
    """A template file that cannot be used; the message names the file and the field."""


_MESSAGES = {
    "missing": "wajib diisi",
    "extra_forbidden": "tidak dikenal (salah ketik?)",
    "float_parsing": "harus berupa angka",
    "float_type": "harus berupa angka",
    "int_parsing": "harus berupa bilangan bulat",
    "int_type": "harus berupa bilangan bulat",
    "greater_than": "harus lebih besar dari 0",
    "greater_than_equal": "terlalu kecil",
    "literal_error": "nilainya tidak termasuk pilihan",
    "union_tag_invalid": "jenis elemen tidak dikenal",
    "union_tag_not_found": "jenis elemen (kind) wajib diisi",
    "string_type": "harus berupa teks",
    "bool_parsing": "harus true atau false",
    "too_short": "tidak boleh kosong",
}


def _describe(error: object) -> str:
    assert isinstance(error, dict)
    loc = ".".join(str(part) for part in error["loc"])
    kind = str(error["type"])
    if kind == "value_error":
        message = str(error["msg"]).removeprefix("Value error, ")
    else:
        message = _MESSAGES.get(kind, str(error["msg"]))
        if kind in ("literal_error", "union_tag_invalid"):
            expected = error.get("ctx", {}).get("expected", "") if "ctx" in error else ""
            message += f" ({expected})" if expected else ""
    return f"kolom '{loc}': {message}"


def templates_dir() -> Path:
    return resources_dir() / "templates"


def load_template_file(path: Path) -> Template:
    """Read and validate one template file; ``TemplateError`` names the file and field."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TemplateError(
            f"Templat '{path.stem}' tidak ada ({path}); periksa nama templat di katalog."
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" baris {mark.line + 1}" if mark is not None else ""
        raise TemplateError(
            f"Berkas templat {path.name}{where} bukan YAML yang sah: {exc}. "
            "Perbaiki berkas itu lalu coba lagi."
        ) from None
    if not isinstance(raw, dict):
        raise TemplateError(f"Berkas templat {path.name} harus berisi pemetaan (id, name, …).")
    try:
        template = Template.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(_describe(e) for e in exc.errors())
        raise TemplateError(
            f"Berkas templat {path.name} tidak sah — {problems}. Perbaiki berkas itu lalu "
            "coba lagi."
        ) from None
    if template.id != path.stem:
        raise TemplateError(
            f"Berkas templat {path.name}: kolom 'id' bernilai '{template.id}', harus sama "
            f"dengan nama berkas ('{path.stem}')."
        )
    return template


@functools.cache
def load_template(name: str) -> Template:
    """The template ``resources/templates/<name>.yaml``, validated once per process."""
    return load_template_file(templates_dir() / f"{name}.yaml")


def template_names() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in templates_dir().glob("*.yaml")))
