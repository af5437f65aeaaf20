# Generated from ui/dialogs/setup_office.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_office.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SetupOfficePage(object):
    def setupUi(self, SetupOfficePage):
        if not SetupOfficePage.objectName():
            SetupOfficePage.setObjectName(u"SetupOfficePage")
        self.pageLayout = QVBoxLayout(SetupOfficePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.intro = QLabel(SetupOfficePage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.pageLayout.addWidget(self.intro)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.officeNameLabel = QLabel(SetupOfficePage)
        self.officeNameLabel.setObjectName(u"officeNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officeNameLabel)

        self.officeName = QLineEdit(SetupOfficePage)
        self.officeName.setObjectName(u"officeName")
        self.officeName.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officeName)

        self.officeNameError = QLabel(SetupOfficePage)
        self.officeNameError.setObjectName(u"officeNameError")
        self.officeNameError.setWordWrap(True)
        self.officeNameError.setProperty(u"role", u"error")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officeNameError)

        self.unitLabel = QLabel(SetupOfficePage)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unit = QLineEdit(SetupOfficePage)
        self.unit.setObjectName(u"unit")
        self.unit.setMaxLength(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unit)

        self.unitError = QLabel(SetupOfficePage)
        self.unitError.setObjectName(u"unitError")
        self.unitError.setWordWrap(True)
        self.unitError.setProperty(u"role", u"error")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unitError)

        self.addressLabel = QLabel(SetupOfficePage)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QPlainTextEdit(SetupOfficePage)
        self.address.setObjectName(u"address")
        self.address.setTabChangesFocus(True)
        self.address.setMaximumSize(QSize(16777215, 64))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.address)

        self.addressError = QLabel(SetupOfficePage)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)
        self.addressError.setProperty(u"role", u"error")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.addressError)

        self.phoneLabel = QLabel(SetupOfficePage)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(SetupOfficePage)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(40)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phone)

        self.phoneError = QLabel(SetupOfficePage)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)
        self.phoneError.setProperty(u"role", u"error")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.emailLabel = QLabel(SetupOfficePage)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(SetupOfficePage)
        self.email.setObjectName(u"email")
        self.email.setMaxLength(120)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.email)

        self.emailError = QLabel(SetupOfficePage)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)
        self.emailError.setProperty(u"role", u"error")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.timezoneLabel = QLabel(SetupOfficePage)
        self.timezoneLabel.setObjectName(u"timezoneLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.timezoneLabel)

        self.timezone = QComboBox(SetupOfficePage)
        self.timezone.setObjectName(u"timezone")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.timezone)

        self.timezoneError = QLabel(SetupOfficePage)
        self.timezoneError.setObjectName(u"timezoneError")
        self.timezoneError.setWordWrap(True)
        self.timezoneError.setProperty(u"role", u"error")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.timezoneError)

        self.counterCodeLabel = QLabel(SetupOfficePage)
        self.counterCodeLabel.setObjectName(u"counterCodeLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.counterCodeLabel)

        self.counterCode = QLineEdit(SetupOfficePage)
        self.counterCode.setObjectName(u"counterCode")
        self.counterCode.setMaxLength(4)

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.counterCode)

        self.counterCodeHint = QLabel(SetupOfficePage)
        self.counterCodeHint.setObjectName(u"counterCodeHint")
        self.counterCodeHint.setWordWrap(True)
        self.counterCodeHint.setProperty(u"role", u"hint")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.counterCodeHint)

        self.counterCodeError = QLabel(SetupOfficePage)
        self.counterCodeError.setObjectName(u"counterCodeError")
        self.counterCodeError.setWordWrap(True)
        self.counterCodeError.setProperty(u"role", u"error")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.counterCodeError)

        self.logoPathLabel = QLabel(SetupOfficePage)
        self.logoPathLabel.setObjectName(u"logoPathLabel")

        self.formLayout.setWidget(15, QFormLayout.ItemRole.LabelRole, self.logoPathLabel)

        self.logoRow = QWidget(SetupOfficePage)
        self.logoRow.setObjectName(u"logoRow")
        self.logoLayout = QHBoxLayout(self.logoRow)
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoLayout.setContentsMargins(0, 0, 0, 0)
        self.logoPath = QLineEdit(self.logoRow)
        self.logoPath.setObjectName(u"logoPath")
        self.logoPath.setReadOnly(True)

        self.logoLayout.addWidget(self.logoPath)

        self.chooseLogoButton = QPushButton(self.logoRow)
        self.chooseLogoButton.setObjectName(u"chooseLogoButton")
        self.chooseLogoButton.setAutoDefault(False)

        self.logoLayout.addWidget(self.chooseLogoButton)

        self.clearLogoButton = QPushButton(self.logoRow)
        self.clearLogoButton.setObjectName(u"clearLogoButton")
        self.clearLogoButton.setAutoDefault(False)

        self.logoLayout.addWidget(self.clearLogoButton)


        self.formLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.logoRow)

        self.logoHint = QLabel(SetupOfficePage)
        self.logoHint.setObjectName(u"logoHint")
        self.logoHint.setWordWrap(True)
        self.logoHint.setProperty(u"role", u"hint")

        self.formLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.logoHint)

        self.logoPreview = QLabel(SetupOfficePage)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(72, 72))
        self.logoPreview.setMaximumSize(QSize(72, 72))
        self.logoPreview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.formLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.logoPreview)

        self.logoPathError = QLabel(SetupOfficePage)
        self.logoPathError.setObjectName(u"logoPathError")
        self.logoPathError.setWordWrap(True)
        self.logoPathError.setProperty(u"role", u"error")

        self.formLayout.setWidget(18, QFormLayout.ItemRole.FieldRole, self.logoPathError)


        self.pageLayout.addLayout(self.formLayout)

        self.pageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)

#if QT_CONFIG(shortcut)
        self.officeNameLabel.setBuddy(self.officeName)
        self.unitLabel.setBuddy(self.unit)
        self.addressLabel.setBuddy(self.address)
        self.phoneLabel.setBuddy(self.phone)
        self.emailLabel.setBuddy(self.email)
        self.timezoneLabel.setBuddy(self.timezone)
        self.counterCodeLabel.setBuddy(self.counterCode)
        self.logoPathLabel.setBuddy(self.chooseLogoButton)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.officeName, self.unit)
        QWidget.setTabOrder(self.unit, self.address)
        QWidget.setTabOrder(self.address, self.phone)
        QWidget.setTabOrder(self.phone, self.email)
        QWidget.setTabOrder(self.email, self.timezone)
        QWidget.setTabOrder(self.timezone, self.counterCode)
        QWidget.setTabOrder(self.counterCode, self.chooseLogoButton)
        QWidget.setTabOrder(self.chooseLogoButton, self.clearLogoButton)

        self.retranslateUi(SetupOfficePage)

        QMetaObject.connectSlotsByName(SetupOfficePage)
    # setupUi

    def retranslateUi(self, SetupOfficePage):
        self.intro.setText(QCoreApplication.translate("SetupOfficePage", u"Data kantor ini tampil di kop surat, tanda terima dan sertifikat. Kolom bertanda * wajib diisi.", None))
        self.officeNameLabel.setText(QCoreApplication.translate("SetupOfficePage", u"Nama &kantor *", None))
        self.officeName.setPlaceholderText(QCoreApplication.translate("SetupOfficePage", u"mis. Balai Sertifikasi", None))
        self.officeNameError.setText("")
        self.unitLabel.setText(QCoreApplication.translate("SetupOfficePage", u"&Unit kerja", None))
        self.unit.setPlaceholderText(QCoreApplication.translate("SetupOfficePage", u"mis. Direktorat Standardisasi dan Pengendalian Mutu", None))
        self.unitError.setText("")
        self.addressLabel.setText(QCoreApplication.translate("SetupOfficePage", u"&Alamat *", None))
        self.addressError.setText("")
        self.phoneLabel.setText(QCoreApplication.translate("SetupOfficePage", u"&Telepon", None))
        self.phoneError.setText("")
        self.emailLabel.setText(QCoreApplication.translate("SetupOfficePage", u"&Surel", None))
        self.emailError.setText("")
        self.timezoneLabel.setText(QCoreApplication.translate("SetupOfficePage", u"&Zona waktu *", None))
        self.timezoneError.setText("")
        self.counterCodeLabel.setText(QCoreApplication.translate("SetupOfficePage", u"Kode &loket *", None))
        self.counterCode.setPlaceholderText(QCoreApplication.translate("SetupOfficePage", u"mis. L01", None))
        self.counterCodeHint.setText(QCoreApplication.translate("SetupOfficePage", u"2\u20134 huruf atau angka. Menjadi bagian setiap nomor tanda terima dan sertifikat dari loket ini, jadi pilih yang berbeda untuk tiap loket.", None))
        self.counterCodeError.setText("")
        self.logoPathLabel.setText(QCoreApplication.translate("SetupOfficePage", u"Logo kop surat", None))
        self.logoPath.setPlaceholderText(QCoreApplication.translate("SetupOfficePage", u"(tanpa logo)", None))
        self.chooseLogoButton.setText(QCoreApplication.translate("SetupOfficePage", u"&Pilih berkas\u2026", None))
        self.clearLogoButton.setText(QCoreApplication.translate("SetupOfficePage", u"&Hapus logo", None))
        self.logoHint.setText(QCoreApplication.translate("SetupOfficePage", u"Opsional. PNG atau JPG, maks. 2 MB; tampil di kop tanda terima dan surat.", None))
        self.logoPreview.setText("")
        self.logoPathError.setText("")
        pass
    # retranslateUi

