// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QSplitter;

namespace veil::model {
class BatchReader;
class ConversationModel;
class TaskListModel;
}  // namespace veil::model

namespace veil::ui {

class ConversationPane;
class QueuePane;
class ReviewFormPane;

/// The reviewer's main window: queue | conversation | review form, a menu bar
/// and a status bar. It wires panes and actions together; behaviour lives in
/// model/ services and in per-feature controllers, never here.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    [[nodiscard]] QueuePane* queuePane() const { return m_queue; }
    [[nodiscard]] ConversationPane* conversationPane() const { return m_conversation; }
    [[nodiscard]] ReviewFormPane* reviewFormPane() const { return m_review; }
    /// Every action with a shortcut, for the keyboard help dialog.
    [[nodiscard]] QList<QAction*> shortcutActions() const;

    /// Shows an opened batch in the queue; the window owns it from now on.
    /// A batch from the demo organisation turns the demo banner on.
    void showBatch(std::unique_ptr<model::BatchReader> batch);
    [[nodiscard]] model::TaskListModel* taskModel() const { return m_tasks; }
    [[nodiscard]] model::ConversationModel* conversationModel() const { return m_messages; }

public slots:
    void showAbout();
    void showShortcuts();

private:
    void createMenus();
    void showTask(int row);

    QSplitter* m_splitter = nullptr;
    QueuePane* m_queue = nullptr;
    ConversationPane* m_conversation = nullptr;
    ReviewFormPane* m_review = nullptr;
    QLabel* m_statusText = nullptr;
    QLabel* m_demoBanner = nullptr;
    model::TaskListModel* m_tasks = nullptr;
    model::ConversationModel* m_messages = nullptr;
};

}  // namespace veil::ui
