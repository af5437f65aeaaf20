"""Sync by export files between counters (SYNC.md): merge, file format, import/export."""
