"""``counterdesk catalog list|show|check`` — read the service catalogue from a terminal.

Lets an admin see what the counter will offer and check an edited YAML file before it
is installed; all text in Bahasa Indonesia.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from pathlib import Path
from typing import TextIO

from counterdesk.domain.catalog import (
    CHANNEL_LABELS,
    PRODUCT_KIND_LABELS,
    InternalComponents,
    Service,
    ServiceStandard,
)
from counterdesk.domain.errors import CatalogError, NotFound
from counterdesk.services.catalog import Catalog, check_catalog_file, load_catalog

_NAME_WIDTH = 60
_LINE_WIDTH = 100
_HANGING = re.compile(r"^\s*(?:\d+\. |- |catatan: |dasar: )?(?:\[[^\]]*\] )?")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "catalog",
        help="katalog layanan (standar pelayanan)",
        description="Katalog layanan: daftar, rincian, dan pemeriksaan file standar pelayanan.",
    )
    parser.set_defaults(func=lambda _args: _usage(parser))
    actions = parser.add_subparsers(dest="catalog_action", metavar="PERINTAH")

    listing = actions.add_parser("list", help="daftar semua layanan")
    _add_dir_option(listing)
    listing.set_defaults(func=handle_list)

    show = actions.add_parser("show", help="rincian satu layanan")
    show.add_argument("code", metavar="KODE", help="kode layanan, mis. sak/legalisasi")
    _add_dir_option(show)
    show.set_defaults(func=handle_show)

    check = actions.add_parser("check", help="periksa satu file katalog YAML")
    check.add_argument("file", metavar="FILE", type=Path)
    check.set_defaults(func=handle_check)


def _add_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--catalog-dir",
        type=Path,
        default=None,
        metavar="FOLDER",
        help="folder katalog lain (bawaan: katalog terpasang)",
    )


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _load(args: argparse.Namespace, err: TextIO) -> Catalog | None:
    try:
        return load_catalog(args.catalog_dir)
    except CatalogError as exc:
        print(f"Katalog tidak valid:\n{exc}", file=err)
        return None


def handle_list(args: argparse.Namespace) -> int:
    catalog = _load(args, sys.stderr)
    if catalog is None:
        return 1
    rows = [("KODE", "LAYANAN", "JANGKA WAKTU", "BIAYA")]
    for entry in catalog.all_services():
        service = entry.service
        rows.append((entry.full_code, _shorten(service.name), _time(service), _fee(service)))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        cells = [cell.ljust(widths[i]) for i, cell in enumerate(row[:3])]
        print("  ".join([*cells, row[3]]).rstrip())
    print(f"\n{len(rows) - 1} layanan dari {len(catalog.standards)} standar pelayanan.")
    return 0


def handle_show(args: argparse.Namespace) -> int:
    catalog = _load(args, sys.stderr)
    if catalog is None:
        return 1
    try:
        entry = catalog.find_service(args.code)
    except NotFound as exc:
        print(exc.message, file=sys.stderr)
        return 1
    for line in describe_service(entry.standard, entry.service):
        print("\n".join(_wrap(line)))
    return 0


def handle_check(args: argparse.Namespace) -> int:
    path: Path = args.file
    try:
        standard = check_catalog_file(path)
    except CatalogError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    print(
        f"OK: {path.name} — {standard.title} (kode '{standard.code}', versi "
        f"{standard.version}, {len(standard.services)} layanan)"
    )
    return 0


def _wrap(line: str) -> list[str]:
    """Wrap long catalogue text under its list marker so numbered items stay readable."""
    out: list[str] = []
    for part in line.split("\n"):
        if len(part) <= _LINE_WIDTH:
            out.append(part)
            continue
        match = _HANGING.match(part)
        indent = " " * (match.end() if match else 0)
        out += textwrap.wrap(part, _LINE_WIDTH, subsequent_indent=indent)
    return out


def _shorten(text: str) -> str:
    return text if len(text) <= _NAME_WIDTH else text[: _NAME_WIDTH - 1].rstrip() + "…"


def _time(service: Service) -> str:
    return service.time_limit.label() if service.time_limit else "tidak ditetapkan"


def _fee(service: Service) -> str:
    return service.fee.display() if service.fee else "tidak disebutkan"


def describe_service(standard: ServiceStandard, service: Service) -> list[str]:
    """Everything the counter needs to know about one service, as printable lines."""
    out = [
        f"{standard.code}/{service.code} — {service.name}",
        f"Standar : {standard.title} (versi {standard.version})",
        f"Penerbit: {standard.issuer}" + (f" — {standard.office}" if standard.office else ""),
    ]
    if standard.document_number:
        out.append(f"Nomor   : {standard.document_number}")
    if service.description:
        out.append(service.description)
    out.append("Saluran : " + ", ".join(CHANNEL_LABELS[c] for c in service.channels))
    if service.routes:
        out.append("\nCara menyampaikan permohonan:")
    for route in service.routes:
        names = ", ".join(CHANNEL_LABELS[c] for c in route.channels)
        out.append(f"  - {names}: {route.text}")

    out.append("\nPersyaratan (dokumen yang dibawa pemohon):")
    if not service.requirements:
        out.append("  (tidak dicantumkan dalam standar)")
    for i, req in enumerate(service.requirements, 1):
        tags = ["wajib" if req.mandatory else "tidak wajib"]
        if req.group:
            tags.append(req.group)
        if req.derived:
            tags.append("turunan")
        out.append(f"  {i}. [{', '.join(tags)}] {req.text}")
        if req.note:
            out.append(f"     catatan: {req.note}")
        if req.derived_from:
            out.append(f"     dasar: {req.derived_from}")

    out.append("\nTahapan:")
    if service.procedure_text:
        out.append(f"  {service.procedure_text}")
    for i, stage in enumerate(service.stages, 1):
        flag = ""
        if stage.starts_clock:
            flag = "  ← jam mulai setelah tahap ini selesai"
        elif stage.pauses_clock:
            flag = "  ← jam berhenti selama tahap ini"
        out.append(f"  {i}. {stage.name}{flag}")
    if service.two_layer_check:
        out.append("  Pemeriksaan dua lapis: pelaksana lalu pimpinan (maker–checker).")
    if service.requires_interview:
        out.append("  Wajib wawancara, dituangkan dalam Berita Acara Wawancara.")

    out += _time_lines(service)
    out.append(f"\nBiaya: {_fee(service)}")
    if service.fee and service.fee.text and service.fee.text != service.fee.display():
        out.append(f"  {service.fee.text}")

    out.append("\nProduk" + (" (salah satu):" if service.product_choice == "salah_satu" else ":"))
    for product in service.products:
        out.append(f"  - {product.name} ({PRODUCT_KIND_LABELS[product.kind]})")
    if not service.products:
        out.append("  (tidak dicantumkan)")

    out += _complaint_lines(standard)
    if standard.compensation:
        out.append(f"\nKompensasi: {standard.compensation.text}")
    out += _survey_lines(standard, service)
    out += _internal_lines(standard.internal_for(service))
    if service.notes:
        out.append("\nCatatan katalog:")
        out += [f"  - {note}" for note in service.notes]
    return out


def _time_lines(service: Service) -> list[str]:
    limit = service.time_limit
    if limit is None:
        return ["\nJangka waktu: tidak ditetapkan dalam standar"]
    out = [
        f"\nJangka waktu: {limit.label()}" + (f", {limit.starts_from}" if limit.starts_from else "")
    ]
    out += [f"  syarat mulai: {c}" for c in limit.start_conditions]
    out += [f"  jam berhenti: {r}" for r in limit.pause_reasons]
    if limit.late_intake_rule:
        out.append(f"  {limit.late_intake_rule}")
    return out


def _complaint_lines(standard: ServiceStandard) -> list[str]:
    policy = standard.complaint
    if policy is None:
        return ["\nPengaduan: tidak diatur dalam standar"]
    out = ["\nPengaduan:"]
    for item in policy.channels:
        label = CHANNEL_LABELS[item.channel]
        out.append(f"  - {label}" + (f": {item.contact}" if item.contact else ""))
    if policy.window_calendar_days:
        late = "; lewat batas diperlakukan sebagai saran" if policy.late_as_suggestion else ""
        out.append(f"  Batas pengajuan: {policy.window_calendar_days} hari kalender{late}")
    if policy.response_working_days:
        out.append(f"  Ditanggapi paling lambat {policy.response_working_days} hari kerja")
    if policy.anonymous_as_suggestion:
        out.append("  Tanpa identitas pelapor atau objek pengaduan: diperlakukan sebagai saran")
    if policy.resolution_categories:
        names = ", ".join(c.code for c in policy.resolution_categories)
        out.append(f"  Kategori penyelesaian: {names}")
    return out


def _survey_lines(standard: ServiceStandard, service: Service) -> list[str]:
    survey = standard.survey
    if survey is None or (survey.applies_to and service.code not in survey.applies_to):
        return []
    parts = [f"skala {survey.scale}"]
    if survey.target_percent:
        parts.append(f"target {survey.target_percent}% puas")
    if survey.frequency_per_year:
        parts.append(f"{survey.frequency_per_year} kali setahun")
    elif survey.frequency_text:
        parts.append(survey.frequency_text)
    out = ["\nSurvei kepuasan: " + ", ".join(parts)]
    for extra in (survey.trigger, survey.method):
        if extra:
            out.append(f"  {extra}")
    return out


def _internal_lines(internal: InternalComponents | None) -> list[str]:
    """The internal ("manufacturing") components of the standard, as published."""
    if internal is None:
        return []
    out = ["\nKomponen pengelolaan (internal):"]
    sections = (
        ("Sarana dan prasarana", internal.facilities),
        ("Kompetensi pelaksana", internal.staff_competence),
        ("Pengawasan internal", internal.internal_supervision),
        ("Jaminan pelayanan", internal.service_guarantee),
        ("Jaminan keamanan dan keselamatan", internal.security_guarantee),
        ("Evaluasi kinerja pelaksana", internal.performance_evaluation),
    )
    if internal.staff_count:
        out.append(f"  Jumlah pelaksana: {internal.staff_count.text}")
    for title, items in sections:
        if items:
            out.append(f"  {title}:")
            out += [f"    - {item}" for item in items]
    return out
