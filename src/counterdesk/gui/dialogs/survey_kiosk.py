"""The satisfaction survey as the applicant fills it in at the counter (SKM, PermenPANRB
14/2017): a welcome page, the service (unless the application set it), the nine
questions one per page with four large answer buttons, an optional profile, thanks.

The screen faces the applicant: large type, plain words, no typing. Each answer moves on
to the next question; "Kembali" goes back with the earlier answer still marked. When
nobody touches the screen for ``idle_seconds`` (60 by default) it returns to the welcome
page and forgets the unfinished answers, so the next person starts clean. Nothing is
stored until "Kirim jawaban"."""

from __future__ import annotations

import textwrap

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counterdesk.domain.errors import CounterDeskError
from counterdesk.gui.context import DeskContext
from counterdesk.services import surveys

PAGES = ("start", "service", "question", "profile", "thanks")  # the stack's order
THANKS_SECONDS = 6  # the thank-you page, then the welcome page for the next person
SERVICE_LINE = 56  # characters: a long service name wraps inside its button
# worst (1) .. best (4): a coloured edge beside the words, never instead of them
ANSWER_EDGES = ("#c62828", "#ef8f00", "#7cb342", "#2e7d32")

KIOSK_STYLE = """
QDialog#SurveyKioskDialog, QScrollArea, QScrollArea > QWidget > QWidget { background: #f7f9fc; }
QLabel { font-size: 16pt; color: #1f2933; }
QLabel[kiosk="title"] { font-size: 28pt; font-weight: bold; color: #12355b; }
QLabel[kiosk="question"] { font-size: 24pt; font-weight: bold; }
QLabel[kiosk="progress"] { font-size: 14pt; color: #4d5663; }
QLabel[kiosk="error"] { color: #b00020; font-weight: bold; }
QPushButton { font-size: 16pt; padding: 10px 18px; }
QPushButton[kiosk="answer"], QPushButton[kiosk="choice"] {
    font-size: 20pt; min-height: 64px; text-align: left; padding-left: 24px;
    background: white; border: 2px solid #b8c2cc; border-radius: 4px;
}
QPushButton[kiosk="answer"]:checked, QPushButton[kiosk="choice"]:checked {
    background: #dbe8fb; border: 3px solid #1558b0; font-weight: bold;
}
QPushButton[kiosk="option"] {
    font-size: 15pt; min-height: 48px; padding: 6px 14px; background: white;
    border: 2px solid #b8c2cc; border-radius: 6px;
}
QPushButton[kiosk="option"]:checked { background: #dbe8fb; border: 3px solid #1558b0; }
QPushButton[kiosk="big"] {
    font-size: 22pt; font-weight: bold; min-height: 72px; padding: 10px 48px;
    background: #1558b0; color: white; border-radius: 8px;
}
QPushButton[kiosk="nav"] { font-size: 16pt; min-height: 52px; }
QPushButton[kiosk="close"] { font-size: 11pt; padding: 4px 10px; }
"""

for _edge, _colour in enumerate(ANSWER_EDGES, start=1):
    KIOSK_STYLE += (
        f'QPushButton[kiosk="answer"][edge="{_edge}"] {{ border-left: 14px solid {_colour}; }}\n'
    )


def _label(text: str, kind: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if kind:
        label.setProperty("kiosk", kind)
    return label


def _left(button: QPushButton) -> QWidget:
    """A navigation button at its own size on the left, not stretched across the page."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(button)
    row.addStretch(1)
    return holder


def _button(text: str, kind: str, *, checkable: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("kiosk", kind)
    button.setCheckable(checkable)
    button.setAutoDefault(False)
    return button


class SurveyKioskDialog(QDialog):
    returned_to_start = Signal()  # after the idle time, or after the thank-you page
    submitted = Signal()  # one response stored

    def __init__(
        self,
        ctx: DeskContext,
        application_number: str | None = None,
        parent: QWidget | None = None,
        *,
        idle_seconds: float | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setup = surveys.kiosk_setup(ctx.runtime, ctx.actor, application_number)
        self.linked = self.setup.application_number  # "" once used or forgotten
        self.preset = self.setup.preset_service  # the application's service
        self.service = self.preset
        self.answers: list[int | None] = [None] * len(self.setup.questions)
        self.current = 0
        self.setObjectName("SurveyKioskDialog")
        self.setWindowTitle(self.tr("Survei kepuasan layanan"))
        self.setStyleSheet(KIOSK_STYLE)
        self.setMinimumSize(960, 680)
        seconds = self.setup.idle_seconds if idle_seconds is None else idle_seconds
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(int(seconds * 1000))
        self.idle.timeout.connect(self.back_to_start)
        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.setInterval(int(min(THANKS_SECONDS, seconds) * 1000))
        self.thanks_timer.timeout.connect(self.back_to_start)

        self.stack = QStackedWidget()
        self.start_page = self._start_page()
        self.service_page = self._service_page()
        self.question_page = self._question_page()
        self.profile_page = self._profile_page()
        self.thanks_page = self._thanks_page()
        for page in (
            self.start_page,
            self.service_page,
            self.question_page,
            self.profile_page,
            self.thanks_page,
        ):
            self.stack.addWidget(page)
        self.close_button = _button(self.tr("Tutup survei (petugas)"), "close")
        self.close_button.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 16, 40, 32)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self._show_start()

    # --- pages ----------------------------------------------------------------------

    def _page(self, *widgets: QWidget, centred: bool = False) -> QWidget:
        """Widgets from the top; a welcome or thanks page sits in the middle instead."""
        page = QWidget()
        box = QVBoxLayout(page)
        box.setSpacing(18)
        if centred:
            box.addStretch(1)
        for w in widgets:
            box.addWidget(w)
        box.addStretch(1 if centred else 2)
        return page

    def _start_page(self) -> QWidget:
        self.start_button = _button(self.tr("Mulai survei"), "big")
        self.start_button.clicked.connect(self.begin)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(row)
        return self._page(
            _label(self.tr("Bagaimana layanan kami hari ini?"), "title"),
            _label(
                self.tr(
                    "Bantu kami memperbaiki layanan. Ada {0} pertanyaan singkat; jawab "
                    "dengan menekan tombol. Anda tidak perlu menulis nama."
                ).format(len(self.setup.questions))
            ),
            _label(self.tr("Waktunya sekitar 2 menit."), "progress"),
            holder,
            centred=True,
        )

    def _service_page(self) -> QWidget:
        self.service_group = QButtonGroup(self)
        self.service_buttons: dict[str, QPushButton] = {}
        choices = QWidget()
        column = QVBoxLayout(choices)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(12)
        for code, name in self.setup.services:
            button = _button(textwrap.fill(name, SERVICE_LINE), "choice", checkable=True)
            self.service_group.addButton(button)
            button.clicked.connect(lambda _=False, c=code: self.choose_service(c))
            self.service_buttons[code] = button
            column.addWidget(button)
        column.addStretch(1)
        scroll = QScrollArea()  # a catalogue with many services scrolls, never squeezes
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(choices)
        self.service_back = _button(self.tr("‹ Kembali"), "nav")
        self.service_back.clicked.connect(self._show_start)
        page = QWidget()
        box = QVBoxLayout(page)
        box.setSpacing(18)
        box.addWidget(_label(self.tr("Layanan apa yang Anda terima hari ini?"), "question"))
        box.addWidget(scroll, 1)
        box.addWidget(_left(self.service_back))
        return page

    def _question_page(self) -> QWidget:
        self.progress = _label("", "progress")
        self.topic = _label("", "progress")
        self.question = _label("", "question")
        self.answer_group = QButtonGroup(self)
        self.answer_buttons: list[QPushButton] = []
        for value in range(1, 5):
            button = _button("", "answer", checkable=True)
            button.setProperty("edge", str(value))
            self.answer_group.addButton(button, value)
            button.clicked.connect(lambda _=False, v=value: self.answer(v))
            self.answer_buttons.append(button)
        self.back_button = _button(self.tr("‹ Kembali"), "nav")
        self.back_button.clicked.connect(self.go_back)
        return self._page(
            self.progress, self.topic, self.question, *self.answer_buttons,
            _left(self.back_button),
        )  # fmt: skip

    def _profile_page(self) -> QWidget:
        setup = self.setup
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(12)
        self.profile_groups: dict[str, QButtonGroup] = {}
        self.profile_buttons: dict[str, dict[str, QPushButton]] = {}
        rows = (
            ("sex", self.tr("Jenis kelamin"), setup.sexes),
            ("age_band", self.tr("Usia (tahun)"), setup.age_bands),
            ("education", self.tr("Pendidikan terakhir"), setup.educations),
            ("occupation", self.tr("Pekerjaan"), setup.occupations),
        )
        for row, (field, title, options) in enumerate(rows):
            grid.addWidget(_label(title), row, 0)
            group = QButtonGroup(self)
            self.profile_groups[field] = group
            self.profile_buttons[field] = {}
            line = QHBoxLayout()
            for code, label in options:
                button = _button(label, "option", checkable=True)
                button.clicked.connect(self._touch)
                group.addButton(button)
                self.profile_buttons[field][code] = button
                line.addWidget(button)
            line.addStretch(1)
            grid.addLayout(line, row, 1)
        profile = QWidget()
        profile.setLayout(grid)
        self.submit_error = _label("", "error")
        self.submit_error.hide()
        self.submit_button = _button(self.tr("Kirim jawaban"), "big")
        self.submit_button.clicked.connect(self.submit)
        self.profile_back = _button(self.tr("‹ Kembali"), "nav")
        self.profile_back.clicked.connect(self.go_back)
        buttons = QHBoxLayout()
        buttons.addWidget(self.profile_back)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        holder = QWidget()
        holder.setLayout(buttons)
        return self._page(
            _label(self.tr("Terakhir: sedikit tentang Anda"), "question"),
            _label(
                self.tr(
                    "Boleh dilewati. Pilih yang sesuai, lalu tekan Kirim jawaban. "
                    "Nama Anda tidak dicatat."
                ),
                "progress",
            ),
            profile,
            self.submit_error,
            holder,
        )

    def _thanks_page(self) -> QWidget:
        return self._page(
            _label(self.tr("Terima kasih!"), "title"),
            _label(
                self.tr("Jawaban Anda sudah kami terima dan membantu kami memperbaiki layanan.")
            ),
            centred=True,
        )

    # --- flow -----------------------------------------------------------------------

    def page_name(self) -> str:
        """start, service, question, profile or thanks: the page on screen."""
        return PAGES[self.stack.currentIndex()]

    def _touch(self) -> None:
        """Someone is at the screen: the idle time starts again."""
        self.idle.start()

    def _clear(self, group: QButtonGroup) -> None:
        group.setExclusive(False)  # an exclusive group cannot have nothing checked
        for button in group.buttons():
            button.setChecked(False)
        group.setExclusive(True)

    def _show_start(self) -> None:
        self.idle.stop()
        self.thanks_timer.stop()
        self.answers = [None] * len(self.setup.questions)
        self.current = 0
        self.service = self.preset
        for group in (self.service_group, self.answer_group, *self.profile_groups.values()):
            self._clear(group)
        self.submit_error.hide()
        self.stack.setCurrentWidget(self.start_page)
        self.start_button.setFocus()

    def back_to_start(self) -> None:
        """The idle time ran out, or the thanks were shown: the next person starts clean.
        An unfinished survey linked to an application loses the link (someone else may
        be at the screen now)."""
        if self.page_name() in ("service", "question", "profile"):
            self._forget_application()
        self._show_start()
        self.returned_to_start.emit()

    def _forget_application(self) -> None:
        self.linked = ""
        self.preset = ""

    def begin(self) -> None:
        self._touch()
        if self.service:
            self._show_question(0)
        else:
            self.stack.setCurrentWidget(self.service_page)

    def choose_service(self, code: str) -> None:
        self.service = code
        self._show_question(0)

    def _show_question(self, index: int) -> None:
        self._touch()
        self.current = index
        q = self.setup.questions[index]
        self.progress.setText(
            self.tr("Pertanyaan {0} dari {1}").format(index + 1, len(self.setup.questions))
        )
        self.topic.setText(q.title)
        self.question.setText(q.question)
        self._clear(self.answer_group)
        for button, text in zip(self.answer_buttons, q.answers, strict=True):
            button.setText(text)
        chosen = self.answers[index]
        if chosen is not None:
            self.answer_buttons[chosen - 1].setChecked(True)
        self.stack.setCurrentWidget(self.question_page)

    def answer(self, value: int) -> None:
        self.answers[self.current] = value
        if self.current + 1 < len(self.answers):
            self._show_question(self.current + 1)
        else:
            self._touch()
            self.stack.setCurrentWidget(self.profile_page)

    def go_back(self) -> None:
        self._touch()
        if self.page_name() == "profile":
            self._show_question(len(self.answers) - 1)
        elif self.current > 0:
            self._show_question(self.current - 1)
        elif self.preset:
            self._show_start()
        else:
            self.stack.setCurrentWidget(self.service_page)

    def _chosen(self, field: str) -> str:
        for code, button in self.profile_buttons[field].items():
            if button.isChecked():
                return code
        return ""

    def submit(self) -> None:
        self._touch()
        data = surveys.NewSurvey(
            service_code=self.service,
            answers=tuple(a or 0 for a in self.answers),
            application_number=self.linked,
            sex=self._chosen("sex"),
            age_band=self._chosen("age_band"),
            education=self._chosen("education"),
            occupation=self._chosen("occupation"),
            source="kiosk",
        )
        try:
            surveys.add_response(self.ctx.runtime, self.ctx.actor, data)
        except CounterDeskError as error:
            self.submit_error.setText(
                self.tr("Jawaban belum tersimpan: {0} Mohon panggil petugas.").format(error)
            )
            self.submit_error.show()
            return
        self._forget_application()  # the next person is not this application's applicant
        self.idle.stop()
        self.stack.setCurrentWidget(self.thanks_page)
        self.thanks_timer.start()
        self.submitted.emit()
