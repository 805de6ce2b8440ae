// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/start/UnlockPage.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace veil::ui {

UnlockPage::UnlockPage(QWidget* parent)
    : QWidget(parent)
    , m_reviewer(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_unlock(new QPushButton(tr("Unlock"), this))
    , m_error(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_newProfile(new QPushButton(tr("New Profile…"), this))
    , m_demo(new QPushButton(tr("Try the Demo Organisation"), this))
{
    setObjectName(QStringLiteral("unlockPage"));
    auto* title = m_title = new QLabel(tr("Unlock Veil"), this);
    title->setObjectName(QStringLiteral("unlockTitle"));
    styleTitle();
    m_reviewer->setObjectName(QStringLiteral("unlockReviewer"));
    m_reviewer->setWordWrap(true);

    m_passphrase->setObjectName(QStringLiteral("unlockPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    m_passphrase->setDragEnabled(false);
    m_passphrase->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_passphrase, 1);
    row->addWidget(m_unlock);

    m_error->setObjectName(QStringLiteral("unlockError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_countdown->setObjectName(QStringLiteral("unlockCountdown"));
    m_countdown->hide();

    auto* rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    m_newProfile->setObjectName(QStringLiteral("newProfileButton"));
    m_demo->setObjectName(QStringLiteral("unlockDemoButton"));
    auto* others = new QHBoxLayout;
    others->addWidget(m_newProfile);
    others->addStretch(1);
    others->addWidget(m_demo);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(m_reviewer);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(m_countdown);
    layout->addWidget(rule);
    layout->addLayout(others);

    connect(m_passphrase, &QLineEdit::returnPressed, this, [this]() {
        if (m_unlock->isEnabled()) {
            emit unlockRequested();
        }
    });
    connect(m_passphrase, &QLineEdit::textChanged, this, &UnlockPage::updateButton);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::unlockRequested);
    connect(m_newProfile, &QPushButton::clicked, this, &UnlockPage::newProfileRequested);
    connect(m_demo, &QPushButton::clicked, this, &UnlockPage::demoRequested);
    setFocusProxy(m_passphrase);
    updateButton();
}

void UnlockPage::setReviewerId(const QString& reviewerId)
{
    m_reviewer->setText(
        tr("Profile of <b>%1</b>. Enter your passphrase to start working.").arg(reviewerId.toHtmlEscaped()));
}

model::SecretBytes UnlockPage::passphrase() const
{
    QByteArray utf8 = m_passphrase->text().toUtf8();
    model::SecretBytes secret = model::SecretBytes::copyOf(utf8);
    utf8.fill('\0');
    return secret;
}

void UnlockPage::clearPassphrase()
{
    m_passphrase->clear();
}

void UnlockPage::setError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void UnlockPage::setBusy(bool busy)
{
    m_busy = busy;
    m_passphrase->setEnabled(!busy);
    m_newProfile->setEnabled(!busy);
    m_demo->setEnabled(!busy);
    updateButton();
}

void UnlockPage::setWait(qint64 seconds)
{
    if (seconds == m_wait) {
        return;
    }
    m_wait = seconds;
    m_countdown->setText(tr("Wait %1 s before the next attempt.").arg(seconds));
    m_countdown->setVisible(seconds > 0);
    updateButton();
}

void UnlockPage::updateButton()
{
    m_unlock->setEnabled(!m_busy && m_wait == 0 && !m_passphrase->text().isEmpty());
}

void UnlockPage::styleTitle()
{
    // Half as large again as the page's text, also after the reviewer
    // changes the font size (a label with a font of its own keeps it).
    QFont big = font();
    if (big.pointSizeF() > 0) {
        big.setPointSizeF(big.pointSizeF() * 1.5);
    }
    big.setBold(true);
    m_title->setFont(big);
}

void UnlockPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        styleTitle();
    }
}

}  // namespace veil::ui
