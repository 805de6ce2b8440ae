// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QAbstractItemModel;
class QAction;
class QLabel;
class QModelIndex;
class QSplitter;
class QStackedWidget;

namespace veil::model {
class BatchReader;
class ConversationModel;
class Profile;
class QueueModel;
class RevealService;
class SessionController;
class TaskListModel;
}  // namespace veil::model

namespace veil::ui {

class ConversationPane;
class ExportController;
class QueuePane;
class ReviewFormPane;
class SessionChrome;
class StartScreen;
class SupervisorConsole;

/// The reviewer's main window: the start screen (create or unlock a profile)
/// until a session starts, then queue | conversation | review form, a menu
/// bar and a status bar. It wires panes and actions together; behaviour lives
/// in model/ services (SessionController, QueueModel), never here.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    /// A window without a session shows batches given to showBatch() only.
    explicit MainWindow(QWidget* parent = nullptr);
    /// A window for `session` (not owned): start screen first.
    explicit MainWindow(model::SessionController* session, QWidget* parent = nullptr);

    [[nodiscard]] QueuePane* queuePane() const { return m_queue; }
    [[nodiscard]] ConversationPane* conversationPane() const { return m_conversation; }
    [[nodiscard]] ReviewFormPane* reviewFormPane() const { return m_review; }
    /// File > Export Results… / Export Audit Log….
    [[nodiscard]] ExportController* exports() const { return m_exports; }
    /// Every action with a shortcut, for the keyboard help dialog.
    [[nodiscard]] QList<QAction*> shortcutActions() const;

    /// Shows an opened batch in the queue; the window owns it from now on.
    /// A batch from the demo organisation turns the demo banner on.
    void showBatch(std::unique_ptr<model::BatchReader> batch);
    [[nodiscard]] model::TaskListModel* taskModel() const { return m_tasks; }
    [[nodiscard]] model::ConversationModel* conversationModel() const { return m_messages; }

    // Session ---------------------------------------------------------------
    [[nodiscard]] model::SessionController* session() const { return m_session; }
    [[nodiscard]] StartScreen* startScreen() const { return m_start; }
    /// Idle lock, status figures and settings; null without a session.
    [[nodiscard]] SessionChrome* sessionChrome() const { return m_chrome; }
    /// The supervisor console, or null before a supervisor profile unlocked.
    [[nodiscard]] SupervisorConsole* supervisorConsole() const { return m_console; }
    [[nodiscard]] model::QueueModel* queueModel() const { return m_queueModel; }
    /// The unlocked profile, or null.
    [[nodiscard]] model::Profile* profile() const;
    /// The batch of the task shown, or empty.
    [[nodiscard]] const QString& currentBatchId() const { return m_currentBatchId; }
    /// The audited reveal service of the batch shown, or null.
    [[nodiscard]] model::RevealService* revealService() const;
    /// Imports .veilbatch files (menu, drop, command line); each refusal is
    /// shown with the verifier's reason. Before unlock they wait for it.
    void importBatches(const QStringList& paths);
    /// True while a supervisor's profile is unlocked (the console is shown).
    [[nodiscard]] bool isSupervisor() const;

signals:
    /// The batch shown changed (empty id: none); reveal UI follows it.
    void currentBatchChanged(const QString& batchId);

public slots:
    void showAbout();
    void showShortcuts();
    void chooseBatchFiles();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void setQueueModel(QAbstractItemModel* model);
    void showIndex(const QModelIndex& index);
    void showTask(const model::BatchReader* batch, int row);
    void setCurrentBatch(const QString& batchId, const model::BatchReader* batch);
    void onStageChanged();
    void onBatchesChanged();
    void selectFirstTask(const QString& batchId = {});
    void showReviewForm(const QModelIndex& index);
    void openNextTask();

    model::SessionController* m_session = nullptr;
    QStackedWidget* m_pages = nullptr;
    StartScreen* m_start = nullptr;
    SessionChrome* m_chrome = nullptr;
    SupervisorConsole* m_console = nullptr;  ///< created when a supervisor unlocks
    QWidget* m_workspace = nullptr;
    QSplitter* m_splitter = nullptr;
    QueuePane* m_queue = nullptr;
    ConversationPane* m_conversation = nullptr;
    ReviewFormPane* m_review = nullptr;
    ExportController* m_exports = nullptr;
    QLabel* m_statusText = nullptr;
    QLabel* m_demoBanner = nullptr;
    model::TaskListModel* m_tasks = nullptr;
    model::ConversationModel* m_messages = nullptr;
    model::QueueModel* m_queueModel = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_lockAction = nullptr;
    QString m_currentBatchId;
    QStringList m_pendingImports;
};

}  // namespace veil::ui
