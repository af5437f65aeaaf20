# Generated from ui/dialogs/server_connection.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'server_connection.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ServerConnectionDialog(object):
    def setupUi(self, ServerConnectionDialog):
        if not ServerConnectionDialog.objectName():
            ServerConnectionDialog.setObjectName(u"ServerConnectionDialog")
        ServerConnectionDialog.resize(560, 520)
        self.dialogLayout = QVBoxLayout(ServerConnectionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(ServerConnectionDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.hostLabel = QLabel(ServerConnectionDialog)
        self.hostLabel.setObjectName(u"hostLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.host = QLineEdit(ServerConnectionDialog)
        self.host.setObjectName(u"host")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.host)

        self.hostError = QLabel(ServerConnectionDialog)
        self.hostError.setObjectName(u"hostError")
        self.hostError.setWordWrap(True)
        self.hostError.setProperty(u"role", u"error")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hostError)

        self.portLabel = QLabel(ServerConnectionDialog)
        self.portLabel.setObjectName(u"portLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.port = QLineEdit(ServerConnectionDialog)
        self.port.setObjectName(u"port")
        self.port.setMaxLength(5)
        self.port.setMaximumSize(QSize(90, 16777215))

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.port)

        self.portError = QLabel(ServerConnectionDialog)
        self.portError.setObjectName(u"portError")
        self.portError.setWordWrap(True)
        self.portError.setProperty(u"role", u"error")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.portError)

        self.databaseLabel = QLabel(ServerConnectionDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.database = QLineEdit(ServerConnectionDialog)
        self.database.setObjectName(u"database")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.database)

        self.databaseError = QLabel(ServerConnectionDialog)
        self.databaseError.setObjectName(u"databaseError")
        self.databaseError.setWordWrap(True)
        self.databaseError.setProperty(u"role", u"error")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.databaseError)

        self.userLabel = QLabel(ServerConnectionDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.user = QLineEdit(ServerConnectionDialog)
        self.user.setObjectName(u"user")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.user)

        self.userError = QLabel(ServerConnectionDialog)
        self.userError.setObjectName(u"userError")
        self.userError.setWordWrap(True)
        self.userError.setProperty(u"role", u"error")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.userError)

        self.passwordLabel = QLabel(ServerConnectionDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(ServerConnectionDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.password)

        self.passwordHint = QLabel(ServerConnectionDialog)
        self.passwordHint.setObjectName(u"passwordHint")
        self.passwordHint.setWordWrap(True)
        self.passwordHint.setProperty(u"role", u"hint")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.passwordHint)

        self.passwordError = QLabel(ServerConnectionDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setWordWrap(True)
        self.passwordError.setProperty(u"role", u"error")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.passwordError)


        self.dialogLayout.addLayout(self.formLayout)

        self.checkLayout = QHBoxLayout()
        self.checkLayout.setObjectName(u"checkLayout")
        self.testButton = QPushButton(ServerConnectionDialog)
        self.testButton.setObjectName(u"testButton")

        self.checkLayout.addWidget(self.testButton)

        self.checkSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checkLayout.addItem(self.checkSpacer)


        self.dialogLayout.addLayout(self.checkLayout)

        self.checkResult = QLabel(ServerConnectionDialog)
        self.checkResult.setObjectName(u"checkResult")
        self.checkResult.setWordWrap(True)

        self.dialogLayout.addWidget(self.checkResult)

        self.generalError = QLabel(ServerConnectionDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.generalError)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(ServerConnectionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.hostLabel.setBuddy(self.host)
        self.portLabel.setBuddy(self.port)
        self.databaseLabel.setBuddy(self.database)
        self.userLabel.setBuddy(self.user)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.host, self.port)
        QWidget.setTabOrder(self.port, self.database)
        QWidget.setTabOrder(self.database, self.user)
        QWidget.setTabOrder(self.user, self.password)
        QWidget.setTabOrder(self.password, self.testButton)

        self.retranslateUi(ServerConnectionDialog)

        QMetaObject.connectSlotsByName(ServerConnectionDialog)
    # setupUi

    def retranslateUi(self, ServerConnectionDialog):
        ServerConnectionDialog.setWindowTitle(QCoreApplication.translate("ServerConnectionDialog", u"Server kantor (PostgreSQL)", None))
        self.intro.setText(QCoreApplication.translate("ServerConnectionDialog", u"Kantor dengan banyak loket menyimpan datanya di satu server PostgreSQL: semua loket melihat antrean yang sama. Isi data koneksi dari admin server. Kolom bertanda * wajib diisi.", None))
        self.hostLabel.setText(QCoreApplication.translate("ServerConnectionDialog", u"Alamat &server *", None))
        self.host.setPlaceholderText(QCoreApplication.translate("ServerConnectionDialog", u"mis. 192.168.1.10 atau server-kantor", None))
        self.hostError.setText("")
        self.portLabel.setText(QCoreApplication.translate("ServerConnectionDialog", u"&Port *", None))
        self.port.setPlaceholderText(QCoreApplication.translate("ServerConnectionDialog", u"5432", None))
        self.portError.setText("")
        self.databaseLabel.setText(QCoreApplication.translate("ServerConnectionDialog", u"Nama &database *", None))
        self.database.setPlaceholderText(QCoreApplication.translate("ServerConnectionDialog", u"mis. counterdesk", None))
        self.databaseError.setText("")
        self.userLabel.setText(QCoreApplication.translate("ServerConnectionDialog", u"&Pengguna database *", None))
        self.user.setPlaceholderText(QCoreApplication.translate("ServerConnectionDialog", u"mis. loket", None))
        self.userError.setText("")
        self.passwordLabel.setText(QCoreApplication.translate("ServerConnectionDialog", u"&Kata sandi database", None))
        self.passwordHint.setText(QCoreApplication.translate("ServerConnectionDialog", u"Tidak pernah ditulis ke berkas: disimpan di keyring sistem operasi bila ada, bila tidak ditanyakan setiap kali aplikasi dibuka.", None))
        self.passwordError.setText("")
        self.testButton.setText(QCoreApplication.translate("ServerConnectionDialog", u"&Tes koneksi", None))
        self.checkResult.setText("")
        self.generalError.setText("")
    # retranslateUi

