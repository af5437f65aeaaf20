# Generated from ui/dialogs/registry_entry.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'registry_entry.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_RegistryEntryDialog(object):
    def setupUi(self, RegistryEntryDialog):
        if not RegistryEntryDialog.objectName():
            RegistryEntryDialog.setObjectName(u"RegistryEntryDialog")
        RegistryEntryDialog.resize(680, 620)
        self.dialogLayout = QVBoxLayout(RegistryEntryDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.heading = QLabel(RegistryEntryDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.heading)

        self.explanation = QLabel(RegistryEntryDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.explanation)

        self.draftNote = QLabel(RegistryEntryDialog)
        self.draftNote.setObjectName(u"draftNote")
        self.draftNote.setWordWrap(True)
        self.draftNote.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.draftNote)

        self.fieldGrid = QGridLayout()
        self.fieldGrid.setObjectName(u"fieldGrid")
        self.fieldGrid.setHorizontalSpacing(12)
        self.fieldGrid.setVerticalSpacing(4)
        self.serialLabel = QLabel(RegistryEntryDialog)
        self.serialLabel.setObjectName(u"serialLabel")

        self.fieldGrid.addWidget(self.serialLabel, 0, 0, 1, 1)

        self.serial = QLineEdit(RegistryEntryDialog)
        self.serial.setObjectName(u"serial")
        self.serial.setMaxLength(40)

        self.fieldGrid.addWidget(self.serial, 0, 1, 1, 1)

        self.serialError = QLabel(RegistryEntryDialog)
        self.serialError.setObjectName(u"serialError")
        self.serialError.setWordWrap(True)
        self.serialError.setProperty(u"role", u"error")

        self.fieldGrid.addWidget(self.serialError, 1, 1, 1, 1)

        self.nameLabel = QLabel(RegistryEntryDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fieldGrid.addWidget(self.nameLabel, 2, 0, 1, 1)

        self.name = QLineEdit(RegistryEntryDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.fieldGrid.addWidget(self.name, 2, 1, 1, 1)

        self.nameError = QLabel(RegistryEntryDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"role", u"error")

        self.fieldGrid.addWidget(self.nameError, 3, 1, 1, 1)

        self.nikLabel = QLabel(RegistryEntryDialog)
        self.nikLabel.setObjectName(u"nikLabel")

        self.fieldGrid.addWidget(self.nikLabel, 4, 0, 1, 1)

        self.nik = QLineEdit(RegistryEntryDialog)
        self.nik.setObjectName(u"nik")
        self.nik.setMaxLength(24)

        self.fieldGrid.addWidget(self.nik, 4, 1, 1, 1)

        self.holderHint = QLabel(RegistryEntryDialog)
        self.holderHint.setObjectName(u"holderHint")
        self.holderHint.setWordWrap(True)
        self.holderHint.setProperty(u"role", u"hint")

        self.fieldGrid.addWidget(self.holderHint, 5, 1, 1, 1)

        self.nikError = QLabel(RegistryEntryDialog)
        self.nikError.setObjectName(u"nikError")
        self.nikError.setWordWrap(True)
        self.nikError.setProperty(u"role", u"error")

        self.fieldGrid.addWidget(self.nikError, 6, 1, 1, 1)

        self.birthPlaceLabel = QLabel(RegistryEntryDialog)
        self.birthPlaceLabel.setObjectName(u"birthPlaceLabel")

        self.fieldGrid.addWidget(self.birthPlaceLabel, 7, 0, 1, 1)

        self.birthPlace = QLineEdit(RegistryEntryDialog)
        self.birthPlace.setObjectName(u"birthPlace")
        self.birthPlace.setMaxLength(100)

        self.fieldGrid.addWidget(self.birthPlace, 7, 1, 1, 1)

        self.birthPlaceError = QLabel(RegistryEntryDialog)
        self.birthPlaceError.setObjectName(u"birthPlaceError")
        self.birthPlaceError.setWordWrap(True)
        self.birthPlaceError.setProperty(u"role", u"error")

        self.fieldGrid.addWidget(self.birthPlaceError, 8, 1, 1, 1)

        self.birthDateLabel = QLabel(RegistryEntryDialog)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.fieldGrid.addWidget(self.birthDateLabel, 9, 0, 1, 1)

        self.birthDate = QLineEdit(RegistryEntryDialog)
        self.birthDate.setObjectName(u"birthDate")

        self.fieldGrid.addWidget(self.birthDate, 9, 1, 1, 1)

        self.birthDateError = QLabel(RegistryEntryDialog)
        self.birthDateError.setObjectName(u"birthDateError")
        self.birthDateError.setWordWrap(True)
        self.birthDateError.setProperty(u"role", u"error")

        self.fieldGrid.addWidget(self.birthDateError, 10, 1, 1, 1)

        self.issuedOnLabel = QLabel(RegistryEntryDialog)
        self.issuedOnLabel.setObjectName(u"issuedOnLabel")

        self.fieldGrid.addWidget(self.issuedOnLabel, 11, 0, 1, 1)

        self.issuedOn = QLineEdit(RegistryEntryDialog)
        self.issuedOn.setObjectName(u"issuedOn")

        self.fieldGrid.addWidget(self.issuedOn, 11, 1, 1, 1)

        self.issuedOnError = QLabel(RegistryEntryDialog)
        self.issuedOnError.setObjectName(u"issuedOnError")
        self.issuedOnError.setWordWrap(True)
        self.issuedOnError.setProperty(u"role", u"error")

        self.fieldGrid.addWidget(self.issuedOnError, 12, 1, 1, 1)

        self.validUntilLabel = QLabel(RegistryEntryDialog)
        self.validUntilLabel.setObjectName(u"validUntilLabel")

        self.fieldGrid.addWidget(self.validUntilLabel, 13, 0, 1, 1)

        self.validUntil = QLineEdit(RegistryEntryDialog)
        self.validUntil.setObjectName(u"validUntil")

        self.fieldGrid.addWidget(self.validUntil, 13, 1, 1, 1)

        self.validUntilError = QLabel(RegistryEntryDialog)
        self.validUntilError.setObjectName(u"validUntilError")
        self.validUntilError.setWordWrap(True)
        self.validUntilError.setProperty(u"role", u"error")

        self.fieldGrid.addWidget(self.validUntilError, 14, 1, 1, 1)

        self.serviceCodeLabel = QLabel(RegistryEntryDialog)
        self.serviceCodeLabel.setObjectName(u"serviceCodeLabel")

        self.fieldGrid.addWidget(self.serviceCodeLabel, 15, 0, 1, 1)

        self.serviceCode = QComboBox(RegistryEntryDialog)
        self.serviceCode.setObjectName(u"serviceCode")

        self.fieldGrid.addWidget(self.serviceCode, 15, 1, 1, 1)

        self.serviceCodeError = QLabel(RegistryEntryDialog)
        self.serviceCodeError.setObjectName(u"serviceCodeError")
        self.serviceCodeError.setWordWrap(True)
        self.serviceCodeError.setProperty(u"role", u"error")

        self.fieldGrid.addWidget(self.serviceCodeError, 16, 1, 1, 1)

        self.titleLabel = QLabel(RegistryEntryDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.fieldGrid.addWidget(self.titleLabel, 17, 0, 1, 1)

        self.title = QLineEdit(RegistryEntryDialog)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(300)

        self.fieldGrid.addWidget(self.title, 17, 1, 1, 1)

        self.titleHint = QLabel(RegistryEntryDialog)
        self.titleHint.setObjectName(u"titleHint")
        self.titleHint.setWordWrap(True)
        self.titleHint.setProperty(u"role", u"hint")

        self.fieldGrid.addWidget(self.titleHint, 18, 1, 1, 1)

        self.titleError = QLabel(RegistryEntryDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)
        self.titleError.setProperty(u"role", u"error")

        self.fieldGrid.addWidget(self.titleError, 19, 1, 1, 1)

        self.notesLabel = QLabel(RegistryEntryDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.fieldGrid.addWidget(self.notesLabel, 20, 0, 1, 1)

        self.notes = QPlainTextEdit(RegistryEntryDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 64))

        self.fieldGrid.addWidget(self.notes, 20, 1, 1, 1)

        self.notesError = QLabel(RegistryEntryDialog)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setWordWrap(True)
        self.notesError.setProperty(u"role", u"error")

        self.fieldGrid.addWidget(self.notesError, 21, 1, 1, 1)


        self.dialogLayout.addLayout(self.fieldGrid)

        self.savedLabel = QLabel(RegistryEntryDialog)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setWordWrap(True)
        self.savedLabel.setProperty(u"role", u"summary")

        self.dialogLayout.addWidget(self.savedLabel)

        self.warningLabel = QLabel(RegistryEntryDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setProperty(u"role", u"warning")

        self.dialogLayout.addWidget(self.warningLabel)

        self.generalError = QLabel(RegistryEntryDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.generalError)

        self.bottomStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomStretch)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.keysHint = QLabel(RegistryEntryDialog)
        self.keysHint.setObjectName(u"keysHint")
        self.keysHint.setProperty(u"role", u"hint")

        self.buttonLayout.addWidget(self.keysHint)

        self.buttonStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonStretch)

        self.closeButton = QPushButton(RegistryEntryDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)

        self.saveButton = QPushButton(RegistryEntryDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)
        self.saveButton.setProperty(u"primary", True)

        self.buttonLayout.addWidget(self.saveButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.serialLabel.setBuddy(self.serial)
        self.nameLabel.setBuddy(self.name)
        self.nikLabel.setBuddy(self.nik)
        self.birthPlaceLabel.setBuddy(self.birthPlace)
        self.birthDateLabel.setBuddy(self.birthDate)
        self.issuedOnLabel.setBuddy(self.issuedOn)
        self.validUntilLabel.setBuddy(self.validUntil)
        self.serviceCodeLabel.setBuddy(self.serviceCode)
        self.titleLabel.setBuddy(self.title)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.serial, self.name)
        QWidget.setTabOrder(self.name, self.nik)
        QWidget.setTabOrder(self.nik, self.birthPlace)
        QWidget.setTabOrder(self.birthPlace, self.birthDate)
        QWidget.setTabOrder(self.birthDate, self.issuedOn)
        QWidget.setTabOrder(self.issuedOn, self.validUntil)
        QWidget.setTabOrder(self.validUntil, self.serviceCode)
        QWidget.setTabOrder(self.serviceCode, self.title)
        QWidget.setTabOrder(self.title, self.notes)
        QWidget.setTabOrder(self.notes, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(RegistryEntryDialog)

        QMetaObject.connectSlotsByName(RegistryEntryDialog)
    # setupUi

    def retranslateUi(self, RegistryEntryDialog):
        RegistryEntryDialog.setWindowTitle(QCoreApplication.translate("RegistryEntryDialog", u"Catat satu sertifikat lama", None))
        self.heading.setText(QCoreApplication.translate("RegistryEntryDialog", u"Catat satu sertifikat lama", None))
        self.explanation.setText(QCoreApplication.translate("RegistryEntryDialog", u"Salin dari sertifikat kertas yang diterbitkan sebelum CounterDesk dipakai. Pemegang dicari dari NIK: bila sudah terdaftar, sertifikat dicatat atas namanya; bila belum, data pemohon baru dibuat. Kolom bertanda * wajib.", None))
        self.draftNote.setText("")
        self.serialLabel.setText(QCoreApplication.translate("RegistryEntryDialog", u"&Nomor sertifikat *", None))
        self.serial.setPlaceholderText(QCoreApplication.translate("RegistryEntryDialog", u"seperti tertulis di sertifikat, mis. SAK-2015-0001", None))
        self.serialError.setText("")
        self.nameLabel.setText(QCoreApplication.translate("RegistryEntryDialog", u"N&ama pemegang *", None))
        self.name.setPlaceholderText(QCoreApplication.translate("RegistryEntryDialog", u"seperti tertulis di sertifikat", None))
        self.nameError.setText("")
        self.nikLabel.setText(QCoreApplication.translate("RegistryEntryDialog", u"NI&K *", None))
        self.nik.setPlaceholderText(QCoreApplication.translate("RegistryEntryDialog", u"16 angka dari KTP pemegang", None))
        self.holderHint.setText("")
        self.nikError.setText("")
        self.birthPlaceLabel.setText(QCoreApplication.translate("RegistryEntryDialog", u"&Tempat lahir", None))
        self.birthPlace.setPlaceholderText(QCoreApplication.translate("RegistryEntryDialog", u"mis. Bogor", None))
        self.birthPlaceError.setText("")
        self.birthDateLabel.setText(QCoreApplication.translate("RegistryEntryDialog", u"Tanggal &lahir", None))
        self.birthDate.setPlaceholderText(QCoreApplication.translate("RegistryEntryDialog", u"hh-bb-tttt, mis. 12-03-1990", None))
        self.birthDateError.setText("")
        self.issuedOnLabel.setText(QCoreApplication.translate("RegistryEntryDialog", u"Tanggal t&erbit *", None))
        self.issuedOn.setPlaceholderText(QCoreApplication.translate("RegistryEntryDialog", u"hh-bb-tttt atau 12 Maret 2015", None))
        self.issuedOnError.setText("")
        self.validUntilLabel.setText(QCoreApplication.translate("RegistryEntryDialog", u"&Berlaku sampai", None))
        self.validUntil.setPlaceholderText(QCoreApplication.translate("RegistryEntryDialog", u"kosongkan bila tidak ada masa berlaku", None))
        self.validUntilError.setText("")
        self.serviceCodeLabel.setText(QCoreApplication.translate("RegistryEntryDialog", u"La&yanan *", None))
        self.serviceCodeError.setText("")
        self.titleLabel.setText(QCoreApplication.translate("RegistryEntryDialog", u"&Judul sertifikat", None))
        self.titleHint.setText("")
        self.titleError.setText("")
        self.notesLabel.setText(QCoreApplication.translate("RegistryEntryDialog", u"&Catatan", None))
        self.notes.setPlaceholderText(QCoreApplication.translate("RegistryEntryDialog", u"mis. sertifikat asli dilihat; lembar sedikit rusak", None))
        self.notesError.setText("")
        self.savedLabel.setText("")
        self.warningLabel.setText("")
        self.generalError.setText("")
        self.keysHint.setText(QCoreApplication.translate("RegistryEntryDialog", u"Tab/Enter: kolom berikutnya \u00b7 Ctrl+S: simpan \u00b7 Esc: tutup", None))
        self.closeButton.setText(QCoreApplication.translate("RegistryEntryDialog", u"Tutup (Esc)", None))
        self.saveButton.setText(QCoreApplication.translate("RegistryEntryDialog", u"Simpan sertifikat (Ctrl+S)", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("RegistryEntryDialog", u"Catat sertifikat ini di database sertifikat (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

