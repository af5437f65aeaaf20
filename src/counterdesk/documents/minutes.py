"""Berita Acara Wawancara: the minutes of an interview before a certificate is corrected
or a lost one replaced (seed 000), in the form of Tata Naskah Dinas.

Kop, title and number centred; the opening with the date in words ("Pada hari ini, Senin
tanggal dua puluh satu …"), who interviewed whom and why, the questions and answers, the
interviewee's statements and the conclusion, the closing formula, then the signatures:
the interviewee and the interviewers, the witnesses, and "Mengetahui" for the supervisor.
The closing formula and all signatures stay together on one page; a long Q&A table
continues on the next page with its header repeated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from counterdesk.documents import layout
from counterdesk.documents.layout import BODY, HEADING, JUSTIFIED, NUMBERED, para
from counterdesk.documents.letterhead import Letterhead
from counterdesk.documents.page import PageSetup, fit_one_page, render_single
from counterdesk.documents.paper import A4, Calibration, Paper, mm
from counterdesk.documents.signers import Signer, identity_rows
from counterdesk.domain.words import date_words

TITLE = "BERITA ACARA WAWANCARA"
AMENDED_TITLE = "BERITA ACARA WAWANCARA (PERUBAHAN)"
CLOSING = (
    "Demikian Berita Acara ini dibuat dengan sebenarnya untuk dapat dipergunakan "
    "sebagaimana mestinya."
)
INTERVIEWEE = "Yang diwawancarai,"
INTERVIEWER = "Pewawancara"
WITNESSES = "Saksi-saksi:"
WITNESS = "Saksi"
KNOWN_BY = "Mengetahui,"
_PIECE = 50 * mm  # tallest table cell: a long answer runs on in rows of at most this
_ORDINALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


@dataclass(frozen=True, slots=True)
class QuestionAnswer:
    question: str
    answer: str


@dataclass(frozen=True, slots=True)
class MinutesDocument:
    letterhead: Letterhead
    number: str
    case_label: str  # "Ralat Sertifikat", "Sertifikat Hilang", "Lainnya"
    held_on: dt.date
    held_time: str  # "10.05 WIB"
    place: str
    subject: str  # "permohonan ralat sertifikat nomor SAK-…"
    interviewers: tuple[Signer, ...]
    interviewee: Signer
    witnesses: tuple[Signer, ...]
    questions: tuple[QuestionAnswer, ...]
    statements: tuple[str, ...]
    conclusion: str
    supervisor: Signer | None  # "Mengetahui"
    amends: str = ""  # number of the minutes this one amends (BA perubahan)
    city: str = ""  # place line of the signature date, e.g. "Jakarta"
    footer: str = ""  # the office's own footer line, if any


def _check(doc: MinutesDocument) -> None:
    if not doc.interviewers:
        raise ValueError("minutes need at least one interviewer")
    if not doc.interviewee.name.strip():
        raise ValueError("minutes need the interviewee's name")
    if not doc.questions:
        raise ValueError("minutes need at least one question and answer")


def _numbered_people(people: Sequence[Signer], width: float) -> Flowable:
    """Nama / NIP / Jabatan of each person, numbered when there are several."""
    number_w = 7 * mm if len(people) > 1 else 0.0
    label_w = 22 * mm
    rows = []
    for i, person in enumerate(people, start=1):
        block = layout.plain_rows(
            identity_rows(person),
            [label_w, 3 * mm, width - number_w - label_w - 3 * mm],
        )
        rows.append([para(f"{i}.") if number_w else "", block])
    return layout.bare_table(
        rows,
        [number_w, width - number_w],
        [
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ("TOPPADDING", (0, 0), (0, -1), 1.5),  # the number level with "Nama"
        ],
    )


def _opening(doc: MinutesDocument, width: float) -> list[Flowable]:
    place = layout.text(doc.place)
    time = f" dan dimulai pukul {layout.text(doc.held_time)}" if doc.held_time.strip() else ""
    case = f" ({layout.text(doc.case_label)})" if doc.case_label.strip() else ""
    return [
        Paragraph(
            f"Pada hari ini, {date_words(doc.held_on)}, bertempat di {place}, kami yang "
            "bertanda tangan di bawah ini:",
            JUSTIFIED,
        ),
        Spacer(1, 1.5 * mm),
        layout.indented(_numbered_people(doc.interviewers, width - 7 * mm), width),
        para("telah melakukan wawancara terhadap:", JUSTIFIED),
        Spacer(1, 1.5 * mm),
        layout.indented(_numbered_people([doc.interviewee], width - 7 * mm), width),
        Paragraph(
            f"Wawancara dilakukan sehubungan dengan {layout.text(doc.subject)}{case}{time}, "
            "dengan hasil sebagai berikut:",
            JUSTIFIED,
        ),
    ]


def _pieces(value: str, width: float) -> list[Flowable]:
    """A cell's text cut into pieces no taller than ``_PIECE``: a table row cannot run
    onto the next page, and an answer may be a long account."""
    rest: Flowable = para(value or "-", layout.CELL)
    pieces: list[Flowable] = []
    while rest.wrap(width, _PIECE)[1] > _PIECE:
        parts = rest.split(width, _PIECE)
        if len(parts) < 2:
            break
        pieces.append(parts[0])
        rest = parts[1]
    return [*pieces, rest]


def _questions(doc: MinutesDocument, width: float) -> list[Flowable]:
    number_w = 12 * mm
    question_w = (width - number_w) * 0.45
    answer_w = width - number_w - question_w
    padding = 10  # list_table's left + right cell padding
    rows: list[list[Flowable | str]] = []
    for i, qa in enumerate(doc.questions, start=1):
        questions = _pieces(qa.question, question_w - padding)
        answers = _pieces(qa.answer, answer_w - padding)
        for k in range(max(len(questions), len(answers))):
            rows.append(
                [
                    f"{i}." if k == 0 else "",
                    questions[k] if k < len(questions) else "",
                    answers[k] if k < len(answers) else "",
                ]
            )
    table = layout.list_table(
        ["No.", "Pertanyaan", "Jawaban"], rows, [number_w, question_w, answer_w]
    )
    return [para("A. Pertanyaan dan jawaban", HEADING), Spacer(1, 1 * mm), table]


def _statements(doc: MinutesDocument) -> list[Flowable]:
    if not doc.statements:
        return []
    out: list[Flowable] = [
        para("B. Keterangan/pernyataan pihak yang diwawancarai", HEADING),
    ]
    for i, statement in enumerate(doc.statements, start=1):
        out.append(Paragraph(layout.text(statement), NUMBERED, bulletText=f"{i}."))
    return out


def _conclusion(doc: MinutesDocument) -> list[Flowable]:
    letter = "C" if doc.statements else "B"
    return [para(f"{letter}. Kesimpulan", HEADING), para(doc.conclusion or "-", JUSTIFIED)]


def _ordinal_headings(base: str, count: int) -> list[str]:
    if count == 1:
        return [f"{base},"]
    return [f"{base} {_ORDINALS[i] if i < len(_ORDINALS) else i + 1}," for i in range(count)]


def _column(heading: Sequence[str], signer: Signer) -> layout.Signer:
    return layout.Signer(tuple(heading), signer.name, signer.id_line)


def _pairs(columns: Sequence[layout.Signer], width: float) -> list[Flowable]:
    """Signature columns two by two; an odd last one goes on the right."""
    out: list[Flowable] = []
    for i in range(0, len(columns), 2):
        pair = columns[i : i + 2]
        left, right = (pair[0], pair[1]) if len(pair) == 2 else (None, pair[0])
        out += [Spacer(1, 4 * mm), layout.signature_row(left, right, width, space=15 * mm)]
    return out


def _centred_column(heading: Sequence[str], signer: Signer, width: float) -> Flowable:
    """One signature column in the middle of the page (Mengetahui)."""
    rows: list[list[Flowable | str]] = [[para(line, layout.CENTER)] for line in heading]
    rows += [[""], [layout.sign_name(signer.name)]]
    if signer.id_line:
        rows.append([para(signer.id_line, layout.CENTER)])
    heights = [None] * len(heading) + [15 * mm] + [None] * (len(rows) - len(heading) - 1)
    return layout.bare_table(
        rows,
        [width * 0.6],
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ],
        row_heights=heights,
        h_align="CENTER",
    )


def _signatures(doc: MinutesDocument, width: float) -> Flowable:
    interviewers = [
        _column([h], s)
        for h, s in zip(
            _ordinal_headings(INTERVIEWER, len(doc.interviewers)), doc.interviewers, strict=True
        )
    ]
    first = _column([INTERVIEWEE], doc.interviewee)
    if doc.city.strip():
        date_line = layout.place_date(doc.city, doc.held_on)
        interviewers[0] = layout.Signer(
            (date_line, *interviewers[0].heading), interviewers[0].name, interviewers[0].under_name
        )
    block: list[Flowable] = [para(CLOSING, JUSTIFIED)]
    block += _pairs([first, *interviewers], width)
    if doc.witnesses:
        block += [Spacer(1, 3 * mm), para(WITNESSES, BODY)]
        witnesses = [
            _column([h], s)
            for h, s in zip(
                _ordinal_headings(WITNESS, len(doc.witnesses)), doc.witnesses, strict=True
            )
        ]
        block += _pairs(witnesses, width)
    if doc.supervisor is not None:
        heading = [KNOWN_BY]
        if doc.supervisor.title.strip():
            heading.append(f"{doc.supervisor.title.strip()},")
        block += [Spacer(1, 5 * mm), _centred_column(heading, doc.supervisor, width)]
    return KeepTogether(block)


def _body(doc: MinutesDocument, width: float) -> list[Flowable]:
    return [
        *_opening(doc, width),
        *_questions(doc, width),
        *_statements(doc),
        *_conclusion(doc),
        Spacer(1, 2 * mm),
        _signatures(doc, width),
    ]


def _story(doc: MinutesDocument, setup: PageSetup) -> list[Flowable]:
    head: list[Flowable] = [
        para(AMENDED_TITLE if doc.amends.strip() else TITLE, layout.TITLE),
        Paragraph(f"Nomor: {layout.text(doc.number)}", layout.CENTER),
    ]
    if doc.amends.strip():
        head.append(
            Paragraph(f"(mengubah Berita Acara Nomor {layout.text(doc.amends)})", layout.CENTER)
        )
    head.append(Spacer(1, 4 * mm))
    return fit_one_page(head, lambda w: _body(doc, w), setup)


def render_minutes(
    doc: MinutesDocument, paper: Paper = A4, *, calibration: Calibration | None = None
) -> bytes:
    """The Berita Acara as PDF bytes (A4 or F4)."""
    _check(doc)
    return render_single(
        what="a Berita Acara",
        paper=paper,
        calibration=calibration,
        letterhead=doc.letterhead,
        running_title=f"Berita Acara Nomor {doc.number}",
        keep_line="",
        footer=doc.footer,
        title=f"Berita Acara Wawancara {doc.number}",
        subject=doc.subject,
        story=lambda setup: _story(doc, setup),
    )
