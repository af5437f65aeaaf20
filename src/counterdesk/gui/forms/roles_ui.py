# Generated from ui/dialogs/roles.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roles.ui'
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
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from counterdesk.gui.role_picker import RolePicker

class Ui_RolesDialog(object):
    def setupUi(self, RolesDialog):
        if not RolesDialog.objectName():
            RolesDialog.setObjectName(u"RolesDialog")
        RolesDialog.resize(420, 260)
        self.dialogLayout = QVBoxLayout(RolesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.userLabel = QLabel(RolesDialog)
        self.userLabel.setObjectName(u"userLabel")
        self.userLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.userLabel)

        self.roles = RolePicker(RolesDialog)
        self.roles.setObjectName(u"roles")

        self.dialogLayout.addWidget(self.roles)

        self.rolesError = QLabel(RolesDialog)
        self.rolesError.setObjectName(u"rolesError")
        self.rolesError.setWordWrap(True)
        self.rolesError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.rolesError)

        self.rolesHint = QLabel(RolesDialog)
        self.rolesHint.setObjectName(u"rolesHint")
        self.rolesHint.setWordWrap(True)
        self.rolesHint.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.rolesHint)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(RolesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(RolesDialog)

        QMetaObject.connectSlotsByName(RolesDialog)
    # setupUi

    def retranslateUi(self, RolesDialog):
        RolesDialog.setWindowTitle(QCoreApplication.translate("RolesDialog", u"Ubah peran", None))
        self.userLabel.setText("")
        self.rolesError.setText("")
        self.rolesHint.setText(QCoreApplication.translate("RolesDialog", u"Satu orang tidak boleh memeriksa dan menyetujui berkas yang sama; aplikasi akan menolaknya.", None))
    # retranslateUi

