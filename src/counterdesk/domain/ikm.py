"""Satisfaction survey arithmetic (SKM/IKM, PermenPANRB 14/2017). Pure: no I/O.

Nine elements (unsur) answered on a 1-4 scale. Per element the NRR is the mean answer.
The index is the weighted sum of the NRR, each weighted 1/9 (printed as 0.111); it is
rounded half-up to two decimals, and the IKM is that index x 25, again two decimals. The
weight is applied exactly (1/9, not 0.111), so nine answers of 4 give exactly 100.00.
Grades follow the regulation's conversion table. A respondent is satisfied when the mean
of their nine answers is at least 3 ("puas").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from counterdesk.domain.errors import ValidationError

SCALE_MIN = 1
SCALE_MAX = 4
IKM_FACTOR = 25
SATISFIED_MEAN = 3  # a respondent whose mean answer is at least this counts as satisfied

_TWO = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class Element:
    number: int  # 1..9, the order on the regulation's form
    code: str
    label: str

    @property
    def title(self) -> str:
        return f"Unsur {self.number} ({self.label})"


ELEMENTS: tuple[Element, ...] = (
    Element(1, "persyaratan", "Persyaratan"),
    Element(2, "prosedur", "Sistem, mekanisme dan prosedur"),
    Element(3, "waktu", "Waktu penyelesaian"),
    Element(4, "biaya", "Biaya/tarif"),
    Element(5, "produk", "Produk spesifikasi jenis pelayanan"),
    Element(6, "kompetensi", "Kompetensi pelaksana"),
    Element(7, "perilaku", "Perilaku pelaksana"),
    Element(8, "sarana", "Sarana dan prasarana"),
    Element(9, "pengaduan", "Penanganan pengaduan, saran dan masukan"),
)
ELEMENT_COUNT = len(ELEMENTS)
WEIGHT = Fraction(1, ELEMENT_COUNT)


@dataclass(frozen=True, slots=True)
class Grade:
    letter: str
    label: str
    ikm_from: Decimal  # lowest IKM (25-100 scale) with this grade
    nrr_from: Decimal  # lowest NRR/index (1-4 scale) with this grade


# Highest grade first; a value takes the first grade whose lower bound it reaches. The
# regulation's NRR table leaves gaps (2.5996-2.60, 3.064-3.0644, 3.532-3.5324): a value
# in a gap takes the lower grade.
GRADES: tuple[Grade, ...] = (
    Grade("A", "Sangat baik", Decimal("88.31"), Decimal("3.5324")),
    Grade("B", "Baik", Decimal("76.61"), Decimal("3.0644")),
    Grade("C", "Kurang baik", Decimal("65.00"), Decimal("2.60")),
    Grade("D", "Tidak baik", Decimal("25.00"), Decimal("1.00")),
)

METHOD_TEXT = (
    "Metode: PermenPANRB Nomor 14 Tahun 2017. Sembilan unsur dinilai dengan skala 1-4. "
    "NRR per unsur = jumlah nilai unsur : jumlah responden. Setiap unsur berbobot sama, "
    "1/9 (= 0,111). Nilai indeks = jumlah (NRR x 1/9), dibulatkan ke dua desimal "
    "(setengah ke atas); IKM = nilai indeks x 25, dua desimal. Mutu pelayanan: "
    "25,00-64,99 D (Tidak baik); 65,00-76,60 C (Kurang baik); 76,61-88,30 B (Baik); "
    "88,31-100,00 A (Sangat baik). Responden dihitung puas bila rata-rata sembilan "
    "jawabannya paling sedikit 3."
)


def _exact(value: Fraction | Decimal) -> Decimal:
    if isinstance(value, Decimal):
        return value
    return Decimal(value.numerator) / Decimal(value.denominator)


def _round2(value: Fraction | Decimal) -> Decimal:
    return _exact(value).quantize(_TWO, rounding=ROUND_HALF_UP)


def check_answers(answers: Sequence[object]) -> tuple[int, ...]:
    """The nine answers as ints, or a ValidationError naming the element at fault."""
    checked: list[int] = []
    for element, value in zip(ELEMENTS, answers, strict=False):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(
                element.code,
                f"{element.title}: nilai {value!r} bukan angka bulat. "
                f"Isi dengan angka {SCALE_MIN}–{SCALE_MAX}.",
            )
        if not SCALE_MIN <= value <= SCALE_MAX:
            raise ValidationError(
                element.code,
                f"{element.title}: nilai {value} di luar {SCALE_MIN}–{SCALE_MAX}. "
                f"Isi dengan angka {SCALE_MIN}–{SCALE_MAX}.",
            )
        checked.append(value)
    count = len(answers)
    if count < ELEMENT_COUNT:
        missing = ELEMENTS[count]
        raise ValidationError(
            missing.code,
            f"{missing.title}: belum dijawab (hanya {count} dari {ELEMENT_COUNT} jawaban). "
            f"Isi {ELEMENT_COUNT} jawaban, satu untuk setiap unsur.",
        )
    if count > ELEMENT_COUNT:
        raise ValidationError(
            "answers",
            f"Terlalu banyak jawaban: {count}, padahal hanya ada {ELEMENT_COUNT} unsur "
            f"(terakhir {ELEMENTS[-1].title}). Isi {ELEMENT_COUNT} jawaban, "
            "satu untuk setiap unsur.",
        )
    return tuple(checked)


def grade_for_ikm(ikm: Decimal) -> Grade:
    """Grade of an IKM on the 25-100 scale (two decimals)."""
    return next((g for g in GRADES if ikm >= g.ikm_from), GRADES[-1])


def grade_for_nrr(nrr: Decimal | Fraction) -> Grade:
    """Grade of an NRR or index on the 1-4 scale."""
    value = _exact(nrr)
    return next((g for g in GRADES if value >= g.nrr_from), GRADES[-1])


@dataclass(frozen=True, slots=True)
class ElementResult:
    element: Element
    nrr: Decimal  # mean answer, two decimals (half-up), for display
    weighted: Decimal  # NRR x 1/9, four decimals (half-up), for display
    grade: Grade


@dataclass(frozen=True, slots=True)
class SurveyResult:
    elements: tuple[ElementResult, ...]
    index: Decimal  # sum of NRR x 1/9, 1-4 scale, two decimals
    ikm: Decimal  # index x 25, 25-100 scale, two decimals
    grade_letter: str
    grade_label: str
    respondents: int
    satisfied: int
    satisfied_share: Decimal  # percent, two decimals
    target_percent: Decimal
    meets_target: bool


def compute_survey(
    responses: Iterable[Sequence[object]], target_percent: Decimal | int = 80
) -> SurveyResult:
    """NRR, IKM, grade and satisfied share of a batch of responses (each nine answers)."""
    target = Decimal(target_percent)
    if not Decimal(0) <= target <= Decimal(100):
        raise ValidationError(
            "target_percent",
            f"Target responden puas {target}% di luar 0–100. Isi persentase 0 sampai 100.",
        )
    rows = [check_answers(r) for r in responses]
    if not rows:
        raise ValidationError(
            "responses",
            "Belum ada jawaban survei pada periode ini. Pilih periode lain atau "
            "masukkan jawaban survei lebih dulu.",
        )
    n = len(rows)
    nrrs = [Fraction(sum(r[i] for r in rows), n) for i in range(ELEMENT_COUNT)]
    index = _round2(sum((nrr * WEIGHT for nrr in nrrs), Fraction(0)))
    ikm = _round2(index * IKM_FACTOR)
    grade = grade_for_ikm(ikm)
    satisfied = sum(1 for r in rows if sum(r) >= SATISFIED_MEAN * ELEMENT_COUNT)
    share = Fraction(satisfied * 100, n)
    return SurveyResult(
        elements=tuple(
            ElementResult(
                element=e,
                nrr=_round2(nrr),
                weighted=_exact(nrr * WEIGHT).quantize(Decimal("0.0001"), ROUND_HALF_UP),
                grade=grade_for_nrr(nrr),
            )
            for e, nrr in zip(ELEMENTS, nrrs, strict=True)
        ),
        index=index,
        ikm=ikm,
        grade_letter=grade.letter,
        grade_label=grade.label,
        respondents=n,
        satisfied=satisfied,
        satisfied_share=_round2(share),
        target_percent=target,
        meets_target=share >= Fraction(target),
    )
