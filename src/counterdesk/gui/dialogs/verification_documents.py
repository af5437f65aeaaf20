"""The documents of the two-layer check, for ``DocumentReadyDialog``: the deficiency
notice (a letter: its number is issued when the PDF is made, so it is made once per
visit however often it is printed) and the verification sheet."""

from __future__ import annotations

from functools import cache

from counterdesk.gui.context import DeskContext
from counterdesk.gui.dialogs.document_ready import Document


def deficiency_notice_document(ctx: DeskContext, number: str) -> Document:
    @cache
    def make() -> bytes:
        from counterdesk.services import verification_documents  # ReportLab: first use

        return verification_documents.deficiency_notice(ctx.runtime, ctx.actor, number)

    return Document(f"Surat kekurangan berkas {number}", number, f"surat-kekurangan-{number}", make)


def verification_sheet_document(ctx: DeskContext, number: str) -> Document:
    def make() -> bytes:
        from counterdesk.services import verification_documents  # ReportLab: first use

        return verification_documents.verification_sheet(ctx.runtime, ctx.actor, number)

    return Document(f"Lembar verifikasi {number}", number, f"lembar-verifikasi-{number}", make)
