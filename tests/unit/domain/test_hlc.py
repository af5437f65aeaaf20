"""Hybrid logical clock: a PC whose clock is set back must not reorder history."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counterdesk.domain.hlc import (
    DAY_MS,
    MAX_COUNTER,
    Hlc,
    HlcClock,
    HlcDriftError,
    is_too_far_in_future,
)

SITE_A = "0190f3c2-7d1e-7000-8000-00000000000a"
SITE_B = "0190f3c2-7d1e-7000-8000-00000000000b"
T0 = 1_780_000_000_000  # 2026


class FakeWall:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_now_follows_wall_clock() -> None:
    wall = FakeWall(T0)
    clock = HlcClock(SITE_A, wall)
    assert clock.now() == Hlc(T0, 0, SITE_A)
    wall.ms += 5
    assert clock.now() == Hlc(T0 + 5, 0, SITE_A)


def test_monotonic_when_wall_clock_goes_back() -> None:
    wall = FakeWall(T0)
    clock = HlcClock(SITE_A, wall)
    first = clock.now()
    wall.ms -= 60 * 60 * 1000  # someone fixed the PC clock back one hour
    second, third = clock.now(), clock.now()
    assert first < second < third
    assert second.wall_ms == first.wall_ms


def test_restart_continues_after_last_stored_stamp() -> None:
    last = Hlc(T0, 7, SITE_A)
    clock = HlcClock(SITE_A, FakeWall(T0 - 1000), last=last)
    assert clock.now() > last


def test_update_orders_after_remote_and_own_past() -> None:
    clock = HlcClock(SITE_A, FakeWall(T0))
    mine = clock.now()
    remote = Hlc(T0 + 5000, 3, SITE_B)  # other PC's clock is 5 s ahead
    received = clock.update(remote)
    assert received > remote > mine
    assert clock.now() > received


def test_update_with_equal_walls_takes_max_counter() -> None:
    clock = HlcClock(SITE_A, FakeWall(T0))
    clock.now()
    assert clock.update(Hlc(T0, 9, SITE_B)) == Hlc(T0, 10, SITE_A)


def test_update_refuses_stamp_from_far_future_and_keeps_clock() -> None:
    clock = HlcClock(SITE_A, FakeWall(T0))
    before = clock.now()
    with pytest.raises(HlcDriftError):
        clock.update(Hlc(T0 + DAY_MS + 1, 0, SITE_B))
    after = clock.now()
    assert after.wall_ms == before.wall_ms


def test_too_far_in_future() -> None:
    assert not is_too_far_in_future(Hlc(T0 + DAY_MS, 0, SITE_B), T0)
    assert is_too_far_in_future(Hlc(T0 + DAY_MS + 1, 0, SITE_B), T0)
    assert is_too_far_in_future(Hlc(T0 + 61_000, 0, SITE_B), T0, limit_ms=60_000)


def test_counter_overflow_borrows_a_millisecond() -> None:
    clock = HlcClock(SITE_A, FakeWall(T0), last=Hlc(T0, MAX_COUNTER, SITE_A))
    nxt = clock.now()
    assert nxt == Hlc(T0 + 1, 0, SITE_A)


def test_string_form_round_trips() -> None:
    stamp = Hlc(T0, 12, SITE_A)
    assert stamp.to_str() == f"{T0:013d}-000012-{SITE_A}"
    assert Hlc.parse(stamp.to_str()) == stamp
    with pytest.raises(ValueError):
        Hlc.parse("not a stamp")


stamps = st.builds(
    Hlc,
    st.integers(min_value=0, max_value=10**13 - 1),
    st.integers(min_value=0, max_value=MAX_COUNTER),
    st.sampled_from([SITE_A, SITE_B, "L01", "L02"]),
)


@given(stamps, stamps)
def test_string_order_equals_stamp_order(a: Hlc, b: Hlc) -> None:
    assert (a.to_str() < b.to_str()) == (a < b)


@given(st.lists(st.tuples(st.booleans(), st.integers(-5000, 5000), stamps), max_size=40))
def test_clock_never_goes_backwards(events: list[tuple[bool, int, Hlc]]) -> None:
    wall = FakeWall(T0)
    clock = HlcClock(SITE_A, wall)
    previous = clock.now()
    for is_receive, jump, remote in events:
        wall.ms = max(0, wall.ms + jump)
        if is_receive and not is_too_far_in_future(remote, wall.ms):
            stamp = clock.update(remote)
            assert stamp > remote
        else:
            stamp = clock.now()
        assert stamp > previous
        previous = stamp
