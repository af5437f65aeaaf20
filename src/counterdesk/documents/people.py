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
