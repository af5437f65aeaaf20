# Generated from ui/dialogs/complaint_detail.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_detail.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QDialog, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ComplaintDetailDialog(object):
    def setupUi(self, ComplaintDetailDialog):
        if not ComplaintDetailDialog.objectName():
            ComplaintDetailDialog.setObjectName(u"ComplaintDetailDialog")
        ComplaintDetailDialog.resize(1280, 720)
        ComplaintDetailDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(ComplaintDetailDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(10)
        self.headerLayout.setObjectName(u"headerLayout")
        self.heading = QLabel(ComplaintDetailDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setProperty(u"role", u"heading")

        self.headerLayout.addWidget(self.heading)

        self.kindLabel = QLabel(ComplaintDetailDialog)
        self.kindLabel.setObjectName(u"kindLabel")
        self.kindLabel.setTextFormat(Qt.TextFormat.RichText)

        self.headerLayout.addWidget(self.kindLabel)

        self.statusLabel = QLabel(ComplaintDetailDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.RichText)

        self.headerLayout.addWidget(self.statusLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.deadlineLabel = QLabel(ComplaintDetailDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")
        self.deadlineLabel.setProperty(u"role", u"deadline")

        self.headerLayout.addWidget(self.deadlineLabel)


        self.dialogLayout.addLayout(self.headerLayout)

        self.noticeLabel = QLabel(ComplaintDetailDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setProperty(u"role", u"warning")

        self.dialogLayout.addWidget(self.noticeLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(10)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.reportBox = QGroupBox(ComplaintDetailDialog)
        self.reportBox.setObjectName(u"reportBox")
        self.reportLayout = QFormLayout(self.reportBox)
        self.reportLayout.setObjectName(u"reportLayout")
        self.channelCaption = QLabel(self.reportBox)
        self.channelCaption.setObjectName(u"channelCaption")

        self.reportLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channelCaption)

        self.channelValue = QLabel(self.reportBox)
        self.channelValue.setObjectName(u"channelValue")
        self.channelValue.setWordWrap(True)
        self.channelValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reportLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channelValue)

        self.receivedCaption = QLabel(self.reportBox)
        self.receivedCaption.setObjectName(u"receivedCaption")

        self.reportLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.receivedCaption)

        self.receivedValue = QLabel(self.reportBox)
        self.receivedValue.setObjectName(u"receivedValue")
        self.receivedValue.setWordWrap(True)
        self.receivedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reportLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.receivedValue)

        self.reporterCaption = QLabel(self.reportBox)
        self.reporterCaption.setObjectName(u"reporterCaption")

        self.reportLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reporterCaption)

        self.reporterValue = QLabel(self.reportBox)
        self.reporterValue.setObjectName(u"reporterValue")
        self.reporterValue.setWordWrap(True)
        self.reporterValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reportLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reporterValue)

        self.contactCaption = QLabel(self.reportBox)
        self.contactCaption.setObjectName(u"contactCaption")

        self.reportLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactCaption)

        self.contactValue = QLabel(self.reportBox)
        self.contactValue.setObjectName(u"contactValue")
        self.contactValue.setWordWrap(True)
        self.contactValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reportLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contactValue)

        self.serviceCaption = QLabel(self.reportBox)
        self.serviceCaption.setObjectName(u"serviceCaption")

        self.reportLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.serviceCaption)

        self.serviceValue = QLabel(self.reportBox)
        self.serviceValue.setObjectName(u"serviceValue")
        self.serviceValue.setWordWrap(True)
        self.serviceValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reportLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.serviceValue)

        self.subjectCaption = QLabel(self.reportBox)
        self.subjectCaption.setObjectName(u"subjectCaption")

        self.reportLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.subjectCaption)

        self.subjectValue = QLabel(self.reportBox)
        self.subjectValue.setObjectName(u"subjectValue")
        self.subjectValue.setWordWrap(True)
        self.subjectValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reportLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.subjectValue)

        self.matterCaption = QLabel(self.reportBox)
        self.matterCaption.setObjectName(u"matterCaption")

        self.reportLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.matterCaption)

        self.matterValue = QPlainTextEdit(self.reportBox)
        self.matterValue.setObjectName(u"matterValue")
        self.matterValue.setReadOnly(True)
        self.matterValue.setTabChangesFocus(True)
        self.matterValue.setMaximumSize(QSize(16777215, 90))

        self.reportLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.matterValue)


        self.leftLayout.addWidget(self.reportBox)

        self.classificationBox = QGroupBox(ComplaintDetailDialog)
        self.classificationBox.setObjectName(u"classificationBox")
        self.classificationLayout = QVBoxLayout(self.classificationBox)
        self.classificationLayout.setObjectName(u"classificationLayout")
        self.classificationText = QLabel(self.classificationBox)
        self.classificationText.setObjectName(u"classificationText")
        self.classificationText.setWordWrap(True)
        self.classificationText.setTextFormat(Qt.TextFormat.RichText)

        self.classificationLayout.addWidget(self.classificationText)

        self.overrideLayout = QHBoxLayout()
        self.overrideLayout.setObjectName(u"overrideLayout")
        self.overrideButton = QPushButton(self.classificationBox)
        self.overrideButton.setObjectName(u"overrideButton")
        self.overrideButton.setAutoDefault(False)

        self.overrideLayout.addWidget(self.overrideButton)

        self.overrideHint = QLabel(self.classificationBox)
        self.overrideHint.setObjectName(u"overrideHint")
        self.overrideHint.setWordWrap(True)
        self.overrideHint.setProperty(u"role", u"hint")

        self.overrideLayout.addWidget(self.overrideHint)

        self.overrideLayout.setStretch(1, 1)

        self.classificationLayout.addLayout(self.overrideLayout)


        self.leftLayout.addWidget(self.classificationBox)

        self.attachmentBox = QGroupBox(ComplaintDetailDialog)
        self.attachmentBox.setObjectName(u"attachmentBox")
        self.attachmentLayout = QVBoxLayout(self.attachmentBox)
        self.attachmentLayout.setObjectName(u"attachmentLayout")
        self.attachments = QListWidget(self.attachmentBox)
        self.attachments.setObjectName(u"attachments")
        self.attachments.setMaximumSize(QSize(16777215, 70))

        self.attachmentLayout.addWidget(self.attachments)

        self.attachmentButtons = QHBoxLayout()
        self.attachmentButtons.setObjectName(u"attachmentButtons")
        self.addAttachmentButton = QPushButton(self.attachmentBox)
        self.addAttachmentButton.setObjectName(u"addAttachmentButton")
        self.addAttachmentButton.setAutoDefault(False)

        self.attachmentButtons.addWidget(self.addAttachmentButton)

        self.openAttachmentButton = QPushButton(self.attachmentBox)
        self.openAttachmentButton.setObjectName(u"openAttachmentButton")
        self.openAttachmentButton.setAutoDefault(False)

        self.attachmentButtons.addWidget(self.openAttachmentButton)

        self.attachmentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachmentButtons.addItem(self.attachmentSpacer)


        self.attachmentLayout.addLayout(self.attachmentButtons)


        self.leftLayout.addWidget(self.attachmentBox)

        self.leftLayout.setStretch(0, 1)

        self.bodyLayout.addLayout(self.leftLayout)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.rightLayout.setContentsMargins(0, 0, 0, 0)
        self.handlingBox = QGroupBox(ComplaintDetailDialog)
        self.handlingBox.setObjectName(u"handlingBox")
        self.handlingLayout = QGridLayout(self.handlingBox)
        self.handlingLayout.setObjectName(u"handlingLayout")
        self.componentLabel = QLabel(self.handlingBox)
        self.componentLabel.setObjectName(u"componentLabel")

        self.handlingLayout.addWidget(self.componentLabel, 0, 0, 1, 1)

        self.component = QComboBox(self.handlingBox)
        self.component.setObjectName(u"component")
        self.component.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.component.setMinimumContentsLength(16)

        self.handlingLayout.addWidget(self.component, 0, 1, 1, 1)

        self.routeLabel = QLabel(self.handlingBox)
        self.routeLabel.setObjectName(u"routeLabel")

        self.handlingLayout.addWidget(self.routeLabel, 0, 2, 1, 1)

        self.route = QComboBox(self.handlingBox)
        self.route.setObjectName(u"route")
        self.route.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.route.setMinimumContentsLength(16)

        self.handlingLayout.addWidget(self.route, 0, 3, 1, 1)

        self.saveHandlingButton = QPushButton(self.handlingBox)
        self.saveHandlingButton.setObjectName(u"saveHandlingButton")
        self.saveHandlingButton.setAutoDefault(False)

        self.handlingLayout.addWidget(self.saveHandlingButton, 0, 4, 1, 1)

        self.componentError = QLabel(self.handlingBox)
        self.componentError.setObjectName(u"componentError")
        self.componentError.setWordWrap(True)
        self.componentError.setProperty(u"role", u"error")

        self.handlingLayout.addWidget(self.componentError, 1, 1, 1, 1)

        self.routeError = QLabel(self.handlingBox)
        self.routeError.setObjectName(u"routeError")
        self.routeError.setWordWrap(True)
        self.routeError.setProperty(u"role", u"error")

        self.handlingLayout.addWidget(self.routeError, 1, 3, 1, 1)


        self.rightLayout.addWidget(self.handlingBox)

        self.stepsBox = QGroupBox(ComplaintDetailDialog)
        self.stepsBox.setObjectName(u"stepsBox")
        self.stepsLayout = QVBoxLayout(self.stepsBox)
        self.stepsLayout.setObjectName(u"stepsLayout")
        self.steps = QTableWidget(self.stepsBox)
        self.steps.setObjectName(u"steps")
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.setAlternatingRowColors(True)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.setWordWrap(True)
        self.steps.horizontalHeader().setStretchLastSection(False)
        self.steps.verticalHeader().setVisible(False)

        self.stepsLayout.addWidget(self.steps)

        self.addStepLayout = QHBoxLayout()
        self.addStepLayout.setObjectName(u"addStepLayout")
        self.stepKind = QComboBox(self.stepsBox)
        self.stepKind.setObjectName(u"stepKind")
        self.stepKind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.stepKind.setMinimumContentsLength(30)

        self.addStepLayout.addWidget(self.stepKind)

        self.stepText = QPlainTextEdit(self.stepsBox)
        self.stepText.setObjectName(u"stepText")
        self.stepText.setTabChangesFocus(True)
        self.stepText.setMaximumSize(QSize(16777215, 56))

        self.addStepLayout.addWidget(self.stepText)

        self.addStepButton = QPushButton(self.stepsBox)
        self.addStepButton.setObjectName(u"addStepButton")
        self.addStepButton.setAutoDefault(False)

        self.addStepLayout.addWidget(self.addStepButton)

        self.addStepLayout.setStretch(1, 1)

        self.stepsLayout.addLayout(self.addStepLayout)

        self.stepKindError = QLabel(self.stepsBox)
        self.stepKindError.setObjectName(u"stepKindError")
        self.stepKindError.setWordWrap(True)
        self.stepKindError.setProperty(u"role", u"error")

        self.stepsLayout.addWidget(self.stepKindError)

        self.stepTextError = QLabel(self.stepsBox)
        self.stepTextError.setObjectName(u"stepTextError")
        self.stepTextError.setWordWrap(True)
        self.stepTextError.setProperty(u"role", u"error")

        self.stepsLayout.addWidget(self.stepTextError)


        self.rightLayout.addWidget(self.stepsBox)

        self.outcomeBox = QGroupBox(ComplaintDetailDialog)
        self.outcomeBox.setObjectName(u"outcomeBox")
        self.outcomeBoxLayout = QVBoxLayout(self.outcomeBox)
        self.outcomeBoxLayout.setObjectName(u"outcomeBoxLayout")
        self.outcomeLayout = QGridLayout()
        self.outcomeLayout.setObjectName(u"outcomeLayout")
        self.outcomeLabel = QLabel(self.outcomeBox)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.outcomeLayout.addWidget(self.outcomeLabel, 0, 0, 1, 1)

        self.outcome = QPlainTextEdit(self.outcomeBox)
        self.outcome.setObjectName(u"outcome")
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMaximumSize(QSize(16777215, 50))

        self.outcomeLayout.addWidget(self.outcome, 0, 1, 1, 5)

        self.outcomeError = QLabel(self.outcomeBox)
        self.outcomeError.setObjectName(u"outcomeError")
        self.outcomeError.setWordWrap(True)
        self.outcomeError.setProperty(u"role", u"error")

        self.outcomeLayout.addWidget(self.outcomeError, 1, 1, 1, 5)

        self.outcomeCommunicatedOnLabel = QLabel(self.outcomeBox)
        self.outcomeCommunicatedOnLabel.setObjectName(u"outcomeCommunicatedOnLabel")

        self.outcomeLayout.addWidget(self.outcomeCommunicatedOnLabel, 2, 0, 1, 1)

        self.outcomeCommunicatedOn = QDateEdit(self.outcomeBox)
        self.outcomeCommunicatedOn.setObjectName(u"outcomeCommunicatedOn")
        self.outcomeCommunicatedOn.setCalendarPopup(True)

        self.outcomeLayout.addWidget(self.outcomeCommunicatedOn, 2, 1, 1, 1)

        self.outcomeChannelLabel = QLabel(self.outcomeBox)
        self.outcomeChannelLabel.setObjectName(u"outcomeChannelLabel")

        self.outcomeLayout.addWidget(self.outcomeChannelLabel, 2, 2, 1, 1)

        self.outcomeChannel = QComboBox(self.outcomeBox)
        self.outcomeChannel.setObjectName(u"outcomeChannel")
        self.outcomeChannel.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.outcomeChannel.setMinimumContentsLength(16)

        self.outcomeLayout.addWidget(self.outcomeChannel, 2, 3, 1, 1)

        self.saveOutcomeButton = QPushButton(self.outcomeBox)
        self.saveOutcomeButton.setObjectName(u"saveOutcomeButton")
        self.saveOutcomeButton.setAutoDefault(False)

        self.outcomeLayout.addWidget(self.saveOutcomeButton, 2, 5, 1, 1)

        self.outcomeCommunicatedOnError = QLabel(self.outcomeBox)
        self.outcomeCommunicatedOnError.setObjectName(u"outcomeCommunicatedOnError")
        self.outcomeCommunicatedOnError.setWordWrap(True)
        self.outcomeCommunicatedOnError.setProperty(u"role", u"error")

        self.outcomeLayout.addWidget(self.outcomeCommunicatedOnError, 3, 1, 1, 1)

        self.outcomeChannelError = QLabel(self.outcomeBox)
        self.outcomeChannelError.setObjectName(u"outcomeChannelError")
        self.outcomeChannelError.setWordWrap(True)
        self.outcomeChannelError.setProperty(u"role", u"error")

        self.outcomeLayout.addWidget(self.outcomeChannelError, 3, 3, 1, 1)


        self.outcomeBoxLayout.addLayout(self.outcomeLayout)

        self.closeBlocker = QLabel(self.outcomeBox)
        self.closeBlocker.setObjectName(u"closeBlocker")
        self.closeBlocker.setWordWrap(True)
        self.closeBlocker.setProperty(u"role", u"warning")

        self.outcomeBoxLayout.addWidget(self.closeBlocker)

        self.closeLayout = QHBoxLayout()
        self.closeLayout.setObjectName(u"closeLayout")
        self.replyLetterButton = QPushButton(self.outcomeBox)
        self.replyLetterButton.setObjectName(u"replyLetterButton")
        self.replyLetterButton.setAutoDefault(False)

        self.closeLayout.addWidget(self.replyLetterButton)

        self.replyLetterHint = QLabel(self.outcomeBox)
        self.replyLetterHint.setObjectName(u"replyLetterHint")
        self.replyLetterHint.setWordWrap(True)
        self.replyLetterHint.setProperty(u"role", u"hint")

        self.closeLayout.addWidget(self.replyLetterHint)

        self.closeComplaintButton = QPushButton(self.outcomeBox)
        self.closeComplaintButton.setObjectName(u"closeComplaintButton")
        self.closeComplaintButton.setAutoDefault(False)
        self.closeComplaintButton.setProperty(u"primary", True)

        self.closeLayout.addWidget(self.closeComplaintButton)

        self.closeLayout.setStretch(1, 1)

        self.outcomeBoxLayout.addLayout(self.closeLayout)


        self.rightLayout.addWidget(self.outcomeBox)

        self.rightLayout.setStretch(1, 1)

        self.bodyLayout.addLayout(self.rightLayout)

        self.bodyLayout.setStretch(0, 5)
        self.bodyLayout.setStretch(1, 8)

        self.dialogLayout.addLayout(self.bodyLayout)

        self.generalError = QLabel(ComplaintDetailDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.generalError)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.doneLabel = QLabel(ComplaintDetailDialog)
        self.doneLabel.setObjectName(u"doneLabel")
        self.doneLabel.setWordWrap(True)
        self.doneLabel.setProperty(u"role", u"hint")

        self.buttonLayout.addWidget(self.doneLabel)

        self.closeButton = QPushButton(ComplaintDetailDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)

        self.buttonLayout.setStretch(0, 1)

        self.dialogLayout.addLayout(self.buttonLayout)

        self.dialogLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.componentLabel.setBuddy(self.component)
        self.routeLabel.setBuddy(self.route)
        self.outcomeLabel.setBuddy(self.outcome)
        self.outcomeCommunicatedOnLabel.setBuddy(self.outcomeCommunicatedOn)
        self.outcomeChannelLabel.setBuddy(self.outcomeChannel)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.component, self.route)
        QWidget.setTabOrder(self.route, self.saveHandlingButton)
        QWidget.setTabOrder(self.saveHandlingButton, self.steps)
        QWidget.setTabOrder(self.steps, self.stepKind)
        QWidget.setTabOrder(self.stepKind, self.stepText)
        QWidget.setTabOrder(self.stepText, self.addStepButton)
        QWidget.setTabOrder(self.addStepButton, self.outcome)
        QWidget.setTabOrder(self.outcome, self.outcomeCommunicatedOn)
        QWidget.setTabOrder(self.outcomeCommunicatedOn, self.outcomeChannel)
        QWidget.setTabOrder(self.outcomeChannel, self.saveOutcomeButton)
        QWidget.setTabOrder(self.saveOutcomeButton, self.replyLetterButton)
        QWidget.setTabOrder(self.replyLetterButton, self.closeComplaintButton)
        QWidget.setTabOrder(self.closeComplaintButton, self.matterValue)
        QWidget.setTabOrder(self.matterValue, self.overrideButton)
        QWidget.setTabOrder(self.overrideButton, self.attachments)
        QWidget.setTabOrder(self.attachments, self.addAttachmentButton)
        QWidget.setTabOrder(self.addAttachmentButton, self.openAttachmentButton)
        QWidget.setTabOrder(self.openAttachmentButton, self.closeButton)

        self.retranslateUi(ComplaintDetailDialog)

        QMetaObject.connectSlotsByName(ComplaintDetailDialog)
    # setupUi

    def retranslateUi(self, ComplaintDetailDialog):
        ComplaintDetailDialog.setWindowTitle(QCoreApplication.translate("ComplaintDetailDialog", u"Pengaduan", None))
        self.heading.setText("")
        self.kindLabel.setText("")
        self.statusLabel.setText("")
        self.deadlineLabel.setText("")
        self.noticeLabel.setText("")
        self.reportBox.setTitle(QCoreApplication.translate("ComplaintDetailDialog", u"Laporan", None))
        self.channelCaption.setText(QCoreApplication.translate("ComplaintDetailDialog", u"Saluran", None))
        self.channelValue.setText("")
        self.receivedCaption.setText(QCoreApplication.translate("ComplaintDetailDialog", u"Diterima", None))
        self.receivedValue.setText("")
        self.reporterCaption.setText(QCoreApplication.translate("ComplaintDetailDialog", u"Pelapor", None))
        self.reporterValue.setText("")
        self.contactCaption.setText(QCoreApplication.translate("ComplaintDetailDialog", u"Kontak", None))
        self.contactValue.setText("")
        self.serviceCaption.setText(QCoreApplication.translate("ComplaintDetailDialog", u"Layanan", None))
        self.serviceValue.setText("")
        self.subjectCaption.setText(QCoreApplication.translate("ComplaintDetailDialog", u"Perihal", None))
        self.subjectValue.setText("")
        self.matterCaption.setText(QCoreApplication.translate("ComplaintDetailDialog", u"Isi", None))
        self.classificationBox.setTitle(QCoreApplication.translate("ComplaintDetailDialog", u"Klasifikasi", None))
        self.classificationText.setText("")
        self.overrideButton.setText(QCoreApplication.translate("ComplaintDetailDialog", u"Ubah klasifikasi\u2026", None))
        self.overrideHint.setText("")
        self.attachmentBox.setTitle(QCoreApplication.translate("ComplaintDetailDialog", u"Lampiran", None))
        self.addAttachmentButton.setText(QCoreApplication.translate("ComplaintDetailDialog", u"Tambah lampiran\u2026", None))
        self.openAttachmentButton.setText(QCoreApplication.translate("ComplaintDetailDialog", u"Buka lampiran", None))
        self.handlingBox.setTitle(QCoreApplication.translate("ComplaintDetailDialog", u"Penanganan", None))
        self.componentLabel.setText(QCoreApplication.translate("ComplaintDetailDialog", u"&Komponen layanan", None))
        self.routeLabel.setText(QCoreApplication.translate("ComplaintDetailDialog", u"&Jalur penyelesaian", None))
        self.saveHandlingButton.setText(QCoreApplication.translate("ComplaintDetailDialog", u"Simpan", None))
        self.componentError.setText("")
        self.routeError.setText("")
        self.stepsBox.setTitle(QCoreApplication.translate("ComplaintDetailDialog", u"Catatan penanganan (langkah telaah dan tanggapan)", None))
        self.stepText.setPlaceholderText(QCoreApplication.translate("ComplaintDetailDialog", u"tulis hasil langkah ini; pilih \u201cTanggapan kepada pelapor\u201d untuk jawaban resmi", None))
        self.addStepButton.setText(QCoreApplication.translate("ComplaintDetailDialog", u"Tambah catatan\n"
"(Ctrl+Enter)", None))
        self.stepKindError.setText("")
        self.stepTextError.setText("")
        self.outcomeBox.setTitle(QCoreApplication.translate("ComplaintDetailDialog", u"Hasil penanganan dan penyampaian kepada pelapor", None))
        self.outcomeLabel.setText(QCoreApplication.translate("ComplaintDetailDialog", u"&Hasil", None))
        self.outcome.setPlaceholderText(QCoreApplication.translate("ComplaintDetailDialog", u"mis. persyaratan dijelaskan ulang, berkas diproses; atau: saran ditindaklanjuti \u2026", None))
        self.outcomeError.setText("")
        self.outcomeCommunicatedOnLabel.setText(QCoreApplication.translate("ComplaintDetailDialog", u"Disampaikan pa&da", None))
        self.outcomeCommunicatedOn.setDisplayFormat(QCoreApplication.translate("ComplaintDetailDialog", u"dd-MM-yyyy", None))
        self.outcomeChannelLabel.setText(QCoreApplication.translate("ComplaintDetailDialog", u"&lewat", None))
        self.saveOutcomeButton.setText(QCoreApplication.translate("ComplaintDetailDialog", u"Simpan hasil", None))
        self.outcomeCommunicatedOnError.setText("")
        self.outcomeChannelError.setText("")
        self.closeBlocker.setText("")
        self.replyLetterButton.setText(QCoreApplication.translate("ComplaintDetailDialog", u"Surat jawaban (PDF)\u2026", None))
        self.replyLetterHint.setText("")
        self.closeComplaintButton.setText(QCoreApplication.translate("ComplaintDetailDialog", u"Tutup pengaduan", None))
        self.generalError.setText("")
        self.doneLabel.setText("")
        self.closeButton.setText(QCoreApplication.translate("ComplaintDetailDialog", u"Tutup jendela (Esc)", None))
    # retranslateUi

