"""The service catalogue: a published Standar Pelayanan as validated, frozen data.

Each standard lives in ``resources/catalog/<code>.yaml``. This module only turns one
file's *text* into a :class:`ServiceStandard` (no file access), and explains every mistake
in Indonesian with the file, the service and the field, so an admin can fix a file without
reading a traceback. The YAML schema is described in ``docs/catalog.md``.
"""

from __future__ import annotations

import difflib
import json
import re
from datetime import date
from typing import Annotated, Any, Literal, get_args

import pydantic
import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from pydantic_core import ErrorDetails, PydanticCustomError

from counterdesk.domain.errors import CatalogError

__all__ = [
    "CHANNEL_LABELS",
    "PRODUCT_KIND_LABELS",
    "Channel",
    "CompensationPolicy",
    "ComplaintChannel",
    "ComplaintPolicy",
    "Fee",
    "InternalComponents",
    "Product",
    "ProductKind",
    "Requirement",
    "ResolutionCategory",
    "Route",
    "Service",
    "ServiceStandard",
    "Signatory",
    "StaffCount",
    "Stage",
    "SurveyPolicy",
    "TimeLimit",
    "format_rupiah",
    "parse_catalog_text",
]

# --- vocabularies -------------------------------------------------------------------

Channel = Literal[
    "datang_langsung",
    "email",
    "pos",
    "website",
    "telepon",
    "whatsapp",
    "web_chat",
    "media_sosial",
    "sp4n_lapor",
    "kotak_saran",
    "sms",
    "surat",
    "faksimile",
    "helpdesk",
    "formulir",
]

CHANNEL_LABELS: dict[str, str] = {
    "datang_langsung": "Datang langsung",
    "email": "Email",
    "pos": "Pos",
    "website": "Website",
    "telepon": "Telepon",
    "whatsapp": "WhatsApp",
    "web_chat": "Web-chat",
    "media_sosial": "Media sosial",
    "sp4n_lapor": "SP4N-LAPOR!",
    "kotak_saran": "Kotak saran/pengaduan",
    "sms": "SMS",
    "surat": "Surat",
    "faksimile": "Faksimile",
    "helpdesk": "Helpdesk",
    "formulir": "Formulir pengaduan",
}

ProductKind = Literal[
    "certificate",
    "card",
    "letter",
    "answer",
    "ticket",
    "legalisation",
    "registry_entry",
    "exam_seat",
    "business_id",
]

PRODUCT_KIND_LABELS: dict[str, str] = {
    "certificate": "sertifikat",
    "card": "kartu",
    "letter": "surat",
    "answer": "jawaban",
    "ticket": "nomor tiket",
    "legalisation": "legalisasi",
    "registry_entry": "entri database",
    "exam_seat": "keikutsertaan ujian",
    "business_id": "nomor induk berusaha",
}

Code = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Positive = Annotated[int, Field(gt=0)]


def _rule(message: str, field: str | None = None, service: str | None = None) -> Exception:
    """A cross-field error that still points at one field (and service) in the message."""
    ctx: dict[str, str] = {"message": message}
    if field:
        ctx["field"] = field
    if service:
        ctx["service"] = service
    return PydanticCustomError("catalog_rule", "{message}", ctx)


def _first_duplicate(values: list[str]) -> str | None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            return value
        seen.add(value)
    return None


def format_rupiah(amount: int) -> str:
    """``Rp1.250.000`` — the display rule of the design, without needing Babel here."""
    return "Rp" + f"{amount:,}".replace(",", ".")


class _Model(BaseModel):
    # strict: YAML already yields int/bool/date, so "14" or "ya" are mistakes to report.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


# --- one service ----------------------------------------------------------------------


class Requirement(_Model):
    """One checklist item (persyaratan): a document the applicant hands over.

    ``derived`` marks items not printed in the seed; ``derived_from`` names the rule they
    come from (e.g. ``SNI ISO/IEC 17065:2012 butir 7.2``), so a reader can check them.
    """

    code: Code
    text: Text
    mandatory: bool = True
    group: Literal["umum", "khusus"] | None = None
    note: Text | None = None
    derived: bool = False
    derived_from: Text | None = None

    @model_validator(mode="after")
    def _source_only_when_derived(self) -> Requirement:
        if self.derived_from is not None and not self.derived:
            raise _rule(
                "derived_from hanya untuk persyaratan turunan; tambahkan derived: true",
                "derived_from",
            )
        return self


class Route(_Model):
    """One way the seed says an application reaches the office ("melalui email atau pos",
    "meng-upload di website", "datang langsung"): the channels it uses and the seed's
    words. A route is how a file arrives, never a document to tick on the checklist."""

    channels: Annotated[list[Channel], Field(min_length=1)]
    text: Text


class Stage(_Model):
    """A procedure step. The clock starts when a ``starts_clock`` stage is *completed*
    (day 0); it stands still while a file sits in a ``pauses_clock`` stage. In a
    ``collects_payment`` stage the applicant pays: the file leaves it only once the
    payment is recorded."""

    code: Code
    name: Text
    description: Text | None = None
    starts_clock: bool = False
    pauses_clock: bool = False
    collects_payment: bool = False
    derived: bool = False

    @model_validator(mode="after")
    def _start_or_pause(self) -> Stage:
        if self.starts_clock and self.pauses_clock:
            raise _rule("tahap tidak boleh sekaligus memulai dan menghentikan jam", "pauses_clock")
        return self


class TimeLimit(_Model):
    """Jangka waktu penyelesaian in working days; ``min_days`` only for ranges (14–30)."""

    min_days: Positive | None = None
    max_days: Positive
    starts_from: Text | None = None
    start_conditions: list[Text] = []
    pause_reasons: list[Text] = []
    late_intake_hours_before_closing: Positive | None = None
    late_intake_rule: Text | None = None
    text: Text | None = None

    @model_validator(mode="after")
    def _consistent(self) -> TimeLimit:
        if self.min_days is not None and self.max_days < self.min_days:
            raise _rule(f"tidak boleh lebih kecil dari min_days ({self.min_days})", "max_days")
        if (self.late_intake_hours_before_closing is None) != (self.late_intake_rule is None):
            raise _rule(
                "late_intake_hours_before_closing dan late_intake_rule harus diisi bersama",
                "late_intake_rule",
            )
        return self

    def label(self) -> str:
        if self.min_days is not None and self.min_days != self.max_days:
            return f"{self.min_days}–{self.max_days} hari kerja"
        return f"{self.max_days} hari kerja"


class Fee(_Model):
    """Biaya/tarif: free, a fixed amount in rupiah, or a rule such as 'sesuai PP 31/2017'."""

    is_free: bool
    amount: Positive | None = None
    label: Text | None = None
    text: Text | None = None
    legal_basis: Text | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Fee:
        if self.is_free and self.amount is not None:
            raise _rule("layanan gratis tidak boleh punya nominal", "amount")
        if not self.is_free and self.amount is None and self.label is None:
            raise _rule("isi amount (rupiah) atau label untuk layanan berbayar", "label")
        return self

    def display(self) -> str:
        if self.is_free:
            return "Gratis"
        if self.amount is not None:
            return format_rupiah(self.amount)
        return self.label or ""


class Product(_Model):
    """``valid_years``: how long an issued certificate or card stays valid (none: no
    expiry date is printed)."""

    name: Text
    kind: ProductKind
    valid_years: Positive | None = None


class StaffCount(_Model):
    """Jumlah pelaksana: the printed text plus the numbers a roster check can use."""

    text: Text
    minimum: Positive | None = None
    maximum: Positive | None = None

    @model_validator(mode="after")
    def _range(self) -> StaffCount:
        if self.minimum and self.maximum and self.maximum < self.minimum:
            raise _rule(f"tidak boleh lebih kecil dari minimum ({self.minimum})", "maximum")
        return self


class InternalComponents(_Model):
    """The 'manufacturing' components: how the office runs the service internally."""

    facilities: list[Text] = []
    staff_competence: list[Text] = []
    internal_supervision: list[Text] = []
    staff_count: StaffCount | None = None
    service_guarantee: list[Text] = []
    security_guarantee: list[Text] = []
    performance_evaluation: list[Text] = []


class Service(_Model):
    """One jenis layanan. Its full code in the catalogue is ``<standard>/<service>``."""

    code: Code
    name: Text
    description: Text | None = None
    channels: Annotated[list[Channel], Field(min_length=1)]
    routes: list[Route] = []
    requirements: list[Requirement] = []
    procedure_text: Text | None = None
    stages: Annotated[list[Stage], Field(min_length=1)]
    time_limit: TimeLimit | None = None
    fee: Fee | None = None
    products: list[Product] = []
    product_choice: Literal["semua", "salah_satu"] = "semua"
    requires_interview: bool = False
    two_layer_check: bool = False
    legal_basis: list[Text] | None = None
    legal_basis_note: Text | None = None
    internal: InternalComponents | None = None
    notes: list[Text] = []

    @model_validator(mode="after")
    def _consistent(self) -> Service:
        for field, codes in (
            ("requirements", [r.code for r in self.requirements]),
            ("stages", [s.code for s in self.stages]),
            ("channels", [str(c) for c in self.channels]),
        ):
            if (dup := _first_duplicate(codes)) is not None:
                raise _rule(f"'{dup}' tertulis lebih dari sekali", f"{field}[{dup}]")
        for number, route in enumerate(self.routes, 1):
            for channel in route.channels:
                if channel not in self.channels:
                    raise _rule(
                        f"saluran '{channel}' tidak ada di 'channels' layanan ini; "
                        "tambahkan ke channels atau perbaiki routes",
                        f"routes[ke-{number}].channels",
                    )
        starters = [s.code for s in self.stages if s.starts_clock]
        if len(starters) > 1:
            raise _rule(
                f"hanya satu tahap boleh memulai jam (tertulis: {', '.join(starters)})", "stages"
            )
        if self.time_limit is not None and not starters:
            raise _rule(
                "ada jangka waktu, tetapi tidak ada tahap dengan starts_clock: true", "stages"
            )
        return self

    def clock_start_stage(self) -> Stage | None:
        return next((s for s in self.stages if s.starts_clock), None)

    def mandatory_requirements(self) -> list[Requirement]:
        return [r for r in self.requirements if r.mandatory]

    def route_for(self, channel: str) -> Route | None:
        """How an application arrives through ``channel``, in the seed's words."""
        return next((r for r in self.routes if channel in r.channels), None)


# --- standard-wide policies -------------------------------------------------------------


class ComplaintChannel(_Model):
    channel: Channel
    contact: Text | None = None


class ResolutionCategory(_Model):
    code: Code
    name: Text
    description: Text | None = None


class ComplaintPolicy(_Model):
    """Penanganan pengaduan: the rules a complaint register must enforce."""

    description: Text | None = None
    hours: Text | None = None
    channels: Annotated[list[ComplaintChannel], Field(min_length=1)]
    accepts_appeal: bool = False
    window_calendar_days: Positive | None = None
    late_as_suggestion: bool = False
    response_working_days: Positive | None = None
    anonymous_as_suggestion: bool = False
    problem_types: list[Text] = []
    resolution_categories: list[ResolutionCategory] = []
    steps: list[Text] = []

    @model_validator(mode="after")
    def _consistent(self) -> ComplaintPolicy:
        if self.late_as_suggestion and self.window_calendar_days is None:
            raise _rule("late_as_suggestion butuh window_calendar_days", "window_calendar_days")
        if (dup := _first_duplicate([c.code for c in self.resolution_categories])) is not None:
            raise _rule(f"'{dup}' tertulis lebih dari sekali", f"resolution_categories[{dup}]")
        return self


class CompensationPolicy(_Model):
    """Kompensasi when a promised time is missed (seed 001)."""

    trigger: Text
    apology_letter: bool = False
    next_service_days_off: Positive | None = None
    requires_letter: bool = False
    text: Text


class SurveyPolicy(_Model):
    """Survei kepuasan. ``applies_to`` lists service codes; empty means every service."""

    scale: Positive = 4
    target_percent: Annotated[int, Field(gt=0, le=100)] | None = None
    frequency_per_year: Positive | None = None
    frequency_text: Text | None = None
    method: Text | None = None
    trigger: Text | None = None
    applies_to: list[Code] = []
    text: Text | None = None


class Signatory(_Model):
    name: Text
    position: Text


class ServiceStandard(_Model):
    """One Standar Pelayanan file. ``version`` is bumped on every edit of the file and
    stored with each application, so later edits never rewrite history."""

    code: Code
    version: Positive
    title: Text
    document_title: Text | None = None
    document_item: Text | None = None
    issuer: Text
    office: Text | None = None
    address: Text | None = None
    website: Text | None = None
    document_number: Text | None = None
    document_revision: Text | None = None
    document_date: date | None = None
    enacted_at: Text | None = None
    signatory: Signatory | None = None
    legal_basis: list[Text] = []
    services: Annotated[list[Service], Field(min_length=1)]
    complaint: ComplaintPolicy | None = None
    compensation: CompensationPolicy | None = None
    survey: SurveyPolicy | None = None
    pledge: Text | None = None
    internal: InternalComponents | None = None
    notes: list[Text] = []

    @model_validator(mode="after")
    def _consistent(self) -> ServiceStandard:
        codes = [s.code for s in self.services]
        if (dup := _first_duplicate(codes)) is not None:
            raise _rule(f"kode layanan '{dup}' dipakai lebih dari sekali", "code", dup)
        if self.survey is not None:
            for code in self.survey.applies_to:
                if code not in codes:
                    raise _rule(f"layanan '{code}' tidak ada di standar ini", "survey.applies_to")
        return self

    def service(self, code: str) -> Service | None:
        return next((s for s in self.services if s.code == code), None)

    def legal_basis_for(self, service: Service) -> list[str]:
        """A service's own legal basis (seed 000) wins over the standard-wide one."""
        if service.legal_basis is not None:
            return list(service.legal_basis)
        return list(self.legal_basis)

    def internal_for(self, service: Service) -> InternalComponents | None:
        return service.internal or self.internal


# --- parsing and messages ------------------------------------------------------------

_MAX_MESSAGES = 10


def _mapping_without_duplicates(loader: Any, node: Any, deep: bool = False) -> Any:
    """PyYAML keeps the last of two equal keys silently; a typo would vanish unseen."""
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"kolom '{key}' ditulis dua kali", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


# libyaml's loader when present: the catalogue is read at every start (7 ms vs 50 ms).
_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Loader: Any = type("_CatalogLoader", (_BaseLoader,), {})
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)


def _load_yaml(text: str, source: str) -> Any:
    try:
        return yaml.load(text, Loader=_Loader)  # a SafeLoader subclass: no arbitrary objects
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f", baris {mark.line + 1} kolom {mark.column + 1}" if mark else ""
        raise CatalogError(
            f"{source}{where}: format YAML tidak valid: {exc.problem or exc.context}. "
            "Periksa indentasi, tanda ':' dan tanda kutip."
        ) from None
    except yaml.YAMLError as exc:
        raise CatalogError(f"{source}: format YAML tidak valid: {exc}") from None


def parse_catalog_text(text: str, source: str) -> ServiceStandard:
    """Parse and validate one catalogue file; ``source`` (the file name) heads each message.

    Raises :class:`CatalogError` listing every problem, one per line.
    """
    data = _load_yaml(text, source)
    if not isinstance(data, dict):
        raise CatalogError(
            f"{source}: isi file harus berupa pemetaan 'kolom: nilai' (mulai dengan 'code:')"
        )
    # Top-level "x-..." keys only hold YAML anchors shared by several services.
    data = {k: v for k, v in data.items() if not str(k).startswith("x-")}
    try:
        return ServiceStandard.model_validate(data)
    except pydantic.ValidationError as exc:
        errors = exc.errors()
        lines = [_describe(err, data, source) for err in errors[:_MAX_MESSAGES]]
        if len(errors) > _MAX_MESSAGES:
            lines.append(f"{source}: ... dan {len(errors) - _MAX_MESSAGES} kesalahan lain")
        raise CatalogError("\n".join(lines)) from None


def _describe(err: ErrorDetails, data: dict[str, Any], source: str) -> str:
    loc = list(err["loc"])
    ctx = err.get("ctx") or {}
    node: Any = data
    service: str | None = None
    if len(loc) >= 2 and loc[0] == "services" and isinstance(loc[1], int):
        raw = _child(_child(data, "services"), loc[1])
        service = _item_label(raw, loc[1])
        node, loc = raw, loc[2:]
    if "service" in ctx:
        service = str(ctx["service"])
    path = _render_path(loc, node)
    if "field" in ctx:
        path = ".".join(p for p in (path, str(ctx["field"])) if p)
    head = source
    if service:
        head += f": layanan '{service}'"
    if path:
        head += f", kolom '{path}'" if service else f": kolom '{path}'"
    return f"{head}: {_message(err, list(err['loc']))}"


def _child(node: Any, key: str | int) -> Any:
    if isinstance(key, str) and isinstance(node, dict):
        return node.get(key)
    if isinstance(key, int) and isinstance(node, list) and 0 <= key < len(node):
        return node[key]
    return None


def _item_label(item: Any, index: int) -> str:
    """A list item is named by its ``code`` when it has one, else by its 1-based number."""
    if isinstance(item, dict) and isinstance(item.get("code"), str):
        return str(item["code"])
    return f"ke-{index + 1}"


def _render_path(loc: list[str | int], node: Any) -> str:
    path = ""
    for part in loc:
        child = _child(node, part)
        if isinstance(part, int):
            path += f"[{_item_label(child, part)}]"
        else:
            path += f".{part}" if path else part
        node = child
    return path


_SIMPLE_MESSAGES = {
    "missing": "wajib diisi",
    "int_type": "harus bilangan bulat positif",
    "int_parsing": "harus bilangan bulat positif",
    "int_from_float": "harus bilangan bulat positif",
    "bool_type": "harus true atau false",
    "bool_parsing": "harus true atau false",
    "string_type": "harus teks",
    "string_too_short": "tidak boleh kosong",
    "string_pattern_mismatch": (
        "harus kode berhuruf kecil, angka dan tanda hubung (contoh: 'input-database')"
    ),
    "list_type": "harus berupa daftar (baris diawali '- ')",
    "model_type": "harus berupa pemetaan 'kolom: nilai'",
    "model_attributes_type": "harus berupa pemetaan 'kolom: nilai'",
    "dict_type": "harus berupa pemetaan 'kolom: nilai'",
    "date_type": "harus tanggal berformat TTTT-BB-HH (contoh: 2021-01-11)",
    "date_parsing": "harus tanggal berformat TTTT-BB-HH (contoh: 2021-01-11)",
    "date_from_datetime_inexact": "harus tanggal tanpa jam (TTTT-BB-HH)",
}


def _message(err: ErrorDetails, loc: list[str | int]) -> str:
    kind = err["type"]
    ctx = err.get("ctx") or {}
    if kind == "catalog_rule":
        return str(ctx["message"])
    if kind == "extra_forbidden":
        return _unknown_field_message(loc)
    if kind in _SIMPLE_MESSAGES:
        text = _SIMPLE_MESSAGES[kind]
    elif kind == "greater_than":
        text = "harus bilangan bulat positif" if ctx.get("gt") == 0 else f"harus > {ctx['gt']}"
    elif kind == "less_than_equal":
        text = f"paling besar {ctx['le']}"
    elif kind == "literal_error":
        text = "harus salah satu dari: " + str(ctx["expected"]).replace(" or ", ", ")
    elif kind == "too_short":
        text = f"harus berisi paling sedikit {ctx['min_length']} butir"
    else:
        text = re.sub(r"^Value error, ", "", err["msg"])
    if kind != "missing" and isinstance(err.get("input"), str | int | float | bool):
        text += f" (tertulis: {json.dumps(err['input'], ensure_ascii=False)})"
    return text


def _unknown_field_message(loc: list[str | int]) -> str:
    """Suggest the field the author probably meant ('max_day' -> 'max_days')."""
    name = str(loc[-1]) if loc else ""
    known = _fields_at(loc[:-1])
    close = difflib.get_close_matches(name, known, n=1)
    hint = f"; maksudnya '{close[0]}'?" if close else ""
    return f"kolom tidak dikenal{hint}"


def _fields_at(loc: list[str | int]) -> list[str]:
    model: type[BaseModel] = ServiceStandard
    for part in loc:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part)
        inner = _model_in(field.annotation) if field else None
        if inner is None:
            return []
        model = inner
    return list(model.model_fields)


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None
