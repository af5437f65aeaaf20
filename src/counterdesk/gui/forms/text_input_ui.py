# Generated from ui/dialogs/text_input.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'text_input.ui'
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
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_TextInputDialog(object):
    def setupUi(self, TextInputDialog):
        if not TextInputDialog.objectName():
            TextInputDialog.setObjectName(u"TextInputDialog")
        TextInputDialog.resize(520, 300)
        self.dialogLayout = QVBoxLayout(TextInputDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.explanation = QLabel(TextInputDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanation)

        self.textLabel = QLabel(TextInputDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.dialogLayout.addWidget(self.textLabel)

        self.text = QPlainTextEdit(TextInputDialog)
        self.text.setObjectName(u"text")
        self.text.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.text)

        self.textError = QLabel(TextInputDialog)
        self.textError.setObjectName(u"textError")
        self.textError.setWordWrap(True)
        self.textError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.textError)

        self.keysHint = QLabel(TextInputDialog)
        self.keysHint.setObjectName(u"keysHint")
        self.keysHint.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.keysHint)

        self.generalError = QLabel(TextInputDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(TextInputDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.text)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TextInputDialog)

        QMetaObject.connectSlotsByName(TextInputDialog)
    # setupUi

    def retranslateUi(self, TextInputDialog):
        self.explanation.setText("")
        self.textLabel.setText("")
        self.textError.setText("")
        self.keysHint.setText(QCoreApplication.translate("TextInputDialog", u"Ctrl+Enter: simpan \u00b7 Esc: batal", None))
        self.generalError.setText("")
        pass
    # retranslateUi

