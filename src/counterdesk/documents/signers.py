"""People who sign an official letter or a Berita Acara, as printed under the signature.

Plain data, no ReportLab: services build these from users and applicants.
"""

from __future__ import annotations

from dataclasses import dataclass

from counterdesk.domain.identity import format_nip


@dataclass(frozen=True, slots=True)
class Signer:
    """Anyone who signs: officers (NIP, jabatan), the interviewee (NIK), a witness.

    ``nip`` is printed grouped (``NIP 19900101 201503 2 002``); for someone without a NIP
    ``id_label``/``id_number`` give another identity line (``NIK 3171…``).
    """

    name: str
    nip: str = ""  # printed grouped with domain.identity.format_nip
    title: str = ""  # jabatan, e.g. "Kepala Seksi Sertifikasi"
    id_label: str = ""  # "NIK" for the interviewee
    id_number: str = ""

    @property
    def id_line(self) -> str:
        """``NIP 19900101 201503 2 002``, else ``NIK 3171…``, else empty."""
        if self.nip.strip():
            return f"NIP {format_nip(self.nip)}"
        if self.id_number.strip():
            return f"{self.id_label.strip() or 'No. identitas'} {self.id_number.strip()}"
        return ""


def identity_rows(signer: Signer) -> list[tuple[str, str]]:
    """``Nama : …``, ``NIP : …`` (or ``NIK : …``), ``Jabatan : …`` rows, empty ones left out.

    The way a letter introduces "yang bertanda tangan di bawah ini" or a person interviewed.
    """
    rows = [("Nama", signer.name.strip())]
    if signer.nip.strip():
        rows.append(("NIP", format_nip(signer.nip)))
    elif signer.id_number.strip():
        rows.append((signer.id_label.strip() or "No. identitas", signer.id_number.strip()))
    if signer.title.strip():
        rows.append(("Jabatan", signer.title.strip()))
    return rows
