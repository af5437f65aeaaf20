# Generated from ui/tabs/interview.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interview.ui'
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
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QTableView, QVBoxLayout, QWidget)

from counterdesk.gui.empty_state import EmptyState

class Ui_InterviewTab(object):
    def setupUi(self, InterviewTab):
        if not InterviewTab.objectName():
            InterviewTab.setObjectName(u"InterviewTab")
        self.tabLayout = QVBoxLayout(InterviewTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.summaryLabel = QLabel(InterviewTab)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setProperty(u"role", u"summary")
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.tabLayout.addWidget(self.summaryLabel)

        self.viewLayout = QHBoxLayout()
        self.viewLayout.setSpacing(0)
        self.viewLayout.setObjectName(u"viewLayout")
        self.minutesViewButton = QPushButton(InterviewTab)
        self.minutesViewButton.setObjectName(u"minutesViewButton")
        self.minutesViewButton.setAutoDefault(False)
        self.minutesViewButton.setCheckable(True)
        self.minutesViewButton.setProperty(u"segment", True)

        self.viewLayout.addWidget(self.minutesViewButton)

        self.casesViewButton = QPushButton(InterviewTab)
        self.casesViewButton.setObjectName(u"casesViewButton")
        self.casesViewButton.setAutoDefault(False)
        self.casesViewButton.setCheckable(True)
        self.casesViewButton.setProperty(u"segment", True)

        self.viewLayout.addWidget(self.casesViewButton)

        self.viewHint = QLabel(InterviewTab)
        self.viewHint.setObjectName(u"viewHint")
        self.viewHint.setWordWrap(True)
        self.viewHint.setProperty(u"role", u"hint")
        self.viewHint.setIndent(12)

        self.viewLayout.addWidget(self.viewHint)

        self.viewLayout.setStretch(2, 1)

        self.tabLayout.addLayout(self.viewLayout)

        self.views = QStackedWidget(InterviewTab)
        self.views.setObjectName(u"views")
        self.minutesPage = QWidget()
        self.minutesPage.setObjectName(u"minutesPage")
        self.minutesPageLayout = QVBoxLayout(self.minutesPage)
        self.minutesPageLayout.setObjectName(u"minutesPageLayout")
        self.minutesPageLayout.setContentsMargins(0, 0, 0, 0)
        self.minutesActions = QHBoxLayout()
        self.minutesActions.setObjectName(u"minutesActions")
        self.newMinutesButton = QPushButton(self.minutesPage)
        self.newMinutesButton.setObjectName(u"newMinutesButton")
        self.newMinutesButton.setAutoDefault(False)
        self.newMinutesButton.setProperty(u"primary", True)

        self.minutesActions.addWidget(self.newMinutesButton)

        self.minutesActionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.minutesActions.addItem(self.minutesActionsSpacer)

        self.openMinutesButton = QPushButton(self.minutesPage)
        self.openMinutesButton.setObjectName(u"openMinutesButton")
        self.openMinutesButton.setAutoDefault(False)

        self.minutesActions.addWidget(self.openMinutesButton)


        self.minutesPageLayout.addLayout(self.minutesActions)

        self.listStack = QStackedWidget(self.minutesPage)
        self.listStack.setObjectName(u"listStack")
        self.listStackTablePage = QWidget()
        self.listStackTablePage.setObjectName(u"listStackTablePage")
        self.listStackTablePageLayout = QVBoxLayout(self.listStackTablePage)
        self.listStackTablePageLayout.setObjectName(u"listStackTablePageLayout")
        self.listStackTablePageLayout.setContentsMargins(0, 0, 0, 0)
        self.tableView = QTableView(self.listStackTablePage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setWordWrap(False)
        self.tableView.setSortingEnabled(True)
        self.tableView.horizontalHeader().setHighlightSections(False)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.listStackTablePageLayout.addWidget(self.tableView)

        self.listStack.addWidget(self.listStackTablePage)
        self.listStackEmptyPage = QWidget()
        self.listStackEmptyPage.setObjectName(u"listStackEmptyPage")
        self.listStackEmptyPageLayout = QVBoxLayout(self.listStackEmptyPage)
        self.listStackEmptyPageLayout.setObjectName(u"listStackEmptyPageLayout")
        self.listStackEmptyPageLayout.setContentsMargins(0, 0, 0, 0)
        self.emptyState = EmptyState(self.listStackEmptyPage)
        self.emptyState.setObjectName(u"emptyState")

        self.listStackEmptyPageLayout.addWidget(self.emptyState)

        self.listStack.addWidget(self.listStackEmptyPage)

        self.minutesPageLayout.addWidget(self.listStack)

        self.views.addWidget(self.minutesPage)
        self.casesPage = QWidget()
        self.casesPage.setObjectName(u"casesPage")
        self.casesPageLayout = QVBoxLayout(self.casesPage)
        self.casesPageLayout.setObjectName(u"casesPageLayout")
        self.casesPageLayout.setContentsMargins(0, 0, 0, 0)
        self.caseActions = QHBoxLayout()
        self.caseActions.setObjectName(u"caseActions")
        self.correctionButton = QPushButton(self.casesPage)
        self.correctionButton.setObjectName(u"correctionButton")
        self.correctionButton.setAutoDefault(False)

        self.caseActions.addWidget(self.correctionButton)

        self.lostButton = QPushButton(self.casesPage)
        self.lostButton.setObjectName(u"lostButton")
        self.lostButton.setAutoDefault(False)

        self.caseActions.addWidget(self.lostButton)

        self.legalisationButton = QPushButton(self.casesPage)
        self.legalisationButton.setObjectName(u"legalisationButton")
        self.legalisationButton.setAutoDefault(False)

        self.caseActions.addWidget(self.legalisationButton)

        self.caseActionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.caseActions.addItem(self.caseActionsSpacer)

        self.openCaseButton = QPushButton(self.casesPage)
        self.openCaseButton.setObjectName(u"openCaseButton")
        self.openCaseButton.setAutoDefault(False)

        self.caseActions.addWidget(self.openCaseButton)


        self.casesPageLayout.addLayout(self.caseActions)

        self.caseListStack = QStackedWidget(self.casesPage)
        self.caseListStack.setObjectName(u"caseListStack")
        self.caseListStackTablePage = QWidget()
        self.caseListStackTablePage.setObjectName(u"caseListStackTablePage")
        self.caseListStackTablePageLayout = QVBoxLayout(self.caseListStackTablePage)
        self.caseListStackTablePageLayout.setObjectName(u"caseListStackTablePageLayout")
        self.caseListStackTablePageLayout.setContentsMargins(0, 0, 0, 0)
        self.caseTableView = QTableView(self.caseListStackTablePage)
        self.caseTableView.setObjectName(u"caseTableView")
        self.caseTableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.caseTableView.setAlternatingRowColors(True)
        self.caseTableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.caseTableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.caseTableView.setWordWrap(False)
        self.caseTableView.setSortingEnabled(True)
        self.caseTableView.horizontalHeader().setHighlightSections(False)
        self.caseTableView.horizontalHeader().setStretchLastSection(True)
        self.caseTableView.verticalHeader().setVisible(False)

        self.caseListStackTablePageLayout.addWidget(self.caseTableView)

        self.caseListStack.addWidget(self.caseListStackTablePage)
        self.caseListStackEmptyPage = QWidget()
        self.caseListStackEmptyPage.setObjectName(u"caseListStackEmptyPage")
        self.caseListStackEmptyPageLayout = QVBoxLayout(self.caseListStackEmptyPage)
        self.caseListStackEmptyPageLayout.setObjectName(u"caseListStackEmptyPageLayout")
        self.caseListStackEmptyPageLayout.setContentsMargins(0, 0, 0, 0)
        self.caseEmptyState = EmptyState(self.caseListStackEmptyPage)
        self.caseEmptyState.setObjectName(u"caseEmptyState")

        self.caseListStackEmptyPageLayout.addWidget(self.caseEmptyState)

        self.caseListStack.addWidget(self.caseListStackEmptyPage)

        self.casesPageLayout.addWidget(self.caseListStack)

        self.views.addWidget(self.casesPage)

        self.tabLayout.addWidget(self.views)


        self.retranslateUi(InterviewTab)

        QMetaObject.connectSlotsByName(InterviewTab)
    # setupUi

    def retranslateUi(self, InterviewTab):
        self.summaryLabel.setText("")
        self.minutesViewButton.setText(QCoreApplication.translate("InterviewTab", u"&Berita acara", None))
#if QT_CONFIG(tooltip)
        self.minutesViewButton.setToolTip(QCoreApplication.translate("InterviewTab", u"Berita acara wawancara: draf, ditandatangani, diubah \u2014 Alt+B", None))
#endif // QT_CONFIG(tooltip)
        self.casesViewButton.setText(QCoreApplication.translate("InterviewTab", u"&Kasus sertifikat", None))
#if QT_CONFIG(tooltip)
        self.casesViewButton.setToolTip(QCoreApplication.translate("InterviewTab", u"Ralat, sertifikat hilang, legalisasi \u2014 pemeriksaan dua lapis \u2014 Alt+K", None))
#endif // QT_CONFIG(tooltip)
        self.viewHint.setText("")
        self.newMinutesButton.setText(QCoreApplication.translate("InterviewTab", u"Berita acara baru (Ctrl+N)", None))
#if QT_CONFIG(tooltip)
        self.newMinutesButton.setToolTip(QCoreApplication.translate("InterviewTab", u"Catat wawancara untuk permohonan ralat atau sertifikat hilang", None))
#endif // QT_CONFIG(tooltip)
        self.openMinutesButton.setText(QCoreApplication.translate("InterviewTab", u"Buka berita acara (Enter)", None))
#if QT_CONFIG(tooltip)
        self.openMinutesButton.setToolTip(QCoreApplication.translate("InterviewTab", u"Buka berita acara yang dipilih (Enter atau klik dua kali)", None))
#endif // QT_CONFIG(tooltip)
        self.correctionButton.setText(QCoreApplication.translate("InterviewTab", u"Permohonan ralat\u2026", None))
#if QT_CONFIG(tooltip)
        self.correctionButton.setToolTip(QCoreApplication.translate("InterviewTab", u"Ralat data sertifikat; perlu berita acara yang sudah ditandatangani", None))
#endif // QT_CONFIG(tooltip)
        self.lostButton.setText(QCoreApplication.translate("InterviewTab", u"Sertifikat hilang\u2026", None))
#if QT_CONFIG(tooltip)
        self.lostButton.setToolTip(QCoreApplication.translate("InterviewTab", u"Surat keterangan pengganti; perlu surat kehilangan dari kepolisian dan berita acara", None))
#endif // QT_CONFIG(tooltip)
        self.legalisationButton.setText(QCoreApplication.translate("InterviewTab", u"Legalisasi\u2026", None))
#if QT_CONFIG(tooltip)
        self.legalisationButton.setToolTip(QCoreApplication.translate("InterviewTab", u"Legalisasi fotokopi sertifikat (1\u201320 lembar), dengan label cap", None))
#endif // QT_CONFIG(tooltip)
        self.openCaseButton.setText(QCoreApplication.translate("InterviewTab", u"Buka kasus (Enter)", None))
#if QT_CONFIG(tooltip)
        self.openCaseButton.setToolTip(QCoreApplication.translate("InterviewTab", u"Buka kasus yang dipilih: periksa, setujui atau cetak suratnya", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

