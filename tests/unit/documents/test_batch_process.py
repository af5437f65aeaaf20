"""Large print batches come out of a child process exactly as small ones do here."""

from __future__ import annotations

import dataclasses

import pytest

from counterdesk.documents.batch_process import CHILD_PROCESS_FROM, render_print_batch
from counterdesk.documents.certificate_data import CertificatePrint, RenderCancelled
from counterdesk.documents.paper import F4
from tests import pdf_tools
from tests.unit.documents import samples

LARGE = CHILD_PROCESS_FROM + 2


def _batch(count: int) -> list[CertificatePrint]:
    return [samples.certificate_print(index=i) for i in range(count)]


def test_large_batch_has_every_page_and_reports_progress_to_the_end() -> None:
    items = _batch(LARGE)
    reports: list[tuple[int, int]] = []
    pdf = render_print_batch(
        "certificates", items, paper=F4, progress=lambda d, t: reports.append((d, t))
    )
    assert pdf_tools.pages(pdf) == LARGE
    assert items[-1].serial in pdf_tools.text(pdf, page=LARGE - 1)
    assert reports[0] == (0, LARGE)
    assert reports[-1] == (LARGE, LARGE)


def test_small_batch_renders_the_same_pages() -> None:
    pdf = render_print_batch("certificates", _batch(2))
    assert pdf_tools.pages(pdf) == 2


def test_cancel_stops_the_child_and_nothing_is_returned() -> None:
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(True)
        return True

    with pytest.raises(RenderCancelled):
        render_print_batch("certificates", _batch(LARGE), cancelled=cancelled)
    assert asked


def test_bad_item_is_named_from_the_child_before_any_page() -> None:
    items = _batch(LARGE)
    items[5] = dataclasses.replace(items[5], qr_payload="")
    with pytest.raises(ValueError, match=items[5].serial):
        render_print_batch("certificates", items)
