"""The office server in the app (issue 13): chosen in the set-up wizard, remembered
without its password, asked for at start when no keyring keeps it, and a server that
cannot be reached said plainly with Coba lagi / Pakai database lain… / Keluar."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from counterdesk.gui import app as gui_app
from counterdesk.gui import messages
from counterdesk.gui.controller import DeskController
from counterdesk.gui.dialogs.server_connection import ServerConnectionDialog
from counterdesk.gui.dialogs.server_start import (
    ServerChoice,
    ServerPasswordDialog,
    ServerProblemDialog,
)
from counterdesk.gui.setup_wizard import SetupWizard
from counterdesk.services import server_settings
from counterdesk.services.runtime import Runtime
from counterdesk.services.server_settings import ServerSettings, StartTarget
from counterdesk.services.startup import OpenOptions
from tests import databases
from tests.conftest import Office

needs_server = pytest.mark.skipif(
    not databases.on_server(), reason="perlu server PostgreSQL (COUNTERDESK_TEST_DATABASE_URL)"
)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _fill(dialog: ServerConnectionDialog, qtbot: QtBot, url: str) -> None:
    parsed = make_url(url)
    ui = dialog.ui
    for field, value in (
        (ui.host, parsed.host or ""),
        (ui.port, str(parsed.port or 5432)),
        (ui.database, parsed.database or ""),
        (ui.user, parsed.username or ""),
        (ui.password, parsed.password or ""),
    ):
        field.clear()
        qtbot.keyClicks(field, value)


@pytest.fixture
def local_file(tmp_path: Path) -> Iterator[Runtime]:
    """This PC's first start: an empty SQLite file (the wizard runs on it)."""
    runtime = Runtime.open(database_file=tmp_path / "data" / "counterdesk.sqlite3")
    yield runtime
    runtime.close()


@pytest.fixture
def empty_server() -> Iterator[str]:
    if not databases.on_server():
        pytest.skip("perlu server PostgreSQL (COUNTERDESK_TEST_DATABASE_URL)")
    url = databases.new_database()
    yield url
    databases.drop_database(url)


def _wizard(qtbot: QtBot, controller: DeskController) -> SetupWizard:
    qtbot.waitUntil(lambda: controller.wizard is not None and controller.wizard.isVisible())
    wizard = controller.wizard
    assert wizard is not None
    return wizard


def _connect(qtbot: QtBot, wizard: SetupWizard, url: str) -> None:
    server_button = wizard.button(QWizard.WizardButton.CustomButton1)
    assert server_button.isVisible() and server_button.text() == "Server kantor (PostgreSQL)…"
    qtbot.mouseClick(server_button, Qt.MouseButton.LeftButton)
    dialog = wizard.server_dialog
    assert isinstance(dialog, ServerConnectionDialog)
    _fill(dialog, qtbot, url)
    qtbot.mouseClick(dialog.ui.testButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Koneksi berhasil" in dialog.ui.checkResult.text())
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)


def test_testing_a_server_that_is_not_there_says_so_and_the_choice_is_on_the_first_page(
    qtbot: QtBot, local_file: Runtime
) -> None:
    wizard = SetupWizard(local_file)
    qtbot.addWidget(wizard)
    wizard.show()
    server_button = wizard.button(QWizard.WizardButton.CustomButton1)
    assert server_button.isVisible()
    assert "Data disimpan di komputer ini" in wizard.office_page.subTitle()
    qtbot.mouseClick(server_button, Qt.MouseButton.LeftButton)
    dialog = wizard.server_dialog
    assert isinstance(dialog, ServerConnectionDialog) and dialog.isVisible()
    _fill(dialog, qtbot, f"postgresql+psycopg://loket:x@127.0.0.1:{_closed_port()}/kantor")
    qtbot.mouseClick(dialog.ui.testButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "tidak dapat dihubungi" in dialog.ui.checkResult.text())
    assert dialog.ui.testButton.isEnabled() and dialog.isVisible()
    dialog.ui.host.clear()
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.hostError.text() == "Alamat server wajib diisi."
    dialog.reject()
    assert wizard.runtime is local_file
    wizard.office_page.ui.officeName.setText("Balai")
    wizard.office_page.ui.address.setPlainText("Jl. Mawar 1")
    wizard.office_page.ui.counterCode.setText("L01")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.signatory_page and not server_button.isVisible()


@needs_server
def test_the_wizard_sets_the_office_up_on_the_server_and_remembers_it_without_the_password(
    qtbot: QtBot, local_file: Runtime, empty_server: str, answers: list[str]
) -> None:
    controller = DeskController(local_file)
    controller.start()
    wizard = _wizard(qtbot, controller)
    _connect(qtbot, wizard, empty_server)
    settings, _password = server_settings.from_url(empty_server)
    assert wizard.runtime is not local_file and not wizard.joined
    assert f"server kantor {settings.describe()}" in wizard.office_page.subTitle()
    office = wizard.office_page.ui
    office.officeName.setText("Balai Server")
    office.address.setPlainText("Jl. Mawar 1")
    office.counterCode.setText("S01")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    wizard.signatory_page.ui.signatoryName.setText("Budi")
    wizard.signatory_page.ui.signatoryTitle.setText("Kepala")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    admin = wizard.admin_page.ui
    admin.adminUsername.setText("admin")
    admin.adminFullName.setText("Admin Server")
    admin.adminPassword.setText("admin1234")
    admin.adminPasswordRepeat.setText("admin1234")
    with qtbot.waitSignal(controller.ready):
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    server = controller.runtime
    assert server is not None and server.db.path is None  # the app goes on on the server
    assert not local_file.is_initialized()
    assert controller.login_dialog is not None
    assert controller.login_dialog.ui.username.text() == "admin"
    stored = json.loads(server_settings.settings_file().read_text(encoding="utf-8"))
    assert stored == {
        "host": settings.host,
        "port": settings.port,
        "database": settings.database,
        "user": settings.user,
        "driver": "postgresql+psycopg",
    }
    assert server_settings.load() == settings
    again = SetupWizard(server)  # a wizard on the server says where the data goes
    qtbot.addWidget(again)
    assert f"server kantor {settings.describe()}" in again.office_page.subTitle()
    direct = Runtime.open(database_url=empty_server)
    try:
        assert direct.login("admin", "admin1234").full_name == "Admin Server"
    finally:
        direct.close()
    controller.shut_down()


@needs_server
def test_a_second_counter_joins_the_office_already_on_the_server(
    qtbot: QtBot, local_file: Runtime, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(messages, "inform", lambda parent, title, text: said.append(title))
    controller = DeskController(local_file)
    controller.start()
    wizard = _wizard(qtbot, controller)
    with qtbot.waitSignal(controller.ready):
        _connect(qtbot, wizard, office.runtime.db.url)
    assert said == ["Kantor sudah ada di server"] and wizard.joined
    assert controller.runtime is not None and controller.runtime.db.path is None
    assert controller.login_dialog is not None and controller.login_dialog.isVisible()
    controller.shut_down()


class _App:
    """Stands for the QApplication the opener ends (a real exit would stop later tests'
    event loops)."""

    def __init__(self) -> None:
        self.codes: list[int] = []

    def exit(self, code: int) -> None:
        self.codes.append(code)


def _opener(server: StartTarget) -> tuple[gui_app.DeskOpener, DeskController]:
    controller = DeskController()
    controller.start()
    refuse = lambda *_args: None  # noqa: E731  (no other SQLite file in these tests)
    app = cast(QApplication, _App())
    return gui_app.DeskOpener(app, controller, OpenOptions(), refuse, server), controller


def test_a_server_away_at_start_is_said_with_what_to_do_and_tried_again(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(parent: object, error: Exception, settings: ServerSettings) -> bool:
        asked.append(str(error))
        return len(asked) == 1  # Coba lagi once, then Keluar

    monkeypatch.setattr(gui_app, "ask_about_server", answer)
    away = ServerSettings("127.0.0.1", "kantor", "loket", _closed_port())
    opener, controller = _opener(StartTarget(away, "sandi", remember=False))
    opener.start()
    qtbot.waitUntil(lambda: len(asked) == 2 and opener.exit_code == 1, timeout=20_000)
    assert asked[0] == asked[1]
    assert asked[0].startswith(f"Server database kantor 127.0.0.1:{away.port} tidak dapat")
    assert "Traceback" not in asked[0] and controller.runtime is None
    controller.shut_down()


@needs_server
def test_a_remembered_server_asks_for_its_password_again_when_it_is_refused(
    qtbot: QtBot, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings, password = server_settings.from_url(office.runtime.db.url)
    server_settings.save(settings)
    monkeypatch.delenv(server_settings.PASSWORD_ENV, raising=False)
    asked: list[str] = []

    def type_password(parent: object, shown: ServerSettings, problem: str) -> str:
        asked.append(problem)
        return "bukan-sandinya" if len(asked) == 1 else password or ""

    monkeypatch.setattr(gui_app, "ask_server_password", type_password)
    target = server_settings.start_target(None)
    assert target is not None and target.password is None
    opener, controller = _opener(target)
    opener.start()
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=20_000)
    login = controller.login_dialog
    assert login is not None
    qtbot.waitUntil(lambda: login.ready, timeout=20_000)
    assert asked[0] == "" and "menolak pengguna" in asked[1]
    assert controller.runtime is not None and controller.runtime.db.path is None
    controller.shut_down()


def test_the_start_up_dialogs_answer_with_the_officers_choice(qtbot: QtBot) -> None:
    problem = ServerProblemDialog("Server database kantor 10.0.0.5:5432 tidak dapat dihubungi.")
    qtbot.addWidget(problem)
    problem.show()
    assert problem.retry_button.hasFocus() or problem.retry_button.isDefault()
    assert [
        b.text() for b in (problem.retry_button, problem.other_button, problem.quit_button)
    ] == [
        "&Coba lagi",
        "&Pakai database lain…",
        "&Keluar",
    ]
    qtbot.mouseClick(problem.other_button, Qt.MouseButton.LeftButton)
    assert problem.choice is ServerChoice.OTHER

    asking = ServerPasswordDialog(ServerSettings("10.0.0.5", "kantor", "loket"))
    qtbot.addWidget(asking)
    asking.show()
    assert "loket@10.0.0.5:5432/kantor" in asking.findChildren(type(problem.message))[0].text()
    qtbot.mouseClick(asking.ok_button, Qt.MouseButton.LeftButton)
    assert asking.isVisible() and "Ketik kata sandi database" in asking.error.text()
    qtbot.keyClicks(asking.field, "rahasia")
    assert asking.error.isHidden()
    with qtbot.waitSignal(asking.accepted):
        qtbot.keyClick(asking.field, Qt.Key.Key_Return)
    assert asking.password == "rahasia"


def test_pakai_database_lain_opens_the_server_the_officer_connected_to(
    qtbot: QtBot, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Pakai database lain…" → the connection dialog → the app goes on with its runtime."""

    def choose_other(dialog: ServerProblemDialog) -> int:
        dialog.choice = ServerChoice.OTHER
        return 1

    def connected(dialog: ServerConnectionDialog) -> int:
        assert dialog.ui.host.text() == "127.0.0.1"  # filled with the settings that failed
        dialog.runtime = office.runtime
        return int(ServerConnectionDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(ServerProblemDialog, "exec", choose_other)
    monkeypatch.setattr(ServerConnectionDialog, "exec", connected)
    away = ServerSettings("127.0.0.1", "kantor", "loket", _closed_port())
    opener, controller = _opener(StartTarget(away, "sandi", remember=False))
    opener.start()
    login = controller.login_dialog
    assert login is not None
    qtbot.waitUntil(lambda: login.ready, timeout=20_000)
    assert controller.runtime is office.runtime and opener.exit_code == 0
    controller.runtime = None  # the office fixture closes it
    controller.shut_down()
