"""Identity numbers and contact details typed at the counter: NIK, NIP, NIB, phone, e-mail.

Each check says what is wrong and how to fix it, quoting what was typed, because the
applicant is usually standing at the desk and can show the card.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from counterdesk.domain.errors import ValidationError
from counterdesk.domain.formatting import format_date_numeric

Sex = Literal["L", "P"]
NipKind = Literal["PNS", "PPPK"]
SEX_LABELS: Mapping[Sex, str] = MappingProxyType({"L": "laki-laki", "P": "perempuan"})

# Kemendagri province codes as used in NIK (the first two digits). 91-92 are Papua and
# Papua Barat; 93-96 are the provinces formed in 2022 (Papua Selatan, Papua Tengah,
# Papua Pegunungan, Papua Barat Daya). A NIK keeps the code of the place it was first
# issued, so pre-split codes stay valid forever.
PROVINCES: Mapping[str, str] = MappingProxyType(
    {
        "11": "Aceh",
        "12": "Sumatera Utara",
        "13": "Sumatera Barat",
        "14": "Riau",
        "15": "Jambi",
        "16": "Sumatera Selatan",
        "17": "Bengkulu",
        "18": "Lampung",
        "19": "Kepulauan Bangka Belitung",
        "21": "Kepulauan Riau",
        "31": "DKI Jakarta",
        "32": "Jawa Barat",
        "33": "Jawa Tengah",
        "34": "DI Yogyakarta",
        "35": "Jawa Timur",
        "36": "Banten",
        "51": "Bali",
        "52": "Nusa Tenggara Barat",
        "53": "Nusa Tenggara Timur",
        "61": "Kalimantan Barat",
        "62": "Kalimantan Tengah",
        "63": "Kalimantan Selatan",
        "64": "Kalimantan Timur",
        "65": "Kalimantan Utara",
        "71": "Sulawesi Utara",
        "72": "Sulawesi Tengah",
        "73": "Sulawesi Selatan",
        "74": "Sulawesi Tenggara",
        "75": "Gorontalo",
        "76": "Sulawesi Barat",
        "81": "Maluku",
        "82": "Maluku Utara",
        "91": "Papua",
        "92": "Papua Barat",
        "93": "Papua Selatan",
        "94": "Papua Tengah",
        "95": "Papua Pegunungan",
        "96": "Papua Barat Daya",
    }
)

_SEPARATORS = re.compile(r"[\s.\-]")


def _digits(field: str, label: str, text: str, length: int) -> str:
    """Strip spaces/dots/dashes (copied from a card), then demand exactly N digits."""
    compact = _SEPARATORS.sub("", text)
    bad = next((c for c in compact if not c.isascii() or not c.isdigit()), None)
    if bad is not None:
        hint = " (huruf O mungkin maksudnya angka 0)" if bad in "oO" else ""
        hint = " (huruf I/l mungkin maksudnya angka 1)" if bad in "Il" else hint
        raise ValidationError(
            field,
            f"{label} hanya boleh berisi angka; ada '{bad}' di posisi "
            f"{compact.index(bad) + 1}{hint}. Yang diketik: '{text.strip()}'.",
        )
    if len(compact) != length:
        raise ValidationError(
            field,
            f"{label} harus {length} angka; yang diketik {len(compact)} angka "
            f"('{text.strip()}'). Periksa kembali, mungkin ada angka yang terlewat atau ganda.",
        )
    return compact


def _date_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# -- NIK ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NikInfo:
    nik: str
    region_code: str  # province + regency + district, 6 digits
    birth_date: dt.date
    sex: Sex
    sequence: int

    @property
    def province_code(self) -> str:
        return self.region_code[:2]

    @property
    def province(self) -> str:
        return PROVINCES[self.province_code]


def parse_nik(text: str, today: dt.date | None = None) -> NikInfo:
    """Check a NIK and read region, birth date and sex from it.

    The two-digit year gets the latest century that does not put the birth after
    ``today`` (default: the system date).
    """
    nik = _digits("nik", "NIK", text, 16)
    province, regency, district = nik[0:2], nik[2:4], nik[4:6]
    if province not in PROVINCES:
        raise ValidationError(
            "nik",
            f"Kode provinsi '{province}' (2 angka pertama NIK) tidak dikenal; "
            "periksa kembali NIK pada KTP/KK.",
        )
    if regency == "00" or district == "00":
        raise ValidationError(
            "nik",
            f"Kode kabupaten/kota atau kecamatan di NIK (angka ke-3 s.d. 6: '{nik[2:6]}') "
            "tidak boleh 00; periksa kembali NIK pada KTP/KK.",
        )
    birth, sex = _nik_birth(nik, today or dt.date.today())
    sequence = int(nik[12:16])
    if sequence == 0:
        raise ValidationError(
            "nik", "Nomor urut NIK (4 angka terakhir) tidak boleh 0000; periksa kembali NIK."
        )
    return NikInfo(nik, nik[0:6], birth, sex, sequence)


def _nik_birth(nik: str, today: dt.date) -> tuple[dt.date, Sex]:
    day, month, yy = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    sex: Sex = "P" if day > 40 else "L"
    real_day = day - 40 if day > 40 else day
    for century in (2000, 1900):
        candidate = _date_or_none(century + yy, month, real_day)
        if candidate is not None and candidate <= today:
            return candidate, sex
    raise ValidationError(
        "nik",
        f"Tanggal lahir di NIK (angka ke-7 s.d. 12: '{nik[6:12]}', format TTBBTT) bukan "
        "tanggal yang ada; tanggal 01–31 untuk laki-laki, 41–71 untuk perempuan, "
        "bulan 01–12. Periksa kembali NIK pada KTP/KK.",
    )


def nik_warnings(info: NikInfo, birth_date: dt.date | None, sex: Sex | None) -> list[str]:
    """Differences between the NIK and the entered data: warnings, never errors.

    A NIK is never reissued even when its date was recorded wrongly, so the entered
    date may be right. Only day, month and the two-digit year are compared, since the
    century is a guess.
    """
    warnings: list[str] = []
    if birth_date is not None and (
        (info.birth_date.day, info.birth_date.month, info.birth_date.year % 100)
        != (birth_date.day, birth_date.month, birth_date.year % 100)
    ):
        warnings.append(
            f"Tanggal lahir di NIK ({format_date_numeric(info.birth_date)}) berbeda dengan "
            f"tanggal lahir yang diisi ({format_date_numeric(birth_date)})"
        )
    if sex is not None and sex != info.sex:
        warnings.append(
            f"Jenis kelamin di NIK ({SEX_LABELS[info.sex]}) berbeda dengan jenis kelamin "
            f"yang diisi ({SEX_LABELS[sex]})"
        )
    return warnings


# -- NIP ---------------------------------------------------------------------------------
# PNS (Perka BKN 22/2007): birth YYYYMMDD + TMT CPNS YYYYMM + sex (1 L, 2 P) + seq (3).
# PPPK: birth YYYYMMDD + appointment year YYYY + "21" (PPPK code where PNS has a month,
# so the two layouts cannot be confused) + sex + seq (3).
PPPK_CODE = "21"


@dataclass(frozen=True, slots=True)
class NipInfo:
    nip: str
    kind: NipKind
    birth_date: dt.date
    appointment: tuple[int, int | None]  # (year, month); PPPK has no month
    sex: Sex
    sequence: int


def parse_nip(text: str, today: dt.date | None = None) -> NipInfo:
    """Check a NIP (PNS or PPPK) and read birth date, appointment and sex."""
    nip = _digits("nip", "NIP", text, 18)
    today = today or dt.date.today()
    birth = _date_or_none(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    if birth is None or birth > today or birth.year < 1900:
        raise ValidationError(
            "nip",
            f"Tanggal lahir di NIP (8 angka pertama, format TTTTBBHH: '{nip[0:8]}') bukan "
            "tanggal yang mungkin; periksa kembali NIP pada SK atau kartu pegawai.",
        )
    year, code = int(nip[8:12]), nip[12:14]
    kind: NipKind = "PPPK" if code == PPPK_CODE else "PNS"
    month: int | None = None if kind == "PPPK" else int(code)
    if month is not None and not 1 <= month <= 12:
        raise ValidationError(
            "nip",
            f"Angka ke-13 s.d. 14 NIP ('{code}') harus bulan TMT 01–12 (PNS) atau 21 (PPPK); "
            "periksa kembali NIP.",
        )
    if year < birth.year + 15 or year > today.year + 1:
        raise ValidationError(
            "nip",
            f"Tahun pengangkatan di NIP (angka ke-9 s.d. 12: '{nip[8:12]}') tidak cocok "
            f"dengan tahun lahir {birth.year}; periksa kembali NIP.",
        )
    sex_digit = nip[14]
    if sex_digit not in "12":
        raise ValidationError(
            "nip",
            f"Angka ke-15 NIP adalah jenis kelamin (1 laki-laki, 2 perempuan), bukan "
            f"'{sex_digit}'; periksa kembali NIP.",
        )
    sequence = int(nip[15:18])
    if sequence == 0:
        raise ValidationError(
            "nip", "Nomor urut NIP (3 angka terakhir) tidak boleh 000; periksa kembali NIP."
        )
    sex: Sex = "L" if sex_digit == "1" else "P"
    return NipInfo(nip, kind, birth, (year, month), sex, sequence)


def format_nip(nip: str) -> str:
    """``19800101 200501 1 001``: a NIP grouped the way BKN prints it, on screen and on
    paper alike — birth date (8), TMT CPNS or PPPK appointment (6), sex (1), sequence (3).

    Spaces, dots and dashes typed in between are ignored; anything that is not 18 digits
    is shown as typed (stripped), never guessed at.
    """
    compact = _SEPARATORS.sub("", nip)
    if len(compact) == 18 and compact.isascii() and compact.isdigit():
        return f"{compact[:8]} {compact[8:14]} {compact[14]} {compact[15:]}"
    return nip.strip()


# -- NIB ---------------------------------------------------------------------------------


def validate_nib(text: str) -> str:
    """NIB from OSS: 13 digits. There is no published check digit, so only the shape."""
    return _digits("nib", "NIB", text, 13)


# -- phone -------------------------------------------------------------------------------

_PHONE_JUNK = re.compile(r"[\s\-().]")


def normalize_phone(text: str, *, mobile_only: bool = False) -> str:
    """Indonesian phone number as ``+62…``; accepts ``+62``, ``62`` or ``0`` in front.

    Mobile numbers (08…) have 10–13 digits written with the leading 0; landlines
    (area code + number, e.g. 0264 8224794) 9–12. ``mobile_only`` for WhatsApp/SMS.
    """
    typed = text.strip()
    compact = _PHONE_JUNK.sub("", typed)
    if compact.startswith("+62"):
        national = compact[3:]
    elif compact.startswith("62"):
        national = compact[2:]
    elif compact.startswith("0"):
        national = compact[1:]
    else:
        raise ValidationError(
            "telepon",
            f"Nomor telepon harus diawali 0, 62 atau +62 (contoh: 0812-3456-7890); "
            f"yang diketik: '{typed}'.",
        )
    national = national.removeprefix("0")  # "+62 (0)812..." is common on letterheads
    if not national:
        raise ValidationError("telepon", f"Nomor telepon belum lengkap; yang diketik: '{typed}'.")
    if not national.isascii() or not national.isdigit():
        raise ValidationError(
            "telepon",
            f"Nomor telepon hanya boleh berisi angka (spasi dan tanda - boleh); "
            f"yang diketik: '{typed}'.",
        )
    with_zero = len(national) + 1
    if national.startswith("8"):
        if not 10 <= with_zero <= 13:
            raise ValidationError(
                "telepon",
                f"Nomor HP harus 10–13 angka termasuk 0 di depan; yang diketik {with_zero} "
                f"angka ('{typed}'). Periksa apakah ada angka yang terlewat atau ganda.",
            )
    elif mobile_only:
        raise ValidationError(
            "telepon",
            f"Isi nomor HP (diawali 08 atau +628), bukan telepon kantor/rumah; "
            f"yang diketik: '{typed}'.",
        )
    elif national.startswith("1") or not 9 <= with_zero <= 12:
        raise ValidationError(
            "telepon",
            f"Nomor telepon tetap harus kode area + nomor, 9–12 angka termasuk 0 di depan "
            f"(contoh: 0264 8224794); yang diketik: '{typed}'.",
        )
    return "+62" + national


# -- e-mail ------------------------------------------------------------------------------

_LOCAL_RE = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+")
_LABEL_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")


def validate_email(text: str) -> str:
    """Syntactic check only (no network): catches the typos seen at a counter.

    Returns the address trimmed, with the domain lower-cased.
    """
    typed = text.strip()

    def fail(problem: str) -> ValidationError:
        return ValidationError(
            "email",
            f"Alamat e-mail {problem}; contoh yang benar: nama@contoh.go.id. "
            f"Yang diketik: '{typed}'.",
        )

    if any(c.isspace() for c in typed):
        raise fail("tidak boleh mengandung spasi")
    if typed.count("@") != 1:
        raise fail("harus memuat tepat satu tanda @")
    local, domain = typed.split("@")
    if not local:
        raise fail("belum memuat nama sebelum tanda @")
    if len(local) > 64 or not _LOCAL_RE.fullmatch(local):
        raise fail(f"memuat karakter yang tidak boleh sebelum tanda @ ('{local}')")
    if local.startswith(".") or local.endswith(".") or ".." in local:
        raise fail("tidak boleh memuat titik di awal/akhir nama atau dua titik berturut-turut")
    labels = domain.split(".")
    if len(labels) < 2:
        after = f" (tertulis '{domain}')" if domain else " (belum ada apa pun setelah @)"
        raise fail(f"harus memuat domain lengkap setelah @, misalnya gmail.com{after}")
    if not all(_LABEL_RE.fullmatch(label) for label in labels):
        raise fail(f"memuat nama domain yang tidak sah ('{domain}')")
    if not labels[-1].isalpha() or len(labels[-1]) < 2:
        raise fail(f"harus diakhiri domain seperti .com, .id atau .go.id ('{domain}')")
    return f"{local}@{domain.lower()}"
