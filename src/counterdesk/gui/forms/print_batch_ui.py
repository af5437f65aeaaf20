# Generated from ui/dialogs/print_batch.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_batch.ui'
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
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListView, QListWidget, QListWidgetItem, QProgressBar,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PrintBatchDialog(object):
    def setupUi(self, PrintBatchDialog):
        if not PrintBatchDialog.objectName():
            PrintBatchDialog.setObjectName(u"PrintBatchDialog")
        PrintBatchDialog.resize(900, 640)
        self.dialogLayout = QVBoxLayout(PrintBatchDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headline = QLabel(PrintBatchDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setWordWrap(True)
        self.headline.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.headline)

        self.itemsLabel = QLabel(PrintBatchDialog)
        self.itemsLabel.setObjectName(u"itemsLabel")
        self.itemsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.itemsLabel)

        self.warningLabel = QLabel(PrintBatchDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setProperty(u"role", u"warning")

        self.dialogLayout.addWidget(self.warningLabel)

        self.optionsBox = QGroupBox(PrintBatchDialog)
        self.optionsBox.setObjectName(u"optionsBox")
        self.optionsLayout = QFormLayout(self.optionsBox)
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.destinationLabel = QLabel(self.optionsBox)
        self.destinationLabel.setObjectName(u"destinationLabel")

        self.optionsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.destinationLabel)

        self.destinationLayout = QHBoxLayout()
        self.destinationLayout.setObjectName(u"destinationLayout")
        self.toPrinter = QRadioButton(self.optionsBox)
        self.toPrinter.setObjectName(u"toPrinter")
        self.toPrinter.setChecked(True)

        self.destinationLayout.addWidget(self.toPrinter)

        self.toPdf = QRadioButton(self.optionsBox)
        self.toPdf.setObjectName(u"toPdf")
        self.toPdf.setChecked(False)

        self.destinationLayout.addWidget(self.toPdf)

        self.destinationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.destinationLayout.addItem(self.destinationSpacer)


        self.optionsLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.destinationLayout)

        self.paperLabel = QLabel(self.optionsBox)
        self.paperLabel.setObjectName(u"paperLabel")

        self.optionsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paper = QComboBox(self.optionsBox)
        self.paper.setObjectName(u"paper")

        self.optionsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.paper)

        self.reasonLabel = QLabel(self.optionsBox)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.optionsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QLineEdit(self.optionsBox)
        self.reason.setObjectName(u"reason")

        self.optionsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason)

        self.reasonError = QLabel(self.optionsBox)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)
        self.reasonError.setProperty(u"role", u"error")

        self.optionsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonError)


        self.dialogLayout.addWidget(self.optionsBox)

        self.previewCaption = QLabel(PrintBatchDialog)
        self.previewCaption.setObjectName(u"previewCaption")
        self.previewCaption.setProperty(u"role", u"subheading")

        self.dialogLayout.addWidget(self.previewCaption)

        self.preview = QListWidget(PrintBatchDialog)
        self.preview.setObjectName(u"preview")
        self.preview.setViewMode(QListView.ViewMode.IconMode)
        self.preview.setFlow(QListView.Flow.LeftToRight)
        self.preview.setResizeMode(QListView.ResizeMode.Adjust)
        self.preview.setMovement(QListView.Movement.Static)
        self.preview.setSpacing(8)
        self.preview.setWrapping(True)

        self.dialogLayout.addWidget(self.preview)

        self.progressPanel = QWidget(PrintBatchDialog)
        self.progressPanel.setObjectName(u"progressPanel")
        self.progressLayout = QHBoxLayout(self.progressPanel)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressLayout.setContentsMargins(0, 0, 0, 0)
        self.progressBar = QProgressBar(self.progressPanel)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.progressLayout.addWidget(self.progressBar)

        self.progressLabel = QLabel(self.progressPanel)
        self.progressLabel.setObjectName(u"progressLabel")

        self.progressLayout.addWidget(self.progressLabel)

        self.cancelButton = QPushButton(self.progressPanel)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.progressLayout.addWidget(self.cancelButton)

        self.progressLayout.setStretch(0, 1)

        self.dialogLayout.addWidget(self.progressPanel)

        self.statusLabel = QLabel(PrintBatchDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusLabel)

        self.generalError = QLabel(PrintBatchDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.generalError)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.makeButton = QPushButton(PrintBatchDialog)
        self.makeButton.setObjectName(u"makeButton")
        self.makeButton.setAutoDefault(True)
        self.makeButton.setProperty(u"primary", True)

        self.buttonLayout.addWidget(self.makeButton)

        self.saveButton = QPushButton(PrintBatchDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.saveButton)

        self.openButton = QPushButton(PrintBatchDialog)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.openButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(PrintBatchDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

        self.dialogLayout.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.paperLabel.setBuddy(self.paper)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.toPrinter, self.toPdf)
        QWidget.setTabOrder(self.toPdf, self.paper)
        QWidget.setTabOrder(self.paper, self.reason)
        QWidget.setTabOrder(self.reason, self.makeButton)
        QWidget.setTabOrder(self.makeButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.preview)
        QWidget.setTabOrder(self.preview, self.cancelButton)

        self.retranslateUi(PrintBatchDialog)

        QMetaObject.connectSlotsByName(PrintBatchDialog)
    # setupUi

    def retranslateUi(self, PrintBatchDialog):
        PrintBatchDialog.setWindowTitle(QCoreApplication.translate("PrintBatchDialog", u"Cetak sertifikat", None))
        self.headline.setText("")
        self.itemsLabel.setText("")
        self.warningLabel.setText("")
        self.optionsBox.setTitle(QCoreApplication.translate("PrintBatchDialog", u"Cetak ke", None))
        self.destinationLabel.setText(QCoreApplication.translate("PrintBatchDialog", u"Tujuan:", None))
        self.toPrinter.setText(QCoreApplication.translate("PrintBatchDialog", u"&Printer (dialog cetak sistem)", None))
        self.toPdf.setText(QCoreApplication.translate("PrintBatchDialog", u"Satu berkas P&DF", None))
        self.paperLabel.setText(QCoreApplication.translate("PrintBatchDialog", u"&Kertas:", None))
        self.reasonLabel.setText(QCoreApplication.translate("PrintBatchDialog", u"&Alasan cetak ulang *", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("PrintBatchDialog", u"mis. kertas macet, tinta pudar, salah blangko", None))
        self.reasonError.setText("")
        self.previewCaption.setText(QCoreApplication.translate("PrintBatchDialog", u"Pratinjau halaman", None))
        self.progressLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("PrintBatchDialog", u"Batal (Esc)", None))
        self.statusLabel.setText("")
        self.generalError.setText("")
        self.makeButton.setText(QCoreApplication.translate("PrintBatchDialog", u"Cetak (Ctrl+Enter)", None))
        self.saveButton.setText(QCoreApplication.translate("PrintBatchDialog", u"Simpan PDF\u2026 (Ctrl+S)", None))
        self.openButton.setText(QCoreApplication.translate("PrintBatchDialog", u"Buka PDF", None))
        self.closeButton.setText(QCoreApplication.translate("PrintBatchDialog", u"Tutup", None))
    # retranslateUi

