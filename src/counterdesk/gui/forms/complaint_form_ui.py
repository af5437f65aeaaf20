# Generated from ui/dialogs/complaint_form.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QDateTimeEdit, QDialog, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ComplaintFormDialog(object):
    def setupUi(self, ComplaintFormDialog):
        if not ComplaintFormDialog.objectName():
            ComplaintFormDialog.setObjectName(u"ComplaintFormDialog")
        ComplaintFormDialog.resize(1120, 700)
        ComplaintFormDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(ComplaintFormDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.heading = QLabel(ComplaintFormDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.heading)

        self.intro = QLabel(ComplaintFormDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.intro)

        self.draftNote = QLabel(ComplaintFormDialog)
        self.draftNote.setObjectName(u"draftNote")
        self.draftNote.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.draftNote)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(10)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.reportBox = QGroupBox(ComplaintFormDialog)
        self.reportBox.setObjectName(u"reportBox")
        self.reportLayout = QFormLayout(self.reportBox)
        self.reportLayout.setObjectName(u"reportLayout")
        self.channelLabel = QLabel(self.reportBox)
        self.channelLabel.setObjectName(u"channelLabel")

        self.reportLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channel = QComboBox(self.reportBox)
        self.channel.setObjectName(u"channel")
        self.channel.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.channel.setMinimumContentsLength(16)

        self.reportLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channel)

        self.channelError = QLabel(self.reportBox)
        self.channelError.setObjectName(u"channelError")
        self.channelError.setWordWrap(True)
        self.channelError.setProperty(u"role", u"error")

        self.reportLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channelError)

        self.receivedAtLabel = QLabel(self.reportBox)
        self.receivedAtLabel.setObjectName(u"receivedAtLabel")

        self.reportLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.receivedAtLabel)

        self.receivedAt = QDateTimeEdit(self.reportBox)
        self.receivedAt.setObjectName(u"receivedAt")
        self.receivedAt.setCalendarPopup(True)

        self.reportLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.receivedAt)

        self.receivedAtError = QLabel(self.reportBox)
        self.receivedAtError.setObjectName(u"receivedAtError")
        self.receivedAtError.setWordWrap(True)
        self.receivedAtError.setProperty(u"role", u"error")

        self.reportLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.receivedAtError)

        self.receivedAtHint = QLabel(self.reportBox)
        self.receivedAtHint.setObjectName(u"receivedAtHint")
        self.receivedAtHint.setWordWrap(True)
        self.receivedAtHint.setProperty(u"role", u"hint")

        self.reportLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.receivedAtHint)

        self.matterLabel = QLabel(self.reportBox)
        self.matterLabel.setObjectName(u"matterLabel")

        self.reportLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.matterLabel)

        self.matter = QPlainTextEdit(self.reportBox)
        self.matter.setObjectName(u"matter")
        self.matter.setTabChangesFocus(True)

        self.reportLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.matter)

        self.matterError = QLabel(self.reportBox)
        self.matterError.setObjectName(u"matterError")
        self.matterError.setWordWrap(True)
        self.matterError.setProperty(u"role", u"error")

        self.reportLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.matterError)

        self.matterHint = QLabel(self.reportBox)
        self.matterHint.setObjectName(u"matterHint")
        self.matterHint.setWordWrap(True)
        self.matterHint.setProperty(u"role", u"hint")

        self.reportLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.matterHint)

        self.subjectLabel = QLabel(self.reportBox)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.reportLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subject = QLineEdit(self.reportBox)
        self.subject.setObjectName(u"subject")
        self.subject.setMaxLength(80)

        self.reportLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.subject)

        self.subjectError = QLabel(self.reportBox)
        self.subjectError.setObjectName(u"subjectError")
        self.subjectError.setWordWrap(True)
        self.subjectError.setProperty(u"role", u"error")

        self.reportLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.subjectError)

        self.attachmentsLabel = QLabel(self.reportBox)
        self.attachmentsLabel.setObjectName(u"attachmentsLabel")

        self.reportLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.attachmentsLabel)

        self.attachmentsLayout = QVBoxLayout()
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachmentsLayout.setContentsMargins(0, 0, 0, 0)
        self.attachments = QListWidget(self.reportBox)
        self.attachments.setObjectName(u"attachments")
        self.attachments.setMaximumSize(QSize(16777215, 64))

        self.attachmentsLayout.addWidget(self.attachments)

        self.attachmentButtons = QHBoxLayout()
        self.attachmentButtons.setObjectName(u"attachmentButtons")
        self.addAttachmentButton = QPushButton(self.reportBox)
        self.addAttachmentButton.setObjectName(u"addAttachmentButton")
        self.addAttachmentButton.setAutoDefault(False)

        self.attachmentButtons.addWidget(self.addAttachmentButton)

        self.removeAttachmentButton = QPushButton(self.reportBox)
        self.removeAttachmentButton.setObjectName(u"removeAttachmentButton")
        self.removeAttachmentButton.setAutoDefault(False)

        self.attachmentButtons.addWidget(self.removeAttachmentButton)

        self.attachmentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachmentButtons.addItem(self.attachmentSpacer)


        self.attachmentsLayout.addLayout(self.attachmentButtons)


        self.reportLayout.setLayout(10, QFormLayout.ItemRole.FieldRole, self.attachmentsLayout)

        self.attachmentsError = QLabel(self.reportBox)
        self.attachmentsError.setObjectName(u"attachmentsError")
        self.attachmentsError.setWordWrap(True)
        self.attachmentsError.setProperty(u"role", u"error")

        self.reportLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.attachmentsError)


        self.leftLayout.addWidget(self.reportBox)


        self.bodyLayout.addLayout(self.leftLayout)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.rightLayout.setContentsMargins(0, 0, 0, 0)
        self.reporterBox = QGroupBox(ComplaintFormDialog)
        self.reporterBox.setObjectName(u"reporterBox")
        self.reporterLayout = QFormLayout(self.reporterBox)
        self.reporterLayout.setObjectName(u"reporterLayout")
        self.nameLabel = QLabel(self.reporterBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.reporterLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.reporterBox)
        self.name.setObjectName(u"name")

        self.reporterLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.nameError = QLabel(self.reporterBox)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"role", u"error")

        self.reporterLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.nikLabel = QLabel(self.reporterBox)
        self.nikLabel.setObjectName(u"nikLabel")

        self.reporterLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nikLabel)

        self.nik = QLineEdit(self.reporterBox)
        self.nik.setObjectName(u"nik")
        self.nik.setMaxLength(16)

        self.reporterLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nik)

        self.nikError = QLabel(self.reporterBox)
        self.nikError.setObjectName(u"nikError")
        self.nikError.setWordWrap(True)
        self.nikError.setProperty(u"role", u"error")

        self.reporterLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nikError)

        self.phoneLabel = QLabel(self.reporterBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.reporterLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.reporterBox)
        self.phone.setObjectName(u"phone")

        self.reporterLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone)

        self.phoneError = QLabel(self.reporterBox)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)
        self.phoneError.setProperty(u"role", u"error")

        self.reporterLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.emailLabel = QLabel(self.reporterBox)
        self.emailLabel.setObjectName(u"emailLabel")

        self.reporterLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(self.reporterBox)
        self.email.setObjectName(u"email")

        self.reporterLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.email)

        self.emailError = QLabel(self.reporterBox)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)
        self.emailError.setProperty(u"role", u"error")

        self.reporterLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.anonymous = QCheckBox(self.reporterBox)
        self.anonymous.setObjectName(u"anonymous")

        self.reporterLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.anonymous)

        self.confidential = QCheckBox(self.reporterBox)
        self.confidential.setObjectName(u"confidential")

        self.reporterLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.confidential)

        self.reporterHint = QLabel(self.reporterBox)
        self.reporterHint.setObjectName(u"reporterHint")
        self.reporterHint.setWordWrap(True)
        self.reporterHint.setProperty(u"role", u"hint")

        self.reporterLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.reporterHint)


        self.rightLayout.addWidget(self.reporterBox)

        self.serviceBox = QGroupBox(ComplaintFormDialog)
        self.serviceBox.setObjectName(u"serviceBox")
        self.serviceLayout = QFormLayout(self.serviceBox)
        self.serviceLayout.setObjectName(u"serviceLayout")
        self.applicationNumberLabel = QLabel(self.serviceBox)
        self.applicationNumberLabel.setObjectName(u"applicationNumberLabel")

        self.serviceLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.applicationNumberLabel)

        self.applicationNumber = QLineEdit(self.serviceBox)
        self.applicationNumber.setObjectName(u"applicationNumber")

        self.serviceLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.applicationNumber)

        self.applicationNumberError = QLabel(self.serviceBox)
        self.applicationNumberError.setObjectName(u"applicationNumberError")
        self.applicationNumberError.setWordWrap(True)
        self.applicationNumberError.setProperty(u"role", u"error")

        self.serviceLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.applicationNumberError)

        self.standardCodeLabel = QLabel(self.serviceBox)
        self.standardCodeLabel.setObjectName(u"standardCodeLabel")

        self.serviceLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.standardCodeLabel)

        self.standardCode = QComboBox(self.serviceBox)
        self.standardCode.setObjectName(u"standardCode")
        self.standardCode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.standardCode.setMinimumContentsLength(16)

        self.serviceLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.standardCode)

        self.standardCodeError = QLabel(self.serviceBox)
        self.standardCodeError.setObjectName(u"standardCodeError")
        self.standardCodeError.setWordWrap(True)
        self.standardCodeError.setProperty(u"role", u"error")

        self.serviceLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.standardCodeError)

        self.serviceCodeLabel = QLabel(self.serviceBox)
        self.serviceCodeLabel.setObjectName(u"serviceCodeLabel")

        self.serviceLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.serviceCodeLabel)

        self.serviceCode = QComboBox(self.serviceBox)
        self.serviceCode.setObjectName(u"serviceCode")
        self.serviceCode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.serviceCode.setMinimumContentsLength(16)

        self.serviceLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.serviceCode)

        self.serviceCodeError = QLabel(self.serviceBox)
        self.serviceCodeError.setObjectName(u"serviceCodeError")
        self.serviceCodeError.setWordWrap(True)
        self.serviceCodeError.setProperty(u"role", u"error")

        self.serviceLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.serviceCodeError)

        self.serviceDateKnown = QCheckBox(self.serviceBox)
        self.serviceDateKnown.setObjectName(u"serviceDateKnown")

        self.serviceLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.serviceDateKnown)

        self.serviceReceivedOn = QDateEdit(self.serviceBox)
        self.serviceReceivedOn.setObjectName(u"serviceReceivedOn")
        self.serviceReceivedOn.setCalendarPopup(True)
        self.serviceReceivedOn.setEnabled(False)

        self.serviceLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.serviceReceivedOn)

        self.serviceReceivedOnError = QLabel(self.serviceBox)
        self.serviceReceivedOnError.setObjectName(u"serviceReceivedOnError")
        self.serviceReceivedOnError.setWordWrap(True)
        self.serviceReceivedOnError.setProperty(u"role", u"error")

        self.serviceLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.serviceReceivedOnError)

        self.serviceHint = QLabel(self.serviceBox)
        self.serviceHint.setObjectName(u"serviceHint")
        self.serviceHint.setWordWrap(True)
        self.serviceHint.setProperty(u"role", u"hint")

        self.serviceLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.serviceHint)


        self.rightLayout.addWidget(self.serviceBox)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightLayout.addItem(self.rightSpacer)


        self.bodyLayout.addLayout(self.rightLayout)

        self.bodyLayout.setStretch(0, 1)
        self.bodyLayout.setStretch(1, 1)

        self.dialogLayout.addLayout(self.bodyLayout)

        self.previewBox = QGroupBox(ComplaintFormDialog)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewTop = QHBoxLayout()
        self.previewTop.setSpacing(10)
        self.previewTop.setObjectName(u"previewTop")
        self.previewKind = QLabel(self.previewBox)
        self.previewKind.setObjectName(u"previewKind")
        self.previewKind.setTextFormat(Qt.TextFormat.RichText)

        self.previewTop.addWidget(self.previewKind)

        self.previewDeadline = QLabel(self.previewBox)
        self.previewDeadline.setObjectName(u"previewDeadline")
        self.previewDeadline.setProperty(u"role", u"deadline")

        self.previewTop.addWidget(self.previewDeadline)

        self.previewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewTop.addItem(self.previewSpacer)


        self.previewLayout.addLayout(self.previewTop)

        self.previewReason = QLabel(self.previewBox)
        self.previewReason.setObjectName(u"previewReason")
        self.previewReason.setWordWrap(True)

        self.previewLayout.addWidget(self.previewReason)

        self.previewWarnings = QLabel(self.previewBox)
        self.previewWarnings.setObjectName(u"previewWarnings")
        self.previewWarnings.setWordWrap(True)
        self.previewWarnings.setProperty(u"role", u"warning")

        self.previewLayout.addWidget(self.previewWarnings)

        self.previewPolicy = QLabel(self.previewBox)
        self.previewPolicy.setObjectName(u"previewPolicy")
        self.previewPolicy.setWordWrap(True)
        self.previewPolicy.setProperty(u"role", u"hint")

        self.previewLayout.addWidget(self.previewPolicy)


        self.dialogLayout.addWidget(self.previewBox)

        self.generalError = QLabel(ComplaintFormDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.generalError)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(ComplaintFormDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(ComplaintFormDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)
        self.saveButton.setProperty(u"primary", True)

        self.buttonLayout.addWidget(self.saveButton)


        self.dialogLayout.addLayout(self.buttonLayout)

        self.dialogLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.channelLabel.setBuddy(self.channel)
        self.receivedAtLabel.setBuddy(self.receivedAt)
        self.matterLabel.setBuddy(self.matter)
        self.subjectLabel.setBuddy(self.subject)
        self.attachmentsLabel.setBuddy(self.attachments)
        self.nameLabel.setBuddy(self.name)
        self.nikLabel.setBuddy(self.nik)
        self.phoneLabel.setBuddy(self.phone)
        self.emailLabel.setBuddy(self.email)
        self.applicationNumberLabel.setBuddy(self.applicationNumber)
        self.standardCodeLabel.setBuddy(self.standardCode)
        self.serviceCodeLabel.setBuddy(self.serviceCode)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.channel, self.receivedAt)
        QWidget.setTabOrder(self.receivedAt, self.matter)
        QWidget.setTabOrder(self.matter, self.subject)
        QWidget.setTabOrder(self.subject, self.attachments)
        QWidget.setTabOrder(self.attachments, self.addAttachmentButton)
        QWidget.setTabOrder(self.addAttachmentButton, self.removeAttachmentButton)
        QWidget.setTabOrder(self.removeAttachmentButton, self.name)
        QWidget.setTabOrder(self.name, self.nik)
        QWidget.setTabOrder(self.nik, self.phone)
        QWidget.setTabOrder(self.phone, self.email)
        QWidget.setTabOrder(self.email, self.anonymous)
        QWidget.setTabOrder(self.anonymous, self.confidential)
        QWidget.setTabOrder(self.confidential, self.applicationNumber)
        QWidget.setTabOrder(self.applicationNumber, self.standardCode)
        QWidget.setTabOrder(self.standardCode, self.serviceCode)
        QWidget.setTabOrder(self.serviceCode, self.serviceDateKnown)
        QWidget.setTabOrder(self.serviceDateKnown, self.serviceReceivedOn)
        QWidget.setTabOrder(self.serviceReceivedOn, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(ComplaintFormDialog)

        QMetaObject.connectSlotsByName(ComplaintFormDialog)
    # setupUi

    def retranslateUi(self, ComplaintFormDialog):
        ComplaintFormDialog.setWindowTitle(QCoreApplication.translate("ComplaintFormDialog", u"Catat pengaduan atau saran", None))
        self.heading.setText(QCoreApplication.translate("ComplaintFormDialog", u"Catat pengaduan atau saran", None))
        self.intro.setText(QCoreApplication.translate("ComplaintFormDialog", u"Isi yang diketahui saja; yang wajib hanya saluran. Klasifikasi (pengaduan atau saran) dan batas waktu jawabannya tampil di bawah selagi Anda mengetik.", None))
        self.draftNote.setText("")
        self.reportBox.setTitle(QCoreApplication.translate("ComplaintFormDialog", u"Laporan", None))
        self.channelLabel.setText(QCoreApplication.translate("ComplaintFormDialog", u"Salu&ran *", None))
        self.channelError.setText("")
        self.receivedAtLabel.setText(QCoreApplication.translate("ComplaintFormDialog", u"Diterima pa&da", None))
        self.receivedAt.setDisplayFormat(QCoreApplication.translate("ComplaintFormDialog", u"dd-MM-yyyy HH.mm", None))
        self.receivedAtError.setText("")
        self.receivedAtHint.setText(QCoreApplication.translate("ComplaintFormDialog", u"Ubah bila laporan masuk lebih awal (surat, surel, kotak saran): batas waktu dihitung dari tanggal ini.", None))
        self.matterLabel.setText(QCoreApplication.translate("ComplaintFormDialog", u"&Isi laporan", None))
        self.matter.setPlaceholderText(QCoreApplication.translate("ComplaintFormDialog", u"apa yang dialami pelapor, kapan dan di mana; tulis dengan kata-katanya sendiri", None))
        self.matterError.setText("")
        self.matterHint.setText(QCoreApplication.translate("ComplaintFormDialog", u"Boleh kosong: laporan tanpa isi dicatat sebagai saran.", None))
        self.subjectLabel.setText(QCoreApplication.translate("ComplaintFormDialog", u"Peri&hal", None))
        self.subject.setPlaceholderText(QCoreApplication.translate("ComplaintFormDialog", u"judul singkat; bila kosong diambil dari baris pertama isi", None))
        self.subjectError.setText("")
        self.attachmentsLabel.setText(QCoreApplication.translate("ComplaintFormDialog", u"Lampiran", None))
        self.addAttachmentButton.setText(QCoreApplication.translate("ComplaintFormDialog", u"Tambah berkas\u2026", None))
        self.removeAttachmentButton.setText(QCoreApplication.translate("ComplaintFormDialog", u"Hapus berkas", None))
        self.attachmentsError.setText("")
        self.reporterBox.setTitle(QCoreApplication.translate("ComplaintFormDialog", u"Pelapor", None))
        self.nameLabel.setText(QCoreApplication.translate("ComplaintFormDialog", u"&Nama", None))
        self.name.setPlaceholderText(QCoreApplication.translate("ComplaintFormDialog", u"nama pelapor", None))
        self.nameError.setText("")
        self.nikLabel.setText(QCoreApplication.translate("ComplaintFormDialog", u"NI&K", None))
        self.nik.setPlaceholderText(QCoreApplication.translate("ComplaintFormDialog", u"16 angka", None))
        self.nikError.setText("")
        self.phoneLabel.setText(QCoreApplication.translate("ComplaintFormDialog", u"&Telepon", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("ComplaintFormDialog", u"mis. 0812\u2026", None))
        self.phoneError.setText("")
        self.emailLabel.setText(QCoreApplication.translate("ComplaintFormDialog", u"&E-mail", None))
        self.email.setPlaceholderText(QCoreApplication.translate("ComplaintFormDialog", u"nama@contoh.id", None))
        self.emailError.setText("")
        self.anonymous.setText(QCoreApplication.translate("ComplaintFormDialog", u"&Anonim \u2014 identitas pelapor hanya terlihat oleh atasan", None))
        self.confidential.setText(QCoreApplication.translate("ComplaintFormDialog", u"&Rahasia \u2014 isi laporan hanya terlihat oleh atasan", None))
        self.reporterHint.setText(QCoreApplication.translate("ComplaintFormDialog", u"Tanpa identitas (nama dan kontak) laporan dicatat sebagai saran.", None))
        self.serviceBox.setTitle(QCoreApplication.translate("ComplaintFormDialog", u"Layanan yang dilaporkan", None))
        self.applicationNumberLabel.setText(QCoreApplication.translate("ComplaintFormDialog", u"Nomor &permohonan", None))
        self.applicationNumber.setPlaceholderText(QCoreApplication.translate("ComplaintFormDialog", u"pindai atau ketik nomor tanda terima (bila ada)", None))
        self.applicationNumberError.setText("")
        self.standardCodeLabel.setText(QCoreApplication.translate("ComplaintFormDialog", u"&Standar layanan", None))
        self.standardCodeError.setText("")
        self.serviceCodeLabel.setText(QCoreApplication.translate("ComplaintFormDialog", u"La&yanan", None))
        self.serviceCodeError.setText("")
        self.serviceDateKnown.setText(QCoreApplication.translate("ComplaintFormDialog", u"Tanggal layanan &diterima", None))
        self.serviceReceivedOn.setDisplayFormat(QCoreApplication.translate("ComplaintFormDialog", u"dd-MM-yyyy", None))
        self.serviceReceivedOnError.setText("")
        self.serviceHint.setText(QCoreApplication.translate("ComplaintFormDialog", u"Nomor permohonan mengisi layanan dan tanggalnya sendiri. Laporan lewat batas waktu pengaduan setelah layanan diterima dicatat sebagai saran.", None))
        self.previewBox.setTitle(QCoreApplication.translate("ComplaintFormDialog", u"Akan dicatat sebagai", None))
        self.previewKind.setText("")
        self.previewDeadline.setText("")
        self.previewReason.setText("")
        self.previewWarnings.setText("")
        self.previewPolicy.setText("")
        self.generalError.setText("")
        self.cancelButton.setText(QCoreApplication.translate("ComplaintFormDialog", u"Batal (Esc)", None))
        self.saveButton.setText(QCoreApplication.translate("ComplaintFormDialog", u"Simpan (Ctrl+S)", None))
    # retranslateUi

