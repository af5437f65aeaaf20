"""Catat satu sertifikat lama (seed 000, one at a time): a bad NIK is marked at the field
and nothing is stored; the corrected form saves, says whose certificate it is, shows the
name warning without blocking, and empties itself for the next certificate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.registry_entry import RegistryEntryDialog
from tests.conftest import Office
from tests.gui.intake_helpers import officer_window, opened, register_person
from tests.gui.test_registry_import import stored_serials

NIK_BUDI = "3174051203900001"  # born 12-03-1990


def open_form(qtbot: QtBot, desk: DeskController, office: Office) -> RegistryEntryDialog:
    """Budi Santoso is a registered applicant; Penerimaan → F6 opens the form."""
    register_person(office, NIK_BUDI, "Budi Santoso")
    window, tab = officer_window(qtbot, desk)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    return opened(qtbot, tab, RegistryEntryDialog)


def test_a_bad_nik_is_marked_at_the_field_and_a_good_one_is_saved(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    dialog = open_form(qtbot, desk, office)
    ui = dialog.ui
    qtbot.keyClicks(ui.serial, "SAK-2009-0417")
    qtbot.keyClicks(ui.name, "Ahmad Fauzi")
    qtbot.keyClicks(ui.nik, NIK_BUDI[:-1])  # 15 digits
    qtbot.keyClicks(ui.issuedOn, "27 Februari 2009")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert ui.nikError.isVisible() and "16 angka" in ui.nikError.text()
    assert ui.nik.property("invalid") is True and ui.nik.hasFocus()
    assert dialog.errors.fields == ["nik"]  # only the NIK is wrong
    assert stored_serials(office) == set()

    qtbot.keyClicks(ui.nik, NIK_BUDI[-1])
    assert not ui.nikError.isVisible()  # the old message goes once the field is edited
    assert "Budi Santoso" in ui.holderHint.text() and "berbeda jauh" in ui.holderHint.text()
    with qtbot.waitSignal(dialog.entered) as entered:
        ui.saveButton.click()
    assert entered.args == ["SAK-2009-0417"]
    assert stored_serials(office) == {"SAK-2009-0417"}
    assert ui.savedLabel.text() == (
        "Tersimpan: SAK-2009-0417 atas nama Budi Santoso (pemohon terdaftar)."
    )
    assert ui.warningLabel.isVisible() and "berbeda jauh" in ui.warningLabel.text()
    assert ui.serial.text() == "" and ui.nik.text() == "" and ui.serial.hasFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # an emptied form closes without asking
    assert not dialog.isVisible()


def test_a_nik_pasted_with_an_apostrophe_finds_its_holder_and_is_saved(
    qtbot: QtBot, desk: DeskController, office: Office
) -> None:
    """Copied from an Excel export, the NIK arrives as '3174…: it is a NIK all the same."""
    dialog = open_form(qtbot, desk, office)
    ui = dialog.ui
    qtbot.keyClicks(ui.serial, "'0417/SAK/2009")
    qtbot.keyClicks(ui.name, "Budi Santoso")
    qtbot.keyClicks(ui.nik, f" '{NIK_BUDI}")
    assert ui.holderHint.isVisible()
    assert ui.holderHint.text() == (
        "NIK ini terdaftar atas nama Budi Santoso; sertifikat dicatat atas nama itu."
    )
    qtbot.keyClicks(ui.issuedOn, "'27-02-2009")
    with qtbot.waitSignal(dialog.entered) as entered:
        ui.saveButton.click()
    assert entered.args == ["0417/SAK/2009"]
    assert not ui.nikError.isVisible()
    assert ui.savedLabel.text() == (
        "Tersimpan: 0417/SAK/2009 atas nama Budi Santoso (pemohon terdaftar)."
    )
    assert stored_serials(office) == {"0417/SAK/2009"}
