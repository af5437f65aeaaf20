# Generated from ui/dialogs/verification_signoff.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verification_signoff.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFrame,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_VerificationSignOffDialog(object):
    def setupUi(self, VerificationSignOffDialog):
        if not VerificationSignOffDialog.objectName():
            VerificationSignOffDialog.setObjectName(u"VerificationSignOffDialog")
        VerificationSignOffDialog.resize(1180, 700)
        self.dialogLayout = QVBoxLayout(VerificationSignOffDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.heading = QLabel(VerificationSignOffDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.heading)

        self.factsLayout = QGridLayout()
        self.factsLayout.setObjectName(u"factsLayout")
        self.factsLayout.setHorizontalSpacing(12)
        self.applicantCaption = QLabel(VerificationSignOffDialog)
        self.applicantCaption.setObjectName(u"applicantCaption")

        self.factsLayout.addWidget(self.applicantCaption, 0, 0, 1, 1)

        self.applicantValue = QLabel(VerificationSignOffDialog)
        self.applicantValue.setObjectName(u"applicantValue")
        self.applicantValue.setWordWrap(True)
        self.applicantValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.addWidget(self.applicantValue, 0, 1, 1, 1)

        self.serviceCaption = QLabel(VerificationSignOffDialog)
        self.serviceCaption.setObjectName(u"serviceCaption")

        self.factsLayout.addWidget(self.serviceCaption, 1, 0, 1, 1)

        self.serviceValue = QLabel(VerificationSignOffDialog)
        self.serviceValue.setObjectName(u"serviceValue")
        self.serviceValue.setWordWrap(True)
        self.serviceValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.addWidget(self.serviceValue, 1, 1, 1, 1)

        self.receivedCaption = QLabel(VerificationSignOffDialog)
        self.receivedCaption.setObjectName(u"receivedCaption")

        self.factsLayout.addWidget(self.receivedCaption, 2, 0, 1, 1)

        self.receivedValue = QLabel(VerificationSignOffDialog)
        self.receivedValue.setObjectName(u"receivedValue")
        self.receivedValue.setWordWrap(True)
        self.receivedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.addWidget(self.receivedValue, 2, 1, 1, 1)

        self.verifierCaption = QLabel(VerificationSignOffDialog)
        self.verifierCaption.setObjectName(u"verifierCaption")

        self.factsLayout.addWidget(self.verifierCaption, 3, 0, 1, 1)

        self.verifierValue = QLabel(VerificationSignOffDialog)
        self.verifierValue.setObjectName(u"verifierValue")
        self.verifierValue.setWordWrap(True)
        self.verifierValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.addWidget(self.verifierValue, 3, 1, 1, 1)

        self.waitingCaption = QLabel(VerificationSignOffDialog)
        self.waitingCaption.setObjectName(u"waitingCaption")

        self.factsLayout.addWidget(self.waitingCaption, 4, 0, 1, 1)

        self.waitingValue = QLabel(VerificationSignOffDialog)
        self.waitingValue.setObjectName(u"waitingValue")
        self.waitingValue.setWordWrap(True)
        self.waitingValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.addWidget(self.waitingValue, 4, 1, 1, 1)

        self.dueCaption = QLabel(VerificationSignOffDialog)
        self.dueCaption.setObjectName(u"dueCaption")

        self.factsLayout.addWidget(self.dueCaption, 5, 0, 1, 1)

        self.dueValue = QLabel(VerificationSignOffDialog)
        self.dueValue.setObjectName(u"dueValue")
        self.dueValue.setWordWrap(True)
        self.dueValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.addWidget(self.dueValue, 5, 1, 1, 1)

        self.factsLayout.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.factsLayout)

        self.noticeLabel = QLabel(VerificationSignOffDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setProperty(u"role", u"warning")

        self.dialogLayout.addWidget(self.noticeLabel)

        self.checklistSummary = QLabel(VerificationSignOffDialog)
        self.checklistSummary.setObjectName(u"checklistSummary")
        self.checklistSummary.setProperty(u"role", u"subheading")

        self.dialogLayout.addWidget(self.checklistSummary)

        self.checklistTable = QTableWidget(VerificationSignOffDialog)
        if (self.checklistTable.columnCount() < 7):
            self.checklistTable.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.checklistTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.checklistTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.checklistTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.checklistTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.checklistTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.checklistTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.checklistTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.checklistTable.setObjectName(u"checklistTable")
        self.checklistTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checklistTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.checklistTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.checklistTable.setAlternatingRowColors(True)
        self.checklistTable.setWordWrap(True)
        self.checklistTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.checklistTable)

        self.decisionLayout = QGridLayout()
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.decisionLayout.setHorizontalSpacing(8)
        self.passwordLabel = QLabel(VerificationSignOffDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.decisionLayout.addWidget(self.passwordLabel, 0, 0, 1, 1)

        self.password = QLineEdit(VerificationSignOffDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.decisionLayout.addWidget(self.password, 0, 1, 1, 1)

        self.passwordError = QLabel(VerificationSignOffDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setWordWrap(True)
        self.passwordError.setProperty(u"role", u"error")

        self.decisionLayout.addWidget(self.passwordError, 1, 1, 1, 1)

        self.reasonLabel = QLabel(VerificationSignOffDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.decisionLayout.addWidget(self.reasonLabel, 2, 0, 1, 1)

        self.reason = QLineEdit(VerificationSignOffDialog)
        self.reason.setObjectName(u"reason")

        self.decisionLayout.addWidget(self.reason, 2, 1, 1, 1)

        self.reasonError = QLabel(VerificationSignOffDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)
        self.reasonError.setProperty(u"role", u"error")

        self.decisionLayout.addWidget(self.reasonError, 3, 1, 1, 1)

        self.decisionLayout.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.decisionLayout)

        self.generalError = QLabel(VerificationSignOffDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.generalError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.generalError)

        self.resultBox = QFrame(VerificationSignOffDialog)
        self.resultBox.setObjectName(u"resultBox")
        self.resultBox.setFrameShape(QFrame.Shape.StyledPanel)
        self.resultLayout = QHBoxLayout(self.resultBox)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultLabel = QLabel(self.resultBox)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.resultLabel.setProperty(u"role", u"subheading")

        self.resultLayout.addWidget(self.resultLabel)

        self.sheetButton = QPushButton(self.resultBox)
        self.sheetButton.setObjectName(u"sheetButton")
        self.sheetButton.setAutoDefault(False)

        self.resultLayout.addWidget(self.sheetButton)

        self.resultLayout.setStretch(0, 1)

        self.dialogLayout.addWidget(self.resultBox)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.approveButton = QPushButton(VerificationSignOffDialog)
        self.approveButton.setObjectName(u"approveButton")
        self.approveButton.setAutoDefault(False)
        self.approveButton.setProperty(u"primary", True)

        self.buttonLayout.addWidget(self.approveButton)

        self.returnButton = QPushButton(VerificationSignOffDialog)
        self.returnButton.setObjectName(u"returnButton")
        self.returnButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.returnButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(VerificationSignOffDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.password)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.password, self.approveButton)
        QWidget.setTabOrder(self.approveButton, self.reason)
        QWidget.setTabOrder(self.reason, self.returnButton)
        QWidget.setTabOrder(self.returnButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.sheetButton)

        self.retranslateUi(VerificationSignOffDialog)

        QMetaObject.connectSlotsByName(VerificationSignOffDialog)
    # setupUi

    def retranslateUi(self, VerificationSignOffDialog):
        VerificationSignOffDialog.setWindowTitle(QCoreApplication.translate("VerificationSignOffDialog", u"Persetujuan atasan", None))
        self.heading.setText("")
        self.applicantCaption.setText(QCoreApplication.translate("VerificationSignOffDialog", u"Pemohon:", None))
        self.applicantValue.setText("")
        self.serviceCaption.setText(QCoreApplication.translate("VerificationSignOffDialog", u"Layanan:", None))
        self.serviceValue.setText("")
        self.receivedCaption.setText(QCoreApplication.translate("VerificationSignOffDialog", u"Diterima:", None))
        self.receivedValue.setText("")
        self.verifierCaption.setText(QCoreApplication.translate("VerificationSignOffDialog", u"Diperiksa (lapis 1):", None))
        self.verifierValue.setText("")
        self.waitingCaption.setText(QCoreApplication.translate("VerificationSignOffDialog", u"Menunggu:", None))
        self.waitingValue.setText("")
        self.dueCaption.setText(QCoreApplication.translate("VerificationSignOffDialog", u"Jam layanan:", None))
        self.dueValue.setText("")
        self.noticeLabel.setText("")
        self.checklistSummary.setText("")
        ___qtablewidgetitem = self.checklistTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("VerificationSignOffDialog", u"No.", None))
        ___qtablewidgetitem1 = self.checklistTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("VerificationSignOffDialog", u"Persyaratan", None))
        ___qtablewidgetitem2 = self.checklistTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("VerificationSignOffDialog", u"Wajib", None))
        ___qtablewidgetitem3 = self.checklistTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("VerificationSignOffDialog", u"Ada", None))
        ___qtablewidgetitem4 = self.checklistTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("VerificationSignOffDialog", u"Keabsahan", None))
        ___qtablewidgetitem5 = self.checklistTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("VerificationSignOffDialog", u"Catatan", None))
        ___qtablewidgetitem6 = self.checklistTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("VerificationSignOffDialog", u"Pindaian", None))
        self.passwordLabel.setText(QCoreApplication.translate("VerificationSignOffDialog", u"&Kata sandi Anda *", None))
        self.password.setPlaceholderText(QCoreApplication.translate("VerificationSignOffDialog", u"kata sandi yang Anda pakai untuk masuk \u2014 menandatangani keputusan ini", None))
        self.passwordError.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("VerificationSignOffDialog", u"&Alasan (jika dikembalikan)", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("VerificationSignOffDialog", u"mis. SKP bukan tahun terakhir \u2014 dibaca petugas dan tercatat di riwayat", None))
        self.reasonError.setText("")
        self.generalError.setText("")
        self.resultLabel.setText("")
        self.sheetButton.setText(QCoreApplication.translate("VerificationSignOffDialog", u"Lembar verifikasi\u2026 (Ctrl+P)", None))
#if QT_CONFIG(tooltip)
        self.sheetButton.setToolTip(QCoreApplication.translate("VerificationSignOffDialog", u"Lembar verifikasi dengan nama kedua lapis, untuk arsip berkas", None))
#endif // QT_CONFIG(tooltip)
        self.approveButton.setText(QCoreApplication.translate("VerificationSignOffDialog", u"Setujui (Ctrl+Enter)", None))
#if QT_CONFIG(tooltip)
        self.approveButton.setToolTip(QCoreApplication.translate("VerificationSignOffDialog", u"Checklist benar: berkas diproses, jam layanan berjalan sejak hari ke-0", None))
#endif // QT_CONFIG(tooltip)
        self.returnButton.setText(QCoreApplication.translate("VerificationSignOffDialog", u"Kembalikan ke petugas (Ctrl+R)", None))
#if QT_CONFIG(tooltip)
        self.returnButton.setToolTip(QCoreApplication.translate("VerificationSignOffDialog", u"Tulis alasannya: berkas kembali ke daftar Perlu diperiksa dan jam layanan dihentikan", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("VerificationSignOffDialog", u"Tutup (Esc)", None))
    # retranslateUi

