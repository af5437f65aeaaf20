"""The registry import meets an office's real ledger (issue 7, point 5): NIKs typed as
text with a leading apostrophe, a certificate listed twice, blank rows, and the totals row
and signature block under the table — what the preview says about each."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from counterdesk.domain.errors import ValidationError
from counterdesk.domain.roles import Role
from counterdesk.services import registry_entry
from counterdesk.services import registry_import as ri
from counterdesk.services.registry_entry import Cell, HistoricCertificateInput
from counterdesk.services.registry_import import RawRow
from counterdesk.services.registry_table_end import Kind, kind_of
from counterdesk.store.models import Applicant, AuditEvent
from tests.conftest import Office
from tests.unit.services.test_registry_import import (
    HEADER,
    NIK_BUDI,
    NIK_SITI,
    TODAY,
    cli,
    good_row,
    nik,
    problems_of,
    run_commit,
    run_preview,
    write_csv,
    write_xlsx,
)

END_BLOCK = (
    "Baris 13–21 dianggap bukan data (blok jumlah/tanda tangan di bawah tabel, mulai "
    "“Jumlah”) dan tidak diimpor; tabel dibaca sampai baris 11."
)


def write_office_ledger(path: Path) -> Path:
    """An office's registry as it really looks: two title lines, the header in row 4, NIKs
    kept as text with an apostrophe (and one the Excel way, a quote-prefixed cell), a blank
    row, a certificate listed twice, a NIK one digit short, then the total and the
    signature block of the head of office and the clerk."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Rekap 2015"
    rows: list[list[object]] = [
        ["DAFTAR PEMEGANG SERTIFIKAT AHLI KEPABEANAN"],  # 1
        ["BALAI SERTIFIKASI — TAHUN 2015"],  # 2
        [],  # 3
        list(HEADER),  # 4
        [1, "SAK-2015-0001", "Drs. H. Ahmad Fauzi, M.Si", "'" + NIK_BUDI, "Jakarta",
         date(1990, 3, 12), datetime(2015, 3, 12), None],  # 5
        [2, "SAK-2015-0002", "Siti Aminah", NIK_SITI, "Bandung", date(1985, 8, 15),
         42075, None],  # 6: issue date as an Excel serial number
        [],  # 7
        [3, "SAK-2015-0003", "Ni Putu Ayu Wédari", f"  '{nik(3)} ", "Denpasar", None,
         "12 Maret 2015", "arsip lemari 2"],  # 8
        [4, "SAK-2015-0002", "Siti Aminah", "'" + NIK_SITI, "Bandung", date(1985, 8, 15),
         42075, None],  # 9: row 6 again
        [5, "SAK-2015-0005", "Hj. Nur'aini Siregar", "'" + nik(5), "Bogor", None,
         "12-03-2015", None],  # 10
        [6, "SAK-2015-0006", "Bambang Hermawan", "'317405120390001", "Jakarta", None,
         "12-03-2015", None],  # 11: 15 digits
        [],  # 12
        ["Jumlah", None, "6 orang"],  # 13
        [],  # 14
        [None, None, None, None, None, "Jakarta, 31 Desember 2015"],  # 15
        [None, "Mengetahui,"],  # 16
        [None, "Kepala Balai Sertifikasi", None, None, None, "Petugas Pencatat"],  # 17
        [],  # 18
        [],  # 19
        [None, "Dr. Bambang Sutrisno, S.H., M.H.", None, None, None, "Rina Marlina, S.Kom"],
        [None, "NIP. 19650412 199003 1 002", None, None, None, "NIP. 19880101 201001 2 003"],
    ]  # fmt: skip
    for row in rows:
        sheet.append(row)
    sheet["D6"].quotePrefix = True  # typed '3273… in Excel: stored as text, no apostrophe
    sheet.merge_cells("A1:H1")
    sheet.merge_cells("A13:B13")
    book.save(path)
    return path


# --- the whole preview of a real ledger -------------------------------------------------------


def test_an_office_ledger_previews_as_the_user_expects(office: Office, tmp_path: Path) -> None:
    table = ri.read_table(write_office_ledger(tmp_path / "rekap-2015.xlsx"))
    assert (table.sheet, table.header_row) == ("Rekap 2015", 4)
    assert [r.number for r in table.rows] == [5, 6, 8, 9, 10, 11]  # blank rows skipped
    plan = run_preview(office, table)

    assert plan.summary() == (
        "6 baris: 4 siap disimpan, 2 bermasalah (tidak disimpan), 0 dengan peringatan. "
        "Pemohon baru 4, pemohon terdaftar dipakai 0."
    )
    assert plan.notices == (
        "Judul kolom dibaca dari baris 4; baris di atasnya dilewati.",
        END_BLOCK,
    )
    assert [(n.first, n.last, n.ends_table) for n in plan.not_data] == [(13, 21, True)]
    assert [
        (r.row, r.entry.serial, r.entry.name, r.entry.nik, r.entry.issued_on) for r in plan.rows
    ] == [
        (5, "SAK-2015-0001", "Drs. H. Ahmad Fauzi, M.Si", NIK_BUDI, date(2015, 3, 12)),
        (6, "SAK-2015-0002", "Siti Aminah", NIK_SITI, date(2015, 3, 12)),
        (8, "SAK-2015-0003", "Ni Putu Ayu Wédari", nik(3), date(2015, 3, 12)),
        (10, "SAK-2015-0005", "Hj. Nur'aini Siregar", nik(5), date(2015, 3, 12)),
    ]
    assert [(p.row, p.column, p.value, p.message) for p in plan.problems] == [
        (
            9,
            "Nomor Sertifikat",
            "SAK-2015-0002",
            "Baris ini sama dengan baris 6 (sertifikat SAK-2015-0002 tercatat dua kali); "
            "baris ini dilewati.",
        ),
        (
            11,
            "NIK",
            "317405120390001",
            "NIK harus 16 angka; yang diketik 15 angka ('317405120390001'). Periksa kembali, "
            "mungkin ada angka yang terlewat atau ganda.",
        ),
    ]

    result = run_commit(office, plan)
    assert (result.written, result.applicants_created, result.skipped_rows) == (4, 4, 2)
    with office.runtime.read() as s:
        stored_niks = set(s.scalars(select(Applicant.nik)))
        detail = s.scalar(select(AuditEvent.detail).where(AuditEvent.seq == result.audit_seq))
    assert stored_niks == {NIK_BUDI, NIK_SITI, nik(3), nik(5)}  # digits only, no apostrophe
    assert detail is not None and detail["rows_not_data"] == [[13, 21]]


def test_the_cli_preview_of_an_office_ledger(
    office: Office,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = write_office_ledger(tmp_path / "rekap-2015.xlsx")
    assert cli(office, monkeypatch, "registry", "import", str(path), "--as", "petugas") == 0
    out = capsys.readouterr().out
    assert out.split("\n\n")[1:] == [
        "Pratinjau: 6 baris: 4 siap disimpan, 2 bermasalah (tidak disimpan), 0 dengan "
        "peringatan. Pemohon baru 4, pemohon terdaftar dipakai 0.\n"
        f"BUKAN DATA: {END_BLOCK}",
        "Baris bermasalah (tidak disimpan), 2 baris:\n"
        "  baris     9  Nomor Sertifikat 'SAK-2015-0002': Baris ini sama dengan baris 6 "
        "(sertifikat SAK-2015-0002 tercatat dua kali); baris ini dilewati.\n"
        "  baris    11  NIK '317405120390001': NIK harus 16 angka; yang diketik 15 angka "
        "('317405120390001'). Periksa kembali, mungkin ada angka yang terlewat atau ganda.",
        "Belum ada yang disimpan (pratinjau). Jalankan ulang dengan --yes untuk menyimpan 4 "
        "sertifikat.\n",
    ]
    assert out.startswith(
        "Berkas   : rekap-2015.xlsx (lembar 'Rekap 2015'); 6 baris data\n"
        "CATATAN  : Judul kolom dibaca dari baris 4; baris di atasnya dilewati.\n"
    )


# --- a NIK kept as text with an apostrophe ----------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        f"'{NIK_BUDI}",  # Excel's force-text mark, kept as a character by an export
        f"  '{NIK_BUDI}  ",  # with spaces around
        f"' {NIK_BUDI}",  # a space after the mark
        f"’{NIK_BUDI}",  # a typographic quote (Word, a phone)
        "'3174 0512 0390 0001",  # grouped as printed on the card
    ],
)
def test_a_nik_with_a_text_mark_in_a_csv_is_a_nik(
    office: Office, tmp_path: Path, typed: str
) -> None:
    row = good_row(1)
    row[3] = typed
    row[2] = "Budi Santoso"
    plan = run_preview(office, ri.read_table(write_csv(tmp_path / "x.csv", [row])))
    assert plan.problems == ()
    assert plan.rows[0].entry.nik == NIK_BUDI


def test_serial_and_dates_with_a_text_mark_are_read_too(office: Office, tmp_path: Path) -> None:
    row = good_row(1)
    row[1], row[6] = "'0012/SAK/2015", "'12-03-2015"
    table = ri.read_table(write_xlsx(tmp_path / "x.xlsx", [row]))
    entry = run_preview(office, table).rows[0].entry
    assert (entry.serial, entry.issued_on) == ("0012/SAK/2015", date(2015, 3, 12))


def test_a_name_keeps_its_apostrophe(office: Office, tmp_path: Path) -> None:
    row = good_row(1)
    row[2] = "Nur'aini"
    plan = run_preview(office, ri.read_table(write_csv(tmp_path / "x.csv", [row])))
    assert plan.rows[0].entry.name == "Nur'aini"


def test_an_excel_date_cell_is_shown_as_a_date_in_messages() -> None:
    assert registry_entry.show(datetime(2031, 3, 12)) == "12-03-2031"  # not "… 00:00:00"
    assert registry_entry.show(datetime(2031, 3, 12, 8, 30)) == "2031-03-12 08:30:00"


def test_the_form_takes_a_nik_with_a_text_mark(office: Office) -> None:
    officer = office.actors[Role.OFFICER]
    data = HistoricCertificateInput(
        serial="SAK-2014-0001", name="Budi Santoso", nik=f" '{NIK_BUDI}", issued_on="12-03-2014"
    )
    done = registry_entry.enter_certificate(office.runtime, officer, data, today=TODAY)
    assert (done.serial, done.holder_name, done.new_applicant) == (
        "SAK-2014-0001",
        "Budi Santoso",
        True,
    )
    assert registry_entry.stored_holder_name(office.runtime, officer, NIK_BUDI) == "Budi Santoso"
    assert registry_entry.stored_holder_name(office.runtime, officer, NIK_SITI) is None


@pytest.mark.parametrize(
    ("typed", "complete"),
    [
        (NIK_BUDI, NIK_BUDI),
        (f" '{NIK_BUDI} ", NIK_BUDI),
        ("3174.0512.0390.0001", NIK_BUDI),
        (NIK_BUDI[:-1], None),
        (NIK_BUDI[:-1] + "O", None),
    ],
)
def test_the_form_knows_when_a_nik_is_complete(typed: str, complete: str | None) -> None:
    assert registry_entry.complete_nik(typed) == complete


# --- what is under the table, and between its rows ----------------------------------------------


def test_a_totals_row_and_signature_in_a_csv_end_the_table(office: Office, tmp_path: Path) -> None:
    rows: list[list[str]] = [good_row(1), good_row(2), [""] * 8, good_row(3)]
    rows += [
        ["", "JUMLAH", "", "", "", "", "", "3"],
        ["", "", "", "", "", "", "Bogor, 2 Januari 2016", ""],
        ["", "", "", "", "", "", "a.n. Kepala Balai", ""],
        ["", "", "", "", "", "", "Kasubag Tata Usaha", ""],
        ["", "", "", "", "", "", "ttd", ""],
        ["", "", "", "", "", "", "Sri Wahyuni", ""],
    ]
    plan = run_preview(office, ri.read_table(write_csv(tmp_path / "x.csv", rows)))
    assert [r.row for r in plan.rows] == [2, 3, 5] and plan.problems == ()
    assert plan.notices == (
        "Baris 6–11 dianggap bukan data (blok jumlah/tanda tangan di bawah tabel, mulai "
        "“JUMLAH”) dan tidak diimpor; tabel dibaca sampai baris 5.",
    )


def test_three_signers_side_by_side_end_the_table(office: Office, tmp_path: Path) -> None:
    rows: list[list[str]] = [good_row(1), good_row(2)]
    rows += [
        ["", "Dibuat oleh,", "", "Diperiksa oleh,", "", "Mengetahui,"],
        ["", "Petugas Pencatat", "", "Kepala Seksi", "", "Kepala Balai"],
        ["", "Rina Marlina, S.Kom", "", "Yusuf Hamdani, S.E.", "", "Dr. Bambang Sutrisno"],
        ["", "NIP. 19880101 201001 2 003", "", "NIP. 19700203 199503 1 001", "", "NIP. -"],
    ]
    plan = run_preview(office, ri.read_table(write_csv(tmp_path / "x.csv", rows)))
    assert [r.row for r in plan.rows] == [2, 3] and plan.problems == ()
    assert [(n.first, n.last, n.ends_table) for n in plan.not_data] == [(4, 7, True)]
    assert "(blok tanda tangan di bawah tabel, mulai “Dibuat oleh,”)" in plan.notices[0]


def test_the_row_numbering_the_columns_is_not_data(office: Office, tmp_path: Path) -> None:
    rows = [[str(n) for n in range(1, 9)], good_row(1), good_row(2)]
    plan = run_preview(office, ri.read_table(write_csv(tmp_path / "x.csv", rows)))
    assert [r.row for r in plan.rows] == [3, 4] and plan.problems == ()
    assert plan.notices == (
        "Baris 2 dianggap bukan data (baris nomor kolom: “1”) dan tidak diimpor.",
    )


def test_a_count_alone_under_the_table_is_not_data(office: Office, tmp_path: Path) -> None:
    rows = [good_row(1), good_row(2), ["", "", "", "", "", "", "", ""], ["2"]]
    plan = run_preview(office, ri.read_table(write_csv(tmp_path / "x.csv", rows)))
    assert [r.row for r in plan.rows] == [2, 3] and plan.problems == ()
    assert plan.notices == (
        "Baris 5 dianggap bukan data (baris angka saja di bawah tabel, mulai “2”) dan tidak "
        "diimpor; tabel dibaca sampai baris 3.",
    )


def test_a_subtotal_between_data_is_left_out_and_the_data_goes_on(
    office: Office, tmp_path: Path
) -> None:
    rows = [good_row(1), ["Jumlah Angkatan I", "", "1 orang"], good_row(2), ["3"], good_row(4)]
    plan = run_preview(office, ri.read_table(write_csv(tmp_path / "x.csv", rows)))
    assert [r.row for r in plan.rows] == [2, 4, 6] and plan.problems == ()
    assert plan.notices == (
        "Baris 3 dianggap bukan data (baris jumlah: “Jumlah Angkatan I”) dan tidak diimpor.",
        "Baris 5 dianggap bukan data (baris angka saja: “3”) dan tidak diimpor.",
    )
    assert [n.ends_table for n in plan.not_data] == [False, False]


def test_an_incomplete_row_above_the_total_is_still_a_problem(
    office: Office, tmp_path: Path
) -> None:
    rows = [good_row(1), ["2", "SAK-2015-0002", "Siti Aminah"], ["Jumlah", "", "2"]]
    plan = run_preview(office, ri.read_table(write_csv(tmp_path / "x.csv", rows)))
    assert set(problems_of(plan, 3)) == {"nik", "issued_on"}  # shown, never swallowed
    assert [n.first for n in plan.not_data] == [4]


def test_a_file_with_only_a_total_under_the_header_says_so(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [["Jumlah", "", "0"]])
    with pytest.raises(ValidationError) as err:
        ri.read_table(path)
    assert err.value.field == "file"
    assert "tidak berisi baris data sertifikat" in err.value.message
    assert "Baris 2 dianggap bukan data" in err.value.message


def row(*cells: Cell) -> RawRow:
    return RawRow(9, cells)


@pytest.mark.parametrize(
    ("cells", "kind"),
    [
        (("Jumlah",), Kind.TOTALS),
        (("JUMLAH SERTIFIKAT", None, 55), Kind.TOTALS),
        (("Total", "", "", "", "12"), Kind.TOTALS),
        (("Mengetahui,",), Kind.SIGNATURE),
        (("Kepala Balai Sertifikasi", "Petugas Pencatat"), Kind.SIGNATURE),
        (("a.n. Kepala Balai",), Kind.SIGNATURE),
        (("NIP. 19650412 199003 1 002",), Kind.SIGNATURE),
        (("Jakarta, 31 Desember 2015",), Kind.SIGNATURE),
        (("Jakarta, 31-12-2015",), Kind.SIGNATURE),
        ((datetime(2015, 12, 31),), Kind.SIGNATURE),
        (("Jakarta,", "31-12-2015"), Kind.SIGNATURE),  # place and date in two cells
        (("Jakarta,", datetime(2015, 12, 31)), Kind.SIGNATURE),
        (("Dibuat oleh,", "Diperiksa oleh,", "Mengetahui,"), Kind.SIGNATURE),
        (("NIP. 19650412 199003 1 002", "NIP. 19880101 201001 2 003", "NIP. -"), Kind.SIGNATURE),
        (("57", "Jumlah", "3 orang"), None),  # counter first: is it a row of data?
        (("57", "Jumlah"), Kind.TOTALS),
        (("Keterangan: * sertifikat hilang",), Kind.FOOTNOTE),
        ((57,), Kind.NUMBER),
        (("57.",), Kind.NUMBER),
        (("55 orang",), Kind.NUMBER),
        (("Budi Santoso",), None),  # a name alone: maybe data, shown as a problem
        (("An Nisa Rahmawati", NIK_BUDI), None),
        (("Dra. Sri Wahyuni, M.Si",), None),
        ((NIK_BUDI,), None),  # a NIK alone is no count
        (("1", "SAK-1", "Kepala Desa", NIK_BUDI, "12-03-2015"), None),
        (("Kepala", "SAK-1", "Budi", NIK_BUDI), None),  # three or more cells: data-like
        (("Budi", date(1990, 3, 12)), None),
        ((1, 2, 3, 4, 5, 6, 7, 8), Kind.COLUMN_NUMBERS),
        (("(1)", "(2)", "(3)", "(4)"), Kind.COLUMN_NUMBERS),
        (("1", "2", "4", "5"), None),
    ],
)
def test_what_is_not_a_certificate(cells: tuple[Cell, ...], kind: Kind | None) -> None:
    assert kind_of(row(*cells)) == kind
