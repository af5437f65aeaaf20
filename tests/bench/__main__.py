"""`python -m tests.bench` — every benchmark row in one table."""

from __future__ import annotations

import argparse

from tests.bench.harness import print_table


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
        "--only",
        choices=["start", "intake", "documents", "registry", "sync", "serials"],
        help="run one group",
    )
    args = parser.parse_args()
    rows = []
    if args.only in (None, "start"):
        from tests.bench import cold_start

        rows += cold_start.rows(args.repeat)
    if args.only in (None, "intake"):
        from tests.bench import bench_intake

        rows += bench_intake.run(args.rows, args.samples)
    if args.only in (None, "documents"):
        from tests.bench import bench_documents

        rows += bench_documents.run()
    if args.only in (None, "registry"):
        from tests.bench import bench_registry_import

        rows += bench_registry_import.run()
    if args.only in (None, "sync"):
        from tests.bench import bench_sync

        rows += bench_sync.run()
    if args.only in (None, "serials"):
        from tests.bench import bench_serials

        rows += bench_serials.run()
    print_table(rows)


if __name__ == "__main__":
    main()
