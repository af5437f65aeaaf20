# Generated from ui/dialogs/new_password.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_password.ui'
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

class Ui_NewPasswordDialog(object):
    def setupUi(self, NewPasswordDialog):
        if not NewPasswordDialog.objectName():
            NewPasswordDialog.setObjectName(u"NewPasswordDialog")
        NewPasswordDialog.resize(460, 240)
        self.dialogLayout = QVBoxLayout(NewPasswordDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(NewPasswordDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.passwordLabel = QLabel(NewPasswordDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(NewPasswordDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.password)

        self.passwordHint = QLabel(NewPasswordDialog)
        self.passwordHint.setObjectName(u"passwordHint")
        self.passwordHint.setWordWrap(True)
        self.passwordHint.setProperty(u"role", u"hint")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordHint)

        self.passwordError = QLabel(NewPasswordDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setWordWrap(True)
        self.passwordError.setProperty(u"role", u"error")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordError)

        self.passwordRepeatLabel = QLabel(NewPasswordDialog)
        self.passwordRepeatLabel.setObjectName(u"passwordRepeatLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordRepeatLabel)

        self.passwordRepeat = QLineEdit(NewPasswordDialog)
        self.passwordRepeat.setObjectName(u"passwordRepeat")
        self.passwordRepeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordRepeat)

        self.passwordRepeatError = QLabel(NewPasswordDialog)
        self.passwordRepeatError.setObjectName(u"passwordRepeatError")
        self.passwordRepeatError.setWordWrap(True)
        self.passwordRepeatError.setProperty(u"role", u"error")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordRepeatError)


        self.dialogLayout.addLayout(self.formLayout)

        self.generalError = QLabel(NewPasswordDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.generalError)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(NewPasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.password)
        self.passwordRepeatLabel.setBuddy(self.passwordRepeat)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.password, self.passwordRepeat)

        self.retranslateUi(NewPasswordDialog)

        QMetaObject.connectSlotsByName(NewPasswordDialog)
    # setupUi

    def retranslateUi(self, NewPasswordDialog):
        NewPasswordDialog.setWindowTitle(QCoreApplication.translate("NewPasswordDialog", u"Kata sandi baru", None))
        self.intro.setText("")
        self.passwordLabel.setText(QCoreApplication.translate("NewPasswordDialog", u"&Kata sandi baru *", None))
        self.passwordHint.setText(QCoreApplication.translate("NewPasswordDialog", u"Minimal 8 karakter, berisi huruf dan angka.", None))
        self.passwordError.setText("")
        self.passwordRepeatLabel.setText(QCoreApplication.translate("NewPasswordDialog", u"&Ulangi kata sandi *", None))
        self.passwordRepeatError.setText("")
        self.generalError.setText("")
    # retranslateUi

