# Generated from ui/tabs/complaints.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaints.ui'
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

class Ui_ComplaintsTab(object):
    def setupUi(self, ComplaintsTab):
        if not ComplaintsTab.objectName():
            ComplaintsTab.setObjectName(u"ComplaintsTab")
        self.tabLayout = QVBoxLayout(ComplaintsTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(12)
        self.headerLayout.setObjectName(u"headerLayout")
        self.summaryLabel = QLabel(ComplaintsTab)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)
        self.summaryLabel.setProperty(u"role", u"summary")

        self.headerLayout.addWidget(self.summaryLabel)

        self.newButton = QPushButton(ComplaintsTab)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setAutoDefault(False)
        self.newButton.setProperty(u"primary", True)

        self.headerLayout.addWidget(self.newButton)

        self.headerLayout.setStretch(0, 1)

        self.tabLayout.addLayout(self.headerLayout)

        self.viewLayout = QHBoxLayout()
        self.viewLayout.setSpacing(6)
        self.viewLayout.setObjectName(u"viewLayout")
        self.openViewButton = QPushButton(ComplaintsTab)
        self.openViewButton.setObjectName(u"openViewButton")
        self.openViewButton.setCheckable(True)
        self.openViewButton.setAutoDefault(False)
        self.openViewButton.setProperty(u"segment", True)

        self.viewLayout.addWidget(self.openViewButton)

        self.allViewButton = QPushButton(ComplaintsTab)
        self.allViewButton.setObjectName(u"allViewButton")
        self.allViewButton.setCheckable(True)
        self.allViewButton.setAutoDefault(False)
        self.allViewButton.setProperty(u"segment", True)

        self.viewLayout.addWidget(self.allViewButton)

        self.viewHint = QLabel(ComplaintsTab)
        self.viewHint.setObjectName(u"viewHint")
        self.viewHint.setWordWrap(True)
        self.viewHint.setIndent(12)
        self.viewHint.setProperty(u"role", u"hint")

        self.viewLayout.addWidget(self.viewHint)

        self.openButton = QPushButton(ComplaintsTab)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setAutoDefault(False)

        self.viewLayout.addWidget(self.openButton)

        self.reportButton = QPushButton(ComplaintsTab)
        self.reportButton.setObjectName(u"reportButton")
        self.reportButton.setAutoDefault(False)

        self.viewLayout.addWidget(self.reportButton)

        self.compensationButton = QPushButton(ComplaintsTab)
        self.compensationButton.setObjectName(u"compensationButton")
        self.compensationButton.setAutoDefault(False)

        self.viewLayout.addWidget(self.compensationButton)

        self.surveyButton = QPushButton(ComplaintsTab)
        self.surveyButton.setObjectName(u"surveyButton")
        self.surveyButton.setAutoDefault(False)

        self.viewLayout.addWidget(self.surveyButton)

        self.viewLayout.setStretch(2, 1)

        self.tabLayout.addLayout(self.viewLayout)

        self.listStack = QStackedWidget(ComplaintsTab)
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

        self.tabLayout.addWidget(self.listStack)

        self.keysHint = QLabel(ComplaintsTab)
        self.keysHint.setObjectName(u"keysHint")
        self.keysHint.setWordWrap(True)
        self.keysHint.setProperty(u"role", u"hint")

        self.tabLayout.addWidget(self.keysHint)

        QWidget.setTabOrder(self.newButton, self.openViewButton)
        QWidget.setTabOrder(self.openViewButton, self.allViewButton)
        QWidget.setTabOrder(self.allViewButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.reportButton)
        QWidget.setTabOrder(self.reportButton, self.compensationButton)
        QWidget.setTabOrder(self.compensationButton, self.surveyButton)
        QWidget.setTabOrder(self.surveyButton, self.tableView)

        self.retranslateUi(ComplaintsTab)

        QMetaObject.connectSlotsByName(ComplaintsTab)
    # setupUi

    def retranslateUi(self, ComplaintsTab):
        self.summaryLabel.setText("")
        self.newButton.setText(QCoreApplication.translate("ComplaintsTab", u"Catat pengaduan (Ctrl+N)", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("ComplaintsTab", u"Catat pengaduan atau saran yang disampaikan di loket, lewat telepon, surat, surel atau kotak saran", None))
#endif // QT_CONFIG(tooltip)
        self.openViewButton.setText(QCoreApplication.translate("ComplaintsTab", u"&Belum selesai", None))
#if QT_CONFIG(tooltip)
        self.openViewButton.setToolTip(QCoreApplication.translate("ComplaintsTab", u"Pengaduan dan saran yang belum ditutup, yang paling dekat batas waktunya di atas \u2014 Alt+B", None))
#endif // QT_CONFIG(tooltip)
        self.allViewButton.setText(QCoreApplication.translate("ComplaintsTab", u"&Semua", None))
#if QT_CONFIG(tooltip)
        self.allViewButton.setToolTip(QCoreApplication.translate("ComplaintsTab", u"Semua pengaduan dan saran, yang belum selesai di atas \u2014 Alt+S", None))
#endif // QT_CONFIG(tooltip)
        self.viewHint.setText("")
        self.openButton.setText(QCoreApplication.translate("ComplaintsTab", u"Buka (Enter)", None))
        self.reportButton.setText(QCoreApplication.translate("ComplaintsTab", u"Laporan\u2026", None))
#if QT_CONFIG(tooltip)
        self.reportButton.setToolTip(QCoreApplication.translate("ComplaintsTab", u"Rekap pengaduan bulanan atau laporan survei kepuasan, sebagai PDF atau Excel", None))
#endif // QT_CONFIG(tooltip)
        self.compensationButton.setText(QCoreApplication.translate("ComplaintsTab", u"Kompensasi\u2026", None))
#if QT_CONFIG(tooltip)
        self.compensationButton.setToolTip(QCoreApplication.translate("ComplaintsTab", u"Permohonan yang selesai lewat janji layanan: surat permohonan maaf dan kompensasi", None))
#endif // QT_CONFIG(tooltip)
        self.surveyButton.setText(QCoreApplication.translate("ComplaintsTab", u"Survei kepuasan (kiosk)\u2026", None))
#if QT_CONFIG(tooltip)
        self.surveyButton.setToolTip(QCoreApplication.translate("ComplaintsTab", u"Buka layar survei kepuasan untuk diisi pemohon di loket", None))
#endif // QT_CONFIG(tooltip)
        self.keysHint.setText(QCoreApplication.translate("ComplaintsTab", u"Enter atau klik dua kali: buka pengaduan \u00b7 Ctrl+N: catat pengaduan baru \u00b7 Alt+B / Alt+S: belum selesai / semua \u00b7 F3: cari nomor, nama atau perihal \u00b7 F4: permintaan informasi", None))
        pass
    # retranslateUi

