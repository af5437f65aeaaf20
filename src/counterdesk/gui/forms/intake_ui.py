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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QStackedWidget,
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

        self.newApplicationButton = QPushButton(IntakeTab)
        self.newApplicationButton.setObjectName(u"newApplicationButton")
        self.newApplicationButton.setEnabled(False)
        self.newApplicationButton.setProperty(u"primary", True)
        self.newApplicationButton.setAutoDefault(False)

        self.headerLayout.addWidget(self.newApplicationButton)

        self.headerLayout.setStretch(0, 1)

        self.tabLayout.addLayout(self.headerLayout)

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


        self.retranslateUi(IntakeTab)

        QMetaObject.connectSlotsByName(IntakeTab)
    # setupUi

    def retranslateUi(self, IntakeTab):
        self.summaryLabel.setText("")
        self.newApplicationButton.setText(QCoreApplication.translate("IntakeTab", u"Permohonan baru (F2)", None))
#if QT_CONFIG(tooltip)
        self.newApplicationButton.setToolTip(QCoreApplication.translate("IntakeTab", u"Fitur ini dibuat pada tahap berikutnya.", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

