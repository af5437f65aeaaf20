"""`python -m tests.bench.bench_documents` — rendering time per document, beside a bare
ReportLab page measured the same way in the same process."""

from __future__ import annotations

import argparse
import dataclasses
import io
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas

from counterdesk.documents.codes import qr_matrix
from counterdesk.documents.receipt import render_receipt, render_receipts
from counterdesk.documents.ticket_slip import render_ticket_slip
from tests.bench.harness import Row, print_table
from tests.unit.documents import conftest as samples

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


_COLD = """
import time
t0 = time.perf_counter()
from tests.bench.bench_documents import bare_page
bare_page()
t1 = time.perf_counter()
from tests.bench.bench_documents import sample_receipt
from counterdesk.documents.receipt import render_receipt
data = sample_receipt()
t2 = time.perf_counter()
render_receipt(data)
t3 = time.perf_counter()
print((t3 - t2) * 1000, (t1 - t0) * 1000)
"""


def sample_receipt() -> samples.ReceiptData:
    return samples.receipt.__wrapped__(samples.letterhead.__wrapped__())  # type: ignore[attr-defined, no-any-return]


def cold_first_render() -> tuple[float, float]:
    """First receipt in a fresh process (font files parsed) vs a first bare page."""
    out = subprocess.run(
        [sys.executable, "-c", _COLD], capture_output=True, text=True, check=True
    ).stdout.split()
    return float(out[0]), float(out[1])


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    repeat = args.repeat
    receipt = sample_receipt()
    ticket = samples.ticket.__wrapped__(receipt.letterhead)
    long_receipt = dataclasses.replace(receipt, documents=samples.documents(12))
    batch = [dataclasses.replace(receipt, number=receipt.number) for _ in range(50)]
    bare = median_ms(bare_page, repeat)
    cold_ours, cold_bare = cold_first_render()
    rows = [
        Row("receipt, 5 documents (A4, 1 page)", median_ms(lambda: render_receipt(receipt), repeat), bare, "bare ReportLab page, one line"),
        Row("receipt, 12 documents (shrunk to 1 page)", median_ms(lambda: render_receipt(long_receipt), repeat), bare, "bare ReportLab page, one line"),
        Row("ticket slip", median_ms(lambda: render_ticket_slip(ticket), repeat), bare, "bare ReportLab page, one line"),
        Row("batch of 50 receipts, per receipt", median_ms(lambda: render_receipts(batch), max(3, repeat // 5)) / 50, bare, "bare ReportLab page, one line"),
        Row("first receipt in a new process", cold_ours, cold_bare, "first bare page in a new process", "< 600 ms (no progress bar)"),
        *qr_rows(repeat),
    ]  # fmt: skip
    print_table(rows)


if __name__ == "__main__":
    main()
