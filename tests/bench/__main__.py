"""`python -m tests.bench` — every benchmark row in one table."""

from __future__ import annotations

import argparse
import tempfile

from tests.bench.harness import Row, median_ms, print_table, python, time_until_line


def cold_start(repeat: int) -> Row:
    with tempfile.TemporaryDirectory() as data_dir:
        # fill the demo database once, outside the timing
        time_until_line([python(), "-m", "tests.bench.cold_start", "ours", data_dir])
        ours = median_ms(
            lambda: time_until_line([python(), "-m", "tests.bench.cold_start", "ours", data_dir]),
            repeat,
        )
        bare = median_ms(
            lambda: time_until_line([python(), "-m", "tests.bench.cold_start", "bare"]), repeat
        )
    return Row("cold start to main window shown", ours, bare, "bare PySide6 window with five tabs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5, help="cold starts per side")
    parser.add_argument(
        "--rows",
        type=int,
        default=1_000_000,
        help="applicants and applications in the intake database",
    )
    parser.add_argument("--samples", type=int, default=200, help="samples per intake figure")
    parser.add_argument(
        "--only", choices=["start", "intake", "documents", "registry"], help="run one group"
    )
    args = parser.parse_args()
    rows = []
    if args.only in (None, "start"):
        rows.append(cold_start(args.repeat))
    if args.only in (None, "intake"):
        from tests.bench import bench_intake

        rows += bench_intake.run(args.rows, args.samples)
    if args.only in (None, "documents"):
        from tests.bench import bench_documents

        rows += bench_documents.run()
    if args.only in (None, "registry"):
        from tests.bench import bench_registry_import

        rows += bench_registry_import.run()
    print_table(rows)


if __name__ == "__main__":
    main()
