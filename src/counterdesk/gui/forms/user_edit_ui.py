# Generated from ui/dialogs/user_edit.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_edit.ui'
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

from counterdesk.gui.role_picker import RolePicker

class Ui_UserEditDialog(object):
    def setupUi(self, UserEditDialog):
        if not UserEditDialog.objectName():
            UserEditDialog.setObjectName(u"UserEditDialog")
        UserEditDialog.resize(520, 480)
        self.dialogLayout = QVBoxLayout(UserEditDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.usernameLabel = QLabel(UserEditDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(UserEditDialog)
        self.username.setObjectName(u"username")
        self.username.setMaxLength(40)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.usernameHint = QLabel(UserEditDialog)
        self.usernameHint.setObjectName(u"usernameHint")
        self.usernameHint.setWordWrap(True)
        self.usernameHint.setProperty(u"role", u"hint")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameHint)

        self.usernameError = QLabel(UserEditDialog)
        self.usernameError.setObjectName(u"usernameError")
        self.usernameError.setWordWrap(True)
        self.usernameError.setProperty(u"role", u"error")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.usernameError)

        self.fullNameLabel = QLabel(UserEditDialog)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullName = QLineEdit(UserEditDialog)
        self.fullName.setObjectName(u"fullName")
        self.fullName.setMaxLength(200)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fullName)

        self.fullNameError = QLabel(UserEditDialog)
        self.fullNameError.setObjectName(u"fullNameError")
        self.fullNameError.setWordWrap(True)
        self.fullNameError.setProperty(u"role", u"error")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fullNameError)

        self.nipLabel = QLabel(UserEditDialog)
        self.nipLabel.setObjectName(u"nipLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.nipLabel)

        self.nip = QLineEdit(UserEditDialog)
        self.nip.setObjectName(u"nip")
        self.nip.setMaxLength(21)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.nip)

        self.nipError = QLabel(UserEditDialog)
        self.nipError.setObjectName(u"nipError")
        self.nipError.setWordWrap(True)
        self.nipError.setProperty(u"role", u"error")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.nipError)

        self.titleLabel = QLabel(UserEditDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(UserEditDialog)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(200)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.title)

        self.titleError = QLabel(UserEditDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)
        self.titleError.setProperty(u"role", u"error")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.rolesLabel = QLabel(UserEditDialog)
        self.rolesLabel.setObjectName(u"rolesLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.rolesLabel)

        self.roles = RolePicker(UserEditDialog)
        self.roles.setObjectName(u"roles")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.roles)

        self.rolesError = QLabel(UserEditDialog)
        self.rolesError.setObjectName(u"rolesError")
        self.rolesError.setWordWrap(True)
        self.rolesError.setProperty(u"role", u"error")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.rolesError)

        self.passwordLabel = QLabel(UserEditDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(UserEditDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.password)

        self.passwordHint = QLabel(UserEditDialog)
        self.passwordHint.setObjectName(u"passwordHint")
        self.passwordHint.setWordWrap(True)
        self.passwordHint.setProperty(u"role", u"hint")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.passwordHint)

        self.passwordError = QLabel(UserEditDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setWordWrap(True)
        self.passwordError.setProperty(u"role", u"error")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.passwordError)

        self.passwordRepeatLabel = QLabel(UserEditDialog)
        self.passwordRepeatLabel.setObjectName(u"passwordRepeatLabel")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.passwordRepeatLabel)

        self.passwordRepeat = QLineEdit(UserEditDialog)
        self.passwordRepeat.setObjectName(u"passwordRepeat")
        self.passwordRepeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.passwordRepeat)

        self.passwordRepeatError = QLabel(UserEditDialog)
        self.passwordRepeatError.setObjectName(u"passwordRepeatError")
        self.passwordRepeatError.setWordWrap(True)
        self.passwordRepeatError.setProperty(u"role", u"error")

        self.formLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.passwordRepeatError)


        self.dialogLayout.addLayout(self.formLayout)

        self.generalError = QLabel(UserEditDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.generalError)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(UserEditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.fullNameLabel.setBuddy(self.fullName)
        self.nipLabel.setBuddy(self.nip)
        self.titleLabel.setBuddy(self.title)
        self.rolesLabel.setBuddy(self.roles)
        self.passwordLabel.setBuddy(self.password)
        self.passwordRepeatLabel.setBuddy(self.passwordRepeat)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.fullName)
        QWidget.setTabOrder(self.fullName, self.nip)
        QWidget.setTabOrder(self.nip, self.title)
        QWidget.setTabOrder(self.title, self.roles)
        QWidget.setTabOrder(self.roles, self.password)
        QWidget.setTabOrder(self.password, self.passwordRepeat)

        self.retranslateUi(UserEditDialog)

        QMetaObject.connectSlotsByName(UserEditDialog)
    # setupUi

    def retranslateUi(self, UserEditDialog):
        UserEditDialog.setWindowTitle(QCoreApplication.translate("UserEditDialog", u"Tambah pengguna", None))
        self.usernameLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Nama pengguna *", None))
        self.username.setPlaceholderText(QCoreApplication.translate("UserEditDialog", u"mis. budi.s", None))
        self.usernameHint.setText(QCoreApplication.translate("UserEditDialog", u"Huruf kecil, angka, titik atau garis bawah; diawali huruf. Tidak dapat diubah nanti.", None))
        self.usernameError.setText("")
        self.fullNameLabel.setText(QCoreApplication.translate("UserEditDialog", u"Nama &lengkap *", None))
        self.fullNameError.setText("")
        self.nipLabel.setText(QCoreApplication.translate("UserEditDialog", u"N&IP", None))
        self.nip.setPlaceholderText(QCoreApplication.translate("UserEditDialog", u"18 angka, boleh kosong", None))
        self.nipError.setText("")
        self.titleLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Jabatan", None))
        self.titleError.setText("")
        self.rolesLabel.setText(QCoreApplication.translate("UserEditDialog", u"Peran *", None))
        self.rolesError.setText("")
        self.passwordLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Kata sandi awal *", None))
        self.passwordHint.setText(QCoreApplication.translate("UserEditDialog", u"Minimal 8 karakter, berisi huruf dan angka. Sampaikan langsung kepada pengguna.", None))
        self.passwordError.setText("")
        self.passwordRepeatLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Ulangi kata sandi *", None))
        self.passwordRepeatError.setText("")
        self.generalError.setText("")
    # retranslateUi

