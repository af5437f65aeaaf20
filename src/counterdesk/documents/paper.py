"""Paper sizes used at the counter, and the per-printer calibration offset."""

from __future__ import annotations

from dataclasses import dataclass

# Points per millimetre, typed (reportlab.lib.units.mm is the same number, untyped).
mm: float = 72 / 25.4


@dataclass(frozen=True, slots=True)
class Paper:
    """A sheet in millimetres; ``size`` gives ReportLab points (portrait as listed)."""

    name: str
    width_mm: float
    height_mm: float

    @property
    def size(self) -> tuple[float, float]:
        return (self.width_mm * mm, self.height_mm * mm)

    @property
    def width(self) -> float:
        return self.width_mm * mm

    @property
    def height(self) -> float:
        return self.height_mm * mm


A4 = Paper("A4", 210, 297)
# F4 / Folio as sold in Indonesia (often loaded in shared office printers), not US Folio.
F4 = Paper("F4", 215, 330)
A5 = Paper("A5", 148, 210)
# ISO/IEC 7810 ID-1 (CR80) card, landscape: 85.60 × 53.98 mm.
CR80 = Paper("CR80", 85.6, 53.98)

PAPERS = {p.name: p for p in (A4, F4, A5, CR80)}


@dataclass(frozen=True, slots=True)
class Calibration:
    """Where one printer puts the page, measured with a ruler on a test print.

    ``dx_mm`` > 0 moves everything right, ``dy_mm`` > 0 moves everything down (toward the
    bottom edge), the way an officer describes it: "tercetak 2 mm terlalu tinggi" is
    ``dy_mm=2``. Pre-printed stock (certificates, cards) needs this; plain paper barely.
    """

    dx_mm: float = 0.0
    dy_mm: float = 0.0

    @property
    def translation(self) -> tuple[float, float]:
        """The ReportLab translation in points (PDF y grows upward)."""
        return (self.dx_mm * mm, -self.dy_mm * mm)


NO_CALIBRATION = Calibration()
