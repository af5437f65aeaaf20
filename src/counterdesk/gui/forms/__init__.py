"""Python forms generated from ui/*.ui by tools/build_forms.py — DO NOT EDIT.

Edit the .ui file in Qt Designer, then run ``python tools/build_forms.py``."""
