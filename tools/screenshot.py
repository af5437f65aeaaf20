"""Render the GUI offscreen at 1366×768 on a fresh demo database and save PNGs.

    QT_QPA_PLATFORM=offscreen python tools/screenshot.py

Writes docs/screenshot.png (the main window of a user with several roles, on the
queue) and, into --extra-dir, the login dialog, the other tabs and the intake dialogs
(new application empty and with errors, application detail, receipt ready, information
requests), for looking at.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from counterdesk.domain.roles import Role, Tab
from counterdesk.gui import messages
from counterdesk.gui.app import create_application
from counterdesk.gui.context import DeskContext, load_office_info
from counterdesk.gui.dialogs.verification_view import load_file
from counterdesk.gui.login_dialog import LoginDialog
from counterdesk.gui.main_window import MainWindow
from counterdesk.gui.tabs.admin import AdminTab
from counterdesk.gui.tabs.intake import IntakeTab
from counterdesk.gui.tabs.verification import APPROVAL_VIEW, CHECK_VIEW, VerificationTab
from counterdesk.services import accounts
from counterdesk.services.context import SYSTEM
from counterdesk.services.demo_data import ensure_demo
from counterdesk.services.runtime import Runtime

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1366, 768)
USERNAME, PASSWORD = "kepala", "kepala1234"


def _save(widget: QWidget, path: Path) -> None:
    for _ in range(2):  # a scroll area sizes its contents one event-loop pass later
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(f"ditulis: {path}")


def _last_dialog(tab: IntakeTab) -> QDialog:
    dialog = tab.dialog
    assert dialog is not None
    QApplication.processEvents()
    return dialog


def _intake_dialogs(window: MainWindow, folder: Path) -> None:
    """The dialogs of Penerimaan, filled the way an officer would fill them."""
    tab = window.tab_widget(Tab.INTAKE)
    assert isinstance(tab, IntakeTab)
    messages.ask_unsaved = lambda *args: messages.DISCARD  # type: ignore[assignment]
    tab.new_application()
    dialog = _last_dialog(tab)
    _save(dialog, folder / "new-application.png")
    ui = dialog.ui  # type: ignore[attr-defined]
    ui.newPersonButton.click()
    QTest.keyClicks(ui.personNik, "317405120390001")
    QTest.keyClicks(ui.personName, "Rina Marlina")
    QTest.keyClicks(ui.personEmail, "rina@contoh")
    ui.saveButton.click()
    _save(dialog, folder / "new-application-errors.png")
    dialog.reject()
    tab.new_application()
    dialog = _last_dialog(tab)
    ui = dialog.ui  # type: ignore[attr-defined]
    QTest.keyClicks(ui.applicantSearch, "budi")
    dialog.search.search_now()  # type: ignore[attr-defined]
    QTest.keyClick(ui.applicantSearch, Qt.Key.Key_Return)
    QTest.keyClicks(ui.serviceSearch, "profesi pegawai")
    QTest.keyClick(ui.serviceSearch, Qt.Key.Key_Return)
    for row in (0, 1, 3):  # the documents handed over, ticked with Space
        ui.received.setCurrentRow(row)
        QTest.keyClick(ui.received, Qt.Key.Key_Space)
    _save(dialog, folder / "new-application-picked.png")
    ui.saveButton.click()
    number = dialog.number  # type: ignore[attr-defined]
    _save(_last_dialog(tab), folder / "receipt-ready.png")
    tab.dialog.accept()  # type: ignore[union-attr]
    _save(tab.open_detail(number), folder / "application-detail-new.png")
    tab.dialog.accept()  # type: ignore[union-attr]
    tab.information_requests()
    info = _last_dialog(tab)
    QTest.keyClicks(info.ui.question, "Berapa batas pembebasan bea masuk barang kiriman?")  # type: ignore[attr-defined]
    QTest.keyClicks(info.ui.name, "Teuku Rizal")  # type: ignore[attr-defined]
    QTest.keyClicks(info.ui.email, "rizal@contoh.id")  # type: ignore[attr-defined]
    info.ui.logButton.click()  # type: ignore[attr-defined]
    _save(info, folder / "information-requests.png")
    logged = info.list.current()  # type: ignore[attr-defined]
    info.accept()
    detail = tab.open_detail(logged.number)
    detail.ui.advanceButton.click()
    _save(detail, folder / "application-detail.png")
    detail.accept()


def _verification_dialogs(window: MainWindow, folder: Path) -> None:
    """Verifikasi: both views, the checklist of a PNS file (12 requirements) — as opened
    and refused with a mandatory paper missing — and the supervisor's sign-off."""
    tab = window.tab_widget(Tab.VERIFICATION)
    assert isinstance(tab, VerificationTab)
    window.ui.tabs.setCurrentWidget(tab)
    for view, name in ((CHECK_VIEW, "verification-check"), (APPROVAL_VIEW, "verification-approve")):
        tab.show_view(view)
        _save(window, folder / f"{name}.png")
    pns = next(
        r.number
        for r in tab.to_check.visible_rows()
        if len(load_file(tab.ctx, r.number).items) == 12
    )
    dialog = tab.open_check(pns)
    _save(dialog, folder / "verification-checklist.png")
    dialog.ui.rows.mark_all_present()
    dialog.ui.rows.rows[5].present.setChecked(False)
    dialog.ui.rows.rows[6].validity.setCurrentIndex(2)
    dialog.ui.rows.rows[6].note.setText("foto lama, bukan 6 bulan terakhir")
    dialog.complete()
    _save(dialog, folder / "verification-checklist-refused.png")
    dialog.ui.rows.rows[5].present.setChecked(True)
    dialog.ui.rows.rows[6].validity.setCurrentIndex(1)
    dialog.complete()
    _save(dialog, folder / "verification-checklist-complete.png")
    dialog.accept()
    tab.show_view(APPROVAL_VIEW)
    others = [r.number for r in tab.list.visible_rows() if r.number != pns]
    signoff = tab.open_signoff(next(n for n in others if len(load_file(tab.ctx, n).items) == 12))
    _save(signoff, folder / "verification-signoff.png")
    ui = signoff.ui  # type: ignore[attr-defined]
    ui.password.setText("salah")
    signoff.approve()  # type: ignore[attr-defined]
    _save(signoff, folder / "verification-signoff-wrong-password.png")
    ui.password.setText(PASSWORD)
    signoff.approve()  # type: ignore[attr-defined]
    _save(signoff, folder / "verification-signoff-approved.png")
    signoff.accept()
    signoff = tab.open_signoff(pns)  # checked above by this same user: refused
    signoff.ui.password.setText(PASSWORD)  # type: ignore[attr-defined]
    signoff.approve()  # type: ignore[attr-defined]
    _save(signoff, folder / "verification-signoff-self.png")
    signoff.accept()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    parser.add_argument("--extra-dir", type=Path, default=Path(tempfile.gettempdir()) / "cd-shots")
    args = parser.parse_args()
    args.extra_dir.mkdir(parents=True, exist_ok=True)
    create_application()
    with tempfile.TemporaryDirectory() as folder:
        runtime = Runtime.open(database_file=Path(folder) / "demo.sqlite3", demo=True)
        try:
            ensure_demo(runtime)
            with runtime.unit() as session:
                accounts.create_user(
                    session,
                    SYSTEM,
                    accounts.NewUser(
                        USERNAME,
                        "Dra. Sri Wahyuni",
                        frozenset({Role.SUPERVISOR, Role.PRINTER, Role.ADMIN}),
                        PASSWORD,
                    ),
                )
            login = LoginDialog(runtime)
            login.show()
            login.adjustSize()
            _save(login, args.extra_dir / "login.png")
            login.close()

            actor = runtime.login(USERNAME, PASSWORD)
            window = MainWindow(DeskContext(runtime, actor, load_office_info(runtime)))
            window.resize(*SIZE)
            window.show()
            _save(window, args.out)
            for position in range(1, window.ui.tabs.count()):
                window.ui.tabs.setCurrentIndex(position)
                _save(window, args.extra_dir / f"tab-{position + 1}.png")
            admin = window.tab_widget(Tab.ADMIN)
            assert isinstance(admin, AdminTab)
            for section in (1, 2):
                admin.ui.sections.setCurrentIndex(section)
                _save(window, args.extra_dir / f"admin-{section}.png")
            _verification_dialogs(window, args.extra_dir)
            window.ui.tabs.setCurrentIndex(0)
            _intake_dialogs(window, args.extra_dir)
            window.search.setText("tidak ada")
            _save(window, args.extra_dir / "no-match.png")
            window.search.clear()
            window.lock()
            _save(window, args.extra_dir / "locked-window.png")
            assert window.lock_dialog is not None
            _save(window.lock_dialog, args.extra_dir / "lock.png")
            window.idle.stop()
        finally:
            runtime.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
