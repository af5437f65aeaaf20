"""Numbers, days and dates written out in Indonesian words, as official letters need them.

A Berita Acara opens "Pada hari ini, Senin tanggal dua puluh satu bulan Desember tahun dua
ribu dua puluh enam, …" (Tata Naskah Dinas): the date in words cannot be altered by adding
a stroke to a digit. Letter numbers carry the month in Roman numerals (``…/XII/2026``).

Rules of Indonesian (KBBI / PUEBI): "se-" replaces "satu" before "belas", "puluh",
"ratus" and "ribu" (sebelas, sepuluh, seratus, seribu), but not before "juta" and larger
("satu juta"); 11–19 are "… belas".
"""

from __future__ import annotations

import datetime as dt

from counterdesk.domain.formatting import MONTHS, day_name

__all__ = ["date_words", "day_name", "month_name", "number_words", "roman"]

_UNITS: tuple[str, ...] = (
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
)
# Groups of three digits above the units, smallest first (10^3, 10^6, …).
_SCALES: tuple[str, ...] = ("ribu", "juta", "miliar", "triliun")
_LIMIT = 1000 ** (len(_SCALES) + 1)


def _below_thousand(n: int) -> list[str]:
    """1–999 as words (empty for 0)."""
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words += [_UNITS[hundreds], "ratus"]
    if rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif 12 <= rest <= 19:
        words += [_UNITS[rest - 10], "belas"]
    else:
        tens, unit = divmod(rest, 10)
        if tens:
            words += [_UNITS[tens], "puluh"]
        if unit:
            words.append(_UNITS[unit])
    return words


def number_words(n: int) -> str:
    """``2026`` → ``dua ribu dua puluh enam``; ``1000`` → ``seribu``; ``0`` → ``nol``.

    Refuses negative numbers and numbers of a thousand trillion or more (no letter
    needs them, and a wrong word there would be worse than an error).
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"number_words takes an int, got {type(n).__name__}")
    if n < 0:
        raise ValueError(f"number_words takes a number of zero or more, got {n}")
    if n >= _LIMIT:
        raise ValueError(f"number_words goes up to {_LIMIT - 1}, got {n}")
    if n == 0:
        return _UNITS[0]
    words: list[str] = []
    groups: list[int] = []
    while n:
        n, group = divmod(n, 1000)
        groups.append(group)
    for power in range(len(groups) - 1, -1, -1):
        group = groups[power]
        if not group:
            continue
        if power == 1 and group == 1:
            words.append("seribu")  # but "seratus satu ribu" for 101 000
            continue
        words += _below_thousand(group)
        if power:
            words.append(_SCALES[power - 1])
    return " ".join(words)


def month_name(month: int) -> str:
    """``12`` → ``Desember``."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1–12, got {month}")
    return MONTHS[month - 1]


def date_words(d: dt.date) -> str:
    """``Senin tanggal dua puluh satu bulan Desember tahun dua ribu dua puluh enam``.

    The opening of a Berita Acara reads "Pada hari ini, {date_words(d)}, bertempat di …".
    """
    return (
        f"{day_name(d)} tanggal {number_words(d.day)} bulan {month_name(d.month)} "
        f"tahun {number_words(d.year)}"
    )


_ROMAN: tuple[tuple[int, str], ...] = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def roman(n: int) -> str:
    """``12`` → ``XII`` (the month in a letter number); 1–3999."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"roman takes an int, got {type(n).__name__}")
    if not 1 <= n <= 3999:
        raise ValueError(f"roman numerals go from 1 to 3999, got {n}")
    out: list[str] = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)
