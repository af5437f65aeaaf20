"""Helpers for the Penerimaan tests: the officer's window, applications filed through
the services, and reading back a saved PDF's barcodes."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from counterdesk.domain.roles import Role, Tab
from counterdesk.gui.controller import DeskController
from counterdesk.gui.main_window import MainWindow
from counterdesk.gui.tabs.intake import IntakeTab
from counterdesk.services import applicants, applications, verification
from tests.conftest import Office
from tests.gui.conftest import activate, open_window

PNS = "sertifikasi-pns/sertifikasi-profesi"
D = TypeVar("D", bound=QDialog)


def officer_window(qtbot: QtBot, desk: DeskController) -> tuple[MainWindow, IntakeTab]:
    window = open_window(qtbot, desk, "petugas")
    tab = window.tab_widget(Tab.INTAKE)
    assert isinstance(tab, IntakeTab)
    return window, tab


def opened(qtbot: QtBot, owner: object, kind: type[D]) -> D:
    """The dialog ``owner`` opened last, once it is of ``kind`` and active."""
    qtbot.waitUntil(lambda: isinstance(getattr(owner, "dialog", None), kind))
    dialog = getattr(owner, "dialog")  # noqa: B009
    assert isinstance(dialog, kind)
    activate(qtbot, dialog)
    return dialog


def register_person(office: Office, nik: str, name: str) -> applicants.Applicant:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as session:
        return applicants.register_person(
            session, officer, applicants.PersonInput(nik=nik, name=name, phone="081234567890")
        ).applicant


def file_application(office: Office, applicant: applicants.Applicant, code: str = PNS) -> str:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as session:
        return applications.file_application(
            session,
            officer,
            applications.NewApplication(applicant.id, code, "datang_langsung"),
        ).number


def verified(office: Office, number: str) -> None:
    """Checked complete by the officer and approved by the supervisor (both layers)."""
    officer, supervisor = office.actors[Role.OFFICER], office.actors[Role.SUPERVISOR]
    with office.runtime.unit(officer) as session:
        codes = [item.requirement_code for item in applications.detail(session, number).checklist]
        verification.mark_complete(
            session, officer, number, [verification.ItemCheck(code, True) for code in codes]
        )
    with office.runtime.unit(supervisor) as session:
        verification.sign_off(session, supervisor, number, approve=True)


def save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """The officer picks ``target`` in the save dialog."""
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF (*.pdf)")
    )


def barcodes(pdf_file: Path) -> list[str]:
    """The texts of the barcodes on page 1, read the way a scanner would read them."""
    document = pdfium.PdfDocument(str(pdf_file))
    try:
        image = document[0].render(scale=3).to_pil()
    finally:
        document.close()
    return [barcode.text for barcode in zxingcpp.read_barcodes(image)]


def pdf_text(pdf_file: Path) -> str:
    """The text on page 1, as a reader copying it out would get it."""
    document = pdfium.PdfDocument(str(pdf_file))
    try:
        return str(document[0].get_textpage().get_text_range())
    finally:
        document.close()
