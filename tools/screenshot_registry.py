"""Render the historic-certificate screens (import wizard, every step; the single-entry
form) offscreen on a fresh demo database, sized for a 1366×768 screen, and save PNGs.

    QT_QPA_PLATFORM=offscreen python tools/screenshot_registry.py [--out-dir DIR]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import openpyxl
from PySide6.QtCore import QDeadlineTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from counterdesk.domain.formatting import MONTHS
from counterdesk.domain.roles import Role
from counterdesk.gui import messages
from counterdesk.gui.app import create_application
from counterdesk.gui.context import DeskContext, load_office_info
from counterdesk.gui.dialogs.registry_entry import RegistryEntryDialog
from counterdesk.gui.dialogs.registry_import import RegistryImportDialog
from counterdesk.gui.tabs.intake import IntakeTab
from counterdesk.gui.workers import Progress
from counterdesk.services import accounts, applicants
from counterdesk.services.context import SYSTEM
from counterdesk.services.demo_data import ensure_demo
from counterdesk.services.runtime import Runtime

SCREEN = (1366, 768)
USERNAME, PASSWORD = "loket2", "loket21234"
HEADER = ["No", "Nomor Sertifikat", "Nama Lengkap", "NIK", "Tempat/Tgl Lahir", "Tgl Terbit", "Ket"]


def _nik(n: int) -> str:
    return f"317405{1 + n % 28:02d}{1 + n % 12:02d}{80 + n % 10:02d}{1 + n % 9999:04d}"


def _ledger(known_nik: str) -> list[list[object]]:
    names = ["Agus Salim", "Dewi Lestari", "Rudi Hartono", "Maria Ulfa", "Hendra Gunawan"]
    rows: list[list[object]] = []
    for n in range(1, 41):
        born = f"Bogor, {1 + n % 28} {MONTHS[n % 12]} 19{80 + n % 10}"  # as in the NIK
        rows.append([n, f"SAK-2015-{n:04d}", f"{names[n % 5]} {n}", _nik(n), born,
                     f"{1 + n % 28:02d}-06-2015", ""])  # fmt: skip
    rows[3][3] = "317405120390001"  # 15 digits
    rows[7][5] = "06-13-2015"  # month and day swapped
    rows[12][1] = "SAK-2015-0012"  # duplicate of row 13
    rows[20][2] = ""  # name missing
    rows[25][5] = "12-06-2035"  # in the future
    rows[30][3], rows[30][2] = known_nik, "Siti Rahmawati"  # a stored NIK, another name
    return rows


def _write_files(folder: Path, known_nik: str) -> tuple[Path, Path]:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Petunjuk"
    sheet.append(["Isi lembar 'Buku Induk 2015'", "satu baris per sertifikat"])
    ledger = book.create_sheet("Buku Induk 2015")
    ledger.append(["DAFTAR SERTIFIKAT AHLI KEPABEANAN 2015"])
    ledger.append(HEADER)
    for row in _ledger(known_nik):
        ledger.append(row)
    xlsx = folder / "buku-induk-sak-2015.xlsx"
    book.save(xlsx)
    locked = folder / "buku-induk-terkunci.xlsx"
    locked.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 512)
    return xlsx, locked


def _save(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(f"ditulis: {path}")


def _wait(dialog: RegistryImportDialog) -> None:
    deadline = QDeadlineTimer(30_000)
    while dialog.runner.busy and not deadline.hasExpired():
        QApplication.processEvents()
        QTest.qWait(20)


def _wizard(ctx: DeskContext, files: tuple[Path, Path], out: Path) -> None:
    xlsx, locked = files
    dialog = RegistryImportDialog(ctx)
    dialog.show()
    _save(dialog, out / "registry-1-empty.png")
    dialog.load(locked)
    _wait(dialog)
    _save(dialog, out / "registry-1-error.png")
    dialog.load(xlsx)
    _wait(dialog)
    dialog.ui.sheet.setCurrentText("Buku Induk 2015")
    dialog.load(xlsx, "Buku Induk 2015")
    _wait(dialog)
    _save(dialog, out / "registry-1-file.png")
    dialog.next()
    _save(dialog, out / "registry-2-columns.png")
    dialog.mapping.combos["issued_on"].setCurrentIndex(0)
    dialog.next()
    _save(dialog, out / "registry-2-errors.png")
    dialog.mapping.set_table(dialog.table)  # type: ignore[arg-type]
    dialog.next()
    _wait(dialog)
    _save(dialog, out / "registry-3-preview.png")
    dialog.ui.problemKind.setCurrentIndex(2)
    _save(dialog, out / "registry-3-warnings.png")
    dialog.ui.problemKind.setCurrentIndex(0)

    def held(progress: Progress) -> None:
        progress.report(120, 34, "Menulis sertifikat 120 dari 340…")
        progress.wait(30)

    dialog.runner.start(held, "Menulis 34 sertifikat…")
    QTest.qWait(800)
    _save(dialog, out / "registry-3-progress.png")
    dialog.runner.cancel()
    _wait(dialog)
    messages.confirm = lambda *args: True  # type: ignore[assignment]
    dialog.write()
    _wait(dialog)
    _save(dialog, out / "registry-4-done.png")
    dialog.accept()


def _entry(ctx: DeskContext, known_nik: str, out: Path) -> None:
    messages.ask_unsaved = lambda *args: messages.DISCARD  # type: ignore[assignment]
    dialog = RegistryEntryDialog(ctx)
    dialog.show()
    _save(dialog, out / "registry-entry-empty.png")
    QTest.keyClicks(dialog.ui.serial, "SAK-2009-0417")
    QTest.keyClicks(dialog.ui.name, "Ahmad Fauzi")
    QTest.keyClicks(dialog.ui.nik, "317405120390001")
    QTest.keyClicks(dialog.ui.issuedOn, "31-02-2009")
    dialog.save()
    _save(dialog, out / "registry-entry-errors.png")
    dialog.ui.nik.setText(known_nik)
    dialog.ui.issuedOn.setText("27 Februari 2009")
    _save(dialog, out / "registry-entry-holder.png")
    dialog.save()
    _save(dialog, out / "registry-entry-saved.png")
    dialog.reject()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=Path(tempfile.gettempdir()) / "cd-shots")
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    create_application()
    with tempfile.TemporaryDirectory() as folder:
        runtime = Runtime.open(database_file=Path(folder) / "demo.sqlite3", demo=True)
        try:
            ensure_demo(runtime)
            with runtime.unit() as session:
                accounts.create_user(
                    session,
                    SYSTEM,
                    accounts.NewUser(USERNAME, "Rina Marlina", frozenset({Role.OFFICER}), PASSWORD),
                )
                known = next(a for a in applicants.search(session, "budi") if a.nik)
                known_nik = known.nik or ""
            ctx = DeskContext(runtime, runtime.login(USERNAME, PASSWORD), load_office_info(runtime))
            tab = IntakeTab(ctx)
            tab.resize(SCREEN[0], SCREEN[1] - 120)
            tab.show()
            tab.refresh()
            _save(tab, args.out_dir / "registry-intake-tab.png")
            _wizard(ctx, _write_files(Path(folder), known_nik), args.out_dir)
            _entry(ctx, known_nik, args.out_dir)
        finally:
            runtime.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
