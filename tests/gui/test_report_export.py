"""Laporan… on Pengaduan: the monthly complaint recap and the satisfaction survey report,
saved as PDF or XLSX on a worker while the dialog shows its bar."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from counterdesk.domain.formatting import MONTHS
from counterdesk.domain.roles import Role
from counterdesk.gui.context import utcnow
from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.report_export import RECAP, SURVEY, ReportExportDialog
from counterdesk.services import complaints, surveys
from tests.conftest import Office
from tests.gui.intake_helpers import opened, pdf_text
from tests.gui.test_complaints_tab import complaints_tab

PNS = "sertifikasi-pns/sertifikasi-profesi"


def save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """The officer picks ``target`` in the save dialog; returns the names offered."""
    offered: list[str] = []

    def ask(*args: object, **kwargs: object) -> tuple[str, str]:
        offered.append(Path(str(args[2])).name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return offered


def open_report(qtbot: QtBot, desk: DeskController, kind: str) -> ReportExportDialog:
    _, tab = complaints_tab(qtbot, desk, "atasan")
    tab.ui.reportButton.menu().actions()[0 if kind == RECAP else 1].trigger()
    return opened(qtbot, tab, ReportExportDialog)


def test_the_monthly_recap_is_saved_as_a_pdf(
    qtbot: QtBot,
    desk: DeskController,
    office: Office,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    complaints.log_complaint(
        office.runtime,
        office.actors[Role.OFFICER],
        complaints.NewComplaint(
            channel="datang_langsung",
            received_at=utcnow(),
            matter="Antrean terlalu lama",
            name="Rina",
            phone="081234567890",
        ),
    )
    dialog = open_report(qtbot, desk, RECAP)
    ui = dialog.ui
    assert ui.kind.currentData() == RECAP and ui.month.isVisible() and not ui.start.isVisible()
    today = dialog.ctx.today()
    assert ui.month.currentText() == MONTHS[today.month - 1] and ui.year.value() == today.year
    target = tmp_path / "rekap"  # the extension is added
    offered = save_as(monkeypatch, target)
    with qtbot.waitSignal(dialog.saved) as saved:
        ui.saveButton.click()
    assert offered == [f"rekap-pengaduan-{today.year}-{today.month:02d}.pdf"]
    path = saved.args[0]
    assert path == tmp_path / "rekap.pdf"
    text = pdf_text(path)
    assert "REKAP PENGADUAN DAN SARAN" in text
    assert f"{MONTHS[today.month - 1]} {today.year}" in text
    assert f"Disimpan: {path}" in ui.savedLabel.text() and ui.openButton.isVisible()
    # the worker's end (which gives the button back) may come just after "saved"
    qtbot.waitUntil(lambda: ui.saveButton.isEnabled() and not ui.progressBar.isVisible())


def test_the_survey_report_of_this_quarter_is_saved_as_a_workbook(
    qtbot: QtBot,
    desk: DeskController,
    office: Office,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    surveys.add_response(
        office.runtime,
        office.actors[Role.OFFICER],
        surveys.NewSurvey(service_code=PNS, answers=(4, 3, 4, 4, 3, 4, 4, 3, 4)),
    )
    dialog = open_report(qtbot, desk, SURVEY)
    ui = dialog.ui
    assert ui.start.isVisible() and not ui.month.isVisible()
    start, end = surveys.default_period(dialog.ctx.today())
    assert ui.start.date().toPython() == start and ui.end.date().toPython() == end
    assert "triwulan" in ui.periodHint.text()
    ui.xlsxFormat.setChecked(True)
    target = tmp_path / "skm.xlsx"
    offered = save_as(monkeypatch, target)
    with qtbot.waitSignal(dialog.saved):
        ui.saveButton.click()
    assert offered[0].endswith(".xlsx")
    book = openpyxl.load_workbook(BytesIO(target.read_bytes()))
    assert "IKM" in book.sheetnames


def test_a_period_ending_before_it_starts_is_said_at_the_end_date(
    qtbot: QtBot, desk: DeskController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_report(qtbot, desk, SURVEY)
    ui = dialog.ui
    ui.end.setDate(ui.start.date().addDays(-1))
    offered = save_as(monkeypatch, tmp_path / "x.pdf")
    ui.saveButton.click()
    assert "sebelum tanggal awal" in ui.endError.text()
    assert offered == [] and not (tmp_path / "x.pdf").exists()  # nothing asked, nothing made
