"""Cetak: the print queue (not yet printed first, status in words and colour), a batch of
many into one PDF or to a printer with progress and Batal while the window keeps
working, and a reprint that needs its reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from counterdesk.domain.roles import Role, Tab
from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs import calibration, print_batch
from counterdesk.gui.dialogs.calibration import CalibrationDialog
from counterdesk.gui.dialogs.print_batch import PrintBatchDialog
from counterdesk.gui.dialogs.spoiled_stock import SpoiledStockDialog
from counterdesk.gui.main_window import MainWindow
from counterdesk.gui.tabs.printing import PrintingTab
from counterdesk.services import issuing
from tests.conftest import Office
from tests.gui.conftest import activate, open_window
from tests.gui.intake_helpers import barcodes, opened, save_to
from tests.issuing_helpers import SAK_CERTIFICATE, filed, person, ready_balai_person, verified

HOLDERS = (
    ("3174051203900001", "Budi Santoso"),
    ("3174054506900002", "Siti Aminah"),
    ("3174051010850003", "Joko Widodo"),
)


def issued(office: Office) -> list[str]:
    """Three customs-expert certificates issued, none printed yet (their serials)."""
    serials = []
    for nik, name in HOLDERS:
        number = filed(office, person(office, nik, name), SAK_CERTIFICATE)
        verified(office, number)
        view = issuing.issue(office.runtime, office.actors[Role.SUPERVISOR], number)
        serials += [item.serial for item in view.items]
    return serials


def cetak(
    qtbot: QtBot, desk: DeskController, username: str = "cetak"
) -> tuple[MainWindow, PrintingTab]:
    window = open_window(qtbot, desk, username)
    window.ui.tabs.setCurrentIndex(window.tab_ids.index(Tab.PRINTING))
    tab = window.current_tab()
    assert isinstance(tab, PrintingTab)
    return window, tab


def status_cells(tab: PrintingTab) -> dict[str, tuple[str, object]]:
    """Serial → (status text, background) as the table shows them."""
    model = tab.ui.tableView.model()
    cells = {}
    for row in range(model.rowCount()):
        status = model.index(row, 1)
        cells[model.index(row, 0).data()] = (
            status.data(),
            status.data(Qt.ItemDataRole.BackgroundRole),
        )
    return cells


def select_all(qtbot: QtBot, tab: PrintingTab) -> None:
    tab.ui.tableView.setFocus()
    qtbot.keyClick(tab.ui.tableView, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


def batch(qtbot: QtBot, tab: PrintingTab) -> PrintBatchDialog:
    """Ctrl+P on the list: the batch dialog for the rows selected."""
    before = tab.dialog
    activate(qtbot, tab.window())  # back in the main window after the last dialog
    qtbot.keyClick(tab.ui.tableView, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.dialog is not before)
    return opened(qtbot, tab, PrintBatchDialog)


def test_many_into_one_pdf_with_progress_and_preview(
    qtbot: QtBot,
    desk: DeskController,
    office: Office,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    serials = issued(office)
    _, tab = cetak(qtbot, desk)
    cells = status_cells(tab)
    assert set(cells) == set(serials)
    assert all(text == "Belum dicetak" and colour is not None for text, colour in cells.values())
    assert "3" in tab.ui.summaryLabel.text()

    select_all(qtbot, tab)
    assert tab.ui.selectionLabel.text().startswith("3 dipilih")
    dialog = batch(qtbot, tab)
    assert not dialog.ui.reason.isVisible()  # nothing printed before: no reprint
    dialog.ui.toPdf.setChecked(True)
    steps: list[tuple[int, int]] = []
    qtbot.mouseClick(dialog.ui.makeButton, Qt.MouseButton.LeftButton)
    worker = dialog.worker
    assert worker is not None  # the batch runs on a worker; the click returned at once
    worker.signals.progress.connect(lambda done, total, _: steps.append((done, total)))
    assert dialog.ui.progressPanel.isVisible() and not dialog.ui.closeButton.isEnabled()
    with qtbot.waitSignal(dialog.printed, timeout=60_000):
        pass  # the GUI thread keeps running its event loop while the pages are made
    assert steps and steps[-1][1] == 3  # the bar followed the certificates
    qtbot.waitUntil(lambda: dialog.ui.preview.count() == 3 and not dialog.running(), timeout=30_000)
    assert "3 halaman" in dialog.ui.previewCaption.text()

    target = tmp_path / "batch.pdf"
    save_to(monkeypatch, target)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.outcome == "saved" and target.read_bytes().startswith(b"%PDF")
    assert serials[0] in barcodes(target)  # the Code 128 of the first certificate reads back

    dialog.close()
    tab.refresh()
    assert tab.list.visible_rows() == []  # printed: off the queue
    assert tab.list.showing_empty_state()
    tab.ui.includePrinted.setChecked(True)
    assert {text for text, _ in status_cells(tab).values()} == {"Terbit"}
    model = tab.ui.tableView.model()
    assert {model.index(r, 2).data() for r in range(model.rowCount())} == {"1×"}  # Dicetak


def test_batal_during_the_batch_logs_nothing_and_the_window_stays_usable(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    issued(office)
    window, tab = cetak(qtbot, desk)
    select_all(qtbot, tab)
    dialog = batch(qtbot, tab)
    dialog.ui.toPdf.setChecked(True)
    qtbot.mouseClick(dialog.ui.makeButton, Qt.MouseButton.LeftButton)
    worker = dialog.worker
    assert worker is not None
    # Batal as soon as the first page is reported (the GUI thread is free to take it)
    worker.signals.progress.connect(
        lambda *_: dialog.ui.cancelButton.click(), Qt.ConnectionType.SingleShotConnection
    )
    with qtbot.waitSignal(worker.signals.finished, timeout=60_000):
        pass
    assert dialog.outcome == "cancelled" and dialog.pdf is None
    assert "Dibatalkan" in dialog.ui.statusLabel.text()
    assert dialog.ui.makeButton.isEnabled()  # may be started again
    dialog.close()
    activate(qtbot, window)
    tab.refresh()
    assert {text for text, _ in status_cells(tab).values()} == {"Belum dicetak"}


def test_to_a_printer_then_a_reprint_needs_its_reason(
    qtbot: QtBot,
    desk: DeskController,
    office: Office,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    serials = issued(office)
    printed_file = tmp_path / "printer.pdf"

    def pdf_printer(*_: object) -> QPrinter:  # the print dialog, answered "Cetak"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed_file))
        return printer

    monkeypatch.setattr(print_batch, "choose_printer", pdf_printer)
    _, tab = cetak(qtbot, desk)
    tab.list.select(0)
    first = tab.selected_rows()[0].serial
    dialog = batch(qtbot, tab)
    assert dialog.ui.toPrinter.isChecked()  # straight to the printer is the default
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.outcome == "printed" and not dialog.running(), timeout=60_000)
    assert printed_file.stat().st_size > 0 and "dikirim ke printer" in dialog.ui.statusLabel.text()
    dialog.close()

    tab.ui.includePrinted.setChecked(True)
    assert tab.show_record(first)
    dialog = batch(qtbot, tab)
    assert dialog.ui.reason.isVisible() and "cetak ulang" in dialog.ui.warningLabel.text()
    dialog.ui.toPdf.setChecked(True)
    qtbot.mouseClick(dialog.ui.makeButton, Qt.MouseButton.LeftButton)
    assert dialog.worker is None and "alasan" in dialog.ui.reasonError.text()  # not started
    qtbot.keyClicks(dialog.ui.reason, "kertas macet di baki 2")
    qtbot.mouseClick(dialog.ui.makeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pdf is not None and not dialog.running(), timeout=60_000)
    rows = {
        r.serial: r
        for r in issuing.print_queue(
            office.runtime, office.actors[Role.PRINTER], include_printed=True
        )
    }
    assert rows[first].printed_count == 2 and rows[serials[1]].printed_count == 0


def test_a_revoked_certificate_is_refused_before_anything_is_drawn(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    from sqlalchemy import select

    from counterdesk.store.models import Certificate

    serials = issued(office)
    with office.runtime.unit() as s:
        cert = s.scalar(select(Certificate).where(Certificate.serial == serials[0]))
        assert cert is not None
        cert.status = "revoked"
    _, tab = cetak(qtbot, desk)
    tab.ui.includePrinted.setChecked(True)
    assert tab.show_record(serials[0])
    text, colour = status_cells(tab)[serials[0]]
    assert text == "Dicabut" and colour is not None
    assert "tidak dapat dicetak" in tab.ui.selectionLabel.text()
    dialog = batch(qtbot, tab)
    dialog.ui.toPdf.setChecked(True)
    qtbot.mouseClick(dialog.ui.makeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running() and dialog.ui.generalError.isVisible())
    assert serials[0] in dialog.ui.generalError.text() and dialog.pdf is None


def test_a_spoiled_blank_and_a_printer_calibration_with_its_test_page(
    qtbot: QtBot,
    desk: DeskController,
    office: Office,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, tab = cetak(qtbot, desk)
    qtbot.mouseClick(tab.ui.spoiledButton, Qt.MouseButton.LeftButton)
    spoiled = opened(qtbot, tab, SpoiledStockDialog)
    qtbot.keyClicks(spoiled.ui.blankSerial, "BLK-000123")
    qtbot.keyClick(spoiled.ui.blankSerial, Qt.Key.Key_Return)  # on to the reason
    assert spoiled.ui.reason.hasFocus() and not spoiled.ui.reasonError.isVisible()
    qtbot.keyClick(spoiled.ui.reason, Qt.Key.Key_Return)
    assert spoiled.isVisible() and spoiled.ui.reasonError.isVisible()  # said at the field
    qtbot.keyClicks(spoiled.ui.reason, "kertas macet")
    qtbot.keyClick(spoiled.ui.reason, Qt.Key.Key_Return)
    assert not spoiled.isVisible() and spoiled.recorded == "BLK-000123"

    test_page = tmp_path / "ruler.pdf"

    def pdf_printer(_parent: object, _title: str, _paper: str, name: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(test_page))
        return printer

    monkeypatch.setattr(calibration, "choose_printer", pdf_printer)
    dialog = CalibrationDialog(tab.ctx, tab, printers=["Epson L3110"])
    dialog.show()
    dialog.ui.paper.setCurrentText("F4")
    dialog.ui.dxMm.setValue(1.5)
    dialog.ui.dyMm.setValue(-2.0)
    assert dialog.ui.dxMm.text() == "1,5 mm"  # the decimal comma
    qtbot.mouseClick(dialog.ui.testPageButton, Qt.MouseButton.LeftButton)
    assert test_page.stat().st_size > 0 and "Halaman uji dikirim" in dialog.ui.statusLabel.text()
    dialog.submit()
    assert not dialog.isVisible()
    again = CalibrationDialog(tab.ctx, tab, printers=["Epson L3110"])
    again.ui.paper.setCurrentText("F4")
    assert (again.ui.dxMm.value(), again.ui.dyMm.value()) == (1.5, -2.0)  # kept for this pair
    again.ui.paper.setCurrentText("A4")
    assert (again.ui.dxMm.value(), again.ui.dyMm.value()) == (0.0, 0.0)
    again.ui.dxMm.setValue(20.0)
    again.ui.dyMm.setValue(-20.0)
    again.submit()
    assert not again.ui.generalError.isVisible()  # 20 mm is still allowed


def test_a_card_without_a_photo_is_named_before_the_batch_starts(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    number = ready_balai_person(office, photo=False)
    items = issuing.issue(office.runtime, office.actors[Role.SUPERVISOR], number).items
    card = next(item.serial for item in items if item.product_kind == "card")
    _, tab = cetak(qtbot, desk)
    tab.ui.tableView.clearSelection()
    assert tab.show_record(card)
    dialog = batch(qtbot, tab)
    dialog.ui.toPdf.setChecked(True)
    qtbot.mouseClick(dialog.ui.makeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running() and dialog.ui.generalError.isVisible())
    said = dialog.ui.generalError.text()
    assert card in said and "foto" in said and dialog.pdf is None
    assert dialog.ui.preview.count() == 0  # nothing was drawn


def test_a_supervisor_revokes_one_certificate_with_a_reason_and_a_confirmation(
    qtbot: QtBot, desk: DeskController, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counterdesk.gui import messages
    from counterdesk.gui.dialogs.text_input import TextInputDialog
    from counterdesk.gui.style import level_colours
    from counterdesk.services import verification_offline

    serials = issued(office)
    questions: list[str] = []
    answer = [False]

    def confirm(_parent: object, _title: str, text: str, _accept: str) -> bool:
        questions.append(text)
        return answer[0]

    monkeypatch.setattr(messages, "confirm", confirm)
    _, tab = cetak(qtbot, desk, "atasan")
    button = tab.revokeButton
    assert button.isVisible() and button.text() == "Cabut sertifikat…"
    select_all(qtbot, tab)
    assert not button.isEnabled()  # one certificate at a time
    assert tab.show_record(serials[0]) and button.isEnabled()
    holder = HOLDERS[0][1]

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = opened(qtbot, tab, TextInputDialog)
    assert serials[0] in dialog.windowTitle() and holder in dialog.ui.explanation.text()
    assert "tidak dapat dibatalkan" in dialog.ui.explanation.text()
    qtbot.keyClicks(dialog.ui.text, "salah")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "paling sedikit 10 huruf" in dialog.ui.textError.text() and questions == []

    dialog.ui.text.clear()
    qtbot.keyClicks(dialog.ui.text, "Persyaratan terbukti dipalsukan")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # "Batal" to the question
    assert serials[0] in questions[-1] and holder in questions[-1]
    assert "tidak dapat dibatalkan" in questions[-1]
    assert dialog.isVisible() and "Belum dicabut" in dialog.ui.generalError.text()
    assert status_cells(tab)[serials[0]][0] == "Belum dicetak"

    answer[0] = True
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    text, colour = status_cells(tab)[serials[0]]
    overdue = level_colours("overdue")
    assert text == "Dicabut" and overdue is not None and colour == overdue[1]
    assert tab.selected_rows()[0].serial == serials[0] and not button.isEnabled()
    assert "tidak dapat dicetak" in tab.ui.selectionLabel.text()
    verdict = verification_offline.verify(office.runtime, office.actors[Role.PRINTER], serials[0])
    assert verdict.outcome == "revoked"


def test_the_printer_does_not_see_cabut_sertifikat(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    issued(office)
    _, tab = cetak(qtbot, desk)
    assert tab.list.visible_rows() and tab.ui.handOverButton.isVisible()
    assert not tab.revokeButton.isVisible() and tab.revoke_selected() is None
