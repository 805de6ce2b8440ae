// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/main/MainWindow.h"

#include "model/about/AppInfo.h"
#include "model/batch/BatchReader.h"
#include "model/demo/DemoOrganisation.h"
#include "model/review/ConversationModel.h"
#include "model/review/TaskListModel.h"
#include "ui/about/AboutDialog.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/main/ConversationDelegate.h"
#include "ui/main/ConversationPane.h"
#include "ui/main/QueuePane.h"
#include "ui/main/ReviewFormPane.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace veil::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_queue(new QueuePane(m_splitter))
    , m_conversation(new ConversationPane(m_splitter))
    , m_review(new ReviewFormPane(m_splitter))
    , m_statusText(new QLabel(this))
    , m_demoBanner(new QLabel(this))
    , m_tasks(new model::TaskListModel(this))
    , m_messages(new model::ConversationModel(this))
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

    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setText(tr("Demo organisation — synthetic data and public demo keys. Never use for real "
                             "conversations."));
    m_demoBanner->setAlignment(Qt::AlignCenter);
    m_demoBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; color: #5a4500; padding: 6px; "
                                               "border-bottom: 1px solid #e2cf7e; font-weight: 600; }"));
    m_demoBanner->hide();
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_demoBanner);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    QTreeView* queue = m_queue->view();
    queue->setModel(m_tasks);
    queue->setRootIsDecorated(false);
    queue->setHeaderHidden(true);
    connect(queue->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showTask(current.isValid() ? current.row() : -1); });
    QListView* conversation = m_conversation->view();
    conversation->setModel(m_messages);
    conversation->setItemDelegate(new ConversationDelegate(conversation));
    conversation->setResizeMode(QListView::Adjust);
    conversation->setSelectionMode(QAbstractItemView::NoSelection);

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

void MainWindow::showBatch(std::unique_ptr<model::BatchReader> batch)
{
    const bool demo = batch && model::DemoOrganisation::isDemoIssuer(batch->header().issuer);
    QString status = tr("No batch loaded");
    if (batch) {
        status = tr("Batch %1 · %2 tasks · expires %3")
                     .arg(batch->header().batchId)
                     .arg(batch->taskCount())
                     .arg(QLocale().toString(batch->header().expires.toLocalTime().date(),
                                             QLocale::ShortFormat));
    }
    m_messages->clear();
    m_tasks->setBatch(std::move(batch));
    m_demoBanner->setVisible(demo);
    m_statusText->setText(status);
    m_queue->setHasContent(m_tasks->rowCount() > 0);
    m_conversation->setHasContent(false);
    if (m_tasks->rowCount() > 0) {
        // The view may already have made row 0 current on its own (focus,
        // reset), in which case setCurrentIndex() emits nothing.
        const QModelIndex first = m_tasks->index(0);
        if (m_queue->view()->currentIndex() == first) {
            showTask(0);
        } else {
            m_queue->view()->setCurrentIndex(first);
        }
    }
}

void MainWindow::showTask(int row)
{
    const model::BatchReader* batch = m_tasks->batch();
    if (batch == nullptr || row < 0) {
        m_messages->clear();
        m_conversation->setHasContent(false);
        return;
    }
    auto task = batch->task(row);
    if (!task) {
        m_messages->clear();
        m_conversation->setHasContent(false);
        m_statusText->setText(task.error());
        return;
    }
    m_messages->setTask(std::move(task).value());
    m_conversation->setHasContent(true);
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
