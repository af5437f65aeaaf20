# Generated from ui/dialogs/spoiled_stock.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'spoiled_stock.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SpoiledStockDialog(object):
    def setupUi(self, SpoiledStockDialog):
        if not SpoiledStockDialog.objectName():
            SpoiledStockDialog.setObjectName(u"SpoiledStockDialog")
        SpoiledStockDialog.resize(520, 260)
        self.dialogLayout = QVBoxLayout(SpoiledStockDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.explanation = QLabel(SpoiledStockDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanation)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.blankSerialLabel = QLabel(SpoiledStockDialog)
        self.blankSerialLabel.setObjectName(u"blankSerialLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.blankSerialLabel)

        self.blankSerial = QLineEdit(SpoiledStockDialog)
        self.blankSerial.setObjectName(u"blankSerial")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.blankSerial)

        self.blankSerialError = QLabel(SpoiledStockDialog)
        self.blankSerialError.setObjectName(u"blankSerialError")
        self.blankSerialError.setWordWrap(True)
        self.blankSerialError.setProperty(u"role", u"error")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.blankSerialError)

        self.reasonLabel = QLabel(SpoiledStockDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QLineEdit(SpoiledStockDialog)
        self.reason.setObjectName(u"reason")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason)

        self.reasonError = QLabel(SpoiledStockDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)
        self.reasonError.setProperty(u"role", u"error")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonError)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.generalError = QLabel(SpoiledStockDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.generalError)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SpoiledStockDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.blankSerialLabel.setBuddy(self.blankSerial)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.blankSerial, self.reason)

        self.retranslateUi(SpoiledStockDialog)

        QMetaObject.connectSlotsByName(SpoiledStockDialog)
    # setupUi

    def retranslateUi(self, SpoiledStockDialog):
        SpoiledStockDialog.setWindowTitle(QCoreApplication.translate("SpoiledStockDialog", u"Catat blangko rusak", None))
        self.explanation.setText(QCoreApplication.translate("SpoiledStockDialog", u"Catat blangko pra-cetak yang rusak atau salah cetak agar stok blangko dapat dipertanggungjawabkan. Nomor blangko tertulis di pojok blangko.", None))
        self.blankSerialLabel.setText(QCoreApplication.translate("SpoiledStockDialog", u"Nomor &blangko *", None))
        self.blankSerial.setPlaceholderText(QCoreApplication.translate("SpoiledStockDialog", u"pindai atau ketik nomor blangko", None))
        self.blankSerialError.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("SpoiledStockDialog", u"&Alasan *", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("SpoiledStockDialog", u"mis. kertas macet, salah posisi, tinta luntur", None))
        self.reasonError.setText("")
        self.generalError.setText("")
    # retranslateUi

