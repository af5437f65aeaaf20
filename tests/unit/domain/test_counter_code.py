"""The code a restored counter takes: same letters, the next digits no one has used."""

from __future__ import annotations

import pytest

from counterdesk.domain.errors import ValidationError
from counterdesk.domain.numbers import next_counter_code


def test_the_next_code_skips_every_code_ever_used() -> None:
    assert next_counter_code("L01", ["L01", "L02", "L03"]) == "L04"
    assert next_counter_code("l09", []) == "L10"
    assert next_counter_code("L99", []) == "L100"
    assert next_counter_code("AB", []) == "AB1"
    with pytest.raises(ValidationError, match="Tidak ada lagi kode loket bebas"):
        next_counter_code("ABCD", [])
