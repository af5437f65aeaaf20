"""First run: the wizard, driven page by page, creates the office and the admin."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from counterdesk.gui.setup_wizard import SetupWizard
from counterdesk.services import setup
from counterdesk.services.runtime import Runtime


def _next(qtbot: QtBot, wizard: SetupWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_wizard_creates_office_and_admin(qtbot: QtBot, runtime: Runtime, tmp_path: Path) -> None:
    assert not runtime.is_initialized()
    wizard = SetupWizard(runtime)
    qtbot.addWidget(wizard)
    wizard.show()
    office = wizard.office_page.ui
    qtbot.keyClicks(office.officeName, "Balai Sertifikasi")
    qtbot.keyClicks(office.address, "Jl. Raya Bogor Km. 26, Jakarta Timur")
    office.timezone.setCurrentIndex(office.timezone.findData("Asia/Makassar"))
    qtbot.keyClicks(office.counterCode, "L 1")
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.office_page  # stays: the code is marked
    assert office.counterCodeError.isVisible()
    assert "Kode loket harus 2–4 huruf atau angka" in office.counterCodeError.text()
    assert not office.officeNameError.isVisible()
    office.counterCode.clear()
    qtbot.keyClicks(office.counterCode, "b02")
    logo = tmp_path / "logo.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    image.save(str(logo))
    wizard.office_page.set_logo(logo)
    assert not office.logoPreview.pixmap().isNull()
    _next(qtbot, wizard)

    assert wizard.currentPage() is wizard.signatory_page
    signatory = wizard.signatory_page.ui
    _next(qtbot, wizard)  # empty required fields are marked, in Indonesian
    assert signatory.signatoryNameError.text() == "Kolom ini wajib diisi."
    qtbot.keyClicks(signatory.signatoryName, "Dr. Bambang Sutrisno, M.Si.")
    qtbot.keyClicks(signatory.signatoryTitle, "Kepala Balai")
    qtbot.keyClicks(signatory.signatoryNip, "197805122003121001")
    _next(qtbot, wizard)

    assert wizard.currentPage() is wizard.admin_page
    admin = wizard.admin_page.ui
    qtbot.keyClicks(admin.adminUsername, "Yusuf H")
    qtbot.keyClicks(admin.adminFullName, "Yusuf Hidayat")
    qtbot.keyClicks(admin.adminPassword, "admin1234")
    qtbot.keyClicks(admin.adminPasswordRepeat, "admin1234")
    qtbot.keyClick(admin.adminPasswordRepeat, Qt.Key.Key_Return)  # Enter = Selesai
    assert "Nama pengguna 3-40 karakter" in admin.adminUsernameError.text()
    assert not runtime.is_initialized()
    admin.adminUsername.clear()
    qtbot.keyClicks(admin.adminUsername, "yusuf")
    with qtbot.waitSignal(wizard.accepted):
        qtbot.keyClick(admin.adminPasswordRepeat, Qt.Key.Key_Return)

    assert runtime.is_initialized() and wizard.admin_username == "yusuf"
    with runtime.unit() as session:
        stored = setup.get_office(session)
        assert (stored.name, stored.timezone, stored.logo_sha256 is not None) == (
            "Balai Sertifikasi",
            "Asia/Makassar",
            True,
        )
        assert setup.local_site(session).code == "B02"
    assert runtime.login("yusuf", "admin1234").full_name == "Yusuf Hidayat"


def test_a_service_refusal_goes_back_to_the_page_that_holds_the_field(
    qtbot: QtBot, runtime: Runtime
) -> None:
    wizard = SetupWizard(runtime)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.office_page.ui.officeName.setText("Balai")
    wizard.office_page.ui.address.setPlainText("Jl. Mawar 1")
    wizard.office_page.ui.counterCode.setText("L01")
    _next(qtbot, wizard)
    wizard.signatory_page.ui.signatoryName.setText("Budi")
    wizard.signatory_page.ui.signatoryTitle.setText("Kepala")
    _next(qtbot, wizard)
    wizard.office_page.ui.timezone.setItemData(0, "Europe/Berlin")  # stands for any refusal
    wizard.office_page.ui.timezone.setCurrentIndex(0)
    admin = wizard.admin_page.ui
    admin.adminUsername.setText("admin")
    admin.adminFullName.setText("Admin")
    admin.adminPassword.setText("admin1234")
    admin.adminPasswordRepeat.setText("admin1234")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.office_page
    assert "Zona waktu harus WIB, WITA atau WIT" in wizard.office_page.ui.timezoneError.text()
    assert not runtime.is_initialized()
