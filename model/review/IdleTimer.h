// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace veil::model {

/// The idle lock's clock: after `timeout` without activity it expires once,
/// and the session locks. It ticks once a second so the status bar can show
/// the time left. The window reports activity (input events) with
/// noteActivity(); the timer itself knows nothing about widgets.
class IdleTimer : public QObject {
    Q_OBJECT

public:
    explicit IdleTimer(QObject* parent = nullptr);

    /// Zero turns the idle lock off. Takes effect at once, counted from now.
    void setTimeout(std::chrono::milliseconds timeout);
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    /// Starts counting (a session began); stop() when it ends.
    void start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }

    /// Input happened: count again from now.
    void noteActivity();
    /// Time left before the lock; the full timeout when stopped, zero once
    /// expired.
    [[nodiscard]] std::chrono::milliseconds remaining() const;

signals:
    /// Once a second while running: seconds left, to the nearest.
    void tick(int secondsLeft);
    /// The timeout passed without activity; the timer has stopped.
    void expired();

private:
    void check();

    std::chrono::milliseconds m_timeout { 0 };
    QElapsedTimer m_sinceActivity;
    QTimer m_ticker;
    bool m_running = false;
};

}  // namespace veil::model
