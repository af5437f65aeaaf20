# Generated from ui/dialogs/case_request.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_request.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QDialog,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QStackedWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_CaseRequestDialog(object):
    def setupUi(self, CaseRequestDialog):
        if not CaseRequestDialog.objectName():
            CaseRequestDialog.setObjectName(u"CaseRequestDialog")
        CaseRequestDialog.resize(860, 560)
        self.dialogLayout = QVBoxLayout(CaseRequestDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.heading = QLabel(CaseRequestDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.heading)

        self.explanation = QLabel(CaseRequestDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.explanation)

        self.serialLayout = QGridLayout()
        self.serialLayout.setObjectName(u"serialLayout")
        self.serialLabel = QLabel(CaseRequestDialog)
        self.serialLabel.setObjectName(u"serialLabel")

        self.serialLayout.addWidget(self.serialLabel, 0, 0, 1, 1)

        self.serial = QLineEdit(CaseRequestDialog)
        self.serial.setObjectName(u"serial")
        self.serial.setClearButtonEnabled(True)

        self.serialLayout.addWidget(self.serial, 0, 1, 1, 1)

        self.serialError = QLabel(CaseRequestDialog)
        self.serialError.setObjectName(u"serialError")
        self.serialError.setWordWrap(True)
        self.serialError.setProperty(u"role", u"error")

        self.serialLayout.addWidget(self.serialError, 1, 1, 1, 1)

        self.certificateCaption = QLabel(CaseRequestDialog)
        self.certificateCaption.setObjectName(u"certificateCaption")

        self.serialLayout.addWidget(self.certificateCaption, 2, 0, 1, 1)

        self.certificateValue = QLabel(CaseRequestDialog)
        self.certificateValue.setObjectName(u"certificateValue")
        self.certificateValue.setWordWrap(True)
        self.certificateValue.setTextFormat(Qt.TextFormat.RichText)

        self.serialLayout.addWidget(self.certificateValue, 2, 1, 1, 1)

        self.serialLayout.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.serialLayout)

        self.kindPages = QStackedWidget(CaseRequestDialog)
        self.kindPages.setObjectName(u"kindPages")
        self.correctionPage = QWidget()
        self.correctionPage.setObjectName(u"correctionPage")
        self.correctionLayout = QVBoxLayout(self.correctionPage)
        self.correctionLayout.setObjectName(u"correctionLayout")
        self.correctionLayout.setContentsMargins(0, 0, 0, 0)
        self.fieldsLabel = QLabel(self.correctionPage)
        self.fieldsLabel.setObjectName(u"fieldsLabel")
        self.fieldsLabel.setProperty(u"role", u"subheading")

        self.correctionLayout.addWidget(self.fieldsLabel)

        self.fieldsHint = QLabel(self.correctionPage)
        self.fieldsHint.setObjectName(u"fieldsHint")
        self.fieldsHint.setWordWrap(True)
        self.fieldsHint.setProperty(u"role", u"hint")

        self.correctionLayout.addWidget(self.fieldsHint)

        self.fields = QTableWidget(self.correctionPage)
        if (self.fields.columnCount() < 3):
            self.fields.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.fields.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.fields.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.fields.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.fields.setObjectName(u"fields")
        self.fields.setAlternatingRowColors(True)
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fields.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fields.setWordWrap(False)
        self.fields.horizontalHeader().setHighlightSections(False)
        self.fields.horizontalHeader().setStretchLastSection(True)
        self.fields.verticalHeader().setVisible(False)

        self.correctionLayout.addWidget(self.fields)

        self.fieldsError = QLabel(self.correctionPage)
        self.fieldsError.setObjectName(u"fieldsError")
        self.fieldsError.setWordWrap(True)
        self.fieldsError.setProperty(u"role", u"error")

        self.correctionLayout.addWidget(self.fieldsError)

        self.fieldButtons = QHBoxLayout()
        self.fieldButtons.setObjectName(u"fieldButtons")
        self.addFieldButton = QPushButton(self.correctionPage)
        self.addFieldButton.setObjectName(u"addFieldButton")
        self.addFieldButton.setAutoDefault(False)

        self.fieldButtons.addWidget(self.addFieldButton)

        self.removeFieldButton = QPushButton(self.correctionPage)
        self.removeFieldButton.setObjectName(u"removeFieldButton")
        self.removeFieldButton.setAutoDefault(False)

        self.fieldButtons.addWidget(self.removeFieldButton)

        self.fieldSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fieldButtons.addItem(self.fieldSpacer)


        self.correctionLayout.addLayout(self.fieldButtons)

        self.kindPages.addWidget(self.correctionPage)
        self.lostPage = QWidget()
        self.lostPage.setObjectName(u"lostPage")
        self.lostLayout = QGridLayout(self.lostPage)
        self.lostLayout.setObjectName(u"lostLayout")
        self.lostLayout.setContentsMargins(0, 0, 0, 0)
        self.policeReportNumberLabel = QLabel(self.lostPage)
        self.policeReportNumberLabel.setObjectName(u"policeReportNumberLabel")

        self.lostLayout.addWidget(self.policeReportNumberLabel, 0, 0, 1, 1)

        self.policeReportNumber = QLineEdit(self.lostPage)
        self.policeReportNumber.setObjectName(u"policeReportNumber")

        self.lostLayout.addWidget(self.policeReportNumber, 0, 1, 1, 1)

        self.policeReportNumberError = QLabel(self.lostPage)
        self.policeReportNumberError.setObjectName(u"policeReportNumberError")
        self.policeReportNumberError.setWordWrap(True)
        self.policeReportNumberError.setProperty(u"role", u"error")

        self.lostLayout.addWidget(self.policeReportNumberError, 1, 1, 1, 1)

        self.policeReportOnLabel = QLabel(self.lostPage)
        self.policeReportOnLabel.setObjectName(u"policeReportOnLabel")

        self.lostLayout.addWidget(self.policeReportOnLabel, 2, 0, 1, 1)

        self.policeReportOn = QDateEdit(self.lostPage)
        self.policeReportOn.setObjectName(u"policeReportOn")
        self.policeReportOn.setCalendarPopup(True)

        self.lostLayout.addWidget(self.policeReportOn, 2, 1, 1, 1)

        self.policeReportOnError = QLabel(self.lostPage)
        self.policeReportOnError.setObjectName(u"policeReportOnError")
        self.policeReportOnError.setWordWrap(True)
        self.policeReportOnError.setProperty(u"role", u"error")

        self.lostLayout.addWidget(self.policeReportOnError, 3, 1, 1, 1)

        self.lostSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lostLayout.addItem(self.lostSpacer, 4, 0, 1, 1)

        self.lostLayout.setColumnStretch(1, 1)
        self.kindPages.addWidget(self.lostPage)
        self.legalisationPage = QWidget()
        self.legalisationPage.setObjectName(u"legalisationPage")
        self.legalisationLayout = QGridLayout(self.legalisationPage)
        self.legalisationLayout.setObjectName(u"legalisationLayout")
        self.legalisationLayout.setContentsMargins(0, 0, 0, 0)
        self.copiesLabel = QLabel(self.legalisationPage)
        self.copiesLabel.setObjectName(u"copiesLabel")

        self.legalisationLayout.addWidget(self.copiesLabel, 0, 0, 1, 1)

        self.copies = QSpinBox(self.legalisationPage)
        self.copies.setObjectName(u"copies")
        self.copies.setMinimum(1)
        self.copies.setMaximum(20)

        self.legalisationLayout.addWidget(self.copies, 0, 1, 1, 1)

        self.copiesError = QLabel(self.legalisationPage)
        self.copiesError.setObjectName(u"copiesError")
        self.copiesError.setWordWrap(True)
        self.copiesError.setProperty(u"role", u"error")

        self.legalisationLayout.addWidget(self.copiesError, 1, 1, 1, 1)

        self.copiesHint = QLabel(self.legalisationPage)
        self.copiesHint.setObjectName(u"copiesHint")
        self.copiesHint.setWordWrap(True)
        self.copiesHint.setProperty(u"role", u"hint")

        self.legalisationLayout.addWidget(self.copiesHint, 2, 1, 1, 1)

        self.legalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.legalisationLayout.addItem(self.legalSpacer, 3, 0, 1, 1)

        self.legalisationLayout.setColumnStretch(1, 1)
        self.kindPages.addWidget(self.legalisationPage)

        self.dialogLayout.addWidget(self.kindPages)

        self.minutesBox = QWidget(CaseRequestDialog)
        self.minutesBox.setObjectName(u"minutesBox")
        self.minutesLayout = QGridLayout(self.minutesBox)
        self.minutesLayout.setObjectName(u"minutesLayout")
        self.minutesLayout.setContentsMargins(0, 0, 0, 0)
        self.minutesNumberLabel = QLabel(self.minutesBox)
        self.minutesNumberLabel.setObjectName(u"minutesNumberLabel")

        self.minutesLayout.addWidget(self.minutesNumberLabel, 0, 0, 1, 1)

        self.minutesNumber = QLineEdit(self.minutesBox)
        self.minutesNumber.setObjectName(u"minutesNumber")
        self.minutesNumber.setClearButtonEnabled(True)

        self.minutesLayout.addWidget(self.minutesNumber, 0, 1, 1, 1)

        self.minutesNumberError = QLabel(self.minutesBox)
        self.minutesNumberError.setObjectName(u"minutesNumberError")
        self.minutesNumberError.setWordWrap(True)
        self.minutesNumberError.setProperty(u"role", u"error")

        self.minutesLayout.addWidget(self.minutesNumberError, 1, 1, 1, 1)

        self.minutesLayout.setColumnStretch(1, 1)

        self.dialogLayout.addWidget(self.minutesBox)

        self.generalError = QLabel(CaseRequestDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.generalError)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.submitButton = QPushButton(CaseRequestDialog)
        self.submitButton.setObjectName(u"submitButton")
        self.submitButton.setAutoDefault(False)
        self.submitButton.setProperty(u"primary", True)

        self.buttonLayout.addWidget(self.submitButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(CaseRequestDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.serialLabel.setBuddy(self.serial)
        self.fieldsLabel.setBuddy(self.fields)
        self.policeReportNumberLabel.setBuddy(self.policeReportNumber)
        self.policeReportOnLabel.setBuddy(self.policeReportOn)
        self.copiesLabel.setBuddy(self.copies)
        self.minutesNumberLabel.setBuddy(self.minutesNumber)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseRequestDialog)

        QMetaObject.connectSlotsByName(CaseRequestDialog)
    # setupUi

    def retranslateUi(self, CaseRequestDialog):
        CaseRequestDialog.setWindowTitle(QCoreApplication.translate("CaseRequestDialog", u"Permohonan kasus sertifikat", None))
        self.heading.setText("")
        self.explanation.setText("")
        self.serialLabel.setText(QCoreApplication.translate("CaseRequestDialog", u"&Nomor seri sertifikat *", None))
        self.serial.setPlaceholderText(QCoreApplication.translate("CaseRequestDialog", u"pindai barcode sertifikat atau ketik nomor seri + Enter", None))
        self.serialError.setText("")
        self.certificateCaption.setText(QCoreApplication.translate("CaseRequestDialog", u"Sertifikat:", None))
        self.certificateValue.setText("")
        self.fieldsLabel.setText(QCoreApplication.translate("CaseRequestDialog", u"&Data yang diralat *", None))
        self.fieldsHint.setText(QCoreApplication.translate("CaseRequestDialog", u"Satu baris per data: pilih datanya, tulis nilai yang benar. Nilai semula diambil dari register.", None))
        ___qtablewidgetitem = self.fields.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CaseRequestDialog", u"Data", None))
        ___qtablewidgetitem1 = self.fields.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CaseRequestDialog", u"Semula (di sertifikat)", None))
        ___qtablewidgetitem2 = self.fields.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CaseRequestDialog", u"Menjadi (yang benar)", None))
        self.fieldsError.setText("")
        self.addFieldButton.setText(QCoreApplication.translate("CaseRequestDialog", u"Tambah baris (Ctrl+T)", None))
        self.removeFieldButton.setText(QCoreApplication.translate("CaseRequestDialog", u"Hapus baris", None))
        self.policeReportNumberLabel.setText(QCoreApplication.translate("CaseRequestDialog", u"Nomor surat &kehilangan polisi *", None))
        self.policeReportNumber.setPlaceholderText(QCoreApplication.translate("CaseRequestDialog", u"mis. STPL/123/XI/2026/Sektor Cakung", None))
        self.policeReportNumberError.setText("")
        self.policeReportOnLabel.setText(QCoreApplication.translate("CaseRequestDialog", u"&Tanggal surat kehilangan *", None))
        self.policeReportOn.setDisplayFormat(QCoreApplication.translate("CaseRequestDialog", u"dd-MM-yyyy", None))
        self.policeReportOnError.setText("")
        self.copiesLabel.setText(QCoreApplication.translate("CaseRequestDialog", u"&Jumlah salinan *", None))
        self.copies.setSuffix(QCoreApplication.translate("CaseRequestDialog", u" lembar", None))
        self.copiesError.setText("")
        self.copiesHint.setText(QCoreApplication.translate("CaseRequestDialog", u"1\u201320 salinan. Tiap salinan mendapat nomor legalisasi sendiri dan satu label cap untuk dicetak di baliknya.", None))
        self.minutesNumberLabel.setText(QCoreApplication.translate("CaseRequestDialog", u"Nomor &berita acara *", None))
        self.minutesNumber.setPlaceholderText(QCoreApplication.translate("CaseRequestDialog", u"berita acara wawancara yang sudah ditandatangani", None))
        self.minutesNumberError.setText("")
        self.generalError.setText("")
        self.submitButton.setText(QCoreApplication.translate("CaseRequestDialog", u"Ajukan (Ctrl+S)", None))
        self.closeButton.setText(QCoreApplication.translate("CaseRequestDialog", u"Batal (Esc)", None))
    # retranslateUi

