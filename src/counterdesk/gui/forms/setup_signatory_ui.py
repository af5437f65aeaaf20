# Generated from ui/dialogs/setup_signatory.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_signatory.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SetupSignatoryPage(object):
    def setupUi(self, SetupSignatoryPage):
        if not SetupSignatoryPage.objectName():
            SetupSignatoryPage.setObjectName(u"SetupSignatoryPage")
        self.pageLayout = QVBoxLayout(SetupSignatoryPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.intro = QLabel(SetupSignatoryPage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.pageLayout.addWidget(self.intro)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.signatoryNameLabel = QLabel(SetupSignatoryPage)
        self.signatoryNameLabel.setObjectName(u"signatoryNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signatoryNameLabel)

        self.signatoryName = QLineEdit(SetupSignatoryPage)
        self.signatoryName.setObjectName(u"signatoryName")
        self.signatoryName.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signatoryName)

        self.signatoryNameError = QLabel(SetupSignatoryPage)
        self.signatoryNameError.setObjectName(u"signatoryNameError")
        self.signatoryNameError.setWordWrap(True)
        self.signatoryNameError.setProperty(u"role", u"error")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signatoryNameError)

        self.signatoryTitleLabel = QLabel(SetupSignatoryPage)
        self.signatoryTitleLabel.setObjectName(u"signatoryTitleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signatoryTitleLabel)

        self.signatoryTitle = QLineEdit(SetupSignatoryPage)
        self.signatoryTitle.setObjectName(u"signatoryTitle")
        self.signatoryTitle.setMaxLength(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signatoryTitle)

        self.signatoryTitleError = QLabel(SetupSignatoryPage)
        self.signatoryTitleError.setObjectName(u"signatoryTitleError")
        self.signatoryTitleError.setWordWrap(True)
        self.signatoryTitleError.setProperty(u"role", u"error")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.signatoryTitleError)

        self.signatoryNipLabel = QLabel(SetupSignatoryPage)
        self.signatoryNipLabel.setObjectName(u"signatoryNipLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.signatoryNipLabel)

        self.signatoryNip = QLineEdit(SetupSignatoryPage)
        self.signatoryNip.setObjectName(u"signatoryNip")
        self.signatoryNip.setMaxLength(21)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.signatoryNip)

        self.signatoryNipHint = QLabel(SetupSignatoryPage)
        self.signatoryNipHint.setObjectName(u"signatoryNipHint")
        self.signatoryNipHint.setWordWrap(True)
        self.signatoryNipHint.setProperty(u"role", u"hint")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.signatoryNipHint)

        self.signatoryNipError = QLabel(SetupSignatoryPage)
        self.signatoryNipError.setObjectName(u"signatoryNipError")
        self.signatoryNipError.setWordWrap(True)
        self.signatoryNipError.setProperty(u"role", u"error")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.signatoryNipError)

        self.cutiBersamaCloses = QCheckBox(SetupSignatoryPage)
        self.cutiBersamaCloses.setObjectName(u"cutiBersamaCloses")
        self.cutiBersamaCloses.setChecked(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.cutiBersamaCloses)


        self.pageLayout.addLayout(self.formLayout)

        self.pageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)

#if QT_CONFIG(shortcut)
        self.signatoryNameLabel.setBuddy(self.signatoryName)
        self.signatoryTitleLabel.setBuddy(self.signatoryTitle)
        self.signatoryNipLabel.setBuddy(self.signatoryNip)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.signatoryName, self.signatoryTitle)
        QWidget.setTabOrder(self.signatoryTitle, self.signatoryNip)
        QWidget.setTabOrder(self.signatoryNip, self.cutiBersamaCloses)

        self.retranslateUi(SetupSignatoryPage)

        QMetaObject.connectSlotsByName(SetupSignatoryPage)
    # setupUi

    def retranslateUi(self, SetupSignatoryPage):
        self.intro.setText(QCoreApplication.translate("SetupSignatoryPage", u"Pejabat yang menandatangani surat dan sertifikat. Kolom bertanda * wajib diisi.", None))
        self.signatoryNameLabel.setText(QCoreApplication.translate("SetupSignatoryPage", u"&Nama penandatangan *", None))
        self.signatoryName.setPlaceholderText(QCoreApplication.translate("SetupSignatoryPage", u"mis. Dr. Bambang Sutrisno, M.Si.", None))
        self.signatoryNameError.setText("")
        self.signatoryTitleLabel.setText(QCoreApplication.translate("SetupSignatoryPage", u"&Jabatan *", None))
        self.signatoryTitle.setPlaceholderText(QCoreApplication.translate("SetupSignatoryPage", u"mis. Kepala Balai", None))
        self.signatoryTitleError.setText("")
        self.signatoryNipLabel.setText(QCoreApplication.translate("SetupSignatoryPage", u"N&IP", None))
        self.signatoryNip.setPlaceholderText(QCoreApplication.translate("SetupSignatoryPage", u"18 angka", None))
        self.signatoryNipHint.setText(QCoreApplication.translate("SetupSignatoryPage", u"Boleh dikosongkan bila penandatangan bukan ASN.", None))
        self.signatoryNipError.setText("")
        self.cutiBersamaCloses.setText(QCoreApplication.translate("SetupSignatoryPage", u"Loket &tutup pada hari cuti bersama (tidak dihitung sebagai hari kerja)", None))
        pass
    # retranslateUi

