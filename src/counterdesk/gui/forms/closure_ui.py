# Generated from ui/dialogs/closure.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'closure.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ClosureDialog(object):
    def setupUi(self, ClosureDialog):
        if not ClosureDialog.objectName():
            ClosureDialog.setObjectName(u"ClosureDialog")
        ClosureDialog.resize(440, 220)
        self.dialogLayout = QVBoxLayout(ClosureDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(ClosureDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dayLabel = QLabel(ClosureDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.day = QDateEdit(ClosureDialog)
        self.day.setObjectName(u"day")
        self.day.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.day)

        self.dayError = QLabel(ClosureDialog)
        self.dayError.setObjectName(u"dayError")
        self.dayError.setWordWrap(True)
        self.dayError.setProperty(u"role", u"error")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dayError)

        self.nameLabel = QLabel(ClosureDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(ClosureDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name)

        self.nameError = QLabel(ClosureDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"role", u"error")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameError)


        self.dialogLayout.addLayout(self.formLayout)

        self.generalError = QLabel(ClosureDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.generalError)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(ClosureDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.day)
        self.nameLabel.setBuddy(self.name)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.day, self.name)

        self.retranslateUi(ClosureDialog)

        QMetaObject.connectSlotsByName(ClosureDialog)
    # setupUi

    def retranslateUi(self, ClosureDialog):
        ClosureDialog.setWindowTitle(QCoreApplication.translate("ClosureDialog", u"Tambah hari tutup kantor", None))
        self.intro.setText(QCoreApplication.translate("ClosureDialog", u"Hari tutup tidak dihitung sebagai hari kerja, sehingga jatuh tempo permohonan bergeser.", None))
        self.dayLabel.setText(QCoreApplication.translate("ClosureDialog", u"&Tanggal *", None))
        self.day.setDisplayFormat(QCoreApplication.translate("ClosureDialog", u"dd-MM-yyyy", None))
        self.dayError.setText("")
        self.nameLabel.setText(QCoreApplication.translate("ClosureDialog", u"&Keterangan *", None))
        self.name.setPlaceholderText(QCoreApplication.translate("ClosureDialog", u"mis. Hari jadi kabupaten", None))
        self.nameError.setText("")
        self.generalError.setText("")
    # retranslateUi

