# Generated from ui/dialogs/report_export.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_export.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_ReportExportDialog(object):
    def setupUi(self, ReportExportDialog):
        if not ReportExportDialog.objectName():
            ReportExportDialog.setObjectName(u"ReportExportDialog")
        ReportExportDialog.resize(620, 420)
        ReportExportDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(ReportExportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.heading = QLabel(ReportExportDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.heading)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.kindLabel = QLabel(ReportExportDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(ReportExportDialog)
        self.kind.setObjectName(u"kind")
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(16)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.monthLabel = QLabel(ReportExportDialog)
        self.monthLabel.setObjectName(u"monthLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.monthLabel)

        self.monthLayout = QHBoxLayout()
        self.monthLayout.setObjectName(u"monthLayout")
        self.monthLayout.setContentsMargins(0, 0, 0, 0)
        self.month = QComboBox(ReportExportDialog)
        self.month.setObjectName(u"month")
        self.month.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.month.setMinimumContentsLength(16)

        self.monthLayout.addWidget(self.month)

        self.year = QSpinBox(ReportExportDialog)
        self.year.setObjectName(u"year")
        self.year.setMinimum(2000)
        self.year.setMaximum(2100)

        self.monthLayout.addWidget(self.year)

        self.monthSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.monthLayout.addItem(self.monthSpacer)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.monthLayout)

        self.startLabel = QLabel(ReportExportDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.start = QDateEdit(ReportExportDialog)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.start)

        self.startError = QLabel(ReportExportDialog)
        self.startError.setObjectName(u"startError")
        self.startError.setWordWrap(True)
        self.startError.setProperty(u"role", u"error")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.startError)

        self.endLabel = QLabel(ReportExportDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.end = QDateEdit(ReportExportDialog)
        self.end.setObjectName(u"end")
        self.end.setCalendarPopup(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.end)

        self.endError = QLabel(ReportExportDialog)
        self.endError.setObjectName(u"endError")
        self.endError.setWordWrap(True)
        self.endError.setProperty(u"role", u"error")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.endError)

        self.serviceCodeLabel = QLabel(ReportExportDialog)
        self.serviceCodeLabel.setObjectName(u"serviceCodeLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.serviceCodeLabel)

        self.serviceCode = QComboBox(ReportExportDialog)
        self.serviceCode.setObjectName(u"serviceCode")
        self.serviceCode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.serviceCode.setMinimumContentsLength(16)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.serviceCode)

        self.serviceCodeError = QLabel(ReportExportDialog)
        self.serviceCodeError.setObjectName(u"serviceCodeError")
        self.serviceCodeError.setWordWrap(True)
        self.serviceCodeError.setProperty(u"role", u"error")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.serviceCodeError)

        self.formatLabel = QLabel(ReportExportDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatLayout = QHBoxLayout()
        self.formatLayout.setObjectName(u"formatLayout")
        self.formatLayout.setContentsMargins(0, 0, 0, 0)
        self.pdfFormat = QRadioButton(ReportExportDialog)
        self.pdfFormat.setObjectName(u"pdfFormat")
        self.pdfFormat.setChecked(True)

        self.formatLayout.addWidget(self.pdfFormat)

        self.xlsxFormat = QRadioButton(ReportExportDialog)
        self.xlsxFormat.setObjectName(u"xlsxFormat")

        self.formatLayout.addWidget(self.xlsxFormat)


        self.formLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.formatLayout)


        self.dialogLayout.addLayout(self.formLayout)

        self.periodHint = QLabel(ReportExportDialog)
        self.periodHint.setObjectName(u"periodHint")
        self.periodHint.setWordWrap(True)
        self.periodHint.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.periodHint)

        self.progressBar = QProgressBar(ReportExportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setTextVisible(False)
        self.progressBar.setMaximum(0)

        self.dialogLayout.addWidget(self.progressBar)

        self.progressText = QLabel(ReportExportDialog)
        self.progressText.setObjectName(u"progressText")
        self.progressText.setWordWrap(True)
        self.progressText.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.progressText)

        self.generalError = QLabel(ReportExportDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.generalError)

        self.savedLabel = QLabel(ReportExportDialog)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setWordWrap(True)
        self.savedLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.savedLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.openButton = QPushButton(ReportExportDialog)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.openButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(ReportExportDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)

        self.saveButton = QPushButton(ReportExportDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)
        self.saveButton.setProperty(u"primary", True)

        self.buttonLayout.addWidget(self.saveButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.monthLabel.setBuddy(self.month)
        self.startLabel.setBuddy(self.start)
        self.endLabel.setBuddy(self.end)
        self.serviceCodeLabel.setBuddy(self.serviceCode)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.month)
        QWidget.setTabOrder(self.month, self.year)
        QWidget.setTabOrder(self.year, self.start)
        QWidget.setTabOrder(self.start, self.end)
        QWidget.setTabOrder(self.end, self.serviceCode)
        QWidget.setTabOrder(self.serviceCode, self.pdfFormat)
        QWidget.setTabOrder(self.pdfFormat, self.xlsxFormat)
        QWidget.setTabOrder(self.xlsxFormat, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.closeButton)

        self.retranslateUi(ReportExportDialog)

        QMetaObject.connectSlotsByName(ReportExportDialog)
    # setupUi

    def retranslateUi(self, ReportExportDialog):
        ReportExportDialog.setWindowTitle(QCoreApplication.translate("ReportExportDialog", u"Simpan laporan", None))
        self.heading.setText(QCoreApplication.translate("ReportExportDialog", u"Simpan laporan", None))
        self.kindLabel.setText(QCoreApplication.translate("ReportExportDialog", u"&Laporan", None))
        self.monthLabel.setText(QCoreApplication.translate("ReportExportDialog", u"&Bulan", None))
        self.startLabel.setText(QCoreApplication.translate("ReportExportDialog", u"&Dari tanggal", None))
        self.start.setDisplayFormat(QCoreApplication.translate("ReportExportDialog", u"dd-MM-yyyy", None))
        self.startError.setText("")
        self.endLabel.setText(QCoreApplication.translate("ReportExportDialog", u"&Sampai tanggal", None))
        self.end.setDisplayFormat(QCoreApplication.translate("ReportExportDialog", u"dd-MM-yyyy", None))
        self.endError.setText("")
        self.serviceCodeLabel.setText(QCoreApplication.translate("ReportExportDialog", u"La&yanan", None))
        self.serviceCodeError.setText("")
        self.formatLabel.setText(QCoreApplication.translate("ReportExportDialog", u"Format", None))
        self.pdfFormat.setText(QCoreApplication.translate("ReportExportDialog", u"&PDF \u2014 untuk dicetak dan ditandatangani", None))
        self.xlsxFormat.setText(QCoreApplication.translate("ReportExportDialog", u"E&xcel (XLSX) \u2014 untuk diolah", None))
        self.periodHint.setText("")
        self.progressText.setText("")
        self.generalError.setText("")
        self.savedLabel.setText("")
        self.openButton.setText(QCoreApplication.translate("ReportExportDialog", u"Buka berkas", None))
        self.closeButton.setText(QCoreApplication.translate("ReportExportDialog", u"Tutup (Esc)", None))
        self.saveButton.setText(QCoreApplication.translate("ReportExportDialog", u"Simpan\u2026 (Ctrl+S)", None))
    # retranslateUi

