"""The desktop GUI: the only package that imports PySide6. It calls services, never the
database directly (see docs/gui.md)."""
