# Generated from ui/dialogs/case_signoff.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_signoff.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CertificateCaseDialog(object):
    def setupUi(self, CertificateCaseDialog):
        if not CertificateCaseDialog.objectName():
            CertificateCaseDialog.setObjectName(u"CertificateCaseDialog")
        CertificateCaseDialog.resize(980, 640)
        self.dialogLayout = QVBoxLayout(CertificateCaseDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.heading = QLabel(CertificateCaseDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setProperty(u"role", u"heading")

        self.headerLayout.addWidget(self.heading)

        self.statusLabel = QLabel(CertificateCaseDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.RichText)

        self.headerLayout.addWidget(self.statusLabel)

        self.headerLayout.setStretch(0, 1)

        self.dialogLayout.addLayout(self.headerLayout)

        self.waitingLabel = QLabel(CertificateCaseDialog)
        self.waitingLabel.setObjectName(u"waitingLabel")
        self.waitingLabel.setWordWrap(True)
        self.waitingLabel.setProperty(u"role", u"subheading")

        self.dialogLayout.addWidget(self.waitingLabel)

        self.factsLayout = QGridLayout()
        self.factsLayout.setObjectName(u"factsLayout")
        self.factsLayout.setHorizontalSpacing(12)
        self.certificateCaption = QLabel(CertificateCaseDialog)
        self.certificateCaption.setObjectName(u"certificateCaption")

        self.factsLayout.addWidget(self.certificateCaption, 0, 0, 1, 1)

        self.certificateValue = QLabel(CertificateCaseDialog)
        self.certificateValue.setObjectName(u"certificateValue")
        self.certificateValue.setWordWrap(True)
        self.certificateValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.addWidget(self.certificateValue, 0, 1, 1, 1)

        self.holderCaption = QLabel(CertificateCaseDialog)
        self.holderCaption.setObjectName(u"holderCaption")

        self.factsLayout.addWidget(self.holderCaption, 1, 0, 1, 1)

        self.holderValue = QLabel(CertificateCaseDialog)
        self.holderValue.setObjectName(u"holderValue")
        self.holderValue.setWordWrap(True)
        self.holderValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.addWidget(self.holderValue, 1, 1, 1, 1)

        self.detailCaption = QLabel(CertificateCaseDialog)
        self.detailCaption.setObjectName(u"detailCaption")

        self.factsLayout.addWidget(self.detailCaption, 2, 0, 1, 1)

        self.detailValue = QLabel(CertificateCaseDialog)
        self.detailValue.setObjectName(u"detailValue")
        self.detailValue.setWordWrap(True)
        self.detailValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.addWidget(self.detailValue, 2, 1, 1, 1)

        self.minutesCaption = QLabel(CertificateCaseDialog)
        self.minutesCaption.setObjectName(u"minutesCaption")

        self.factsLayout.addWidget(self.minutesCaption, 3, 0, 1, 1)

        self.minutesValue = QLabel(CertificateCaseDialog)
        self.minutesValue.setObjectName(u"minutesValue")
        self.minutesValue.setWordWrap(True)
        self.minutesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.addWidget(self.minutesValue, 3, 1, 1, 1)

        self.requestedCaption = QLabel(CertificateCaseDialog)
        self.requestedCaption.setObjectName(u"requestedCaption")

        self.factsLayout.addWidget(self.requestedCaption, 4, 0, 1, 1)

        self.requestedValue = QLabel(CertificateCaseDialog)
        self.requestedValue.setObjectName(u"requestedValue")
        self.requestedValue.setWordWrap(True)
        self.requestedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.addWidget(self.requestedValue, 4, 1, 1, 1)

        self.checkedCaption = QLabel(CertificateCaseDialog)
        self.checkedCaption.setObjectName(u"checkedCaption")

        self.factsLayout.addWidget(self.checkedCaption, 5, 0, 1, 1)

        self.checkedValue = QLabel(CertificateCaseDialog)
        self.checkedValue.setObjectName(u"checkedValue")
        self.checkedValue.setWordWrap(True)
        self.checkedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.addWidget(self.checkedValue, 5, 1, 1, 1)

        self.approvedCaption = QLabel(CertificateCaseDialog)
        self.approvedCaption.setObjectName(u"approvedCaption")

        self.factsLayout.addWidget(self.approvedCaption, 6, 0, 1, 1)

        self.approvedValue = QLabel(CertificateCaseDialog)
        self.approvedValue.setObjectName(u"approvedValue")
        self.approvedValue.setWordWrap(True)
        self.approvedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.addWidget(self.approvedValue, 6, 1, 1, 1)

        self.letterCaption = QLabel(CertificateCaseDialog)
        self.letterCaption.setObjectName(u"letterCaption")

        self.factsLayout.addWidget(self.letterCaption, 7, 0, 1, 1)

        self.letterValue = QLabel(CertificateCaseDialog)
        self.letterValue.setObjectName(u"letterValue")
        self.letterValue.setWordWrap(True)
        self.letterValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.addWidget(self.letterValue, 7, 1, 1, 1)

        self.factsLayout.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.factsLayout)

        self.fieldsTable = QTableWidget(CertificateCaseDialog)
        if (self.fieldsTable.columnCount() < 3):
            self.fieldsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.fieldsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.fieldsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.fieldsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.fieldsTable.setObjectName(u"fieldsTable")
        self.fieldsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fieldsTable.setAlternatingRowColors(True)
        self.fieldsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fieldsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fieldsTable.setWordWrap(False)
        self.fieldsTable.setMaximumSize(QSize(16777215, 170))
        self.fieldsTable.horizontalHeader().setHighlightSections(False)
        self.fieldsTable.horizontalHeader().setStretchLastSection(True)
        self.fieldsTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.fieldsTable)

        self.noticeLabel = QLabel(CertificateCaseDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setProperty(u"role", u"warning")

        self.dialogLayout.addWidget(self.noticeLabel)

        self.passwordBox = QWidget(CertificateCaseDialog)
        self.passwordBox.setObjectName(u"passwordBox")
        self.passwordLayout = QGridLayout(self.passwordBox)
        self.passwordLayout.setObjectName(u"passwordLayout")
        self.passwordLayout.setContentsMargins(0, 0, 0, 0)
        self.passwordLabel = QLabel(self.passwordBox)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.passwordLayout.addWidget(self.passwordLabel, 0, 0, 1, 1)

        self.password = QLineEdit(self.passwordBox)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordLayout.addWidget(self.password, 0, 1, 1, 1)

        self.passwordError = QLabel(self.passwordBox)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setWordWrap(True)
        self.passwordError.setProperty(u"role", u"error")

        self.passwordLayout.addWidget(self.passwordError, 1, 1, 1, 1)

        self.passwordLayout.setColumnStretch(1, 1)

        self.dialogLayout.addWidget(self.passwordBox)

        self.generalError = QLabel(CertificateCaseDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.generalError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.generalError)

        self.resultLabel = QLabel(CertificateCaseDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setProperty(u"role", u"subheading")

        self.dialogLayout.addWidget(self.resultLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.checkButton = QPushButton(CertificateCaseDialog)
        self.checkButton.setObjectName(u"checkButton")
        self.checkButton.setAutoDefault(False)
        self.checkButton.setProperty(u"primary", True)

        self.buttonLayout.addWidget(self.checkButton)

        self.approveButton = QPushButton(CertificateCaseDialog)
        self.approveButton.setObjectName(u"approveButton")
        self.approveButton.setAutoDefault(False)
        self.approveButton.setProperty(u"primary", True)

        self.buttonLayout.addWidget(self.approveButton)

        self.refuseButton = QPushButton(CertificateCaseDialog)
        self.refuseButton.setObjectName(u"refuseButton")
        self.refuseButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.refuseButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.paperLabel = QLabel(CertificateCaseDialog)
        self.paperLabel.setObjectName(u"paperLabel")

        self.buttonLayout.addWidget(self.paperLabel)

        self.paper = QComboBox(CertificateCaseDialog)
        self.paper.setObjectName(u"paper")

        self.buttonLayout.addWidget(self.paper)

        self.documentButton = QPushButton(CertificateCaseDialog)
        self.documentButton.setObjectName(u"documentButton")
        self.documentButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.documentButton)

        self.closeButton = QPushButton(CertificateCaseDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.password)
        self.paperLabel.setBuddy(self.paper)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CertificateCaseDialog)

        QMetaObject.connectSlotsByName(CertificateCaseDialog)
    # setupUi

    def retranslateUi(self, CertificateCaseDialog):
        CertificateCaseDialog.setWindowTitle(QCoreApplication.translate("CertificateCaseDialog", u"Kasus sertifikat", None))
        self.heading.setText("")
        self.statusLabel.setText("")
        self.waitingLabel.setText("")
        self.certificateCaption.setText(QCoreApplication.translate("CertificateCaseDialog", u"Sertifikat:", None))
        self.certificateValue.setText("")
        self.holderCaption.setText(QCoreApplication.translate("CertificateCaseDialog", u"Pemegang:", None))
        self.holderValue.setText("")
        self.detailCaption.setText(QCoreApplication.translate("CertificateCaseDialog", u"Permohonan:", None))
        self.detailValue.setText("")
        self.minutesCaption.setText(QCoreApplication.translate("CertificateCaseDialog", u"Berita acara:", None))
        self.minutesValue.setText("")
        self.requestedCaption.setText(QCoreApplication.translate("CertificateCaseDialog", u"Diajukan:", None))
        self.requestedValue.setText("")
        self.checkedCaption.setText(QCoreApplication.translate("CertificateCaseDialog", u"Lapis 1 \u2014 diperiksa:", None))
        self.checkedValue.setText("")
        self.approvedCaption.setText(QCoreApplication.translate("CertificateCaseDialog", u"Lapis 2 \u2014 disetujui:", None))
        self.approvedValue.setText("")
        self.letterCaption.setText(QCoreApplication.translate("CertificateCaseDialog", u"Nomor surat:", None))
        self.letterValue.setText("")
        ___qtablewidgetitem = self.fieldsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CertificateCaseDialog", u"Data", None))
        ___qtablewidgetitem1 = self.fieldsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CertificateCaseDialog", u"Semula", None))
        ___qtablewidgetitem2 = self.fieldsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CertificateCaseDialog", u"Menjadi", None))
        self.noticeLabel.setText("")
        self.passwordLabel.setText(QCoreApplication.translate("CertificateCaseDialog", u"&Kata sandi Anda *", None))
        self.password.setPlaceholderText(QCoreApplication.translate("CertificateCaseDialog", u"kata sandi yang Anda pakai untuk masuk \u2014 menandatangani persetujuan ini", None))
        self.passwordError.setText("")
        self.generalError.setText("")
        self.resultLabel.setText("")
        self.checkButton.setText(QCoreApplication.translate("CertificateCaseDialog", u"Periksa \u2014 benar (Ctrl+Enter)", None))
#if QT_CONFIG(tooltip)
        self.checkButton.setToolTip(QCoreApplication.translate("CertificateCaseDialog", u"Lapis 1: data, berita acara dan syaratnya sudah Anda periksa dan benar", None))
#endif // QT_CONFIG(tooltip)
        self.approveButton.setText(QCoreApplication.translate("CertificateCaseDialog", u"Setujui (Ctrl+Enter)", None))
#if QT_CONFIG(tooltip)
        self.approveButton.setToolTip(QCoreApplication.translate("CertificateCaseDialog", u"Lapis 2: pimpinan menyetujui dan menandatangani dengan kata sandinya", None))
#endif // QT_CONFIG(tooltip)
        self.refuseButton.setText(QCoreApplication.translate("CertificateCaseDialog", u"Tolak\u2026 (Ctrl+R)", None))
#if QT_CONFIG(tooltip)
        self.refuseButton.setToolTip(QCoreApplication.translate("CertificateCaseDialog", u"Tolak permohonan ini dengan alasannya", None))
#endif // QT_CONFIG(tooltip)
        self.paperLabel.setText(QCoreApplication.translate("CertificateCaseDialog", u"&Kertas:", None))
        self.documentButton.setText(QCoreApplication.translate("CertificateCaseDialog", u"Surat\u2026 (Ctrl+P)", None))
        self.closeButton.setText(QCoreApplication.translate("CertificateCaseDialog", u"Tutup (Esc)", None))
    # retranslateUi

