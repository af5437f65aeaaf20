# Generated from ui/dialogs/compensation.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'compensation.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_CompensationDialog(object):
    def setupUi(self, CompensationDialog):
        if not CompensationDialog.objectName():
            CompensationDialog.setObjectName(u"CompensationDialog")
        CompensationDialog.resize(980, 640)
        CompensationDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(CompensationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.heading = QLabel(CompensationDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.heading)

        self.ruleHint = QLabel(CompensationDialog)
        self.ruleHint.setObjectName(u"ruleHint")
        self.ruleHint.setWordWrap(True)
        self.ruleHint.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.ruleHint)

        self.proposalsBox = QGroupBox(CompensationDialog)
        self.proposalsBox.setObjectName(u"proposalsBox")
        self.proposalsBoxLayout = QVBoxLayout(self.proposalsBox)
        self.proposalsBoxLayout.setObjectName(u"proposalsBoxLayout")
        self.proposalsTable = QTableWidget(self.proposalsBox)
        if (self.proposalsTable.columnCount() < 6):
            self.proposalsTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.proposalsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.proposalsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.proposalsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.proposalsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.proposalsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.proposalsTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.proposalsTable.setObjectName(u"proposalsTable")
        self.proposalsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.proposalsTable.setAlternatingRowColors(True)
        self.proposalsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.proposalsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.proposalsTable.setTabKeyNavigation(False)
        self.proposalsTable.horizontalHeader().setStretchLastSection(True)
        self.proposalsTable.verticalHeader().setVisible(False)

        self.proposalsBoxLayout.addWidget(self.proposalsTable)

        self.policyLabel = QLabel(self.proposalsBox)
        self.policyLabel.setObjectName(u"policyLabel")
        self.policyLabel.setWordWrap(True)
        self.policyLabel.setProperty(u"role", u"hint")

        self.proposalsBoxLayout.addWidget(self.policyLabel)

        self.proposalActions = QHBoxLayout()
        self.proposalActions.setObjectName(u"proposalActions")
        self.grantButton = QPushButton(self.proposalsBox)
        self.grantButton.setObjectName(u"grantButton")

        self.proposalActions.addWidget(self.grantButton)

        self.proposalActionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.proposalActions.addItem(self.proposalActionsSpacer)


        self.proposalsBoxLayout.addLayout(self.proposalActions)


        self.dialogLayout.addWidget(self.proposalsBox)

        self.grantedBox = QGroupBox(CompensationDialog)
        self.grantedBox.setObjectName(u"grantedBox")
        self.grantedBoxLayout = QVBoxLayout(self.grantedBox)
        self.grantedBoxLayout.setObjectName(u"grantedBoxLayout")
        self.grantedTable = QTableWidget(self.grantedBox)
        if (self.grantedTable.columnCount() < 7):
            self.grantedTable.setColumnCount(7)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.grantedTable.setHorizontalHeaderItem(0, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.grantedTable.setHorizontalHeaderItem(1, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.grantedTable.setHorizontalHeaderItem(2, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.grantedTable.setHorizontalHeaderItem(3, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.grantedTable.setHorizontalHeaderItem(4, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.grantedTable.setHorizontalHeaderItem(5, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.grantedTable.setHorizontalHeaderItem(6, __qtablewidgetitem12)
        self.grantedTable.setObjectName(u"grantedTable")
        self.grantedTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grantedTable.setAlternatingRowColors(True)
        self.grantedTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grantedTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grantedTable.setTabKeyNavigation(False)
        self.grantedTable.horizontalHeader().setStretchLastSection(True)
        self.grantedTable.verticalHeader().setVisible(False)

        self.grantedBoxLayout.addWidget(self.grantedTable)

        self.grantedActions = QHBoxLayout()
        self.grantedActions.setObjectName(u"grantedActions")
        self.reprintButton = QPushButton(self.grantedBox)
        self.reprintButton.setObjectName(u"reprintButton")
        self.reprintButton.setAutoDefault(False)

        self.grantedActions.addWidget(self.reprintButton)

        self.redeemButton = QPushButton(self.grantedBox)
        self.redeemButton.setObjectName(u"redeemButton")
        self.redeemButton.setAutoDefault(False)

        self.grantedActions.addWidget(self.redeemButton)

        self.grantedActionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.grantedActions.addItem(self.grantedActionsSpacer)


        self.grantedBoxLayout.addLayout(self.grantedActions)


        self.dialogLayout.addWidget(self.grantedBox)

        self.generalError = QLabel(CompensationDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.generalError)

        self.noticeLabel = QLabel(CompensationDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.noticeLabel)

        self.closeLayout = QHBoxLayout()
        self.closeLayout.setObjectName(u"closeLayout")
        self.closeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closeLayout.addItem(self.closeSpacer)

        self.closeButton = QPushButton(CompensationDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.closeLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.closeLayout)

        self.dialogLayout.setStretch(2, 1)
        self.dialogLayout.setStretch(3, 1)
        QWidget.setTabOrder(self.proposalsTable, self.grantButton)
        QWidget.setTabOrder(self.grantButton, self.grantedTable)
        QWidget.setTabOrder(self.grantedTable, self.reprintButton)
        QWidget.setTabOrder(self.reprintButton, self.redeemButton)
        QWidget.setTabOrder(self.redeemButton, self.closeButton)

        self.retranslateUi(CompensationDialog)

        self.grantButton.setDefault(True)


        QMetaObject.connectSlotsByName(CompensationDialog)
    # setupUi

    def retranslateUi(self, CompensationDialog):
        CompensationDialog.setWindowTitle(QCoreApplication.translate("CompensationDialog", u"Kompensasi keterlambatan", None))
        self.heading.setText(QCoreApplication.translate("CompensationDialog", u"Kompensasi keterlambatan layanan", None))
        self.ruleHint.setText("")
        self.proposalsBox.setTitle(QCoreApplication.translate("CompensationDialog", u"Perlu diberi kompensasi", None))
        ___qtablewidgetitem = self.proposalsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CompensationDialog", u"Nomor permohonan", None))
        ___qtablewidgetitem1 = self.proposalsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CompensationDialog", u"Pemohon", None))
        ___qtablewidgetitem2 = self.proposalsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CompensationDialog", u"Layanan", None))
        ___qtablewidgetitem3 = self.proposalsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CompensationDialog", u"Dijanjikan", None))
        ___qtablewidgetitem4 = self.proposalsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("CompensationDialog", u"Selesai", None))
        ___qtablewidgetitem5 = self.proposalsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("CompensationDialog", u"Terlambat", None))
        self.policyLabel.setText("")
        self.grantButton.setText(QCoreApplication.translate("CompensationDialog", u"&Beri kompensasi && cetak surat", None))
        self.grantedBox.setTitle(QCoreApplication.translate("CompensationDialog", u"Sudah diberikan", None))
        ___qtablewidgetitem6 = self.grantedTable.horizontalHeaderItem(0)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("CompensationDialog", u"No. surat", None))
        ___qtablewidgetitem7 = self.grantedTable.horizontalHeaderItem(1)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("CompensationDialog", u"Tanggal", None))
        ___qtablewidgetitem8 = self.grantedTable.horizontalHeaderItem(2)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("CompensationDialog", u"Permohonan", None))
        ___qtablewidgetitem9 = self.grantedTable.horizontalHeaderItem(3)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("CompensationDialog", u"Pemohon", None))
        ___qtablewidgetitem10 = self.grantedTable.horizontalHeaderItem(4)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("CompensationDialog", u"Potongan", None))
        ___qtablewidgetitem11 = self.grantedTable.horizontalHeaderItem(5)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("CompensationDialog", u"Status", None))
        ___qtablewidgetitem12 = self.grantedTable.horizontalHeaderItem(6)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("CompensationDialog", u"Dipakai untuk", None))
        self.reprintButton.setText(QCoreApplication.translate("CompensationDialog", u"Cetak &ulang surat\u2026 (Ctrl+P)", None))
        self.redeemButton.setText(QCoreApplication.translate("CompensationDialog", u"&Pakai untuk permohonan\u2026", None))
        self.generalError.setText("")
        self.noticeLabel.setText("")
        self.closeButton.setText(QCoreApplication.translate("CompensationDialog", u"&Tutup", None))
    # retranslateUi

