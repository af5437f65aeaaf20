"""`python -m tests.bench.bench_documents` — rendering time per document, beside a bare
ReportLab page measured the same way in the same process."""

from __future__ import annotations

import argparse
import dataclasses
import gc
import io
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas

from counterdesk.documents import fonts
from counterdesk.documents.batch_process import render_print_batch
from counterdesk.documents.certificate_data import CertificatePrint
from counterdesk.documents.certificates import render_certificates
from counterdesk.documents.codes import qr_matrix
from counterdesk.documents.paper import A4, mm
from counterdesk.documents.receipt import ReceiptData, render_receipt, render_receipts
from counterdesk.documents.template_render import FONT_NAMES, print_fields
from counterdesk.documents.templates import TextElement, load_template
from counterdesk.documents.ticket_slip import render_ticket_slip
from counterdesk.domain.numbers import CERTIFICATE, RECEIPT, format_number
from tests.bench.harness import Row, print_table
from tests.unit.documents import samples

QR_PAYLOAD = ("CD1|TT-L01-26-000123K|20261119T0705Z|L01|sig:" + "A1b2C3d4E5f6G7h8" * 6)[:125]


def bare_page() -> bytes:
    """The reference: one line of text on an A4 page, ReportLab's built-in Helvetica."""
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, "Tanda terima TT-L01-26-000123K")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm: font registration and imports are measured separately (cold rows)
    samples_ms = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples_ms.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples_ms)


# Each side of the first-use row runs alone in a fresh process, and its timer includes the
# imports: the receipt service loads ReportLab at the first receipt, so the officer waits
# for the import, the font files and the page. Neither side warms the other.
_FIRST_RECEIPT = """
import time
t0 = time.perf_counter()
from tests.bench.bench_documents import sample_receipt
from counterdesk.documents.certificate_data import CertificatePrint
from counterdesk.documents.certificates import render_certificates
from counterdesk.documents.paper import A4, mm
from counterdesk.documents.template_render import FONT_NAMES, print_fields
from counterdesk.documents.templates import TextElement, load_template
from counterdesk.documents.receipt import render_receipt
render_receipt(sample_receipt())
print((time.perf_counter() - t0) * 1000)
"""
_FIRST_BARE_PAGE = """
import time
t0 = time.perf_counter()
from tests.bench.bench_documents import bare_page
bare_page()
print((time.perf_counter() - t0) * 1000)
"""


def dejavu_page() -> bytes:
    """One line in embedded DejaVu: what font subsetting alone costs."""
    fonts.register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.setFont(fonts.REGULAR, 12)
    canvas.drawString(72, 720, "Tanda terima TT-L01-26-000123K")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def sample_receipt() -> ReceiptData:
    return samples.receipt(samples.letterhead())


def _first_use(script: str) -> float:
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return float(out.stdout.split()[-1])


def cold_first_render(repeat: int = 3) -> tuple[float, float]:
    """First receipt in a fresh process, imports included; beside the first bare page in
    another fresh process (median of ``repeat`` each, alternating)."""
    ours, bare = [], []
    for _ in range(repeat):
        ours.append(_first_use(_FIRST_RECEIPT))
        bare.append(_first_use(_FIRST_BARE_PAGE))
    return statistics.median(ours), statistics.median(bare)


def qr_rows(repeat: int) -> list[Row]:
    from reportlab.graphics.barcode import qrencoder

    def reportlab_qr() -> object:
        qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        qr.addData(QR_PAYLOAD)
        qr.make()
        return qr.modules

    rows = [
        Row(
            "QR matrix, 125-char payload (zxing-cpp)",
            median_ms(lambda: qr_matrix(QR_PAYLOAD), repeat * 10),
            median_ms(reportlab_qr, repeat),
            "reportlab.graphics.barcode.qrencoder (pure Python)",
        )
    ]
    try:
        import segno  # not a project dependency; measured when present
    except ImportError:
        print("segno not installed here: see docs/documents.md for its measured time")
    else:
        rows.append(
            Row(
                "QR matrix, 125-char payload (zxing-cpp)",
                median_ms(lambda: qr_matrix(QR_PAYLOAD), repeat * 10),
                median_ms(lambda: segno.make_qr(QR_PAYLOAD, error="m").matrix, repeat),
                "segno (pure Python)",
            )
        )
    return rows


def certificate_items(count: int = 1000) -> list[CertificatePrint]:
    """``count`` certificates, each with its own serial, signed-payload stand-in and photo."""
    base = samples.certificate_print()
    items = []
    for i in range(count):
        serial = format_number(CERTIFICATE, "L01", 2026, i + 1)
        items.append(
            dataclasses.replace(
                base, serial=serial, photo_jpeg=samples.photo_jpeg(i),
                qr_payload=base.qr_payload.replace(base.serial, serial),
            )
        )  # fmt: skip
    return items


def certificate_text_only(items: list[CertificatePrint]) -> bytes:
    """The reference: ReportLab drawing the same texts at the same places and sizes, one
    ``drawString`` each, without frame, logo, forms, codes or photos."""
    fonts.register_fonts()
    template = load_template(items[0].template)
    texts = [e for e in template.pages[0].elements if isinstance(e, TextElement)]
    paper = A4
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=paper.size, invariant=1, initialFontName=fonts.REGULAR)
    for item in items:
        fields = print_fields(item)
        for element in texts:
            canvas.setFont(FONT_NAMES[element.font], element.size)
            canvas.drawString(
                element.x_mm * mm + paper.width / 2, paper.height - element.y_mm * mm,
                element.text.format_map(fields),
            )  # fmt: skip
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def longest_stall_ms(work: Callable[[], object] | None, tick_s: float = 0.005) -> float:
    """The longest a main-thread loop waking every 5 ms (a GUI event loop) waits while
    ``work`` runs in a worker thread: the GIL hand-over is what the GUI would feel. As in
    the app (the main window calls ``gc.freeze()`` once), what exists before the batch
    is kept out of the collector's full passes, on both sides."""
    gc.freeze()
    done = threading.Event()
    if work is not None:
        worker = threading.Thread(target=lambda: (work(), done.set()))
        worker.start()
    else:
        threading.Timer(1.0, done.set).start()
    worst, last = 0.0, time.perf_counter()
    while not done.is_set():
        time.sleep(tick_s)
        now = time.perf_counter()
        worst, last = max(worst, (now - last - tick_s) * 1000), now
    gc.unfreeze()
    return worst


def certificate_rows(count: int = 1000) -> list[Row]:
    items = certificate_items(count)
    batch_ms = median_ms(lambda: render_certificates(items), 3) / count
    text_ms = median_ms(lambda: certificate_text_only(items), 3) / count
    return [
        Row(f"{count} certificates (Code 128, QR, photo), per page", batch_ms, text_ms,
            "same texts by ReportLab, no codes/photos/forms", "<= 2 ms"),
        Row(f"main-thread stall while {count} certificates render",
            longest_stall_ms(lambda: render_print_batch("certificates", items)),
            longest_stall_ms(None),
            "same 5 ms loop, idle", "<= 100 ms"),
    ]  # fmt: skip


def run(repeat: int = 20) -> list[Row]:
    receipt = sample_receipt()
    ticket = samples.ticket(receipt.letterhead)
    long = dataclasses.replace(receipt, documents=samples.documents(12))
    batch = [
        dataclasses.replace(receipt, number=format_number(RECEIPT, "L01", 2026, seq))
        for seq in range(1, 51)
    ]

    def ms(fn: Callable[[], object]) -> float:
        return median_ms(fn, repeat)

    bare = ms(bare_page)
    batch_ms = median_ms(lambda: render_receipts(batch), max(3, repeat // 5))
    cold_ours, cold_bare = cold_first_render()
    ref = "bare ReportLab page, one line"
    rows = [
        Row("receipt, 5 documents (A4, 1 page)", ms(lambda: render_receipt(receipt)), bare, ref),
        Row("receipt, 12 documents (shrunk, 1 page)", ms(lambda: render_receipt(long)), bare, ref),
        Row("ticket slip", ms(lambda: render_ticket_slip(ticket)), bare, ref),
        Row("batch of 50 receipts, per receipt", batch_ms / 50, bare, ref),
        Row("one line, DejaVu embedded", ms(dejavu_page), bare, ref),
        Row("first receipt in a new process (imports too)", cold_ours, cold_bare,
            "first bare page, its own new process", "< 600 ms (no progress bar)"),
        *qr_rows(repeat),
        *certificate_rows(),
    ]  # fmt: skip
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    print_table(run(parser.parse_args().repeat))


if __name__ == "__main__":
    main()
