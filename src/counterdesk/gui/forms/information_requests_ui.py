# Generated from ui/dialogs/information_requests.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'information_requests.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QTableView, QVBoxLayout,
    QWidget)

from counterdesk.gui.empty_state import EmptyState

class Ui_InformationRequestsDialog(object):
    def setupUi(self, InformationRequestsDialog):
        if not InformationRequestsDialog.objectName():
            InformationRequestsDialog.setObjectName(u"InformationRequestsDialog")
        InformationRequestsDialog.resize(1180, 680)
        InformationRequestsDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(InformationRequestsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.heading = QLabel(InformationRequestsDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.heading)

        self.ruleHint = QLabel(InformationRequestsDialog)
        self.ruleHint.setObjectName(u"ruleHint")
        self.ruleHint.setWordWrap(True)
        self.ruleHint.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.ruleHint)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(10)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.newBox = QGroupBox(InformationRequestsDialog)
        self.newBox.setObjectName(u"newBox")
        self.newBoxLayout = QVBoxLayout(self.newBox)
        self.newBoxLayout.setObjectName(u"newBoxLayout")
        self.newLayout = QFormLayout()
        self.newLayout.setObjectName(u"newLayout")
        self.questionLabel = QLabel(self.newBox)
        self.questionLabel.setObjectName(u"questionLabel")

        self.newLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.questionLabel)

        self.question = QPlainTextEdit(self.newBox)
        self.question.setObjectName(u"question")
        self.question.setTabChangesFocus(True)
        self.question.setMaximumSize(QSize(16777215, 80))

        self.newLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.question)

        self.questionError = QLabel(self.newBox)
        self.questionError.setObjectName(u"questionError")
        self.questionError.setWordWrap(True)
        self.questionError.setProperty(u"role", u"error")

        self.newLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.questionError)

        self.channelLabel = QLabel(self.newBox)
        self.channelLabel.setObjectName(u"channelLabel")

        self.newLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channel = QComboBox(self.newBox)
        self.channel.setObjectName(u"channel")

        self.newLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.channel)

        self.channelError = QLabel(self.newBox)
        self.channelError.setObjectName(u"channelError")
        self.channelError.setWordWrap(True)
        self.channelError.setProperty(u"role", u"error")

        self.newLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.channelError)

        self.receivedAtLabel = QLabel(self.newBox)
        self.receivedAtLabel.setObjectName(u"receivedAtLabel")

        self.newLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.receivedAtLabel)

        self.receivedAt = QDateTimeEdit(self.newBox)
        self.receivedAt.setObjectName(u"receivedAt")
        self.receivedAt.setCalendarPopup(True)

        self.newLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.receivedAt)

        self.receivedAtHint = QLabel(self.newBox)
        self.receivedAtHint.setObjectName(u"receivedAtHint")
        self.receivedAtHint.setWordWrap(True)
        self.receivedAtHint.setProperty(u"role", u"hint")

        self.newLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.receivedAtHint)

        self.requesterLabel = QLabel(self.newBox)
        self.requesterLabel.setObjectName(u"requesterLabel")

        self.newLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.requesterLabel)

        self.requesterLayout = QVBoxLayout()
        self.requesterLayout.setObjectName(u"requesterLayout")
        self.requesterLayout.setContentsMargins(0, 0, 0, 0)
        self.requesterSearch = QLineEdit(self.newBox)
        self.requesterSearch.setObjectName(u"requesterSearch")
        self.requesterSearch.setClearButtonEnabled(True)

        self.requesterLayout.addWidget(self.requesterSearch)

        self.requesterResults = QListWidget(self.newBox)
        self.requesterResults.setObjectName(u"requesterResults")
        self.requesterResults.setMaximumSize(QSize(16777215, 84))

        self.requesterLayout.addWidget(self.requesterResults)

        self.requesterPickedLayout = QHBoxLayout()
        self.requesterPickedLayout.setObjectName(u"requesterPickedLayout")
        self.requesterPicked = QLabel(self.newBox)
        self.requesterPicked.setObjectName(u"requesterPicked")
        self.requesterPicked.setWordWrap(True)

        self.requesterPickedLayout.addWidget(self.requesterPicked)

        self.unpickButton = QPushButton(self.newBox)
        self.unpickButton.setObjectName(u"unpickButton")
        self.unpickButton.setAutoDefault(False)

        self.requesterPickedLayout.addWidget(self.unpickButton)

        self.requesterPickedLayout.setStretch(0, 1)

        self.requesterLayout.addLayout(self.requesterPickedLayout)


        self.newLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.requesterLayout)

        self.nameLabel = QLabel(self.newBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.newLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.newBox)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.newLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.name)

        self.nameError = QLabel(self.newBox)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"role", u"error")

        self.newLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.phoneLabel = QLabel(self.newBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.newLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.newBox)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(20)

        self.newLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.phone)

        self.phoneError = QLabel(self.newBox)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)
        self.phoneError.setProperty(u"role", u"error")

        self.newLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.emailLabel = QLabel(self.newBox)
        self.emailLabel.setObjectName(u"emailLabel")

        self.newLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(self.newBox)
        self.email.setObjectName(u"email")
        self.email.setMaxLength(120)

        self.newLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.email)

        self.emailError = QLabel(self.newBox)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)
        self.emailError.setProperty(u"role", u"error")

        self.newLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.emailError)


        self.newBoxLayout.addLayout(self.newLayout)

        self.logLayout = QHBoxLayout()
        self.logLayout.setObjectName(u"logLayout")
        self.logStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logLayout.addItem(self.logStretch)

        self.logButton = QPushButton(self.newBox)
        self.logButton.setObjectName(u"logButton")
        self.logButton.setAutoDefault(False)
        self.logButton.setProperty(u"primary", True)

        self.logLayout.addWidget(self.logButton)


        self.newBoxLayout.addLayout(self.logLayout)

        self.loggedLabel = QLabel(self.newBox)
        self.loggedLabel.setObjectName(u"loggedLabel")
        self.loggedLabel.setWordWrap(True)
        self.loggedLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.loggedLabel.setProperty(u"role", u"summary")

        self.newBoxLayout.addWidget(self.loggedLabel)

        self.newSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.newBoxLayout.addItem(self.newSpacer)


        self.bodyLayout.addWidget(self.newBox)

        self.openBox = QGroupBox(InformationRequestsDialog)
        self.openBox.setObjectName(u"openBox")
        self.openLayout = QVBoxLayout(self.openBox)
        self.openLayout.setObjectName(u"openLayout")
        self.listStack = QStackedWidget(self.openBox)
        self.listStack.setObjectName(u"listStack")
        self.listStackTablePage = QWidget()
        self.listStackTablePage.setObjectName(u"listStackTablePage")
        self.listStackTableLayout = QVBoxLayout(self.listStackTablePage)
        self.listStackTableLayout.setObjectName(u"listStackTableLayout")
        self.listStackTableLayout.setContentsMargins(0, 0, 0, 0)
        self.tableView = QTableView(self.listStackTablePage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setHighlightSections(False)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.listStackTableLayout.addWidget(self.tableView)

        self.listStack.addWidget(self.listStackTablePage)
        self.listStackEmptyPage = QWidget()
        self.listStackEmptyPage.setObjectName(u"listStackEmptyPage")
        self.listStackEmptyLayout = QVBoxLayout(self.listStackEmptyPage)
        self.listStackEmptyLayout.setObjectName(u"listStackEmptyLayout")
        self.listStackEmptyLayout.setContentsMargins(0, 0, 0, 0)
        self.emptyState = EmptyState(self.listStackEmptyPage)
        self.emptyState.setObjectName(u"emptyState")

        self.listStackEmptyLayout.addWidget(self.emptyState)

        self.listStack.addWidget(self.listStackEmptyPage)

        self.openLayout.addWidget(self.listStack)

        self.questionView = QLabel(self.openBox)
        self.questionView.setObjectName(u"questionView")
        self.questionView.setWordWrap(True)
        self.questionView.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.questionView.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.openLayout.addWidget(self.questionView)

        self.openButtons = QHBoxLayout()
        self.openButtons.setObjectName(u"openButtons")
        self.answerButton = QPushButton(self.openBox)
        self.answerButton.setObjectName(u"answerButton")
        self.answerButton.setAutoDefault(False)

        self.openButtons.addWidget(self.answerButton)

        self.escalateButton = QPushButton(self.openBox)
        self.escalateButton.setObjectName(u"escalateButton")
        self.escalateButton.setAutoDefault(False)

        self.openButtons.addWidget(self.escalateButton)

        self.openStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.openButtons.addItem(self.openStretch)


        self.openLayout.addLayout(self.openButtons)

        self.openLayout.setStretch(0, 1)

        self.bodyLayout.addWidget(self.openBox)

        self.bodyLayout.setStretch(0, 4)
        self.bodyLayout.setStretch(1, 7)

        self.dialogLayout.addLayout(self.bodyLayout)

        self.generalError = QLabel(InformationRequestsDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.generalError)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.bottomStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomStretch)

        self.closeButton = QPushButton(InformationRequestsDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.bottomLayout)

        self.dialogLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.questionLabel.setBuddy(self.question)
        self.channelLabel.setBuddy(self.channel)
        self.receivedAtLabel.setBuddy(self.receivedAt)
        self.requesterLabel.setBuddy(self.requesterSearch)
        self.nameLabel.setBuddy(self.name)
        self.phoneLabel.setBuddy(self.phone)
        self.emailLabel.setBuddy(self.email)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.question, self.channel)
        QWidget.setTabOrder(self.channel, self.receivedAt)
        QWidget.setTabOrder(self.receivedAt, self.requesterSearch)
        QWidget.setTabOrder(self.requesterSearch, self.requesterResults)
        QWidget.setTabOrder(self.requesterResults, self.unpickButton)
        QWidget.setTabOrder(self.unpickButton, self.name)
        QWidget.setTabOrder(self.name, self.phone)
        QWidget.setTabOrder(self.phone, self.email)
        QWidget.setTabOrder(self.email, self.logButton)
        QWidget.setTabOrder(self.logButton, self.tableView)
        QWidget.setTabOrder(self.tableView, self.answerButton)
        QWidget.setTabOrder(self.answerButton, self.escalateButton)
        QWidget.setTabOrder(self.escalateButton, self.closeButton)

        self.retranslateUi(InformationRequestsDialog)

        QMetaObject.connectSlotsByName(InformationRequestsDialog)
    # setupUi

    def retranslateUi(self, InformationRequestsDialog):
        InformationRequestsDialog.setWindowTitle(QCoreApplication.translate("InformationRequestsDialog", u"Permintaan informasi", None))
        self.heading.setText(QCoreApplication.translate("InformationRequestsDialog", u"Permintaan informasi", None))
        self.ruleHint.setText("")
        self.newBox.setTitle(QCoreApplication.translate("InformationRequestsDialog", u"Catat permintaan baru", None))
        self.questionLabel.setText(QCoreApplication.translate("InformationRequestsDialog", u"&Pertanyaan *", None))
        self.question.setPlaceholderText(QCoreApplication.translate("InformationRequestsDialog", u"ringkas pertanyaannya, mis. batas bebas bea barang kiriman", None))
        self.questionError.setText("")
        self.channelLabel.setText(QCoreApplication.translate("InformationRequestsDialog", u"Salu&ran *", None))
        self.channelError.setText("")
        self.receivedAtLabel.setText(QCoreApplication.translate("InformationRequestsDialog", u"Diterima pa&da", None))
        self.receivedAt.setDisplayFormat(QCoreApplication.translate("InformationRequestsDialog", u"dd-MM-yyyy HH.mm", None))
        self.receivedAtHint.setText(QCoreApplication.translate("InformationRequestsDialog", u"Ubah bila pesan masuk lebih awal (mis. surel semalam).", None))
        self.requesterLabel.setText(QCoreApplication.translate("InformationRequestsDialog", u"Pe&nanya", None))
        self.requesterSearch.setPlaceholderText(QCoreApplication.translate("InformationRequestsDialog", u"cari pemohon terdaftar (opsional): nama, NIK, HP", None))
        self.requesterPicked.setText("")
        self.unpickButton.setText(QCoreApplication.translate("InformationRequestsDialog", u"Lepas", None))
        self.nameLabel.setText(QCoreApplication.translate("InformationRequestsDialog", u"Na&ma *", None))
        self.nameError.setText("")
        self.phoneLabel.setText(QCoreApplication.translate("InformationRequestsDialog", u"&HP/telepon", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("InformationRequestsDialog", u"isi telepon atau surel", None))
        self.phoneError.setText("")
        self.emailLabel.setText(QCoreApplication.translate("InformationRequestsDialog", u"&Surel", None))
        self.email.setPlaceholderText(QCoreApplication.translate("InformationRequestsDialog", u"nama@contoh.id", None))
        self.emailError.setText("")
        self.logButton.setText(QCoreApplication.translate("InformationRequestsDialog", u"Catat permintaan (Ctrl+S)", None))
        self.loggedLabel.setText("")
        self.openBox.setTitle(QCoreApplication.translate("InformationRequestsDialog", u"Belum dijawab \u2014 yang paling dekat jatuh temponya di atas", None))
        self.questionView.setText("")
        self.answerButton.setText(QCoreApplication.translate("InformationRequestsDialog", u"&Jawab\u2026", None))
#if QT_CONFIG(tooltip)
        self.answerButton.setToolTip(QCoreApplication.translate("InformationRequestsDialog", u"Catat jawaban yang sudah disampaikan; permintaan selesai", None))
#endif // QT_CONFIG(tooltip)
        self.escalateButton.setText(QCoreApplication.translate("InformationRequestsDialog", u"&Eskalasi\u2026", None))
#if QT_CONFIG(tooltip)
        self.escalateButton.setToolTip(QCoreApplication.translate("InformationRequestsDialog", u"Teruskan ke unit lain; nomor tiket diterbitkan dan dicetak", None))
#endif // QT_CONFIG(tooltip)
        self.generalError.setText("")
        self.closeButton.setText(QCoreApplication.translate("InformationRequestsDialog", u"Tutup (Esc)", None))
    # retranslateUi

