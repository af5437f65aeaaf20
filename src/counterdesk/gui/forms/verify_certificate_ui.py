# Generated from ui/dialogs/verify_certificate.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verify_certificate.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_VerifyCertificateDialog(object):
    def setupUi(self, VerifyCertificateDialog):
        if not VerifyCertificateDialog.objectName():
            VerifyCertificateDialog.setObjectName(u"VerifyCertificateDialog")
        VerifyCertificateDialog.resize(640, 420)
        self.dialogLayout = QVBoxLayout(VerifyCertificateDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.explanation = QLabel(VerifyCertificateDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanation)

        self.inputLayout = QHBoxLayout()
        self.inputLayout.setObjectName(u"inputLayout")
        self.textLabel = QLabel(VerifyCertificateDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.inputLayout.addWidget(self.textLabel)

        self.text = QLineEdit(VerifyCertificateDialog)
        self.text.setObjectName(u"text")

        self.inputLayout.addWidget(self.text)

        self.verifyButton = QPushButton(VerifyCertificateDialog)
        self.verifyButton.setObjectName(u"verifyButton")
        self.verifyButton.setAutoDefault(True)
        self.verifyButton.setProperty(u"primary", True)

        self.inputLayout.addWidget(self.verifyButton)

        self.inputLayout.setStretch(1, 1)

        self.dialogLayout.addLayout(self.inputLayout)

        self.textError = QLabel(VerifyCertificateDialog)
        self.textError.setObjectName(u"textError")
        self.textError.setWordWrap(True)
        self.textError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.textError)

        self.verdictLabel = QLabel(VerifyCertificateDialog)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setWordWrap(True)
        self.verdictLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdictLabel.setProperty(u"verdict", u"none")

        self.dialogLayout.addWidget(self.verdictLabel)

        self.factsLabel = QLabel(VerifyCertificateDialog)
        self.factsLabel.setObjectName(u"factsLabel")
        self.factsLabel.setWordWrap(True)
        self.factsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.factsLabel)

        self.detailsLabel = QLabel(VerifyCertificateDialog)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.detailsLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(VerifyCertificateDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.text)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.text, self.verifyButton)
        QWidget.setTabOrder(self.verifyButton, self.closeButton)

        self.retranslateUi(VerifyCertificateDialog)

        QMetaObject.connectSlotsByName(VerifyCertificateDialog)
    # setupUi

    def retranslateUi(self, VerifyCertificateDialog):
        VerifyCertificateDialog.setWindowTitle(QCoreApplication.translate("VerifyCertificateDialog", u"Verifikasi sertifikat", None))
        self.explanation.setText(QCoreApplication.translate("VerifyCertificateDialog", u"Pindai QR sertifikat atau kartu dengan pemindai, atau ketik nomor serinya, lalu Enter. Pemeriksaan memakai kunci tanda tangan kantor, tanpa internet.", None))
        self.textLabel.setText(QCoreApplication.translate("VerifyCertificateDialog", u"&QR / nomor seri:", None))
        self.text.setPlaceholderText(QCoreApplication.translate("VerifyCertificateDialog", u"pindai QR atau ketik nomor seri + Enter", None))
        self.verifyButton.setText(QCoreApplication.translate("VerifyCertificateDialog", u"&Periksa (Enter)", None))
        self.textError.setText("")
        self.verdictLabel.setText("")
        self.factsLabel.setText("")
        self.detailsLabel.setText("")
        self.closeButton.setText(QCoreApplication.translate("VerifyCertificateDialog", u"Tutup (Esc)", None))
    # retranslateUi

