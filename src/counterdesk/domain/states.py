"""Application status: the vocabulary, Indonesian labels, and a rank order for sync
(a later stage wins; statuses are never compared as text)."""

from __future__ import annotations

from enum import StrEnum


class AppStatus(StrEnum):
    RECEIVED = "received"  # diterima, berkas belum diperiksa
    INCOMPLETE = "incomplete"  # berkas belum lengkap, dikembalikan ke pemohon
    AWAITING_SIGNOFF = "awaiting_signoff"  # lengkap menurut petugas, menunggu atasan
    IN_PROCESS = "in_process"  # disetujui, jam layanan berjalan
    PAUSED = "paused"  # pembayaran / menunggu pemohon / kuota: jam berhenti
    READY = "ready"  # produk siap diambil
    DONE = "done"  # produk diserahkan
    REJECTED = "rejected"  # ditolak (dengan alasan)
    WITHDRAWN = "withdrawn"  # dicabut pemohon (dengan alasan)


STATUS_LABELS: dict[AppStatus, str] = {
    AppStatus.RECEIVED: "Diterima",
    AppStatus.INCOMPLETE: "Berkas belum lengkap",
    AppStatus.AWAITING_SIGNOFF: "Menunggu persetujuan atasan",
    AppStatus.IN_PROCESS: "Diproses",
    AppStatus.PAUSED: "Ditunda (jam berhenti)",
    AppStatus.READY: "Siap diambil",
    AppStatus.DONE: "Selesai",
    AppStatus.REJECTED: "Ditolak",
    AppStatus.WITHDRAWN: "Dicabut",
}

STATUS_RANK: dict[AppStatus, int] = {status: i for i, status in enumerate(AppStatus)}

# In a fixed order: the queue's partial index is defined on exactly this list.
OPEN_ORDER: tuple[AppStatus, ...] = (
    AppStatus.RECEIVED,
    AppStatus.INCOMPLETE,
    AppStatus.AWAITING_SIGNOFF,
    AppStatus.IN_PROCESS,
    AppStatus.PAUSED,
    AppStatus.READY,
)
OPEN_STATUSES: frozenset[AppStatus] = frozenset(OPEN_ORDER)
# The same list as SQL, for the partial index and the queries that must match it.
OPEN_SQL = "status IN (" + ", ".join(f"'{s.value}'" for s in OPEN_ORDER) + ")"
# The service clock runs only in these; elsewhere the due date does not apply or is paused.
CLOCK_RUNNING: frozenset[AppStatus] = frozenset({AppStatus.AWAITING_SIGNOFF, AppStatus.IN_PROCESS})
# Files waiting for the officer's check (Verifikasi › Perlu diperiksa), oldest first: read
# from their own partial index, whose condition the query repeats literally (TO_CHECK_SQL).
TO_CHECK_ORDER: tuple[AppStatus, ...] = (AppStatus.RECEIVED, AppStatus.INCOMPLETE)
TO_CHECK: frozenset[AppStatus] = frozenset(TO_CHECK_ORDER)
TO_CHECK_SQL = "status IN (" + ", ".join(f"'{s.value}'" for s in TO_CHECK_ORDER) + ")"


class ComplaintKind(StrEnum):
    COMPLAINT = "pengaduan"
    SUGGESTION = "saran"
    INFORMATION = "informasi"


COMPLAINT_KIND_LABELS: dict[ComplaintKind, str] = {
    ComplaintKind.COMPLAINT: "Pengaduan",
    ComplaintKind.SUGGESTION: "Saran/masukan",
    ComplaintKind.INFORMATION: "Permintaan informasi",
}

COMPLAINT_STATUS_LABELS: dict[str, str] = {
    "open": "Baru",
    "in_review": "Ditelaah",
    "answered": "Dijawab",
    "escalated": "Dieskalasi",
    "closed": "Selesai",
}
