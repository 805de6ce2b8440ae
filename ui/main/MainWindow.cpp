// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/main/MainWindow.h"

#include "model/about/AppInfo.h"
#include "model/batch/BatchReader.h"
#include "model/demo/DemoOrganisation.h"
#include "model/profile/Profile.h"
#include "model/review/ConversationModel.h"
#include "model/review/QueueModel.h"
#include "model/review/SessionController.h"
#include "model/review/TaskListModel.h"
#include "ui/about/AboutDialog.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/main/ConversationPane.h"
#include "ui/main/ExportController.h"
#include "ui/main/QueuePane.h"
#include "ui/main/ReviewFormPane.h"
#include "ui/main/SessionChrome.h"
#include "ui/start/StartScreen.h"
#include "ui/supervisor/SupervisorConsole.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace veil::ui {

namespace {

const QLatin1String kBatchSuffix(".veilbatch");

/// The local .veilbatch files among dropped URLs.
QStringList batchFiles(const QMimeData* mime)
{
    QStringList paths;
    if (mime == nullptr) {
        return paths;
    }
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(kBatchSuffix, Qt::CaseInsensitive)) {
            paths.append(url.toLocalFile());
        }
    }
    return paths;
}

QString submittedMessage(const QString& taskId, int masked)
{
    if (masked == 0) {
        return MainWindow::tr("Task %1 submitted").arg(taskId);
    }
    return masked == 1
        ? MainWindow::tr("Task %1 submitted; 1 value in its notes will be masked on export").arg(taskId)
        : MainWindow::tr("Task %1 submitted; %2 values in its notes will be masked on export")
              .arg(taskId)
              .arg(masked);
}

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : MainWindow(nullptr, parent)
{ }

MainWindow::MainWindow(model::SessionController* session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_pages(new QStackedWidget(this))
    , m_workspace(new QWidget(m_pages))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_queue(new QueuePane(m_splitter))
    , m_conversation(new ConversationPane(m_splitter))
    , m_review(new ReviewFormPane(m_splitter))
    , m_statusText(new QLabel(this))
    , m_demoBanner(new QLabel(this))
    , m_tasks(new model::TaskListModel(this))
    , m_messages(new model::ConversationModel(this))
    , m_queueModel(new model::QueueModel(this))
{
    m_exports = new ExportController(m_session, this);
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
    m_splitter->setSizes({ 370, 560, 350 });

    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setText(tr("Demo organisation — synthetic data and public demo keys. Never use for real "
                             "conversations."));
    m_demoBanner->setAlignment(Qt::AlignCenter);
    m_demoBanner->setWordWrap(true);  // a large font wraps it, never widens the window
    m_demoBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; color: #5a4500; padding: 6px; "
                                               "border-bottom: 1px solid #e2cf7e; }"));
    // Only the weight is the banner's own: a font set by the style sheet
    // would keep its size when the reviewer changes the font size.
    QFont bannerFont = m_demoBanner->font();
    bannerFont.setWeight(QFont::DemiBold);
    m_demoBanner->setFont(bannerFont);
    m_demoBanner->hide();
    m_workspace->setObjectName(QStringLiteral("workspace"));
    auto* layout = new QVBoxLayout(m_workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_demoBanner);
    layout->addWidget(m_splitter, 1);
    m_pages->setObjectName(QStringLiteral("windowPages"));
    m_pages->addWidget(m_workspace);
    setCentralWidget(m_pages);

    setQueueModel(m_session != nullptr ? static_cast<QAbstractItemModel*>(m_queueModel) : m_tasks);
    QListView* conversation = m_conversation->view();
    conversation->setModel(m_messages);
    conversation->setResizeMode(QListView::Adjust);

    m_statusText->setObjectName(QStringLiteral("statusText"));
    // With a large font the bar is too narrow for everything: this message
    // is cut at its end rather than drawn under the session's status.
    m_statusText->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_statusText->setText(tr("No batch loaded"));
    statusBar()->addWidget(m_statusText, 1);

    createMenus();
    resize(1280, 800);

    if (m_session != nullptr) {
        m_start = new StartScreen(m_session, m_pages);
        m_pages->addWidget(m_start);
        setAcceptDrops(true);
        connect(m_session, &model::SessionController::stageChanged, this, &MainWindow::onStageChanged);
        connect(m_session, &model::SessionController::batchesChanged, this, &MainWindow::onBatchesChanged);
        connect(m_session, &model::SessionController::aboutToLock, this, [this]() {
            // Every pointer into the profile goes before its keys and batches do;
            // the draft is saved while the vault is still open.
            m_review->clear();
            if (m_console != nullptr) {
                m_console->closeProfile();
            }
            showTask(nullptr, -1);
            setCurrentBatch({}, nullptr);
            m_queueModel->setSession(nullptr, nullptr);
            m_queue->setHasContent(false);
        });
        connect(m_review, &ReviewFormPane::stateChanged, m_queueModel, &model::QueueModel::refreshStates);
        connect(m_review, &ReviewFormPane::submitted, this,
                [this](const QString&, const QString& taskId, int masked) {
                    m_statusText->setText(submittedMessage(taskId, masked));
                    openNextTask();
                });
        connect(m_exports, &ExportController::exported, m_statusText, &QLabel::setText);
        onStageChanged();
        if (m_session->stage() == model::SessionController::Stage::Unlocked) {
            onBatchesChanged();
        }
        m_chrome = new SessionChrome(this, m_session);
    }
}

void MainWindow::setQueueModel(QAbstractItemModel* model)
{
    QTreeView* queue = m_queue->view();
    queue->setModel(model);
    const bool tree = model == m_queueModel;
    queue->setRootIsDecorated(tree);
    queue->setHeaderHidden(!tree);
    if (tree) {
        // Task ids must stay readable: the id column takes what its longest
        // id needs and the state column the rest (a scroll bar, not "de…").
        queue->header()->setStretchLastSection(true);
        queue->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        queue->header()->setMinimumSectionSize(60);
    }
    connect(queue->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showIndex);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    m_importAction = file->addAction(tr("&Import Batch…"), this, &MainWindow::chooseBatchFiles);
    m_importAction->setObjectName(QStringLiteral("actionImportBatch"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_importAction->setEnabled(false);
    file->addSeparator();
    file->addAction(m_exports->resultsAction());
    file->addAction(m_exports->auditAction());
    file->addSeparator();
    m_lockAction = file->addAction(tr("&Lock"));
    m_lockAction->setObjectName(QStringLiteral("actionLock"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setEnabled(false);
    if (m_session != nullptr) {
        connect(m_lockAction, &QAction::triggered, m_session, &model::SessionController::lock);
    }
    file->addSeparator();
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
            showIndex(first);
        } else {
            m_queue->view()->setCurrentIndex(first);
        }
    }
}

void MainWindow::showIndex(const QModelIndex& index)
{
    if (m_session == nullptr) {
        showTask(m_tasks->batch(), index.isValid() ? index.row() : -1);
        return;
    }
    setCurrentBatch(m_queueModel->batchIdAt(index), m_queueModel->batchAt(index));
    showTask(m_queueModel->batchAt(index), m_queueModel->taskIndexAt(index));
    showReviewForm(index);
}

void MainWindow::showReviewForm(const QModelIndex& index)
{
    const model::BatchReader* batch = m_queueModel->batchAt(index);
    const QString taskId
        = index.isValid() ? m_queueModel->data(index, model::QueueModel::TaskIdRole).toString() : QString();
    if (batch == nullptr || taskId.isEmpty() || m_session->work() == nullptr) {
        m_review->clear();
        return;
    }
    m_review->setTask(m_session->work(), m_queueModel->batchIdAt(index), taskId, batch->header().rubric);
}

void MainWindow::openNextTask()
{
    const QModelIndex next = m_queueModel->nextOpenTask(m_queue->view()->currentIndex());
    if (!next.isValid()) {
        m_statusText->setText(tr("All tasks are submitted. Export the results from the File menu."));
        return;
    }
    m_queue->view()->setCurrentIndex(next);
    m_queue->view()->scrollTo(next);
}

void MainWindow::showTask(const model::BatchReader* batch, int row)
{
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
    m_messages->setTask(std::move(task).value(), row);
    m_conversation->setHasContent(true);
}

void MainWindow::setCurrentBatch(const QString& batchId, const model::BatchReader* batch)
{
    if (batchId == m_currentBatchId) {
        return;
    }
    m_currentBatchId = batchId;
    if (batch != nullptr) {
        m_statusText->setText(
            tr("Batch %1 · %2 tasks · expires %3")
                .arg(batchId)
                .arg(batch->taskCount())
                .arg(QLocale().toString(batch->header().expires.toLocalTime().date(), QLocale::ShortFormat)));
    }
    m_conversation->setRevealService(revealService());
    m_exports->setBatch(batchId);
    emit currentBatchChanged(batchId);
}

model::Profile* MainWindow::profile() const
{
    return m_session != nullptr ? m_session->profile() : nullptr;
}

model::RevealService* MainWindow::revealService() const
{
    model::Profile* unlocked = profile();
    if (unlocked == nullptr || m_currentBatchId.isEmpty()) {
        return nullptr;
    }
    auto service = unlocked->reveals(m_currentBatchId);
    return service ? service.value() : nullptr;
}

void MainWindow::onStageChanged()
{
    const bool unlocked = m_session->stage() == model::SessionController::Stage::Unlocked;
    // A supervisor's profile opens the supervisor console instead of the review workspace.
    const bool supervisor = isSupervisor();
    m_importAction->setEnabled(unlocked && !supervisor);  // supervisors import audit exports, not batches
    m_lockAction->setEnabled(unlocked);
    m_exports->setUnlocked(unlocked);
    if (supervisor && m_console == nullptr) {
        m_console = new SupervisorConsole(m_pages);
        m_pages->addWidget(m_console);
    }
    if (supervisor) {
        m_console->openProfile(m_session->profile());
    }
    m_pages->setCurrentWidget(supervisor     ? m_console
                                  : unlocked ? m_workspace
                                             : static_cast<QWidget*>(m_start));
    m_demoBanner->setVisible(unlocked && m_session->isDemo());
    if (!unlocked) {
        setWindowTitle(model::AppInfo::productName());
        m_statusText->setText(tr("Locked"));
        return;
    }
    setWindowTitle(tr("%1 — %2").arg(model::AppInfo::productName(), m_session->profile()->reviewerId()));
    const QStringList purged = m_session->purgedAtUnlock();
    m_statusText->setText(purged.isEmpty()
                              ? tr("Unlocked")
                              : tr("Removed expired batches: %1").arg(purged.join(QStringLiteral(", "))));
}

void MainWindow::onBatchesChanged()
{
    m_queueModel->setSession(m_session->profile(), m_session->work());
    m_queue->setHasContent(m_queueModel->rowCount() > 0);
    m_queue->view()->expandAll();
    selectFirstTask();
    if (!m_pendingImports.isEmpty() && m_session->profile() != nullptr) {
        // Not from inside the session's own signal: importing emits it again.
        QTimer::singleShot(0, this, [this]() { importBatches(std::exchange(m_pendingImports, {})); });
    }
}

void MainWindow::selectFirstTask(const QString& batchId)
{
    QModelIndex batch = batchId.isEmpty() ? m_queueModel->index(0, 0) : m_queueModel->indexOfBatch(batchId);
    if (!batch.isValid()) {
        showIndex({});
        return;
    }
    const QModelIndex first = m_queueModel->rowCount(batch) > 0 ? m_queueModel->index(0, 0, batch) : batch;
    if (m_queue->view()->currentIndex() == first) {
        showIndex(first);
    } else {
        m_queue->view()->setCurrentIndex(first);
    }
}

void MainWindow::chooseBatchFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import Batch"), QString(),
                                                            tr("Veil batches (*.veilbatch)"));
    importBatches(paths);
}

void MainWindow::importBatches(const QStringList& paths)
{
    if (m_session == nullptr || paths.isEmpty()) {
        return;
    }
    if (m_session->profile() == nullptr) {
        m_pendingImports.append(paths);
        return;
    }
    if (isSupervisor()) {
        m_statusText->setText(tr("A supervisor profile does not review batches; %n batch(es) not imported",
                                 nullptr, int(paths.size())));
        return;
    }
    QString lastImported;
    for (const QString& path : paths) {
        auto imported = m_session->importBatch(path);
        if (imported) {
            lastImported = imported.value();
            continue;
        }
        QMessageBox box(QMessageBox::Warning, tr("Batch Refused"),
                        tr("%1 was not imported.").arg(QFileInfo(path).fileName()), QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("batchRefusedMessage"));
        box.setInformativeText(imported.error());
        box.exec();
    }
    if (!lastImported.isEmpty()) {
        selectFirstTask(lastImported);
        m_statusText->setText(tr("Imported batch %1").arg(lastImported));
    }
}

bool MainWindow::isSupervisor() const
{
    return m_session != nullptr && m_session->profile() != nullptr
        && m_session->profile()->role() == QLatin1String("supervisor");
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_session != nullptr && m_session->profile() != nullptr && !isSupervisor()
        && !batchFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = batchFiles(event->mimeData());
    if (m_session == nullptr || m_session->profile() == nullptr || paths.isEmpty()) {
        return;
    }
    event->acceptProposedAction();
    // After the drop returns: a modal refusal inside the drag would block the source.
    QTimer::singleShot(0, this, [this, paths]() { importBatches(paths); });
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
