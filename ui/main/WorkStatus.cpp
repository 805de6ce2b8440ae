// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/main/WorkStatus.h"

#include <QHBoxLayout>
#include <QLabel>

namespace veil::ui {

namespace {

QString minutesSeconds(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

WorkStatus::WorkStatus(QWidget* parent)
    : QWidget(parent)
    , m_notice(new QLabel(this))
    , m_quota(new QLabel(this))
    , m_time(new QLabel(this))
    , m_idle(new QLabel(this))
{
    setObjectName(QStringLiteral("workStatus"));
    m_notice->setObjectName(QStringLiteral("statusNotice"));
    m_notice->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; font-weight: 600; }"));
    m_notice->setWordWrap(false);
    m_quota->setObjectName(QStringLiteral("statusQuota"));
    m_time->setObjectName(QStringLiteral("statusTimeOnTask"));
    m_idle->setObjectName(QStringLiteral("statusIdleLock"));
    m_quota->setToolTip(tr("Reveals the policy still allows for this task and for today"));
    m_time->setToolTip(tr("Time spent on the task shown"));
    m_idle->setToolTip(tr("The session locks after this much time without keyboard or mouse activity"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    for (QLabel* label : { m_notice, m_quota, m_time, m_idle }) {
        label->setTextFormat(Qt::PlainText);
        label->hide();
        layout->addWidget(label);
    }
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &WorkStatus::updateTime);
}

void WorkStatus::setQuota(int task, int day)
{
    if (task < 0 || day < 0) {
        m_quota->hide();
        return;
    }
    m_quota->setText(tr("Reveals left: %1 task · %2 today").arg(task).arg(day));
    m_quota->show();
}

void WorkStatus::startTask()
{
    m_onTask.start();
    m_clock.start();
    updateTime();
    m_time->show();
}

void WorkStatus::stopTask()
{
    m_clock.stop();
    m_time->hide();
    m_quota->hide();
}

void WorkStatus::setIdleSecondsLeft(int seconds)
{
    m_idle->setText(tr("Locks in %1").arg(minutesSeconds(seconds)));
    m_idle->setVisible(seconds >= 0);
}

void WorkStatus::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setToolTip(text);
    m_notice->setVisible(!text.isEmpty());
}

void WorkStatus::updateTime()
{
    m_time->setText(tr("On task %1").arg(minutesSeconds(m_onTask.elapsed() / 1000)));
}

}  // namespace veil::ui
