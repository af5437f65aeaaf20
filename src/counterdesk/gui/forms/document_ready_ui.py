# Generated from ui/dialogs/document_ready.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_ready.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_DocumentReadyDialog(object):
    def setupUi(self, DocumentReadyDialog):
        if not DocumentReadyDialog.objectName():
            DocumentReadyDialog.setObjectName(u"DocumentReadyDialog")
        DocumentReadyDialog.resize(620, 300)
        self.dialogLayout = QVBoxLayout(DocumentReadyDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headline = QLabel(DocumentReadyDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setWordWrap(True)
        self.headline.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.headline)

        self.numberLabel = QLabel(DocumentReadyDialog)
        self.numberLabel.setObjectName(u"numberLabel")
        self.numberLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.numberLabel.setProperty(u"role", u"number")

        self.dialogLayout.addWidget(self.numberLabel)

        self.explanation = QLabel(DocumentReadyDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanation)

        self.warningLabel = QLabel(DocumentReadyDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setProperty(u"role", u"warning")

        self.dialogLayout.addWidget(self.warningLabel)

        self.statusLabel = QLabel(DocumentReadyDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.statusLabel)

        self.generalError = QLabel(DocumentReadyDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.generalError)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.printButton = QPushButton(DocumentReadyDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)
        self.printButton.setProperty(u"primary", True)

        self.buttonLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(DocumentReadyDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.saveButton)

        self.openButton = QPushButton(DocumentReadyDialog)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.openButton)

        self.buttonStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonStretch)

        self.closeButton = QPushButton(DocumentReadyDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.printButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.closeButton)

        self.retranslateUi(DocumentReadyDialog)

        QMetaObject.connectSlotsByName(DocumentReadyDialog)
    # setupUi

    def retranslateUi(self, DocumentReadyDialog):
        DocumentReadyDialog.setWindowTitle(QCoreApplication.translate("DocumentReadyDialog", u"Dokumen siap", None))
        self.headline.setText("")
        self.numberLabel.setText("")
        self.explanation.setText("")
        self.warningLabel.setText("")
        self.statusLabel.setText("")
        self.generalError.setText("")
        self.printButton.setText(QCoreApplication.translate("DocumentReadyDialog", u"Cetak\u2026 (Ctrl+P)", None))
        self.saveButton.setText(QCoreApplication.translate("DocumentReadyDialog", u"Simpan PDF\u2026 (Ctrl+S)", None))
        self.openButton.setText(QCoreApplication.translate("DocumentReadyDialog", u"Buka PDF", None))
        self.closeButton.setText(QCoreApplication.translate("DocumentReadyDialog", u"Tutup (Esc)", None))
    # retranslateUi

