# Generated from ui/dialogs/sync_conflicts.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_conflicts.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableView, QVBoxLayout, QWidget)

from counterdesk.gui.empty_state import EmptyState

class Ui_SyncConflictsDialog(object):
    def setupUi(self, SyncConflictsDialog):
        if not SyncConflictsDialog.objectName():
            SyncConflictsDialog.setObjectName(u"SyncConflictsDialog")
        SyncConflictsDialog.resize(980, 640)
        self.dialogLayout = QVBoxLayout(SyncConflictsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.summary = QLabel(SyncConflictsDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setProperty(u"role", u"summary")

        self.dialogLayout.addWidget(self.summary)

        self.conflictStack = QStackedWidget(SyncConflictsDialog)
        self.conflictStack.setObjectName(u"conflictStack")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(2)
        sizePolicy.setHeightForWidth(self.conflictStack.sizePolicy().hasHeightForWidth())
        self.conflictStack.setSizePolicy(sizePolicy)
        self.conflictTablePage = QWidget()
        self.conflictTablePage.setObjectName(u"conflictTablePage")
        self.conflictTableLayout = QVBoxLayout(self.conflictTablePage)
        self.conflictTableLayout.setObjectName(u"conflictTableLayout")
        self.conflictTableLayout.setContentsMargins(0, 0, 0, 0)
        self.conflictTable = QTableView(self.conflictTablePage)
        self.conflictTable.setObjectName(u"conflictTable")
        self.conflictTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflictTable.setAlternatingRowColors(True)
        self.conflictTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflictTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflictTable.setWordWrap(False)
        self.conflictTable.horizontalHeader().setHighlightSections(False)
        self.conflictTable.horizontalHeader().setStretchLastSection(True)
        self.conflictTable.verticalHeader().setVisible(False)

        self.conflictTableLayout.addWidget(self.conflictTable)

        self.conflictStack.addWidget(self.conflictTablePage)
        self.conflictEmptyPage = QWidget()
        self.conflictEmptyPage.setObjectName(u"conflictEmptyPage")
        self.conflictEmptyLayout = QVBoxLayout(self.conflictEmptyPage)
        self.conflictEmptyLayout.setObjectName(u"conflictEmptyLayout")
        self.conflictEmptyLayout.setContentsMargins(0, 0, 0, 0)
        self.conflictEmpty = EmptyState(self.conflictEmptyPage)
        self.conflictEmpty.setObjectName(u"conflictEmpty")

        self.conflictEmptyLayout.addWidget(self.conflictEmpty)

        self.conflictStack.addWidget(self.conflictEmptyPage)

        self.dialogLayout.addWidget(self.conflictStack)

        self.detailBox = QGroupBox(SyncConflictsDialog)
        self.detailBox.setObjectName(u"detailBox")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(3)
        sizePolicy1.setHeightForWidth(self.detailBox.sizePolicy().hasHeightForWidth())
        self.detailBox.setSizePolicy(sizePolicy1)
        self.detailLayout = QVBoxLayout(self.detailBox)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailHeading = QLabel(self.detailBox)
        self.detailHeading.setObjectName(u"detailHeading")
        self.detailHeading.setWordWrap(True)
        self.detailHeading.setProperty(u"role", u"subheading")

        self.detailLayout.addWidget(self.detailHeading)

        self.detailHint = QLabel(self.detailBox)
        self.detailHint.setObjectName(u"detailHint")
        self.detailHint.setWordWrap(True)
        self.detailHint.setProperty(u"role", u"hint")

        self.detailLayout.addWidget(self.detailHint)

        self.candidates = QWidget(self.detailBox)
        self.candidates.setObjectName(u"candidates")
        self.candidatesLayout = QHBoxLayout(self.candidates)
        self.candidatesLayout.setSpacing(12)
        self.candidatesLayout.setObjectName(u"candidatesLayout")
        self.candidatesLayout.setContentsMargins(0, 0, 0, 0)

        self.detailLayout.addWidget(self.candidates)

        self.noteRow = QHBoxLayout()
        self.noteRow.setObjectName(u"noteRow")
        self.noteLabel = QLabel(self.detailBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.noteRow.addWidget(self.noteLabel)

        self.note = QLineEdit(self.detailBox)
        self.note.setObjectName(u"note")
        self.note.setMaxLength(500)

        self.noteRow.addWidget(self.note)

        self.reviewedButton = QPushButton(self.detailBox)
        self.reviewedButton.setObjectName(u"reviewedButton")
        self.reviewedButton.setAutoDefault(False)

        self.noteRow.addWidget(self.reviewedButton)


        self.detailLayout.addLayout(self.noteRow)

        self.generalError = QLabel(self.detailBox)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"role", u"error")

        self.detailLayout.addWidget(self.generalError)


        self.dialogLayout.addWidget(self.detailBox)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.keysHint = QLabel(SyncConflictsDialog)
        self.keysHint.setObjectName(u"keysHint")
        self.keysHint.setProperty(u"role", u"hint")

        self.bottomRow.addWidget(self.keysHint)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.closeButton = QPushButton(SyncConflictsDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SyncConflictsDialog)

        QMetaObject.connectSlotsByName(SyncConflictsDialog)
    # setupUi

    def retranslateUi(self, SyncConflictsDialog):
        SyncConflictsDialog.setWindowTitle(QCoreApplication.translate("SyncConflictsDialog", u"Konflik sinkronisasi", None))
        self.summary.setText("")
        self.detailBox.setTitle(QCoreApplication.translate("SyncConflictsDialog", u"Nilai yang bertentangan", None))
        self.detailHeading.setText("")
        self.detailHint.setText("")
        self.noteLabel.setText(QCoreApplication.translate("SyncConflictsDialog", u"&Catatan (alasan pilihan, disarankan):", None))
        self.note.setPlaceholderText(QCoreApplication.translate("SyncConflictsDialog", u"mis. sesuai KTP yang ditunjukkan pemohon", None))
        self.reviewedButton.setText(QCoreApplication.translate("SyncConflictsDialog", u"Tandai sudah ditinjau", None))
        self.generalError.setText("")
        self.keysHint.setText(QCoreApplication.translate("SyncConflictsDialog", u"Alt+1, Alt+2: pilih nilai \u00b7 Esc: tutup", None))
        self.closeButton.setText(QCoreApplication.translate("SyncConflictsDialog", u"Tutup (Esc)", None))
    # retranslateUi

