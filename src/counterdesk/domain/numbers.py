"""Human-facing numbers: ``{PREFIX}-{COUNTER}-{YY}-{SEQ:06d}{CHECK}``.

The counter code keeps offline counters from ever issuing the same number; the check
character (ISO 7064 MOD 37-2, python-stdnum) catches a mistyped or misscanned number
before it is looked up.

The check character is computed over the number without it, with each ``-`` replaced by
``*`` — e.g. ``TT*L01*26*000123`` for ``TT-L01-26-000123``. Taking the separators in
(``*`` is in the MOD 37-2 alphabet) means a hyphen swapped with a neighbour
(``SRT-L01`` → ``SR-TL01``) is caught too, not only changed letters and digits. The
check character is one of ``0-9``, ``A-Z`` or ``*``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from stdnum.iso7064 import mod_37_2

from counterdesk.domain.errors import ValidationError

RECEIPT = "TT"  # tanda terima
CERTIFICATE = "SRT"  # sertifikat (serial)
LETTER = "SK"  # surat keterangan (ralat, kehilangan/pengganti, ...)
COMPLAINT = "ADU"  # pengaduan
TICKET = "TIK"  # tiket layanan informasi
MINUTES = "BA"  # berita acara (wawancara)

PREFIXES: Mapping[str, str] = MappingProxyType(
    {
        RECEIPT: "Tanda terima",
        CERTIFICATE: "Sertifikat",
        LETTER: "Surat keterangan",
        COMPLAINT: "Pengaduan",
        TICKET: "Tiket layanan informasi",
        MINUTES: "Berita acara",
    }
)

MAX_SEQ = 999_999
_FIELD = "nomor"
_EXAMPLE = "TT-L01-26-000123" + mod_37_2.calc_check_digit("TT*L01*26*000123")
_PREFIX_RE = re.compile(r"[A-Z]{2,4}")
_COUNTER_RE = re.compile(r"[A-Z0-9]{2,4}")
_NUMBER_RE = re.compile(
    r"(?P<prefix>[A-Z]{2,4})-(?P<counter>[A-Z0-9]{2,4})-(?P<yy>[0-9]{2})-"
    r"(?P<seq>[0-9]{6})(?P<check>[0-9A-Z*])"
)


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    prefix: str
    counter: str
    yy: int
    seq: int

    @property
    def text(self) -> str:
        """The canonical form, check character included."""
        return _with_check(_body(self.prefix, self.counter, self.yy, self.seq))


def validate_counter_code(text: str) -> str:
    """Counter code as set by an admin: 2–4 letters/digits, returned upper-case."""
    code = text.strip().upper()
    if not _COUNTER_RE.fullmatch(code):
        raise ValidationError(
            "kode_loket",
            f"Kode loket harus 2–4 huruf atau angka tanpa spasi/tanda, misalnya 'L01'; "
            f"yang diketik: '{text}'.",
        )
    return code


def next_counter_code(old: str, taken: Iterable[str]) -> str:
    """A new code for a counter that was restored from a backup: the same letters and the
    next free digits (``L01`` → ``L02``, ``L99`` → ``L100``), never one in ``taken`` (every
    code ever used in this office, so no number can be issued twice)."""
    code = validate_counter_code(old)
    used = {t.strip().upper() for t in taken} | {code}
    letters = code.rstrip("0123456789")
    digits = code[len(letters) :]
    start = int(digits) + 1 if digits else 1
    for width in range(max(len(digits), 1), 4 - len(letters) + 1):
        for n in range(start, 10**width):
            candidate = f"{letters}{n:0{width}d}"
            if len(candidate) >= 2 and candidate not in used:
                return candidate
    raise ValidationError(
        "kode_loket",
        f"Tidak ada lagi kode loket bebas untuk {code} (2–4 huruf/angka, awalan "
        f"'{letters}'). Siapkan loket ini sebagai loket baru dengan kode lain.",
    )


def _body(prefix: str, counter: str, yy: int, seq: int) -> str:
    return f"{prefix}-{counter}-{yy:02d}-{seq:06d}"


def _check_char(body: str) -> str:
    return mod_37_2.calc_check_digit(body.replace("-", "*"))


def _with_check(body: str) -> str:
    return body + _check_char(body)


def format_number(prefix: str, counter: str, year: int, seq: int) -> str:
    """``format_number("TT", "L01", 2026, 123)`` → ``TT-L01-26-000123`` + check."""
    if not _PREFIX_RE.fullmatch(prefix):
        raise ValueError(f"prefix must be 2-4 upper-case letters, got {prefix!r}")
    code = validate_counter_code(counter)
    if not 1 <= seq <= MAX_SEQ:
        raise ValidationError(
            _FIELD,
            f"Nomor urut {seq} di luar batas 1–{MAX_SEQ} untuk {prefix}-{code} tahun {year}; "
            "hubungi admin untuk memberi kode loket baru.",
        )
    if year < 0:
        raise ValueError(f"year must not be negative, got {year}")
    return _with_check(_body(prefix, code, year % 100, seq))


def parse_number(text: str, expected_prefix: str | None = None) -> ParsedNumber:
    """Read a typed or scanned number; lowercase and surrounding whitespace are fine."""
    cleaned = text.strip().upper()
    match = _NUMBER_RE.fullmatch(cleaned)
    if match is None:
        raise ValidationError(
            _FIELD,
            f"Nomor '{text.strip()}' tidak sesuai format AWALAN-LOKET-TAHUN-URUT "
            f"(contoh: {_EXAMPLE}); periksa kembali nomor, termasuk tanda hubung.",
        )
    body = cleaned[:-1]
    expected = _check_char(body)
    if match["check"] != expected:
        raise ValidationError(
            _FIELD,
            # The right character is not given away: a typo may sit anywhere in the
            # number, and "fixing" only the last character would open another record.
            f"Karakter pemeriksa salah: nomor '{cleaned}' tidak cocok dengan karakter "
            "terakhirnya — kemungkinan salah ketik atau salah pindai. Baca ulang seluruh "
            "nomor dari tanda terima, atau pindai ulang barcode-nya.",
        )
    prefix = match["prefix"]
    if expected_prefix is not None and prefix != expected_prefix:
        wanted = PREFIXES.get(expected_prefix, expected_prefix)
        raise ValidationError(
            _FIELD,
            f"Nomor '{cleaned}' berawalan {prefix}, bukan nomor {wanted.lower()} "
            f"(awalan {expected_prefix}); periksa apakah dokumen yang dipindai sudah benar.",
        )
    return ParsedNumber(prefix, match["counter"], int(match["yy"]), int(match["seq"]))
