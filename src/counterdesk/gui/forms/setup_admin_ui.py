# Generated from ui/dialogs/setup_admin.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_admin.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SetupAdminPage(object):
    def setupUi(self, SetupAdminPage):
        if not SetupAdminPage.objectName():
            SetupAdminPage.setObjectName(u"SetupAdminPage")
        self.pageLayout = QVBoxLayout(SetupAdminPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.intro = QLabel(SetupAdminPage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.pageLayout.addWidget(self.intro)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.adminUsernameLabel = QLabel(SetupAdminPage)
        self.adminUsernameLabel.setObjectName(u"adminUsernameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.adminUsernameLabel)

        self.adminUsername = QLineEdit(SetupAdminPage)
        self.adminUsername.setObjectName(u"adminUsername")
        self.adminUsername.setMaxLength(40)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.adminUsername)

        self.adminUsernameHint = QLabel(SetupAdminPage)
        self.adminUsernameHint.setObjectName(u"adminUsernameHint")
        self.adminUsernameHint.setWordWrap(True)
        self.adminUsernameHint.setProperty(u"role", u"hint")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.adminUsernameHint)

        self.adminUsernameError = QLabel(SetupAdminPage)
        self.adminUsernameError.setObjectName(u"adminUsernameError")
        self.adminUsernameError.setWordWrap(True)
        self.adminUsernameError.setProperty(u"role", u"error")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.adminUsernameError)

        self.adminFullNameLabel = QLabel(SetupAdminPage)
        self.adminFullNameLabel.setObjectName(u"adminFullNameLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.adminFullNameLabel)

        self.adminFullName = QLineEdit(SetupAdminPage)
        self.adminFullName.setObjectName(u"adminFullName")
        self.adminFullName.setMaxLength(200)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.adminFullName)

        self.adminFullNameError = QLabel(SetupAdminPage)
        self.adminFullNameError.setObjectName(u"adminFullNameError")
        self.adminFullNameError.setWordWrap(True)
        self.adminFullNameError.setProperty(u"role", u"error")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.adminFullNameError)

        self.adminPasswordLabel = QLabel(SetupAdminPage)
        self.adminPasswordLabel.setObjectName(u"adminPasswordLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.adminPasswordLabel)

        self.adminPassword = QLineEdit(SetupAdminPage)
        self.adminPassword.setObjectName(u"adminPassword")
        self.adminPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.adminPassword)

        self.adminPasswordHint = QLabel(SetupAdminPage)
        self.adminPasswordHint.setObjectName(u"adminPasswordHint")
        self.adminPasswordHint.setWordWrap(True)
        self.adminPasswordHint.setProperty(u"role", u"hint")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.adminPasswordHint)

        self.adminPasswordError = QLabel(SetupAdminPage)
        self.adminPasswordError.setObjectName(u"adminPasswordError")
        self.adminPasswordError.setWordWrap(True)
        self.adminPasswordError.setProperty(u"role", u"error")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.adminPasswordError)

        self.adminPasswordRepeatLabel = QLabel(SetupAdminPage)
        self.adminPasswordRepeatLabel.setObjectName(u"adminPasswordRepeatLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.adminPasswordRepeatLabel)

        self.adminPasswordRepeat = QLineEdit(SetupAdminPage)
        self.adminPasswordRepeat.setObjectName(u"adminPasswordRepeat")
        self.adminPasswordRepeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.adminPasswordRepeat)

        self.adminPasswordRepeatError = QLabel(SetupAdminPage)
        self.adminPasswordRepeatError.setObjectName(u"adminPasswordRepeatError")
        self.adminPasswordRepeatError.setWordWrap(True)
        self.adminPasswordRepeatError.setProperty(u"role", u"error")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.adminPasswordRepeatError)


        self.pageLayout.addLayout(self.formLayout)

        self.pageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)

#if QT_CONFIG(shortcut)
        self.adminUsernameLabel.setBuddy(self.adminUsername)
        self.adminFullNameLabel.setBuddy(self.adminFullName)
        self.adminPasswordLabel.setBuddy(self.adminPassword)
        self.adminPasswordRepeatLabel.setBuddy(self.adminPasswordRepeat)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.adminUsername, self.adminFullName)
        QWidget.setTabOrder(self.adminFullName, self.adminPassword)
        QWidget.setTabOrder(self.adminPassword, self.adminPasswordRepeat)

        self.retranslateUi(SetupAdminPage)

        QMetaObject.connectSlotsByName(SetupAdminPage)
    # setupUi

    def retranslateUi(self, SetupAdminPage):
        self.intro.setText(QCoreApplication.translate("SetupAdminPage", u"Akun pertama dengan peran Admin. Setelah masuk, admin menambahkan petugas lain di tab Admin.", None))
        self.adminUsernameLabel.setText(QCoreApplication.translate("SetupAdminPage", u"&Nama pengguna *", None))
        self.adminUsername.setPlaceholderText(QCoreApplication.translate("SetupAdminPage", u"mis. admin", None))
        self.adminUsernameHint.setText(QCoreApplication.translate("SetupAdminPage", u"Huruf kecil, angka, titik atau garis bawah; diawali huruf.", None))
        self.adminUsernameError.setText("")
        self.adminFullNameLabel.setText(QCoreApplication.translate("SetupAdminPage", u"Nama &lengkap *", None))
        self.adminFullNameError.setText("")
        self.adminPasswordLabel.setText(QCoreApplication.translate("SetupAdminPage", u"&Kata sandi *", None))
        self.adminPasswordHint.setText(QCoreApplication.translate("SetupAdminPage", u"Minimal 8 karakter, berisi huruf dan angka.", None))
        self.adminPasswordError.setText("")
        self.adminPasswordRepeatLabel.setText(QCoreApplication.translate("SetupAdminPage", u"&Ulangi kata sandi *", None))
        self.adminPasswordRepeatError.setText("")
        pass
    # retranslateUi

