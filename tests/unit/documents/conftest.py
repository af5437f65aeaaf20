"""Fixtures: the sample documents from ``samples``."""

from __future__ import annotations

import pytest

from counterdesk.documents.deficiency_notice import DeficiencyNoticeData
from counterdesk.documents.letterhead import Letterhead
from counterdesk.documents.receipt import ReceiptData
from counterdesk.documents.ticket_slip import TicketSlipData
from counterdesk.documents.verification_sheet import VerificationSheetData
from tests.unit.documents import samples


@pytest.fixture
def letterhead() -> Letterhead:
    return samples.letterhead()


@pytest.fixture
def receipt(letterhead: Letterhead) -> ReceiptData:
    return samples.receipt(letterhead)


@pytest.fixture
def ticket(letterhead: Letterhead) -> TicketSlipData:
    return samples.ticket(letterhead)


@pytest.fixture
def notice(letterhead: Letterhead) -> DeficiencyNoticeData:
    return samples.deficiency_notice(letterhead)


@pytest.fixture
def sheet(letterhead: Letterhead) -> VerificationSheetData:
    return samples.verification_sheet(letterhead)
