"""The respondent profile and the kiosk's questions of PermenPANRB 14/2017's form."""

from __future__ import annotations

from decimal import Decimal

import pytest

from counterdesk.domain.errors import ValidationError
from counterdesk.domain.ikm import ELEMENTS
from counterdesk.domain.survey_profile import (
    EDUCATIONS,
    NOT_FILLED,
    OCCUPATIONS,
    PROFILE_FIELDS,
    QUESTIONS,
    SEXES,
    check_profile,
    decimal_text,
    label_of,
)


def test_nine_questions_in_the_elements_order_each_worst_to_best() -> None:
    assert [q.element for q in QUESTIONS] == list(ELEMENTS)
    assert all(len(q.answers) == 4 and q.question.endswith("?") for q in QUESTIONS)
    biaya = next(q for q in QUESTIONS if q.element.code == "biaya")
    assert biaya.answers == ("Sangat mahal", "Cukup mahal", "Murah", "Gratis")


def test_the_form_s_choices() -> None:
    assert [c for c, _ in SEXES] == ["L", "P"]
    assert {"SD", "SMP", "S1", "S2", "S3"} <= {label.split("/")[-1] for _, label in EDUCATIONS}
    assert [label for _, label in OCCUPATIONS][:3] == ["PNS", "TNI", "POLRI"]
    assert [name for name, _, _ in PROFILE_FIELDS] == ["sex", "age_band", "education", "occupation"]


def test_every_field_may_be_left_empty_but_not_filled_wrongly() -> None:
    check_profile([("sex", ""), ("age_band", ""), ("education", "s1"), ("occupation", "")])
    with pytest.raises(ValidationError, match="Jenis kelamin 'X' tidak dikenal") as caught:
        check_profile([("sex", "X")])
    assert caught.value.field == "sex" and "L, P" in str(caught.value)
    assert label_of(SEXES, "") == NOT_FILLED and label_of(SEXES, "P") == "Perempuan"


def test_decimal_text_uses_the_indonesian_comma() -> None:
    assert decimal_text(Decimal("82.5")) == "82,50"
    assert decimal_text(Decimal("0.34074"), 4) == "0,3407"
