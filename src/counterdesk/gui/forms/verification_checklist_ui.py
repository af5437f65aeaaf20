# Generated from ui/dialogs/verification_checklist.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verification_checklist.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFrame, QHBoxLayout,
    QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from counterdesk.gui.dialogs.verification_rows import ChecklistRows

class Ui_VerificationChecklistDialog(object):
    def setupUi(self, VerificationChecklistDialog):
        if not VerificationChecklistDialog.objectName():
            VerificationChecklistDialog.setObjectName(u"VerificationChecklistDialog")
        VerificationChecklistDialog.resize(1240, 700)
        self.dialogLayout = QVBoxLayout(VerificationChecklistDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.heading = QLabel(VerificationChecklistDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.setProperty(u"role", u"heading")

        self.dialogLayout.addWidget(self.heading)

        self.factsLabel = QLabel(VerificationChecklistDialog)
        self.factsLabel.setObjectName(u"factsLabel")
        self.factsLabel.setWordWrap(True)
        self.factsLabel.setProperty(u"role", u"summary")

        self.dialogLayout.addWidget(self.factsLabel)

        self.noticeLabel = QLabel(VerificationChecklistDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setProperty(u"role", u"warning")

        self.dialogLayout.addWidget(self.noticeLabel)

        self.historyLabel = QLabel(VerificationChecklistDialog)
        self.historyLabel.setObjectName(u"historyLabel")
        self.historyLabel.setWordWrap(True)
        self.historyLabel.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.historyLabel)

        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.allPresentButton = QPushButton(VerificationChecklistDialog)
        self.allPresentButton.setObjectName(u"allPresentButton")
        self.allPresentButton.setAutoDefault(False)

        self.toolLayout.addWidget(self.allPresentButton)

        self.progressLabel = QLabel(VerificationChecklistDialog)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setProperty(u"role", u"subheading")

        self.toolLayout.addWidget(self.progressLabel)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.keysHint = QLabel(VerificationChecklistDialog)
        self.keysHint.setObjectName(u"keysHint")
        self.keysHint.setProperty(u"role", u"hint")

        self.toolLayout.addWidget(self.keysHint)

        self.toolLayout.setStretch(2, 1)

        self.dialogLayout.addLayout(self.toolLayout)

        self.rowsArea = QScrollArea(VerificationChecklistDialog)
        self.rowsArea.setObjectName(u"rowsArea")
        self.rowsArea.setWidgetResizable(True)
        self.rowsArea.setFrameShape(QFrame.Shape.StyledPanel)
        self.rows = ChecklistRows()
        self.rows.setObjectName(u"rows")
        self.rowsArea.setWidget(self.rows)

        self.dialogLayout.addWidget(self.rowsArea)

        self.generalError = QLabel(VerificationChecklistDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.generalError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.generalError)

        self.resultBox = QFrame(VerificationChecklistDialog)
        self.resultBox.setObjectName(u"resultBox")
        self.resultBox.setFrameShape(QFrame.Shape.StyledPanel)
        self.resultLayout = QHBoxLayout(self.resultBox)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultLabel = QLabel(self.resultBox)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.resultLabel.setProperty(u"role", u"subheading")

        self.resultLayout.addWidget(self.resultLabel)

        self.receiptButton = QPushButton(self.resultBox)
        self.receiptButton.setObjectName(u"receiptButton")
        self.receiptButton.setAutoDefault(False)

        self.resultLayout.addWidget(self.receiptButton)

        self.sheetButton = QPushButton(self.resultBox)
        self.sheetButton.setObjectName(u"sheetButton")
        self.sheetButton.setAutoDefault(False)

        self.resultLayout.addWidget(self.sheetButton)

        self.noticeButton = QPushButton(self.resultBox)
        self.noticeButton.setObjectName(u"noticeButton")
        self.noticeButton.setAutoDefault(False)

        self.resultLayout.addWidget(self.noticeButton)

        self.resultLayout.setStretch(0, 1)

        self.dialogLayout.addWidget(self.resultBox)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.completeButton = QPushButton(VerificationChecklistDialog)
        self.completeButton.setObjectName(u"completeButton")
        self.completeButton.setAutoDefault(False)
        self.completeButton.setProperty(u"primary", True)

        self.buttonLayout.addWidget(self.completeButton)

        self.incompleteButton = QPushButton(VerificationChecklistDialog)
        self.incompleteButton.setObjectName(u"incompleteButton")
        self.incompleteButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.incompleteButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(VerificationChecklistDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.saveButton)

        self.closeButton = QPushButton(VerificationChecklistDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.allPresentButton, self.rowsArea)
        QWidget.setTabOrder(self.rowsArea, self.completeButton)
        QWidget.setTabOrder(self.completeButton, self.incompleteButton)
        QWidget.setTabOrder(self.incompleteButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.receiptButton)
        QWidget.setTabOrder(self.receiptButton, self.sheetButton)
        QWidget.setTabOrder(self.sheetButton, self.noticeButton)

        self.retranslateUi(VerificationChecklistDialog)

        QMetaObject.connectSlotsByName(VerificationChecklistDialog)
    # setupUi

    def retranslateUi(self, VerificationChecklistDialog):
        VerificationChecklistDialog.setWindowTitle(QCoreApplication.translate("VerificationChecklistDialog", u"Periksa berkas", None))
        self.heading.setText("")
        self.factsLabel.setText("")
        self.noticeLabel.setText("")
        self.historyLabel.setText("")
        self.allPresentButton.setText(QCoreApplication.translate("VerificationChecklistDialog", u"Tandai semua ada (Alt+A)", None))
#if QT_CONFIG(tooltip)
        self.allPresentButton.setToolTip(QCoreApplication.translate("VerificationChecklistDialog", u"Centang \u201cAda\u201d pada semua persyaratan (Alt+A); lalu hapus centang yang memang tidak dibawa", None))
#endif // QT_CONFIG(tooltip)
        self.progressLabel.setText("")
        self.keysHint.setText(QCoreApplication.translate("VerificationChecklistDialog", u"Spasi: Ada/tidak \u00b7 Tab: kolom berikutnya \u00b7 \u2191/\u2193: baris lain", None))
        self.generalError.setText("")
        self.resultLabel.setText("")
        self.receiptButton.setText(QCoreApplication.translate("VerificationChecklistDialog", u"Cetak ulang tanda terima\u2026 (Ctrl+P)", None))
#if QT_CONFIG(tooltip)
        self.receiptButton.setToolTip(QCoreApplication.translate("VerificationChecklistDialog", u"Tanda terima dengan hari ke-0 dan jatuh tempo untuk pemohon", None))
#endif // QT_CONFIG(tooltip)
        self.sheetButton.setText(QCoreApplication.translate("VerificationChecklistDialog", u"Lembar verifikasi\u2026", None))
#if QT_CONFIG(tooltip)
        self.sheetButton.setToolTip(QCoreApplication.translate("VerificationChecklistDialog", u"Lembar verifikasi dua lapis untuk arsip berkas", None))
#endif // QT_CONFIG(tooltip)
        self.noticeButton.setText(QCoreApplication.translate("VerificationChecklistDialog", u"Surat kekurangan berkas\u2026 (Ctrl+P)", None))
#if QT_CONFIG(tooltip)
        self.noticeButton.setToolTip(QCoreApplication.translate("VerificationChecklistDialog", u"Cetak, simpan atau buka lagi surat yang sama (nomor surat tidak berganti)", None))
#endif // QT_CONFIG(tooltip)
        self.completeButton.setText(QCoreApplication.translate("VerificationChecklistDialog", u"Berkas lengkap dan benar (Ctrl+Enter)", None))
#if QT_CONFIG(tooltip)
        self.completeButton.setToolTip(QCoreApplication.translate("VerificationChecklistDialog", u"Semua persyaratan wajib ada dan sah: hari ini hari ke-0, jatuh tempo dihitung, berkas diteruskan ke atasan", None))
#endif // QT_CONFIG(tooltip)
        self.incompleteButton.setText(QCoreApplication.translate("VerificationChecklistDialog", u"Belum lengkap \u2014 cetak surat kekurangan (Ctrl+K)", None))
#if QT_CONFIG(tooltip)
        self.incompleteButton.setToolTip(QCoreApplication.translate("VerificationChecklistDialog", u"Berkas dikembalikan ke pemohon; jam layanan belum berjalan", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("VerificationChecklistDialog", u"Simpan tanpa keputusan (Ctrl+S)", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("VerificationChecklistDialog", u"Simpan centang dan catatan; putuskan nanti", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("VerificationChecklistDialog", u"Tutup (Esc)", None))
    # retranslateUi

