# Generated from ui/dialogs/sync_candidate.ui by tools/build_forms.py — DO NOT EDIT.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_candidate.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QLabel,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_SyncCandidate(object):
    def setupUi(self, SyncCandidate):
        if not SyncCandidate.objectName():
            SyncCandidate.setObjectName(u"SyncCandidate")
        SyncCandidate.setFrameShape(QFrame.Shape.StyledPanel)
        self.candidateLayout = QVBoxLayout(SyncCandidate)
        self.candidateLayout.setObjectName(u"candidateLayout")
        self.heading = QLabel(SyncCandidate)
        self.heading.setObjectName(u"heading")
        self.heading.setProperty(u"role", u"hint")

        self.candidateLayout.addWidget(self.heading)

        self.value = QLabel(SyncCandidate)
        self.value.setObjectName(u"value")
        self.value.setWordWrap(True)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setProperty(u"role", u"subheading")

        self.candidateLayout.addWidget(self.value)

        self.facts = QFormLayout()
        self.facts.setObjectName(u"facts")
        self.writerLabel = QLabel(SyncCandidate)
        self.writerLabel.setObjectName(u"writerLabel")

        self.facts.setWidget(0, QFormLayout.ItemRole.LabelRole, self.writerLabel)

        self.writer = QLabel(SyncCandidate)
        self.writer.setObjectName(u"writer")

        self.facts.setWidget(0, QFormLayout.ItemRole.FieldRole, self.writer)

        self.siteLabel = QLabel(SyncCandidate)
        self.siteLabel.setObjectName(u"siteLabel")

        self.facts.setWidget(1, QFormLayout.ItemRole.LabelRole, self.siteLabel)

        self.site = QLabel(SyncCandidate)
        self.site.setObjectName(u"site")

        self.facts.setWidget(1, QFormLayout.ItemRole.FieldRole, self.site)

        self.writtenAtLabel = QLabel(SyncCandidate)
        self.writtenAtLabel.setObjectName(u"writtenAtLabel")

        self.facts.setWidget(2, QFormLayout.ItemRole.LabelRole, self.writtenAtLabel)

        self.writtenAt = QLabel(SyncCandidate)
        self.writtenAt.setObjectName(u"writtenAt")

        self.facts.setWidget(2, QFormLayout.ItemRole.FieldRole, self.writtenAt)


        self.candidateLayout.addLayout(self.facts)

        self.chooseButton = QPushButton(SyncCandidate)
        self.chooseButton.setObjectName(u"chooseButton")
        self.chooseButton.setAutoDefault(False)

        self.candidateLayout.addWidget(self.chooseButton)


        self.retranslateUi(SyncCandidate)

        QMetaObject.connectSlotsByName(SyncCandidate)
    # setupUi

    def retranslateUi(self, SyncCandidate):
        self.heading.setText("")
        self.value.setText("")
        self.writerLabel.setText(QCoreApplication.translate("SyncCandidate", u"Oleh", None))
        self.writer.setText("")
        self.siteLabel.setText(QCoreApplication.translate("SyncCandidate", u"Di loket", None))
        self.site.setText("")
        self.writtenAtLabel.setText(QCoreApplication.translate("SyncCandidate", u"Pada", None))
        self.writtenAt.setText("")
        self.chooseButton.setText(QCoreApplication.translate("SyncCandidate", u"Pilih nilai ini", None))
        pass
    # retranslateUi

