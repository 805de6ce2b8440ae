// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace veil::ui {

/// The right-hand side of the status bar while a session runs: reveals left
/// (this task / today), time on the current task, and the idle-lock
/// countdown. It shows what the model reports; it decides nothing.
class WorkStatus : public QWidget {
    Q_OBJECT

public:
    explicit WorkStatus(QWidget* parent = nullptr);

    /// Reveals left for the task shown and for today; negative: unknown.
    void setQuota(int task, int day);
    /// A task was opened: the time on it counts from now.
    void startTask();
    /// No task shown: the time and quota are hidden.
    void stopTask();
    /// From model::IdleTimer::tick.
    void setIdleSecondsLeft(int seconds);
    /// A warning that stays until cleared (e.g. not enrolled); empty hides it.
    void setNotice(const QString& text);

    [[nodiscard]] QLabel* noticeLabel() const { return m_notice; }
    [[nodiscard]] QLabel* quotaLabel() const { return m_quota; }
    [[nodiscard]] QLabel* timeLabel() const { return m_time; }
    [[nodiscard]] QLabel* idleLabel() const { return m_idle; }

private:
    void updateTime();

    QLabel* m_notice = nullptr;
    QLabel* m_quota = nullptr;
    QLabel* m_time = nullptr;
    QLabel* m_idle = nullptr;
    QElapsedTimer m_onTask;
    QTimer m_clock;
};

}  // namespace veil::ui
