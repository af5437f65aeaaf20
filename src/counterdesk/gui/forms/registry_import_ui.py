# Generated from ui/dialogs/registry_import.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'registry_import.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QTableView, QVBoxLayout,
    QWidget)

from counterdesk.gui.empty_state import EmptyState

class Ui_RegistryImportDialog(object):
    def setupUi(self, RegistryImportDialog):
        if not RegistryImportDialog.objectName():
            RegistryImportDialog.setObjectName(u"RegistryImportDialog")
        RegistryImportDialog.resize(1100, 660)
        self.dialogLayout = QVBoxLayout(RegistryImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.stepTrail = QLabel(RegistryImportDialog)
        self.stepTrail.setObjectName(u"stepTrail")
        self.stepTrail.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.stepTrail)

        self.stepLabel = QLabel(RegistryImportDialog)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.stepLabel)

        self.stepHint = QLabel(RegistryImportDialog)
        self.stepHint.setObjectName(u"stepHint")
        self.stepHint.setWordWrap(True)

        self.dialogLayout.addWidget(self.stepHint)

        self.steps = QStackedWidget(RegistryImportDialog)
        self.steps.setObjectName(u"steps")
        self.filePage = QWidget()
        self.filePage.setObjectName(u"filePage")
        self.fileGrid = QGridLayout(self.filePage)
        self.fileGrid.setObjectName(u"fileGrid")
        self.fileGrid.setHorizontalSpacing(12)
        self.fileGrid.setVerticalSpacing(4)
        self.fileLabel = QLabel(self.filePage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileGrid.addWidget(self.fileLabel, 0, 0, 1, 1)

        self.fileRow = QHBoxLayout()
        self.fileRow.setSpacing(6)
        self.fileRow.setObjectName(u"fileRow")
        self.filePath = QLineEdit(self.filePage)
        self.filePath.setObjectName(u"filePath")
        self.filePath.setReadOnly(True)

        self.fileRow.addWidget(self.filePath)

        self.chooseFileButton = QPushButton(self.filePage)
        self.chooseFileButton.setObjectName(u"chooseFileButton")
        self.chooseFileButton.setAutoDefault(False)

        self.fileRow.addWidget(self.chooseFileButton)


        self.fileGrid.addLayout(self.fileRow, 0, 1, 1, 1)

        self.fileError = QLabel(self.filePage)
        self.fileError.setObjectName(u"fileError")
        self.fileError.setWordWrap(True)
        self.fileError.setProperty(u"role", u"error")

        self.fileGrid.addWidget(self.fileError, 1, 1, 1, 1)

        self.fileInfo = QLabel(self.filePage)
        self.fileInfo.setObjectName(u"fileInfo")
        self.fileInfo.setWordWrap(True)
        self.fileInfo.setProperty(u"role", u"summary")

        self.fileGrid.addWidget(self.fileInfo, 2, 1, 1, 1)

        self.fileNotices = QLabel(self.filePage)
        self.fileNotices.setObjectName(u"fileNotices")
        self.fileNotices.setWordWrap(True)
        self.fileNotices.setProperty(u"role", u"warning")

        self.fileGrid.addWidget(self.fileNotices, 3, 1, 1, 1)

        self.sheetLabel = QLabel(self.filePage)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.fileGrid.addWidget(self.sheetLabel, 4, 0, 1, 1)

        self.sheet = QComboBox(self.filePage)
        self.sheet.setObjectName(u"sheet")
        self.sheet.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.fileGrid.addWidget(self.sheet, 4, 1, 1, 1)

        self.sheetError = QLabel(self.filePage)
        self.sheetError.setObjectName(u"sheetError")
        self.sheetError.setWordWrap(True)
        self.sheetError.setProperty(u"role", u"error")

        self.fileGrid.addWidget(self.sheetError, 5, 1, 1, 1)

        self.serviceCodeLabel = QLabel(self.filePage)
        self.serviceCodeLabel.setObjectName(u"serviceCodeLabel")

        self.fileGrid.addWidget(self.serviceCodeLabel, 6, 0, 1, 1)

        self.serviceCode = QComboBox(self.filePage)
        self.serviceCode.setObjectName(u"serviceCode")

        self.fileGrid.addWidget(self.serviceCode, 6, 1, 1, 1)

        self.serviceCodeError = QLabel(self.filePage)
        self.serviceCodeError.setObjectName(u"serviceCodeError")
        self.serviceCodeError.setWordWrap(True)
        self.serviceCodeError.setProperty(u"role", u"error")

        self.fileGrid.addWidget(self.serviceCodeError, 7, 1, 1, 1)

        self.titleLabel = QLabel(self.filePage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.fileGrid.addWidget(self.titleLabel, 8, 0, 1, 1)

        self.title = QLineEdit(self.filePage)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(300)

        self.fileGrid.addWidget(self.title, 8, 1, 1, 1)

        self.titleHint = QLabel(self.filePage)
        self.titleHint.setObjectName(u"titleHint")
        self.titleHint.setWordWrap(True)
        self.titleHint.setProperty(u"role", u"hint")

        self.fileGrid.addWidget(self.titleHint, 9, 1, 1, 1)

        self.titleError = QLabel(self.filePage)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)
        self.titleError.setProperty(u"role", u"error")

        self.fileGrid.addWidget(self.titleError, 10, 1, 1, 1)

        self.fileGap = QSpacerItem(0, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.fileGrid.addItem(self.fileGap, 11, 1, 1, 1)

        self.fileHelp = QLabel(self.filePage)
        self.fileHelp.setObjectName(u"fileHelp")
        self.fileHelp.setWordWrap(True)
        self.fileHelp.setProperty(u"role", u"hint")

        self.fileGrid.addWidget(self.fileHelp, 12, 0, 1, 2)

        self.fileStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fileGrid.addItem(self.fileStretch, 13, 0, 1, 1)

        self.steps.addWidget(self.filePage)
        self.mappingPage = QWidget()
        self.mappingPage.setObjectName(u"mappingPage")
        self.mappingLayout = QVBoxLayout(self.mappingPage)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingHint = QLabel(self.mappingPage)
        self.mappingHint.setObjectName(u"mappingHint")
        self.mappingHint.setWordWrap(True)
        self.mappingHint.setProperty(u"role", u"hint")

        self.mappingLayout.addWidget(self.mappingHint)

        self.mappingFields = QWidget(self.mappingPage)
        self.mappingFields.setObjectName(u"mappingFields")

        self.mappingLayout.addWidget(self.mappingFields)

        self.mappingStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mappingLayout.addItem(self.mappingStretch)

        self.steps.addWidget(self.mappingPage)
        self.previewPage = QWidget()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.countsLayout = QHBoxLayout()
        self.countsLayout.setSpacing(24)
        self.countsLayout.setObjectName(u"countsLayout")
        self.writeCount = QLabel(self.previewPage)
        self.writeCount.setObjectName(u"writeCount")
        self.writeCount.setProperty(u"role", u"summary")

        self.countsLayout.addWidget(self.writeCount)

        self.problemCount = QLabel(self.previewPage)
        self.problemCount.setObjectName(u"problemCount")
        self.problemCount.setProperty(u"role", u"summary")

        self.countsLayout.addWidget(self.problemCount)

        self.newApplicantCount = QLabel(self.previewPage)
        self.newApplicantCount.setObjectName(u"newApplicantCount")
        self.newApplicantCount.setProperty(u"role", u"summary")

        self.countsLayout.addWidget(self.newApplicantCount)

        self.existingApplicantCount = QLabel(self.previewPage)
        self.existingApplicantCount.setObjectName(u"existingApplicantCount")
        self.existingApplicantCount.setProperty(u"role", u"summary")

        self.countsLayout.addWidget(self.existingApplicantCount)

        self.warningCount = QLabel(self.previewPage)
        self.warningCount.setObjectName(u"warningCount")
        self.warningCount.setProperty(u"role", u"summary")

        self.countsLayout.addWidget(self.warningCount)

        self.countsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countsLayout.addItem(self.countsStretch)


        self.previewLayout.addLayout(self.countsLayout)

        self.previewNotices = QLabel(self.previewPage)
        self.previewNotices.setObjectName(u"previewNotices")
        self.previewNotices.setWordWrap(True)
        self.previewNotices.setProperty(u"role", u"warning")

        self.previewLayout.addWidget(self.previewNotices)

        self.problemFilterLayout = QHBoxLayout()
        self.problemFilterLayout.setSpacing(6)
        self.problemFilterLayout.setObjectName(u"problemFilterLayout")
        self.problemFilterLabel = QLabel(self.previewPage)
        self.problemFilterLabel.setObjectName(u"problemFilterLabel")

        self.problemFilterLayout.addWidget(self.problemFilterLabel)

        self.problemFilter = QLineEdit(self.previewPage)
        self.problemFilter.setObjectName(u"problemFilter")

        self.problemFilterLayout.addWidget(self.problemFilter)

        self.problemFilterGap = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.problemFilterLayout.addItem(self.problemFilterGap)

        self.problemKindLabel = QLabel(self.previewPage)
        self.problemKindLabel.setObjectName(u"problemKindLabel")

        self.problemFilterLayout.addWidget(self.problemKindLabel)

        self.problemKind = QComboBox(self.previewPage)
        self.problemKind.setObjectName(u"problemKind")

        self.problemFilterLayout.addWidget(self.problemKind)

        self.problemFilterStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.problemFilterLayout.addItem(self.problemFilterStretch)

        self.saveProblemsButton = QPushButton(self.previewPage)
        self.saveProblemsButton.setObjectName(u"saveProblemsButton")
        self.saveProblemsButton.setAutoDefault(False)

        self.problemFilterLayout.addWidget(self.saveProblemsButton)

        self.problemFilterLayout.setStretch(1, 1)

        self.previewLayout.addLayout(self.problemFilterLayout)

        self.problemStack = QStackedWidget(self.previewPage)
        self.problemStack.setObjectName(u"problemStack")
        self.problemTablePage = QWidget()
        self.problemTablePage.setObjectName(u"problemTablePage")
        self.problemTableLayout = QVBoxLayout(self.problemTablePage)
        self.problemTableLayout.setObjectName(u"problemTableLayout")
        self.problemTableLayout.setContentsMargins(0, 0, 0, 0)
        self.problemTable = QTableView(self.problemTablePage)
        self.problemTable.setObjectName(u"problemTable")
        self.problemTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemTable.setAlternatingRowColors(True)
        self.problemTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.problemTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemTable.setWordWrap(False)
        self.problemTable.horizontalHeader().setHighlightSections(False)
        self.problemTable.horizontalHeader().setStretchLastSection(True)
        self.problemTable.verticalHeader().setVisible(False)

        self.problemTableLayout.addWidget(self.problemTable)

        self.problemStack.addWidget(self.problemTablePage)
        self.problemEmptyPage = QWidget()
        self.problemEmptyPage.setObjectName(u"problemEmptyPage")
        self.problemEmptyLayout = QVBoxLayout(self.problemEmptyPage)
        self.problemEmptyLayout.setObjectName(u"problemEmptyLayout")
        self.problemEmptyLayout.setContentsMargins(0, 0, 0, 0)
        self.problemEmpty = EmptyState(self.problemEmptyPage)
        self.problemEmpty.setObjectName(u"problemEmpty")

        self.problemEmptyLayout.addWidget(self.problemEmpty)

        self.problemStack.addWidget(self.problemEmptyPage)

        self.previewLayout.addWidget(self.problemStack)

        self.problemDetail = QLabel(self.previewPage)
        self.problemDetail.setObjectName(u"problemDetail")
        self.problemDetail.setWordWrap(True)

        self.previewLayout.addWidget(self.problemDetail)

        self.previewLayout.setStretch(3, 1)
        self.steps.addWidget(self.previewPage)
        self.donePage = QWidget()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneHeadline = QLabel(self.donePage)
        self.doneHeadline.setObjectName(u"doneHeadline")
        self.doneHeadline.setWordWrap(True)
        self.doneHeadline.setProperty(u"role", u"heading")

        self.doneLayout.addWidget(self.doneHeadline)

        self.doneSummary = QLabel(self.donePage)
        self.doneSummary.setObjectName(u"doneSummary")
        self.doneSummary.setWordWrap(True)
        self.doneSummary.setProperty(u"role", u"summary")

        self.doneLayout.addWidget(self.doneSummary)

        self.doneHint = QLabel(self.donePage)
        self.doneHint.setObjectName(u"doneHint")
        self.doneHint.setWordWrap(True)
        self.doneHint.setProperty(u"role", u"hint")

        self.doneLayout.addWidget(self.doneHint)

        self.doneButtonLayout = QHBoxLayout()
        self.doneButtonLayout.setObjectName(u"doneButtonLayout")
        self.doneSaveProblemsButton = QPushButton(self.donePage)
        self.doneSaveProblemsButton.setObjectName(u"doneSaveProblemsButton")
        self.doneSaveProblemsButton.setAutoDefault(False)

        self.doneButtonLayout.addWidget(self.doneSaveProblemsButton)

        self.doneButtonStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.doneButtonLayout.addItem(self.doneButtonStretch)


        self.doneLayout.addLayout(self.doneButtonLayout)

        self.doneStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneStretch)

        self.steps.addWidget(self.donePage)

        self.dialogLayout.addWidget(self.steps)

        self.progressBox = QWidget(RegistryImportDialog)
        self.progressBox.setObjectName(u"progressBox")
        self.progressLayout = QHBoxLayout(self.progressBox)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressLayout.setContentsMargins(0, 0, 0, 0)
        self.progressText = QLabel(self.progressBox)
        self.progressText.setObjectName(u"progressText")

        self.progressLayout.addWidget(self.progressText)

        self.progressBar = QProgressBar(self.progressBox)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setTextVisible(True)

        self.progressLayout.addWidget(self.progressBar)

        self.progressCancelButton = QPushButton(self.progressBox)
        self.progressCancelButton.setObjectName(u"progressCancelButton")
        self.progressCancelButton.setAutoDefault(False)

        self.progressLayout.addWidget(self.progressCancelButton)

        self.progressLayout.setStretch(1, 1)

        self.dialogLayout.addWidget(self.progressBox)

        self.statusNote = QLabel(RegistryImportDialog)
        self.statusNote.setObjectName(u"statusNote")
        self.statusNote.setWordWrap(True)
        self.statusNote.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.statusNote)

        self.generalError = QLabel(RegistryImportDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.generalError)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.backButton = QPushButton(RegistryImportDialog)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.backButton)

        self.buttonStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonStretch)

        self.closeButton = QPushButton(RegistryImportDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)

        self.nextButton = QPushButton(RegistryImportDialog)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setAutoDefault(False)
        self.nextButton.setProperty(u"primary", True)

        self.buttonLayout.addWidget(self.nextButton)

        self.writeButton = QPushButton(RegistryImportDialog)
        self.writeButton.setObjectName(u"writeButton")
        self.writeButton.setAutoDefault(False)
        self.writeButton.setProperty(u"primary", True)

        self.buttonLayout.addWidget(self.writeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

        self.dialogLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.chooseFileButton)
        self.sheetLabel.setBuddy(self.sheet)
        self.serviceCodeLabel.setBuddy(self.serviceCode)
        self.titleLabel.setBuddy(self.title)
        self.problemFilterLabel.setBuddy(self.problemFilter)
        self.problemKindLabel.setBuddy(self.problemKind)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.chooseFileButton, self.sheet)
        QWidget.setTabOrder(self.sheet, self.serviceCode)
        QWidget.setTabOrder(self.serviceCode, self.title)
        QWidget.setTabOrder(self.title, self.problemFilter)
        QWidget.setTabOrder(self.problemFilter, self.problemKind)
        QWidget.setTabOrder(self.problemKind, self.saveProblemsButton)
        QWidget.setTabOrder(self.saveProblemsButton, self.problemTable)
        QWidget.setTabOrder(self.problemTable, self.doneSaveProblemsButton)
        QWidget.setTabOrder(self.doneSaveProblemsButton, self.progressCancelButton)
        QWidget.setTabOrder(self.progressCancelButton, self.backButton)
        QWidget.setTabOrder(self.backButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.writeButton)

        self.retranslateUi(RegistryImportDialog)

        QMetaObject.connectSlotsByName(RegistryImportDialog)
    # setupUi

    def retranslateUi(self, RegistryImportDialog):
        RegistryImportDialog.setWindowTitle(QCoreApplication.translate("RegistryImportDialog", u"Impor data sertifikat lama", None))
        self.stepTrail.setText("")
        self.stepLabel.setText("")
        self.stepHint.setText("")
        self.fileLabel.setText(QCoreApplication.translate("RegistryImportDialog", u"Berkas *", None))
        self.filePath.setPlaceholderText(QCoreApplication.translate("RegistryImportDialog", u"Belum ada berkas dipilih", None))
        self.chooseFileButton.setText(QCoreApplication.translate("RegistryImportDialog", u"Pilih &berkas\u2026 (Ctrl+O)", None))
#if QT_CONFIG(tooltip)
        self.chooseFileButton.setToolTip(QCoreApplication.translate("RegistryImportDialog", u"Pilih berkas Excel (.xlsx) atau CSV berisi daftar sertifikat lama (Ctrl+O)", None))
#endif // QT_CONFIG(tooltip)
        self.fileError.setText("")
        self.fileInfo.setText("")
        self.fileNotices.setText("")
        self.sheetLabel.setText(QCoreApplication.translate("RegistryImportDialog", u"&Lembar", None))
        self.sheetError.setText("")
        self.serviceCodeLabel.setText(QCoreApplication.translate("RegistryImportDialog", u"La&yanan *", None))
        self.serviceCodeError.setText("")
        self.titleLabel.setText(QCoreApplication.translate("RegistryImportDialog", u"&Judul sertifikat", None))
        self.titleHint.setText("")
        self.titleError.setText("")
        self.fileHelp.setText(QCoreApplication.translate("RegistryImportDialog", u"Berkas Excel (.xlsx) atau CSV dengan satu baris judul kolom, satu sertifikat per baris. Kolom wajib: Nomor sertifikat, Nama, NIK, Tanggal terbit. Di langkah 2 Anda mencocokkan kolomnya, di langkah 3 semua baris diperiksa. Belum ada yang disimpan sampai Anda menekan \u201cTulis \u2026 sertifikat\u201d dan mengiyakannya.", None))
        self.mappingHint.setText("")
        self.writeCount.setText("")
        self.problemCount.setText("")
        self.newApplicantCount.setText("")
        self.existingApplicantCount.setText("")
        self.warningCount.setText("")
        self.previewNotices.setText("")
        self.problemFilterLabel.setText(QCoreApplication.translate("RegistryImportDialog", u"&Saring:", None))
        self.problemFilter.setPlaceholderText(QCoreApplication.translate("RegistryImportDialog", u"nomor baris, kolom, isi atau keterangan", None))
        self.problemKindLabel.setText(QCoreApplication.translate("RegistryImportDialog", u"&Tampilkan:", None))
        self.saveProblemsButton.setText(QCoreApplication.translate("RegistryImportDialog", u"Simpan daftar &masalah\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveProblemsButton.setToolTip(QCoreApplication.translate("RegistryImportDialog", u"Simpan daftar baris bermasalah sebagai CSV untuk diperbaiki di Excel", None))
#endif // QT_CONFIG(tooltip)
        self.problemDetail.setText("")
        self.doneHeadline.setText("")
        self.doneSummary.setText("")
        self.doneHint.setText("")
        self.doneSaveProblemsButton.setText(QCoreApplication.translate("RegistryImportDialog", u"Simpan daftar &masalah\u2026", None))
#if QT_CONFIG(tooltip)
        self.doneSaveProblemsButton.setToolTip(QCoreApplication.translate("RegistryImportDialog", u"Simpan baris yang tidak ditulis sebagai CSV untuk diperbaiki di Excel", None))
#endif // QT_CONFIG(tooltip)
        self.progressText.setText("")
        self.progressCancelButton.setText(QCoreApplication.translate("RegistryImportDialog", u"Batal (Esc)", None))
#if QT_CONFIG(tooltip)
        self.progressCancelButton.setToolTip(QCoreApplication.translate("RegistryImportDialog", u"Hentikan; tidak ada yang disimpan", None))
#endif // QT_CONFIG(tooltip)
        self.statusNote.setText("")
        self.generalError.setText("")
        self.backButton.setText(QCoreApplication.translate("RegistryImportDialog", u"< &Kembali", None))
        self.closeButton.setText(QCoreApplication.translate("RegistryImportDialog", u"Tutup (Esc)", None))
        self.nextButton.setText(QCoreApplication.translate("RegistryImportDialog", u"&Lanjut (Enter) >", None))
        self.writeButton.setText(QCoreApplication.translate("RegistryImportDialog", u"Tulis sertifikat (Ctrl+S)", None))
    # retranslateUi

