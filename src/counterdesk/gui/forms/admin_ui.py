# Generated from ui/tabs/admin.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QStackedWidget,
    QTabWidget, QTableView, QTimeEdit, QVBoxLayout,
    QWidget)

from counterdesk.gui.empty_state import EmptyState

class Ui_AdminTab(object):
    def setupUi(self, AdminTab):
        if not AdminTab.objectName():
            AdminTab.setObjectName(u"AdminTab")
        self.tabLayout = QVBoxLayout(AdminTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.sections = QTabWidget(AdminTab)
        self.sections.setObjectName(u"sections")
        self.usersPage = QWidget()
        self.usersPage.setObjectName(u"usersPage")
        self.usersLayout = QVBoxLayout(self.usersPage)
        self.usersLayout.setObjectName(u"usersLayout")
        self.usersHeader = QHBoxLayout()
        self.usersHeader.setSpacing(8)
        self.usersHeader.setObjectName(u"usersHeader")
        self.usersSummary = QLabel(self.usersPage)
        self.usersSummary.setObjectName(u"usersSummary")
        self.usersSummary.setWordWrap(True)
        self.usersSummary.setProperty(u"role", u"summary")

        self.usersHeader.addWidget(self.usersSummary)

        self.addUserButton = QPushButton(self.usersPage)
        self.addUserButton.setObjectName(u"addUserButton")
        self.addUserButton.setAutoDefault(False)
        self.addUserButton.setProperty(u"primary", True)

        self.usersHeader.addWidget(self.addUserButton)

        self.toggleActiveButton = QPushButton(self.usersPage)
        self.toggleActiveButton.setObjectName(u"toggleActiveButton")
        self.toggleActiveButton.setAutoDefault(False)

        self.usersHeader.addWidget(self.toggleActiveButton)

        self.unlockButton = QPushButton(self.usersPage)
        self.unlockButton.setObjectName(u"unlockButton")
        self.unlockButton.setAutoDefault(False)

        self.usersHeader.addWidget(self.unlockButton)

        self.resetPasswordButton = QPushButton(self.usersPage)
        self.resetPasswordButton.setObjectName(u"resetPasswordButton")
        self.resetPasswordButton.setAutoDefault(False)

        self.usersHeader.addWidget(self.resetPasswordButton)

        self.rolesButton = QPushButton(self.usersPage)
        self.rolesButton.setObjectName(u"rolesButton")
        self.rolesButton.setAutoDefault(False)

        self.usersHeader.addWidget(self.rolesButton)

        self.usersHeader.setStretch(0, 1)

        self.usersLayout.addLayout(self.usersHeader)

        self.usersStack = QStackedWidget(self.usersPage)
        self.usersStack.setObjectName(u"usersStack")
        self.usersStackTablePage = QWidget()
        self.usersStackTablePage.setObjectName(u"usersStackTablePage")
        self.usersStackTableLayout = QVBoxLayout(self.usersStackTablePage)
        self.usersStackTableLayout.setObjectName(u"usersStackTableLayout")
        self.usersStackTableLayout.setContentsMargins(0, 0, 0, 0)
        self.usersTable = QTableView(self.usersStackTablePage)
        self.usersTable.setObjectName(u"usersTable")
        self.usersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersTable.setAlternatingRowColors(True)
        self.usersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.usersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.usersTable.setSortingEnabled(True)
        self.usersTable.setWordWrap(False)
        self.usersTable.horizontalHeader().setHighlightSections(False)
        self.usersTable.horizontalHeader().setStretchLastSection(True)
        self.usersTable.verticalHeader().setVisible(False)

        self.usersStackTableLayout.addWidget(self.usersTable)

        self.usersStack.addWidget(self.usersStackTablePage)
        self.usersStackEmptyPage = QWidget()
        self.usersStackEmptyPage.setObjectName(u"usersStackEmptyPage")
        self.usersStackEmptyLayout = QVBoxLayout(self.usersStackEmptyPage)
        self.usersStackEmptyLayout.setObjectName(u"usersStackEmptyLayout")
        self.usersStackEmptyLayout.setContentsMargins(0, 0, 0, 0)
        self.usersEmpty = EmptyState(self.usersStackEmptyPage)
        self.usersEmpty.setObjectName(u"usersEmpty")

        self.usersStackEmptyLayout.addWidget(self.usersEmpty)

        self.usersStack.addWidget(self.usersStackEmptyPage)

        self.usersLayout.addWidget(self.usersStack)

        self.sections.addTab(self.usersPage, "")
        self.officePage = QWidget()
        self.officePage.setObjectName(u"officePage")
        self.officeLayout = QVBoxLayout(self.officePage)
        self.officeLayout.setObjectName(u"officeLayout")
        self.officeColumns = QHBoxLayout()
        self.officeColumns.setSpacing(12)
        self.officeColumns.setObjectName(u"officeColumns")
        self.officeBox = QGroupBox(self.officePage)
        self.officeBox.setObjectName(u"officeBox")
        self.officeForm = QFormLayout(self.officeBox)
        self.officeForm.setObjectName(u"officeForm")
        self.officeNameLabel = QLabel(self.officeBox)
        self.officeNameLabel.setObjectName(u"officeNameLabel")

        self.officeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officeNameLabel)

        self.officeName = QLineEdit(self.officeBox)
        self.officeName.setObjectName(u"officeName")
        self.officeName.setMaxLength(200)

        self.officeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officeName)

        self.officeNameError = QLabel(self.officeBox)
        self.officeNameError.setObjectName(u"officeNameError")
        self.officeNameError.setWordWrap(True)
        self.officeNameError.setProperty(u"role", u"error")

        self.officeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officeNameError)

        self.officeUnitLabel = QLabel(self.officeBox)
        self.officeUnitLabel.setObjectName(u"officeUnitLabel")

        self.officeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.officeUnitLabel)

        self.officeUnit = QLineEdit(self.officeBox)
        self.officeUnit.setObjectName(u"officeUnit")
        self.officeUnit.setMaxLength(200)

        self.officeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.officeUnit)

        self.officeUnitError = QLabel(self.officeBox)
        self.officeUnitError.setObjectName(u"officeUnitError")
        self.officeUnitError.setWordWrap(True)
        self.officeUnitError.setProperty(u"role", u"error")

        self.officeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.officeUnitError)

        self.officeAddressLabel = QLabel(self.officeBox)
        self.officeAddressLabel.setObjectName(u"officeAddressLabel")

        self.officeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.officeAddressLabel)

        self.officeAddress = QPlainTextEdit(self.officeBox)
        self.officeAddress.setObjectName(u"officeAddress")
        self.officeAddress.setTabChangesFocus(True)
        self.officeAddress.setMaximumSize(QSize(16777215, 64))

        self.officeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.officeAddress)

        self.officeAddressError = QLabel(self.officeBox)
        self.officeAddressError.setObjectName(u"officeAddressError")
        self.officeAddressError.setWordWrap(True)
        self.officeAddressError.setProperty(u"role", u"error")

        self.officeForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.officeAddressError)

        self.officePhoneLabel = QLabel(self.officeBox)
        self.officePhoneLabel.setObjectName(u"officePhoneLabel")

        self.officeForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.officePhoneLabel)

        self.officePhone = QLineEdit(self.officeBox)
        self.officePhone.setObjectName(u"officePhone")
        self.officePhone.setMaxLength(40)

        self.officeForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.officePhone)

        self.officePhoneError = QLabel(self.officeBox)
        self.officePhoneError.setObjectName(u"officePhoneError")
        self.officePhoneError.setWordWrap(True)
        self.officePhoneError.setProperty(u"role", u"error")

        self.officeForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.officePhoneError)

        self.officeEmailLabel = QLabel(self.officeBox)
        self.officeEmailLabel.setObjectName(u"officeEmailLabel")

        self.officeForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.officeEmailLabel)

        self.officeEmail = QLineEdit(self.officeBox)
        self.officeEmail.setObjectName(u"officeEmail")
        self.officeEmail.setMaxLength(120)

        self.officeForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.officeEmail)

        self.officeEmailError = QLabel(self.officeBox)
        self.officeEmailError.setObjectName(u"officeEmailError")
        self.officeEmailError.setWordWrap(True)
        self.officeEmailError.setProperty(u"role", u"error")

        self.officeForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.officeEmailError)

        self.officeTimezoneLabel = QLabel(self.officeBox)
        self.officeTimezoneLabel.setObjectName(u"officeTimezoneLabel")

        self.officeForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.officeTimezoneLabel)

        self.officeTimezone = QComboBox(self.officeBox)
        self.officeTimezone.setObjectName(u"officeTimezone")

        self.officeForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.officeTimezone)

        self.officeTimezoneError = QLabel(self.officeBox)
        self.officeTimezoneError.setObjectName(u"officeTimezoneError")
        self.officeTimezoneError.setWordWrap(True)
        self.officeTimezoneError.setProperty(u"role", u"error")

        self.officeForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.officeTimezoneError)

        self.counterCodeLabel = QLabel(self.officeBox)
        self.counterCodeLabel.setObjectName(u"counterCodeLabel")

        self.officeForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.counterCodeLabel)

        self.counterCode = QLabel(self.officeBox)
        self.counterCode.setObjectName(u"counterCode")

        self.officeForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.counterCode)


        self.officeColumns.addWidget(self.officeBox)

        self.signatoryBox = QGroupBox(self.officePage)
        self.signatoryBox.setObjectName(u"signatoryBox")
        self.signatoryForm = QFormLayout(self.signatoryBox)
        self.signatoryForm.setObjectName(u"signatoryForm")
        self.officeSignatoryNameLabel = QLabel(self.signatoryBox)
        self.officeSignatoryNameLabel.setObjectName(u"officeSignatoryNameLabel")

        self.signatoryForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officeSignatoryNameLabel)

        self.officeSignatoryName = QLineEdit(self.signatoryBox)
        self.officeSignatoryName.setObjectName(u"officeSignatoryName")
        self.officeSignatoryName.setMaxLength(200)

        self.signatoryForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officeSignatoryName)

        self.officeSignatoryNameError = QLabel(self.signatoryBox)
        self.officeSignatoryNameError.setObjectName(u"officeSignatoryNameError")
        self.officeSignatoryNameError.setWordWrap(True)
        self.officeSignatoryNameError.setProperty(u"role", u"error")

        self.signatoryForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officeSignatoryNameError)

        self.officeSignatoryTitleLabel = QLabel(self.signatoryBox)
        self.officeSignatoryTitleLabel.setObjectName(u"officeSignatoryTitleLabel")

        self.signatoryForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.officeSignatoryTitleLabel)

        self.officeSignatoryTitle = QLineEdit(self.signatoryBox)
        self.officeSignatoryTitle.setObjectName(u"officeSignatoryTitle")
        self.officeSignatoryTitle.setMaxLength(200)

        self.signatoryForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.officeSignatoryTitle)

        self.officeSignatoryTitleError = QLabel(self.signatoryBox)
        self.officeSignatoryTitleError.setObjectName(u"officeSignatoryTitleError")
        self.officeSignatoryTitleError.setWordWrap(True)
        self.officeSignatoryTitleError.setProperty(u"role", u"error")

        self.signatoryForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.officeSignatoryTitleError)

        self.officeSignatoryNipLabel = QLabel(self.signatoryBox)
        self.officeSignatoryNipLabel.setObjectName(u"officeSignatoryNipLabel")

        self.signatoryForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.officeSignatoryNipLabel)

        self.officeSignatoryNip = QLineEdit(self.signatoryBox)
        self.officeSignatoryNip.setObjectName(u"officeSignatoryNip")
        self.officeSignatoryNip.setMaxLength(21)

        self.signatoryForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.officeSignatoryNip)

        self.officeSignatoryNipError = QLabel(self.signatoryBox)
        self.officeSignatoryNipError.setObjectName(u"officeSignatoryNipError")
        self.officeSignatoryNipError.setWordWrap(True)
        self.officeSignatoryNipError.setProperty(u"role", u"error")

        self.signatoryForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.officeSignatoryNipError)

        self.officeCutiBersamaCloses = QCheckBox(self.signatoryBox)
        self.officeCutiBersamaCloses.setObjectName(u"officeCutiBersamaCloses")

        self.signatoryForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.officeCutiBersamaCloses)

        self.officeOpeningTimeLabel = QLabel(self.signatoryBox)
        self.officeOpeningTimeLabel.setObjectName(u"officeOpeningTimeLabel")

        self.signatoryForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.officeOpeningTimeLabel)

        self.officeOpeningTime = QTimeEdit(self.signatoryBox)
        self.officeOpeningTime.setObjectName(u"officeOpeningTime")

        self.signatoryForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.officeOpeningTime)

        self.officeOpeningTimeError = QLabel(self.signatoryBox)
        self.officeOpeningTimeError.setObjectName(u"officeOpeningTimeError")
        self.officeOpeningTimeError.setWordWrap(True)
        self.officeOpeningTimeError.setProperty(u"role", u"error")

        self.signatoryForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.officeOpeningTimeError)

        self.officeClosingTimeLabel = QLabel(self.signatoryBox)
        self.officeClosingTimeLabel.setObjectName(u"officeClosingTimeLabel")

        self.signatoryForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.officeClosingTimeLabel)

        self.officeClosingTime = QTimeEdit(self.signatoryBox)
        self.officeClosingTime.setObjectName(u"officeClosingTime")

        self.signatoryForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.officeClosingTime)

        self.officeClosingTimeError = QLabel(self.signatoryBox)
        self.officeClosingTimeError.setObjectName(u"officeClosingTimeError")
        self.officeClosingTimeError.setWordWrap(True)
        self.officeClosingTimeError.setProperty(u"role", u"error")

        self.signatoryForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.officeClosingTimeError)

        self.officeIdleLockMinutesLabel = QLabel(self.signatoryBox)
        self.officeIdleLockMinutesLabel.setObjectName(u"officeIdleLockMinutesLabel")

        self.signatoryForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.officeIdleLockMinutesLabel)

        self.officeIdleLockMinutes = QSpinBox(self.signatoryBox)
        self.officeIdleLockMinutes.setObjectName(u"officeIdleLockMinutes")
        self.officeIdleLockMinutes.setMinimum(1)
        self.officeIdleLockMinutes.setMaximum(120)

        self.signatoryForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.officeIdleLockMinutes)

        self.officeIdleLockMinutesError = QLabel(self.signatoryBox)
        self.officeIdleLockMinutesError.setObjectName(u"officeIdleLockMinutesError")
        self.officeIdleLockMinutesError.setWordWrap(True)
        self.officeIdleLockMinutesError.setProperty(u"role", u"error")

        self.signatoryForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.officeIdleLockMinutesError)


        self.officeColumns.addWidget(self.signatoryBox)


        self.officeLayout.addLayout(self.officeColumns)

        self.officeGeneralError = QLabel(self.officePage)
        self.officeGeneralError.setObjectName(u"officeGeneralError")
        self.officeGeneralError.setWordWrap(True)
        self.officeGeneralError.setProperty(u"role", u"error")

        self.officeLayout.addWidget(self.officeGeneralError)

        self.officeButtons = QHBoxLayout()
        self.officeButtons.setObjectName(u"officeButtons")
        self.officeSavedLabel = QLabel(self.officePage)
        self.officeSavedLabel.setObjectName(u"officeSavedLabel")

        self.officeButtons.addWidget(self.officeSavedLabel)

        self.officeButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.officeButtons.addItem(self.officeButtonSpacer)

        self.saveOfficeButton = QPushButton(self.officePage)
        self.saveOfficeButton.setObjectName(u"saveOfficeButton")
        self.saveOfficeButton.setAutoDefault(False)
        self.saveOfficeButton.setProperty(u"primary", True)

        self.officeButtons.addWidget(self.saveOfficeButton)


        self.officeLayout.addLayout(self.officeButtons)

        self.officeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.officeLayout.addItem(self.officeSpacer)

        self.sections.addTab(self.officePage, "")
        self.calendarPage = QWidget()
        self.calendarPage.setObjectName(u"calendarPage")
        self.calendarLayout = QVBoxLayout(self.calendarPage)
        self.calendarLayout.setObjectName(u"calendarLayout")
        self.calendarHeader = QHBoxLayout()
        self.calendarHeader.setSpacing(8)
        self.calendarHeader.setObjectName(u"calendarHeader")
        self.calendarYearLabel = QLabel(self.calendarPage)
        self.calendarYearLabel.setObjectName(u"calendarYearLabel")

        self.calendarHeader.addWidget(self.calendarYearLabel)

        self.calendarYear = QSpinBox(self.calendarPage)
        self.calendarYear.setObjectName(u"calendarYear")
        self.calendarYear.setMinimum(2000)
        self.calendarYear.setMaximum(2100)

        self.calendarHeader.addWidget(self.calendarYear)

        self.calendarSummary = QLabel(self.calendarPage)
        self.calendarSummary.setObjectName(u"calendarSummary")
        self.calendarSummary.setWordWrap(True)
        self.calendarSummary.setProperty(u"role", u"summary")

        self.calendarHeader.addWidget(self.calendarSummary)

        self.addClosureButton = QPushButton(self.calendarPage)
        self.addClosureButton.setObjectName(u"addClosureButton")
        self.addClosureButton.setAutoDefault(False)
        self.addClosureButton.setProperty(u"primary", True)

        self.calendarHeader.addWidget(self.addClosureButton)

        self.removeClosureButton = QPushButton(self.calendarPage)
        self.removeClosureButton.setObjectName(u"removeClosureButton")
        self.removeClosureButton.setAutoDefault(False)

        self.calendarHeader.addWidget(self.removeClosureButton)

        self.calendarHeader.setStretch(2, 1)

        self.calendarLayout.addLayout(self.calendarHeader)

        self.coverageWarning = QLabel(self.calendarPage)
        self.coverageWarning.setObjectName(u"coverageWarning")
        self.coverageWarning.setWordWrap(True)
        self.coverageWarning.setProperty(u"role", u"warning")

        self.calendarLayout.addWidget(self.coverageWarning)

        self.closedStack = QStackedWidget(self.calendarPage)
        self.closedStack.setObjectName(u"closedStack")
        self.closedStackTablePage = QWidget()
        self.closedStackTablePage.setObjectName(u"closedStackTablePage")
        self.closedStackTableLayout = QVBoxLayout(self.closedStackTablePage)
        self.closedStackTableLayout.setObjectName(u"closedStackTableLayout")
        self.closedStackTableLayout.setContentsMargins(0, 0, 0, 0)
        self.closedTable = QTableView(self.closedStackTablePage)
        self.closedTable.setObjectName(u"closedTable")
        self.closedTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.closedTable.setAlternatingRowColors(True)
        self.closedTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.closedTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.closedTable.setSortingEnabled(True)
        self.closedTable.setWordWrap(False)
        self.closedTable.horizontalHeader().setHighlightSections(False)
        self.closedTable.horizontalHeader().setStretchLastSection(True)
        self.closedTable.verticalHeader().setVisible(False)

        self.closedStackTableLayout.addWidget(self.closedTable)

        self.closedStack.addWidget(self.closedStackTablePage)
        self.closedStackEmptyPage = QWidget()
        self.closedStackEmptyPage.setObjectName(u"closedStackEmptyPage")
        self.closedStackEmptyLayout = QVBoxLayout(self.closedStackEmptyPage)
        self.closedStackEmptyLayout.setObjectName(u"closedStackEmptyLayout")
        self.closedStackEmptyLayout.setContentsMargins(0, 0, 0, 0)
        self.closedEmpty = EmptyState(self.closedStackEmptyPage)
        self.closedEmpty.setObjectName(u"closedEmpty")

        self.closedStackEmptyLayout.addWidget(self.closedEmpty)

        self.closedStack.addWidget(self.closedStackEmptyPage)

        self.calendarLayout.addWidget(self.closedStack)

        self.sections.addTab(self.calendarPage, "")

        self.tabLayout.addWidget(self.sections)

#if QT_CONFIG(shortcut)
        self.officeNameLabel.setBuddy(self.officeName)
        self.officeUnitLabel.setBuddy(self.officeUnit)
        self.officeAddressLabel.setBuddy(self.officeAddress)
        self.officePhoneLabel.setBuddy(self.officePhone)
        self.officeEmailLabel.setBuddy(self.officeEmail)
        self.officeTimezoneLabel.setBuddy(self.officeTimezone)
        self.officeSignatoryNameLabel.setBuddy(self.officeSignatoryName)
        self.officeSignatoryTitleLabel.setBuddy(self.officeSignatoryTitle)
        self.officeSignatoryNipLabel.setBuddy(self.officeSignatoryNip)
        self.officeOpeningTimeLabel.setBuddy(self.officeOpeningTime)
        self.officeClosingTimeLabel.setBuddy(self.officeClosingTime)
        self.officeIdleLockMinutesLabel.setBuddy(self.officeIdleLockMinutes)
        self.calendarYearLabel.setBuddy(self.calendarYear)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdminTab)

        QMetaObject.connectSlotsByName(AdminTab)
    # setupUi

    def retranslateUi(self, AdminTab):
        self.usersSummary.setText("")
        self.addUserButton.setText(QCoreApplication.translate("AdminTab", u"Tambah pengguna (Ctrl+N)", None))
        self.toggleActiveButton.setText(QCoreApplication.translate("AdminTab", u"Nonaktifkan", None))
#if QT_CONFIG(tooltip)
        self.unlockButton.setToolTip(QCoreApplication.translate("AdminTab", u"Buka akun yang terkunci karena terlalu banyak percobaan masuk yang gagal", None))
#endif // QT_CONFIG(tooltip)
        self.unlockButton.setText(QCoreApplication.translate("AdminTab", u"Buka kunci", None))
        self.resetPasswordButton.setText(QCoreApplication.translate("AdminTab", u"Atur ulang kata sandi", None))
        self.rolesButton.setText(QCoreApplication.translate("AdminTab", u"Ubah peran", None))
        self.sections.setTabText(self.sections.indexOf(self.usersPage), QCoreApplication.translate("AdminTab", u"Pengguna", None))
        self.officeBox.setTitle(QCoreApplication.translate("AdminTab", u"Kantor", None))
        self.officeNameLabel.setText(QCoreApplication.translate("AdminTab", u"&Nama kantor *", None))
        self.officeNameError.setText("")
        self.officeUnitLabel.setText(QCoreApplication.translate("AdminTab", u"&Unit kerja", None))
        self.officeUnitError.setText("")
        self.officeAddressLabel.setText(QCoreApplication.translate("AdminTab", u"&Alamat", None))
        self.officeAddressError.setText("")
        self.officePhoneLabel.setText(QCoreApplication.translate("AdminTab", u"&Telepon", None))
        self.officePhoneError.setText("")
        self.officeEmailLabel.setText(QCoreApplication.translate("AdminTab", u"S&urel", None))
        self.officeEmailError.setText("")
        self.officeTimezoneLabel.setText(QCoreApplication.translate("AdminTab", u"&Zona waktu", None))
        self.officeTimezoneError.setText("")
        self.counterCodeLabel.setText(QCoreApplication.translate("AdminTab", u"Kode loket", None))
        self.counterCode.setText("")
#if QT_CONFIG(tooltip)
        self.counterCode.setToolTip(QCoreApplication.translate("AdminTab", u"Kode loket tidak dapat diubah karena sudah menjadi bagian nomor yang diterbitkan.", None))
#endif // QT_CONFIG(tooltip)
        self.signatoryBox.setTitle(QCoreApplication.translate("AdminTab", u"Penandatangan dan jam layanan", None))
        self.officeSignatoryNameLabel.setText(QCoreApplication.translate("AdminTab", u"Nama penan&datangan", None))
        self.officeSignatoryNameError.setText("")
        self.officeSignatoryTitleLabel.setText(QCoreApplication.translate("AdminTab", u"&Jabatan", None))
        self.officeSignatoryTitleError.setText("")
        self.officeSignatoryNipLabel.setText(QCoreApplication.translate("AdminTab", u"N&IP", None))
        self.officeSignatoryNipError.setText("")
        self.officeCutiBersamaCloses.setText(QCoreApplication.translate("AdminTab", u"Loket tutup pada hari &cuti bersama", None))
        self.officeOpeningTimeLabel.setText(QCoreApplication.translate("AdminTab", u"Jam &buka", None))
        self.officeOpeningTime.setDisplayFormat(QCoreApplication.translate("AdminTab", u"HH.mm", None))
        self.officeOpeningTimeError.setText("")
        self.officeClosingTimeLabel.setText(QCoreApplication.translate("AdminTab", u"Jam &tutup", None))
        self.officeClosingTime.setDisplayFormat(QCoreApplication.translate("AdminTab", u"HH.mm", None))
        self.officeClosingTimeError.setText("")
        self.officeIdleLockMinutesLabel.setText(QCoreApplication.translate("AdminTab", u"&Kunci layar setelah", None))
        self.officeIdleLockMinutes.setSuffix(QCoreApplication.translate("AdminTab", u" menit tanpa aktivitas", None))
        self.officeIdleLockMinutesError.setText("")
        self.officeGeneralError.setText("")
        self.officeSavedLabel.setText("")
        self.saveOfficeButton.setText(QCoreApplication.translate("AdminTab", u"Simpan profil (Ctrl+S)", None))
        self.sections.setTabText(self.sections.indexOf(self.officePage), QCoreApplication.translate("AdminTab", u"Profil kantor", None))
        self.calendarYearLabel.setText(QCoreApplication.translate("AdminTab", u"&Tahun", None))
        self.calendarSummary.setText("")
        self.addClosureButton.setText(QCoreApplication.translate("AdminTab", u"Tambah hari tutup kantor\u2026", None))
        self.removeClosureButton.setText(QCoreApplication.translate("AdminTab", u"Hapus hari tutup", None))
        self.coverageWarning.setText("")
        self.sections.setTabText(self.sections.indexOf(self.calendarPage), QCoreApplication.translate("AdminTab", u"Kalender", None))
        pass
    # retranslateUi

