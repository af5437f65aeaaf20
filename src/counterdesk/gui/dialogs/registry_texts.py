"""What the import wizard says: the step headings, the trail of steps, the file read, the
preview's counts and the summary after writing. Kept apart from the wizard's logic."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from counterdesk.gui.dialogs.registry_runner import thousands
from counterdesk.gui.style import repolish
from counterdesk.services import registry_import as ri

DELIMITERS = {";": "titik koma (;)", ",": "koma (,)", "\t": "tab"}


class Step(IntEnum):
    FILE = 0
    MAPPING = 1
    PREVIEW = 2
    DONE = 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("RegistryImportDialog", text)


def step_title(step: Step) -> tuple[str, str]:
    """The heading and the one-line explanation of a step."""
    return {
        Step.FILE: (
            _tr("Langkah 1 dari 3 — Pilih berkas"),
            _tr(
                "Pilih berkas Excel atau CSV berisi sertifikat lama, dan layanan yang "
                "menerbitkannya."
            ),
        ),
        Step.MAPPING: (
            _tr("Langkah 2 dari 3 — Cocokkan kolom"),
            _tr(
                "Untuk setiap isian, pilih kolom berkas yang berisinya. Pilihan awal ditebak dari "
                "judul kolom: periksa contoh isinya di kanan. Isian bertanda * wajib."
            ),
        ),
        Step.PREVIEW: (
            _tr("Langkah 3 dari 3 — Periksa, lalu tulis"),
            _tr(
                "Semua baris sudah diperiksa; belum ada yang disimpan. Baris bermasalah tidak "
                "ditulis: perbaiki di berkas, lalu impor lagi nanti. Baris dengan peringatan "
                "tetap ditulis."
            ),
        ),
        Step.DONE: (_tr("Impor selesai"), ""),
    }[step]


def trail(step: Step) -> str:
    """``1 Pilih berkas › 2 Cocokkan kolom › 3 Periksa dan tulis``, the current one bold."""
    names = (_tr("1 Pilih berkas"), _tr("2 Cocokkan kolom"), _tr("3 Periksa dan tulis"))
    if step == Step.DONE:
        return " › ".join(f"✓ {name}" for name in names)
    return " › ".join(f"<b>{n}</b>" if i == step else n for i, n in enumerate(names))


def describe(table: ri.RawTable) -> str:
    """What was read: rows, where the header was, the sheet or the CSV's encoding."""
    text = _tr("{0}: {1} baris data, judul kolom di baris {2}").format(
        table.file_name, thousands(len(table.rows)), table.header_row
    )
    if table.sheet:
        text += _tr(", lembar “{0}”").format(table.sheet)
    if len(table.sheet_names) > 1:
        text += _tr(" (berkas ini berisi {0} lembar; ganti di Lembar bila perlu)").format(
            len(table.sheet_names)
        )
    if table.encoding:
        text += _tr(", CSV {0}, pemisah {1}").format(
            table.encoding, DELIMITERS.get(table.delimiter, table.delimiter)
        )
    return text + "."


def show_counts(ui: Any, plan: ri.ImportPreview) -> None:
    """The preview's counts; the bad rows in red when there are any."""
    bad = len(plan.bad_rows)
    for label, text, count in (
        (ui.writeCount, _tr("<b>{0}</b> akan ditulis"), len(plan.rows)),
        (ui.problemCount, _tr("<b>{0}</b> baris bermasalah (tidak ditulis)"), bad),
        (ui.newApplicantCount, _tr("<b>{0}</b> pemohon baru"), plan.new_applicants),
        (ui.existingApplicantCount, _tr("<b>{0}</b> pemohon sudah ada"), plan.reused_applicants),
        (ui.warningCount, _tr("<b>{0}</b> dengan peringatan"), plan.warning_rows),
    ):
        label.setText(text.format(thousands(count)))
    ui.problemCount.setProperty("role", "error" if bad else "summary")
    repolish(ui.problemCount)


def show_done(ui: Any, result: ri.ImportResult) -> None:
    ui.doneHeadline.setText(_tr("{0} sertifikat lama tersimpan").format(thousands(result.written)))
    summary = _tr("Pemohon baru dibuat: {0} · pemohon yang sudah ada dipakai: {1}").format(
        result.applicants_created, result.applicants_reused
    )
    if result.skipped_rows:
        summary += _tr(" · baris bermasalah tidak ditulis: {0}").format(result.skipped_rows)
    ui.doneSummary.setText(summary + ".")
    ui.doneHint.setText(
        _tr(
            "Sertifikat ini kini ditemukan oleh legalisasi, perbaikan dan penggantian sertifikat "
            "hilang; di tab Cetak tampil sebagai “Arsip lama”. Baris bermasalah: perbaiki di "
            "berkas, lalu impor berkas itu lagi — sertifikat yang sudah tersimpan dikenali "
            "sebagai “sudah ada” dan tidak ditulis dua kali."
        )
    )
