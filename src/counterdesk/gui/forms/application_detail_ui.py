# Generated from ui/dialogs/application_detail.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'application_detail.ui'
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
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ApplicationDetailDialog(object):
    def setupUi(self, ApplicationDetailDialog):
        if not ApplicationDetailDialog.objectName():
            ApplicationDetailDialog.setObjectName(u"ApplicationDetailDialog")
        ApplicationDetailDialog.resize(1180, 680)
        ApplicationDetailDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(ApplicationDetailDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(16)
        self.headerLayout.setObjectName(u"headerLayout")
        self.numberLabel = QLabel(ApplicationDetailDialog)
        self.numberLabel.setObjectName(u"numberLabel")
        self.numberLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.numberLabel.setProperty(u"role", u"number")

        self.headerLayout.addWidget(self.numberLabel)

        self.statusLabel = QLabel(ApplicationDetailDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setProperty(u"role", u"summary")

        self.headerLayout.addWidget(self.statusLabel)

        self.headerStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerStretch)

        self.deadlineLabel = QLabel(ApplicationDetailDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")
        self.deadlineLabel.setProperty(u"role", u"deadline")

        self.headerLayout.addWidget(self.deadlineLabel)


        self.dialogLayout.addLayout(self.headerLayout)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(10)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.factsBox = QGroupBox(ApplicationDetailDialog)
        self.factsBox.setObjectName(u"factsBox")
        self.factsLayout = QFormLayout(self.factsBox)
        self.factsLayout.setObjectName(u"factsLayout")
        self.factsLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.applicantCaption = QLabel(self.factsBox)
        self.applicantCaption.setObjectName(u"applicantCaption")

        self.factsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.applicantCaption)

        self.applicantValue = QLabel(self.factsBox)
        self.applicantValue.setObjectName(u"applicantValue")
        self.applicantValue.setWordWrap(True)
        self.applicantValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.applicantValue)

        self.identityCaption = QLabel(self.factsBox)
        self.identityCaption.setObjectName(u"identityCaption")

        self.factsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.identityCaption)

        self.identityValue = QLabel(self.factsBox)
        self.identityValue.setObjectName(u"identityValue")
        self.identityValue.setWordWrap(True)
        self.identityValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.identityValue)

        self.contactCaption = QLabel(self.factsBox)
        self.contactCaption.setObjectName(u"contactCaption")

        self.factsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contactCaption)

        self.contactValue = QLabel(self.factsBox)
        self.contactValue.setObjectName(u"contactValue")
        self.contactValue.setWordWrap(True)
        self.contactValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contactValue)

        self.serviceCaption = QLabel(self.factsBox)
        self.serviceCaption.setObjectName(u"serviceCaption")

        self.factsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.serviceCaption)

        self.serviceValue = QLabel(self.factsBox)
        self.serviceValue.setObjectName(u"serviceValue")
        self.serviceValue.setWordWrap(True)
        self.serviceValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.serviceValue)

        self.standardCaption = QLabel(self.factsBox)
        self.standardCaption.setObjectName(u"standardCaption")

        self.factsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.standardCaption)

        self.standardValue = QLabel(self.factsBox)
        self.standardValue.setObjectName(u"standardValue")
        self.standardValue.setWordWrap(True)
        self.standardValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.standardValue)

        self.channelCaption = QLabel(self.factsBox)
        self.channelCaption.setObjectName(u"channelCaption")

        self.factsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.channelCaption)

        self.channelValue = QLabel(self.factsBox)
        self.channelValue.setObjectName(u"channelValue")
        self.channelValue.setWordWrap(True)
        self.channelValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.channelValue)

        self.receivedCaption = QLabel(self.factsBox)
        self.receivedCaption.setObjectName(u"receivedCaption")

        self.factsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.receivedCaption)

        self.receivedValue = QLabel(self.factsBox)
        self.receivedValue.setObjectName(u"receivedValue")
        self.receivedValue.setWordWrap(True)
        self.receivedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.receivedValue)

        self.stageCaption = QLabel(self.factsBox)
        self.stageCaption.setObjectName(u"stageCaption")

        self.factsLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.stageCaption)

        self.stageValue = QLabel(self.factsBox)
        self.stageValue.setObjectName(u"stageValue")
        self.stageValue.setWordWrap(True)
        self.stageValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.stageValue)

        self.timeLimitCaption = QLabel(self.factsBox)
        self.timeLimitCaption.setObjectName(u"timeLimitCaption")

        self.factsLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.timeLimitCaption)

        self.timeLimitValue = QLabel(self.factsBox)
        self.timeLimitValue.setObjectName(u"timeLimitValue")
        self.timeLimitValue.setWordWrap(True)
        self.timeLimitValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.timeLimitValue)

        self.dueCaption = QLabel(self.factsBox)
        self.dueCaption.setObjectName(u"dueCaption")

        self.factsLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.dueCaption)

        self.dueValue = QLabel(self.factsBox)
        self.dueValue.setObjectName(u"dueValue")
        self.dueValue.setWordWrap(True)
        self.dueValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.dueValue)

        self.notesCaption = QLabel(self.factsBox)
        self.notesCaption.setObjectName(u"notesCaption")

        self.factsLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notesCaption)

        self.notesValue = QLabel(self.factsBox)
        self.notesValue.setObjectName(u"notesValue")
        self.notesValue.setWordWrap(True)
        self.notesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notesValue)

        self.reasonCaption = QLabel(self.factsBox)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.factsLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.reasonCaption)

        self.reasonValue = QLabel(self.factsBox)
        self.reasonValue.setObjectName(u"reasonValue")
        self.reasonValue.setWordWrap(True)
        self.reasonValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.reasonValue)


        self.leftLayout.addWidget(self.factsBox)

        self.checklistBox = QGroupBox(ApplicationDetailDialog)
        self.checklistBox.setObjectName(u"checklistBox")
        self.checklistLayout = QVBoxLayout(self.checklistBox)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.checklistList = QListWidget(self.checklistBox)
        self.checklistList.setObjectName(u"checklistList")
        self.checklistList.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.checklistList.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.checklistList.sizePolicy().hasHeightForWidth())
        self.checklistList.setSizePolicy(sizePolicy)
        self.checklistList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.checklistLayout.addWidget(self.checklistList)

        self.checkButton = QPushButton(self.checklistBox)
        self.checkButton.setObjectName(u"checkButton")
        self.checkButton.setAutoDefault(False)

        self.checklistLayout.addWidget(self.checkButton)


        self.leftLayout.addWidget(self.checklistBox)

        self.leftLayout.setStretch(1, 1)

        self.bodyLayout.addLayout(self.leftLayout)

        self.timelineBox = QGroupBox(ApplicationDetailDialog)
        self.timelineBox.setObjectName(u"timelineBox")
        self.timelineLayout = QVBoxLayout(self.timelineBox)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineTable = QTableWidget(self.timelineBox)
        if (self.timelineTable.columnCount() < 5):
            self.timelineTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.timelineTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.timelineTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.timelineTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.timelineTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.timelineTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.timelineTable.setObjectName(u"timelineTable")
        self.timelineTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timelineTable.setAlternatingRowColors(True)
        self.timelineTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timelineTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timelineTable.setWordWrap(True)
        self.timelineTable.horizontalHeader().setStretchLastSection(True)
        self.timelineTable.verticalHeader().setVisible(False)

        self.timelineLayout.addWidget(self.timelineTable)


        self.bodyLayout.addWidget(self.timelineBox)

        self.bodyLayout.setStretch(0, 1)
        self.bodyLayout.setStretch(1, 2)

        self.dialogLayout.addLayout(self.bodyLayout)

        self.generalError = QLabel(ApplicationDetailDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.generalError)

        self.noticeLabel = QLabel(ApplicationDetailDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.noticeLabel)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.advanceButton = QPushButton(ApplicationDetailDialog)
        self.advanceButton.setObjectName(u"advanceButton")
        self.advanceButton.setAutoDefault(False)
        self.advanceButton.setProperty(u"primary", True)

        self.actionsLayout.addWidget(self.advanceButton)

        self.paymentButton = QPushButton(ApplicationDetailDialog)
        self.paymentButton.setObjectName(u"paymentButton")
        self.paymentButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.paymentButton)

        self.pauseButton = QPushButton(ApplicationDetailDialog)
        self.pauseButton.setObjectName(u"pauseButton")
        self.pauseButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.pauseButton)

        self.resumeButton = QPushButton(ApplicationDetailDialog)
        self.resumeButton.setObjectName(u"resumeButton")
        self.resumeButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.resumeButton)

        self.handOverButton = QPushButton(ApplicationDetailDialog)
        self.handOverButton.setObjectName(u"handOverButton")
        self.handOverButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.handOverButton)

        self.actionsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsStretch)

        self.reprintButton = QPushButton(ApplicationDetailDialog)
        self.reprintButton.setObjectName(u"reprintButton")
        self.reprintButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.reprintButton)


        self.dialogLayout.addLayout(self.actionsLayout)

        self.closingLayout = QHBoxLayout()
        self.closingLayout.setObjectName(u"closingLayout")
        self.withdrawButton = QPushButton(ApplicationDetailDialog)
        self.withdrawButton.setObjectName(u"withdrawButton")
        self.withdrawButton.setAutoDefault(False)

        self.closingLayout.addWidget(self.withdrawButton)

        self.rejectButton = QPushButton(ApplicationDetailDialog)
        self.rejectButton.setObjectName(u"rejectButton")
        self.rejectButton.setAutoDefault(False)

        self.closingLayout.addWidget(self.rejectButton)

        self.closingStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closingLayout.addItem(self.closingStretch)

        self.closeButton = QPushButton(ApplicationDetailDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.closingLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.closingLayout)

        self.dialogLayout.setStretch(1, 1)
        QWidget.setTabOrder(self.advanceButton, self.paymentButton)
        QWidget.setTabOrder(self.paymentButton, self.pauseButton)
        QWidget.setTabOrder(self.pauseButton, self.resumeButton)
        QWidget.setTabOrder(self.resumeButton, self.handOverButton)
        QWidget.setTabOrder(self.handOverButton, self.reprintButton)
        QWidget.setTabOrder(self.reprintButton, self.checkButton)
        QWidget.setTabOrder(self.checkButton, self.withdrawButton)
        QWidget.setTabOrder(self.withdrawButton, self.rejectButton)
        QWidget.setTabOrder(self.rejectButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.timelineTable)

        self.retranslateUi(ApplicationDetailDialog)

        QMetaObject.connectSlotsByName(ApplicationDetailDialog)
    # setupUi

    def retranslateUi(self, ApplicationDetailDialog):
        ApplicationDetailDialog.setWindowTitle(QCoreApplication.translate("ApplicationDetailDialog", u"Rincian permohonan", None))
        self.numberLabel.setText("")
        self.statusLabel.setText("")
        self.deadlineLabel.setText("")
        self.factsBox.setTitle(QCoreApplication.translate("ApplicationDetailDialog", u"Permohonan", None))
        self.applicantCaption.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Pemohon", None))
        self.applicantValue.setText("")
        self.identityCaption.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Identitas", None))
        self.identityValue.setText("")
        self.contactCaption.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Kontak", None))
        self.contactValue.setText("")
        self.serviceCaption.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Layanan", None))
        self.serviceValue.setText("")
        self.standardCaption.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Standar", None))
        self.standardValue.setText("")
        self.channelCaption.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Saluran", None))
        self.channelValue.setText("")
        self.receivedCaption.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Diterima", None))
        self.receivedValue.setText("")
        self.stageCaption.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Tahap", None))
        self.stageValue.setText("")
        self.timeLimitCaption.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Jangka waktu", None))
        self.timeLimitValue.setText("")
        self.dueCaption.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Jatuh tempo", None))
        self.dueValue.setText("")
        self.notesCaption.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Catatan", None))
        self.notesValue.setText("")
        self.reasonCaption.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Alasan", None))
        self.reasonValue.setText("")
        self.checklistBox.setTitle(QCoreApplication.translate("ApplicationDetailDialog", u"Kelengkapan berkas", None))
        self.checkButton.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Periksa berkas\u2026", None))
#if QT_CONFIG(tooltip)
        self.checkButton.setToolTip(QCoreApplication.translate("ApplicationDetailDialog", u"Centang persyaratan yang dibawa pemohon, lalu nyatakan berkas lengkap atau belum lengkap", None))
#endif // QT_CONFIG(tooltip)
        self.timelineBox.setTitle(QCoreApplication.translate("ApplicationDetailDialog", u"Riwayat: setiap tahap, siapa dan kapan", None))
        ___qtablewidgetitem = self.timelineTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Waktu", None))
        ___qtablewidgetitem1 = self.timelineTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Kejadian", None))
        ___qtablewidgetitem2 = self.timelineTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Tahap", None))
        ___qtablewidgetitem3 = self.timelineTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Oleh", None))
        ___qtablewidgetitem4 = self.timelineTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Catatan", None))
        self.generalError.setText("")
        self.noticeLabel.setText("")
        self.advanceButton.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Tahap berikutnya", None))
        self.paymentButton.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Catat pembayaran\u2026", None))
#if QT_CONFIG(tooltip)
        self.paymentButton.setToolTip(QCoreApplication.translate("ApplicationDetailDialog", u"Pemohon sudah membayar: catat nomor bukti bayarnya, lalu tahap berikutnya dapat dimulai.", None))
#endif // QT_CONFIG(tooltip)
        self.pauseButton.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Hentikan jam\u2026", None))
        self.resumeButton.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Lanjutkan jam", None))
        self.handOverButton.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Serahkan produk\u2026", None))
        self.reprintButton.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Cetak ulang tanda terima (Ctrl+P)", None))
        self.withdrawButton.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Cabut permohonan\u2026", None))
#if QT_CONFIG(tooltip)
        self.withdrawButton.setToolTip(QCoreApplication.translate("ApplicationDetailDialog", u"Pemohon membatalkan permohonannya; alasan wajib ditulis", None))
#endif // QT_CONFIG(tooltip)
        self.rejectButton.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Tolak\u2026", None))
#if QT_CONFIG(tooltip)
        self.rejectButton.setToolTip(QCoreApplication.translate("ApplicationDetailDialog", u"Permohonan ditolak petugas; alasan wajib ditulis dan dapat dibaca pemohon", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("ApplicationDetailDialog", u"Tutup (Esc)", None))
    # retranslateUi

