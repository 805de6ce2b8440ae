// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/review/IdleTimer.h"

#include <algorithm>

namespace veil::model {

namespace {

constexpr std::chrono::milliseconds kTick { 1000 };

}  // namespace

IdleTimer::IdleTimer(QObject* parent)
    : QObject(parent)
{
    m_ticker.setTimerType(Qt::CoarseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &IdleTimer::check);
}

void IdleTimer::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::milliseconds(0));
    if (m_running) {
        start();
    }
}

void IdleTimer::start()
{
    m_sinceActivity.start();
    if (m_timeout.count() == 0) {
        m_ticker.stop();
        m_running = false;
        return;
    }
    m_running = true;
    // Tick at least as often as the timeout, so short timeouts (tests)
    // expire on time.
    m_ticker.start(std::min(kTick, m_timeout));
    emit tick(static_cast<int>((remaining().count() + 500) / 1000));
}

void IdleTimer::stop()
{
    m_running = false;
    m_ticker.stop();
}

void IdleTimer::noteActivity()
{
    if (m_running) {
        m_sinceActivity.restart();
    }
}

std::chrono::milliseconds IdleTimer::remaining() const
{
    if (!m_running) {
        return m_timeout;
    }
    const std::chrono::milliseconds idle(m_sinceActivity.elapsed());
    return std::max(m_timeout - idle, std::chrono::milliseconds(0));
}

void IdleTimer::check()
{
    if (!m_running) {
        return;
    }
    const std::chrono::milliseconds left = remaining();
    if (left.count() == 0) {
        stop();
        emit expired();
        return;
    }
    emit tick(static_cast<int>((left.count() + 500) / 1000));
}

}  // namespace veil::model
