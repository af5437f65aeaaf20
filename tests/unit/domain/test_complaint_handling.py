"""The words and rules of complaint handling: policy terms per standard, the reason the
officer reads, the status a step moves to, what closing needs, the attachment limit."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counterdesk.domain.catalog import CHANNEL_LABELS
from counterdesk.domain.complaint_handling import (
    COMPLAINT_CHANNELS,
    MAX_ATTACHMENT_BYTES,
    OUTCOME_CHANNELS,
    ROUTES,
    STEP_KINDS,
    check_attachment,
    close_blocker,
    default_subject,
    policy_terms,
    route_labels,
    status_after_step,
)
from counterdesk.domain.errors import ValidationError
from counterdesk.domain.workdays import WorkCalendar
from counterdesk.services.catalog import load_catalog

D = dt.date
CAL = WorkCalendar()


def _policy(code: str):  # type: ignore[no-untyped-def]
    return load_catalog().standard(code).complaint


def test_every_channel_has_a_label_and_a_complaint_box_is_no_way_to_answer() -> None:
    assert all(c in CHANNEL_LABELS for c in COMPLAINT_CHANNELS)
    assert "kotak_saran" in COMPLAINT_CHANNELS and "kotak_saran" not in OUTCOME_CHANNELS
    assert list(STEP_KINDS)[:5] == [
        "inti_masalah",
        "aturan_terkait",
        "dokumen_terdahulu",
        "rencana",
        "klarifikasi",
    ]


def test_seed_004_terms_window_30_and_14_working_days() -> None:
    terms = policy_terms(_policy("sertifikat-standar-kbli-28173"))
    assert (terms.window_days, terms.response_working_days) == (30, 14)
    assert terms.text.startswith("Batas pengaduan 30 hari kalender sejak layanan diterima")
    assert "14 hari kerja" in terms.text


def test_seed_002_has_no_window_and_3_working_days() -> None:
    terms = policy_terms(_policy("sertifikasi-pns"))
    assert (terms.window_days, terms.response_working_days) == (None, 3)
    assert terms.text == "Wajib ditanggapi paling lambat 3 hari kerja sejak pengaduan diterima."


def test_a_standard_without_response_days_gets_14_and_says_so() -> None:
    terms = policy_terms(_policy("balai-sertifikasi"))
    assert terms.response_working_days == 14 and not terms.from_standard
    assert "standar tidak menetapkan" in terms.text
    assert policy_terms(None).response_working_days == 14


def test_without_a_window_a_late_report_is_still_a_complaint() -> None:
    terms = policy_terms(_policy("sertifikasi-pns"))
    result = terms.classify(
        has_identity=True,
        matter="Sertifikat belum diterima.",
        received_on=D(2026, 11, 2),
        counted_from=D(2026, 11, 2),
        service_received_on=D(2026, 6, 1),
        calendar=CAL,
    )
    assert result.kind == "complaint" and result.due_on == D(2026, 11, 5)


def test_a_service_date_after_the_report_is_refused_even_without_a_window() -> None:
    terms = policy_terms(_policy("sertifikasi-pns"))
    with pytest.raises(ValidationError, match="periksa kembali tanggal layanan"):
        terms.classify(
            has_identity=True,
            matter="x",
            received_on=D(2026, 11, 2),
            counted_from=D(2026, 11, 2),
            service_received_on=D(2026, 11, 3),
            calendar=CAL,
        )


def test_after_closing_the_deadline_counts_from_the_next_working_day_and_says_so() -> None:
    terms = policy_terms(_policy("sertifikasi-pns"))
    friday, monday = D(2026, 11, 6), D(2026, 11, 9)
    result = terms.classify(
        has_identity=True,
        matter="Berkas hilang.",
        received_on=friday,
        counted_from=monday,
        service_received_on=None,
        calendar=CAL,
    )
    assert result.due_on == D(2026, 11, 12)
    assert "dihitung sejak Senin, 9 November 2026" in result.reason


def test_route_labels_take_the_standards_own_names() -> None:
    own = route_labels(_policy("sertifikat-standar-kbli-28173"))
    assert own["internal"] == "Penyelesaian pengaduan di internal DPMPTSP"
    assert route_labels(None) == dict(ROUTES)


def test_default_subject_is_the_first_line_cut_at_a_word() -> None:
    assert default_subject("\n  Antrian lama.\nDetail") == "Antrian lama."
    long = "kata " * 40
    subject = default_subject(long)
    assert len(subject) <= 80 and subject.endswith("…") and "kat…" not in subject
    assert default_subject("", "") == "(tanpa materi)"
    assert default_subject("isi", "  Judul  sendiri ") == "Judul sendiri"


@pytest.mark.parametrize(
    ("status", "kind", "after"),
    [
        ("open", "inti_masalah", "in_review"),
        ("in_review", "catatan", "in_review"),
        ("open", "tanggapan", "answered"),
        ("answered", "catatan", "answered"),
        ("closed", "tanggapan", "closed"),
    ],
)
def test_status_after_a_step(status: str, kind: str, after: str) -> None:
    assert status_after_step(status, kind) == after


def test_closing_needs_outcome_date_and_channel() -> None:
    need = "Isi hasil penanganan, tanggal dan saluran penyampaiannya kepada pelapor"
    assert close_blocker(
        status="answered", outcome="", communicated_on=None, channel=""
    ).startswith(need)
    assert close_blocker(
        status="answered", outcome="Sudah", communicated_on=D(2026, 1, 5), channel=""
    ).startswith(need)
    assert (
        close_blocker(
            status="answered", outcome="Selesai", communicated_on=D(2026, 1, 5), channel="email"
        )
        == ""
    )
    assert close_blocker(
        status="closed", outcome="x", communicated_on=D(2026, 1, 5), channel="email"
    ) == ("Pengaduan ini sudah ditutup.")


def test_attachment_limit_names_the_size_and_what_to_do() -> None:
    assert check_attachment("C:\\scan\\surat.pdf", 10) == "surat.pdf"
    with pytest.raises(ValidationError, match=r"21\.0 MB, melebihi batas 20 MB\. Perkecil"):
        check_attachment("foto.jpg", 21 * 1024 * 1024)
    with pytest.raises(ValidationError, match="kosong"):
        check_attachment("a.txt", 0)
    assert check_attachment("batas.pdf", MAX_ATTACHMENT_BYTES) == "batas.pdf"


@given(st.integers(min_value=0, max_value=60))
def test_seed_004_day_30_in_day_31_suggestion(elapsed: int) -> None:
    terms = policy_terms(_policy("sertifikat-standar-kbli-28173"))
    received = D(2026, 11, 2)
    result = terms.classify(
        has_identity=True,
        matter="Ada biaya di luar tarif.",
        received_on=received,
        counted_from=received,
        service_received_on=received - dt.timedelta(days=elapsed),
        calendar=CAL,
    )
    assert result.kind == ("complaint" if elapsed <= 30 else "suggestion")
