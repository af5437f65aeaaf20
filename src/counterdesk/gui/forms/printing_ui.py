# Generated from ui/tabs/printing.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'printing.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QTableView, QVBoxLayout,
    QWidget)

from counterdesk.gui.empty_state import EmptyState

class Ui_PrintingTab(object):
    def setupUi(self, PrintingTab):
        if not PrintingTab.objectName():
            PrintingTab.setObjectName(u"PrintingTab")
        PrintingTab.resize(1200, 700)
        self.tabLayout = QVBoxLayout(PrintingTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.summaryLabel = QLabel(PrintingTab)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)
        self.summaryLabel.setProperty(u"role", u"summary")

        self.headerLayout.addWidget(self.summaryLabel)

        self.includePrinted = QCheckBox(PrintingTab)
        self.includePrinted.setObjectName(u"includePrinted")

        self.headerLayout.addWidget(self.includePrinted)

        self.headerLayout.setStretch(0, 1)

        self.tabLayout.addLayout(self.headerLayout)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.printButton = QPushButton(PrintingTab)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)
        self.printButton.setProperty(u"primary", True)

        self.actionLayout.addWidget(self.printButton)

        self.handOverButton = QPushButton(PrintingTab)
        self.handOverButton.setObjectName(u"handOverButton")
        self.handOverButton.setAutoDefault(False)

        self.actionLayout.addWidget(self.handOverButton)

        self.verifyButton = QPushButton(PrintingTab)
        self.verifyButton.setObjectName(u"verifyButton")
        self.verifyButton.setAutoDefault(False)

        self.actionLayout.addWidget(self.verifyButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)

        self.spoiledButton = QPushButton(PrintingTab)
        self.spoiledButton.setObjectName(u"spoiledButton")
        self.spoiledButton.setAutoDefault(False)

        self.actionLayout.addWidget(self.spoiledButton)

        self.calibrateButton = QPushButton(PrintingTab)
        self.calibrateButton.setObjectName(u"calibrateButton")
        self.calibrateButton.setAutoDefault(False)

        self.actionLayout.addWidget(self.calibrateButton)


        self.tabLayout.addLayout(self.actionLayout)

        self.selectionLabel = QLabel(PrintingTab)
        self.selectionLabel.setObjectName(u"selectionLabel")
        self.selectionLabel.setWordWrap(True)
        self.selectionLabel.setProperty(u"role", u"hint")

        self.tabLayout.addWidget(self.selectionLabel)

        self.listStack = QStackedWidget(PrintingTab)
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
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSortingEnabled(True)
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

        self.tabLayout.addWidget(self.listStack)

        self.tabLayout.setStretch(3, 1)
        QWidget.setTabOrder(self.tableView, self.printButton)
        QWidget.setTabOrder(self.printButton, self.handOverButton)
        QWidget.setTabOrder(self.handOverButton, self.verifyButton)
        QWidget.setTabOrder(self.verifyButton, self.spoiledButton)
        QWidget.setTabOrder(self.spoiledButton, self.calibrateButton)
        QWidget.setTabOrder(self.calibrateButton, self.includePrinted)

        self.retranslateUi(PrintingTab)

        QMetaObject.connectSlotsByName(PrintingTab)
    # setupUi

    def retranslateUi(self, PrintingTab):
        self.summaryLabel.setText("")
        self.includePrinted.setText(QCoreApplication.translate("PrintingTab", u"Tampilkan juga yang sudah &dicetak", None))
#if QT_CONFIG(tooltip)
        self.includePrinted.setToolTip(QCoreApplication.translate("PrintingTab", u"Untuk cetak ulang dan penyerahan: sertifikat yang sudah pernah dicetak ikut ditampilkan (Alt+D)", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("PrintingTab", u"Cetak\u2026 (Ctrl+P)", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("PrintingTab", u"Cetak sertifikat/kartu yang dipilih: satu PDF atau langsung ke printer", None))
#endif // QT_CONFIG(tooltip)
        self.handOverButton.setText(QCoreApplication.translate("PrintingTab", u"Serahkan\u2026", None))
#if QT_CONFIG(tooltip)
        self.handOverButton.setToolTip(QCoreApplication.translate("PrintingTab", u"Catat penyerahan kepada pemegang atau kuasanya, cetak tanda terima penyerahan", None))
#endif // QT_CONFIG(tooltip)
        self.verifyButton.setText(QCoreApplication.translate("PrintingTab", u"Verifikasi sertifikat\u2026 (F6)", None))
#if QT_CONFIG(tooltip)
        self.verifyButton.setToolTip(QCoreApplication.translate("PrintingTab", u"Periksa keabsahan sertifikat dari QR atau nomor serinya", None))
#endif // QT_CONFIG(tooltip)
        self.spoiledButton.setText(QCoreApplication.translate("PrintingTab", u"Catat blangko rusak\u2026", None))
#if QT_CONFIG(tooltip)
        self.spoiledButton.setToolTip(QCoreApplication.translate("PrintingTab", u"Blanko pra-cetak yang rusak atau salah cetak: nomor blangko dan alasannya", None))
#endif // QT_CONFIG(tooltip)
        self.calibrateButton.setText(QCoreApplication.translate("PrintingTab", u"Kalibrasi printer\u2026", None))
#if QT_CONFIG(tooltip)
        self.calibrateButton.setToolTip(QCoreApplication.translate("PrintingTab", u"Geser cetakan per printer dan jenis kertas (mm); cetak halaman uji berpenggaris", None))
#endif // QT_CONFIG(tooltip)
        self.selectionLabel.setText("")
        pass
    # retranslateUi

