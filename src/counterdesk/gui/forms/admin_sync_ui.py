# Generated from ui/tabs/admin_sync.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_sync.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableView, QVBoxLayout, QWidget)

from counterdesk.gui.empty_state import EmptyState

class Ui_AdminSyncPage(object):
    def setupUi(self, AdminSyncPage):
        if not AdminSyncPage.objectName():
            AdminSyncPage.setObjectName(u"AdminSyncPage")
        self.pageLayout = QVBoxLayout(AdminSyncPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.siteBox = QGroupBox(AdminSyncPage)
        self.siteBox.setObjectName(u"siteBox")
        self.siteForm = QFormLayout(self.siteBox)
        self.siteForm.setObjectName(u"siteForm")
        self.siteCodeLabel = QLabel(self.siteBox)
        self.siteCodeLabel.setObjectName(u"siteCodeLabel")

        self.siteForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.siteCodeLabel)

        self.siteCode = QLabel(self.siteBox)
        self.siteCode.setObjectName(u"siteCode")
        self.siteCode.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.siteForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.siteCode)

        self.officeNameLabel = QLabel(self.siteBox)
        self.officeNameLabel.setObjectName(u"officeNameLabel")

        self.siteForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.officeNameLabel)

        self.officeName = QLabel(self.siteBox)
        self.officeName.setObjectName(u"officeName")
        self.officeName.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.siteForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officeName)

        self.rosterVersionLabel = QLabel(self.siteBox)
        self.rosterVersionLabel.setObjectName(u"rosterVersionLabel")

        self.siteForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rosterVersionLabel)

        self.rosterVersion = QLabel(self.siteBox)
        self.rosterVersion.setObjectName(u"rosterVersion")
        self.rosterVersion.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.siteForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rosterVersion)

        self.siteFingerprintLabel = QLabel(self.siteBox)
        self.siteFingerprintLabel.setObjectName(u"siteFingerprintLabel")

        self.siteForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.siteFingerprintLabel)

        self.siteFingerprint = QLabel(self.siteBox)
        self.siteFingerprint.setObjectName(u"siteFingerprint")
        self.siteFingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.siteForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.siteFingerprint)

        self.conflictCountLabel = QLabel(self.siteBox)
        self.conflictCountLabel.setObjectName(u"conflictCountLabel")

        self.siteForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.conflictCountLabel)

        self.conflictCount = QLabel(self.siteBox)
        self.conflictCount.setObjectName(u"conflictCount")
        self.conflictCount.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.siteForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.conflictCount)

        self.conflictsButton = QPushButton(self.siteBox)
        self.conflictsButton.setObjectName(u"conflictsButton")
        self.conflictsButton.setAutoDefault(False)

        self.siteForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.conflictsButton)


        self.topRow.addWidget(self.siteBox)

        self.exchangeBox = QGroupBox(AdminSyncPage)
        self.exchangeBox.setObjectName(u"exchangeBox")
        self.exchangeLayout = QVBoxLayout(self.exchangeBox)
        self.exchangeLayout.setObjectName(u"exchangeLayout")
        self.exchangeHint = QLabel(self.exchangeBox)
        self.exchangeHint.setObjectName(u"exchangeHint")
        self.exchangeHint.setWordWrap(True)
        self.exchangeHint.setProperty(u"role", u"hint")

        self.exchangeLayout.addWidget(self.exchangeHint)

        self.exchangeButtons = QHBoxLayout()
        self.exchangeButtons.setObjectName(u"exchangeButtons")
        self.exportButton = QPushButton(self.exchangeBox)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setAutoDefault(False)
        self.exportButton.setProperty(u"primary", True)

        self.exchangeButtons.addWidget(self.exportButton)

        self.importButton = QPushButton(self.exchangeBox)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setAutoDefault(False)

        self.exchangeButtons.addWidget(self.importButton)

        self.exchangeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exchangeButtons.addItem(self.exchangeSpacer)


        self.exchangeLayout.addLayout(self.exchangeButtons)

        self.progressBox = QWidget(self.exchangeBox)
        self.progressBox.setObjectName(u"progressBox")
        self.progressLayout = QHBoxLayout(self.progressBox)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressLayout.setContentsMargins(0, 0, 0, 0)
        self.progressText = QLabel(self.progressBox)
        self.progressText.setObjectName(u"progressText")
        self.progressText.setWordWrap(True)

        self.progressLayout.addWidget(self.progressText)

        self.progressBar = QProgressBar(self.progressBox)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.progressLayout.addWidget(self.progressBar)

        self.cancelButton = QPushButton(self.progressBox)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.progressLayout.addWidget(self.cancelButton)

        self.progressLayout.setStretch(0, 2)
        self.progressLayout.setStretch(1, 3)

        self.exchangeLayout.addWidget(self.progressBox)

        self.result = QLabel(self.exchangeBox)
        self.result.setObjectName(u"result")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setOpenExternalLinks(False)
        self.result.setProperty(u"role", u"summary")

        self.exchangeLayout.addWidget(self.result)

        self.resultWarning = QLabel(self.exchangeBox)
        self.resultWarning.setObjectName(u"resultWarning")
        self.resultWarning.setWordWrap(True)
        self.resultWarning.setProperty(u"role", u"warning")

        self.exchangeLayout.addWidget(self.resultWarning)

        self.resultError = QLabel(self.exchangeBox)
        self.resultError.setObjectName(u"resultError")
        self.resultError.setWordWrap(True)
        self.resultError.setProperty(u"role", u"error")

        self.exchangeLayout.addWidget(self.resultError)


        self.topRow.addWidget(self.exchangeBox)


        self.pageLayout.addLayout(self.topRow)

        self.sitesBox = QGroupBox(AdminSyncPage)
        self.sitesBox.setObjectName(u"sitesBox")
        self.sitesLayout = QVBoxLayout(self.sitesBox)
        self.sitesLayout.setObjectName(u"sitesLayout")
        self.sitesStack = QStackedWidget(self.sitesBox)
        self.sitesStack.setObjectName(u"sitesStack")
        self.sitesTablePage = QWidget()
        self.sitesTablePage.setObjectName(u"sitesTablePage")
        self.sitesTableLayout = QVBoxLayout(self.sitesTablePage)
        self.sitesTableLayout.setObjectName(u"sitesTableLayout")
        self.sitesTableLayout.setContentsMargins(0, 0, 0, 0)
        self.sitesTable = QTableView(self.sitesTablePage)
        self.sitesTable.setObjectName(u"sitesTable")
        self.sitesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sitesTable.setAlternatingRowColors(True)
        self.sitesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sitesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sitesTable.setWordWrap(False)
        self.sitesTable.horizontalHeader().setHighlightSections(False)
        self.sitesTable.horizontalHeader().setStretchLastSection(True)
        self.sitesTable.verticalHeader().setVisible(False)

        self.sitesTableLayout.addWidget(self.sitesTable)

        self.sitesStack.addWidget(self.sitesTablePage)
        self.sitesEmptyPage = QWidget()
        self.sitesEmptyPage.setObjectName(u"sitesEmptyPage")
        self.sitesEmptyLayout = QVBoxLayout(self.sitesEmptyPage)
        self.sitesEmptyLayout.setObjectName(u"sitesEmptyLayout")
        self.sitesEmptyLayout.setContentsMargins(0, 0, 0, 0)
        self.sitesEmpty = EmptyState(self.sitesEmptyPage)
        self.sitesEmpty.setObjectName(u"sitesEmpty")

        self.sitesEmptyLayout.addWidget(self.sitesEmpty)

        self.sitesStack.addWidget(self.sitesEmptyPage)

        self.sitesLayout.addWidget(self.sitesStack)

        self.rosterButtons = QHBoxLayout()
        self.rosterButtons.setObjectName(u"rosterButtons")
        self.admitButton = QPushButton(self.sitesBox)
        self.admitButton.setObjectName(u"admitButton")
        self.admitButton.setAutoDefault(False)

        self.rosterButtons.addWidget(self.admitButton)

        self.revokeButton = QPushButton(self.sitesBox)
        self.revokeButton.setObjectName(u"revokeButton")
        self.revokeButton.setAutoDefault(False)

        self.rosterButtons.addWidget(self.revokeButton)

        self.importRosterButton = QPushButton(self.sitesBox)
        self.importRosterButton.setObjectName(u"importRosterButton")
        self.importRosterButton.setAutoDefault(False)

        self.rosterButtons.addWidget(self.importRosterButton)

        self.rosterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rosterButtons.addItem(self.rosterSpacer)

        self.joinRequestButton = QPushButton(self.sitesBox)
        self.joinRequestButton.setObjectName(u"joinRequestButton")
        self.joinRequestButton.setAutoDefault(False)

        self.rosterButtons.addWidget(self.joinRequestButton)


        self.sitesLayout.addLayout(self.rosterButtons)


        self.pageLayout.addWidget(self.sitesBox)


        self.retranslateUi(AdminSyncPage)

        QMetaObject.connectSlotsByName(AdminSyncPage)
    # setupUi

    def retranslateUi(self, AdminSyncPage):
        self.siteBox.setTitle(QCoreApplication.translate("AdminSyncPage", u"Loket ini", None))
        self.siteCodeLabel.setText(QCoreApplication.translate("AdminSyncPage", u"Loket:", None))
        self.siteCode.setText("")
        self.officeNameLabel.setText(QCoreApplication.translate("AdminSyncPage", u"Kantor:", None))
        self.officeName.setText("")
        self.rosterVersionLabel.setText(QCoreApplication.translate("AdminSyncPage", u"Roster:", None))
        self.rosterVersion.setText("")
        self.siteFingerprintLabel.setText(QCoreApplication.translate("AdminSyncPage", u"Sidik jari:", None))
        self.siteFingerprint.setText("")
        self.conflictCountLabel.setText(QCoreApplication.translate("AdminSyncPage", u"Konflik:", None))
        self.conflictCount.setText("")
        self.conflictsButton.setText(QCoreApplication.translate("AdminSyncPage", u"Tinjau konflik\u2026", None))
#if QT_CONFIG(tooltip)
        self.conflictsButton.setToolTip(QCoreApplication.translate("AdminSyncPage", u"Data yang diubah di dua loket; atasan memilih nilai yang benar.", None))
#endif // QT_CONFIG(tooltip)
        self.exchangeBox.setTitle(QCoreApplication.translate("AdminSyncPage", u"Tukar data dengan loket lain", None))
        self.exchangeHint.setText(QCoreApplication.translate("AdminSyncPage", u"Ekspor menulis satu berkas terenkripsi berisi perubahan yang belum diterima loket lain; bawa dengan USB atau kirim sebagai lampiran e-mail, lalu impor di sana. Mengimpor berkas yang sama dua kali tidak mengubah apa pun.", None))
        self.exportButton.setText(QCoreApplication.translate("AdminSyncPage", u"Ekspor\u2026 (Ctrl+E)", None))
#if QT_CONFIG(shortcut)
        self.exportButton.setShortcut(QCoreApplication.translate("AdminSyncPage", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
        self.importButton.setText(QCoreApplication.translate("AdminSyncPage", u"Impor\u2026 (Ctrl+I)", None))
#if QT_CONFIG(shortcut)
        self.importButton.setShortcut(QCoreApplication.translate("AdminSyncPage", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
        self.progressText.setText("")
        self.cancelButton.setText(QCoreApplication.translate("AdminSyncPage", u"Batal (Esc)", None))
#if QT_CONFIG(shortcut)
        self.cancelButton.setShortcut(QCoreApplication.translate("AdminSyncPage", u"Esc", None))
#endif // QT_CONFIG(shortcut)
        self.result.setText("")
        self.resultWarning.setText("")
        self.resultError.setText("")
        self.sitesBox.setTitle(QCoreApplication.translate("AdminSyncPage", u"Loket di roster kantor", None))
        self.admitButton.setText(QCoreApplication.translate("AdminSyncPage", u"Terima loket baru\u2026", None))
#if QT_CONFIG(tooltip)
        self.admitButton.setToolTip(QCoreApplication.translate("AdminSyncPage", u"Baca permintaan bergabung (.cdj) dari PC loket baru, cocokkan sidik jarinya, lalu tulis roster baru untuknya.", None))
#endif // QT_CONFIG(tooltip)
        self.revokeButton.setText(QCoreApplication.translate("AdminSyncPage", u"Cabut loket\u2026", None))
#if QT_CONFIG(tooltip)
        self.revokeButton.setToolTip(QCoreApplication.translate("AdminSyncPage", u"Loket yang dicabut tidak dapat lagi bertukar berkas; sertifikat yang diterbitkannya sejak hari ini tidak dipercaya.", None))
#endif // QT_CONFIG(tooltip)
        self.importRosterButton.setText(QCoreApplication.translate("AdminSyncPage", u"Impor roster\u2026", None))
#if QT_CONFIG(tooltip)
        self.importRosterButton.setToolTip(QCoreApplication.translate("AdminSyncPage", u"Terapkan roster (.cdr) yang ditulis admin loket utama.", None))
#endif // QT_CONFIG(tooltip)
        self.joinRequestButton.setText(QCoreApplication.translate("AdminSyncPage", u"Buat permintaan bergabung\u2026", None))
#if QT_CONFIG(tooltip)
        self.joinRequestButton.setToolTip(QCoreApplication.translate("AdminSyncPage", u"Untuk PC loket baru: tulis permintaan (.cdj) yang dibawa ke admin loket utama.", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

