"""Laporan Survei Kepuasan Masyarakat for a period (PermenPANRB 14/2017): the summary
(respondents, IKM, grade, satisfied share against the target), the NRR of each of the nine
elements, the respondent profile, the comments, the method (weights and rounding) and the
signature of the office's head. The numbers come ready from ``domain.ikm``; this module
only lays them out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from counterdesk.documents import layout
from counterdesk.documents.layout import CELL, CELL_BOLD, HEADING, SMALL, TITLE, para
from counterdesk.documents.letterhead import Letterhead
from counterdesk.documents.page import PageSetup, content_width, render_single
from counterdesk.documents.paper import A4, Paper, mm
from counterdesk.documents.signers import Signer
from counterdesk.domain.survey_profile import decimal_text

if TYPE_CHECKING:  # plain data made by the service; nothing is imported at run time
    from counterdesk.services.surveys import SurveyReport

DOCUMENT_TITLE = "LAPORAN SURVEI KEPUASAN MASYARAKAT"
MAX_COMMENTS = 30


@dataclass(frozen=True, slots=True)
class SurveyReportData:
    letterhead: Letterhead
    report: SurveyReport
    city: str
    signer: Signer  # the office's signatory


def satisfied_text(report: SurveyReport) -> str:
    """``24 dari 30 responden (80,00%); target 80% — tercapai``."""
    r = report.result
    verdict = "tercapai" if r.meets_target else "belum tercapai"
    return (
        f"{r.satisfied} dari {r.respondents} responden ({decimal_text(r.satisfied_share)}%); "
        f"target {report.target_percent}% — {verdict}"
    )


def _summary(report: SurveyReport, width: float) -> Flowable:
    r = report.result
    rows: list[tuple[str, layout.Cell]] = [
        ("Layanan", report.service_label),
        ("Jumlah responden", f"{r.respondents} orang"),
        (
            "Indeks Kepuasan Masyarakat (IKM)",
            Paragraph(
                f"<b>{decimal_text(r.ikm)}</b> (nilai indeks {decimal_text(r.index)} "
                "pada skala 1–4)",
                CELL,
            ),
        ),
        ("Mutu pelayanan", Paragraph(f"<b>{r.grade_letter}</b> ({r.grade_label})", CELL)),
        ("Responden puas", satisfied_text(report)),
        ("Asal target", report.target_note),
    ]
    return layout.field_table(rows, width, label_width=62 * mm)


def _elements(report: SurveyReport, width: float) -> Flowable:
    r = report.result
    number_w, nrr_w, weighted_w, grade_w = 12 * mm, 18 * mm, 30 * mm, 32 * mm
    label_w = width - number_w - nrr_w - weighted_w - grade_w
    rows: list[list[Flowable | str]] = [
        [
            f"U{e.element.number}",
            e.element.label,
            decimal_text(e.nrr),
            decimal_text(e.weighted, 4),
            f"{e.grade.letter} ({e.grade.label})",
        ]
        for e in r.elements
    ]
    rows.append(
        ["", para("Nilai indeks (jumlah NRR tertimbang)", CELL_BOLD), "",
         para(decimal_text(r.index), CELL_BOLD), ""]
    )  # fmt: skip
    rows.append(
        ["", para("IKM (nilai indeks × 25)", CELL_BOLD), "", para(decimal_text(r.ikm), CELL_BOLD),
         para(f"{r.grade_letter} ({r.grade_label})", CELL_BOLD)]
    )  # fmt: skip
    return layout.list_table(
        ["No.", "Unsur pelayanan", "NRR", "NRR tertimbang", "Mutu"],
        rows,
        [number_w, label_w, nrr_w, weighted_w, grade_w],
    )


def _share(count: int, total: int) -> str:
    return f"{decimal_text(Decimal(count * 100) / total)}%" if total else "-"


def _profile(report: SurveyReport, width: float) -> Flowable:
    """One row per profile question: the groups that were chosen, with count and share
    (the XLSX lists every group, zeros included)."""
    total = report.result.respondents
    rows: list[tuple[str, layout.Cell]] = []
    for label, counts in report.profile:
        chosen = [f"{c.label}: {c.count} ({_share(c.count, total)})" for c in counts if c.count]
        rows.append((label, "; ".join(chosen)))
    return layout.field_table(rows, width, label_width=40 * mm)


def _services(report: SurveyReport, width: float) -> list[Flowable]:
    if not report.services:
        return []
    count_w, ikm_w, grade_w, share_w = 28 * mm, 20 * mm, 18 * mm, 22 * mm
    rows: list[list[Flowable | str]] = [
        [s.service_label, str(s.respondents), decimal_text(s.ikm), s.grade_letter,
         f"{decimal_text(s.satisfied_share)}%"]
        for s in report.services
    ]  # fmt: skip
    return [
        para("Per layanan", HEADING),
        layout.list_table(
            ["Layanan", "Responden", "IKM", "Mutu", "Puas"],
            rows,
            [width - count_w - ikm_w - grade_w - share_w, count_w, ikm_w, grade_w, share_w],
        ),
    ]


def _comments(comments: Sequence[str]) -> list[Flowable]:
    if not comments:
        return [para("Saran dan masukan responden", HEADING), para("Tidak ada.", CELL)]
    shown = comments[:MAX_COMMENTS]
    out: list[Flowable] = [para("Saran dan masukan responden", HEADING)]
    out += [para(f"{i}. {text}", CELL) for i, text in enumerate(shown, start=1)]
    if len(comments) > len(shown):
        out.append(para(f"… dan {len(comments) - len(shown)} lainnya (lihat berkas XLSX).", CELL))
    return out


def _sources(report: SurveyReport) -> str:
    parts = [f"{s.label.lower()} {s.count}" for s in report.sources if s.count]
    return (
        f"Sumber jawaban: {', '.join(parts)}; {report.linked} di antaranya terkait nomor "
        "permohonan (identitas responden tidak dicatat)."
    )


def _signature(data: SurveyReportData, width: float) -> Flowable:
    signer = data.signer
    return layout.signatures(
        None,
        layout.Signer(
            heading=(
                layout.place_date(data.city, data.report.made_on),
                signer.title.strip() or "Kepala Kantor",
            ),
            name=signer.name,
            under_name=signer.id_line,
        ),
        width,
    )


def _story(data: SurveyReportData, setup: PageSetup) -> list[Flowable]:
    report, width = data.report, content_width(setup.paper)
    return [
        Paragraph(DOCUMENT_TITLE, TITLE),
        para(f"Periode {report.period_text}", layout.SUBTITLE),
        Spacer(1, 3 * mm),
        _summary(report, width),
        para("Nilai per unsur", HEADING),
        _elements(report, width),
        Spacer(1, 1 * mm),
        para(report.method_text, SMALL),
        para(_sources(report), SMALL),
        *_services(report, width),
        KeepTogether([para("Profil responden", HEADING), _profile(report, width)]),
        *_comments(report.comments),
        _signature(data, width),
    ]


def render_survey_report(data: SurveyReportData, paper: Paper = A4) -> bytes:
    report = data.report
    return render_single(
        what="the survey report",
        paper=paper,
        calibration=None,
        letterhead=data.letterhead,
        running_title=f"Laporan SKM {report.period_text}",
        keep_line=f"Laporan SKM {report.service_label}, {report.period_text}.",
        footer="",
        title=f"Laporan Survei Kepuasan Masyarakat {report.period_text}",
        subject=report.service_label,
        story=lambda setup: _story(data, setup),
    )
