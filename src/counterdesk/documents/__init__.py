"""Printed documents: ReportLab renderers that turn plain data into PDF bytes.

No Qt and no database here: callers (services) pass frozen dataclasses and get bytes back,
so every document can be rendered from the CLI, a worker thread or a test.
"""
