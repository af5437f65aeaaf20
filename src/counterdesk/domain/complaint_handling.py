"""The words and rules of handling a complaint (issue 10 points 1-4; seed 004 §6).

What a complaint is classified by (the standard's components, PermenPANRB 15/2014), where
it is routed (seed 004's three resolution categories), the analysis steps of its case
log, the channels it arrives and is answered by, the status it moves through, and what
must be filled in before it may be closed. Pure: no I/O; the catalogue policy and the
calendar are passed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from counterdesk.domain.catalog import CHANNEL_LABELS, ComplaintPolicy
from counterdesk.domain.complaint_rules import Classification, classify
from counterdesk.domain.errors import ValidationError
from counterdesk.domain.formatting import format_date_with_day
from counterdesk.domain.workdays import WorkCalendar

__all__ = [
    "COMPLAINT_CHANNELS",
    "COMPONENTS",
    "CONTENT_HIDDEN",
    "IDENTITY_HIDDEN",
    "MAX_ATTACHMENT_BYTES",
    "OUTCOME_CHANNELS",
    "ROUTES",
    "STEP_KINDS",
    "PolicyTerms",
    "check_attachment",
    "close_blocker",
    "default_subject",
    "policy_terms",
    "route_labels",
    "status_after_step",
]

COMPONENTS: Mapping[str, str] = MappingProxyType(
    {
        "persyaratan": "Persyaratan",
        "prosedur": "Sistem, mekanisme dan prosedur",
        "jangka_waktu": "Jangka waktu penyelesaian",
        "biaya": "Biaya/tarif",
        "produk": "Produk pelayanan",
        "sarana": "Sarana, prasarana dan/atau fasilitas",
        "kompetensi": "Kompetensi pelaksana",
        "perilaku": "Perilaku pelaksana",
        "penanganan_pengaduan": "Penanganan pengaduan, saran dan masukan",
        "lainnya": "Lainnya",
    }
)

ROUTES: Mapping[str, str] = MappingProxyType(
    {
        "internal": "Internal unit layanan",
        "tim-teknis": "Tim teknis / instansi lain",
        "apip": "APIP (Aparat Pengawas Intern Pemerintah)",
    }
)

STEP_KINDS: Mapping[str, str] = MappingProxyType(
    {
        "inti_masalah": "Inti masalah",
        "aturan_terkait": "Kaitan dengan SP/SOP/peraturan",
        "dokumen_terdahulu": "Dokumen/informasi terdahulu",
        "rencana": "Rencana penanganan",
        "klarifikasi": "Klarifikasi/konfirmasi/pemeriksaan",
        "tanggapan": "Tanggapan kepada pelapor",
        "catatan": "Catatan",
    }
)
RESPONSE_STEP = "tanggapan"

COMPLAINT_CHANNELS: tuple[str, ...] = (
    "datang_langsung",
    "surat",
    "email",
    "telepon",
    "whatsapp",
    "sms",
    "media_sosial",
    "website",
    "kotak_saran",
    "sp4n_lapor",
)
OUTCOME_CHANNELS: tuple[str, ...] = tuple(c for c in COMPLAINT_CHANNELS if c != "kotak_saran")

# stored Complaint.status: open -> in_review -> answered -> closed
RUNNING_STATUSES = frozenset({"open", "in_review"})  # the response deadline still counts
CLOSED = "closed"

IDENTITY_HIDDEN = "(dirahasiakan)"
CONTENT_HIDDEN = "(isi dirahasiakan — hanya atasan)"

DEFAULT_RESPONSE_WORKING_DAYS = 14
OVERRIDE_REASON_MIN = 10
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
SUBJECT_MAX = 80
# no window: no report is ever this late, but a service date after the report is still
# refused by the rule
_NO_WINDOW = 10**6

CLOSE_NEEDS_OUTCOME = (
    "Isi hasil penanganan, tanggal dan saluran penyampaiannya kepada pelapor sebelum menutup."
)


@dataclass(frozen=True, slots=True)
class PolicyTerms:
    """What a standard's complaint policy means for the classification: the window in
    calendar days (``None``: no window, e.g. seed 002) and the response in working days."""

    window_days: int | None
    response_working_days: int
    from_standard: bool  # False: the standard sets no response time, the default applies

    @property
    def text(self) -> str:
        """One sentence for the form: ``Batas pengaduan 30 hari kalender …``."""
        answer = f"wajib ditanggapi paling lambat {self.response_working_days} hari kerja"
        if not self.from_standard:
            answer += " (standar tidak menetapkan; dipakai ketentuan umum)"
        if self.window_days is None:
            return answer[0].upper() + answer[1:] + " sejak pengaduan diterima."
        return (
            f"Batas pengaduan {self.window_days} hari kalender sejak layanan diterima "
            f"(lewat dari itu dicatat sebagai saran); {answer}."
        )

    def classify(
        self,
        *,
        has_identity: bool,
        matter: str,
        received_on: dt.date,
        counted_from: dt.date,
        service_received_on: dt.date | None,
        calendar: WorkCalendar,
    ) -> Classification:
        """The admissibility rule with these terms; ``counted_from`` is day 0 of the
        deadline (the next working day for a report after closing or on a closed day),
        and the reason says so when it is not the day the report arrived."""
        result = classify(
            has_identity=has_identity,
            matter=matter,
            received_on=received_on,
            service_received_on=service_received_on,
            window_days=self.window_days or _NO_WINDOW,
            response_working_days=self.response_working_days,
            calendar=calendar,
            counted_from=counted_from,
        )
        if result.kind == "complaint" and counted_from != received_on:
            return Classification(
                result.kind,
                f"{result.reason} Diterima di luar jam/hari layanan, jadi dihitung sejak "
                f"{format_date_with_day(counted_from)}.",
                result.due_on,
                result.warnings,
            )
        return result


def policy_terms(policy: ComplaintPolicy | None) -> PolicyTerms:
    """The window applies only when the standard treats late reports as suggestions."""
    days = policy.response_working_days if policy else None
    window = policy.window_calendar_days if policy and policy.late_as_suggestion else None
    return PolicyTerms(window, days or DEFAULT_RESPONSE_WORKING_DAYS, days is not None)


def route_labels(policy: ComplaintPolicy | None) -> dict[str, str]:
    """The routes, named as the standard's own resolution categories name them."""
    labels = dict(ROUTES)
    for category in policy.resolution_categories if policy else ():
        if category.code in labels:
            labels[category.code] = category.name
    return labels


def channel_label(code: str) -> str:
    return CHANNEL_LABELS.get(code, code)


def default_subject(matter: str, subject: str = "") -> str:
    """The short title: the one typed, else the matter's first line cut at a word."""
    if subject.strip():
        return " ".join(subject.split())[:300]
    first = next((line.strip() for line in matter.splitlines() if line.strip()), "")
    if not first:
        return "(tanpa materi)"
    if len(first) <= SUBJECT_MAX:
        return first
    cut = first[: SUBJECT_MAX - 1].rsplit(" ", 1)[0]
    return cut + "…"


def status_after_step(status: str, step_kind: str) -> str:
    """A response answers the complaint; any other step means it is being examined."""
    if status == CLOSED:
        return status
    if step_kind == RESPONSE_STEP:
        return "answered"
    return "in_review" if status == "open" else status


def close_blocker(
    *, status: str, outcome: str, communicated_on: dt.date | None, channel: str
) -> str:
    """Why a complaint may not be closed yet ("" when it may)."""
    if status == CLOSED:
        return "Pengaduan ini sudah ditutup."
    if not outcome.strip() or communicated_on is None or not channel:
        return CLOSE_NEEDS_OUTCOME
    return ""


def check_attachment(filename: str, size: int) -> str:
    """The name to store; refuses an empty file or one over the limit, saying what to do."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1].strip()
    if not name:
        raise ValidationError("lampiran", "Lampiran tanpa nama berkas; pilih berkasnya lagi.")
    if size == 0:
        raise ValidationError("lampiran", f"Berkas '{name}' kosong (0 bita); pilih berkas lain.")
    if size > MAX_ATTACHMENT_BYTES:
        limit = MAX_ATTACHMENT_BYTES // (1024 * 1024)
        raise ValidationError(
            "lampiran",
            f"Berkas '{name}' berukuran {size / (1024 * 1024):.1f} MB, melebihi batas "
            f"{limit} MB. Perkecil (mis. pindai ulang dengan resolusi lebih rendah atau "
            "simpan sebagai PDF) lalu lampirkan lagi.",
        )
    return name[:255]
