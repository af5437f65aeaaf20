# Generated from ui/dialogs/handover.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_HandoverDialog(object):
    def setupUi(self, HandoverDialog):
        if not HandoverDialog.objectName():
            HandoverDialog.setObjectName(u"HandoverDialog")
        HandoverDialog.resize(600, 380)
        self.dialogLayout = QVBoxLayout(HandoverDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.itemsLabel = QLabel(HandoverDialog)
        self.itemsLabel.setObjectName(u"itemsLabel")
        self.itemsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.itemsLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.receiverNameLabel = QLabel(HandoverDialog)
        self.receiverNameLabel.setObjectName(u"receiverNameLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.receiverNameLabel)

        self.receiverName = QLineEdit(HandoverDialog)
        self.receiverName.setObjectName(u"receiverName")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.receiverName)

        self.receiverNameError = QLabel(HandoverDialog)
        self.receiverNameError.setObjectName(u"receiverNameError")
        self.receiverNameError.setWordWrap(True)
        self.receiverNameError.setProperty(u"role", u"error")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.receiverNameError)

        self.receiverIdLabelLabel = QLabel(HandoverDialog)
        self.receiverIdLabelLabel.setObjectName(u"receiverIdLabelLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.receiverIdLabelLabel)

        self.receiverIdLabel = QComboBox(HandoverDialog)
        self.receiverIdLabel.setObjectName(u"receiverIdLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.receiverIdLabel)

        self.receiverIdLabelError = QLabel(HandoverDialog)
        self.receiverIdLabelError.setObjectName(u"receiverIdLabelError")
        self.receiverIdLabelError.setWordWrap(True)
        self.receiverIdLabelError.setProperty(u"role", u"error")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.receiverIdLabelError)

        self.receiverIdCaption = QLabel(HandoverDialog)
        self.receiverIdCaption.setObjectName(u"receiverIdCaption")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.receiverIdCaption)

        self.receiverId = QLineEdit(HandoverDialog)
        self.receiverId.setObjectName(u"receiverId")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.receiverId)

        self.receiverIdError = QLabel(HandoverDialog)
        self.receiverIdError.setObjectName(u"receiverIdError")
        self.receiverIdError.setWordWrap(True)
        self.receiverIdError.setProperty(u"role", u"error")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.receiverIdError)

        self.powerOfAttorney = QCheckBox(HandoverDialog)
        self.powerOfAttorney.setObjectName(u"powerOfAttorney")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.powerOfAttorney)

        self.powerOfAttorneyError = QLabel(HandoverDialog)
        self.powerOfAttorneyError.setObjectName(u"powerOfAttorneyError")
        self.powerOfAttorneyError.setWordWrap(True)
        self.powerOfAttorneyError.setProperty(u"role", u"error")

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.powerOfAttorneyError)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.hint = QLabel(HandoverDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.hint)

        self.generalError = QLabel(HandoverDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.generalError)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(HandoverDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.receiverNameLabel.setBuddy(self.receiverName)
        self.receiverIdLabelLabel.setBuddy(self.receiverIdLabel)
        self.receiverIdCaption.setBuddy(self.receiverId)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.receiverName, self.receiverIdLabel)
        QWidget.setTabOrder(self.receiverIdLabel, self.receiverId)
        QWidget.setTabOrder(self.receiverId, self.powerOfAttorney)

        self.retranslateUi(HandoverDialog)

        QMetaObject.connectSlotsByName(HandoverDialog)
    # setupUi

    def retranslateUi(self, HandoverDialog):
        HandoverDialog.setWindowTitle(QCoreApplication.translate("HandoverDialog", u"Serahkan sertifikat", None))
        self.itemsLabel.setText("")
        self.receiverNameLabel.setText(QCoreApplication.translate("HandoverDialog", u"&Nama penerima *", None))
        self.receiverNameError.setText("")
        self.receiverIdLabelLabel.setText(QCoreApplication.translate("HandoverDialog", u"&Jenis identitas *", None))
        self.receiverIdLabelError.setText("")
        self.receiverIdCaption.setText(QCoreApplication.translate("HandoverDialog", u"Nomor &identitas *", None))
        self.receiverId.setPlaceholderText(QCoreApplication.translate("HandoverDialog", u"pindai atau ketik nomornya", None))
        self.receiverIdError.setText("")
        self.powerOfAttorney.setText(QCoreApplication.translate("HandoverDialog", u"Diwakilkan dengan surat &kuasa (penerima bukan pemegang)", None))
        self.powerOfAttorneyError.setText("")
        self.hint.setText("")
        self.generalError.setText("")
    # retranslateUi

