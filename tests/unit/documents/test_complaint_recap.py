"""The monthly complaint recap as a landscape PDF and as an XLSX workbook, from plain data:
what the reader looks for (the month, the totals, each breakdown, every item), a long
month flowing onto later pages with the header repeated, and the shared XLSX writer."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

from counterdesk.documents.complaint_recap import render_recap
from counterdesk.documents.xlsx import Sheet, write_workbook
from counterdesk.services.complaint_reports import (
    MonthlyRecap,
    RecapCount,
    RecapItem,
    recap_sheets,
)
from tests import pdf_tools
from tests.unit.documents.samples import letterhead


def item(n: int, **changes: object) -> RecapItem:
    values: dict[str, object] = dict(
        number=f"ADU-L01-26-{n:07d}",
        received_on=dt.date(2026, 10, 1 + n % 28),
        kind_label="Pengaduan",
        channel_label="WhatsApp",
        reporter=f"Pelapor {n}",
        subject=f"Antrean loket terlalu lama ({n})",
        component_label="Jangka waktu penyelesaian",
        route_label="Internal unit layanan",
        status_label="Dijawab",
        due_on=dt.date(2026, 10, 23),
        answered_on=dt.date(2026, 10, 8),
        timeliness="Tepat waktu",
    )
    values.update(changes)
    return RecapItem(**values)  # type: ignore[arg-type]


def recap(items: tuple[RecapItem, ...]) -> MonthlyRecap:
    return MonthlyRecap(
        year=2026,
        month=10,
        office_name="Kementerian Keuangan\nPusdiklat Bea dan Cukai",
        made_on=dt.date(2026, 11, 26),
        made_by="Atasan Loket",
        total=len(items),
        complaints=len(items) - 1,
        suggestions=1,
        on_time=len(items) - 2,
        late=1,
        in_progress=0,
        by_channel=(RecapCount("Datang langsung", 0), RecapCount("WhatsApp", len(items))),
        by_component=(
            RecapCount("Jangka waktu penyelesaian", len(items) - 1),
            RecapCount("Belum ditentukan", 1),
        ),
        by_route=(RecapCount("Internal unit layanan", len(items) - 1),),
        by_kind=(RecapCount("Pengaduan", len(items) - 1), RecapCount("Saran/masukan", 1)),
        by_timeliness=(RecapCount("Tepat waktu", len(items) - 2), RecapCount("Terlambat", 1)),
        items=items,
    )


SAMPLE = recap(
    (
        item(1),
        item(2, reporter="(dirahasiakan)", subject="(isi dirahasiakan — hanya atasan)",
             component_label="Perilaku pelaksana",
             route_label="APIP (Aparat Pengawas Intern Pemerintah)", status_label="Baru",
             answered_on=None, timeliness="Lewat batas (belum dijawab)"),
        item(3, kind_label="Saran/masukan", channel_label="Kotak saran/pengaduan",
             reporter="(tanpa identitas)", component_label="Belum ditentukan", due_on=None,
             answered_on=None, status_label="Baru", timeliness="—"),
    )
)  # fmt: skip


def test_page_one_has_the_month_totals_and_breakdowns() -> None:
    pdf = render_recap(SAMPLE, letterhead())
    assert pdf_tools.page_size_mm(pdf) == (297.0, 210.0)
    text = pdf_tools.text(pdf)
    assert "REKAP PENGADUAN DAN SARAN" in text and "Bulan Oktober 2026" in text
    assert "Jumlah laporan diterima 3" in text
    assert "Pengaduan ditanggapi tepat waktu 1" in text
    assert "Menurut saluran" in text and "Datang langsung 0" in text
    assert "Menurut komponen layanan" in text and "Menurut penyelesaian" in text
    assert "Ketepatan waktu dinilai pada tanggal rekap dibuat" in text
    assert "dibuat 26 November 2026 oleh Atasan Loket" in text


def test_the_item_list_shows_each_report_with_its_deadline_and_timeliness() -> None:
    text = pdf_tools.all_text(render_recap(SAMPLE, letterhead()))
    assert "Daftar pengaduan dan saran" in text
    for n in (1, 2, 3):
        assert f"ADU-L01-26-{n:07d}" in text
    assert "23-10-2026 08-10-2026" in text  # due, then answered
    assert "Lewat batas (belum dijawab)" in text
    assert "(isi dirahasiakan — hanya atasan)" in text
    assert "Kotak saran/pengaduan" in text


def test_a_long_month_continues_with_the_header_on_every_page() -> None:
    many = recap(tuple(item(n) for n in range(1, 61)))
    pdf = render_recap(many, letterhead())
    assert pdf_tools.pages(pdf) >= 3
    last = pdf_tools.pages(pdf) - 1
    later = pdf_tools.text(pdf, last)
    assert "Lanjutan rekap pengaduan Oktober 2026" in later
    assert "Status / ketepatan waktu" in later  # the header row repeats
    assert "ADU-L01-26-0000060" in later
    assert pdf_tools.base_fonts(pdf) <= {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique",
                                         "DejaVuSansMono-Bold"}  # fmt: skip


def test_the_workbook_has_the_counts_and_one_row_per_report() -> None:
    book = openpyxl.load_workbook(io.BytesIO(write_workbook(recap_sheets(SAMPLE))))
    assert book.sheetnames == ["Ringkasan", "Daftar"]
    summary = book["Ringkasan"]
    assert summary["A1"].value == "Rekap pengaduan dan saran Oktober 2026"
    assert summary["A2"].value == "Kementerian Keuangan — Pusdiklat Bea dan Cukai"
    rows = list(summary.iter_rows(values_only=True))
    assert ("Menurut jenis", "Saran/masukan", 1) in rows
    assert ("Menurut saluran", "Datang langsung", 0) in rows
    listing = book["Daftar"]
    assert listing.freeze_panes == "A6"  # three heading lines, a gap, the header
    values = list(listing.iter_rows(min_row=5, values_only=True))
    assert values[0][0] == "Nomor" and values[0][-1] == "Ketepatan waktu"
    assert values[2][0] == "ADU-L01-26-0000002" and values[2][10] is None  # not answered
    assert listing["J6"].number_format == "dd-mm-yyyy"


def test_the_xlsx_writer_keeps_numbers_and_dates_and_refuses_what_excel_cannot_hold() -> None:
    sheet = Sheet("Data", (), ("Tanggal", "Jumlah"), ((dt.date(2026, 1, 2), 7),))
    book = openpyxl.load_workbook(io.BytesIO(write_workbook([sheet])))
    assert list(book["Data"].iter_rows(values_only=True)) == [
        ("Tanggal", "Jumlah"),
        (dt.datetime(2026, 1, 2), 7),
    ]
    aware = dt.datetime(2026, 1, 2, tzinfo=dt.UTC)
    with pytest.raises(ValueError, match="time zones"):
        write_workbook([Sheet("Data", (), ("Waktu",), ((aware,),))])
    with pytest.raises(ValueError, match="sheet title"):
        write_workbook([Sheet("Rekap 2026/10", (), ("A",), ())])
    with pytest.raises(ValueError, match="not 2"):
        write_workbook([Sheet("Data", (), ("A", "B"), (("x",),))])
