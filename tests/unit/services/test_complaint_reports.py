"""Rekap pengaduan bulanan (issue 10, point 7): which reports fall in the month (the
office's clock, not UTC), the counts by channel, component, route and kind, on time or
late, masking for a non-supervisor, the PDF and the XLSX, and the CLI."""

from __future__ import annotations

import argparse
import io
import re
from datetime import UTC, date, datetime, timedelta

import openpyxl
import pytest

from counterdesk.commands import complaint_report
from counterdesk.commands.complaint_report import add_report_parser
from counterdesk.domain.errors import PermissionDenied, ValidationError
from counterdesk.domain.roles import Role
from counterdesk.services import complaint_reports, complaints
from counterdesk.services.complaint_reports import (
    IN_PROGRESS,
    LATE,
    NO_DEADLINE,
    ON_TIME,
    OVERDUE,
    MonthlyRecap,
    parse_month,
    timeliness,
)
from counterdesk.store.models import Complaint
from tests import pdf_tools
from tests.conftest import PASSWORD, Office

WIB = timedelta(hours=7)
TODAY = date(2026, 11, 26)


def _wib(y: int, m: int, d: int, hh: int, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=UTC) - WIB


def _log(
    office: Office,
    at: datetime,
    *,
    channel: str,
    matter: str,
    name: str = "",
    anonymous: bool = False,
    confidential: bool = False,
    component: str = "",
    route: str = "",
    answered_at: datetime | None = None,
) -> str:
    officer = office.actors[Role.OFFICER]
    data = complaints.NewComplaint(
        channel=channel,
        received_at=at,
        matter=matter,
        name=name,
        anonymous=anonymous,
        confidential=confidential,
    )
    with office.runtime.unit(officer) as s:
        c = complaints.log(s, officer, data)
        if component or route:
            complaints.assign(s, officer, c, component=component, route=route)
        if answered_at is not None:
            complaints.log_step(s, officer, c, "tanggapan", "Sudah kami tindak lanjuti.")
            c.responded_at = answered_at  # answered on that day, not today
        return c.number


@pytest.fixture
def october(office: Office) -> dict[str, str]:
    """Four reports received in October 2026 (office time, WIB) and one just after."""
    return {
        "queue": _log(
            office, _wib(2026, 10, 5, 9), channel="datang_langsung", name="Budi Santoso",
            matter="Antrean loket terlalu lama", component="jangka_waktu", route="internal",
            answered_at=_wib(2026, 10, 8, 10),
        ),
        "bribe": _log(
            office, _wib(2026, 10, 6, 9), channel="whatsapp", name="Sari Dewi",
            matter="Petugas meminta imbalan", anonymous=True, confidential=True,
            component="perilaku", route="apip",
        ),
        "late": _log(
            office, _wib(2026, 10, 7, 9), channel="email", name="Andi Wijaya",
            matter="Sertifikat salah cetak", answered_at=_wib(2026, 11, 20, 10),
        ),
        # no identity: a suggestion; 23.30 WIB on 31 October is still October here
        "box": _log(
            office, _wib(2026, 10, 31, 23, 30), channel="kotak_saran",
            matter="Sediakan air minum di ruang tunggu",
        ),
        # 06.00 WIB on 1 November is 23.00 UTC on 31 October: November for the office
        "november": _log(
            office, _wib(2026, 11, 1, 6), channel="telepon", name="Rina", matter="Loket tutup"
        ),
    }  # fmt: skip


def _recap(office: Office, role: Role, today: date = TODAY, month: int = 10) -> MonthlyRecap:
    return complaint_reports.monthly_recap(office.runtime, office.actors[role], 2026, month, today)


def _count(rows: tuple[complaint_reports.RecapCount, ...], label: str) -> int:
    return next(r.count for r in rows if r.label == label)


def test_the_month_follows_the_office_clock(office: Office, october: dict[str, str]) -> None:
    numbers = [i.number for i in _recap(office, Role.SUPERVISOR).items]
    assert numbers == [october[k] for k in ("queue", "bribe", "late", "box")]
    november = _recap(office, Role.SUPERVISOR, month=11)
    assert [i.number for i in november.items] == [october["november"]]


def test_counts_by_kind_channel_component_route_and_timeliness(
    office: Office, october: dict[str, str]
) -> None:
    recap = _recap(office, Role.SUPERVISOR)
    assert (recap.total, recap.complaints, recap.suggestions) == (4, 3, 1)
    # answered on time; answered late + past due without an answer; none still running
    assert (recap.on_time, recap.late, recap.in_progress) == (1, 2, 0)
    assert recap.period == "Oktober 2026"
    channels = {r.label: r.count for r in recap.by_channel}
    assert len(channels) == 10  # every complaint channel, even those with no report
    assert channels["Datang langsung"] == channels["WhatsApp"] == 1
    assert channels["Telepon"] == 0
    assert _count(recap.by_component, "Jangka waktu penyelesaian") == 1
    assert _count(recap.by_component, "Perilaku pelaksana") == 1
    assert _count(recap.by_component, "Belum ditentukan") == 2
    assert recap.by_component[-1].label == "Belum ditentukan"
    assert _count(recap.by_route, "APIP (Aparat Pengawas Intern Pemerintah)") == 1
    assert _count(recap.by_kind, "Saran/masukan") == 1
    by_number = {i.number: i for i in recap.items}
    assert by_number[october["queue"]].timeliness == ON_TIME
    assert by_number[october["queue"]].answered_on == date(2026, 10, 8)
    assert by_number[october["late"]].timeliness == LATE
    assert by_number[october["bribe"]].timeliness == OVERDUE
    assert by_number[october["box"]].timeliness == NO_DEADLINE
    assert by_number[october["box"]].due_on is None


def test_an_information_request_is_not_in_the_recap(
    office: Office, october: dict[str, str]
) -> None:
    with office.runtime.unit() as s:  # older versions kept them in the complaint table
        s.add(
            Complaint(
                number="TIK-L01-26-0000001", kind="informasi", channel="email",
                received_at=_wib(2026, 10, 12, 9), reporter_name="Teuku Rizal",
                subject="Tata cara kawasan berikat", due_on=date(2026, 10, 14),
            )
        )  # fmt: skip
    recap = _recap(office, Role.SUPERVISOR)
    assert recap.total == 4 == recap.complaints + recap.suggestions
    assert "TIK-L01-26-0000001" not in [i.number for i in recap.items]
    assert [r.label for r in recap.by_kind] == ["Pengaduan", "Saran/masukan"]


def test_an_unanswered_complaint_is_in_progress_until_its_due_day(
    office: Office, october: dict[str, str]
) -> None:
    recap = _recap(office, Role.SUPERVISOR, today=date(2026, 10, 9))
    bribe = next(i for i in recap.items if i.number == october["bribe"])
    assert bribe.timeliness == IN_PROGRESS
    assert recap.in_progress == 2  # the bribe, and the late one not yet answered on 9 Oct


@pytest.mark.parametrize(
    ("answered", "today", "expected"),
    [
        (date(2026, 10, 23), TODAY, ON_TIME),  # on the due day itself
        (date(2026, 10, 24), TODAY, LATE),
        (None, date(2026, 10, 23), IN_PROGRESS),
        (None, date(2026, 10, 24), OVERDUE),
    ],
)
def test_timeliness_boundaries(answered: date | None, today: date, expected: str) -> None:
    assert timeliness(date(2026, 10, 23), answered, today) == expected
    assert timeliness(None, answered, today) == NO_DEADLINE


def test_an_officer_sees_anonymous_and_confidential_reports_masked(
    office: Office, october: dict[str, str]
) -> None:
    officer = {i.number: i for i in _recap(office, Role.OFFICER).items}[october["bribe"]]
    boss = {i.number: i for i in _recap(office, Role.SUPERVISOR).items}[october["bribe"]]
    assert (officer.reporter, officer.subject) == (
        "(dirahasiakan)",
        "(isi dirahasiakan — hanya atasan)",
    )
    assert (boss.reporter, boss.subject) == ("Sari Dewi", "Petugas meminta imbalan")
    # the PDF an officer prints carries the mask, not the name
    pdf = complaint_reports.monthly_recap_pdf(
        office.runtime, office.actors[Role.OFFICER], 2026, 10, TODAY
    )
    text = pdf_tools.all_text(pdf)
    assert "Sari Dewi" not in text and "imbalan" not in text
    assert "(dirahasiakan)" in text


def test_a_printer_may_not_make_the_recap(office: Office) -> None:
    with pytest.raises(PermissionDenied):
        _recap(office, Role.PRINTER)


def test_the_pdf_is_a_landscape_table_report(office: Office, october: dict[str, str]) -> None:
    pdf = complaint_reports.monthly_recap_pdf(
        office.runtime, office.actors[Role.SUPERVISOR], 2026, 10, TODAY
    )
    assert pdf_tools.page_size_mm(pdf) == (297.0, 210.0)
    text = pdf_tools.all_text(pdf)
    assert "REKAP PENGADUAN DAN SARAN" in text and "Bulan Oktober 2026" in text
    for heading in ("Menurut saluran", "Menurut komponen layanan", "Menurut penyelesaian"):
        assert heading in text
    assert "Jumlah laporan diterima 4" in text
    assert "Pengaduan melewati batas waktu 2" in text
    assert october["queue"] in text and "Sari Dewi" in text
    assert "Tepat waktu" in text and "Lewat batas (belum dijawab)" in text


def test_the_xlsx_has_a_summary_and_an_item_sheet(office: Office, october: dict[str, str]) -> None:
    data = complaint_reports.monthly_recap_xlsx(
        office.runtime, office.actors[Role.SUPERVISOR], 2026, 10, TODAY
    )
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Ringkasan", "Daftar"]
    summary = list(book["Ringkasan"].iter_rows(values_only=True))
    assert summary[0][0] == "Rekap pengaduan dan saran Oktober 2026"
    assert ("Ringkasan", "Jumlah laporan diterima", 4) in summary
    assert ("Menurut saluran", "WhatsApp", 1) in summary
    assert ("Ketepatan waktu (pengaduan)", "Tepat waktu", 1) in summary
    items = list(book["Daftar"].iter_rows(values_only=True))
    header = items.index(next(r for r in items if r[0] == "Nomor"))
    rows = {r[0]: r for r in items[header + 1 :]}
    queue = rows[october["queue"]]
    assert queue[1] == datetime(2026, 10, 5)  # a date cell, not text
    assert queue[4] == "Budi Santoso" and queue[-1] == "Tepat waktu"
    assert len(rows) == 4


def test_an_empty_month_still_makes_a_report(office: Office) -> None:
    recap = _recap(office, Role.SUPERVISOR, month=3)
    assert recap.total == 0 and recap.items == ()
    pdf = complaint_reports.monthly_recap_pdf(
        office.runtime, office.actors[Role.SUPERVISOR], 2026, 3, TODAY
    )
    assert "Tidak ada pengaduan atau saran" in pdf_tools.all_text(pdf)


@pytest.mark.parametrize("typed", ["2026-13", "11-2026", "November", "2026/11", ""])
def test_a_bad_month_is_refused_with_an_example(typed: str) -> None:
    with pytest.raises(ValidationError, match=r"mis\. 2026-11"):
        parse_month(typed)
    assert parse_month(" 2026-01 ") == (2026, 1)


# --- the CLI -------------------------------------------------------------------------------


def _cli(office: Office, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    add_report_parser(parser.add_subparsers(dest="action"))
    args = parser.parse_args(argv)
    code: int = args.func(args)
    return code


@pytest.fixture
def logged_in(office: Office, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command runs on the test office, with the user's password given."""
    monkeypatch.setattr(complaint_report, "open_runtime", lambda args: office.runtime)
    monkeypatch.setenv("COUNTERDESK_PASSWORD", PASSWORD)


def test_cli_text_prints_the_counts(
    office: Office, october: dict[str, str], logged_in: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _cli(office, "report", "--month", "2026-10", "--as", "atasan") == 0
    out = capsys.readouterr().out
    assert "Rekap pengaduan Oktober 2026" in out
    assert re.search(r"Jumlah laporan diterima +4\n", out)
    assert re.search(r"Pengaduan melewati batas waktu +2\n", out)
    assert re.search(r"Lewat batas \(belum dijawab\) +1\n", out)
    assert "WhatsApp" in out and "Menurut komponen layanan" in out


def test_cli_writes_pdf_and_xlsx(
    office: Office, october: dict[str, str], logged_in: None, tmp_path: object
) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    for fmt in ("pdf", "xlsx"):
        out = folder / f"rekap.{fmt}"
        argv = ("report", "--month", "2026-10", "--format", fmt, "--out", str(out))
        assert _cli(office, *argv, "--as", "atasan") == 0
        assert out.stat().st_size > 1000
    assert pdf_tools.pages((folder / "rekap.pdf").read_bytes()) >= 1


def test_cli_refuses_a_file_format_without_out_and_a_bad_month(office: Office) -> None:
    with pytest.raises(ValidationError, match="--out"):
        _cli(office, "report", "--month", "2026-10", "--format", "pdf", "--as", "atasan")
    with pytest.raises(ValidationError, match="tidak dikenali"):
        _cli(office, "report", "--month", "Oktober", "--as", "atasan")
