"""What the two verification dialogs show of one file comes from one service call,
``verification.file_view`` (applicant and service, the stored checklist — so a returning
applicant's file continues where it was left —, the history of the check, the state of
the sign-off and what the dialog may offer). Here only how the GUI words it."""

from __future__ import annotations

from datetime import datetime

from counterdesk.gui.context import DeskContext
from counterdesk.services import verification
from counterdesk.services.verification import FileView, ItemView

__all__ = ["FileView", "ItemView", "age_days", "history_texts", "load_file"]


def load_file(ctx: DeskContext, number: str) -> FileView:
    """The file as the logged-in user may see it."""
    return verification.file_view(ctx.runtime, ctx.actor, number)


def history_texts(ctx: DeskContext, view: FileView) -> tuple[str, ...]:
    """``21 Nov 2026 14.05 WIB · Siti: Berkas belum lengkap: …``, oldest first."""
    return tuple(f"{ctx.datetime_text(h.at)} · {h.actor}: {h.text}" for h in view.history)


def age_days(ctx: DeskContext, since: datetime) -> int:
    """Whole days a file has waited since ``since``."""
    return max(0, (ctx.now() - since).days)
