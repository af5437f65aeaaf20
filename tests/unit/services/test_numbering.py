"""Numbers carry the counter code, never repeat, and carry a working check character."""

from __future__ import annotations

from counterdesk.domain import numbers
from counterdesk.services.numbering import next_number
from tests.conftest import Office


def test_sequence_increments_per_prefix_and_year(office: Office) -> None:
    with office.runtime.unit() as session:
        a = next_number(session, numbers.RECEIPT, 2026)
        b = next_number(session, numbers.RECEIPT, 2026)
        c = next_number(session, numbers.RECEIPT, 2027)
        d = next_number(session, numbers.CERTIFICATE, 2026)
    assert a.startswith("TT-L01-26-000001") and b.startswith("TT-L01-26-000002")
    assert c.startswith("TT-L01-27-000001") and d.startswith("SRT-L01-26-000001")
    assert numbers.parse_number(b).seq == 2


def test_rolled_back_number_is_reissued(office: Office) -> None:
    try:
        with office.runtime.unit() as session:
            next_number(session, numbers.RECEIPT, 2026)
            raise RuntimeError
    except RuntimeError:
        pass
    with office.runtime.unit() as session:
        assert next_number(session, numbers.RECEIPT, 2026).startswith("TT-L01-26-000001")
