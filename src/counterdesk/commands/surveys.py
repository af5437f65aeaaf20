"""`counterdesk survey add` (a paper questionnaire typed in, or one response at the
counter) and `counterdesk survey report` (NRR per element, IKM, grade and the satisfied
share for a period, as text, PDF or XLSX), thin over services/surveys.py."""

from __future__ import annotations

import argparse
import datetime as dt
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from counterdesk.commands.calendar import _parse_date as parse_date
from counterdesk.commands.common import login_actor, office_today, open_runtime, require_out
from counterdesk.domain.errors import ValidationError
from counterdesk.domain.survey_profile import (
    AGE_BANDS,
    EDUCATIONS,
    OCCUPATIONS,
    SEXES,
    Options,
    decimal_text,
)
from counterdesk.services import surveys
from counterdesk.services.setup import office_info

USAGE = """contoh:
  counterdesk survey add --service sak/sertifikat --answers 4,3,4,4,3,4,4,3,4 --as petugas
      satu kuesioner: sembilan jawaban 1-4 berurutan U1 (persyaratan) s.d. U9 (pengaduan)
  counterdesk survey add --service sak/sertifikat --answers 3,3,3,4,3,3,4,3,3 \\
      --sex P --age 30-39 --education s1 --occupation pns --date 2026-11-20 --as petugas
      kuesioner kertas dengan profil responden dan tanggal pengisiannya
  counterdesk survey report --as atasan
      laporan triwulan ini: NRR tiap unsur, IKM, mutu pelayanan, responden puas vs target
  counterdesk survey report --from 2026-10-01 --to 2026-12-31 --service sak \\
      --format pdf --out skm-2026-t4.pdf --as atasan
      --service: kode standar (semua layanannya) atau kode layanan standar/layanan"""

FORMATS = ("text", "pdf", "xlsx")


def _codes(options: Options) -> str:
    return ", ".join(code for code, _ in options)


def register(sub: Any) -> None:
    p = sub.add_parser(
        "survey",
        help="survei kepuasan masyarakat (SKM): isi kuesioner, laporan IKM",
        epilog=USAGE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = p.add_subparsers(dest="survey_action", required=True, metavar="AKSI")
    q = actions.add_parser("add", help="masukkan satu kuesioner (sembilan jawaban 1-4)")
    q.add_argument("--service", default="", metavar="LAYANAN", help="mis. sak/sertifikat")
    q.add_argument(
        "--answers",
        required=True,
        metavar="JAWABAN",
        help="sembilan angka 1-4, mis. 4,3,4,4,3,4,4,3,4",
    )
    q.add_argument(
        "--application", default="", metavar="NOMOR", help="nomor permohonan (boleh kosong)"
    )
    q.add_argument("--sex", default="", metavar="JK", help=f"jenis kelamin: {_codes(SEXES)}")
    q.add_argument("--age", default="", metavar="USIA", help=f"kelompok usia: {_codes(AGE_BANDS)}")
    q.add_argument(
        "--education", default="", metavar="PEND", help=f"pendidikan: {_codes(EDUCATIONS)}"
    )
    q.add_argument(
        "--occupation", default="", metavar="KERJA", help=f"pekerjaan: {_codes(OCCUPATIONS)}"
    )
    q.add_argument("--comment", default="", metavar="SARAN", help="saran/masukan responden")
    q.add_argument(
        "--date",
        default="",
        metavar="TANGGAL",
        help="tanggal pengisian kuesioner kertas (bawaan: hari ini)",
    )
    q.add_argument("--as", dest="as_user", required=True, help="petugas loket, atasan atau admin")
    q.set_defaults(func=_add)
    q = actions.add_parser("report", help="laporan IKM satu periode (teks, PDF atau XLSX)")
    q.add_argument(
        "--from", dest="start", default="", metavar="TANGGAL", help="bawaan: awal triwulan ini"
    )
    q.add_argument(
        "--to", dest="end", default="", metavar="TANGGAL", help="bawaan: akhir triwulan ini"
    )
    q.add_argument(
        "--service", default="", metavar="LAYANAN", help="kode standar atau layanan; bawaan: semua"
    )
    q.add_argument(
        "--format", dest="report_format", choices=FORMATS, default="text", help="bawaan: text"
    )
    q.add_argument("--out", type=Path, metavar="BERKAS", help="berkas tujuan (pdf, xlsx)")
    q.add_argument("--as", dest="as_user", required=True, help="petugas loket, atasan atau admin")
    q.set_defaults(func=_report)


def _answers(text: str) -> tuple[Any, ...]:
    """Numbers stay numbers; anything else is passed on so the check names its element."""
    parts = [p.strip() for p in text.replace(";", ",").split(",")]
    return tuple(int(p) if p.lstrip("-").isdigit() else p for p in parts if p)


def _submitted_at(args: argparse.Namespace, zone: str, today: dt.date) -> datetime | None:
    if not args.date:
        return None
    day = parse_date(args.date)
    if day > today:
        raise ValidationError(
            "date", f"Tanggal {args.date} belum tiba. Isi tanggal kuesioner diisi responden."
        )
    return datetime.combine(day, time(12), ZoneInfo(zone)).astimezone(UTC)


def _add(args: argparse.Namespace) -> int:
    runtime = open_runtime(args)
    actor = login_actor(runtime, args.as_user)
    zone = office_info(runtime).timezone
    data = surveys.NewSurvey(
        service_code=args.service,
        answers=_answers(args.answers),
        application_number=args.application,
        sex=args.sex.upper() if len(args.sex) == 1 else args.sex,
        age_band=args.age,
        education=args.education.lower(),
        occupation=args.occupation.lower(),
        comment=args.comment,
        source="kertas",
        submitted_at=_submitted_at(args, zone, office_today(runtime)),
    )
    surveys.add_response(runtime, actor, data)
    linked = f", permohonan {args.application.upper()}" if args.application else ""
    print(f"Tersimpan: jawaban survei {','.join(str(a) for a in data.answers)}{linked}.")
    return 0


def _period(args: argparse.Namespace, today: dt.date) -> tuple[dt.date, dt.date]:
    start, end = surveys.default_period(today)
    return (
        parse_date(args.start) if args.start else start,
        parse_date(args.end) if args.end else end,
    )


def _report(args: argparse.Namespace) -> int:
    require_out(args, "laporan-skm")
    runtime = open_runtime(args)
    actor = login_actor(runtime, args.as_user)
    today = office_today(runtime)
    start, end = _period(args, today)
    service = args.service or None
    if args.report_format == "text":
        _print(surveys.survey_report(runtime, actor, start, end, service, today))
        return 0
    make = {"pdf": surveys.survey_report_pdf, "xlsx": surveys.survey_report_xlsx}
    args.out.write_bytes(make[args.report_format](runtime, actor, start, end, service, today))
    print(f"Tersimpan: {args.out} (laporan survei kepuasan {start} s.d. {end}).")
    return 0


def _print(report: surveys.SurveyReport) -> None:
    r = report.result
    print("Laporan Survei Kepuasan Masyarakat")
    print(f"Layanan          : {report.service_label}")
    print(f"Periode          : {report.period_text}")
    print(f"Responden        : {r.respondents}")
    print("\nNRR per unsur:")
    for e in r.elements:
        nrr = decimal_text(e.nrr)
        print(f"  U{e.element.number} {e.element.label:<42} {nrr:>5}  {e.grade.letter}")
    print(f"\nNilai indeks     : {decimal_text(r.index)} (skala 1-4)")
    print(f"IKM              : {decimal_text(r.ikm)} (skala 25-100)")
    print(f"Mutu pelayanan   : {r.grade_letter} ({r.grade_label})")
    verdict = "tercapai" if r.meets_target else "belum tercapai"
    print(
        f"Responden puas   : {r.satisfied} dari {r.respondents} "
        f"({decimal_text(r.satisfied_share)}%); target {report.target_percent}% {verdict}"
    )
    print(f"Asal target      : {report.target_note}")
    print(f"\n{report.method_text}")
