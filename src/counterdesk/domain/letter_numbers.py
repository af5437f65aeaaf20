"""Official letter numbers (*nomor surat*, Tata Naskah Dinas): a per-office pattern per
document code, e.g. ``{seq:03}/BA/{unit}/{counter}/{month_roman}/{year}``.

The sequence runs per (code, counter, year), so a pattern must carry the sequence, the
counter code and the year: two offline counters, or two years, never give one number.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Mapping
from types import MappingProxyType

from counterdesk.domain.errors import ValidationError
from counterdesk.domain.words import roman

MINUTES = "BA"  # berita acara wawancara
CORRECTION = "RALAT"  # surat keterangan ralat
REPLACEMENT = "HILANG"  # surat keterangan pengganti sertifikat hilang
LEGALISATION = "LEG"  # nomor legalisasi (one per copy)
COMPLAINT_REPLY = "PGD"  # surat jawaban pengaduan
APOLOGY = "MAAF"  # surat permohonan maaf (kompensasi)

CODE_LABELS: Mapping[str, str] = MappingProxyType(
    {
        MINUTES: "Berita acara wawancara",
        CORRECTION: "Surat keterangan ralat",
        REPLACEMENT: "Surat keterangan pengganti sertifikat hilang",
        LEGALISATION: "Nomor legalisasi",
        COMPLAINT_REPLY: "Surat jawaban pengaduan",
        APOLOGY: "Surat permohonan maaf (kompensasi)",
    }
)

DEFAULT_PATTERNS: dict[str, str] = {
    code: "{seq:03}/" + code + "/{unit}/{counter}/{month_roman}/{year}" for code in CODE_LABELS
}
# A legalisation number is printed as a Code 128 on a 90 mm stamp label: kept short (17
# characters, ~70 mm of bars) so an ordinary CCD scanner reads it and two labels fit
# side by side. The office may set a longer pattern; the label then takes a full row.
DEFAULT_PATTERNS[LEGALISATION] = "{seq:04}/LEG/{counter}/{year}"

PLACEHOLDERS: Mapping[str, str] = MappingProxyType(
    {
        "seq": "nomor urut (mis. {seq:03} = 007)",
        "code": "kode dokumen (BA, RALAT, HILANG, LEG, PGD, MAAF)",
        "unit": "singkatan unit kantor",
        "counter": "kode loket",
        "day": "tanggal (2 angka)",
        "month": "bulan (2 angka)",
        "month_roman": "bulan dalam angka Romawi (XII)",
        "year": "tahun 4 angka",
        "yy": "tahun 2 angka",
    }
)
MAX_LENGTH = 80  # the number columns
_FIELD = "pattern"
_SAMPLE_DAY = dt.date(2026, 12, 21)


def _names(pattern: str) -> list[tuple[str, str]]:
    """(placeholder, format spec) pairs; a stray brace is a ValidationError."""
    try:
        parsed = list(string.Formatter().parse(pattern))
    except ValueError:
        raise ValidationError(
            _FIELD,
            f"Pola '{pattern}' memuat kurung kurawal yang tidak berpasangan; tulis tempat isian "
            "sebagai {seq}, {counter}, {year} …",
        ) from None
    return [(name, spec or "") for _, name, spec, _ in parsed if name is not None]


def check_pattern(pattern: str) -> None:
    """Refuse a pattern that could give one number twice, or that cannot be filled."""
    if not pattern.strip():
        raise ValidationError(
            _FIELD, "Pola nomor surat wajib diisi, mis. " + DEFAULT_PATTERNS[MINUTES]
        )
    used = _names(pattern)
    names = {name for name, _ in used}
    known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
    unknown = sorted(n for n in names if n not in PLACEHOLDERS)
    if unknown:
        shown = ", ".join("{" + n + "}" for n in unknown)
        raise ValidationError(
            _FIELD, f"Tempat isian {shown} tidak dikenal. Yang dapat dipakai: {known}."
        )
    for needed, why in (
        ("seq", "nomor urut {seq}"),
        ("counter", "kode loket {counter} (nomor harus unik per loket)"),
    ):
        if needed not in names:
            raise ValidationError(_FIELD, f"Pola '{pattern}' harus memuat {why}.")
    if not names & {"year", "yy"}:
        raise ValidationError(
            _FIELD,
            f"Pola '{pattern}' harus memuat tahun {{year}} atau {{yy}}: nomor urut mulai "
            "lagi dari 1 setiap tahun.",
        )
    try:
        sample = format_letter_number(
            pattern, seq=7, code=MINUTES, unit="UNIT", counter="L01", day=_SAMPLE_DAY
        )
    except (ValueError, TypeError):
        specs = ", ".join("{" + n + ":" + s + "}" for n, s in used if s)
        raise ValidationError(
            _FIELD, f"Format {specs} tidak dapat dipakai; tulis mis. {{seq:03}} untuk 007."
        ) from None
    if len(sample) > MAX_LENGTH - 10:
        raise ValidationError(
            _FIELD,
            f"Pola terlalu panjang (contoh: '{sample}'); paling banyak {MAX_LENGTH - 10} huruf.",
        )


def format_letter_number(
    pattern: str, *, seq: int, code: str, unit: str, counter: str, day: dt.date
) -> str:
    """``format_letter_number(DEFAULT_PATTERNS["BA"], seq=7, code="BA", unit="LST",
    counter="D01", day=date(2026, 12, 21))`` → ``007/BA/LST/D01/XII/2026``."""
    return pattern.format(
        seq=seq,
        code=code,
        unit=unit,
        counter=counter,
        day=f"{day.day:02d}",
        month=f"{day.month:02d}",
        month_roman=roman(day.month),
        year=day.year,
        yy=f"{day.year % 100:02d}",
    )


def unit_abbreviation(unit: str) -> str:
    """``{unit}`` when the admin wrote none: the initials of the unit's words
    ("Loket Sertifikasi Terpadu" → "LST"); words in capitals are kept ("BDK Medan")."""
    parts = []
    for word in unit.replace("-", " ").split():
        letters = "".join(c for c in word if c.isalnum())
        if not letters:
            continue
        if len(letters) > 1 and letters.isupper():
            parts.append(letters)
        elif letters[0].isupper() or letters[0].isdigit():
            parts.append(letters[0])
    return "".join(parts).upper()
