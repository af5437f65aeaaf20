"""Benchmarks: `python -m tests.bench` prints figure, ours, reference, ratio.

Not part of the test run; each figure has a reference run beside it in the same process.
"""
