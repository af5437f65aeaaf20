# Generated from ui/dialogs/lock.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LockDialog(object):
    def setupUi(self, LockDialog):
        if not LockDialog.objectName():
            LockDialog.setObjectName(u"LockDialog")
        LockDialog.resize(440, 240)
        self.dialogLayout = QVBoxLayout(LockDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.heading = QLabel(LockDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.heading)

        self.userLabel = QLabel(LockDialog)
        self.userLabel.setObjectName(u"userLabel")
        self.userLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.userLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.passwordLabel = QLabel(LockDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(LockDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.password)

        self.errorLabel = QLabel(LockDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.errorLabel)


        self.dialogLayout.addLayout(self.formLayout)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.switchUserButton = QPushButton(LockDialog)
        self.switchUserButton.setObjectName(u"switchUserButton")
        self.switchUserButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.switchUserButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.unlockButton = QPushButton(LockDialog)
        self.unlockButton.setObjectName(u"unlockButton")
        self.unlockButton.setProperty(u"primary", True)

        self.buttonLayout.addWidget(self.unlockButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.password, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.switchUserButton)

        self.retranslateUi(LockDialog)

        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(LockDialog)
    # setupUi

    def retranslateUi(self, LockDialog):
        LockDialog.setWindowTitle(QCoreApplication.translate("LockDialog", u"Layar dikunci \u2014 CounterDesk", None))
        self.heading.setText(QCoreApplication.translate("LockDialog", u"Layar dikunci", None))
        self.userLabel.setText("")
        self.passwordLabel.setText(QCoreApplication.translate("LockDialog", u"&Kata sandi", None))
        self.errorLabel.setText("")
        self.switchUserButton.setText(QCoreApplication.translate("LockDialog", u"&Ganti pengguna", None))
        self.unlockButton.setText(QCoreApplication.translate("LockDialog", u"&Buka kunci (Enter)", None))
    # retranslateUi

