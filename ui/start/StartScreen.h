// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"

#include <QWidget>

#include <functional>

class QFrame;
class QLabel;
class QProgressBar;
class QTimer;

namespace veil::model {
class SessionController;
}

namespace veil::ui {

class CreateProfilePage;
class UnlockPage;

/// What the window shows before a session: "create profile" on first run,
/// "unlock" later, each as a centred card. It forwards the reviewer's
/// requests to the SessionController and shows its answers; key derivation
/// (about a second) runs after a busy indicator and wait cursor are painted.
class StartScreen : public QWidget {
    Q_OBJECT

public:
    explicit StartScreen(model::SessionController* session, QWidget* parent = nullptr);

    [[nodiscard]] CreateProfilePage* createPage() const { return m_create; }
    [[nodiscard]] UnlockPage* unlockPage() const { return m_unlock; }
    [[nodiscard]] bool isBusy() const { return m_busy; }

    /// Shows the page for the session's stage.
    void showStage();
    /// "Try the demo organisation" (also `veil --demo`).
    void startDemo();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void showPage(QWidget* page);
    void updateCardWidth();
    void create();
    void unlock();
    void updateWait();
    /// Paints the busy state, then runs `work` on the next turn of the event
    /// loop and hands its status to `done`.
    void runBusy(const QString& message, std::function<model::Status()> work,
                 std::function<void(const model::Status&)> done);
    void setBusy(bool busy, const QString& message = {});

    model::SessionController* m_session = nullptr;
    QFrame* m_card = nullptr;
    QWidget* m_pages = nullptr;
    CreateProfilePage* m_create = nullptr;
    UnlockPage* m_unlock = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QLabel* m_busyText = nullptr;
    QTimer* m_waitTimer = nullptr;
    bool m_busy = false;
};

}  // namespace veil::ui
