# Generated from ui/dialogs/minutes_editor.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'minutes_editor.ui'
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
    QDialog, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QTimeEdit, QVBoxLayout,
    QWidget)

class Ui_MinutesEditorDialog(object):
    def setupUi(self, MinutesEditorDialog):
        if not MinutesEditorDialog.objectName():
            MinutesEditorDialog.setObjectName(u"MinutesEditorDialog")
        MinutesEditorDialog.resize(1300, 700)
        self.dialogLayout = QVBoxLayout(MinutesEditorDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.heading = QLabel(MinutesEditorDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setProperty(u"role", u"heading")

        self.headerLayout.addWidget(self.heading)

        self.statusLabel = QLabel(MinutesEditorDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.RichText)

        self.headerLayout.addWidget(self.statusLabel)

        self.headerLayout.setStretch(0, 1)

        self.dialogLayout.addLayout(self.headerLayout)

        self.noticeLabel = QLabel(MinutesEditorDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setProperty(u"role", u"warning")

        self.dialogLayout.addWidget(self.noticeLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(18)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftLayout = QGridLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setVerticalSpacing(2)
        self.caseTypeLabel = QLabel(MinutesEditorDialog)
        self.caseTypeLabel.setObjectName(u"caseTypeLabel")

        self.leftLayout.addWidget(self.caseTypeLabel, 0, 0, 1, 1)

        self.caseType = QComboBox(MinutesEditorDialog)
        self.caseType.setObjectName(u"caseType")

        self.leftLayout.addWidget(self.caseType, 0, 1, 1, 1)

        self.caseTypeError = QLabel(MinutesEditorDialog)
        self.caseTypeError.setObjectName(u"caseTypeError")
        self.caseTypeError.setWordWrap(True)
        self.caseTypeError.setProperty(u"role", u"error")

        self.leftLayout.addWidget(self.caseTypeError, 1, 1, 1, 1)

        self.applicationNumberLabel = QLabel(MinutesEditorDialog)
        self.applicationNumberLabel.setObjectName(u"applicationNumberLabel")

        self.leftLayout.addWidget(self.applicationNumberLabel, 2, 0, 1, 1)

        self.applicationNumber = QLineEdit(MinutesEditorDialog)
        self.applicationNumber.setObjectName(u"applicationNumber")
        self.applicationNumber.setClearButtonEnabled(True)

        self.leftLayout.addWidget(self.applicationNumber, 2, 1, 1, 1)

        self.applicationNumberError = QLabel(MinutesEditorDialog)
        self.applicationNumberError.setObjectName(u"applicationNumberError")
        self.applicationNumberError.setWordWrap(True)
        self.applicationNumberError.setProperty(u"role", u"error")

        self.leftLayout.addWidget(self.applicationNumberError, 3, 1, 1, 1)

        self.intervieweeCaption = QLabel(MinutesEditorDialog)
        self.intervieweeCaption.setObjectName(u"intervieweeCaption")

        self.leftLayout.addWidget(self.intervieweeCaption, 4, 0, 1, 1)

        self.intervieweeValue = QLabel(MinutesEditorDialog)
        self.intervieweeValue.setObjectName(u"intervieweeValue")
        self.intervieweeValue.setWordWrap(True)
        self.intervieweeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.leftLayout.addWidget(self.intervieweeValue, 4, 1, 1, 1)

        self.certificateSerialLabel = QLabel(MinutesEditorDialog)
        self.certificateSerialLabel.setObjectName(u"certificateSerialLabel")

        self.leftLayout.addWidget(self.certificateSerialLabel, 5, 0, 1, 1)

        self.certificateSerial = QLineEdit(MinutesEditorDialog)
        self.certificateSerial.setObjectName(u"certificateSerial")
        self.certificateSerial.setClearButtonEnabled(True)

        self.leftLayout.addWidget(self.certificateSerial, 5, 1, 1, 1)

        self.certificateSerialError = QLabel(MinutesEditorDialog)
        self.certificateSerialError.setObjectName(u"certificateSerialError")
        self.certificateSerialError.setWordWrap(True)
        self.certificateSerialError.setProperty(u"role", u"error")

        self.leftLayout.addWidget(self.certificateSerialError, 6, 1, 1, 1)

        self.heldOnLabel = QLabel(MinutesEditorDialog)
        self.heldOnLabel.setObjectName(u"heldOnLabel")

        self.leftLayout.addWidget(self.heldOnLabel, 7, 0, 1, 1)

        self.whenLayout = QHBoxLayout()
        self.whenLayout.setObjectName(u"whenLayout")
        self.heldOn = QDateEdit(MinutesEditorDialog)
        self.heldOn.setObjectName(u"heldOn")
        self.heldOn.setCalendarPopup(True)

        self.whenLayout.addWidget(self.heldOn)

        self.heldTimeLabel = QLabel(MinutesEditorDialog)
        self.heldTimeLabel.setObjectName(u"heldTimeLabel")
        self.heldTimeLabel.setIndent(12)

        self.whenLayout.addWidget(self.heldTimeLabel)

        self.heldTime = QTimeEdit(MinutesEditorDialog)
        self.heldTime.setObjectName(u"heldTime")

        self.whenLayout.addWidget(self.heldTime)

        self.zoneLabel = QLabel(MinutesEditorDialog)
        self.zoneLabel.setObjectName(u"zoneLabel")
        self.zoneLabel.setProperty(u"role", u"hint")

        self.whenLayout.addWidget(self.zoneLabel)

        self.whenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenLayout.addItem(self.whenSpacer)


        self.leftLayout.addLayout(self.whenLayout, 7, 1, 1, 1)

        self.heldOnError = QLabel(MinutesEditorDialog)
        self.heldOnError.setObjectName(u"heldOnError")
        self.heldOnError.setWordWrap(True)
        self.heldOnError.setProperty(u"role", u"error")

        self.leftLayout.addWidget(self.heldOnError, 8, 1, 1, 1)

        self.heldTimeError = QLabel(MinutesEditorDialog)
        self.heldTimeError.setObjectName(u"heldTimeError")
        self.heldTimeError.setWordWrap(True)
        self.heldTimeError.setProperty(u"role", u"error")

        self.leftLayout.addWidget(self.heldTimeError, 9, 1, 1, 1)

        self.placeLabel = QLabel(MinutesEditorDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.leftLayout.addWidget(self.placeLabel, 10, 0, 1, 1)

        self.place = QLineEdit(MinutesEditorDialog)
        self.place.setObjectName(u"place")

        self.leftLayout.addWidget(self.place, 10, 1, 1, 1)

        self.placeError = QLabel(MinutesEditorDialog)
        self.placeError.setObjectName(u"placeError")
        self.placeError.setWordWrap(True)
        self.placeError.setProperty(u"role", u"error")

        self.leftLayout.addWidget(self.placeError, 11, 1, 1, 1)

        self.interviewerIdsLabel = QLabel(MinutesEditorDialog)
        self.interviewerIdsLabel.setObjectName(u"interviewerIdsLabel")
        self.interviewerIdsLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.leftLayout.addWidget(self.interviewerIdsLabel, 12, 0, 1, 1)

        self.interviewerIds = QListWidget(MinutesEditorDialog)
        self.interviewerIds.setObjectName(u"interviewerIds")
        self.interviewerIds.setMaximumSize(QSize(16777215, 96))

        self.leftLayout.addWidget(self.interviewerIds, 12, 1, 1, 1)

        self.interviewerIdsError = QLabel(MinutesEditorDialog)
        self.interviewerIdsError.setObjectName(u"interviewerIdsError")
        self.interviewerIdsError.setWordWrap(True)
        self.interviewerIdsError.setProperty(u"role", u"error")

        self.leftLayout.addWidget(self.interviewerIdsError, 13, 1, 1, 1)

        self.witnessesLabel = QLabel(MinutesEditorDialog)
        self.witnessesLabel.setObjectName(u"witnessesLabel")
        self.witnessesLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.leftLayout.addWidget(self.witnessesLabel, 14, 0, 1, 1)

        self.witnessLayout = QVBoxLayout()
        self.witnessLayout.setSpacing(4)
        self.witnessLayout.setObjectName(u"witnessLayout")
        self.witnesses = QTableWidget(MinutesEditorDialog)
        if (self.witnesses.columnCount() < 3):
            self.witnesses.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.witnesses.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.witnesses.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.witnesses.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.witnesses.setObjectName(u"witnesses")
        self.witnesses.setAlternatingRowColors(True)
        self.witnesses.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.witnesses.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.witnesses.setWordWrap(False)
        self.witnesses.horizontalHeader().setHighlightSections(False)
        self.witnesses.horizontalHeader().setStretchLastSection(True)
        self.witnesses.verticalHeader().setVisible(False)

        self.witnessLayout.addWidget(self.witnesses)

        self.witnessButtons = QHBoxLayout()
        self.witnessButtons.setObjectName(u"witnessButtons")
        self.addWitnessButton = QPushButton(MinutesEditorDialog)
        self.addWitnessButton.setObjectName(u"addWitnessButton")
        self.addWitnessButton.setAutoDefault(False)

        self.witnessButtons.addWidget(self.addWitnessButton)

        self.removeWitnessButton = QPushButton(MinutesEditorDialog)
        self.removeWitnessButton.setObjectName(u"removeWitnessButton")
        self.removeWitnessButton.setAutoDefault(False)

        self.witnessButtons.addWidget(self.removeWitnessButton)

        self.witnessSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.witnessButtons.addItem(self.witnessSpacer)


        self.witnessLayout.addLayout(self.witnessButtons)


        self.leftLayout.addLayout(self.witnessLayout, 14, 1, 1, 1)

        self.witnessesError = QLabel(MinutesEditorDialog)
        self.witnessesError.setObjectName(u"witnessesError")
        self.witnessesError.setWordWrap(True)
        self.witnessesError.setProperty(u"role", u"error")

        self.leftLayout.addWidget(self.witnessesError, 15, 1, 1, 1)

        self.leftLayout.setColumnStretch(1, 1)

        self.columnsLayout.addLayout(self.leftLayout)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setSpacing(4)
        self.rightLayout.setObjectName(u"rightLayout")
        self.questionsLabel = QLabel(MinutesEditorDialog)
        self.questionsLabel.setObjectName(u"questionsLabel")
        self.questionsLabel.setProperty(u"role", u"subheading")

        self.rightLayout.addWidget(self.questionsLabel)

        self.questions = QTableWidget(MinutesEditorDialog)
        if (self.questions.columnCount() < 2):
            self.questions.setColumnCount(2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.questions.setHorizontalHeaderItem(0, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.questions.setHorizontalHeaderItem(1, __qtablewidgetitem4)
        self.questions.setObjectName(u"questions")
        self.questions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.questions.setAlternatingRowColors(True)
        self.questions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.questions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.questions.setWordWrap(False)
        self.questions.horizontalHeader().setHighlightSections(False)
        self.questions.horizontalHeader().setStretchLastSection(True)
        self.questions.verticalHeader().setVisible(False)

        self.rightLayout.addWidget(self.questions)

        self.questionsError = QLabel(MinutesEditorDialog)
        self.questionsError.setObjectName(u"questionsError")
        self.questionsError.setWordWrap(True)
        self.questionsError.setProperty(u"role", u"error")

        self.rightLayout.addWidget(self.questionsError)

        self.questionButtons = QHBoxLayout()
        self.questionButtons.setObjectName(u"questionButtons")
        self.addQuestionButton = QPushButton(MinutesEditorDialog)
        self.addQuestionButton.setObjectName(u"addQuestionButton")
        self.addQuestionButton.setAutoDefault(False)

        self.questionButtons.addWidget(self.addQuestionButton)

        self.removeQuestionButton = QPushButton(MinutesEditorDialog)
        self.removeQuestionButton.setObjectName(u"removeQuestionButton")
        self.removeQuestionButton.setAutoDefault(False)

        self.questionButtons.addWidget(self.removeQuestionButton)

        self.moveUpButton = QPushButton(MinutesEditorDialog)
        self.moveUpButton.setObjectName(u"moveUpButton")
        self.moveUpButton.setAutoDefault(False)

        self.questionButtons.addWidget(self.moveUpButton)

        self.moveDownButton = QPushButton(MinutesEditorDialog)
        self.moveDownButton.setObjectName(u"moveDownButton")
        self.moveDownButton.setAutoDefault(False)

        self.questionButtons.addWidget(self.moveDownButton)

        self.questionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.questionButtons.addItem(self.questionSpacer)


        self.rightLayout.addLayout(self.questionButtons)

        self.questionEditLayout = QGridLayout()
        self.questionEditLayout.setObjectName(u"questionEditLayout")
        self.questionTextLabel = QLabel(MinutesEditorDialog)
        self.questionTextLabel.setObjectName(u"questionTextLabel")

        self.questionEditLayout.addWidget(self.questionTextLabel, 0, 0, 1, 1)

        self.questionText = QPlainTextEdit(MinutesEditorDialog)
        self.questionText.setObjectName(u"questionText")
        self.questionText.setTabChangesFocus(True)
        self.questionText.setMaximumSize(QSize(16777215, 54))

        self.questionEditLayout.addWidget(self.questionText, 0, 1, 1, 1)

        self.answerTextLabel = QLabel(MinutesEditorDialog)
        self.answerTextLabel.setObjectName(u"answerTextLabel")

        self.questionEditLayout.addWidget(self.answerTextLabel, 1, 0, 1, 1)

        self.answerText = QPlainTextEdit(MinutesEditorDialog)
        self.answerText.setObjectName(u"answerText")
        self.answerText.setTabChangesFocus(True)
        self.answerText.setMaximumSize(QSize(16777215, 54))

        self.questionEditLayout.addWidget(self.answerText, 1, 1, 1, 1)

        self.questionEditLayout.setColumnStretch(1, 1)

        self.rightLayout.addLayout(self.questionEditLayout)

        self.statementsLabel = QLabel(MinutesEditorDialog)
        self.statementsLabel.setObjectName(u"statementsLabel")

        self.rightLayout.addWidget(self.statementsLabel)

        self.statements = QPlainTextEdit(MinutesEditorDialog)
        self.statements.setObjectName(u"statements")
        self.statements.setTabChangesFocus(True)
        self.statements.setMaximumSize(QSize(16777215, 70))

        self.rightLayout.addWidget(self.statements)

        self.statementsError = QLabel(MinutesEditorDialog)
        self.statementsError.setObjectName(u"statementsError")
        self.statementsError.setWordWrap(True)
        self.statementsError.setProperty(u"role", u"error")

        self.rightLayout.addWidget(self.statementsError)

        self.conclusionLabel = QLabel(MinutesEditorDialog)
        self.conclusionLabel.setObjectName(u"conclusionLabel")

        self.rightLayout.addWidget(self.conclusionLabel)

        self.conclusion = QPlainTextEdit(MinutesEditorDialog)
        self.conclusion.setObjectName(u"conclusion")
        self.conclusion.setTabChangesFocus(True)
        self.conclusion.setMaximumSize(QSize(16777215, 70))

        self.rightLayout.addWidget(self.conclusion)

        self.conclusionError = QLabel(MinutesEditorDialog)
        self.conclusionError.setObjectName(u"conclusionError")
        self.conclusionError.setWordWrap(True)
        self.conclusionError.setProperty(u"role", u"error")

        self.rightLayout.addWidget(self.conclusionError)


        self.columnsLayout.addLayout(self.rightLayout)

        self.columnsLayout.setStretch(0, 5)
        self.columnsLayout.setStretch(1, 6)

        self.dialogLayout.addLayout(self.columnsLayout)

        self.draftNote = QLabel(MinutesEditorDialog)
        self.draftNote.setObjectName(u"draftNote")
        self.draftNote.setWordWrap(True)
        self.draftNote.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.draftNote)

        self.generalError = QLabel(MinutesEditorDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.generalError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.generalError)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.saveButton = QPushButton(MinutesEditorDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.saveButton)

        self.signButton = QPushButton(MinutesEditorDialog)
        self.signButton.setObjectName(u"signButton")
        self.signButton.setAutoDefault(False)
        self.signButton.setProperty(u"primary", True)

        self.buttonLayout.addWidget(self.signButton)

        self.amendButton = QPushButton(MinutesEditorDialog)
        self.amendButton.setObjectName(u"amendButton")
        self.amendButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.amendButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.paperLabel = QLabel(MinutesEditorDialog)
        self.paperLabel.setObjectName(u"paperLabel")

        self.buttonLayout.addWidget(self.paperLabel)

        self.paper = QComboBox(MinutesEditorDialog)
        self.paper.setObjectName(u"paper")

        self.buttonLayout.addWidget(self.paper)

        self.pdfButton = QPushButton(MinutesEditorDialog)
        self.pdfButton.setObjectName(u"pdfButton")
        self.pdfButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.pdfButton)

        self.closeButton = QPushButton(MinutesEditorDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.caseTypeLabel.setBuddy(self.caseType)
        self.applicationNumberLabel.setBuddy(self.applicationNumber)
        self.certificateSerialLabel.setBuddy(self.certificateSerial)
        self.heldOnLabel.setBuddy(self.heldOn)
        self.heldTimeLabel.setBuddy(self.heldTime)
        self.placeLabel.setBuddy(self.place)
        self.interviewerIdsLabel.setBuddy(self.interviewerIds)
        self.witnessesLabel.setBuddy(self.witnesses)
        self.questionsLabel.setBuddy(self.questions)
        self.questionTextLabel.setBuddy(self.questionText)
        self.answerTextLabel.setBuddy(self.answerText)
        self.statementsLabel.setBuddy(self.statements)
        self.conclusionLabel.setBuddy(self.conclusion)
        self.paperLabel.setBuddy(self.paper)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MinutesEditorDialog)

        QMetaObject.connectSlotsByName(MinutesEditorDialog)
    # setupUi

    def retranslateUi(self, MinutesEditorDialog):
        MinutesEditorDialog.setWindowTitle(QCoreApplication.translate("MinutesEditorDialog", u"Berita acara wawancara", None))
        self.heading.setText("")
        self.statusLabel.setText("")
        self.noticeLabel.setText("")
        self.caseTypeLabel.setText(QCoreApplication.translate("MinutesEditorDialog", u"&Jenis kasus *", None))
        self.caseTypeError.setText("")
        self.applicationNumberLabel.setText(QCoreApplication.translate("MinutesEditorDialog", u"&Nomor permohonan *", None))
        self.applicationNumber.setPlaceholderText(QCoreApplication.translate("MinutesEditorDialog", u"pindai tanda terima atau ketik nomor + Enter", None))
        self.applicationNumberError.setText("")
        self.intervieweeCaption.setText(QCoreApplication.translate("MinutesEditorDialog", u"Yang diwawancarai:", None))
        self.intervieweeValue.setText("")
        self.certificateSerialLabel.setText(QCoreApplication.translate("MinutesEditorDialog", u"Nomor seri se&rtifikat", None))
        self.certificateSerial.setPlaceholderText(QCoreApplication.translate("MinutesEditorDialog", u"sertifikat yang diralat / hilang \u2014 pindai atau ketik (boleh kosong)", None))
        self.certificateSerialError.setText("")
        self.heldOnLabel.setText(QCoreApplication.translate("MinutesEditorDialog", u"&Tanggal *", None))
        self.heldOn.setDisplayFormat(QCoreApplication.translate("MinutesEditorDialog", u"dd-MM-yyyy", None))
        self.heldTimeLabel.setText(QCoreApplication.translate("MinutesEditorDialog", u"&Pukul", None))
        self.heldTime.setDisplayFormat(QCoreApplication.translate("MinutesEditorDialog", u"HH.mm", None))
        self.zoneLabel.setText("")
        self.heldOnError.setText("")
        self.heldTimeError.setText("")
        self.placeLabel.setText(QCoreApplication.translate("MinutesEditorDialog", u"T&empat *", None))
        self.place.setPlaceholderText(QCoreApplication.translate("MinutesEditorDialog", u"mis. Ruang Layanan Terpadu, Lantai 1", None))
        self.placeError.setText("")
        self.interviewerIdsLabel.setText(QCoreApplication.translate("MinutesEditorDialog", u"Pe&wawancara *", None))
#if QT_CONFIG(tooltip)
        self.interviewerIds.setToolTip(QCoreApplication.translate("MinutesEditorDialog", u"Centang (Spasi) petugas yang mewawancarai; nama, NIP dan jabatan dari data pengguna", None))
#endif // QT_CONFIG(tooltip)
        self.interviewerIdsError.setText("")
        self.witnessesLabel.setText(QCoreApplication.translate("MinutesEditorDialog", u"&Saksi", None))
        ___qtablewidgetitem = self.witnesses.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MinutesEditorDialog", u"Nama", None))
        ___qtablewidgetitem1 = self.witnesses.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MinutesEditorDialog", u"NIP", None))
        ___qtablewidgetitem2 = self.witnesses.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MinutesEditorDialog", u"Jabatan", None))
#if QT_CONFIG(tooltip)
        self.witnesses.setToolTip(QCoreApplication.translate("MinutesEditorDialog", u"Ketik langsung di sel (F2 untuk mengubah); Tab ke kolom berikutnya", None))
#endif // QT_CONFIG(tooltip)
        self.addWitnessButton.setText(QCoreApplication.translate("MinutesEditorDialog", u"Tambah saksi", None))
        self.removeWitnessButton.setText(QCoreApplication.translate("MinutesEditorDialog", u"Hapus saksi", None))
        self.witnessesError.setText("")
        self.questionsLabel.setText(QCoreApplication.translate("MinutesEditorDialog", u"&Pertanyaan dan jawaban *", None))
        ___qtablewidgetitem3 = self.questions.horizontalHeaderItem(0)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("MinutesEditorDialog", u"Pertanyaan", None))
        ___qtablewidgetitem4 = self.questions.horizontalHeaderItem(1)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("MinutesEditorDialog", u"Jawaban", None))
#if QT_CONFIG(tooltip)
        self.questions.setToolTip(QCoreApplication.translate("MinutesEditorDialog", u"Pilih dengan \u2191/\u2193; ubah di kolom di bawah. Alt+\u2191/Alt+\u2193 (atau Ctrl+\u2191/\u2193) memindah urutan, Delete menghapus", None))
#endif // QT_CONFIG(tooltip)
        self.questionsError.setText("")
        self.addQuestionButton.setText(QCoreApplication.translate("MinutesEditorDialog", u"Tambah pertanyaan (Ctrl+T)", None))
        self.removeQuestionButton.setText(QCoreApplication.translate("MinutesEditorDialog", u"Hapus (Del)", None))
        self.moveUpButton.setText(QCoreApplication.translate("MinutesEditorDialog", u"Naik (Alt+\u2191)", None))
#if QT_CONFIG(tooltip)
        self.moveUpButton.setToolTip(QCoreApplication.translate("MinutesEditorDialog", u"Pindahkan pertanyaan ke atas \u2014 Alt+\u2191 atau Ctrl+\u2191", None))
#endif // QT_CONFIG(tooltip)
        self.moveDownButton.setText(QCoreApplication.translate("MinutesEditorDialog", u"Turun (Alt+\u2193)", None))
#if QT_CONFIG(tooltip)
        self.moveDownButton.setToolTip(QCoreApplication.translate("MinutesEditorDialog", u"Pindahkan pertanyaan ke bawah \u2014 Alt+\u2193 atau Ctrl+\u2193", None))
#endif // QT_CONFIG(tooltip)
        self.questionTextLabel.setText(QCoreApplication.translate("MinutesEditorDialog", u"Pertan&yaan:", None))
        self.questionText.setPlaceholderText(QCoreApplication.translate("MinutesEditorDialog", u"Ctrl+T menambah pertanyaan; ketik pertanyaannya di sini, Tab ke jawaban", None))
        self.answerTextLabel.setText(QCoreApplication.translate("MinutesEditorDialog", u"&Jawaban:", None))
        self.answerText.setPlaceholderText(QCoreApplication.translate("MinutesEditorDialog", u"jawaban yang diwawancarai, dengan kata-katanya sendiri", None))
        self.statementsLabel.setText(QCoreApplication.translate("MinutesEditorDialog", u"&Keterangan yang diwawancarai (satu per baris)", None))
        self.statementsError.setText("")
        self.conclusionLabel.setText(QCoreApplication.translate("MinutesEditorDialog", u"Kesimpu&lan *", None))
        self.conclusionError.setText("")
        self.draftNote.setText("")
        self.generalError.setText("")
        self.saveButton.setText(QCoreApplication.translate("MinutesEditorDialog", u"Simpan draf (Ctrl+S)", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("MinutesEditorDialog", u"Simpan isian; berita acara tetap dapat diubah", None))
#endif // QT_CONFIG(tooltip)
        self.signButton.setText(QCoreApplication.translate("MinutesEditorDialog", u"Tandatangani\u2026", None))
#if QT_CONFIG(tooltip)
        self.signButton.setToolTip(QCoreApplication.translate("MinutesEditorDialog", u"Mengunci berita acara: setelah ditandatangani isinya tidak dapat diubah lagi", None))
#endif // QT_CONFIG(tooltip)
        self.amendButton.setText(QCoreApplication.translate("MinutesEditorDialog", u"Buat BA perubahan\u2026", None))
#if QT_CONFIG(tooltip)
        self.amendButton.setToolTip(QCoreApplication.translate("MinutesEditorDialog", u"Berita acara baru yang mengubah yang ini; yang asli tetap seperti semula", None))
#endif // QT_CONFIG(tooltip)
        self.paperLabel.setText(QCoreApplication.translate("MinutesEditorDialog", u"&Kertas:", None))
        self.pdfButton.setText(QCoreApplication.translate("MinutesEditorDialog", u"Cetak / PDF\u2026 (Ctrl+P)", None))
#if QT_CONFIG(tooltip)
        self.pdfButton.setToolTip(QCoreApplication.translate("MinutesEditorDialog", u"Cetak, simpan atau buka PDF berita acara", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("MinutesEditorDialog", u"Tutup (Esc)", None))
    # retranslateUi

