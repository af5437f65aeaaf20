"""Satisfaction survey arithmetic (PermenPANRB 14/2017): NRR, IKM, grade, satisfied share."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counterdesk.domain.errors import ValidationError
from counterdesk.domain.ikm import (
    ELEMENTS,
    METHOD_TEXT,
    check_answers,
    compute_survey,
    grade_for_ikm,
    grade_for_nrr,
)

D = Decimal
answer_rows = st.lists(st.integers(min_value=1, max_value=4), min_size=9, max_size=9)
batches = st.lists(answer_rows, min_size=1, max_size=40)


# -- worked example, computed by hand ----------------------------------------------------


def test_worked_example() -> None:
    # Element sums: 9, 10, 9, 10, 9, 10, 9, 10, 8 over 3 respondents; total 84.
    # Index = 84 / 27 = 3.1111 -> 3.11; IKM = 3.11 x 25 = 77.75 -> B (Baik).
    # Satisfied: means 4, 3 and 21/9 = 2.33 -> 2 of 3 = 66.67 % < 80 %.
    result = compute_survey(
        [
            [4, 4, 4, 4, 4, 4, 4, 4, 4],
            [3, 3, 3, 3, 3, 3, 3, 3, 3],
            [2, 3, 2, 3, 2, 3, 2, 3, 1],
        ],
        target_percent=80,
    )
    assert [e.nrr for e in result.elements] == [
        D(x) for x in ["3.00", "3.33", "3.00", "3.33", "3.00", "3.33", "3.00", "3.33", "2.67"]
    ]
    assert [e.grade.letter for e in result.elements] == list("CBCBCBCBC")
    assert result.elements[1].weighted == D("0.3704")  # 10/3 x 1/9 = 10/27
    assert result.index == D("3.11")
    assert result.ikm == D("77.75")
    assert (result.grade_letter, result.grade_label) == ("B", "Baik")
    assert result.respondents == 3
    assert result.satisfied == 2
    assert result.satisfied_share == D("66.67")
    assert result.meets_target is False
    assert compute_survey([[3] * 9, [4] * 9], target_percent=80).meets_target is True


def test_index_is_rounded_half_up_to_two_decimals_before_times_25() -> None:
    # 200 respondents with total 4689: index 4689 / 1800 = 2.605 exactly -> 2.61 (half-up),
    # IKM 65.25. Unrounded it would be 65.125.
    rows = [[3, 3, 3, 3, 3, 3, 2, 2, 2]] * 89 + [[3, 3, 3, 3, 3, 2, 2, 2, 2]] * 111
    assert sum(map(sum, rows)) == 4689
    result = compute_survey(rows)
    assert result.index == D("2.61")
    assert result.ikm == D("65.25")
    assert result.grade_letter == "C"


def test_method_text_states_weight_and_rounding() -> None:
    assert "1/9 (= 0,111)" in METHOD_TEXT
    assert "dua desimal" in METHOD_TEXT
    assert "rata-rata sembilan jawabannya paling sedikit 3" in METHOD_TEXT


def test_nine_elements_in_the_regulations_order() -> None:
    assert [e.number for e in ELEMENTS] == list(range(1, 10))
    assert ELEMENTS[2].label == "Waktu penyelesaian"
    assert ELEMENTS[8].label == "Penanganan pengaduan, saran dan masukan"


# -- grade boundaries --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ikm", "letter", "label"),
    [
        ("25.00", "D", "Tidak baik"),
        ("64.99", "D", "Tidak baik"),
        ("65.00", "C", "Kurang baik"),
        ("76.60", "C", "Kurang baik"),
        ("76.61", "B", "Baik"),
        ("88.30", "B", "Baik"),
        ("88.31", "A", "Sangat baik"),
        ("100.00", "A", "Sangat baik"),
    ],
)
def test_ikm_grade_boundaries(ikm: str, letter: str, label: str) -> None:
    grade = grade_for_ikm(D(ikm))
    assert (grade.letter, grade.label) == (letter, label)


@pytest.mark.parametrize(
    ("nrr", "letter"),
    [
        ("1.00", "D"),
        ("2.5996", "D"),
        ("2.60", "C"),
        ("3.064", "C"),
        ("3.0642", "C"),  # the regulation's gap takes the lower grade
        ("3.0644", "B"),
        ("3.532", "B"),
        ("3.5324", "A"),
        ("4.00", "A"),
    ],
)
def test_nrr_grade_boundaries(nrr: str, letter: str) -> None:
    assert grade_for_nrr(D(nrr)).letter == letter


def test_survey_at_the_65_boundary() -> None:
    # 5 respondents: total 117 / 45 = 2.60 -> IKM 65.00 C; total 116 -> 2.58 -> 64.50 D.
    at = [[3] * 9, [3] * 9, [3] * 9, [2] * 9, [2] * 9]
    assert sum(map(sum, at)) == 117
    assert (compute_survey(at).ikm, compute_survey(at).grade_letter) == (D("65.00"), "C")
    at[4][0] = 1  # 116
    assert (compute_survey(at).ikm, compute_survey(at).grade_letter) == (D("64.50"), "D")


# -- bad input ---------------------------------------------------------------------------


def test_answer_out_of_range_names_the_element() -> None:
    with pytest.raises(ValidationError) as err:
        check_answers([4, 4, 5, 4, 4, 4, 4, 4, 4])
    assert str(err.value).startswith("Unsur 3 (Waktu penyelesaian): nilai 5 di luar 1–4")
    assert err.value.field == "waktu"


def test_zero_names_the_element() -> None:
    with pytest.raises(ValidationError, match=r"^Unsur 1 \(Persyaratan\): nilai 0 di luar"):
        check_answers([0, 4, 4, 4, 4, 4, 4, 4, 4])


@pytest.mark.parametrize("bad", ["4", 3.5, True, None])
def test_non_integer_names_the_element(bad: object) -> None:
    with pytest.raises(ValidationError, match=r"^Unsur 8 \(Sarana dan prasarana\): nilai"):
        check_answers([4, 4, 4, 4, 4, 4, 4, bad, 4])


def test_too_few_answers_names_the_first_missing_element() -> None:
    with pytest.raises(ValidationError) as err:
        check_answers([4] * 8)
    assert str(err.value).startswith(
        "Unsur 9 (Penanganan pengaduan, saran dan masukan): belum dijawab"
    )


def test_too_many_answers_is_refused() -> None:
    with pytest.raises(ValidationError, match="Terlalu banyak jawaban: 10"):
        check_answers([4] * 10)


def test_bad_row_in_a_batch_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"^Unsur 6 \(Kompetensi pelaksana\)"):
        compute_survey([[4] * 9, [4, 4, 4, 4, 4, 7, 4, 4, 4]])


def test_no_respondents_is_refused() -> None:
    with pytest.raises(ValidationError, match="Belum ada jawaban survei"):
        compute_survey([])


def test_target_outside_0_100_is_refused() -> None:
    with pytest.raises(ValidationError, match="di luar 0–100"):
        compute_survey([[4] * 9], target_percent=120)


def test_valid_answers_come_back_as_a_tuple() -> None:
    assert check_answers([4, 3, 4, 4, 3, 4, 4, 3, 4]) == (4, 3, 4, 4, 3, 4, 4, 3, 4)


# -- properties --------------------------------------------------------------------------


@given(batches)
def test_ikm_always_between_25_and_100(rows: list[list[int]]) -> None:
    result = compute_survey(rows)
    assert D(25) <= result.ikm <= D(100)
    assert result.ikm == result.index * 25
    assert grade_for_ikm(result.ikm).letter == result.grade_letter
    assert D(0) <= result.satisfied_share <= D(100)


@given(st.integers(min_value=1, max_value=30))
def test_all_four_is_100_and_a(n: int) -> None:
    result = compute_survey([[4] * 9] * n)
    assert (result.ikm, result.grade_letter, result.grade_label) == (
        D("100.00"),
        "A",
        "Sangat baik",
    )
    assert result.satisfied_share == D("100.00")


@given(st.integers(min_value=1, max_value=30))
def test_all_one_is_25_and_d(n: int) -> None:
    result = compute_survey([[1] * 9] * n)
    assert (result.ikm, result.grade_letter, result.grade_label) == (D("25.00"), "D", "Tidak baik")
    assert result.satisfied == 0
    assert result.meets_target is False


@given(batches, st.randoms(use_true_random=False))
def test_order_of_respondents_does_not_matter(rows: list[list[int]], rnd: random.Random) -> None:
    shuffled = list(rows)
    rnd.shuffle(shuffled)
    assert compute_survey(shuffled) == compute_survey(rows)
