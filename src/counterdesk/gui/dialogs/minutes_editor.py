"""Berita acara wawancara: the editor of one interview minutes.

A new minutes or a draft is edited and kept (**Simpan draf (Ctrl+S)**; half-typed input
is also kept as a draft of the form, restored when the form is opened again).
**Tandatangani…** asks a confirmation that names what happens — the minutes lock — and
signs. Signed minutes are shown read-only; **Buat BA perubahan…** opens the editor
pre-filled as an amendment (*BA perubahan*) that refers to the original, which stays as
it was. The PDF (A4 or F4) goes through ``DocumentReadyDialog``.

Questions and answers are a list edited by keyboard: ↑/↓ picks one, its text is edited in
the two fields under the list, Ctrl+T adds one, Delete removes it, Alt+↑/Alt+↓ (or
Ctrl+↑/Ctrl+↓) move it."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from counterdesk.domain.errors import CounterDeskError
from counterdesk.domain.formatting import to_zone, zone
from counterdesk.domain.identity import format_nip
from counterdesk.gui import messages
from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.case_common import fill_papers, paper_document, pill
from counterdesk.gui.dialogs.document_ready import DocumentReadyDialog
from counterdesk.gui.dialogs.opening import open_replacing
from counterdesk.gui.draft_keeper import DraftDialog, DraftKeeper
from counterdesk.gui.field_errors import FieldErrors
from counterdesk.gui.forms.minutes_editor_ui import Ui_MinutesEditorDialog
from counterdesk.gui.keyboard import EnterMovesOn
from counterdesk.gui.scanner import ScanDetector
from counterdesk.gui.style import repolish
from counterdesk.services import applications
from counterdesk.services import minutes as minutes_service
from counterdesk.services.minutes import MinutesInput, MinutesView, WitnessInput

CASE_TYPES = (
    ("correction", "Ralat sertifikat"),
    ("lost", "Sertifikat hilang"),
    ("other", "Lainnya"),
)
WITNESS_COLUMNS = 3  # name, NIP, title
NEW_FORM = "minutes_new"
TIME_FORMAT = "HH.mm"
ALIASES = {
    "interviewers": "interviewer_ids",
    "held_at": "held_on",
    "interviewee": "application_number",
}


def draft_form(minutes_id: uuid.UUID | None, amends_id: uuid.UUID | None) -> str:
    """The drafts key of this editor: a new minutes, one saved draft, or an amendment."""
    if amends_id is not None and minutes_id is None:
        return f"minutes_amend_{amends_id.hex}"
    return NEW_FORM if minutes_id is None else f"minutes_{minutes_id.hex}"


class MinutesEditorDialog(DraftDialog):
    changed = Signal(str)  # the number, after it was saved, signed or amended

    def __init__(
        self,
        ctx: DeskContext,
        parent: QWidget | None = None,
        *,
        minutes: MinutesView | None = None,
        amends: MinutesView | None = None,
    ) -> None:
        """``minutes``: open that one (a draft to edit, a signed one to read);
        ``amends``: a new BA perubahan of that signed minutes, pre-filled from it."""
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_MinutesEditorDialog()
        self.ui.setupUi(self)
        self.view: MinutesView | None = minutes
        self.amends: MinutesView | None = amends
        self.dialog: QDialog | None = None  # the PDF or the amendment, opened last
        self._saved: dict[str, Any] | None = None  # what the database holds
        self._looked_up = ""  # the application whose interviewee is shown
        self._filling = False
        ui = self.ui
        self.errors = FieldErrors(ui, general=ui.generalError, aliases=ALIASES)
        self.keeper = DraftKeeper(
            ctx,
            draft_form(minutes.id if minutes else None, amends.id if amends else None),
            self.draft_payload,
            self,
        )
        for code, text in CASE_TYPES:
            ui.caseType.addItem(self.tr(text), code)
        fill_papers(ui.paper)
        ui.zoneLabel.setText(zone(ctx.office.timezone).abbreviation)
        self._fill_interviewers()
        self._prepare_tables()
        self._connect()
        EnterMovesOn(self)
        if minutes is not None:
            self._fill(minutes)
        elif amends is not None:
            self._fill(amends, as_amendment=True)
        else:
            self._fill_new()
        self._saved = self._payload() if minutes is not None else None
        self._restore_draft()
        self._show_state()

    # --- building ---------------------------------------------------------------------
    def _fill_interviewers(self) -> None:
        box = self.ui.interviewerIds
        for person in minutes_service.interviewer_choices(self.ctx.runtime, self.ctx.actor):
            parts = [person.name]
            if person.nip:
                parts.append(self.tr("NIP {0}").format(format_nip(person.nip)))
            if person.title:
                parts.append(person.title)
            item = QListWidgetItem(" · ".join(parts), box)
            item.setData(Qt.ItemDataRole.UserRole, str(person.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def _prepare_tables(self) -> None:
        ui = self.ui
        for table in (ui.witnesses, ui.questions):
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = ui.witnesses.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 170)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header = ui.questions.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        ui.questions.setWordWrap(False)

    def _connect(self) -> None:
        ui = self.ui
        ui.saveButton.clicked.connect(self.save)
        ui.signButton.clicked.connect(self.sign)
        ui.amendButton.clicked.connect(self.amend)
        ui.pdfButton.clicked.connect(self.show_pdf)
        ui.closeButton.clicked.connect(self.reject)
        ui.addWitnessButton.clicked.connect(self.add_witness)
        ui.removeWitnessButton.clicked.connect(self.remove_witness)
        ui.addQuestionButton.clicked.connect(self.add_question)
        ui.removeQuestionButton.clicked.connect(self.remove_question)
        ui.moveUpButton.clicked.connect(lambda: self.move_question(-1))
        ui.moveDownButton.clicked.connect(lambda: self.move_question(1))
        for keys, slot in (
            ("Ctrl+S", self.save),
            ("Ctrl+P", self.show_pdf),
            ("Ctrl+T", self.add_question),
            ("Alt+Up", lambda: self.move_question(-1)),
            ("Alt+Down", lambda: self.move_question(1)),
            ("Ctrl+Up", lambda: self.move_question(-1)),
            ("Ctrl+Down", lambda: self.move_question(1)),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            ui.questions,
            self.remove_question,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        ui.questions.itemSelectionChanged.connect(self._question_picked)
        ui.questionText.textChanged.connect(lambda: self._question_edited(0, ui.questionText))
        ui.answerText.textChanged.connect(lambda: self._question_edited(1, ui.answerText))
        scanner = ScanDetector(ui.applicationNumber)
        scanner.scanned.connect(self._application_entered)
        scanner.entered.connect(self._application_entered)
        ui.applicationNumber.editingFinished.connect(
            lambda: self._application_entered(ui.applicationNumber.text())
        )
        ui.applicationNumber.textChanged.connect(self._application_edited)
        for line in (ui.applicationNumber, ui.certificateSerial, ui.place):
            line.textChanged.connect(self._touched)
        for text in (ui.statements, ui.conclusion):
            text.textChanged.connect(self._touched)
        ui.caseType.currentIndexChanged.connect(self._touched)
        ui.heldOn.dateChanged.connect(self._touched)
        ui.heldTime.timeChanged.connect(self._touched)
        ui.interviewerIds.itemChanged.connect(self._touched)
        ui.witnesses.itemChanged.connect(self._touched)

    def _touched(self, *_: object) -> None:
        if not self._filling and not self.read_only():
            self.keeper.touch()

    # --- filling ----------------------------------------------------------------------
    def _fill_new(self) -> None:
        local = to_zone(self.ctx.now(), self.ctx.office.timezone)
        self._write(
            {
                "case_type": "correction",
                "held_on": self.ctx.today().isoformat(),
                "held_time": f"{local.hour:02d}.{local.minute:02d}",
                "interviewer_ids": [str(self.ctx.actor.user_id)],
            }
        )
        self._show_interviewee("", "")

    def _fill(self, view: MinutesView, *, as_amendment: bool = False) -> None:
        self._write(
            {
                "case_type": view.case_type,
                "application_number": view.application_number,
                "certificate_serial": view.certificate_serial,
                "held_on": view.held_on.isoformat(),
                "held_time": view.held_time,
                "place": view.place,
                "interviewer_ids": [str(p.id) for p in view.interviewers],
                "witnesses": [[p.name, p.nip, p.title] for p in view.witnesses],
                "questions": [list(qa) for qa in view.questions],
                "statements": "\n".join(view.statements),
                "conclusion": view.conclusion,
            }
        )
        self._show_interviewee(view.interviewee_name, view.interviewee_nik)
        self._looked_up = view.application_number
        if as_amendment:
            self.keeper.touch()  # a new amendment is unsaved input from the start

    def _write(self, values: dict[str, Any]) -> None:
        """Fill the form from plain values (a view, a draft); missing keys stay as they are."""
        ui = self.ui
        self._filling = True
        try:
            if "case_type" in values:
                ui.caseType.setCurrentIndex(max(0, ui.caseType.findData(values["case_type"])))
            for key, widget in (
                ("application_number", ui.applicationNumber),
                ("certificate_serial", ui.certificateSerial),
                ("place", ui.place),
            ):
                if key in values:
                    widget.setText(str(values[key]))
            for key, text in (("statements", ui.statements), ("conclusion", ui.conclusion)):
                if key in values:
                    text.setPlainText(str(values[key]))
            if values.get("held_on"):
                ui.heldOn.setDate(QDate.fromString(str(values["held_on"]), Qt.DateFormat.ISODate))
            if values.get("held_time"):
                ui.heldTime.setTime(QTime.fromString(str(values["held_time"])[:5], TIME_FORMAT))
            if "interviewer_ids" in values:
                chosen = {str(i) for i in values["interviewer_ids"]}
                for row in range(ui.interviewerIds.count()):
                    item = ui.interviewerIds.item(row)
                    checked = item.data(Qt.ItemDataRole.UserRole) in chosen
                    item.setCheckState(
                        Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                    )
            if "witnesses" in values:
                _set_rows(ui.witnesses, values["witnesses"], WITNESS_COLUMNS, full_text=False)
            if "questions" in values:
                _set_rows(ui.questions, values["questions"], 2)
                if ui.questions.rowCount():
                    ui.questions.selectRow(0)
                self._question_picked()
        finally:
            self._filling = False

    # --- reading ----------------------------------------------------------------------
    def _payload(self) -> dict[str, Any]:
        """Everything the form holds, as plain values (the draft, the service input)."""
        ui = self.ui
        interviewers = [
            str(ui.interviewerIds.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(ui.interviewerIds.count())
            if ui.interviewerIds.item(row).checkState() == Qt.CheckState.Checked
        ]
        return {
            "case_type": str(ui.caseType.currentData()),
            "application_number": ui.applicationNumber.text().strip(),
            "certificate_serial": ui.certificateSerial.text().strip().upper(),
            "held_on": ui.heldOn.date().toString(Qt.DateFormat.ISODate),
            "held_time": ui.heldTime.time().toString(TIME_FORMAT),
            "place": ui.place.text().strip(),
            "interviewer_ids": interviewers,
            "witnesses": [r for r in _rows(ui.witnesses, WITNESS_COLUMNS) if any(r)],
            "questions": [r for r in _rows(ui.questions, 2) if any(r)],
            "statements": ui.statements.toPlainText().strip(),
            "conclusion": ui.conclusion.toPlainText().strip(),
        }

    def minutes_input(self) -> MinutesInput:
        values = self._payload()
        return MinutesInput(
            case_type=values["case_type"],
            application_number=values["application_number"],
            held_on=date.fromisoformat(values["held_on"]),
            held_time=values["held_time"],
            place=values["place"],
            interviewer_ids=tuple(uuid.UUID(i) for i in values["interviewer_ids"]),
            witnesses=tuple(WitnessInput(*w) for w in values["witnesses"]),
            questions=tuple((q, a) for q, a in values["questions"]),
            statements=tuple(
                line.strip() for line in values["statements"].splitlines() if line.strip()
            ),
            conclusion=values["conclusion"],
            certificate_serial=values["certificate_serial"],
        )

    # --- state --------------------------------------------------------------------------
    def read_only(self) -> bool:
        return self.view is not None and not self.view.can_edit

    def _show_state(self) -> None:
        ui, view, amends = self.ui, self.view, self.amends
        if view is None:
            title = (
                self.tr("BA perubahan atas {0}").format(amends.number)
                if amends
                else self.tr("Berita acara wawancara baru")
            )
            ui.statusLabel.setText(pill(self.tr("Draf — belum disimpan"), "draft"))
        else:
            title = self.tr("Berita acara {0}").format(view.number)
            ui.statusLabel.setText(pill(view.status_label, view.status))
        ui.heading.setText(title)
        self.setWindowTitle(title)
        ui.noticeLabel.setText(self._notice())
        ui.noticeLabel.setVisible(bool(ui.noticeLabel.text()))
        locked = self.read_only()
        for widget in (
            ui.applicationNumber,
            ui.certificateSerial,
            ui.place,
            ui.heldOn,
            ui.heldTime,
        ):
            widget.setReadOnly(locked)
        for text in (ui.questionText, ui.answerText, ui.statements, ui.conclusion):
            text.setReadOnly(locked)
        ui.caseType.setEnabled(not locked)
        ui.interviewerIds.setEnabled(not locked)
        ui.witnesses.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if locked
            else QAbstractItemView.EditTrigger.AllEditTriggers
        )
        for button in (
            ui.addWitnessButton,
            ui.removeWitnessButton,
            ui.addQuestionButton,
            ui.removeQuestionButton,
            ui.moveUpButton,
            ui.moveDownButton,
            ui.saveButton,
        ):
            button.setVisible(not locked)
        ui.signButton.setVisible(not locked)
        ui.signButton.setEnabled(view is None or view.can_sign)
        ui.amendButton.setVisible(view is not None and view.can_amend)
        printable = view is not None and view.can_print
        ui.pdfButton.setEnabled(printable)
        ui.paper.setEnabled(printable)
        ui.pdfButton.setToolTip(
            self.tr("Cetak, simpan atau buka PDF berita acara")
            if printable
            else self.tr("PDF dibuat setelah berita acara ditandatangani")
        )
        ui.signButton.setProperty("primary", not locked)
        ui.pdfButton.setProperty("primary", locked)
        for button in (ui.signButton, ui.pdfButton):
            repolish(button)
        (ui.pdfButton if locked else ui.applicationNumber).setFocus()

    def _notice(self) -> str:
        view, amends = self.view, self.amends
        if view is not None and view.amended_by_number:
            return self.tr(
                "Berita acara ini sudah diubah oleh BA perubahan {0}; isinya tetap seperti "
                "saat ditandatangani."
            ).format(view.amended_by_number)
        if view is not None and not view.can_edit:
            signed = (
                self.tr("Ditandatangani oleh {0}, {1}").format(
                    view.signed_by, self.ctx.datetime_text(view.signed_at)
                )
                if view.signed_at is not None
                else self.tr("Sudah ditandatangani")
            )
            return signed + self.tr(
                " — isinya terkunci dan tidak dapat diubah. Untuk perubahan, buat BA "
                "perubahan (yang asli tetap tersimpan seperti ini)."
            )
        origin = view.amends_number if view is not None else amends.number if amends else ""
        if origin:
            return self.tr(
                "BA perubahan atas {0}: berita acara asal tetap tersimpan seperti saat "
                "ditandatangani (statusnya menjadi “diubah”); yang ini berlaku setelah "
                "ditandatangani."
            ).format(origin)
        return ""

    # --- the interviewee ------------------------------------------------------------------
    def _application_entered(self, text: str) -> None:
        """Enter, a scan or leaving the field: the applicant of that application, once."""
        number = text.strip().upper()
        if self.read_only() or not number or number == self._looked_up:
            return
        if number != self.ui.applicationNumber.text().strip():
            self.ui.applicationNumber.setText(number)  # a scan replaces what was there
        self._looked_up = number
        try:
            detail = applications.application_detail(self.ctx.runtime, self.ctx.actor, number)
        except CounterDeskError as error:
            self._show_interviewee("", "")
            self.errors.set("application_number", str(error))
            return
        self.errors.unmark("application_number")
        card = detail.applicant
        self._show_interviewee(card.name, card.id_number if card.id_label == "NIK" else "")
        if self.ui.applicationNumber.hasFocus():
            self.ui.certificateSerial.setFocus()  # on to the next field

    def _application_edited(self, text: str) -> None:
        """Another number than the one looked up: its interviewee is not known yet."""
        if not self._filling and text.strip().upper() != self._looked_up:
            self._looked_up = ""
            self._show_interviewee("", "")

    def _show_interviewee(self, name: str, nik: str) -> None:
        if not name:
            self.ui.intervieweeValue.setText(
                self.tr("— diisi dari permohonan (pemohon dan NIK-nya) —")
            )
            return
        self.ui.intervieweeValue.setText(
            self.tr("{0} · NIK {1}").format(name, nik) if nik else name
        )

    # --- witnesses ------------------------------------------------------------------------
    def add_witness(self) -> None:
        table = self.ui.witnesses
        row = table.rowCount()
        table.insertRow(row)
        for column in range(WITNESS_COLUMNS):
            table.setItem(row, column, QTableWidgetItem(""))
        first = table.item(row, 0)
        assert first is not None
        table.setCurrentCell(row, 0)
        table.setFocus()
        table.editItem(first)

    def remove_witness(self) -> None:
        table = self.ui.witnesses
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            self._touched()

    # --- questions --------------------------------------------------------------------------
    def _current_question(self) -> int:
        rows = self.ui.questions.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def add_question(self) -> None:
        if self.read_only():
            return
        table = self.ui.questions
        row = table.rowCount()
        table.insertRow(row)
        for column in (0, 1):
            table.setItem(row, column, QTableWidgetItem(""))
        table.selectRow(row)
        self.ui.questionText.setFocus()
        self._touched()

    def remove_question(self) -> None:
        row = self._current_question()
        if self.read_only() or row < 0:
            return
        table = self.ui.questions
        table.removeRow(row)
        if table.rowCount():
            table.selectRow(min(row, table.rowCount() - 1))
        self._question_picked()
        self._touched()

    def move_question(self, step: int) -> None:
        """Move the selected question up (-1) or down (+1), keeping it selected."""
        row = self._current_question()
        table = self.ui.questions
        target = row + step
        if self.read_only() or row < 0 or not 0 <= target < table.rowCount():
            return
        values = _rows(table, 2)
        values[row], values[target] = values[target], values[row]
        self._filling = True
        try:
            _set_rows(table, values, 2)
        finally:
            self._filling = False
        table.selectRow(target)
        self._touched()

    def _question_picked(self) -> None:
        row = self._current_question()
        table = self.ui.questions
        self._filling = True
        try:
            for column, editor in ((0, self.ui.questionText), (1, self.ui.answerText)):
                item = table.item(row, column) if row >= 0 else None
                editor.setPlainText(item.text() if item else "")
                editor.setEnabled(row >= 0)
        finally:
            self._filling = False

    def _question_edited(self, column: int, editor: QPlainTextEdit) -> None:
        if self._filling:
            return
        row = self._current_question()
        if row < 0:
            return
        text = editor.toPlainText()
        item = self.ui.questions.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.ui.questions.setItem(row, column, item)
        item.setText(text.replace("\n", " ").strip())
        item.setData(Qt.ItemDataRole.UserRole, text.strip())
        item.setToolTip(text.strip())
        self._touched()

    # --- saving, signing, amending -----------------------------------------------------------
    def save(self) -> bool:
        """Store the minutes as a draft (or the new amendment); say it. False when refused."""
        if self.read_only():
            return False
        self.errors.clear()
        runtime, actor = self.ctx.runtime, self.ctx.actor
        try:
            data = self.minutes_input()
            if self.view is None and self.amends is not None:
                view = minutes_service.amend(runtime, actor, self.amends.id, data)
            else:
                view = minutes_service.save_draft(
                    runtime, actor, self.view.id if self.view else None, data
                )
        except CounterDeskError as error:
            self.errors.show(error)
            return False
        self.keeper.discard()  # what was typed is stored now
        self._stored(view)
        self.ui.draftNote.setText(
            self.tr("Tersimpan sebagai draf {0}. Masih dapat diubah sampai ditandatangani.").format(
                view.number
            )
        )
        self.ui.draftNote.show()
        return True

    def _stored(self, view: MinutesView) -> None:
        """The service's answer becomes what the editor shows; later drafts go by id."""
        self.view = view
        self.keeper.form = draft_form(view.id, None)
        self._show_interviewee(view.interviewee_name, view.interviewee_nik)
        self._looked_up = view.application_number
        self._saved = self._payload()
        self._show_state()
        self.changed.emit(view.number)

    def sign(self) -> None:
        if self.read_only():
            return
        if (self.view is None or self._payload() != self._saved) and not self.save():
            return
        view = self.view
        assert view is not None
        if not messages.confirm(
            self,
            self.tr("Tandatangani berita acara?"),
            self.tr(
                "Berita acara {0} ({1}) akan ditandatangani dan dikunci: setelah ini isinya "
                "tidak dapat diubah. Perubahan kemudian dibuat sebagai BA perubahan yang "
                "merujuk ke berita acara ini."
            ).format(view.number, view.interviewee_name),
            self.tr("Tandatangani dan kunci"),
        ):
            return
        try:
            signed = minutes_service.sign(self.ctx.runtime, self.ctx.actor, view.id)
        except CounterDeskError as error:
            self.errors.show(error)
            return
        self._stored(signed)
        self.ui.draftNote.setText(
            self.tr("Ditandatangani: {0}. Cetak atau simpan PDF-nya (Ctrl+P).").format(
                signed.number
            )
        )
        self.ui.draftNote.show()
        self.ui.pdfButton.setFocus()

    def amend(self) -> None:
        """Open the editor for a BA perubahan of these (signed) minutes."""
        if self.view is None or not self.view.can_amend:
            return
        dialog = MinutesEditorDialog(self.ctx, self, amends=self.view)
        dialog.changed.connect(self.changed)
        self.dialog = open_replacing(self.dialog, dialog)

    def show_pdf(self) -> None:
        view = self.view
        if view is None or not view.can_print:
            return
        runtime, actor = self.ctx.runtime, self.ctx.actor
        document = paper_document(
            self.tr("Berita acara {0}").format(view.number),
            view.number,
            f"berita-acara-{view.number}",
            self.ui.paper,
            lambda paper: minutes_service.minutes_pdf(runtime, actor, view.number, paper),
        )
        explanation = self.tr(
            "Berita acara yang sudah dikunci: cetak, lalu ditandatangani oleh yang "
            "diwawancarai, pewawancara dan saksi, dan diarsip."
        )
        dialog = DocumentReadyDialog(document, self.tr("Berita acara wawancara"), explanation, self)
        self.dialog = open_replacing(self.dialog, dialog)

    # --- the draft --------------------------------------------------------------------------
    def draft_payload(self) -> dict[str, Any] | None:
        if self.read_only():
            return None
        payload = self._payload()
        if payload == self._saved:
            return None  # nothing beyond what is stored
        if (
            self.view is None
            and self.amends is None
            and not any(
                payload[key]
                for key in (
                    "application_number",
                    "certificate_serial",
                    "place",
                    "witnesses",
                    "questions",
                    "statements",
                    "conclusion",
                )
            )
        ):
            return None  # a new form with only its defaults
        return payload

    def _restore_draft(self) -> None:
        if self.read_only():
            return
        payload = self.keeper.load()
        if not payload:
            return
        self._write(payload)
        number = str(payload.get("application_number", ""))
        if number and self.view is None:
            self._application_entered(number)
        self.show_draft_restored(self.ui.draftNote)

    def unsaved_question(self) -> tuple[str, str]:
        return (
            self.tr("Tutup tanpa menyimpan?"),
            self.tr(
                "Isian berita acara ini belum disimpan. Simpan sebagai draf — dimuat lagi "
                "saat dibuka — atau buang isiannya?"
            ),
        )


def _rows(table: QTableWidget, columns: int) -> list[list[str]]:
    """The table's text, row by row (a question's full text, line breaks and all, is
    kept in UserRole; a witness cell is edited in place and has none)."""
    out = []
    for row in range(table.rowCount()):
        cells = []
        for column in range(columns):
            item = table.item(row, column)
            full = item.data(Qt.ItemDataRole.UserRole) if item else None
            cells.append(str(full if full is not None else item.text() if item else "").strip())
        out.append(cells)
    return out


def _set_rows(table: QTableWidget, rows: Any, columns: int, *, full_text: bool = True) -> None:
    table.setRowCount(0)
    for values in rows:
        row = table.rowCount()
        table.insertRow(row)
        for column in range(columns):
            text = str(values[column]) if column < len(values) else ""
            item = QTableWidgetItem(text.replace("\n", " "))
            if full_text:
                item.setData(Qt.ItemDataRole.UserRole, text)
                item.setToolTip(text)
            table.setItem(row, column, item)
