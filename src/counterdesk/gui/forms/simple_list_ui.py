# Generated from ui/tabs/simple_list.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'simple_list.ui'
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

class Ui_SimpleListTab(object):
    def setupUi(self, SimpleListTab):
        if not SimpleListTab.objectName():
            SimpleListTab.setObjectName(u"SimpleListTab")
        self.tabLayout = QVBoxLayout(SimpleListTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(12)
        self.headerLayout.setObjectName(u"headerLayout")
        self.summaryLabel = QLabel(SimpleListTab)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setProperty(u"role", u"summary")

        self.headerLayout.addWidget(self.summaryLabel)

        self.primaryButton = QPushButton(SimpleListTab)
        self.primaryButton.setObjectName(u"primaryButton")
        self.primaryButton.setText(u"(set by the tab)")
        self.primaryButton.setEnabled(False)
        self.primaryButton.setProperty(u"primary", True)
        self.primaryButton.setAutoDefault(False)

        self.headerLayout.addWidget(self.primaryButton)

        self.headerLayout.setStretch(0, 1)

        self.tabLayout.addLayout(self.headerLayout)

        self.listStack = QStackedWidget(SimpleListTab)
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


        self.retranslateUi(SimpleListTab)

        QMetaObject.connectSlotsByName(SimpleListTab)
    # setupUi

    def retranslateUi(self, SimpleListTab):
        self.summaryLabel.setText("")
#if QT_CONFIG(tooltip)
        self.primaryButton.setToolTip(QCoreApplication.translate("SimpleListTab", u"Fitur ini dibuat pada tahap berikutnya.", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

