// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/main/MainWindow.h"

#include "model/about/AppInfo.h"
#include "ui/about/AboutDialog.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/main/ConversationPane.h"
#include "ui/main/QueuePane.h"
#include "ui/main/ReviewFormPane.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>

namespace veil::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_queue(new QueuePane(m_splitter))
    , m_conversation(new ConversationPane(m_splitter))
    , m_review(new ReviewFormPane(m_splitter))
    , m_statusText(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(model::AppInfo::productName());
    setWindowIcon(QIcon(QStringLiteral(":/veil/icons/veil-256.png")));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_queue);
    m_splitter->addWidget(m_conversation);
    m_splitter->addWidget(m_review);
    // The conversation gets the extra room when the window grows.
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({ 280, 640, 360 });
    setCentralWidget(m_splitter);

    m_statusText->setObjectName(QStringLiteral("statusText"));
    m_statusText->setText(tr("No batch loaded"));
    statusBar()->addWidget(m_statusText, 1);

    createMenus();
    resize(1280, 800);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction* showQueue = view->addAction(tr("Show &Queue"));
    showQueue->setObjectName(QStringLiteral("actionShowQueue"));
    showQueue->setCheckable(true);
    showQueue->setChecked(true);
    showQueue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(showQueue, &QAction::toggled, m_queue, &QWidget::setVisible);
    QAction* showReview = view->addAction(tr("Show &Review Form"));
    showReview->setObjectName(QStringLiteral("actionShowReviewForm"));
    showReview->setCheckable(true);
    showReview->setChecked(true);
    showReview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(showReview, &QAction::toggled, m_review, &QWidget::setVisible);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Veil"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QList<QAction*> MainWindow::shortcutActions() const
{
    QList<QAction*> result;
    for (QAction* action : findChildren<QAction*>()) {
        if (!action->shortcut().isEmpty()) {
            result.append(action);
        }
    }
    return result;
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(shortcutActions(), this);
    dialog.exec();
}

}  // namespace veil::ui
