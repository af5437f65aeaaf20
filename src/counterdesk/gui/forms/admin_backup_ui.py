# Generated from ui/tabs/admin_backup.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_backup.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

from counterdesk.gui.empty_state import EmptyState

class Ui_AdminBackupPage(object):
    def setupUi(self, AdminBackupPage):
        if not AdminBackupPage.objectName():
            AdminBackupPage.setObjectName(u"AdminBackupPage")
        self.pageLayout = QVBoxLayout(AdminBackupPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.folderBox = QGroupBox(AdminBackupPage)
        self.folderBox.setObjectName(u"folderBox")
        self.folderLayout = QVBoxLayout(self.folderBox)
        self.folderLayout.setObjectName(u"folderLayout")
        self.folder = QLabel(self.folderBox)
        self.folder.setObjectName(u"folder")
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.folderLayout.addWidget(self.folder)

        self.folderHint = QLabel(self.folderBox)
        self.folderHint.setObjectName(u"folderHint")
        self.folderHint.setWordWrap(True)
        self.folderHint.setProperty(u"role", u"hint")

        self.folderLayout.addWidget(self.folderHint)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.backupButton = QPushButton(self.folderBox)
        self.backupButton.setObjectName(u"backupButton")
        self.backupButton.setAutoDefault(False)

        self.actions.addWidget(self.backupButton)

        self.restoreButton = QPushButton(self.folderBox)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setAutoDefault(False)

        self.actions.addWidget(self.restoreButton)

        self.restoreFileButton = QPushButton(self.folderBox)
        self.restoreFileButton.setObjectName(u"restoreFileButton")
        self.restoreFileButton.setAutoDefault(False)

        self.actions.addWidget(self.restoreFileButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actionsSpacer)


        self.folderLayout.addLayout(self.actions)

        self.progressBox = QWidget(self.folderBox)
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

        self.folderLayout.addWidget(self.progressBox)

        self.result = QLabel(self.folderBox)
        self.result.setObjectName(u"result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setProperty(u"role", u"summary")

        self.folderLayout.addWidget(self.result)

        self.resultError = QLabel(self.folderBox)
        self.resultError.setObjectName(u"resultError")
        self.resultError.setWordWrap(True)
        self.resultError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.resultError.setProperty(u"role", u"error")

        self.folderLayout.addWidget(self.resultError)


        self.pageLayout.addWidget(self.folderBox)

        self.backupsBox = QGroupBox(AdminBackupPage)
        self.backupsBox.setObjectName(u"backupsBox")
        self.backupsLayout = QVBoxLayout(self.backupsBox)
        self.backupsLayout.setObjectName(u"backupsLayout")
        self.backupsStack = QStackedWidget(self.backupsBox)
        self.backupsStack.setObjectName(u"backupsStack")
        self.backupsTablePage = QWidget()
        self.backupsTablePage.setObjectName(u"backupsTablePage")
        self.backupsTableLayout = QVBoxLayout(self.backupsTablePage)
        self.backupsTableLayout.setObjectName(u"backupsTableLayout")
        self.backupsTableLayout.setContentsMargins(0, 0, 0, 0)
        self.backupsTable = QTableView(self.backupsTablePage)
        self.backupsTable.setObjectName(u"backupsTable")
        self.backupsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupsTable.setAlternatingRowColors(True)
        self.backupsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupsTable.setWordWrap(False)
        self.backupsTable.horizontalHeader().setHighlightSections(False)
        self.backupsTable.horizontalHeader().setStretchLastSection(True)
        self.backupsTable.verticalHeader().setVisible(False)

        self.backupsTableLayout.addWidget(self.backupsTable)

        self.backupsStack.addWidget(self.backupsTablePage)
        self.backupsEmptyPage = QWidget()
        self.backupsEmptyPage.setObjectName(u"backupsEmptyPage")
        self.backupsEmptyLayout = QVBoxLayout(self.backupsEmptyPage)
        self.backupsEmptyLayout.setObjectName(u"backupsEmptyLayout")
        self.backupsEmptyLayout.setContentsMargins(0, 0, 0, 0)
        self.backupsEmpty = EmptyState(self.backupsEmptyPage)
        self.backupsEmpty.setObjectName(u"backupsEmpty")

        self.backupsEmptyLayout.addWidget(self.backupsEmpty)

        self.backupsStack.addWidget(self.backupsEmptyPage)

        self.backupsLayout.addWidget(self.backupsStack)


        self.pageLayout.addWidget(self.backupsBox)


        self.retranslateUi(AdminBackupPage)

        QMetaObject.connectSlotsByName(AdminBackupPage)
    # setupUi

    def retranslateUi(self, AdminBackupPage):
        self.folderBox.setTitle(QCoreApplication.translate("AdminBackupPage", u"Folder cadangan", None))
        self.folder.setText("")
        self.folderHint.setText(QCoreApplication.translate("AdminBackupPage", u"Cadangan dibuat otomatis setiap hari (disimpan 7 harian dan 4 mingguan), sebelum pembaruan aplikasi, dan sebelum setiap impor (3 terakhir disimpan). Salin cadangan ke diska lain secara berkala.", None))
        self.backupButton.setText(QCoreApplication.translate("AdminBackupPage", u"Buat cadangan sekarang", None))
        self.restoreButton.setText(QCoreApplication.translate("AdminBackupPage", u"Pulihkan cadangan terpilih\u2026", None))
        self.restoreFileButton.setText(QCoreApplication.translate("AdminBackupPage", u"Pulihkan dari berkas lain\u2026", None))
        self.progressText.setText("")
        self.cancelButton.setText(QCoreApplication.translate("AdminBackupPage", u"Batal (Esc)", None))
        self.result.setText("")
        self.resultError.setText("")
        self.backupsBox.setTitle(QCoreApplication.translate("AdminBackupPage", u"Cadangan yang tersimpan", None))
        pass
    # retranslateUi

