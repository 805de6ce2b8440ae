// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/reveal/RevealController.h"

#include <QGuiApplication>

namespace veil::ui {

RevealController::RevealController(QObject* parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    // Often enough that the countdown never lags a visible second behind.
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, &RevealController::tick);
    // Switching to another application (or the screen locking) hides the value.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state != Qt::ApplicationActive) {
            remask();
        }
    });
}

RevealController::~RevealController() = default;

void RevealController::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); };
}

void RevealController::show(int row, int chip, QString label, model::RevealedValue value)
{
    if (m_value) {
        m_value->wipe();
    }
    wipeImage();
    m_value.emplace(std::move(value));
    m_row = row;
    m_chip = chip;
    m_label = std::move(label);
    m_shownSeconds = secondsLeft();
    m_timer.start();
    emit changed();
}

void RevealController::remask()
{
    if (!m_value) {
        return;
    }
    m_value->wipe();
    m_value.reset();
    wipeImage();
    m_row = -1;
    m_chip = -1;
    m_label.clear();
    m_shownSeconds = -1;
    m_timer.stop();
    emit changed();
}

int RevealController::secondsLeft() const
{
    if (!m_value) {
        return 0;
    }
    const qint64 ms = m_clock().msecsTo(m_value->until());
    return ms <= 0 ? 0 : static_cast<int>((ms + 999) / 1000);
}

bool RevealController::text(int row, int chip, QString* text, int* secondsLeft)
{
    if (!m_value || row != m_row || chip != m_chip) {
        return false;
    }
    const model::SecretBytes* bytes = m_value->value(m_clock());
    if (bytes == nullptr) {
        return false;  // the timer re-masks on its next tick
    }
    *text = QString::fromUtf8(bytes->view());
    *secondsLeft = this->secondsLeft();
    return true;
}

bool RevealController::image(int row, int chip, QImage* image, int* secondsLeft)
{
    if (!m_value || row != m_row || chip != m_chip) {
        return false;
    }
    const model::SecretBytes* bytes = m_value->value(m_clock());
    if (bytes == nullptr) {
        return false;  // the timer re-masks on its next tick
    }
    if (m_image.isNull()) {
        m_image = QImage::fromData(bytes->view());
        if (m_image.isNull()) {
            return false;
        }
    }
    *image = m_image;
    *secondsLeft = this->secondsLeft();
    return true;
}

void RevealController::wipeImage()
{
    if (!m_image.isNull()) {
        m_image.fill(0);  // the pixels of an original, not left for the allocator
        m_image = QImage();
    }
}

void RevealController::tick()
{
    if (!m_value) {
        return;
    }
    const int left = secondsLeft();
    if (left <= 0 || m_value->value(m_clock()) == nullptr) {
        remask();
    } else if (left != m_shownSeconds) {
        m_shownSeconds = left;
        emit changed();
    }
}

}  // namespace veil::ui
