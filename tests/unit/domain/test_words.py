"""Numbers, days and dates in Indonesian words, as a Berita Acara spells them."""

from __future__ import annotations

import datetime as dt

import pytest

from counterdesk.domain.words import date_words, day_name, month_name, number_words, roman

NUMBERS = {
    0: "nol",
    1: "satu",
    2: "dua",
    3: "tiga",
    4: "empat",
    5: "lima",
    6: "enam",
    7: "tujuh",
    8: "delapan",
    9: "sembilan",
    10: "sepuluh",
    11: "sebelas",
    12: "dua belas",
    13: "tiga belas",
    14: "empat belas",
    15: "lima belas",
    16: "enam belas",
    17: "tujuh belas",
    18: "delapan belas",
    19: "sembilan belas",
    20: "dua puluh",
    21: "dua puluh satu",
    30: "tiga puluh",
    31: "tiga puluh satu",
    99: "sembilan puluh sembilan",
    100: "seratus",
    101: "seratus satu",
    110: "seratus sepuluh",
    111: "seratus sebelas",
    115: "seratus lima belas",
    200: "dua ratus",
    999: "sembilan ratus sembilan puluh sembilan",
    1000: "seribu",
    1001: "seribu satu",
    1100: "seribu seratus",
    1990: "seribu sembilan ratus sembilan puluh",
    2000: "dua ribu",
    2026: "dua ribu dua puluh enam",
    10_000: "sepuluh ribu",
    11_000: "sebelas ribu",
    100_000: "seratus ribu",
    101_000: "seratus satu ribu",
    1_000_000: "satu juta",
    1_001_000: "satu juta seribu",
    2_500_000: "dua juta lima ratus ribu",
    1_000_000_000: "satu miliar",
    1_000_000_000_000: "satu triliun",
}


@pytest.mark.parametrize(("n", "words"), list(NUMBERS.items()))
def test_number_words(n: int, words: str) -> None:
    assert number_words(n) == words


def test_negative_and_too_large_numbers_are_refused() -> None:
    with pytest.raises(ValueError, match="zero or more"):
        number_words(-1)
    with pytest.raises(ValueError, match="goes up to"):
        number_words(1000**5)
    with pytest.raises(TypeError):
        number_words(True)


# Monday 21 December 2026 through Sunday 27 December 2026.
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


@pytest.mark.parametrize(("offset", "name"), list(enumerate(DAYS)))
def test_every_day_of_the_week(offset: int, name: str) -> None:
    assert day_name(dt.date(2026, 12, 21) + dt.timedelta(days=offset)) == name


def test_month_names() -> None:
    assert [month_name(m) for m in (1, 2, 8, 12)] == ["Januari", "Februari", "Agustus", "Desember"]
    with pytest.raises(ValueError):
        month_name(13)


@pytest.mark.parametrize(
    ("day", "words"),
    [
        (
            dt.date(2026, 12, 21),
            "Senin tanggal dua puluh satu bulan Desember tahun dua ribu dua puluh enam",
        ),
        (dt.date(2026, 1, 1), "Kamis tanggal satu bulan Januari tahun dua ribu dua puluh enam"),
        (dt.date(2027, 3, 11), "Kamis tanggal sebelas bulan Maret tahun dua ribu dua puluh tujuh"),
        (dt.date(2030, 8, 17), "Sabtu tanggal tujuh belas bulan Agustus tahun dua ribu tiga puluh"),
        (
            dt.date(2026, 11, 30),
            "Senin tanggal tiga puluh bulan November tahun dua ribu dua puluh enam",
        ),
    ],
)
def test_date_words(day: dt.date, words: str) -> None:
    assert date_words(day) == words


@pytest.mark.parametrize(
    ("n", "numeral"),
    [(1, "I"), (2, "II"), (3, "III"), (4, "IV"), (5, "V"), (6, "VI"), (7, "VII"), (8, "VIII"),
     (9, "IX"), (10, "X"), (11, "XI"), (12, "XII"), (40, "XL"), (2026, "MMXXVI")],
)  # fmt: skip
def test_roman(n: int, numeral: str) -> None:
    assert roman(n) == numeral


def test_roman_refuses_zero_and_negative() -> None:
    for bad in (0, -3, 4000):
        with pytest.raises(ValueError):
            roman(bad)
