"""Person cards on CR80 stock (``render_cards``): front and back of each card as two
pages, for card printers that print the back as the next page (duplex)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from counterdesk.documents.certificate_data import CertificatePrint
from counterdesk.documents.paper import CR80, Calibration
from counterdesk.documents.template_render import render_batch


def render_cards(
    items: Sequence[CertificatePrint],
    calibration: Calibration | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The cards as one CR80 PDF: page 2n+1 the front, 2n+2 the back of card n+1. A card
    without a readable photo is refused before the first page."""
    title = f"Kartu {items[0].serial}" if len(items) == 1 else "Kartu"
    return render_batch(
        items, paper=CR80, calibration=calibration, progress=progress,
        cancelled=cancelled, what="kartu", title=title,
    )  # fmt: skip
