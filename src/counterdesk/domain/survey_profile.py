"""The respondent profile and the kiosk's questions of the satisfaction survey (SKM,
PermenPANRB 14/2017). Pure: no I/O.

The regulation's sample form asks sex (L/P), age in years, education (SD, SMP, SMA, S1,
S2, S3) and occupation (PNS, TNI, POLRI, swasta, wirausaha, lainnya). Every profile field
may be left empty: the survey is anonymous. Age is kept as a band, not in years, so a
response cannot be matched to a person through their exact age. The nine questions are
the form's, in plain words, with the four answers from worst (1) to best (4).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from counterdesk.domain.errors import ValidationError
from counterdesk.domain.ikm import ELEMENTS, Element

Options = tuple[tuple[str, str], ...]  # (code, label)

SEXES: Options = (("L", "Laki-laki"), ("P", "Perempuan"))
AGE_BANDS: Options = (
    ("<20", "di bawah 20"),
    ("20-29", "20–29"),
    ("30-39", "30–39"),
    ("40-49", "40–49"),
    ("50-59", "50–59"),
    ("60+", "60 ke atas"),
)
EDUCATIONS: Options = (
    ("sd", "SD"),
    ("smp", "SMP"),
    ("sma", "SMA/SMK"),
    ("d1-d3", "D1–D3"),
    ("s1", "D4/S1"),
    ("s2", "S2"),
    ("s3", "S3"),
)
OCCUPATIONS: Options = (
    ("pns", "PNS"),
    ("tni", "TNI"),
    ("polri", "POLRI"),
    ("swasta", "Pegawai swasta"),
    ("wirausaha", "Wirausaha"),
    ("lainnya", "Lainnya"),
)

# field -> (label on the report, options)
PROFILE_FIELDS: tuple[tuple[str, str, Options], ...] = (
    ("sex", "Jenis kelamin", SEXES),
    ("age_band", "Usia (tahun)", AGE_BANDS),
    ("education", "Pendidikan", EDUCATIONS),
    ("occupation", "Pekerjaan", OCCUPATIONS),
)
NOT_FILLED = "Tidak diisi"


@dataclass(frozen=True, slots=True)
class Question:
    element: Element
    question: str
    answers: tuple[str, str, str, str]  # answer 1 (worst) .. 4 (best)


QUESTIONS: tuple[Question, ...] = tuple(
    Question(element, question, answers)
    for element, (question, answers) in zip(
        ELEMENTS,
        (
            (
                "Apakah persyaratan yang diminta sesuai dengan layanan yang Anda terima?",
                ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
            ),
            (
                "Apakah cara dan langkah mengurus layanan ini mudah?",
                ("Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"),
            ),
            (
                "Apakah layanan selesai dengan cepat?",
                ("Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"),
            ),
            (
                "Bagaimana biaya yang Anda bayar untuk layanan ini?",
                ("Sangat mahal", "Cukup mahal", "Murah", "Gratis"),
            ),
            (
                "Apakah hasil layanan yang Anda terima sesuai dengan yang dijanjikan?",
                ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
            ),
            (
                "Apakah petugas menguasai pekerjaannya?",
                ("Tidak mampu", "Kurang mampu", "Mampu", "Sangat mampu"),
            ),
            (
                "Apakah petugas sopan dan ramah?",
                (
                    "Tidak sopan dan ramah",
                    "Kurang sopan dan ramah",
                    "Sopan dan ramah",
                    "Sangat sopan dan ramah",
                ),
            ),
            (
                "Bagaimana ruang tunggu, loket dan fasilitas lainnya?",
                ("Buruk", "Cukup", "Baik", "Sangat baik"),
            ),
            (
                "Bagaimana penanganan pengaduan, saran dan masukan di sini?",
                (
                    "Tidak ada",
                    "Ada tetapi tidak berfungsi",
                    "Berfungsi kurang maksimal",
                    "Dikelola dengan baik",
                ),
            ),
        ),
        strict=True,
    )
)


def label_of(options: Options, code: str) -> str:
    """The label of ``code``; an empty code reads "Tidak diisi"."""
    if not code:
        return NOT_FILLED
    return next((label for c, label in options if c == code), code)


def check_profile(values: Sequence[tuple[str, str]]) -> None:
    """Each (field, code) must be empty or one of the field's codes."""
    known = {name: (label, options) for name, label, options in PROFILE_FIELDS}
    for name, code in values:
        label, options = known[name]
        if code and code not in {c for c, _ in options}:
            choices = ", ".join(c for c, _ in options)
            raise ValidationError(
                name,
                f"{label} '{code}' tidak dikenal. Pilih salah satu: {choices}, atau kosongkan.",
            )


def decimal_text(value: Decimal, places: int = 2) -> str:
    """``82,45``: the Indonesian decimal comma, ``places`` decimals."""
    return f"{value:.{places}f}".replace(".", ",")
