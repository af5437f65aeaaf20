# Generated from ui/dialogs/new_application.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_application.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_NewApplicationDialog(object):
    def setupUi(self, NewApplicationDialog):
        if not NewApplicationDialog.objectName():
            NewApplicationDialog.setObjectName(u"NewApplicationDialog")
        NewApplicationDialog.resize(1240, 680)
        NewApplicationDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(NewApplicationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.heading = QLabel(NewApplicationDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setProperty(u"role", u"heading")

        self.titleLayout.addWidget(self.heading)

        self.draftNote = QLabel(NewApplicationDialog)
        self.draftNote.setObjectName(u"draftNote")
        self.draftNote.setProperty(u"role", u"warning")

        self.titleLayout.addWidget(self.draftNote)

        self.titleStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleLayout.addItem(self.titleStretch)


        self.dialogLayout.addLayout(self.titleLayout)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(10)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.applicantBox = QGroupBox(NewApplicationDialog)
        self.applicantBox.setObjectName(u"applicantBox")
        self.applicantLayout = QVBoxLayout(self.applicantBox)
        self.applicantLayout.setObjectName(u"applicantLayout")
        self.applicantSearchLayout = QHBoxLayout()
        self.applicantSearchLayout.setObjectName(u"applicantSearchLayout")
        self.applicantSearchLabel = QLabel(self.applicantBox)
        self.applicantSearchLabel.setObjectName(u"applicantSearchLabel")

        self.applicantSearchLayout.addWidget(self.applicantSearchLabel)

        self.applicantSearch = QLineEdit(self.applicantBox)
        self.applicantSearch.setObjectName(u"applicantSearch")
        self.applicantSearch.setClearButtonEnabled(True)

        self.applicantSearchLayout.addWidget(self.applicantSearch)


        self.applicantLayout.addLayout(self.applicantSearchLayout)

        self.applicantSearchError = QLabel(self.applicantBox)
        self.applicantSearchError.setObjectName(u"applicantSearchError")
        self.applicantSearchError.setWordWrap(True)
        self.applicantSearchError.setProperty(u"role", u"error")

        self.applicantLayout.addWidget(self.applicantSearchError)

        self.applicantModeLabel = QLabel(self.applicantBox)
        self.applicantModeLabel.setObjectName(u"applicantModeLabel")
        self.applicantModeLabel.setProperty(u"role", u"subheading")

        self.applicantLayout.addWidget(self.applicantModeLabel)

        self.applicantPages = QStackedWidget(self.applicantBox)
        self.applicantPages.setObjectName(u"applicantPages")
        self.resultsPage = QWidget()
        self.resultsPage.setObjectName(u"resultsPage")
        self.resultsLayout = QVBoxLayout(self.resultsPage)
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.resultsLayout.setContentsMargins(0, 0, 0, 0)
        self.resultsHint = QLabel(self.resultsPage)
        self.resultsHint.setObjectName(u"resultsHint")
        self.resultsHint.setWordWrap(True)
        self.resultsHint.setProperty(u"role", u"hint")

        self.resultsLayout.addWidget(self.resultsHint)

        self.applicantResults = QListWidget(self.resultsPage)
        self.applicantResults.setObjectName(u"applicantResults")
        self.applicantResults.setAlternatingRowColors(True)

        self.resultsLayout.addWidget(self.applicantResults)

        self.newApplicantLayout = QHBoxLayout()
        self.newApplicantLayout.setObjectName(u"newApplicantLayout")
        self.newPersonButton = QPushButton(self.resultsPage)
        self.newPersonButton.setObjectName(u"newPersonButton")
        self.newPersonButton.setAutoDefault(False)

        self.newApplicantLayout.addWidget(self.newPersonButton)

        self.newBusinessButton = QPushButton(self.resultsPage)
        self.newBusinessButton.setObjectName(u"newBusinessButton")
        self.newBusinessButton.setAutoDefault(False)

        self.newApplicantLayout.addWidget(self.newBusinessButton)

        self.newApplicantStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.newApplicantLayout.addItem(self.newApplicantStretch)


        self.resultsLayout.addLayout(self.newApplicantLayout)

        self.resultsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.resultsLayout.addItem(self.resultsSpacer)

        self.resultsLayout.setStretch(1, 1)
        self.applicantPages.addWidget(self.resultsPage)
        self.pickedPage = QWidget()
        self.pickedPage.setObjectName(u"pickedPage")
        self.pickedLayout = QVBoxLayout(self.pickedPage)
        self.pickedLayout.setObjectName(u"pickedLayout")
        self.pickedLayout.setContentsMargins(0, 0, 0, 0)
        self.pickedRow = QHBoxLayout()
        self.pickedRow.setSpacing(12)
        self.pickedRow.setObjectName(u"pickedRow")
        self.pickedPhoto = QLabel(self.pickedPage)
        self.pickedPhoto.setObjectName(u"pickedPhoto")
        self.pickedPhoto.setMinimumSize(QSize(90, 120))
        self.pickedPhoto.setMaximumSize(QSize(90, 120))
        self.pickedPhoto.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pickedPhoto.setFrameShape(QFrame.Shape.Box)

        self.pickedRow.addWidget(self.pickedPhoto)

        self.pickedSummary = QLabel(self.pickedPage)
        self.pickedSummary.setObjectName(u"pickedSummary")
        self.pickedSummary.setWordWrap(True)
        self.pickedSummary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pickedSummary.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.pickedRow.addWidget(self.pickedSummary)

        self.pickedRow.setStretch(1, 1)

        self.pickedLayout.addLayout(self.pickedRow)

        self.pickedButtons = QHBoxLayout()
        self.pickedButtons.setObjectName(u"pickedButtons")
        self.changeApplicantButton = QPushButton(self.pickedPage)
        self.changeApplicantButton.setObjectName(u"changeApplicantButton")
        self.changeApplicantButton.setAutoDefault(False)

        self.pickedButtons.addWidget(self.changeApplicantButton)

        self.pickedStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pickedButtons.addItem(self.pickedStretch)


        self.pickedLayout.addLayout(self.pickedButtons)

        self.pickedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pickedLayout.addItem(self.pickedSpacer)

        self.applicantPages.addWidget(self.pickedPage)
        self.personPage = QWidget()
        self.personPage.setObjectName(u"personPage")
        self.personPageLayout = QVBoxLayout(self.personPage)
        self.personPageLayout.setObjectName(u"personPageLayout")
        self.personPageLayout.setContentsMargins(0, 0, 0, 0)
        self.personLayout = QHBoxLayout()
        self.personLayout.setSpacing(12)
        self.personLayout.setObjectName(u"personLayout")
        self.personForm = QFormLayout()
        self.personForm.setObjectName(u"personForm")
        self.personForm.setVerticalSpacing(4)
        self.personNikLabel = QLabel(self.personPage)
        self.personNikLabel.setObjectName(u"personNikLabel")

        self.personForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personNikLabel)

        self.personNik = QLineEdit(self.personPage)
        self.personNik.setObjectName(u"personNik")
        self.personNik.setMaxLength(24)

        self.personForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personNik)

        self.personNikError = QLabel(self.personPage)
        self.personNikError.setObjectName(u"personNikError")
        self.personNikError.setWordWrap(True)
        self.personNikError.setProperty(u"role", u"error")

        self.personForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personNikError)

        self.personNameLabel = QLabel(self.personPage)
        self.personNameLabel.setObjectName(u"personNameLabel")

        self.personForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.personNameLabel)

        self.personName = QLineEdit(self.personPage)
        self.personName.setObjectName(u"personName")
        self.personName.setMaxLength(200)

        self.personForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.personName)

        self.personNameError = QLabel(self.personPage)
        self.personNameError.setObjectName(u"personNameError")
        self.personNameError.setWordWrap(True)
        self.personNameError.setProperty(u"role", u"error")

        self.personForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.personNameError)

        self.personBornLabel = QLabel(self.personPage)
        self.personBornLabel.setObjectName(u"personBornLabel")

        self.personForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.personBornLabel)

        self.personBornLayout = QHBoxLayout()
        self.personBornLayout.setSpacing(6)
        self.personBornLayout.setObjectName(u"personBornLayout")
        self.personBirthPlace = QLineEdit(self.personPage)
        self.personBirthPlace.setObjectName(u"personBirthPlace")
        self.personBirthPlace.setMaxLength(100)

        self.personBornLayout.addWidget(self.personBirthPlace)

        self.personBirthDate = QLineEdit(self.personPage)
        self.personBirthDate.setObjectName(u"personBirthDate")
        self.personBirthDate.setMaxLength(10)
        self.personBirthDate.setMaximumSize(QSize(120, 16777215))

        self.personBornLayout.addWidget(self.personBirthDate)

        self.personBornLayout.setStretch(0, 1)

        self.personForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.personBornLayout)

        self.personBirthDateNotes = QVBoxLayout()
        self.personBirthDateNotes.setSpacing(2)
        self.personBirthDateNotes.setObjectName(u"personBirthDateNotes")
        self.personBirthDateError = QLabel(self.personPage)
        self.personBirthDateError.setObjectName(u"personBirthDateError")
        self.personBirthDateError.setWordWrap(True)
        self.personBirthDateError.setProperty(u"role", u"error")

        self.personBirthDateNotes.addWidget(self.personBirthDateError)

        self.personBirthDateWarning = QLabel(self.personPage)
        self.personBirthDateWarning.setObjectName(u"personBirthDateWarning")
        self.personBirthDateWarning.setWordWrap(True)
        self.personBirthDateWarning.setProperty(u"role", u"warning")

        self.personBirthDateNotes.addWidget(self.personBirthDateWarning)


        self.personForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.personBirthDateNotes)

        self.personSexLabel = QLabel(self.personPage)
        self.personSexLabel.setObjectName(u"personSexLabel")

        self.personForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.personSexLabel)

        self.personSex = QComboBox(self.personPage)
        self.personSex.setObjectName(u"personSex")

        self.personForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.personSex)

        self.personSexNotes = QVBoxLayout()
        self.personSexNotes.setSpacing(2)
        self.personSexNotes.setObjectName(u"personSexNotes")
        self.personSexError = QLabel(self.personPage)
        self.personSexError.setObjectName(u"personSexError")
        self.personSexError.setWordWrap(True)
        self.personSexError.setProperty(u"role", u"error")

        self.personSexNotes.addWidget(self.personSexError)

        self.personSexWarning = QLabel(self.personPage)
        self.personSexWarning.setObjectName(u"personSexWarning")
        self.personSexWarning.setWordWrap(True)
        self.personSexWarning.setProperty(u"role", u"warning")

        self.personSexNotes.addWidget(self.personSexWarning)


        self.personForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.personSexNotes)

        self.personPhoneLabel = QLabel(self.personPage)
        self.personPhoneLabel.setObjectName(u"personPhoneLabel")

        self.personForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.personPhoneLabel)

        self.personPhone = QLineEdit(self.personPage)
        self.personPhone.setObjectName(u"personPhone")
        self.personPhone.setMaxLength(20)

        self.personForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.personPhone)

        self.personPhoneError = QLabel(self.personPage)
        self.personPhoneError.setObjectName(u"personPhoneError")
        self.personPhoneError.setWordWrap(True)
        self.personPhoneError.setProperty(u"role", u"error")

        self.personForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.personPhoneError)

        self.personEmailLabel = QLabel(self.personPage)
        self.personEmailLabel.setObjectName(u"personEmailLabel")

        self.personForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.personEmailLabel)

        self.personEmail = QLineEdit(self.personPage)
        self.personEmail.setObjectName(u"personEmail")
        self.personEmail.setMaxLength(120)

        self.personForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.personEmail)

        self.personEmailError = QLabel(self.personPage)
        self.personEmailError.setObjectName(u"personEmailError")
        self.personEmailError.setWordWrap(True)
        self.personEmailError.setProperty(u"role", u"error")

        self.personForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.personEmailError)

        self.personNipLabel = QLabel(self.personPage)
        self.personNipLabel.setObjectName(u"personNipLabel")

        self.personForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.personNipLabel)

        self.personNip = QLineEdit(self.personPage)
        self.personNip.setObjectName(u"personNip")
        self.personNip.setMaxLength(24)

        self.personForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.personNip)

        self.personNipError = QLabel(self.personPage)
        self.personNipError.setObjectName(u"personNipError")
        self.personNipError.setWordWrap(True)
        self.personNipError.setProperty(u"role", u"error")

        self.personForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.personNipError)

        self.personAgencyLabel = QLabel(self.personPage)
        self.personAgencyLabel.setObjectName(u"personAgencyLabel")

        self.personForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.personAgencyLabel)

        self.personAgency = QLineEdit(self.personPage)
        self.personAgency.setObjectName(u"personAgency")
        self.personAgency.setMaxLength(200)

        self.personForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.personAgency)

        self.personAddressLabel = QLabel(self.personPage)
        self.personAddressLabel.setObjectName(u"personAddressLabel")

        self.personForm.setWidget(15, QFormLayout.ItemRole.LabelRole, self.personAddressLabel)

        self.personAddress = QPlainTextEdit(self.personPage)
        self.personAddress.setObjectName(u"personAddress")
        self.personAddress.setTabChangesFocus(True)
        self.personAddress.setMaximumSize(QSize(16777215, 52))

        self.personForm.setWidget(15, QFormLayout.ItemRole.FieldRole, self.personAddress)


        self.personLayout.addLayout(self.personForm)

        self.personPhotoLayout = QVBoxLayout()
        self.personPhotoLayout.setObjectName(u"personPhotoLayout")
        self.personPhotoPreview = QLabel(self.personPage)
        self.personPhotoPreview.setObjectName(u"personPhotoPreview")
        self.personPhotoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.personPhotoPreview.setMinimumSize(QSize(90, 120))
        self.personPhotoPreview.setMaximumSize(QSize(90, 120))
        self.personPhotoPreview.setFrameShape(QFrame.Shape.Box)
        self.personPhotoPreview.setProperty(u"role", u"hint")

        self.personPhotoLayout.addWidget(self.personPhotoPreview)

        self.personPhotoButton = QPushButton(self.personPage)
        self.personPhotoButton.setObjectName(u"personPhotoButton")
        self.personPhotoButton.setAutoDefault(False)

        self.personPhotoLayout.addWidget(self.personPhotoButton)

        self.personPhotoClearButton = QPushButton(self.personPage)
        self.personPhotoClearButton.setObjectName(u"personPhotoClearButton")
        self.personPhotoClearButton.setAutoDefault(False)
        self.personPhotoClearButton.setEnabled(False)

        self.personPhotoLayout.addWidget(self.personPhotoClearButton)

        self.personPhotoError = QLabel(self.personPage)
        self.personPhotoError.setObjectName(u"personPhotoError")
        self.personPhotoError.setWordWrap(True)
        self.personPhotoError.setProperty(u"role", u"error")

        self.personPhotoLayout.addWidget(self.personPhotoError)

        self.personPhotoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.personPhotoLayout.addItem(self.personPhotoSpacer)


        self.personLayout.addLayout(self.personPhotoLayout)

        self.personLayout.setStretch(0, 1)

        self.personPageLayout.addLayout(self.personLayout)

        self.personSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.personPageLayout.addItem(self.personSpacer)

        self.personPageLayout.setStretch(1, 1)
        self.applicantPages.addWidget(self.personPage)
        self.businessPage = QWidget()
        self.businessPage.setObjectName(u"businessPage")
        self.businessLayout = QVBoxLayout(self.businessPage)
        self.businessLayout.setObjectName(u"businessLayout")
        self.businessLayout.setContentsMargins(0, 0, 0, 0)
        self.businessForm = QFormLayout()
        self.businessForm.setObjectName(u"businessForm")
        self.businessForm.setVerticalSpacing(4)
        self.businessNibLabel = QLabel(self.businessPage)
        self.businessNibLabel.setObjectName(u"businessNibLabel")

        self.businessForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.businessNibLabel)

        self.businessNib = QLineEdit(self.businessPage)
        self.businessNib.setObjectName(u"businessNib")
        self.businessNib.setMaxLength(20)

        self.businessForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.businessNib)

        self.businessNibError = QLabel(self.businessPage)
        self.businessNibError.setObjectName(u"businessNibError")
        self.businessNibError.setWordWrap(True)
        self.businessNibError.setProperty(u"role", u"error")

        self.businessForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.businessNibError)

        self.businessNameLabel = QLabel(self.businessPage)
        self.businessNameLabel.setObjectName(u"businessNameLabel")

        self.businessForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.businessNameLabel)

        self.businessName = QLineEdit(self.businessPage)
        self.businessName.setObjectName(u"businessName")
        self.businessName.setMaxLength(200)

        self.businessForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.businessName)

        self.businessNameError = QLabel(self.businessPage)
        self.businessNameError.setObjectName(u"businessNameError")
        self.businessNameError.setWordWrap(True)
        self.businessNameError.setProperty(u"role", u"error")

        self.businessForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.businessNameError)

        self.businessKbliLabel = QLabel(self.businessPage)
        self.businessKbliLabel.setObjectName(u"businessKbliLabel")

        self.businessForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.businessKbliLabel)

        self.businessKbli = QLineEdit(self.businessPage)
        self.businessKbli.setObjectName(u"businessKbli")
        self.businessKbli.setMaxLength(5)

        self.businessForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.businessKbli)

        self.businessKbliError = QLabel(self.businessPage)
        self.businessKbliError.setObjectName(u"businessKbliError")
        self.businessKbliError.setWordWrap(True)
        self.businessKbliError.setProperty(u"role", u"error")

        self.businessForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.businessKbliError)

        self.businessContactPersonLabel = QLabel(self.businessPage)
        self.businessContactPersonLabel.setObjectName(u"businessContactPersonLabel")

        self.businessForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.businessContactPersonLabel)

        self.businessContactPerson = QLineEdit(self.businessPage)
        self.businessContactPerson.setObjectName(u"businessContactPerson")
        self.businessContactPerson.setMaxLength(200)

        self.businessForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.businessContactPerson)

        self.businessPhoneLabel = QLabel(self.businessPage)
        self.businessPhoneLabel.setObjectName(u"businessPhoneLabel")

        self.businessForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.businessPhoneLabel)

        self.businessPhone = QLineEdit(self.businessPage)
        self.businessPhone.setObjectName(u"businessPhone")
        self.businessPhone.setMaxLength(20)

        self.businessForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.businessPhone)

        self.businessPhoneError = QLabel(self.businessPage)
        self.businessPhoneError.setObjectName(u"businessPhoneError")
        self.businessPhoneError.setWordWrap(True)
        self.businessPhoneError.setProperty(u"role", u"error")

        self.businessForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.businessPhoneError)

        self.businessEmailLabel = QLabel(self.businessPage)
        self.businessEmailLabel.setObjectName(u"businessEmailLabel")

        self.businessForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.businessEmailLabel)

        self.businessEmail = QLineEdit(self.businessPage)
        self.businessEmail.setObjectName(u"businessEmail")
        self.businessEmail.setMaxLength(120)

        self.businessForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.businessEmail)

        self.businessEmailError = QLabel(self.businessPage)
        self.businessEmailError.setObjectName(u"businessEmailError")
        self.businessEmailError.setWordWrap(True)
        self.businessEmailError.setProperty(u"role", u"error")

        self.businessForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.businessEmailError)

        self.businessAddressLabel = QLabel(self.businessPage)
        self.businessAddressLabel.setObjectName(u"businessAddressLabel")

        self.businessForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.businessAddressLabel)

        self.businessAddress = QPlainTextEdit(self.businessPage)
        self.businessAddress.setObjectName(u"businessAddress")
        self.businessAddress.setTabChangesFocus(True)
        self.businessAddress.setMaximumSize(QSize(16777215, 52))

        self.businessForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.businessAddress)


        self.businessLayout.addLayout(self.businessForm)

        self.businessSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.businessLayout.addItem(self.businessSpacer)

        self.businessLayout.setStretch(1, 1)
        self.applicantPages.addWidget(self.businessPage)

        self.applicantLayout.addWidget(self.applicantPages)

        self.duplicatePanel = QFrame(self.applicantBox)
        self.duplicatePanel.setObjectName(u"duplicatePanel")
        self.duplicateLayout = QHBoxLayout(self.duplicatePanel)
        self.duplicateLayout.setObjectName(u"duplicateLayout")
        self.duplicateLayout.setContentsMargins(0, 0, 0, 0)
        self.duplicateLabel = QLabel(self.duplicatePanel)
        self.duplicateLabel.setObjectName(u"duplicateLabel")
        self.duplicateLabel.setWordWrap(True)
        self.duplicateLabel.setProperty(u"role", u"warning")

        self.duplicateLayout.addWidget(self.duplicateLabel)

        self.openExistingButton = QPushButton(self.duplicatePanel)
        self.openExistingButton.setObjectName(u"openExistingButton")
        self.openExistingButton.setAutoDefault(False)
        self.openExistingButton.setProperty(u"primary", True)

        self.duplicateLayout.addWidget(self.openExistingButton)

        self.duplicateLayout.setStretch(0, 1)

        self.applicantLayout.addWidget(self.duplicatePanel)

        self.applicantLayout.setStretch(3, 1)

        self.columnsLayout.addWidget(self.applicantBox)

        self.serviceBox = QGroupBox(NewApplicationDialog)
        self.serviceBox.setObjectName(u"serviceBox")
        self.serviceLayout = QVBoxLayout(self.serviceBox)
        self.serviceLayout.setObjectName(u"serviceLayout")
        self.serviceSearchLayout = QHBoxLayout()
        self.serviceSearchLayout.setObjectName(u"serviceSearchLayout")
        self.serviceSearchLabel = QLabel(self.serviceBox)
        self.serviceSearchLabel.setObjectName(u"serviceSearchLabel")

        self.serviceSearchLayout.addWidget(self.serviceSearchLabel)

        self.serviceSearch = QLineEdit(self.serviceBox)
        self.serviceSearch.setObjectName(u"serviceSearch")
        self.serviceSearch.setClearButtonEnabled(True)

        self.serviceSearchLayout.addWidget(self.serviceSearch)


        self.serviceLayout.addLayout(self.serviceSearchLayout)

        self.serviceSearchError = QLabel(self.serviceBox)
        self.serviceSearchError.setObjectName(u"serviceSearchError")
        self.serviceSearchError.setWordWrap(True)
        self.serviceSearchError.setProperty(u"role", u"error")

        self.serviceLayout.addWidget(self.serviceSearchError)

        self.serviceList = QListWidget(self.serviceBox)
        self.serviceList.setObjectName(u"serviceList")
        self.serviceList.setAlternatingRowColors(True)
        self.serviceList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.serviceLayout.addWidget(self.serviceList)

        self.serviceInfo = QLabel(self.serviceBox)
        self.serviceInfo.setObjectName(u"serviceInfo")
        self.serviceInfo.setWordWrap(True)
        self.serviceInfo.setProperty(u"role", u"hint")

        self.serviceLayout.addWidget(self.serviceInfo)

        self.receivedHeader = QHBoxLayout()
        self.receivedHeader.setObjectName(u"receivedHeader")
        self.receivedLabel = QLabel(self.serviceBox)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.receivedHeader.addWidget(self.receivedLabel)

        self.receivedAllButton = QPushButton(self.serviceBox)
        self.receivedAllButton.setObjectName(u"receivedAllButton")
        self.receivedAllButton.setAutoDefault(False)

        self.receivedHeader.addWidget(self.receivedAllButton)

        self.receivedHeader.setStretch(0, 1)

        self.serviceLayout.addLayout(self.receivedHeader)

        self.received = QListWidget(self.serviceBox)
        self.received.setObjectName(u"received")
        self.received.setAlternatingRowColors(True)
        self.received.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.received.setWordWrap(True)

        self.serviceLayout.addWidget(self.received)

        self.receivedCount = QLabel(self.serviceBox)
        self.receivedCount.setObjectName(u"receivedCount")
        self.receivedCount.setWordWrap(True)
        self.receivedCount.setProperty(u"role", u"hint")

        self.serviceLayout.addWidget(self.receivedCount)

        self.receivedError = QLabel(self.serviceBox)
        self.receivedError.setObjectName(u"receivedError")
        self.receivedError.setWordWrap(True)
        self.receivedError.setProperty(u"role", u"error")

        self.serviceLayout.addWidget(self.receivedError)

        self.serviceForm = QFormLayout()
        self.serviceForm.setObjectName(u"serviceForm")
        self.channelLabel = QLabel(self.serviceBox)
        self.channelLabel.setObjectName(u"channelLabel")

        self.serviceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channel = QComboBox(self.serviceBox)
        self.channel.setObjectName(u"channel")

        self.serviceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channel)

        self.channelError = QLabel(self.serviceBox)
        self.channelError.setObjectName(u"channelError")
        self.channelError.setWordWrap(True)
        self.channelError.setProperty(u"role", u"error")

        self.serviceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channelError)

        self.notesLabel = QLabel(self.serviceBox)
        self.notesLabel.setObjectName(u"notesLabel")

        self.serviceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(self.serviceBox)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 52))

        self.serviceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notes)


        self.serviceLayout.addLayout(self.serviceForm)

        self.serviceLayout.setStretch(2, 2)
        self.serviceLayout.setStretch(5, 3)

        self.columnsLayout.addWidget(self.serviceBox)

        self.columnsLayout.setStretch(0, 5)
        self.columnsLayout.setStretch(1, 4)

        self.dialogLayout.addLayout(self.columnsLayout)

        self.warningLabel = QLabel(NewApplicationDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setProperty(u"role", u"warning")

        self.dialogLayout.addWidget(self.warningLabel)

        self.generalError = QLabel(NewApplicationDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.generalError)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.keysHint = QLabel(NewApplicationDialog)
        self.keysHint.setObjectName(u"keysHint")
        self.keysHint.setProperty(u"role", u"hint")

        self.buttonLayout.addWidget(self.keysHint)

        self.buttonStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonStretch)

        self.saveButton = QPushButton(NewApplicationDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)
        self.saveButton.setProperty(u"primary", True)

        self.buttonLayout.addWidget(self.saveButton)

        self.closeButton = QPushButton(NewApplicationDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

        self.dialogLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.applicantSearchLabel.setBuddy(self.applicantSearch)
        self.personNikLabel.setBuddy(self.personNik)
        self.personNameLabel.setBuddy(self.personName)
        self.personBornLabel.setBuddy(self.personBirthPlace)
        self.personSexLabel.setBuddy(self.personSex)
        self.personPhoneLabel.setBuddy(self.personPhone)
        self.personEmailLabel.setBuddy(self.personEmail)
        self.personNipLabel.setBuddy(self.personNip)
        self.personAgencyLabel.setBuddy(self.personAgency)
        self.personAddressLabel.setBuddy(self.personAddress)
        self.businessNibLabel.setBuddy(self.businessNib)
        self.businessNameLabel.setBuddy(self.businessName)
        self.businessKbliLabel.setBuddy(self.businessKbli)
        self.businessContactPersonLabel.setBuddy(self.businessContactPerson)
        self.businessPhoneLabel.setBuddy(self.businessPhone)
        self.businessEmailLabel.setBuddy(self.businessEmail)
        self.businessAddressLabel.setBuddy(self.businessAddress)
        self.serviceSearchLabel.setBuddy(self.serviceSearch)
        self.receivedLabel.setBuddy(self.received)
        self.channelLabel.setBuddy(self.channel)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.applicantSearch, self.applicantResults)
        QWidget.setTabOrder(self.applicantResults, self.newPersonButton)
        QWidget.setTabOrder(self.newPersonButton, self.newBusinessButton)
        QWidget.setTabOrder(self.newBusinessButton, self.changeApplicantButton)
        QWidget.setTabOrder(self.changeApplicantButton, self.personNik)
        QWidget.setTabOrder(self.personNik, self.personName)
        QWidget.setTabOrder(self.personName, self.personBirthPlace)
        QWidget.setTabOrder(self.personBirthPlace, self.personBirthDate)
        QWidget.setTabOrder(self.personBirthDate, self.personSex)
        QWidget.setTabOrder(self.personSex, self.personPhone)
        QWidget.setTabOrder(self.personPhone, self.personEmail)
        QWidget.setTabOrder(self.personEmail, self.personNip)
        QWidget.setTabOrder(self.personNip, self.personAgency)
        QWidget.setTabOrder(self.personAgency, self.personAddress)
        QWidget.setTabOrder(self.personAddress, self.personPhotoButton)
        QWidget.setTabOrder(self.personPhotoButton, self.personPhotoClearButton)
        QWidget.setTabOrder(self.personPhotoClearButton, self.businessNib)
        QWidget.setTabOrder(self.businessNib, self.businessName)
        QWidget.setTabOrder(self.businessName, self.businessKbli)
        QWidget.setTabOrder(self.businessKbli, self.businessContactPerson)
        QWidget.setTabOrder(self.businessContactPerson, self.businessPhone)
        QWidget.setTabOrder(self.businessPhone, self.businessEmail)
        QWidget.setTabOrder(self.businessEmail, self.businessAddress)
        QWidget.setTabOrder(self.businessAddress, self.openExistingButton)
        QWidget.setTabOrder(self.openExistingButton, self.serviceSearch)
        QWidget.setTabOrder(self.serviceSearch, self.serviceList)
        QWidget.setTabOrder(self.serviceList, self.receivedAllButton)
        QWidget.setTabOrder(self.receivedAllButton, self.received)
        QWidget.setTabOrder(self.received, self.channel)
        QWidget.setTabOrder(self.channel, self.notes)
        QWidget.setTabOrder(self.notes, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(NewApplicationDialog)

        QMetaObject.connectSlotsByName(NewApplicationDialog)
    # setupUi

    def retranslateUi(self, NewApplicationDialog):
        NewApplicationDialog.setWindowTitle(QCoreApplication.translate("NewApplicationDialog", u"Permohonan baru", None))
        self.heading.setText(QCoreApplication.translate("NewApplicationDialog", u"Permohonan baru", None))
        self.draftNote.setText("")
        self.applicantBox.setTitle(QCoreApplication.translate("NewApplicationDialog", u"1. Pemohon", None))
        self.applicantSearchLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"&Cari pemohon:", None))
        self.applicantSearch.setPlaceholderText(QCoreApplication.translate("NewApplicationDialog", u"nama, NIK/NIB atau nomor HP \u2014 lalu \u2193 atau Enter untuk memilih", None))
        self.applicantSearchError.setText("")
        self.applicantModeLabel.setText("")
        self.resultsHint.setText("")
        self.newPersonButton.setText(QCoreApplication.translate("NewApplicationDialog", u"Pemohon baru: &perorangan (NIK)", None))
        self.newBusinessButton.setText(QCoreApplication.translate("NewApplicationDialog", u"Pemohon baru: &badan usaha (NIB)", None))
        self.pickedSummary.setText("")
        self.changeApplicantButton.setText(QCoreApplication.translate("NewApplicationDialog", u"&Ganti pemohon", None))
        self.personNikLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"&NIK *", None))
        self.personNik.setPlaceholderText(QCoreApplication.translate("NewApplicationDialog", u"16 angka sesuai KTP", None))
        self.personNikError.setText("")
        self.personNameLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"Na&ma *", None))
        self.personName.setPlaceholderText(QCoreApplication.translate("NewApplicationDialog", u"sesuai KTP", None))
        self.personNameError.setText("")
        self.personBornLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"Tempat, tgl. la&hir", None))
        self.personBirthPlace.setPlaceholderText(QCoreApplication.translate("NewApplicationDialog", u"tempat", None))
        self.personBirthDate.setPlaceholderText(QCoreApplication.translate("NewApplicationDialog", u"hh-bb-tttt", None))
        self.personBirthDateError.setText("")
        self.personBirthDateWarning.setText("")
        self.personSexLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"&Jenis kelamin", None))
        self.personSexError.setText("")
        self.personSexWarning.setText("")
        self.personPhoneLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"&HP/telepon", None))
        self.personPhone.setPlaceholderText(QCoreApplication.translate("NewApplicationDialog", u"08\u2026", None))
        self.personPhoneError.setText("")
        self.personEmailLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"&Surel", None))
        self.personEmail.setPlaceholderText(QCoreApplication.translate("NewApplicationDialog", u"nama@contoh.id", None))
        self.personEmailError.setText("")
        self.personNipLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"N&IP", None))
        self.personNip.setPlaceholderText(QCoreApplication.translate("NewApplicationDialog", u"18 angka, bila PNS/PPPK", None))
        self.personNipError.setText("")
        self.personAgencyLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"Instan&si", None))
        self.personAgency.setPlaceholderText(QCoreApplication.translate("NewApplicationDialog", u"bila PNS/PPPK: nama instansi", None))
        self.personAddressLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"A&lamat", None))
        self.personPhotoPreview.setText(QCoreApplication.translate("NewApplicationDialog", u"Foto 3\u00d74\n"
"(opsional)", None))
        self.personPhotoButton.setText(QCoreApplication.translate("NewApplicationDialog", u"Pilih &foto\u2026", None))
        self.personPhotoClearButton.setText(QCoreApplication.translate("NewApplicationDialog", u"Hapus foto", None))
        self.personPhotoError.setText("")
        self.businessNibLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"&NIB *", None))
        self.businessNib.setPlaceholderText(QCoreApplication.translate("NewApplicationDialog", u"13 angka dari OSS", None))
        self.businessNibError.setText("")
        self.businessNameLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"Na&ma usaha *", None))
        self.businessName.setPlaceholderText(QCoreApplication.translate("NewApplicationDialog", u"PT/CV \u2026", None))
        self.businessNameError.setText("")
        self.businessKbliLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"&KBLI", None))
        self.businessKbli.setPlaceholderText(QCoreApplication.translate("NewApplicationDialog", u"5 angka, mis. 28173", None))
        self.businessKbliError.setText("")
        self.businessContactPersonLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"Nara&hubung", None))
        self.businessContactPerson.setPlaceholderText(QCoreApplication.translate("NewApplicationDialog", u"nama yang datang/dihubungi", None))
        self.businessPhoneLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"&HP/telepon", None))
        self.businessPhone.setPlaceholderText(QCoreApplication.translate("NewApplicationDialog", u"08\u2026 atau 021\u2026", None))
        self.businessPhoneError.setText("")
        self.businessEmailLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"&Surel", None))
        self.businessEmail.setPlaceholderText(QCoreApplication.translate("NewApplicationDialog", u"nama@contoh.id", None))
        self.businessEmailError.setText("")
        self.businessAddressLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"A&lamat", None))
        self.duplicateLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"Pemohon ini sudah terdaftar.", None))
        self.openExistingButton.setText(QCoreApplication.translate("NewApplicationDialog", u"Buka data pemohon ini", None))
        self.serviceBox.setTitle(QCoreApplication.translate("NewApplicationDialog", u"2. Layanan", None))
        self.serviceSearchLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"Cari &layanan:", None))
        self.serviceSearch.setPlaceholderText(QCoreApplication.translate("NewApplicationDialog", u"ketik sebagian nama layanan", None))
        self.serviceSearchError.setText("")
        self.serviceInfo.setText("")
        self.receivedLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"&Dokumen yang diserahkan", None))
        self.receivedAllButton.setText(QCoreApplication.translate("NewApplicationDialog", u"Tandai semua (Alt+A)", None))
#if QT_CONFIG(tooltip)
        self.received.setToolTip(QCoreApplication.translate("NewApplicationDialog", u"Centang dokumen yang diserahkan pemohon (Spasi: centang/hapus centang)", None))
#endif // QT_CONFIG(tooltip)
        self.receivedCount.setText("")
        self.receivedError.setText("")
        self.channelLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"Salu&ran *", None))
        self.channelError.setText("")
        self.notesLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"Ca&tatan", None))
        self.notes.setPlaceholderText(QCoreApplication.translate("NewApplicationDialog", u"opsional, mis. dokumen yang dijanjikan menyusul", None))
        self.warningLabel.setText("")
        self.generalError.setText("")
        self.keysHint.setText(QCoreApplication.translate("NewApplicationDialog", u"Tab: kolom berikutnya \u00b7 Enter: lanjut \u00b7 Ctrl+S: simpan \u00b7 Esc: tutup", None))
        self.saveButton.setText(QCoreApplication.translate("NewApplicationDialog", u"Simpan && cetak tanda terima (Ctrl+S)", None))
        self.closeButton.setText(QCoreApplication.translate("NewApplicationDialog", u"Tutup (Esc)", None))
    # retranslateUi

