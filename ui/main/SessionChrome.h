// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/review/Preferences.h"

#include <QObject>

#include <chrono>
#include <memory>

class QAction;
class QSettings;

namespace veil::model {
class IdleTimer;
class SessionController;
}  // namespace veil::model

namespace veil::ui {

class EnrolmentController;
class MainWindow;
class WorkStatus;

/// What a running session adds around the main window: the idle lock (no
/// keyboard or mouse activity for the configured minutes → every open dialog
/// closes, shown values re-mask and the session locks back to the unlock
/// screen), the status bar's reveals left / time on task / lock countdown,
/// and the Settings dialog. Created by the main window for its session.
class SessionChrome : public QObject {
    Q_OBJECT

public:
    /// `settings` null: the application's QSettings.
    SessionChrome(MainWindow* window, model::SessionController* session, QSettings* settings = nullptr);
    ~SessionChrome() override;

    [[nodiscard]] model::IdleTimer* idleTimer() const { return m_idle; }
    [[nodiscard]] WorkStatus* workStatus() const { return m_status; }
    [[nodiscard]] QAction* settingsAction() const { return m_settingsAction; }
    [[nodiscard]] EnrolmentController* enrolment() const { return m_enrolment; }
    [[nodiscard]] const model::Preferences& preferences() const { return m_preferences; }

    /// Saves, applies and uses `preferences` (what the dialog's OK does).
    void setPreferences(const model::Preferences& preferences);
    /// Tests shorten the idle lock below a minute with this.
    void setIdleTimeout(std::chrono::milliseconds timeout);

public slots:
    void showSettings();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onStageChanged();
    void updateEnrolment();
    void onTaskChanged();
    void refreshQuota();
    void lockForIdleness();

    MainWindow* m_window;
    model::SessionController* m_session;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings* m_settings;
    model::Preferences m_preferences;
    model::IdleTimer* m_idle;
    WorkStatus* m_status;
    EnrolmentController* m_enrolment;
    QAction* m_settingsAction = nullptr;
};

}  // namespace veil::ui
