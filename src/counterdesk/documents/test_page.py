"""The calibration test page: millimetre scales running off the paper's edges.

Each scale counts millimetres from where the edge *should* be, and runs on past it (the
negative marks are drawn outside the nominal page and only appear when the printer shifts
the print inward). The officer reads the mark that sits exactly on the paper's edge and
adds it to the current offset: a print 2 mm too far right shows ``-2`` at the left edge,
so ``dx`` becomes ``dx - 2``. A crosshair 20 mm from the top-left corner, one in the
middle, and a 50/100 mm bar (to see that the driver does not scale the page) complete it.
The page is drawn with the current calibration, so after a correct setting every scale
reads 0.
"""

from __future__ import annotations

from io import BytesIO

from reportlab.pdfgen.canvas import Canvas

from counterdesk.documents import fonts
from counterdesk.documents.paper import CR80, NO_CALIBRATION, Calibration, Paper, mm

_RANGE = range(-10, 26)  # mm from the nominal edge; negative marks lie beyond it


def _mm_text(value: float) -> str:
    return f"{value:+.1f}".replace(".", ",").replace("-", "−")


def _horizontal_scale(canvas: Canvas, y: float, size: float) -> None:
    """Marks along the top part of the page, counted from the left edge."""
    for v in _RANGE:
        tall = 5 if v % 10 == 0 else 3.5 if v % 5 == 0 else 2
        canvas.setLineWidth(0.5 if v else 0.9)
        canvas.line(v * mm, y, v * mm, y - tall * mm)
        if v % 5 == 0:
            canvas.setFont(fonts.BOLD if v == 0 else fonts.REGULAR, size)
            canvas.drawString(v * mm + 0.6 * mm, y - tall * mm - size * 0.2, str(v))


def _vertical_scale(canvas: Canvas, x: float, height: float, size: float) -> None:
    """Marks down the left part of the page, counted from the top edge."""
    for v in _RANGE:
        tall = 5 if v % 10 == 0 else 3.5 if v % 5 == 0 else 2
        y = height - v * mm
        canvas.setLineWidth(0.5 if v else 0.9)
        canvas.line(x, y, x + tall * mm, y)
        if v % 5 == 0:
            canvas.setFont(fonts.BOLD if v == 0 else fonts.REGULAR, size)
            canvas.drawString(x + (tall + 1) * mm, y - size * 0.95, str(v))


def _crosshair(canvas: Canvas, x: float, y: float, arm: float) -> None:
    canvas.setLineWidth(0.4)
    canvas.line(x - arm, y, x + arm, y)
    canvas.line(x, y - arm, x, y + arm)
    canvas.circle(x, y, arm / 3, stroke=1, fill=0)


def render_ruler_test_page(paper: Paper, calibration: Calibration | None = None) -> bytes:
    """One page on ``paper`` to measure this printer's offset for this stock."""
    fonts.register_fonts()
    calibration = calibration or NO_CALIBRATION
    small = paper == CR80
    out = BytesIO()
    canvas = Canvas(out, pagesize=paper.size, invariant=1, initialFontName=fonts.REGULAR)
    canvas.setTitle(f"Halaman uji kalibrasi {paper.name}")
    canvas.setCreator("CounterDesk")
    canvas.translate(*calibration.translation)
    w, h = paper.size
    label = 4.5 if small else 7
    _horizontal_scale(canvas, h - (30 if small else 40) * mm, label)
    _vertical_scale(canvas, (30 if small else 40) * mm, h, label)
    arm = (3 if small else 6) * mm
    _crosshair(canvas, 20 * mm, h - 20 * mm, arm)
    if not small:  # the card has no room to spare in the middle
        _crosshair(canvas, w / 2, h / 2, arm)
    bar = (50 if small else 100) * mm
    bar_y = (8 if small else 60) * mm
    canvas.setLineWidth(0.8)
    canvas.line(w / 2 - bar / 2, bar_y, w / 2 + bar / 2, bar_y)
    for x in (w / 2 - bar / 2, w / 2 + bar / 2):
        canvas.line(x, bar_y - 2 * mm, x, bar_y + 2 * mm)
    canvas.setFont(fonts.REGULAR, label)
    canvas.drawCentredString(
        w / 2, bar_y + 3 * mm, f"garis ini harus tepat {bar / mm:.0f} mm (pencetak tidak menskala)"
    )
    now = (
        f"Kalibrasi sekarang: geser kanan {_mm_text(calibration.dx_mm)} mm, "
        f"geser bawah {_mm_text(calibration.dy_mm)} mm."
    )
    steps = (
        [
            f"UJI KALIBRASI {paper.name}",
            f"Sekarang: kanan {_mm_text(calibration.dx_mm)}, "
            f"bawah {_mm_text(calibration.dy_mm)} mm",
            "Angka skala di tepi kiri kartu:",
            "  tambahkan ke geser kanan.",
            "Angka skala di tepi atas kartu:",
            "  tambahkan ke geser bawah.",
            "Silang: 20 mm dari kiri dan atas.",
        ]
        if small
        else [
            f"HALAMAN UJI KALIBRASI — {paper.name} ({paper.width_mm:g} × {paper.height_mm:g} mm)",
            now,
            "1. Lihat angka skala yang tepat di tepi kiri kertas; tambahkan ke geser kanan.",
            "2. Lihat angka skala yang tepat di tepi atas kertas; tambahkan ke geser bawah.",
            "3. Simpan nilai baru, cetak ulang halaman ini: kedua skala harus menunjukkan 0.",
            "Tanda silang seharusnya 20 mm dari tepi kiri dan 20 mm dari tepi atas.",
        ]
    )
    size = 4.6 if small else 9
    x = (41 if small else 60) * mm
    y = h - (6 if small else 60) * mm
    for i, line in enumerate(steps):
        canvas.setFont(fonts.BOLD if i == 0 else fonts.REGULAR, size)
        canvas.drawString(x, y, line)
        y -= size * 1.45
    canvas.showPage()
    canvas.save()
    return out.getvalue()
