"""People named on documents: the applicant and the officer who served them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Applicant:
    """Pemohon: a person (NIK) or a business (NIB); ``id_label`` says which.

    ``address`` is printed where a letter is addressed to the applicant (``\n`` breaks it).
    """

    name: str
    id_label: str = "NIK"
    id_number: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""


@dataclass(frozen=True, slots=True)
class Officer:
    """The petugas who signs; ``nip`` may be empty for non-civil-servant staff."""

    name: str
    nip: str = ""


def format_nip(nip: str) -> str:
    """``19700101 199503 2 001`` — the grouping printed under signatures."""
    digits = nip.replace(" ", "")
    if len(digits) == 18 and digits.isdigit():
        return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"
    return nip.strip()
