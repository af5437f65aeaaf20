# Generated from ui/tabs/intake.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake.ui'
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
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableView, QVBoxLayout, QWidget)

from counterdesk.gui.empty_state import EmptyState

class Ui_IntakeTab(object):
    def setupUi(self, IntakeTab):
        if not IntakeTab.objectName():
            IntakeTab.setObjectName(u"IntakeTab")
        self.tabLayout = QVBoxLayout(IntakeTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(12)
        self.headerLayout.setObjectName(u"headerLayout")
        self.summaryLabel = QLabel(IntakeTab)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setProperty(u"role", u"summary")

        self.headerLayout.addWidget(self.summaryLabel)

        self.historicButton = QPushButton(IntakeTab)
        self.historicButton.setObjectName(u"historicButton")
        self.historicButton.setAutoDefault(False)

        self.headerLayout.addWidget(self.historicButton)

        self.infoRequestsButton = QPushButton(IntakeTab)
        self.infoRequestsButton.setObjectName(u"infoRequestsButton")
        self.infoRequestsButton.setAutoDefault(False)

        self.headerLayout.addWidget(self.infoRequestsButton)

        self.newApplicationButton = QPushButton(IntakeTab)
        self.newApplicationButton.setObjectName(u"newApplicationButton")
        self.newApplicationButton.setAutoDefault(False)
        self.newApplicationButton.setProperty(u"primary", True)

        self.headerLayout.addWidget(self.newApplicationButton)

        self.headerLayout.setStretch(0, 1)

        self.tabLayout.addLayout(self.headerLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(6)
        self.filterLayout.setObjectName(u"filterLayout")
        self.statusFilterLabel = QLabel(IntakeTab)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.filterLayout.addWidget(self.statusFilterLabel)

        self.statusFilter = QComboBox(IntakeTab)
        self.statusFilter.setObjectName(u"statusFilter")
        self.statusFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.statusFilter)

        self.filterSpacer1 = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer1)

        self.serviceFilterLabel = QLabel(IntakeTab)
        self.serviceFilterLabel.setObjectName(u"serviceFilterLabel")

        self.filterLayout.addWidget(self.serviceFilterLabel)

        self.serviceFilter = QComboBox(IntakeTab)
        self.serviceFilter.setObjectName(u"serviceFilter")
        self.serviceFilter.setMinimumContentsLength(28)
        self.serviceFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterLayout.addWidget(self.serviceFilter)

        self.filterSpacer2 = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer2)

        self.dateFilter = QCheckBox(IntakeTab)
        self.dateFilter.setObjectName(u"dateFilter")

        self.filterLayout.addWidget(self.dateFilter)

        self.dateFrom = QDateEdit(IntakeTab)
        self.dateFrom.setObjectName(u"dateFrom")
        self.dateFrom.setCalendarPopup(True)
        self.dateFrom.setEnabled(False)

        self.filterLayout.addWidget(self.dateFrom)

        self.dateToLabel = QLabel(IntakeTab)
        self.dateToLabel.setObjectName(u"dateToLabel")

        self.filterLayout.addWidget(self.dateToLabel)

        self.dateTo = QDateEdit(IntakeTab)
        self.dateTo.setObjectName(u"dateTo")
        self.dateTo.setCalendarPopup(True)
        self.dateTo.setEnabled(False)

        self.filterLayout.addWidget(self.dateTo)

        self.filterSpacer3 = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer3)

        self.resetFiltersButton = QPushButton(IntakeTab)
        self.resetFiltersButton.setObjectName(u"resetFiltersButton")
        self.resetFiltersButton.setAutoDefault(False)

        self.filterLayout.addWidget(self.resetFiltersButton)

        self.filterStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterStretch)


        self.tabLayout.addLayout(self.filterLayout)

        self.listStack = QStackedWidget(IntakeTab)
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

        self.tabLayout.addWidget(self.listStack)

        self.listHint = QLabel(IntakeTab)
        self.listHint.setObjectName(u"listHint")
        self.listHint.setWordWrap(True)
        self.listHint.setProperty(u"role", u"hint")

        self.tabLayout.addWidget(self.listHint)

#if QT_CONFIG(shortcut)
        self.statusFilterLabel.setBuddy(self.statusFilter)
        self.serviceFilterLabel.setBuddy(self.serviceFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.newApplicationButton, self.infoRequestsButton)
        QWidget.setTabOrder(self.infoRequestsButton, self.historicButton)
        QWidget.setTabOrder(self.historicButton, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.serviceFilter)
        QWidget.setTabOrder(self.serviceFilter, self.dateFilter)
        QWidget.setTabOrder(self.dateFilter, self.dateFrom)
        QWidget.setTabOrder(self.dateFrom, self.dateTo)
        QWidget.setTabOrder(self.dateTo, self.resetFiltersButton)
        QWidget.setTabOrder(self.resetFiltersButton, self.tableView)

        self.retranslateUi(IntakeTab)

        QMetaObject.connectSlotsByName(IntakeTab)
    # setupUi

    def retranslateUi(self, IntakeTab):
        self.summaryLabel.setText("")
        self.historicButton.setText(QCoreApplication.translate("IntakeTab", u"Sertifikat lama", None))
#if QT_CONFIG(tooltip)
        self.historicButton.setToolTip(QCoreApplication.translate("IntakeTab", u"Catat sertifikat kertas yang terbit sebelum CounterDesk: satu per satu (F6) atau impor dari Excel/CSV (F7)", None))
#endif // QT_CONFIG(tooltip)
        self.infoRequestsButton.setText(QCoreApplication.translate("IntakeTab", u"Permintaan informasi (F4)", None))
#if QT_CONFIG(tooltip)
        self.infoRequestsButton.setToolTip(QCoreApplication.translate("IntakeTab", u"Catat, jawab atau eskalasi permintaan informasi lewat surel, web-chat, media sosial (F4)", None))
#endif // QT_CONFIG(tooltip)
        self.newApplicationButton.setText(QCoreApplication.translate("IntakeTab", u"Permohonan baru (F2)", None))
#if QT_CONFIG(tooltip)
        self.newApplicationButton.setToolTip(QCoreApplication.translate("IntakeTab", u"Catat pemohon dan permohonan, lalu cetak tanda terima (F2)", None))
#endif // QT_CONFIG(tooltip)
        self.statusFilterLabel.setText(QCoreApplication.translate("IntakeTab", u"&Status:", None))
        self.serviceFilterLabel.setText(QCoreApplication.translate("IntakeTab", u"&Layanan:", None))
        self.dateFilter.setText(QCoreApplication.translate("IntakeTab", u"&Diterima dari", None))
        self.dateFrom.setDisplayFormat(QCoreApplication.translate("IntakeTab", u"dd-MM-yyyy", None))
        self.dateToLabel.setText(QCoreApplication.translate("IntakeTab", u"s.d.", None))
        self.dateTo.setDisplayFormat(QCoreApplication.translate("IntakeTab", u"dd-MM-yyyy", None))
        self.resetFiltersButton.setText(QCoreApplication.translate("IntakeTab", u"Atur ulang saringan", None))
#if QT_CONFIG(tooltip)
        self.resetFiltersButton.setToolTip(QCoreApplication.translate("IntakeTab", u"Kembali ke semua permohonan yang masih berjalan, semua layanan, tanpa batas tanggal", None))
#endif // QT_CONFIG(tooltip)
        self.listHint.setText(QCoreApplication.translate("IntakeTab", u"Enter atau klik dua kali: buka rincian permohonan. Pindai barcode tanda terima kapan saja untuk langsung membukanya.", None))
        pass
    # retranslateUi

