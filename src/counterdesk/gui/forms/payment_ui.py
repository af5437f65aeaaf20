# Generated from ui/dialogs/payment.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payment.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PaymentDialog(object):
    def setupUi(self, PaymentDialog):
        if not PaymentDialog.objectName():
            PaymentDialog.setObjectName(u"PaymentDialog")
        PaymentDialog.resize(600, 520)
        self.dialogLayout = QVBoxLayout(PaymentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headline = QLabel(PaymentDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setWordWrap(True)
        self.headline.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.headline)

        self.stateLabel = QLabel(PaymentDialog)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)
        self.stateLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.stateLabel)

        self.billBox = QGroupBox(PaymentDialog)
        self.billBox.setObjectName(u"billBox")
        self.billLayout = QFormLayout(self.billBox)
        self.billLayout.setObjectName(u"billLayout")
        self.amountRupiahLabel = QLabel(self.billBox)
        self.amountRupiahLabel.setObjectName(u"amountRupiahLabel")

        self.billLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.amountRupiahLabel)

        self.amountLayout = QHBoxLayout()
        self.amountLayout.setObjectName(u"amountLayout")
        self.currencyLabel = QLabel(self.billBox)
        self.currencyLabel.setObjectName(u"currencyLabel")

        self.amountLayout.addWidget(self.currencyLabel)

        self.amountRupiah = QLineEdit(self.billBox)
        self.amountRupiah.setObjectName(u"amountRupiah")

        self.amountLayout.addWidget(self.amountRupiah)


        self.billLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.amountLayout)

        self.amountRupiahError = QLabel(self.billBox)
        self.amountRupiahError.setObjectName(u"amountRupiahError")
        self.amountRupiahError.setWordWrap(True)
        self.amountRupiahError.setProperty(u"role", u"error")

        self.billLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.amountRupiahError)

        self.billingCodeLabel = QLabel(self.billBox)
        self.billingCodeLabel.setObjectName(u"billingCodeLabel")

        self.billLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.billingCodeLabel)

        self.billingCode = QLineEdit(self.billBox)
        self.billingCode.setObjectName(u"billingCode")

        self.billLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.billingCode)

        self.billingCodeError = QLabel(self.billBox)
        self.billingCodeError.setObjectName(u"billingCodeError")
        self.billingCodeError.setWordWrap(True)
        self.billingCodeError.setProperty(u"role", u"error")

        self.billLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.billingCodeError)

        self.billButtonLayout = QHBoxLayout()
        self.billButtonLayout.setObjectName(u"billButtonLayout")
        self.billButton = QPushButton(self.billBox)
        self.billButton.setObjectName(u"billButton")
        self.billButton.setAutoDefault(False)

        self.billButtonLayout.addWidget(self.billButton)

        self.billSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.billButtonLayout.addItem(self.billSpacer)


        self.billLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.billButtonLayout)


        self.dialogLayout.addWidget(self.billBox)

        self.paidBox = QGroupBox(PaymentDialog)
        self.paidBox.setObjectName(u"paidBox")
        self.paidLayout = QFormLayout(self.paidBox)
        self.paidLayout.setObjectName(u"paidLayout")
        self.ntpnLabel = QLabel(self.paidBox)
        self.ntpnLabel.setObjectName(u"ntpnLabel")

        self.paidLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ntpnLabel)

        self.ntpn = QLineEdit(self.paidBox)
        self.ntpn.setObjectName(u"ntpn")

        self.paidLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ntpn)

        self.ntpnError = QLabel(self.paidBox)
        self.ntpnError.setObjectName(u"ntpnError")
        self.ntpnError.setWordWrap(True)
        self.ntpnError.setProperty(u"role", u"error")

        self.paidLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ntpnError)

        self.paidOnLabel = QLabel(self.paidBox)
        self.paidOnLabel.setObjectName(u"paidOnLabel")

        self.paidLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.paidOnLabel)

        self.paidOn = QDateEdit(self.paidBox)
        self.paidOn.setObjectName(u"paidOn")
        self.paidOn.setCalendarPopup(True)

        self.paidLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.paidOn)

        self.paidOnError = QLabel(self.paidBox)
        self.paidOnError.setObjectName(u"paidOnError")
        self.paidOnError.setWordWrap(True)
        self.paidOnError.setProperty(u"role", u"error")

        self.paidLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.paidOnError)

        self.paidButtonLayout = QHBoxLayout()
        self.paidButtonLayout.setObjectName(u"paidButtonLayout")
        self.paidButton = QPushButton(self.paidBox)
        self.paidButton.setObjectName(u"paidButton")
        self.paidButton.setAutoDefault(False)

        self.paidButtonLayout.addWidget(self.paidButton)

        self.paidSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paidButtonLayout.addItem(self.paidSpacer)


        self.paidLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.paidButtonLayout)


        self.dialogLayout.addWidget(self.paidBox)

        self.statusLabel = QLabel(PaymentDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusLabel)

        self.generalError = QLabel(PaymentDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.generalError)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.receiptButton = QPushButton(PaymentDialog)
        self.receiptButton.setObjectName(u"receiptButton")
        self.receiptButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.receiptButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(PaymentDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.amountRupiahLabel.setBuddy(self.amountRupiah)
        self.billingCodeLabel.setBuddy(self.billingCode)
        self.ntpnLabel.setBuddy(self.ntpn)
        self.paidOnLabel.setBuddy(self.paidOn)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.amountRupiah, self.billingCode)
        QWidget.setTabOrder(self.billingCode, self.billButton)
        QWidget.setTabOrder(self.billButton, self.ntpn)
        QWidget.setTabOrder(self.ntpn, self.paidOn)
        QWidget.setTabOrder(self.paidOn, self.paidButton)
        QWidget.setTabOrder(self.paidButton, self.receiptButton)
        QWidget.setTabOrder(self.receiptButton, self.closeButton)

        self.retranslateUi(PaymentDialog)

        QMetaObject.connectSlotsByName(PaymentDialog)
    # setupUi

    def retranslateUi(self, PaymentDialog):
        PaymentDialog.setWindowTitle(QCoreApplication.translate("PaymentDialog", u"Pembayaran", None))
        self.headline.setText("")
        self.stateLabel.setText("")
        self.billBox.setTitle(QCoreApplication.translate("PaymentDialog", u"1. Tagihan (kode billing)", None))
        self.amountRupiahLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Jumlah *", None))
        self.currencyLabel.setText(QCoreApplication.translate("PaymentDialog", u"Rp", None))
        self.amountRupiah.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"mis. 1.250.000", None))
        self.amountRupiahError.setText("")
        self.billingCodeLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Kode billing *", None))
        self.billingCode.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"dari SIMPONI, 15 angka", None))
        self.billingCodeError.setText("")
        self.billButton.setText(QCoreApplication.translate("PaymentDialog", u"Simpan tagihan", None))
#if QT_CONFIG(tooltip)
        self.billButton.setToolTip(QCoreApplication.translate("PaymentDialog", u"Jam layanan berhenti sampai pembayaran dicatat", None))
#endif // QT_CONFIG(tooltip)
        self.paidBox.setTitle(QCoreApplication.translate("PaymentDialog", u"2. Bukti bayar", None))
        self.ntpnLabel.setText(QCoreApplication.translate("PaymentDialog", u"&NTPN *", None))
        self.ntpn.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"16 karakter dari bukti penerimaan negara", None))
        self.ntpnError.setText("")
        self.paidOnLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Tanggal bayar *", None))
        self.paidOn.setDisplayFormat(QCoreApplication.translate("PaymentDialog", u"dd-MM-yyyy", None))
        self.paidOnError.setText("")
        self.paidButton.setText(QCoreApplication.translate("PaymentDialog", u"Catat lunas", None))
        self.statusLabel.setText("")
        self.generalError.setText("")
        self.receiptButton.setText(QCoreApplication.translate("PaymentDialog", u"Bukti pembayaran\u2026 (Ctrl+P)", None))
        self.closeButton.setText(QCoreApplication.translate("PaymentDialog", u"Tutup (Esc)", None))
    # retranslateUi

