# Generated from ui/dialogs/login.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(420, 300)
        self.dialogLayout = QHBoxLayout(LoginDialog)
        self.dialogLayout.setSpacing(18)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.loginLayout = QVBoxLayout()
        self.loginLayout.setObjectName(u"loginLayout")
        self.officeLabel = QLabel(LoginDialog)
        self.officeLabel.setObjectName(u"officeLabel")
        self.officeLabel.setWordWrap(True)
        self.officeLabel.setProperty(u"role", u"heading")

        self.loginLayout.addWidget(self.officeLabel)

        self.counterLabel = QLabel(LoginDialog)
        self.counterLabel.setObjectName(u"counterLabel")
        self.counterLabel.setWordWrap(True)

        self.loginLayout.addWidget(self.counterLabel)

        self.startProgress = QProgressBar(LoginDialog)
        self.startProgress.setObjectName(u"startProgress")
        self.startProgress.setMaximum(0)
        self.startProgress.setValue(0)
        self.startProgress.setTextVisible(False)

        self.loginLayout.addWidget(self.startProgress)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.usernameLabel = QLabel(LoginDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(LoginDialog)
        self.username.setObjectName(u"username")
        self.username.setMinimumSize(QSize(240, 0))
        self.username.setMaxLength(40)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.passwordLabel = QLabel(LoginDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(LoginDialog)
        self.password.setObjectName(u"password")
        self.password.setMinimumSize(QSize(240, 0))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)


        self.loginLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(LoginDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.loginLayout.addWidget(self.errorLabel)

        self.loginSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.loginLayout.addItem(self.loginSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.quitButton = QPushButton(LoginDialog)
        self.quitButton.setObjectName(u"quitButton")
        self.quitButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.quitButton)

        self.loginButton = QPushButton(LoginDialog)
        self.loginButton.setObjectName(u"loginButton")
        self.loginButton.setProperty(u"primary", True)

        self.buttonLayout.addWidget(self.loginButton)


        self.loginLayout.addLayout(self.buttonLayout)


        self.dialogLayout.addLayout(self.loginLayout)

        self.demoBox = QGroupBox(LoginDialog)
        self.demoBox.setObjectName(u"demoBox")
        self.demoLayout = QVBoxLayout(self.demoBox)
        self.demoLayout.setObjectName(u"demoLayout")
        self.demoHint = QLabel(self.demoBox)
        self.demoHint.setObjectName(u"demoHint")
        self.demoHint.setWordWrap(True)

        self.demoLayout.addWidget(self.demoHint)

        self.demoTable = QTableWidget(self.demoBox)
        if (self.demoTable.columnCount() < 4):
            self.demoTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.demoTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.demoTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.demoTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.demoTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.demoTable.setObjectName(u"demoTable")
        self.demoTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.demoTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.demoTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.demoTable.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.demoTable.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.demoTable.setTabKeyNavigation(False)
        self.demoTable.horizontalHeader().setStretchLastSection(True)
        self.demoTable.verticalHeader().setVisible(False)

        self.demoLayout.addWidget(self.demoTable)


        self.dialogLayout.addWidget(self.demoBox)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.password)
        QWidget.setTabOrder(self.password, self.loginButton)
        QWidget.setTabOrder(self.loginButton, self.quitButton)
        QWidget.setTabOrder(self.quitButton, self.demoTable)

        self.retranslateUi(LoginDialog)

        self.loginButton.setDefault(True)


        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"Masuk \u2014 CounterDesk", None))
        self.officeLabel.setText(QCoreApplication.translate("LoginDialog", u"CounterDesk", None))
        self.counterLabel.setText("")
#if QT_CONFIG(tooltip)
        self.startProgress.setToolTip(QCoreApplication.translate("LoginDialog", u"Database sedang dibuka; Anda sudah boleh mengetik nama pengguna dan kata sandi.", None))
#endif // QT_CONFIG(tooltip)
        self.usernameLabel.setText(QCoreApplication.translate("LoginDialog", u"&Nama pengguna", None))
        self.username.setPlaceholderText(QCoreApplication.translate("LoginDialog", u"mis. budi.s", None))
        self.passwordLabel.setText(QCoreApplication.translate("LoginDialog", u"&Kata sandi", None))
        self.errorLabel.setText("")
        self.quitButton.setText(QCoreApplication.translate("LoginDialog", u"Keluar (Esc)", None))
        self.loginButton.setText(QCoreApplication.translate("LoginDialog", u"Masuk (Enter)", None))
        self.demoBox.setTitle(QCoreApplication.translate("LoginDialog", u"Akun demo", None))
        self.demoHint.setText(QCoreApplication.translate("LoginDialog", u"Database latihan dengan data contoh. Klik satu akun untuk mengisi nama pengguna dan kata sandinya; klik dua kali untuk langsung masuk.", None))
        ___qtablewidgetitem = self.demoTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("LoginDialog", u"Peran", None))
        ___qtablewidgetitem1 = self.demoTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("LoginDialog", u"Nama", None))
        ___qtablewidgetitem2 = self.demoTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("LoginDialog", u"Nama pengguna", None))
        ___qtablewidgetitem3 = self.demoTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("LoginDialog", u"Kata sandi", None))
    # retranslateUi

