"""A mark at a field lasts until the field is edited: the message and the red frame go
with the first change, in every form that shows errors at its fields."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from counterdesk.domain.errors import ValidationError
from counterdesk.gui.dialogs.new_password import NewPasswordDialog
from counterdesk.gui.dialogs.text_input import TextInputDialog


def test_a_password_typed_differently_is_unmarked_once_retyped(qtbot: QtBot) -> None:
    saved: list[str] = []
    dialog = NewPasswordDialog("Kata sandi baru.", "Simpan", saved.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.password, "rahasia123")
    qtbot.keyClicks(dialog.ui.passwordRepeat, "rahasia12")
    dialog.submit()
    repeat, error = dialog.ui.passwordRepeat, dialog.ui.passwordRepeatError
    assert error.isVisible() and "tidak sama" in error.text() and repeat.property("invalid")
    qtbot.keyClicks(repeat, "3")  # corrected
    assert not error.isVisible() and repeat.property("invalid") is False
    dialog.submit()
    assert saved == ["rahasia123"]


def test_a_refused_reason_is_unmarked_as_soon_as_the_reason_is_typed(qtbot: QtBot) -> None:
    def refuse_short(text: str) -> None:
        if len(text.strip()) < 5:
            raise ValidationError("reason", "Tulis alasan dengan jelas (minimal 5 huruf).")

    dialog = TextInputDialog(
        None,
        title="Tolak",
        explanation="Permohonan ditolak.",
        label="&Alasan *",
        accept_text="Tolak",
        field="reason",
        action=refuse_short,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.submit()  # no reason typed
    assert dialog.ui.textError.isVisible() and dialog.ui.text.property("invalid")
    qtbot.keyClicks(dialog.ui.text, "S")
    assert not dialog.ui.textError.isVisible() and dialog.ui.text.property("invalid") is False
