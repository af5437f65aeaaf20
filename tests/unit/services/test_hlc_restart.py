"""The hybrid logical clock continues after the highest stamp stored: a restart with the
PC clock set back, or a second window with its own clock, never stamps a change lower
than one already written (sync's last-writer-wins depends on it)."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import select

from counterdesk.domain.hlc import DAY_MS, Hlc, HlcClock
from counterdesk.domain.roles import Role
from counterdesk.services import applicants
from counterdesk.services.runtime import Runtime, _now_ms
from counterdesk.store.models import ChangeLog
from tests import databases
from tests.conftest import Office


def register(runtime: Runtime, office: Office, serial: int) -> None:
    officer = office.actors[Role.OFFICER]
    with runtime.unit(officer) as session:
        applicants.register_person(
            session,
            officer,
            applicants.PersonInput(nik=f"317405120390{serial:04d}", name=f"Peserta {serial}"),
        )


def stamps(runtime: Runtime) -> list[str]:
    """Every stamp in the change log, in the order the changes were committed."""
    with runtime.read() as session:
        return list(session.scalars(select(ChangeLog.hlc).order_by(ChangeLog.seq)))


def test_a_restart_with_the_clock_set_back_a_day_keeps_stamps_rising(
    office: Office, tmp_path: Path
) -> None:
    for serial in range(1, 4):
        register(office.runtime, office, serial)
    before = stamps(office.runtime)
    reopened = databases.another_window(office.runtime)
    office.runtime.close()
    reopened.clock_ms = lambda: _now_ms() - DAY_MS  # the PC's clock was set back a day
    try:
        for serial in range(4, 7):
            register(reopened, office, serial)
        after = stamps(reopened)[len(before) :]
    finally:
        reopened.close()

    assert before and after
    assert min(after) > max(before)
    assert after == sorted(after) and len(set(after)) == len(after)
    # Stamps stay readable as the clock they came from, never from the future.
    assert Hlc.parse(max(after)).wall_ms <= _now_ms()


def test_two_windows_with_different_clocks_stamp_in_commit_order(
    office: Office, tmp_path: Path
) -> None:
    """A second window on the same file whose clock lags an hour: each unit reads the
    highest stored stamp under its write lock, so the log still rises in commit order."""
    behind = databases.another_window(office.runtime)
    behind.clock_ms = lambda: _now_ms() - 60 * 60 * 1000
    try:
        for serial in range(1, 7):
            register(office.runtime if serial % 2 else behind, office, serial)
    finally:
        behind.close()
    logged = stamps(office.runtime)
    assert logged == sorted(logged) and len(set(logged)) == len(logged)


def test_witness_moves_the_clock_past_a_stored_stamp_without_a_drift_check() -> None:
    now = 1_800_000_000_000
    clock = HlcClock("site-a", lambda: now)
    stored = Hlc(now + 3 * DAY_MS, 7, "site-b")  # far ahead: written while the PC was wrong
    clock.witness(stored)
    assert clock.now() > stored
    clock.witness(Hlc(now - DAY_MS, 0, "site-a"))  # an older stamp never moves it back
    assert clock.now() > stored


def test_the_clock_is_made_once_when_threads_stamp_first_together(office: Office) -> None:
    office.runtime.reset_identity()
    clocks: list[HlcClock] = []
    barrier = threading.Barrier(4)

    def first_stamp() -> None:
        barrier.wait()
        clocks.append(office.runtime._hlc())

    threads = [threading.Thread(target=first_stamp) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(clock) for clock in clocks}) == 1
