"""Input Database (seed 000): historic paper certificates entered one by one or imported
from the ledger the office kept in Excel — every bad row named with its reason, nothing
written before the officer confirms, never a duplicate holder."""

from __future__ import annotations

import argparse
import csv
import io
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select, text

from counterdesk.commands import registry as registry_cli
from counterdesk.domain.errors import (
    ConflictError,
    PermissionDenied,
    ValidationError,
    ValidationErrors,
)
from counterdesk.domain.roles import Role
from counterdesk.services import applicants, audit, registry_entry
from counterdesk.services import registry_import as ri
from counterdesk.store.models import Applicant, AuditEvent, Certificate, ChangeLog
from tests.conftest import PASSWORD, Office

FIXTURES = Path(__file__).parent.parent / "fixtures" / "registry"
TODAY = date(2026, 5, 4)
HEADER = [
    "No",
    "Nomor Sertifikat",
    "Nama Lengkap",
    "NIK",
    "Tempat Lahir",
    "Tgl Lahir",
    "Tanggal Terbit",
    "Keterangan",
]
NIK_BUDI = "3174051203900001"  # 12-03-1990, male
NIK_SITI = "3273015508850002"  # 15-08-1985, female


def nik(n: int) -> str:
    """A valid NIK for person n (Jakarta Selatan, born 1980-1989)."""
    return f"317405{1 + n % 28:02d}{1 + n % 12:02d}{80 + n % 10:02d}{1 + n % 9999:04d}"


def good_row(n: int, serial: str | None = None) -> list[str]:
    return [
        str(n),
        serial or f"SAK-2015-{n:04d}",
        f"Peserta {n}",
        nik(n),
        "Jakarta",
        "",
        f"{1 + n % 28:02d}-03-2015",
        "",
    ]


def write_csv(
    path: Path,
    rows: Sequence[Sequence[object]],
    *,
    delimiter: str = ";",
    encoding: str = "utf-8",
    header: Sequence[str] = HEADER,
) -> Path:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def write_xlsx(
    path: Path, rows: Sequence[Sequence[object]], header: Sequence[str] = HEADER
) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Buku Induk"
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def run_preview(office: Office, table: ri.RawTable, **kw: object) -> ri.ImportPreview:
    mapping = ri.suggest_mapping(table.headers)
    with office.runtime.unit() as s:
        return ri.preview(s, table, mapping, today=TODAY, **kw)


def run_commit(office: Office, plan: ri.ImportPreview, **kw: object) -> ri.ImportResult:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        return ri.commit(s, officer, plan, **kw)


def count(office: Office, model: type) -> int:
    with office.runtime.unit() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def problems_of(plan: ri.ImportPreview, row: int) -> dict[str, str]:
    return {p.field: p.message for p in plan.problems if p.row == row}


def enter(office: Office, **kw: object) -> registry_entry.Entered:
    values: dict[str, object] = dict(
        serial="SAK-2014-0001", name="Budi Santoso", nik=NIK_BUDI, issued_on="12 Maret 2014"
    )
    values.update(kw)
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        return registry_entry.enter_one(
            s, officer, registry_entry.HistoricCertificateInput(**values), today=TODAY
        )


# --- the whole flow ---------------------------------------------------------------------------


def test_only_good_rows_are_written_and_only_after_commit(office: Office, tmp_path: Path) -> None:
    rows = [good_row(1), good_row(2), good_row(3)]
    rows[1][3] = "317405120390001"  # 15 digits
    table = ri.read_table(write_csv(tmp_path / "ledger.csv", rows))
    plan = run_preview(office, table)
    assert [r.row for r in plan.rows] == [2, 4]  # header is row 1
    assert plan.bad_rows == (3,)
    assert count(office, Certificate) == 0  # a preview writes nothing

    result = run_commit(office, plan)
    assert (result.written, result.applicants_created, result.skipped_rows) == (2, 2, 1)
    with office.runtime.unit() as s:
        stored = {c.serial: c for c in s.scalars(select(Certificate))}
    assert set(stored) == {"SAK-2015-0001", "SAK-2015-0003"}
    first = stored["SAK-2015-0001"]
    assert first.historic and first.status == "issued" and first.printed_count == 1
    assert first.service_code == "sak/sertifikat" and first.standard_code == "sak"
    assert first.title == "Sertifikat Ahli Kepabeanan"
    assert first.issued_on == date(2015, 3, 2)


def test_one_audit_event_and_change_log_for_an_import(office: Office, tmp_path: Path) -> None:
    table = ri.read_table(write_csv(tmp_path / "ledger.csv", [good_row(1), good_row(2)]))
    plan = run_preview(office, table)
    changes_before = count(office, ChangeLog)
    result = run_commit(office, plan)
    with office.runtime.unit() as s:
        event = s.scalar(select(AuditEvent).where(AuditEvent.seq == result.audit_seq))
        tables = s.scalars(select(ChangeLog.table_name).where(ChangeLog.seq > changes_before)).all()
        assert audit.verify_chain(s).ok
    assert event is not None and event.action == "certificate.historic_imported"
    assert event.detail["file"] == "ledger.csv" and event.detail["sha256"] == table.sha256
    assert event.detail["written"] == 2 and event.detail["applicants_created"] == 2
    assert sorted(tables) == ["applicant", "applicant", "certificate", "certificate"]


def test_reimporting_the_same_file_writes_nothing(office: Office, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ledger.csv", [good_row(1), good_row(2)])
    run_commit(office, run_preview(office, ri.read_table(path)))
    again = run_preview(office, ri.read_table(path))
    assert again.rows == () and again.bad_rows == (2, 3)
    assert all("sudah ada di database" in p.message for p in again.problems)
    assert "Peserta 1" in again.problems[0].message  # says whose certificate it is
    assert run_commit(office, again).written == 0
    assert count(office, Certificate) == 2 and count(office, Applicant) == 2


# --- each reason a row is refused -------------------------------------------------------------


def test_each_bad_row_gets_its_reason(office: Office, tmp_path: Path) -> None:
    enter(office, serial="SAK-2010-0009", nik=nik(9), name="Peserta 9")
    rows = [good_row(n) for n in range(1, 9)]
    rows[0][3] = "9974051203900001"  # unknown province
    rows[1][1] = "SAK-2015-0005"  # row 3 holds it first; row 6 (n=5) repeats it
    rows[2][2] = ""  # missing name
    rows[3][6] = "31-02-2015"  # no such date
    rows[5][1] = " sak-2010-0009"  # stored already (case and spaces ignored)
    rows[6][6] = "12-03-2031"  # in the future
    rows[7][1] = ""  # missing serial
    plan = run_preview(office, ri.read_table(write_csv(tmp_path / "x.csv", rows)))
    assert [r.row for r in plan.rows] == [3]  # the first row of a repeated serial is kept
    assert "provinsi" in problems_of(plan, 2)["nik"]
    assert problems_of(plan, 3) == {}
    assert "sama dengan baris 3" in problems_of(plan, 6)["serial"]
    assert "Nama wajib diisi" in problems_of(plan, 4)["name"]
    assert "tidak ada di kalender" in problems_of(plan, 5)["issued_on"]
    assert "sudah ada di database" in problems_of(plan, 7)["serial"]
    assert "belum lewat" in problems_of(plan, 8)["issued_on"]
    assert "wajib diisi" in problems_of(plan, 9)["serial"]
    bad_nik = next(p for p in plan.problems if p.row == 2)
    assert (bad_nik.column, bad_nik.value) == ("NIK", "9974051203900001")


def test_a_repeated_serial_keeps_its_first_row_and_names_it_on_the_later(
    office: Office, tmp_path: Path
) -> None:
    rows = [good_row(1, "SAK-1"), good_row(2), good_row(3, "SAK-1"), good_row(1, "SAK-1")]
    rows[3][0] = "4"  # the same certificate listed again, only its row counter differs
    plan = run_preview(office, ri.read_table(write_csv(tmp_path / "x.csv", rows)))
    assert [r.row for r in plan.rows] == [2, 3]
    assert problems_of(plan, 4)["serial"] == (
        "Nomor sertifikat SAK-1 sama dengan baris 2; baris ini dilewati. Bila ini sertifikat "
        "lain, perbaiki nomornya di berkas lalu impor lagi."
    )
    assert problems_of(plan, 5)["serial"] == (
        "Baris ini sama dengan baris 2 (sertifikat SAK-1 tercatat dua kali); baris ini dilewati."
    )
    assert plan.bad_rows == (4, 5)
    assert run_commit(office, plan).written == 2


def test_a_repeated_serial_whose_first_row_is_bad_says_so(office: Office, tmp_path: Path) -> None:
    rows = [good_row(1, "SAK-1"), good_row(2, "SAK-1")]
    rows[0][3] = "123"
    plan = run_preview(office, ri.read_table(write_csv(tmp_path / "x.csv", rows)))
    assert plan.rows == () and "16 angka" in problems_of(plan, 2)["nik"]
    assert problems_of(plan, 3)["serial"].endswith(
        "Baris 2 sendiri bermasalah; perbaiki juga baris itu."
    )


def test_a_stored_serial_is_refused_on_every_row_as_stored(office: Office, tmp_path: Path) -> None:
    enter(office, serial="SAK-1", nik=nik(9), name="Peserta 9")
    rows = [good_row(1, "SAK-1"), good_row(2, "sak-1")]
    plan = run_preview(office, ri.read_table(write_csv(tmp_path / "x.csv", rows)))
    assert plan.rows == () and plan.bad_rows == (2, 3)
    assert all("sudah ada di database" in p.message for p in plan.problems)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12-03-2015", date(2015, 3, 12)),
        ("12/03/2015", date(2015, 3, 12)),
        ("12.03.2015", date(2015, 3, 12)),
        ("2015-03-12", date(2015, 3, 12)),
        ("2015-03-12 00:00:00", date(2015, 3, 12)),
        ("12 Maret 2015", date(2015, 3, 12)),
        ("12 Nopember 2015", date(2015, 11, 12)),
        ("12-Mar-2015", date(2015, 3, 12)),
        ("1 Agustus 2015", date(2015, 8, 1)),
    ],
)
def test_dates_in_indonesian_forms(typed: str, expected: date) -> None:
    assert registry_entry.parse_date_text("issued_on", typed) == expected


@pytest.mark.parametrize(
    ("typed", "says"),
    [("12-03-15", "4 angka"), ("03/25/2015", "tertukar"), ("kemarin", "tidak dikenali")],
)
def test_bad_dates_say_how_to_write_them(typed: str, says: str) -> None:
    with pytest.raises(ValidationError) as err:
        registry_entry.parse_date_text("issued_on", typed)
    assert says in err.value.message


# --- the file formats -------------------------------------------------------------------------


def test_semicolon_comma_and_tab_are_sniffed(tmp_path: Path) -> None:
    rows = [good_row(1)]
    rows[0][2] = "Dra. Sri Wahyuni, M.Si"  # a comma inside a ;-separated file
    for delimiter in (";", ",", "\t"):
        table = ri.read_table(write_csv(tmp_path / "x.csv", rows, delimiter=delimiter))
        assert table.delimiter == delimiter
        assert table.headers == tuple(HEADER)
        assert table.rows[0].cells[2] == "Dra. Sri Wahyuni, M.Si"


def test_utf8_with_bom(tmp_path: Path) -> None:
    rows = [good_row(1)]
    rows[0][2] = "Désirée Ñoño"
    path = write_csv(tmp_path / "x.csv", rows, encoding="utf-8-sig")
    table = ri.read_table(path)
    assert table.headers[0] == "No"  # no BOM glued to the first header
    assert table.rows[0].cells[2] == "Désirée Ñoño" and table.notices == ()


def test_windows_1252_is_read_with_a_notice(tmp_path: Path) -> None:
    rows = [good_row(1)]
    rows[0][2] = "José Hernández"
    table = ri.read_table(write_csv(tmp_path / "x.csv", rows, encoding="cp1252"))
    assert table.encoding == "Windows-1252"
    assert table.rows[0].cells[2] == "José Hernández"
    assert any("bukan UTF-8" in n for n in table.notices)


def test_xlsx_with_real_date_cells(office: Office, tmp_path: Path) -> None:
    rows = [
        [
            1,
            "SAK-2015-0001",
            "Budi Santoso",
            NIK_BUDI,
            "Jakarta",
            date(1990, 3, 12),
            datetime(2015, 3, 12),
            "arsip lemari 2",
        ],
        [
            2,
            "SAK-2015-0002",
            "Siti Aminah",
            NIK_SITI,
            "Bandung",
            date(1985, 8, 15),
            42075,
            "",
        ],  # a date column formatted as a number: Excel serial 42075
    ]
    table = ri.read_table(write_xlsx(tmp_path / "ledger.xlsx", rows))
    assert table.sheet == "Buku Induk" and table.sheet_names == ("Buku Induk",)
    plan = run_preview(office, table)
    assert plan.problems == ()
    assert [r.entry.issued_on for r in plan.rows] == [date(2015, 3, 12), date(2015, 3, 12)]
    assert plan.rows[0].entry.birth_date == date(1990, 3, 12)
    assert plan.rows[1].entry.sex == "P"
    result = run_commit(office, plan)
    with office.runtime.unit() as s:
        event = s.scalar(select(AuditEvent).where(AuditEvent.seq == result.audit_seq))
    assert event is not None and event.detail["notes"] == {"SAK-2015-0001": "arsip lemari 2"}


def test_xlsx_nik_stored_as_a_number_loses_a_digit(office: Office, tmp_path: Path) -> None:
    rows = [[1, "SAK-1", "Budi", 3174051203900000, "", "", date(2015, 3, 12), ""]]
    plan = run_preview(office, ri.read_table(write_xlsx(tmp_path / "x.xlsx", rows)))
    assert "Format kolom NIK sebagai Teks" in problems_of(plan, 2)["nik"]


def test_xlsx_sheet_by_name(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "x.xlsx", [good_row(1)])
    book = openpyxl.load_workbook(path)
    book.create_sheet("Kosong", 0)
    book.save(path)
    assert ri.read_table(path, sheet="Buku Induk").rows[0].cells[1] == "SAK-2015-0001"
    with pytest.raises(
        ValidationError, match="Lembar 'Kosong' kosong; pilih lembar lain: Buku Induk"
    ):
        ri.read_table(path)
    with pytest.raises(ValidationError, match="lembar di berkas ini: Kosong, Buku Induk"):
        ri.read_table(path, sheet="2015")


def test_password_protected_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "rahasia.xlsx"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 1024)
    with pytest.raises(ValidationError) as err:
        ri.read_table(path)
    assert "dilindungi kata sandi" in err.value.message and "hapus kata sandinya" in str(err.value)


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("kosong.csv", b"", "kosong"),
        ("judul.csv", b"Nomor Sertifikat;Nama;NIK;Tanggal Terbit\r\n", "hanya berisi judul"),
        ("data.csv", f"SAK-1;Budi;{NIK_BUDI};12-03-2015\r\n".encode(), "judul kolom tidak"),
        ("rusak.xlsx", b"PK\x03\x04 not really a zip", "rusak"),
        ("lama.xls", b"\xd0\xcf\x11\xe0", "Excel lama"),
        ("catatan.docx", b"PK", "tidak dikenali"),
    ],
)
def test_unusable_files_say_what_to_do(
    tmp_path: Path, name: str, content: bytes, says: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError) as err:
        ri.read_table(path)
    assert err.value.field == "file" and says in err.value.message


def test_too_many_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ri, "MAX_ROWS", 3)
    path = write_csv(tmp_path / "x.csv", [good_row(n) for n in range(1, 5)])
    with pytest.raises(ValidationError, match="lebih dari 3 baris"):
        ri.read_table(path)


def test_title_line_above_the_header_is_skipped(tmp_path: Path) -> None:
    table = ri.read_table(FIXTURES / "buku-induk-sak-2015.csv")
    assert table.header_row == 3 and table.delimiter == ";"
    assert table.rows[0].number == 4
    assert any("baris 3" in n for n in table.notices)


# --- mapping ----------------------------------------------------------------------------------


def test_mapping_is_guessed_from_indonesian_headers() -> None:
    headers = [
        "No.",
        "No. Sertifikat",
        "Nama",
        "NIK",
        "Tempat/Tgl Lahir",
        "Tanggal Sertifikat",
        "Ket.",
    ]
    mapping = ri.suggest_mapping(headers)
    assert mapping["serial"] == 1 and mapping["name"] == 2 and mapping["nik"] == 3
    assert mapping["birth_place_date"] == 4 and mapping["birth_date"] is None
    assert mapping["issued_on"] == 5 and mapping["notes"] == 6
    english = ri.suggest_mapping(["Certificate Number", "Full Name", "NIK", "Issue Date"])
    assert [english[f] for f in ("serial", "name", "nik", "issued_on")] == [0, 1, 2, 3]


def test_missing_required_column_is_named(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [["A-1", "Budi"]], header=["Nomor Sertifikat", "Nama"])
    table = ri.read_table(path)
    with pytest.raises(ValidationErrors) as err:
        ri.check_mapping(table, ri.suggest_mapping(table.headers))
    fields = err.value.by_field()
    assert set(fields) == {"nik", "issued_on"}
    assert "'NIK'" in fields["nik"] and "'Nomor Sertifikat', 'Nama'" in fields["nik"]


def test_one_column_for_two_fields_is_refused(tmp_path: Path) -> None:
    table = ri.read_table(write_csv(tmp_path / "x.csv", [good_row(1)]))
    mapping = ri.suggest_mapping(table.headers) | {"birth_place": 2}
    with pytest.raises(ValidationErrors, match="satu kolom hanya untuk satu isian"):
        ri.check_mapping(table, mapping)


def test_place_and_date_of_birth_in_one_column(office: Office, tmp_path: Path) -> None:
    header = ["Nomor Sertifikat", "Nama", "NIK", "Tempat, Tanggal Lahir", "Tanggal Terbit"]
    rows = [["SAK-1", "Budi", NIK_BUDI, "Jakarta, 12 Maret 1990", "12-03-2015"]]
    plan = run_preview(office, ri.read_table(write_csv(tmp_path / "x.csv", rows, header=header)))
    entry = plan.rows[0].entry
    assert (entry.birth_place, entry.birth_date) == ("Jakarta", date(1990, 3, 12))


# --- holders ----------------------------------------------------------------------------------


def test_existing_applicant_is_reused_never_duplicated(office: Office, tmp_path: Path) -> None:
    officer = office.actors[Role.OFFICER]
    with office.runtime.unit(officer) as s:
        budi = applicants.register_person(
            s, officer, applicants.PersonInput(nik=NIK_BUDI, name="Budi Santoso")
        ).applicant.id
    rows = [good_row(1), good_row(2), good_row(3)]
    rows[0][2:4] = ["SANTOSO, Budi", NIK_BUDI]
    rows[1][2:4] = ["Siti Aminah", NIK_BUDI]  # someone else's name on Budi's NIK
    rows[2][2:4] = ["Siti Aminah", NIK_SITI]
    plan = run_preview(office, ri.read_table(write_csv(tmp_path / "x.csv", rows)))
    assert [r.applicant_id for r in plan.rows] == [budi, budi, None]
    assert plan.rows[0].warnings == ()  # same words, other order
    assert "berbeda jauh" in plan.rows[1].warnings[0]  # shown, not blocking
    assert plan.rows[2].creates_applicant
    result = run_commit(office, plan)
    assert (result.written, result.applicants_created, result.applicants_reused) == (3, 1, 1)
    with office.runtime.unit() as s:
        assert s.scalar(select(func.count()).where(Applicant.nik == NIK_BUDI)) == 1
        holders = s.scalars(
            select(Certificate.applicant_id).where(
                Certificate.serial.in_(["SAK-2015-0001", "SAK-2015-0002"])
            )
        ).all()
    assert set(holders) == {budi}


def test_a_nik_new_in_the_file_creates_one_holder(office: Office, tmp_path: Path) -> None:
    rows = [good_row(1), good_row(2)]
    rows[1][3] = rows[0][3]
    plan = run_preview(office, ri.read_table(write_csv(tmp_path / "x.csv", rows)))
    assert [r.creates_applicant for r in plan.rows] == [True, False]
    assert plan.rows[1].same_holder_as_row == 2
    assert run_commit(office, plan).applicants_created == 1
    assert count(office, Applicant) == 1


# --- commit safety ----------------------------------------------------------------------------


def test_cancel_during_preview_and_commit_writes_nothing(office: Office, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [good_row(n) for n in range(1, 601)])
    table = ri.read_table(path)
    seen: list[tuple[int, int]] = []

    def cancel_at_300(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 300

    with pytest.raises(ri.ImportCancelled):
        run_preview(office, table, progress=cancel_at_300)
    plan = run_preview(office, table)
    with pytest.raises(ri.ImportCancelled, match="tidak ada data yang disimpan"):
        run_commit(office, plan, progress=cancel_at_300)
    assert seen[0] == (250, 600)
    assert count(office, Certificate) == 0 and count(office, Applicant) == 0
    assert run_commit(office, plan, progress=lambda d, t: True).written == 600


def test_database_changed_since_preview_refuses_the_whole_commit(
    office: Office, tmp_path: Path
) -> None:
    table = ri.read_table(write_csv(tmp_path / "x.csv", [good_row(1), good_row(2)]))
    plan = run_preview(office, table)
    enter(office, serial="SAK-2015-0002", nik=nik(2), name="Peserta 2")
    with pytest.raises(ConflictError, match="buat pratinjau ulang"):
        run_commit(office, plan)
    assert count(office, Certificate) == 1


def test_holder_added_since_preview_refuses_too(office: Office, tmp_path: Path) -> None:
    plan = run_preview(office, ri.read_table(write_csv(tmp_path / "x.csv", [good_row(1)])))
    enter(office, serial="LAIN-1", nik=nik(1), name="Peserta 1")
    with pytest.raises(ConflictError, match="data pemohon"):
        run_commit(office, plan)


def test_only_officers_and_supervisors_import(office: Office, tmp_path: Path) -> None:
    plan = run_preview(office, ri.read_table(write_csv(tmp_path / "x.csv", [good_row(1)])))
    printer = office.actors[Role.PRINTER]
    with pytest.raises(PermissionDenied), office.runtime.unit(printer) as s:
        ri.commit(s, printer, plan)


@pytest.mark.sqlite_only
def test_sqlite_is_back_to_normal_sync_after_an_import(office: Office, tmp_path: Path) -> None:
    run_commit(
        office, run_preview(office, ri.read_table(write_csv(tmp_path / "x.csv", [good_row(1)])))
    )
    with office.runtime.unit() as s:
        assert s.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL


# --- the error list ---------------------------------------------------------------------------


def test_errors_csv_opens_in_excel_with_the_reasons(office: Office, tmp_path: Path) -> None:
    rows = [good_row(1), good_row(2)]
    rows[0][3] = "12345"
    rows[1][6] = "=1+1"
    plan = run_preview(office, ri.read_table(write_csv(tmp_path / "x.csv", rows)))
    data = ri.errors_csv(plan)
    assert data.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert lines[0] == ["Baris", "Kolom", "Isi", "Jenis", "Keterangan"]
    assert lines[1][:4] == ["2", "NIK", "12345", "Bermasalah"] and "16 angka" in lines[1][4]
    assert lines[2][:4] == ["3", "Tanggal Terbit", "'=1+1", "Bermasalah"]  # never a formula


# --- one certificate through the form ---------------------------------------------------------


def test_enter_one_creates_then_reuses_the_holder(office: Office) -> None:
    first = enter(office, birth_date=date(1990, 3, 13))
    assert first.new_applicant and first.certificate.historic
    assert any("Tanggal lahir di NIK" in w for w in first.warnings)
    second = enter(office, serial="SAK-2016-0002", name="Siti Aminah", issued_on=date(2016, 1, 5))
    assert not second.new_applicant
    assert second.certificate.applicant_id == first.certificate.applicant_id
    assert any("berbeda jauh" in w for w in second.warnings)


def test_enter_one_marks_each_bad_field(office: Office) -> None:
    enter(office)
    with pytest.raises(ValidationErrors) as err:
        enter(
            office,
            serial="sak-2014-0001",
            name=" ",
            nik="12",
            issued_on="2014-13-40",
            valid_until="01-01-2010",
        )
    fields = err.value.by_field()
    assert set(fields) == {"serial", "name", "nik", "issued_on"}
    assert "sudah ada di database" in fields["serial"]


def test_enter_one_needs_a_certificate_service(office: Office) -> None:
    with pytest.raises(ValidationError, match="tidak menerbitkan sertifikat") as err:
        enter(office, service_code="sak/legalisasi")
    assert err.value.field == "service_code"


# --- the command line -------------------------------------------------------------------------


def cli(office: Office, monkeypatch: pytest.MonkeyPatch, *argv: str) -> int:
    monkeypatch.setenv("COUNTERDESK_PASSWORD", PASSWORD)
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url")
    registry_cli.register(parser.add_subparsers(dest="command"))
    url = office.runtime.db.engine.url.render_as_string(hide_password=False)
    args = parser.parse_args(["--database-url", url, *argv])
    return int(args.func(args))


def test_cli_previews_then_writes_with_yes(
    office: Office,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = [good_row(1), good_row(2)]
    rows[1][3] = "123"
    path = write_csv(tmp_path / "x.csv", rows)
    assert cli(office, monkeypatch, "registry", "import", str(path), "--as", "petugas") == 0
    out = capsys.readouterr().out
    assert "1 siap disimpan" in out and "baris     3" in out and "Belum ada yang disimpan" in out
    assert count(office, Certificate) == 0
    errors = tmp_path / "salah.csv"
    code = cli(
        office,
        monkeypatch,
        "registry",
        "import",
        str(path),
        "--as",
        "petugas",
        "--yes",
        "--errors",
        str(errors),
    )
    assert code == 0 and "Tersimpan: 1 sertifikat" in capsys.readouterr().out
    assert "16 angka" in errors.read_text(encoding="utf-8-sig")
    assert count(office, Certificate) == 1


def test_cli_add_one(
    office: Office, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli(
        office,
        monkeypatch,
        "registry",
        "add",
        "--as",
        "petugas",
        "--serial",
        "SAK-9",
        "--name",
        "Budi Santoso",
        "--nik",
        NIK_BUDI,
        "--issued",
        "12 Maret 2015",
    )
    assert code == 0 and "Sertifikat Ahli Kepabeanan" in capsys.readouterr().out
    code = cli(
        office,
        monkeypatch,
        "registry",
        "add",
        "--as",
        "petugas",
        "--serial",
        "SAK-9",
        "--name",
        "Budi",
        "--nik",
        "1",
        "--issued",
        "kemarin",
    )
    out = capsys.readouterr().out
    assert code == 2 and "Galat pada NIK" in out and "Galat pada Nomor sertifikat" in out
