"""The Berita Acara Wawancara as an officer, the interviewee and an auditor read it."""

from __future__ import annotations

import dataclasses

import pytest

from counterdesk.documents.letterhead import Letterhead
from counterdesk.documents.minutes import MinutesDocument, render_minutes
from counterdesk.documents.paper import A4, A5, F4, Paper
from tests import pdf_tools
from tests.unit.documents import samples
from tests.unit.documents.samples import (
    INTERVIEWEE,
    INTERVIEWER_1,
    INTERVIEWER_2,
    LEADER,
    MINUTES_DAY_WORDS,
    MINUTES_NUMBER,
    WITNESS_1,
    WITNESS_2,
)

CLOSING = (
    "Demikian Berita Acara ini dibuat dengan sebenarnya untuk dapat dipergunakan "
    "sebagaimana mestinya."
)


@pytest.fixture
def minutes(letterhead: Letterhead) -> MinutesDocument:
    return samples.minutes(letterhead)


def assert_in_order(text: str, *parts: str) -> None:
    """Each part appears in ``text`` after the previous one."""
    at = 0
    for part in parts:
        found = text.find(part, at)
        assert found >= 0, f"{part!r} not found after position {at} in {text[at : at + 300]!r}"
        at = found + len(part)


def test_title_number_and_opening_with_the_date_in_words(minutes: MinutesDocument) -> None:
    text = pdf_tools.text(render_minutes(minutes))
    assert f"BERITA ACARA WAWANCARA Nomor: {MINUTES_NUMBER}" in text
    assert "PERUBAHAN" not in text
    assert (
        f"Pada hari ini, {MINUTES_DAY_WORDS}, bertempat di Ruang Layanan Terpadu Pusdiklat Bea "
        "dan Cukai, Jakarta, kami yang bertanda tangan di bawah ini:" in text
    )


def test_interviewers_with_grouped_nip_and_the_interviewee_with_nik(
    minutes: MinutesDocument,
) -> None:
    text = pdf_tools.text(render_minutes(minutes))
    assert_in_order(
        text,
        "kami yang bertanda tangan di bawah ini:",
        "1. Nama : Rina Marlina, S.E. NIP : 19900101 201503 2 002 "
        "Jabatan : Pelaksana pada Seksi Sertifikasi",
        "2. Nama : Yohanes Kristianto, S.H. NIP : 19871122 201012 1 001 "
        "Jabatan : Analis Sertifikasi Kepabeanan",
        "telah melakukan wawancara terhadap: Nama : Andi Sé Wijayakusuma NIK : 3171011205900001",
        "sehubungan dengan permohonan ralat sertifikat nomor SAK-2025-000123 "
        "(Ralat Sertifikat) dan dimulai pukul 10.05 WIB",
    )


def test_questions_statements_conclusion_and_closing(minutes: MinutesDocument) -> None:
    text = pdf_tools.all_text(render_minutes(minutes))
    assert_in_order(
        text,
        "A. Pertanyaan dan jawaban No. Pertanyaan Jawaban",
        "1. Apakah Saudara dalam keadaan sehat jasmani dan rohani",
        "Ya, saya sehat dan bersedia.",
        "3. Data apa yang menurut Saudara salah tertulis pada sertifikat?",
        "seharusnya “Andi Sé Wijayakusuma” sesuai KTP",
        "5. Apakah ada keterangan lain yang ingin Saudara sampaikan? Tidak ada.",
        "B. Keterangan/pernyataan pihak yang diwawancarai",
        "1. Keterangan yang saya berikan adalah benar",
        "2. Apabila di kemudian hari",
        "C. Kesimpulan Terdapat kesalahan penulisan nama dan tempat lahir",
        CLOSING,
    )


def test_every_signature_block(minutes: MinutesDocument) -> None:
    pdf = render_minutes(minutes)
    last = pdf_tools.text(pdf, pdf_tools.pages(pdf) - 1)
    # Two columns side by side are read row by row: headings, names, then NIP/NIK.
    assert_in_order(
        last,
        CLOSING,
        "Jakarta, 21 Desember 2026",
        "Yang diwawancarai, Pewawancara I,",
        f"{INTERVIEWEE.name} {INTERVIEWER_1.name}",
        "NIK 3171011205900001 NIP 19900101 201503 2 002",
        "Pewawancara II,",
        INTERVIEWER_2.name,
        "NIP 19871122 201012 1 001",
        "Saksi-saksi: Saksi I, Saksi II,",
        f"{WITNESS_1.name} {WITNESS_2.name}",
        "NIP 19920517 201902 2 004 NIK 5171030101850002",
        "Mengetahui, Kepala Bidang Penyelenggaraan Sertifikasi,",
        LEADER.name,
        "NIP 19720315 199803 1 004",
    )


def test_one_interviewer_no_witnesses_no_supervisor_fits_one_page(
    minutes: MinutesDocument,
) -> None:
    short = dataclasses.replace(
        minutes,
        interviewers=(INTERVIEWER_1,),
        witnesses=(),
        supervisor=None,
        statements=(),
        questions=samples.question_answers(3),
    )
    pdf = render_minutes(short)
    assert pdf_tools.pages(pdf) == 1
    text = pdf_tools.text(pdf)
    assert "kami yang bertanda tangan di bawah ini: Nama : Rina Marlina, S.E." in text  # no "1."
    assert "Yang diwawancarai, Pewawancara," in text
    assert "B. Kesimpulan" in text  # no statements: the conclusion moves up to B
    for absent in ("Saksi", "Mengetahui", "Pewawancara I,"):
        assert absent not in text


def test_an_amendment_names_the_minutes_it_changes(minutes: MinutesDocument) -> None:
    original = "005/BA/PSBC/L01/XII/2026"
    text = pdf_tools.text(render_minutes(dataclasses.replace(minutes, amends=original)))
    assert (
        f"BERITA ACARA WAWANCARA (PERUBAHAN) Nomor: {MINUTES_NUMBER} "
        f"(mengubah Berita Acara Nomor {original})" in text
    )


def test_a_long_interview_continues_and_keeps_the_signatures_together(
    letterhead: Letterhead,
) -> None:
    pdf = render_minutes(samples.minutes(letterhead, questions=16))
    pages = pdf_tools.pages(pdf)
    assert pages >= 2
    first, second = pdf_tools.text(pdf, 0), pdf_tools.text(pdf, 1)
    assert f"Lanjutan Berita Acara Nomor {MINUTES_NUMBER} — halaman 2" in second
    assert "No. Pertanyaan Jawaban" in second  # the table header is repeated
    assert "16. Apakah Saudara dalam keadaan sehat" in pdf_tools.all_text(pdf)
    assert "Yang diwawancarai," not in first
    # the closing formula and every signature are on one page
    signature_pages = [i for i in range(pages) if "Yang diwawancarai," in pdf_tools.text(pdf, i)]
    assert len(signature_pages) == 1
    last = pdf_tools.text(pdf, signature_pages[0])
    for part in (
        CLOSING,
        "Pewawancara II,",
        "Saksi II,",
        "Mengetahui,",
        LEADER.name,
        WITNESS_2.name,
        INTERVIEWER_2.name,
    ):
        assert part in last


@pytest.mark.parametrize(("paper", "size"), [(A4, (210.0, 297.0)), (F4, (215.0, 330.0))])
def test_a4_and_f4(minutes: MinutesDocument, paper: Paper, size: tuple[float, float]) -> None:
    pdf = render_minutes(minutes, paper)
    for page in range(pdf_tools.pages(pdf)):
        assert pdf_tools.page_size_mm(pdf, page) == size
    assert MINUTES_DAY_WORDS in pdf_tools.text(pdf)


def test_other_paper_is_refused(minutes: MinutesDocument) -> None:
    with pytest.raises(ValueError, match="A4 or F4"):
        render_minutes(minutes, A5)


def test_fonts_embedded_and_same_bytes(minutes: MinutesDocument) -> None:
    pdf = render_minutes(minutes)
    fonts = pdf_tools.base_fonts(pdf)
    assert fonts and all(name.startswith("DejaVuSans") for name in fonts)
    assert pdf.count(b"/FontFile2") == len(fonts)
    assert render_minutes(minutes) == pdf


def test_minutes_without_interviewer_or_questions_are_refused(minutes: MinutesDocument) -> None:
    with pytest.raises(ValueError, match="interviewer"):
        render_minutes(dataclasses.replace(minutes, interviewers=()))
    with pytest.raises(ValueError, match="question"):
        render_minutes(dataclasses.replace(minutes, questions=()))


def test_a_very_long_answer_runs_on_over_pages(minutes: MinutesDocument) -> None:
    account = " ".join(
        f"Kalimat keterangan nomor {i} tentang kronologi kejadian." for i in range(300)
    )
    long = dataclasses.replace(minutes.questions[1], answer=account)
    pdf = render_minutes(dataclasses.replace(minutes, questions=(minutes.questions[0], long)))
    assert pdf_tools.pages(pdf) >= 3
    text = pdf_tools.all_text(pdf)
    assert "Kalimat keterangan nomor 0 tentang" in text
    assert "Kalimat keterangan nomor 299 tentang kronologi kejadian." in text
    assert "No. Pertanyaan Jawaban" in pdf_tools.text(pdf, 1)
