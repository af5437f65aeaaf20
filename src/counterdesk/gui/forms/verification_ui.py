# Generated from ui/tabs/verification.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verification.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QStackedWidget,
    QTableView, QVBoxLayout, QWidget)

from counterdesk.gui.empty_state import EmptyState

class Ui_VerificationTab(object):
    def setupUi(self, VerificationTab):
        if not VerificationTab.objectName():
            VerificationTab.setObjectName(u"VerificationTab")
        self.tabLayout = QVBoxLayout(VerificationTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.summaryLabel = QLabel(VerificationTab)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setProperty(u"role", u"summary")

        self.tabLayout.addWidget(self.summaryLabel)

        self.viewLayout = QHBoxLayout()
        self.viewLayout.setSpacing(0)
        self.viewLayout.setObjectName(u"viewLayout")
        self.checkViewButton = QPushButton(VerificationTab)
        self.checkViewButton.setObjectName(u"checkViewButton")
        self.checkViewButton.setCheckable(True)
        self.checkViewButton.setAutoDefault(False)
        self.checkViewButton.setProperty(u"segment", True)

        self.viewLayout.addWidget(self.checkViewButton)

        self.approvalViewButton = QPushButton(VerificationTab)
        self.approvalViewButton.setObjectName(u"approvalViewButton")
        self.approvalViewButton.setCheckable(True)
        self.approvalViewButton.setAutoDefault(False)
        self.approvalViewButton.setProperty(u"segment", True)

        self.viewLayout.addWidget(self.approvalViewButton)

        self.viewHint = QLabel(VerificationTab)
        self.viewHint.setObjectName(u"viewHint")
        self.viewHint.setWordWrap(True)
        self.viewHint.setIndent(12)
        self.viewHint.setProperty(u"role", u"hint")

        self.viewLayout.addWidget(self.viewHint)

        self.openButton = QPushButton(VerificationTab)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setAutoDefault(False)
        self.openButton.setProperty(u"primary", True)

        self.viewLayout.addWidget(self.openButton)

        self.viewLayout.setStretch(2, 1)

        self.tabLayout.addLayout(self.viewLayout)

        self.views = QStackedWidget(VerificationTab)
        self.views.setObjectName(u"views")
        self.checkPage = QWidget()
        self.checkPage.setObjectName(u"checkPage")
        self.checkPageLayout = QVBoxLayout(self.checkPage)
        self.checkPageLayout.setObjectName(u"checkPageLayout")
        self.checkPageLayout.setContentsMargins(0, 0, 0, 0)
        self.checkListStack = QStackedWidget(self.checkPage)
        self.checkListStack.setObjectName(u"checkListStack")
        self.checkTablePage = QWidget()
        self.checkTablePage.setObjectName(u"checkTablePage")
        self.checkTableLayout = QVBoxLayout(self.checkTablePage)
        self.checkTableLayout.setObjectName(u"checkTableLayout")
        self.checkTableLayout.setContentsMargins(0, 0, 0, 0)
        self.checkTableView = QTableView(self.checkTablePage)
        self.checkTableView.setObjectName(u"checkTableView")
        self.checkTableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checkTableView.setAlternatingRowColors(True)
        self.checkTableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.checkTableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checkTableView.setSortingEnabled(True)
        self.checkTableView.setWordWrap(False)
        self.checkTableView.horizontalHeader().setHighlightSections(False)
        self.checkTableView.horizontalHeader().setStretchLastSection(True)
        self.checkTableView.verticalHeader().setVisible(False)

        self.checkTableLayout.addWidget(self.checkTableView)

        self.checkListStack.addWidget(self.checkTablePage)
        self.checkEmptyPage = QWidget()
        self.checkEmptyPage.setObjectName(u"checkEmptyPage")
        self.checkEmptyLayout = QVBoxLayout(self.checkEmptyPage)
        self.checkEmptyLayout.setObjectName(u"checkEmptyLayout")
        self.checkEmptyLayout.setContentsMargins(0, 0, 0, 0)
        self.checkEmptyState = EmptyState(self.checkEmptyPage)
        self.checkEmptyState.setObjectName(u"checkEmptyState")

        self.checkEmptyLayout.addWidget(self.checkEmptyState)

        self.checkListStack.addWidget(self.checkEmptyPage)

        self.checkPageLayout.addWidget(self.checkListStack)

        self.views.addWidget(self.checkPage)
        self.approvalPage = QWidget()
        self.approvalPage.setObjectName(u"approvalPage")
        self.approvalPageLayout = QVBoxLayout(self.approvalPage)
        self.approvalPageLayout.setObjectName(u"approvalPageLayout")
        self.approvalPageLayout.setContentsMargins(0, 0, 0, 0)
        self.listStack = QStackedWidget(self.approvalPage)
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

        self.approvalPageLayout.addWidget(self.listStack)

        self.views.addWidget(self.approvalPage)

        self.tabLayout.addWidget(self.views)

        self.keysHint = QLabel(VerificationTab)
        self.keysHint.setObjectName(u"keysHint")
        self.keysHint.setWordWrap(True)
        self.keysHint.setProperty(u"role", u"hint")

        self.tabLayout.addWidget(self.keysHint)

        QWidget.setTabOrder(self.checkViewButton, self.approvalViewButton)
        QWidget.setTabOrder(self.approvalViewButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.checkTableView)
        QWidget.setTabOrder(self.checkTableView, self.tableView)

        self.retranslateUi(VerificationTab)

        QMetaObject.connectSlotsByName(VerificationTab)
    # setupUi

    def retranslateUi(self, VerificationTab):
        self.summaryLabel.setText("")
        self.checkViewButton.setText(QCoreApplication.translate("VerificationTab", u"&Perlu diperiksa", None))
#if QT_CONFIG(tooltip)
        self.checkViewButton.setToolTip(QCoreApplication.translate("VerificationTab", u"Berkas yang baru diterima atau belum lengkap: periksa kelengkapannya (lapis 1, petugas) \u2014 Alt+P", None))
#endif // QT_CONFIG(tooltip)
        self.approvalViewButton.setText(QCoreApplication.translate("VerificationTab", u"&Menunggu persetujuan", None))
#if QT_CONFIG(tooltip)
        self.approvalViewButton.setToolTip(QCoreApplication.translate("VerificationTab", u"Berkas yang sudah diperiksa lengkap oleh petugas: setujui atau kembalikan (lapis 2, atasan) \u2014 Alt+M", None))
#endif // QT_CONFIG(tooltip)
        self.viewHint.setText("")
        self.openButton.setText(QCoreApplication.translate("VerificationTab", u"Periksa berkas (Enter)", None))
        self.keysHint.setText(QCoreApplication.translate("VerificationTab", u"Enter atau klik dua kali: buka berkas \u00b7 Alt+P / Alt+M: ganti daftar \u00b7 pindai nomor tanda terima di kolom Cari (F3) untuk membuka permohonannya", None))
        pass
    # retranslateUi

