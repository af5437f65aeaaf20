"""The main-window tabs, one per domain.roles.Tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from counterdesk.domain.roles import Tab
from counterdesk.gui.context import DeskContext
from counterdesk.gui.tabs.admin import AdminTab
from counterdesk.gui.tabs.complaints import ComplaintsTab
from counterdesk.gui.tabs.intake import IntakeTab
from counterdesk.gui.tabs.interview import InterviewTab
from counterdesk.gui.tabs.printing import PrintingTab
from counterdesk.gui.tabs.verification import VerificationTab

TAB_CLASSES: dict[Tab, Callable[[DeskContext], QWidget]] = {
    Tab.INTAKE: IntakeTab,
    Tab.VERIFICATION: VerificationTab,
    Tab.INTERVIEW: InterviewTab,
    Tab.PRINTING: PrintingTab,
    Tab.COMPLAINTS: ComplaintsTab,
    Tab.ADMIN: AdminTab,
}


def tab_title(tab: Tab) -> str:
    titles = {
        Tab.INTAKE: QCoreApplication.translate("tabs", "Penerimaan"),
        Tab.VERIFICATION: QCoreApplication.translate("tabs", "Verifikasi"),
        Tab.INTERVIEW: QCoreApplication.translate("tabs", "Berita Acara"),
        Tab.PRINTING: QCoreApplication.translate("tabs", "Cetak"),
        Tab.COMPLAINTS: QCoreApplication.translate("tabs", "Pengaduan"),
        Tab.ADMIN: QCoreApplication.translate("tabs", "Admin"),
    }
    return titles[tab]
