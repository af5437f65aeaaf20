"""Legalisation stamp labels: one block per legalised copy, several per A4/F4 sheet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from counterdesk.documents.case_letters import CertificateRef
from counterdesk.documents.paper import A4, Calibration, Paper
from counterdesk.documents.signers import Signer


@dataclass(frozen=True, slots=True)
class LegalisationStamp:
    number: str  # legalisation number of this copy (the Code 128 carries it)
    copy_index: int  # 1-based
    copies: int
    certificate: CertificateRef
    legalised_on: dt.date
    city: str
    office_name: str
    signatory: Signer


def render_legalisation_labels(
    stamps: Sequence[LegalisationStamp],
    paper: Paper = A4,
    *,
    calibration: Calibration | None = None,
) -> bytes:
    raise NotImplementedError("render_legalisation_labels: layout in progress")
