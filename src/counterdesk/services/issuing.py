"""Issuing, printing and handing over certificates, cards and letters (the Cetak tab).

- ``issue``: an application that passed sign-off (and payment, where its service
  collects one) gets one registry entry per printed product of its service — serial
  ``SRT-{COUNTER}-{YY}-{SEQ}{CHECK}``, product kind, template, validity from the catalogue.
  One application never issues twice (also a unique index).
- ``print_batch``: everything is checked before the first page is drawn (revoked or
  replaced refused, a reprint needs a reason, a card's missing or unreadable photo named);
  the items are built and signed in a short writing unit, rendered outside any transaction,
  and every copy is logged (copy number, printer, reason, batch) in one writing unit.
- ``hand_over``: the receiver (the holder, or a representative with a power of attorney)
  and their ID; the application closes once all its products are handed over.
- ``revoke``: a supervisor withdraws a certificate (*dicabut*) with its reason; it is
  never printed again and offline verification answers "revoked" with that reason.
"""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counterdesk.domain import numbers
from counterdesk.domain.catalog import PRODUCT_KIND_LABELS, Product
from counterdesk.domain.errors import ConflictError, NotFound, ValidationError, ValidationErrors
from counterdesk.domain.formatting import format_date_long
from counterdesk.domain.ids import uuid7
from counterdesk.domain.roles import Role
from counterdesk.domain.states import AppStatus
from counterdesk.services import applications, audit
from counterdesk.services.applicants import identity_of
from counterdesk.services.catalog import load_catalog
from counterdesk.services.context import Actor, require_role
from counterdesk.services.numbering import next_number
from counterdesk.services.overview import (
    CertificateRow,
    certificate_printable,
    certificate_status_label,
    certificates,
)
from counterdesk.store.base import utcnow
from counterdesk.store.models import (
    Applicant,
    Application,
    Blob,
    Certificate,
    Handover,
    PrintLog,
    Setting,
    SpoiledStock,
    User,
)

if TYPE_CHECKING:
    from counterdesk.documents.certificate_data import CertificatePrint
    from counterdesk.documents.letterhead import Letterhead
    from counterdesk.documents.signers import Signer
    from counterdesk.services.runtime import Runtime

CETAK_ROLES = (Role.OFFICER, Role.SUPERVISOR, Role.PRINTER)

ISSUED = "issued"
HANDED_OVER = "handed_over"

# Template ids (resources/templates/<id>.yaml) per service (or standard) and product
# kind; anything not listed prints on the kind's general template.
TEMPLATES: dict[tuple[str, str], str] = {
    ("sak", "certificate"): "sak-ahli-kepabeanan",
    ("balai-sertifikasi/bimtek", "certificate"): "sertifikat-pelatihan",
    ("sertifikat-standar-kbli-28173", "certificate"): "sertifikat-standar",
}
GENERAL_TEMPLATES: dict[str, str] = {
    "certificate": "sertifikat-kompetensi",
    "card": "person-card",
    "letter": "keterangan-hasil-uji",
}
NEEDS_PHOTO = frozenset({"card"})
PAPERS = ("A4", "F4")
MAX_OFFSET_MM = 20.0
CALIBRATION_KEY = "print_calibration"
MIN_REASON = 5
MIN_REVOKE_REASON = 10
REVOKED = "revoked"
# Statuses a certificate cannot be revoked from, and why (in the sentence "sudah …").
NOT_REVOCABLE = {
    REVOKED: "dicabut",
    "replaced": "diganti karena hilang; cabut sertifikat penggantinya bila perlu",
    "voided": "dibatalkan (blangko)",
    "void": "dibatalkan (blangko)",
}

# The signed QR payload of one certificate (V's ``services.signing``), given the session
# of the writing unit the print batch is built in (the counter's key is made on first use).
QrSigner = Callable[[Session, Certificate], str]


# --- what the screens get ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IssuedItem:
    serial: str
    product_kind: str
    kind_label: str  # sertifikat | kartu | surat
    title: str
    valid_until: date | None


@dataclass(frozen=True, slots=True)
class IssuedView:
    application_number: str
    holder_name: str
    issued_on: date
    items: tuple[IssuedItem, ...]

    @property
    def serials(self) -> tuple[str, ...]:
        return tuple(i.serial for i in self.items)


# A row of the print queue is a row of the Cetak list (one reading of the registry).
PrintRow = CertificateRow


@dataclass(frozen=True, slots=True)
class PrintedBatch:
    pdf: bytes
    batch_id: uuid.UUID
    serials: tuple[str, ...]
    copy_numbers: tuple[int, ...]  # 1 = first print
    pages: int


@dataclass(frozen=True, slots=True)
class HandoverView:
    id: uuid.UUID  # for handover_receipt_pdf
    application_number: str
    serials: tuple[str, ...]
    receiver_name: str
    power_of_attorney: bool
    handed_at: datetime
    application_closed: bool


# --- issuing ----------------------------------------------------------------------------


def template_for(service_code: str, product_kind: str) -> str:
    """The template of a product of ``service_code`` (``standard/service``)."""
    standard = service_code.split("/")[0]
    return TEMPLATES.get(
        (service_code, product_kind),
        TEMPLATES.get((standard, product_kind), GENERAL_TEMPLATES.get(product_kind, "")),
    )


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def issue_in(session: Session, actor: Actor, number: str) -> list[Certificate]:
    require_role(actor, *CETAK_ROLES)
    app = applications.get_by_number(session, number)
    applications.require_open(app)
    svc = applications.service_of(app)
    products = applications.printed_products(app)
    if not products:
        raise ValidationError(
            "status",
            f"{svc.name} tidak menghasilkan sertifikat, kartu atau surat yang dicetak di sini; "
            "tidak ada yang diterbitkan.",
        )
    issued = session.scalars(select(Certificate.serial).where(Certificate.application_id == app.id))
    already = list(issued)
    if already:
        raise ConflictError(
            f"Permohonan {app.number} sudah diterbitkan ({', '.join(already)}); satu "
            "permohonan hanya terbit sekali. Untuk salinan, cetak ulang dengan alasan."
        )
    missing = applications.issue_missing(session, app)
    if missing:
        raise ValidationError(
            "status",
            f"Permohonan {app.number} belum dapat diterbitkan: belum ada {' dan '.join(missing)}.",
        )
    today = applications.office_day(session, utcnow())
    made = [_certificate(session, app, product, today) for product in products]
    session.flush()
    serials = ", ".join(c.serial for c in made)
    applications.record_event(session, actor, app, "issued", note=serials)
    for cert in made:
        audit.record(
            session,
            actor,
            "certificate.issued",
            entity="certificate",
            entity_id=cert.serial,
            detail={"application": app.number, "kind": cert.product_kind},
        )
    return made


def _certificate(session: Session, app: Application, product: Product, today: date) -> Certificate:
    cert = Certificate(
        serial=next_number(session, numbers.CERTIFICATE, today.year),
        applicant_id=app.applicant_id,
        application_id=app.id,
        standard_code=app.standard_code,
        service_code=app.service_code,
        title=product.name.rstrip("."),
        issued_on=today,
        valid_until=_add_years(today, product.valid_years) if product.valid_years else None,
        status=ISSUED,
        product_kind=product.kind,
        template=template_for(app.service_code, product.kind),
    )
    session.add(cert)
    return cert


def _issued_view(app: Application, certs: Sequence[Certificate]) -> IssuedView:
    return IssuedView(
        application_number=app.number,
        holder_name=app.applicant.name,
        issued_on=certs[0].issued_on,
        items=tuple(
            IssuedItem(
                c.serial,
                c.product_kind,
                PRODUCT_KIND_LABELS.get(c.product_kind, c.product_kind),
                c.title,
                c.valid_until,
            )
            for c in certs
        ),
    )


# --- printing ----------------------------------------------------------------------------


def _found(session: Session, serials: Sequence[str]) -> dict[str, Certificate]:
    """The certificates of ``serials`` (upper-case, as numbers are stored) in one query,
    holders loaded with them."""
    from sqlalchemy.orm import selectinload

    found: dict[str, Certificate] = {}
    for start in range(0, len(serials), 500):
        chunk = serials[start : start + 500]
        query = (
            select(Certificate)
            .where(Certificate.serial.in_(chunk))
            .options(selectinload(Certificate.applicant))
        )
        found.update((c.serial, c) for c in session.scalars(query))
    return found


def _find(session: Session, serial: str) -> Certificate:
    cert = session.scalar(
        select(Certificate).where(func.upper(Certificate.serial) == serial.strip().upper())
    )
    if cert is None:
        raise NotFound(f"Sertifikat {serial.strip()} tidak ada di database sertifikat loket ini.")
    return cert


def photo_problem(session: Session, applicant: Applicant) -> str:
    """Why the holder's photo cannot go on a card ("" when it can)."""
    from PIL import Image, UnidentifiedImageError  # only when a card is printed

    if not applicant.photo_sha256:
        return "belum ada pas foto"
    blob = session.get(Blob, applicant.photo_sha256)
    if blob is None:
        return "berkas pas fotonya hilang dari database"
    try:
        with Image.open(io.BytesIO(blob.data)) as picture:
            picture.load()
    except (UnidentifiedImageError, OSError, ValueError):
        return "pas fotonya tidak terbaca (berkas rusak)"
    return ""


def _photo_jpeg(session: Session, applicant: Applicant) -> bytes | None:
    blob = session.get(Blob, applicant.photo_sha256) if applicant.photo_sha256 else None
    if blob is None:
        return None
    if blob.mime == "image/jpeg":
        return blob.data
    from PIL import Image

    out = io.BytesIO()
    with Image.open(io.BytesIO(blob.data)) as picture:
        picture.convert("RGB").save(out, "JPEG", quality=90)
    return out.getvalue()


def check_batch(session: Session, serials: Sequence[str], reason: str) -> list[Certificate]:
    """Every reason the batch cannot start, all at once, before anything is drawn."""
    if not serials:
        raise ValidationError("serials", "Pilih sertifikat atau kartu yang akan dicetak.")
    certs: list[Certificate] = []
    problems: list[str] = []
    wanted = list(dict.fromkeys(s.strip().upper() for s in serials))
    found = _found(session, wanted)
    for serial in wanted:
        try:
            certs.append(found.get(serial) or _find(session, serial))
        except NotFound as error:
            problems.append(str(error))
    reprints = [c.serial for c in certs if c.printed_count > 0]
    for cert in certs:
        if not certificate_printable(cert):
            label = (
                "entri historis (sertifikat kertas)"
                if cert.historic
                else certificate_status_label(cert)
            )
            problems.append(
                f"{cert.serial} tidak boleh dicetak: statusnya {label.lower()}"
                + (f" ({cert.status_reason})" if cert.status_reason else "")
                + "."
            )
        elif cert.product_kind in NEEDS_PHOTO and (why := photo_problem(session, cert.applicant)):
            problems.append(
                f"Kartu {cert.serial} ({cert.applicant.name}): {why}; unggah pas foto "
                "pemohon di data pemohon, lalu cetak lagi."
            )
    if reprints and len(reason.strip()) < MIN_REASON:
        problems.append(
            f"Cetak ulang {', '.join(reprints)} memerlukan alasan (mis. 'kertas macet', "
            "'salah posisi'); tulis alasannya agar tercatat di log cetak."
        )
    kinds = {c.product_kind == "card" for c in certs}
    if len(kinds) > 1:
        problems.append(
            "Kartu dan sertifikat dicetak pada bahan yang berbeda; pilih kartu saja atau "
            "sertifikat/surat saja dalam satu kali cetak."
        )
    if problems:
        raise ValidationErrors([ValidationError("serials", p) for p in problems])
    return certs


def _copy_label(copy_number: int) -> str:
    return "" if copy_number == 1 else f"Cetak ulang ke-{copy_number - 1}"


@dataclass(frozen=True, slots=True)
class _Office:
    """What every page of a batch shares, read once."""

    letterhead: Letterhead
    signatory: Signer
    city: str

    @classmethod
    def of(cls, session: Session) -> _Office:
        from counterdesk.documents.signers import Signer
        from counterdesk.services.letters import office_city
        from counterdesk.services.receipts import letterhead
        from counterdesk.services.setup import get_office

        office = get_office(session)
        return cls(
            letterhead(session, office),
            Signer(office.signatory_name, office.signatory_nip, office.signatory_title),
            office_city(session),
        )


def print_item(
    session: Session,
    cert: Certificate,
    copy_number: int,
    sign: QrSigner,
    shared: _Office | None = None,
) -> CertificatePrint:
    from counterdesk.documents.certificate_data import CertificatePrint

    shared = shared or _Office.of(session)
    holder = cert.applicant
    label, number = identity_of(holder)
    born = (
        f"{holder.birth_place}, {format_date_long(holder.birth_date)}"
        if holder.birth_place and holder.birth_date
        else ""
    )
    try:
        service_title = load_catalog().find_service(cert.service_code).name
    except NotFound:
        service_title = cert.title
    return CertificatePrint(
        serial=cert.serial,
        product_kind=cert.product_kind,
        template=cert.template or template_for(cert.service_code, cert.product_kind),
        title=cert.title.upper(),
        holder_name=holder.name,
        holder_id_label=label,
        holder_id=number,
        birth_place_date=born,
        service_title=service_title,
        extra=(("KBLI", holder.kbli),) if holder.kbli else (),
        issued_on=cert.issued_on,
        valid_until=cert.valid_until,
        city=shared.city,
        letterhead=shared.letterhead,
        signatory=shared.signatory,
        # a card needs it (checked before the batch); a certificate shows it when readable
        photo_jpeg=None if photo_problem(session, holder) else _photo_jpeg(session, holder),
        qr_payload=sign(session, cert),
        copy_label=_copy_label(copy_number),
    )


def log_batch(
    session: Session,
    actor: Actor,
    serials: Sequence[str],
    expected_counts: Sequence[int],
    *,
    batch_id: uuid.UUID,
    printer: str,
    paper: str,
    reason: str,
) -> tuple[int, ...]:
    """One print_log row per copy; refuses when someone printed one of them meanwhile
    (the copy numbers on the pages would be wrong)."""
    now = utcnow()
    copies = []
    found = _found(session, serials)
    for serial, expected in zip(serials, expected_counts, strict=True):
        cert = found.get(serial) or _find(session, serial)
        if cert.printed_count != expected:
            raise ConflictError(
                f"{cert.serial} baru saja dicetak dari jendela lain; cetak ulang batch ini "
                "agar nomor salinan pada kertas benar."
            )
        cert.printed_count += 1
        copies.append(cert.printed_count)
        session.add(
            PrintLog(
                certificate_id=cert.id,
                printed_at=now,
                printed_by_id=actor.user_id,
                printed_by_name=actor.full_name,
                printer=printer.strip()[:200],
                paper=paper,
                copy_number=cert.printed_count,
                reason=reason.strip() if cert.printed_count > 1 else "",
                batch_id=batch_id,
            )
        )
    audit.record(
        session,
        actor,
        "certificate.printed",
        entity="print_batch",
        entity_id=str(batch_id),
        detail={"serials": list(serials), "printer": printer, "reason": reason.strip()},
    )
    return tuple(copies)


def default_signer(session: Session, cert: Certificate) -> str:
    """The signed payload of ``services.signing`` (the counter's Ed25519 key)."""
    from counterdesk.services.signing import certificate_payload

    return certificate_payload(session, cert)


# --- hand-over ---------------------------------------------------------------------------


def _same_person(a: str, b: str) -> bool:
    return " ".join(a.upper().split()) == " ".join(b.upper().split())


def hand_over_in(
    session: Session,
    actor: Actor,
    serials: Sequence[str],
    receiver_name: str,
    receiver_id_label: str,
    receiver_id: str,
    power_of_attorney: bool,
) -> tuple[Handover, Application, list[Certificate]]:
    require_role(actor, *CETAK_ROLES)
    if not serials:
        raise ValidationError("serials", "Pilih sertifikat atau kartu yang diserahkan.")
    certs = [_find(session, s) for s in dict.fromkeys(s.strip().upper() for s in serials)]
    apps = {c.application_id for c in certs}
    if None in apps or len(apps) != 1:
        raise ValidationError(
            "serials",
            "Serahkan produk satu permohonan sekaligus; entri historis tidak diserahkan di sini.",
        )
    app = session.get(Application, certs[0].application_id)
    assert app is not None
    errors = []
    for cert in certs:
        if cert.status != ISSUED:
            errors.append(f"{cert.serial} berstatus {certificate_status_label(cert).lower()}.")
        elif cert.printed_count == 0:
            errors.append(f"{cert.serial} belum dicetak; cetak dulu, lalu serahkan.")
    if app.status != AppStatus.READY.value:
        errors.append(
            f"Permohonan {app.number} belum berstatus Siap diambil; selesaikan tahapnya "
            "(Tahap berikutnya) dulu."
        )
    if errors:
        raise ValidationError("serials", "Belum dapat diserahkan: " + " ".join(errors))
    name, label, number = receiver_name.strip(), receiver_id_label.strip(), receiver_id.strip()
    field_errors = []
    if len(name) < 3:
        field_errors.append(ValidationError("receiver_name", "Tulis nama lengkap penerima."))
    if not label or len(number) < 4:
        field_errors.append(
            ValidationError(
                "receiver_id", "Tulis jenis dan nomor identitas penerima (mis. NIK dari KTP)."
            )
        )
    elif label.upper() == "NIK" and not (len(number) == 16 and number.isdigit()):
        field_errors.append(
            ValidationError("receiver_id", f"NIK '{number}' harus 16 angka; salin dari KTP.")
        )
    holder = app.applicant
    holder_label, holder_number = identity_of(holder)
    is_holder = _same_person(name, holder.name) and (
        label.upper() != holder_label or number == holder_number
    )
    if not field_errors and not is_holder and not power_of_attorney:
        field_errors.append(
            ValidationError(
                "power_of_attorney",
                f"Penerima bukan pemegang ({holder.name}, {holder_label} {holder_number}); "
                "wakil pemohon harus membawa surat kuasa — centang Surat kuasa bila ada.",
            )
        )
    if field_errors:
        raise ValidationErrors(field_errors)
    handover = Handover(
        application_id=app.id,
        receiver_name=name,
        receiver_id_label=label,
        receiver_id=number,
        power_of_attorney=power_of_attorney,
        handed_by_id=actor.user_id,
        handed_at=utcnow(),
    )
    session.add(handover)
    session.flush()
    for cert in certs:
        cert.status, cert.handover_id = HANDED_OVER, handover.id
    session.flush()
    left = session.scalar(
        select(func.count())
        .select_from(Certificate)
        .where(Certificate.application_id == app.id, Certificate.status == ISSUED)
    )
    note = f"{', '.join(c.serial for c in certs)} kepada {name} ({label} {number})" + (
        ", dengan surat kuasa" if power_of_attorney else ""
    )
    if not left:
        applications.close_handed_over(session, actor, app, note=note)
    else:
        applications.record_event(session, actor, app, "note", note=f"Diserahkan: {note}")
    return handover, app, certs


def handover_receipt_of(session: Session, handover_id: uuid.UUID) -> bytes:
    from counterdesk.documents.certificate_data import HandoverReceiptData
    from counterdesk.documents.handover_receipt import render_handover_receipt
    from counterdesk.documents.signers import Signer
    from counterdesk.services.letters import office_city
    from counterdesk.services.receipts import letterhead
    from counterdesk.services.setup import get_office

    handover = session.get(Handover, handover_id)
    if handover is None:
        raise NotFound("Penyerahan itu tidak ada di loket ini.")
    certs = list(
        session.scalars(
            select(Certificate)
            .where(Certificate.handover_id == handover.id)
            .order_by(Certificate.serial)
        )
    )
    user = session.get(User, handover.handed_by_id) if handover.handed_by_id else None
    office = get_office(session)
    data = HandoverReceiptData(
        letterhead=letterhead(session, office),
        serials=tuple(c.serial for c in certs),
        titles=tuple(c.title for c in certs),
        holder_name=certs[0].applicant.name if certs else "",
        receiver_name=handover.receiver_name,
        receiver_id_label=handover.receiver_id_label,
        receiver_id=handover.receiver_id,
        power_of_attorney=handover.power_of_attorney,
        handed_on=applications.office_day(session, handover.handed_at),
        officer=Signer(user.full_name, user.nip, user.title) if user else Signer(""),
        city=office_city(session),
    )
    return render_handover_receipt(data)


# --- revoking ----------------------------------------------------------------------------


def check_revoke_reason(reason: str) -> str:
    """The reason as it will be recorded; refused when too short to explain anything
    (the GUI asks this before its confirmation)."""
    text = " ".join(reason.split())
    if len(text) < MIN_REVOKE_REASON:
        raise ValidationError(
            "reason",
            f"Tulis alasan pencabutan paling sedikit {MIN_REVOKE_REASON} huruf, mis. "
            "'persyaratan terbukti dipalsukan' atau 'dicabut atas keputusan Kepala Balai "
            "nomor …'; alasan ini ditunjukkan saat sertifikat diverifikasi.",
        )
    return text


def revoke_in(session: Session, actor: Actor, serial: str, reason: str) -> Certificate:
    """Dicabut: the certificate's status becomes revoked with its reason, audited."""
    require_role(actor, Role.SUPERVISOR)
    text = check_revoke_reason(reason)
    cert = _find(session, serial)
    why = NOT_REVOCABLE.get(cert.status)
    if why is not None:
        raise ConflictError(
            f"Sertifikat {cert.serial} tidak dapat dicabut: statusnya sudah {why}."
            + (f" (Alasan tercatat: {cert.status_reason})" if cert.status_reason else "")
        )
    former = cert.status
    cert.status, cert.status_reason = REVOKED, text
    app = session.get(Application, cert.application_id) if cert.application_id else None
    if app is not None:  # on the application's history too
        applications.record_event(
            session, actor, app, "note", note=f"Sertifikat {cert.serial} dicabut: {text}"
        )
    audit.record(
        session, actor, "certificate.revoked", entity="certificate", entity_id=cert.serial,
        detail={"reason": text, "former_status": former},
    )  # fmt: skip
    return cert


# --- calibration -------------------------------------------------------------------------


def _calibrations(session: Session) -> dict[str, list[float]]:
    row = session.get(Setting, CALIBRATION_KEY)
    stored: dict[str, list[float]] = json.loads(row.value) if row else {}
    return stored


def _calibration_key(printer: str, paper: str) -> str:
    return f"{printer.strip()}|{paper.strip().upper()}"


# --- the screens' door -------------------------------------------------------------------


def issue(runtime: Runtime, actor: Actor, application_number: str) -> IssuedView:
    """Terbitkan: the application's certificate (card, letter) into the registry."""
    with runtime.unit(actor) as session:
        certs = issue_in(session, actor, application_number)
        return _issued_view(applications.get_by_number(session, application_number), certs)


def print_queue(
    runtime: Runtime, actor: Actor, *, search: str = "", include_printed: bool = False
) -> tuple[PrintRow, ...]:
    """Antrean cetak: not yet printed first; ``include_printed`` for reprints."""
    with runtime.read(actor) as session:
        return tuple(certificates(session, search=search, unprinted_only=not include_printed))


def print_batch(
    runtime: Runtime,
    actor: Actor,
    serials: Sequence[str],
    *,
    paper: str = "A4",
    printer: str = "",
    reason: str = "",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    sign: QrSigner = default_signer,
) -> PrintedBatch:
    """One PDF of the chosen certificates (or cards), every copy logged.

    Checked whole before the first page; rendered outside any transaction (the write lock
    is held only to build and sign the items, and to log them); nothing is logged when
    rendering fails or is cancelled.
    """
    from counterdesk.documents.batch_process import render_print_batch
    from counterdesk.documents.certificate_data import RenderCancelled
    from counterdesk.documents.paper import PAPERS as SHEETS
    from counterdesk.documents.paper import Calibration

    require_role(actor, *CETAK_ROLES)
    with runtime.unit(actor) as session:
        certs = check_batch(session, serials, reason)
        cards = certs[0].product_kind == "card"
        if not cards and paper.upper() not in PAPERS:
            raise ValidationError("paper", "Sertifikat dicetak pada kertas A4 atau F4.")
        counts = [c.printed_count for c in certs]
        shared = _Office.of(session)
        items = [print_item(session, c, c.printed_count + 1, sign, shared) for c in certs]
        sheet = "CR80" if cards else paper.upper()
        offset = _calibrations(session).get(_calibration_key(printer, sheet))
    calibration = Calibration(*offset) if offset else None
    pdf = render_print_batch(
        "cards" if cards else "certificates", items, paper=SHEETS[sheet],
        calibration=calibration, progress=progress, cancelled=cancelled,
    )  # fmt: skip
    if cancelled is not None and cancelled():  # stopped after the last page
        raise RenderCancelled()
    batch_id = uuid7()
    found = [c.serial for c in certs]
    with runtime.unit(actor) as session:
        copies = log_batch(
            session, actor, found, counts, batch_id=batch_id, printer=printer, paper=sheet,
            reason=reason,
        )  # fmt: skip
    return PrintedBatch(pdf, batch_id, tuple(found), copies, len(items) * (2 if cards else 1))


def record_spoiled(runtime: Runtime, actor: Actor, blank_serial: str, reason: str) -> None:
    """Blangko rusak: the serial printed on the spoiled blank, and why."""
    require_role(actor, *CETAK_ROLES)
    serial = blank_serial.strip().upper()
    errors = []
    if not serial or len(serial) > 40:
        errors.append(
            ValidationError(
                "blank_serial", "Tulis nomor seri blangko yang rusak (tercetak di blangko)."
            )
        )
    if len(reason.strip()) < MIN_REASON:
        errors.append(
            ValidationError("reason", "Tulis alasan blangko rusak (mis. 'kertas macet').")
        )
    if errors:
        raise ValidationErrors(errors)
    with runtime.unit(actor) as session:
        session.add(
            SpoiledStock(
                blank_serial=serial,
                reason=reason.strip(),
                recorded_by_id=actor.user_id,
                recorded_by_name=actor.full_name,
                recorded_at=utcnow(),
            )
        )
        audit.record(
            session, actor, "stock.spoiled", entity="spoiled_stock", entity_id=serial,
            detail={"reason": reason.strip()},
        )  # fmt: skip


def hand_over(
    runtime: Runtime,
    actor: Actor,
    serials: Sequence[str],
    receiver_name: str,
    receiver_id_label: str,
    receiver_id: str,
    power_of_attorney: bool,
) -> HandoverView:
    """Serahkan: to the holder or a representative with a power of attorney; the
    application closes once all its products are handed over."""
    with runtime.unit(actor) as session:
        handover, app, certs = hand_over_in(
            session, actor, serials, receiver_name, receiver_id_label, receiver_id,
            power_of_attorney,
        )  # fmt: skip
        return HandoverView(
            handover.id,
            app.number,
            tuple(c.serial for c in certs),
            handover.receiver_name,
            handover.power_of_attorney,
            handover.handed_at,
            app.status == AppStatus.DONE.value,
        )


def handover_receipt_pdf(runtime: Runtime, actor: Actor, handover_id: uuid.UUID | str) -> bytes:
    """Tanda terima penyerahan (PDF bytes)."""
    with runtime.read(actor) as session:
        return handover_receipt_of(session, uuid.UUID(str(handover_id)))


def revoke(runtime: Runtime, actor: Actor, serial: str, reason: str) -> None:
    """Cabut sertifikat (supervisor only, cannot be undone): never printed again, and
    verification answers "dicabut" with the reason."""
    require_role(actor, Role.SUPERVISOR)
    check_revoke_reason(reason)
    with runtime.unit(actor) as session:
        revoke_in(session, actor, serial, reason)


def calibration(runtime: Runtime, printer: str, paper: str) -> tuple[float, float]:
    """(dx_mm, dy_mm) measured for this printer and stock; (0, 0) when never set."""
    from counterdesk.services.context import SYSTEM

    with runtime.read(SYSTEM) as session:
        dx, dy = _calibrations(session).get(_calibration_key(printer, paper), (0.0, 0.0))
        return float(dx), float(dy)


def set_calibration(
    runtime: Runtime, actor: Actor, printer: str, paper: str, dx_mm: float, dy_mm: float
) -> None:
    """Store the offset read off the ruler test page for this printer and stock."""
    require_role(actor, Role.PRINTER, Role.SUPERVISOR, Role.ADMIN)
    if abs(dx_mm) > MAX_OFFSET_MM or abs(dy_mm) > MAX_OFFSET_MM:
        raise ValidationError(
            "offset",
            f"Geseran paling banyak {MAX_OFFSET_MM:g} mm; ukur ulang pada halaman uji "
            "(penggaris) dan isi selisihnya dalam milimeter.",
        )
    with runtime.unit(actor) as session:
        stored = _calibrations(session)
        stored[_calibration_key(printer, paper)] = [round(dx_mm, 1), round(dy_mm, 1)]
        row = session.get(Setting, CALIBRATION_KEY)
        if row is None:
            session.add(Setting(key=CALIBRATION_KEY, value=json.dumps(stored)))
        else:
            row.value = json.dumps(stored)
        audit.record(
            session, actor, "print.calibrated", entity="printer", entity_id=printer[:40],
            detail={"paper": paper, "dx_mm": dx_mm, "dy_mm": dy_mm},
        )  # fmt: skip


def ruler_test_pdf(paper: str, dx_mm: float = 0.0, dy_mm: float = 0.0) -> bytes:
    """The ruler test page on ``paper`` (A4, F4, CR80) with the offsets as typed, to
    read off where this printer puts the page."""
    from counterdesk.documents.paper import PAPERS as SHEETS
    from counterdesk.documents.paper import Calibration
    from counterdesk.documents.test_page import render_ruler_test_page

    sheet = SHEETS.get(paper.strip().upper())
    if sheet is None:
        raise ValidationError("paper", f"Kertas '{paper}' tidak dikenal; pilih A4, F4 atau CR80.")
    return render_ruler_test_page(sheet, Calibration(dx_mm, dy_mm))
