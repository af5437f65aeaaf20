"""Checks a form makes before calling a service: things only the form knows (a repeated
password) and required fields on wizard pages that are saved only at the end."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from counterdesk.domain.errors import ValidationError, ValidationErrors


def _tr(text: str) -> str:
    return QCoreApplication.translate("form_checks", text)


def require_same_password(password: str, repeat: str, field: str) -> None:
    if password != repeat:
        raise ValidationError(
            field, _tr("Kedua kata sandi tidak sama; ketik ulang kata sandi yang sama.")
        )


def require_filled(values: Mapping[str, object]) -> None:
    missing = [field for field, value in values.items() if not str(value).strip()]
    if missing:
        raise ValidationErrors(
            [ValidationError(field, _tr("Kolom ini wajib diisi.")) for field in missing]
        )
