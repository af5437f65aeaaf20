# Generated from ui/dialogs/calibration.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calibration.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QDoubleSpinBox, QFormLayout, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CalibrationDialog(object):
    def setupUi(self, CalibrationDialog):
        if not CalibrationDialog.objectName():
            CalibrationDialog.setObjectName(u"CalibrationDialog")
        CalibrationDialog.resize(560, 420)
        self.dialogLayout = QVBoxLayout(CalibrationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.explanation = QLabel(CalibrationDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanation)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.printerLabel = QLabel(CalibrationDialog)
        self.printerLabel.setObjectName(u"printerLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.printerLabel)

        self.printer = QComboBox(CalibrationDialog)
        self.printer.setObjectName(u"printer")
        self.printer.setEditable(True)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.printer)

        self.printerError = QLabel(CalibrationDialog)
        self.printerError.setObjectName(u"printerError")
        self.printerError.setWordWrap(True)
        self.printerError.setProperty(u"role", u"error")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.printerError)

        self.paperLabel = QLabel(CalibrationDialog)
        self.paperLabel.setObjectName(u"paperLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paper = QComboBox(CalibrationDialog)
        self.paper.setObjectName(u"paper")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.paper)

        self.paperError = QLabel(CalibrationDialog)
        self.paperError.setObjectName(u"paperError")
        self.paperError.setWordWrap(True)
        self.paperError.setProperty(u"role", u"error")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.paperError)

        self.dxMmLabel = QLabel(CalibrationDialog)
        self.dxMmLabel.setObjectName(u"dxMmLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dxMmLabel)

        self.dxMm = QDoubleSpinBox(CalibrationDialog)
        self.dxMm.setObjectName(u"dxMm")
        self.dxMm.setDecimals(1)
        self.dxMm.setMinimum(-20.000000000000000)
        self.dxMm.setMaximum(20.000000000000000)
        self.dxMm.setSingleStep(0.500000000000000)

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dxMm)

        self.dxMmError = QLabel(CalibrationDialog)
        self.dxMmError.setObjectName(u"dxMmError")
        self.dxMmError.setWordWrap(True)
        self.dxMmError.setProperty(u"role", u"error")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dxMmError)

        self.dyMmLabel = QLabel(CalibrationDialog)
        self.dyMmLabel.setObjectName(u"dyMmLabel")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.dyMmLabel)

        self.dyMm = QDoubleSpinBox(CalibrationDialog)
        self.dyMm.setObjectName(u"dyMm")
        self.dyMm.setDecimals(1)
        self.dyMm.setMinimum(-20.000000000000000)
        self.dyMm.setMaximum(20.000000000000000)
        self.dyMm.setSingleStep(0.500000000000000)

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.dyMm)

        self.dyMmError = QLabel(CalibrationDialog)
        self.dyMmError.setObjectName(u"dyMmError")
        self.dyMmError.setWordWrap(True)
        self.dyMmError.setProperty(u"role", u"error")

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.dyMmError)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.signHint = QLabel(CalibrationDialog)
        self.signHint.setObjectName(u"signHint")
        self.signHint.setWordWrap(True)
        self.signHint.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.signHint)

        self.testLayout = QHBoxLayout()
        self.testLayout.setObjectName(u"testLayout")
        self.testPageButton = QPushButton(CalibrationDialog)
        self.testPageButton.setObjectName(u"testPageButton")
        self.testPageButton.setAutoDefault(False)

        self.testLayout.addWidget(self.testPageButton)

        self.testSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.testLayout.addItem(self.testSpacer)


        self.dialogLayout.addLayout(self.testLayout)

        self.statusLabel = QLabel(CalibrationDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusLabel)

        self.generalError = QLabel(CalibrationDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.generalError)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(CalibrationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.printerLabel.setBuddy(self.printer)
        self.paperLabel.setBuddy(self.paper)
        self.dxMmLabel.setBuddy(self.dxMm)
        self.dyMmLabel.setBuddy(self.dyMm)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.printer, self.paper)
        QWidget.setTabOrder(self.paper, self.dxMm)
        QWidget.setTabOrder(self.dxMm, self.dyMm)
        QWidget.setTabOrder(self.dyMm, self.testPageButton)

        self.retranslateUi(CalibrationDialog)

        QMetaObject.connectSlotsByName(CalibrationDialog)
    # setupUi

    def retranslateUi(self, CalibrationDialog):
        CalibrationDialog.setWindowTitle(QCoreApplication.translate("CalibrationDialog", u"Kalibrasi printer", None))
        self.explanation.setText(QCoreApplication.translate("CalibrationDialog", u"Untuk kertas pra-cetak: geser seluruh cetakan agar tepat di kolom blangko. Nilai disimpan per printer dan jenis kertas. Cetak halaman uji, ukur dengan penggaris, lalu isi selisihnya.", None))
        self.printerLabel.setText(QCoreApplication.translate("CalibrationDialog", u"&Printer *", None))
        self.printerError.setText("")
        self.paperLabel.setText(QCoreApplication.translate("CalibrationDialog", u"&Kertas *", None))
        self.paperError.setText("")
        self.dxMmLabel.setText(QCoreApplication.translate("CalibrationDialog", u"Geser &kanan", None))
        self.dxMm.setSuffix(QCoreApplication.translate("CalibrationDialog", u" mm", None))
        self.dxMmError.setText("")
        self.dyMmLabel.setText(QCoreApplication.translate("CalibrationDialog", u"Geser &bawah", None))
        self.dyMm.setSuffix(QCoreApplication.translate("CalibrationDialog", u" mm", None))
        self.dyMmError.setText("")
        self.signHint.setText(QCoreApplication.translate("CalibrationDialog", u"Angka positif menggeser ke kanan / ke bawah, negatif ke kiri / ke atas.", None))
        self.testPageButton.setText(QCoreApplication.translate("CalibrationDialog", u"Cetak &halaman uji\u2026", None))
#if QT_CONFIG(tooltip)
        self.testPageButton.setToolTip(QCoreApplication.translate("CalibrationDialog", u"Halaman berpenggaris (mm) dengan geseran di atas, ke printer yang dipilih", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText("")
        self.generalError.setText("")
    # retranslateUi

