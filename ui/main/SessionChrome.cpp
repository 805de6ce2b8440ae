// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/main/SessionChrome.h"

#include "model/reveal/RevealService.h"
#include "model/review/ConversationModel.h"
#include "model/review/IdleTimer.h"
#include "model/review/SessionController.h"
#include "ui/main/ConversationPane.h"
#include "ui/main/EnrolmentController.h"
#include "ui/main/MainWindow.h"
#include "ui/main/WorkStatus.h"
#include "ui/reveal/RevealController.h"
#include "ui/settings/Appearance.h"
#include "ui/settings/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>

namespace veil::ui {

using model::SessionController;

SessionChrome::SessionChrome(MainWindow* window, SessionController* session, QSettings* settings)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_ownSettings(settings == nullptr ? std::make_unique<QSettings>() : nullptr)
    , m_settings(settings != nullptr ? settings : m_ownSettings.get())
    , m_preferences(model::Preferences::load(*m_settings))
    , m_idle(new model::IdleTimer(this))
    , m_status(new WorkStatus(window))
    , m_enrolment(new EnrolmentController(session, window))
{
    window->statusBar()->addPermanentWidget(m_status);
    m_idle->setTimeout(std::chrono::minutes(m_preferences.lockMinutes));
    connect(m_idle, &model::IdleTimer::tick, m_status, &WorkStatus::setIdleSecondsLeft);
    connect(m_idle, &model::IdleTimer::expired, this, &SessionChrome::lockForIdleness);

    m_settingsAction = new QAction(tr("&Settings…"), window);
    m_settingsAction->setObjectName(QStringLiteral("actionSettings"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &SessionChrome::showSettings);
    if (auto* view = window->menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu"))) {
        view->addSeparator();
        view->addAction(m_settingsAction);
    } else {
        window->addAction(m_settingsAction);
    }

    // Enrolment sits in the File menu before Lock.
    if (auto* file = window->menuBar()->findChild<QMenu*>(QStringLiteral("fileMenu"))) {
        QAction* lock = window->findChild<QAction*>(QStringLiteral("actionLock"));
        QAction* before = lock != nullptr && file->actions().contains(lock) ? lock : nullptr;
        file->insertAction(before, m_enrolment->requestAction());
        file->insertAction(before, m_enrolment->certificateAction());
        file->insertSeparator(before);
    }
    connect(m_enrolment, &EnrolmentController::changed, this, &SessionChrome::updateEnrolment);
    connect(m_enrolment, &EnrolmentController::changed, window->statusBar(),
            [window](const QString& message) { window->statusBar()->showMessage(message, 10'000); });

    if (session != nullptr) {
        connect(session, &SessionController::stageChanged, this, &SessionChrome::onStageChanged);
    }
    connect(window->conversationModel(), &QAbstractItemModel::modelReset, this,
            &SessionChrome::onTaskChanged);
    connect(window->conversationPane()->revealController(), &RevealController::changed, this,
            &SessionChrome::refreshQuota);
    qApp->installEventFilter(this);
    onStageChanged();
}

SessionChrome::~SessionChrome()
{
    qApp->removeEventFilter(this);
}

void SessionChrome::setPreferences(const model::Preferences& preferences)
{
    m_preferences = preferences;
    m_preferences.save(*m_settings);
    Appearance::apply(m_preferences);
    m_idle->setTimeout(std::chrono::minutes(m_preferences.lockMinutes));
}

void SessionChrome::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idle->setTimeout(timeout);
}

void SessionChrome::showSettings()
{
    SettingsDialog dialog(m_preferences, m_window);
    if (dialog.exec() == QDialog::Accepted) {
        setPreferences(dialog.preferences());
    }
}

bool SessionChrome::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_idle->noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SessionChrome::onStageChanged()
{
    const bool unlocked = m_session != nullptr && m_session->stage() == SessionController::Stage::Unlocked;
    updateEnrolment();
    if (unlocked) {
        m_idle->start();
    } else {
        m_idle->stop();
        m_status->setIdleSecondsLeft(-1);
        m_status->stopTask();
    }
}

void SessionChrome::updateEnrolment()
{
    m_enrolment->update();
    m_status->setNotice(m_enrolment->notice());
    refreshQuota();
}

void SessionChrome::onTaskChanged()
{
    if (m_window->conversationModel()->rowCount() == 0) {
        m_status->stopTask();
        return;
    }
    m_status->startTask();
    refreshQuota();
}

void SessionChrome::refreshQuota()
{
    const model::RevealService* reveals = m_window->revealService();
    const int task = m_window->conversationModel()->taskIndex();
    if (reveals == nullptr || task < 0) {
        m_status->setQuota(-1, -1);
        return;
    }
    const auto allowance = reveals->allowance(task);
    if (!allowance) {
        m_status->setQuota(-1, -1);
        return;
    }
    m_status->setQuota(allowance.value().quotaLeftTask, allowance.value().quotaLeftDay);
}

void SessionChrome::lockForIdleness()
{
    if (m_session == nullptr || m_session->stage() != SessionController::Stage::Unlocked) {
        return;
    }
    // A dialog left open (a reveal justification, a file chooser) would
    // outlive what it points into: close every one before the lock.
    while (QWidget* modal = QApplication::activeModalWidget()) {
        if (auto* dialog = qobject_cast<QDialog*>(modal)) {
            dialog->reject();
        } else {
            modal->close();
        }
        if (QApplication::activeModalWidget() == modal) {
            break;  // it refused to close; lock anyway
        }
    }
    m_window->conversationPane()->revealController()->remask();
    m_session->lock();
}

}  // namespace veil::ui
