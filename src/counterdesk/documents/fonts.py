"""The embedded fonts: DejaVu, shipped in ``resources/fonts`` with its license.

Every PDF embeds its fonts (ReportLab subsets TrueType fonts into each file), so a
receipt looks the same on any PC and printer and names with accents, like ``Andi Sé``,
never fall back to a missing glyph. Nothing comes from the system's fonts.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from counterdesk.paths import fonts_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
# Monospaced bold for numbers an officer may have to type: 0/O and 1/I/l differ clearly.
MONO_BOLD = "DejaVuSansMono-Bold"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    OBLIQUE: "DejaVuSans-Oblique.ttf",
    MONO_BOLD: "DejaVuSansMono-Bold.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the fonts with ReportLab once per process (safe from worker threads).

    Parsing the TrueType files takes tens of milliseconds, so it is done once and not
    per document.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = fonts_dir()
        for name, filename in _FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FileNotFoundError(
                    f"Huruf '{filename}' tidak ada di {folder}; pasang ulang aplikasi."
                )
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # <b>/<i> in Paragraph markup resolve through this family mapping.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, OBLIQUE)
        addMapping(REGULAR, 1, 1, BOLD)
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(MONO_BOLD, bold, italic, MONO_BOLD)
        _registered = True
