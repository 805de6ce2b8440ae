// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/start/StartScreen.h"

#include "model/review/SessionController.h"
#include "ui/start/CreateProfilePage.h"
#include "ui/start/UnlockPage.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace veil::ui {

namespace {

/// The card's width at the usual 9–10 pt font…
constexpr int kCardWidth = 520;
/// …and in average characters, for a larger font (the Settings font size).
constexpr int kCardWidthChars = 60;
constexpr int kWaitPollMs = 250;

QString sentence(QString text)
{
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

}  // namespace

StartScreen::StartScreen(model::SessionController* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_pages(new QWidget(this))
    , m_create(new CreateProfilePage(m_pages))
    , m_unlock(new UnlockPage(m_pages))
    , m_busyBar(new QProgressBar(this))
    , m_busyText(new QLabel(this))
    , m_waitTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("startScreen"));
    // Pages are shown one at a time in a plain layout rather than a stack, so
    // the card takes the height of the page shown, not of the tallest one.
    auto* pages = new QVBoxLayout(m_pages);
    pages->setContentsMargins(0, 0, 0, 0);
    pages->addWidget(m_create);
    pages->addWidget(m_unlock);

    m_busyBar->setObjectName(QStringLiteral("startBusy"));
    m_busyBar->setRange(0, 0);  // indeterminate
    m_busyBar->setMaximumHeight(6);
    m_busyBar->setTextVisible(false);
    m_busyText->setObjectName(QStringLiteral("startBusyText"));
    m_busyBar->hide();
    m_busyText->hide();

    auto* card = m_card = new QFrame(this);
    card->setObjectName(QStringLiteral("startCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    card->setBackgroundRole(QPalette::Base);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(32, 28, 32, 28);
    cardLayout->setSpacing(12);
    cardLayout->addWidget(m_pages);
    cardLayout->addWidget(m_busyText);
    cardLayout->addWidget(m_busyBar);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    connect(m_create, &CreateProfilePage::createRequested, this, &StartScreen::create);
    connect(m_create, &CreateProfilePage::demoRequested, this, &StartScreen::startDemo);
    connect(m_create, &CreateProfilePage::cancelRequested, m_session,
            &model::SessionController::cancelNewProfile);
    connect(m_unlock, &UnlockPage::unlockRequested, this, &StartScreen::unlock);
    connect(m_unlock, &UnlockPage::demoRequested, this, &StartScreen::startDemo);
    connect(m_unlock, &UnlockPage::newProfileRequested, m_session,
            &model::SessionController::startNewProfile);
    connect(m_session, &model::SessionController::stageChanged, this, &StartScreen::showStage);
    m_waitTimer->setInterval(kWaitPollMs);
    connect(m_waitTimer, &QTimer::timeout, this, &StartScreen::updateWait);
    showStage();
}

void StartScreen::updateCardWidth()
{
    // A fixed width keeps the card from jumping as its messages come and go;
    // it grows with the font so that a large one wraps the text instead of
    // squeezing the form's rows until their labels and buttons are cut.
    const int byFont = fontMetrics().averageCharWidth() * kCardWidthChars;
    const int needed = m_card->layout()->minimumSize().width();
    m_card->setFixedWidth(std::max({ kCardWidth, byFont, needed }));
}

void StartScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    updateCardWidth();
}

void StartScreen::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        // After the children have their new font too.
        QTimer::singleShot(0, this, &StartScreen::updateCardWidth);
    }
}

void StartScreen::showPage(QWidget* page)
{
    m_create->setVisible(page == m_create);
    m_unlock->setVisible(page == m_unlock);
    updateCardWidth();
}

void StartScreen::showStage()
{
    using Stage = model::SessionController::Stage;
    switch (m_session->stage()) {
    case Stage::CreateProfile:
        m_waitTimer->stop();
        m_create->setCancelVisible(!m_session->lockedReviewerId().isEmpty());
        m_create->setError({});
        showPage(m_create);
        break;
    case Stage::Unlock:
        m_unlock->setReviewerId(m_session->lockedReviewerId());
        m_unlock->setError({});
        showPage(m_unlock);
        m_waitTimer->start();
        updateWait();
        m_unlock->setFocus();
        break;
    case Stage::Unlocked:
        m_waitTimer->stop();
        m_create->clearPassphrases();
        m_unlock->clearPassphrase();
        break;
    }
}

void StartScreen::create()
{
    auto passphrase = std::make_shared<model::SecretBytes>(m_create->passphrase());
    const QString reviewerId = m_create->reviewerId();
    const QString rootKey = m_create->rootKeyFile();
    m_create->setError({});
    runBusy(
        tr("Creating your profile. Deriving a key from your passphrase takes a moment…"),
        [this, passphrase, reviewerId, rootKey]() {
            return m_session->createProfile(reviewerId, rootKey, *passphrase);
        },
        [this](const model::Status& status) {
            if (!status) {
                m_create->setError(sentence(status.error()));
            }
        });
}

void StartScreen::unlock()
{
    auto passphrase = std::make_shared<model::SecretBytes>(m_unlock->passphrase());
    m_unlock->setError({});
    runBusy(
        tr("Unlocking. Deriving a key from your passphrase takes a moment…"),
        [this, passphrase]() { return m_session->unlock(*passphrase); },
        [this](const model::Status& status) {
            if (!status) {
                m_unlock->clearPassphrase();
                m_unlock->setError(sentence(status.error()));
                updateWait();
            }
        });
}

void StartScreen::startDemo()
{
    runBusy(
        tr("Opening the demo organisation…"), [this]() { return m_session->startDemo(); },
        [this](const model::Status& status) {
            if (!status) {
                const QString message = tr("The demo could not be opened: %1").arg(status.error());
                if (m_unlock->isVisible()) {
                    m_unlock->setError(message);
                } else {
                    m_create->setError(message);
                }
            }
        });
}

void StartScreen::updateWait()
{
    m_unlock->setWait(m_busy ? 0 : m_session->secondsUntilNextAttempt());
}

void StartScreen::runBusy(const QString& message, std::function<model::Status()> work,
                          std::function<void(const model::Status&)> done)
{
    if (m_busy) {
        return;
    }
    setBusy(true, message);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // Paint "busy" before the key derivation blocks the event loop: it must
    // run on this thread, where the vault's database connection lives.
    repaint();
    QTimer::singleShot(0, this, [this, work = std::move(work), done = std::move(done)]() {
        const model::Status status = work();
        QApplication::restoreOverrideCursor();
        setBusy(false);
        done(status);
    });
}

void StartScreen::setBusy(bool busy, const QString& message)
{
    m_busy = busy;
    m_busyText->setText(message);
    m_busyText->setVisible(busy);
    m_busyBar->setVisible(busy);
    m_create->setBusy(busy);
    m_unlock->setBusy(busy);
}

}  // namespace veil::ui
