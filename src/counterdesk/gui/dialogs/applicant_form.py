"""The new-applicant part of the new-application form: a person (NIK, photo 3×4) or a
business (NIB, KBLI). Reads the widgets into the services' inputs, fills them back from
a draft, and marks the service's errors at each field (``personNik``, ``businessNib``)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any, Literal, cast

from PySide6.QtCore import QObject, QRect, QStandardPaths, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QLineEdit, QPlainTextEdit, QWidget

from counterdesk.domain.errors import ValidationError
from counterdesk.gui.field_errors import FieldErrors, widget_name
from counterdesk.gui.form_values import read_fields, write_fields
from counterdesk.services import applicants
from counterdesk.services.applicants import BusinessInput, PersonInput

PERSON_FIELDS = (
    "nik",
    "name",
    "birth_place",
    "birth_date",
    "sex",
    "phone",
    "email",
    "nip",
    "agency",
    "address",
)
BUSINESS_FIELDS = ("nib", "name", "kbli", "contact_person", "phone", "email", "address")
PHOTO_SIZE = (90, 120)  # 3×4 on screen
WARNED_FIELDS = ("birth_date", "sex")  # what the NIK says something about
_DATE = re.compile(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})")


def parse_birth_date(text: str) -> date | None:
    """``12-03-1990`` (also with / or .), the order Indonesians write; empty is None."""
    typed = text.strip()
    if not typed:
        return None
    match = _DATE.fullmatch(typed)
    try:
        if match is None:
            raise ValueError(typed)
        day, month, year = (int(part) for part in match.groups())
        return date(year, month, day)
    except ValueError:
        raise ValidationError(
            "birth_date",
            f"Tanggal lahir ditulis hh-bb-tttt, mis. 12-03-1990; yang diketik '{typed}'.",
        ) from None


def photo_pixmap(data: bytes) -> QPixmap | None:
    """A 3×4 preview: centre-cropped like the service stores it."""
    pixmap = QPixmap()
    if not pixmap.loadFromData(data):
        return None
    width, height = PHOTO_SIZE
    scaled = pixmap.scaled(
        width,
        height,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    left = (scaled.width() - width) // 2
    top = (scaled.height() - height) // 2
    return scaled.copy(QRect(left, top, width, height))


def show_photo(label: QLabel, data: bytes | None, empty_text: str) -> None:
    pixmap = photo_pixmap(data) if data else None
    if pixmap is None:
        label.setPixmap(QPixmap())
        label.setText(empty_text)
    else:
        label.setPixmap(pixmap)


class ApplicantForm(QObject):
    changed = Signal()

    def __init__(self, ui: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.ui = ui
        self.page = parent
        self.photo: bytes | None = None
        self.photo_path = ""
        sex: QComboBox = ui.personSex
        for text, code in (
            (self.tr("— pilih —"), ""),
            (self.tr("Laki-laki"), "L"),
            (self.tr("Perempuan"), "P"),
        ):
            sex.addItem(text, code)
        self.person_errors = FieldErrors(ui, prefix="person", general=ui.generalError)
        self.business_errors = FieldErrors(ui, prefix="business", general=ui.generalError)
        self._empty_photo_text = ui.personPhotoPreview.text()
        ui.personPhotoButton.clicked.connect(self.choose_photo)
        ui.personPhotoClearButton.clicked.connect(self.clear_photo)
        for prefix, fields in (("person", PERSON_FIELDS), ("business", BUSINESS_FIELDS)):
            for field in fields:
                widget = getattr(ui, widget_name(field, prefix))
                if isinstance(widget, QLineEdit | QPlainTextEdit):
                    widget.textChanged.connect(self.changed)
                elif isinstance(widget, QComboBox):
                    widget.currentIndexChanged.connect(self.changed)
        for widget in (ui.personNik, ui.personBirthDate):
            widget.textChanged.connect(self.check_person)
        ui.personSex.currentIndexChanged.connect(self.check_person)
        self.check_person()

    # --- values -----------------------------------------------------------------------
    def values(self, kind: Literal["person", "business"]) -> dict[str, str]:
        fields = PERSON_FIELDS if kind == "person" else BUSINESS_FIELDS
        return {k: str(v) for k, v in read_fields(self.ui, fields, kind).items()}

    def is_blank(self) -> bool:
        filled = any(self.values("person").values()) or any(self.values("business").values())
        return not filled and self.photo is None

    def person_input(self) -> tuple[PersonInput, list[ValidationError]]:
        """The person as the service takes it, and the errors only the form can see."""
        v = self.values("person")
        errors: list[ValidationError] = []
        try:
            born = parse_birth_date(v["birth_date"])
        except ValidationError as error:
            errors.append(error)
            born = None
        sex = cast(Literal["L", "P", ""], v["sex"])
        person = PersonInput(
            nik=v["nik"],
            name=v["name"],
            birth_place=v["birth_place"],
            birth_date=born,
            sex=sex,
            address=v["address"],
            phone=v["phone"],
            email=v["email"],
            nip=v["nip"],
            agency=v["agency"],
            photo=self.photo,
        )
        return person, errors

    def check_person(self) -> None:
        """Say at once, at the field, where the typed birth date or sex differs from what
        the NIK says — a warning in amber, never blocking (a NIK is never reissued, so the
        typed date may be the right one)."""
        v = self.values("person")
        try:
            born = parse_birth_date(v["birth_date"])
        except ValidationError:
            born = None  # the form says so when saving
        sex = cast(Literal["L", "P", ""], v["sex"])
        found = {w.field: w.message for w in applicants.person_warnings(v["nik"], born, sex)}
        for field in WARNED_FIELDS:
            message = found.get(field, "")
            self.person_errors.warn(
                field,
                self.tr("Perhatian: {0}. Periksa KTP; data tetap dapat disimpan.").format(message)
                if message
                else "",
            )

    def business_input(self) -> BusinessInput:
        v = self.values("business")
        return BusinessInput(
            nib=v["nib"],
            name=v["name"],
            kbli=v["kbli"],
            address=v["address"],
            phone=v["phone"],
            email=v["email"],
            contact_person=v["contact_person"],
        )

    def restore(self, payload: dict[str, Any]) -> None:
        for kind in ("person", "business"):
            saved = payload.get(kind) or {}
            fields = PERSON_FIELDS if kind == "person" else BUSINESS_FIELDS
            write_fields(self.ui, {f: str(saved.get(f, "")) for f in fields}, kind)
        path = str(payload.get("photo_path") or "")
        if path and Path(path).is_file():
            self.set_photo(Path(path))

    def prefill(self, kind: Literal["person", "business"], typed: str) -> QWidget:
        """Carry what was typed in the search over (digits → NIK/NIB, else the name);
        returns the field to continue in."""
        ui = self.ui
        number: QLineEdit = ui.personNik if kind == "person" else ui.businessNib
        name: QLineEdit = ui.personName if kind == "person" else ui.businessName
        compact = typed.replace(" ", "")
        if compact.isdigit() and not number.text():
            number.setText(compact)
        elif typed and not compact.isdigit() and not name.text():
            name.setText(typed)
        return name if number.text() else number

    # --- photo ------------------------------------------------------------------------
    def choose_photo(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        chosen, _ = QFileDialog.getOpenFileName(
            self.page,
            self.tr("Pilih foto 3×4"),
            start,
            self.tr("Gambar (*.jpg *.jpeg *.png *.bmp)"),
        )
        if chosen:
            self.set_photo(Path(chosen))

    def set_photo(self, path: Path) -> None:
        self.person_errors.clear()
        try:
            data = path.read_bytes()
        except OSError as error:
            self.person_errors.set(
                "photo", self.tr("Berkas foto tidak terbaca ({0}).").format(error.strerror)
            )
            return
        if photo_pixmap(data) is None:
            self.person_errors.set(
                "photo", self.tr("Berkas ini bukan gambar; pilih foto JPG atau PNG.")
            )
            return
        self.photo, self.photo_path = data, str(path)
        show_photo(self.ui.personPhotoPreview, data, self._empty_photo_text)
        self.ui.personPhotoClearButton.setEnabled(True)
        self.changed.emit()

    def clear_photo(self) -> None:
        self.photo, self.photo_path = None, ""
        show_photo(self.ui.personPhotoPreview, None, self._empty_photo_text)
        self.ui.personPhotoClearButton.setEnabled(False)
        self.changed.emit()
