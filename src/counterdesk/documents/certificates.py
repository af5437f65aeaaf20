"""Certificates on A4 or F4 (``render_certificates``): one page per item, laid out by the
item's template in ``resources/templates``; many certificates in one PDF, one print job."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from counterdesk.documents.certificate_data import CertificatePrint
from counterdesk.documents.paper import A4, Calibration, Paper
from counterdesk.documents.template_render import render_batch


def render_certificates(
    items: Sequence[CertificatePrint],
    paper: Paper = A4,
    calibration: Calibration | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The certificates as one PDF. Everything is checked before the first page (template,
    paper, payload, photos), so a batch never stops halfway on bad data; ``cancelled()``
    stops it with ``RenderCancelled``."""
    if paper.name not in ("A4", "F4"):
        raise ValueError(f"Sertifikat dicetak pada kertas A4 atau F4, bukan {paper.name}.")
    cards = sorted({i.serial for i in items if i.product_kind == "card"})
    if cards:
        raise ValueError(f"{', '.join(cards[:3])} adalah kartu; cetak dengan render_cards.")
    title = f"Sertifikat {items[0].serial}" if len(items) == 1 else "Sertifikat"
    return render_batch(
        items, paper=paper, calibration=calibration, progress=progress,
        cancelled=cancelled, what="sertifikat", title=title,
    )  # fmt: skip
