"""Impor data sertifikat lama (seed 000): a ledger file written in tmp_path goes through
the real wizard — every bad row listed with its reason, nothing written before the
officer confirms, only the good rows after; a file that cannot be used says why; Batal
during the write leaves the database as it was."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from counterdesk.domain.roles import Role
from counterdesk.gui import messages
from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.registry_import import RegistryImportDialog
from counterdesk.gui.dialogs.registry_texts import Step
from counterdesk.gui.tabs.intake import IntakeTab
from counterdesk.services import overview
from counterdesk.services import registry_import as ri
from tests.conftest import Office
from tests.gui.intake_helpers import officer_window, opened
from tests.unit.services.test_registry_import_office_files import END_BLOCK, write_office_ledger

HEADER = ("No", "Nomor Sertifikat", "Nama Lengkap", "NIK", "Tempat Lahir", "Tanggal Terbit")


def nik(n: int) -> str:
    """A valid NIK for person n (Jakarta Selatan, born in the 1980s)."""
    return f"317405{1 + n % 28:02d}{1 + n % 12:02d}{80 + n % 10:02d}{1 + n % 9999:04d}"


def ledger_row(n: int) -> list[str]:
    return [str(n), f"SAK-2015-{n:04d}", f"Peserta {n}", nik(n), "Jakarta", f"{n:02d}-03-2015"]


def write_csv(path: Path, rows: Sequence[Sequence[str]], header: Sequence[str] = HEADER) -> Path:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(out.getvalue().encode("utf-8"))
    return path


def pick_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The officer picks ``path`` in the open dialog."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), "Excel atau CSV")
    )


def stored_serials(office: Office) -> set[str]:
    with office.runtime.unit(office.actors[Role.OFFICER]) as session:
        return {row.serial for row in overview.certificates(session)}


def open_wizard(qtbot: QtBot, desk: DeskController) -> tuple[IntakeTab, RegistryImportDialog]:
    """Penerimaan → F7 opens the import wizard."""
    window, tab = officer_window(qtbot, desk)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    return tab, opened(qtbot, tab, RegistryImportDialog)


def choose(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, dialog: RegistryImportDialog, path: Path
) -> None:
    """Pick the file through Pilih berkas… and wait until it has been read (or refused)."""
    pick_file(monkeypatch, path)
    with qtbot.waitSignal(dialog.runner.busyChanged, check_params_cb=lambda busy: not busy):
        qtbot.mouseClick(dialog.ui.chooseFileButton, Qt.MouseButton.LeftButton)


def to_preview(qtbot: QtBot, dialog: RegistryImportDialog) -> None:
    """Lanjut to the columns, then check every row (off the GUI thread)."""
    assert dialog.step == Step.FILE and dialog.table is not None
    qtbot.mouseClick(dialog.ui.nextButton, Qt.MouseButton.LeftButton)
    assert dialog.step == Step.MAPPING
    with qtbot.waitSignal(dialog.runner.succeeded):
        qtbot.mouseClick(dialog.ui.nextButton, Qt.MouseButton.LeftButton)
    assert dialog.step == Step.PREVIEW


# --- the wizard ---------------------------------------------------------------------------


def test_bad_rows_are_listed_and_only_good_rows_are_written_after_confirming(
    qtbot: QtBot,
    desk: DeskController,
    office: Office,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = [ledger_row(n) for n in range(1, 6)]
    rows[1][3] = "317405120390001"  # spreadsheet row 3: a NIK of 15 digits
    rows[3][5] = "31-02-2015"  # row 5: no such day
    path = write_csv(tmp_path / "buku-induk.csv", rows)
    _, dialog = open_wizard(qtbot, desk)
    ui = dialog.ui
    choose(qtbot, monkeypatch, dialog, path)
    assert "5 baris data" in ui.fileInfo.text() and not ui.sheet.isVisible()  # CSV: no sheets
    to_preview(qtbot, dialog)

    assert "3</b> akan ditulis" in ui.writeCount.text()
    assert "2</b> baris bermasalah" in ui.problemCount.text()
    assert "3</b> pemohon baru" in ui.newApplicantCount.text()
    bad = {(r.row, r.column): r for r in dialog.problems.list.visible_rows()}
    assert set(bad) == {(3, "NIK"), (5, "Tanggal Terbit")}
    assert "16" in bad[3, "NIK"].message and bad[3, "NIK"].value == "317405120390001"
    table = ui.problemTable.model()
    kinds = {table.index(row, 1).data() for row in range(table.rowCount())}
    assert kinds == {"Bermasalah — tidak ditulis"}  # the headline's word, not "Galat"
    shown = [ui.problemKind.itemText(i) for i in range(ui.problemKind.count())]
    assert "Bermasalah saja (tidak ditulis)" in shown
    assert ui.writeButton.text() == "Tulis 3 sertifikat (Ctrl+S)"
    qtbot.keyClicks(ui.problemFilter, "Tanggal")  # the search narrows the list
    assert [r.row for r in dialog.problems.list.visible_rows()] == [5]
    assert "Baris 5" in ui.problemDetail.text()

    errors_file = tmp_path / "masalah.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(errors_file), "CSV")
    )
    ui.saveProblemsButton.click()
    saved = errors_file.read_bytes().decode("utf-8-sig")
    assert saved.startswith("Baris;Kolom;Isi;Jenis;Keterangan") and "\r\n3;NIK;" in saved

    asked: list[str] = []

    def answer(yes: bool) -> None:
        def confirm(parent: object, title: str, text: str, accept_text: str) -> bool:
            asked.append(accept_text)
            return yes

        monkeypatch.setattr(messages, "confirm", confirm)

    answer(False)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Tulis 3 sertifikat"]  # the confirmation names the number
    assert stored_serials(office) == set()  # nothing before the officer says yes
    answer(True)
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(ui.writeButton, Qt.MouseButton.LeftButton)
    assert stored_serials(office) == {"SAK-2015-0001", "SAK-2015-0003", "SAK-2015-0005"}
    assert dialog.step == Step.DONE
    assert ui.doneHeadline.text() == "3 sertifikat lama tersimpan"
    assert "Pemohon baru dibuat: 3" in ui.doneSummary.text()
    assert "tidak ditulis: 2" in ui.doneSummary.text()
    ui.closeButton.click()
    assert not dialog.isVisible()


def test_an_office_ledger_says_which_rows_are_left_out_and_why(
    qtbot: QtBot,
    desk: DeskController,
    office: Office,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Title rows, NIKs typed '3171…, a certificate listed twice, a blank row, then the
    Jumlah row and the Mengetahui block: the officer sees all of it before writing."""
    path = write_office_ledger(tmp_path / "rekap-2015.xlsx")
    _, dialog = open_wizard(qtbot, desk)
    ui = dialog.ui
    choose(qtbot, monkeypatch, dialog, path)
    assert "6 baris data, judul kolom di baris 4" in ui.fileInfo.text()
    assert ui.fileNotices.isVisible() and END_BLOCK in ui.fileNotices.text()
    to_preview(qtbot, dialog)

    assert ui.previewNotices.isVisible()
    assert ui.previewNotices.text() == (
        f"Judul kolom dibaca dari baris 4; baris di atasnya dilewati.\n{END_BLOCK}"
    )
    assert "4</b> akan ditulis" in ui.writeCount.text()
    assert "2</b> baris bermasalah" in ui.problemCount.text()
    shown = {(r.row, r.column): r.message for r in dialog.problems.list.visible_rows()}
    assert set(shown) == {(9, "Nomor Sertifikat"), (11, "NIK")}  # no NIK with ' is an error
    assert shown[9, "Nomor Sertifikat"].startswith("Baris ini sama dengan baris 6")
    assert ui.writeButton.text() == "Tulis 4 sertifikat (Ctrl+S)"

    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    with qtbot.waitSignal(dialog.imported):
        ui.writeButton.click()
    assert stored_serials(office) == {
        "SAK-2015-0001",
        "SAK-2015-0002",  # row 6 kept; its repeat in row 9 not
        "SAK-2015-0003",
        "SAK-2015-0005",
    }


def test_files_that_cannot_be_used_say_why_in_the_wizard(
    qtbot: QtBot,
    desk: DeskController,
    office: Office,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, dialog = open_wizard(qtbot, desk)
    ui = dialog.ui
    header_only = write_csv(tmp_path / "kosong.csv", [])
    locked = tmp_path / "terkunci.xlsx"
    locked.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 512)
    latin = tmp_path / "salah-kode.csv"
    latin.write_bytes(b"Nomor Sertifikat;Nama;NIK;Tanggal Terbit\r\nSAK-1;Ren\x81;1;1\r\n")
    for path, says in (
        (header_only, "hanya berisi judul kolom"),
        (locked, "dilindungi kata sandi"),
        (latin, "bukan UTF-8"),
    ):
        choose(qtbot, monkeypatch, dialog, path)
        assert ui.fileError.isVisible() and says in ui.fileError.text(), path.name
        assert dialog.table is None
        ui.nextButton.click()  # cannot go on without a readable file
        assert dialog.step == Step.FILE

    wrong = write_csv(tmp_path / "barang.csv", [["1", "Meja", "3"]], ("No", "Barang", "Jumlah"))
    choose(qtbot, monkeypatch, dialog, wrong)
    ui.nextButton.click()
    ui.nextButton.click()  # Periksa semua baris: the mapping is refused at its fields
    assert dialog.step == Step.MAPPING and not dialog.runner.busy
    errors = dialog.mapping.form
    for name in ("serialError", "nameError", "nikError", "issuedOnError"):
        label = getattr(errors, name)
        assert label.isVisible() and "belum dipilih (wajib)" in label.text(), name
    assert "'Barang'" in errors.serialError.text()  # names the columns there are
    assert stored_serials(office) == set()


def test_cancel_while_writing_writes_nothing(
    qtbot: QtBot,
    desk: DeskController,
    office: Office,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = write_csv(tmp_path / "buku-induk.csv", [ledger_row(n) for n in range(1, 4)])
    _, dialog = open_wizard(qtbot, desk)
    ui = dialog.ui
    choose(qtbot, monkeypatch, dialog, path)
    to_preview(qtbot, dialog)
    real_commit = ri.commit

    def held_commit(session: Any, actor: Any, plan: Any, *, progress: Any = None) -> Any:
        """Every row is in the transaction when the write reports; it waits for Batal."""
        worker = dialog.runner.worker
        assert worker is not None

        def tick(done: int, total: int) -> bool:
            worker.progress.wait(60)  # returns at once when Batal is pressed
            return bool(progress(done, total))

        return real_commit(session, actor, plan, progress=tick)

    monkeypatch.setattr(ri, "commit", held_commit)
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    ui.writeButton.click()
    qtbot.waitUntil(ui.progressBox.isVisible)  # the bar and Batal, the window responsive
    assert "Menulis" in ui.progressText.text() and not ui.closeButton.isEnabled()
    with qtbot.waitSignal(dialog.runner.cancelled):
        qtbot.mouseClick(ui.progressCancelButton, Qt.MouseButton.LeftButton)
    assert "tidak ada sertifikat yang disimpan" in ui.statusNote.text()
    assert stored_serials(office) == set()
    assert dialog.step == Step.PREVIEW and ui.writeButton.isEnabled()  # can try again
