// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/start/CreateProfilePage.h"

#include "model/review/ProfileLocator.h"
#include "model/review/SessionController.h"

#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace veil::ui {

namespace {

// The meter is full at twice the minimum: "acceptable" sits half-way, so a
// reviewer sees there is more to gain without being told the threshold.
constexpr double kFullMeterBits = 2 * model::PassphraseStrength::kMinimumBits;

QLineEdit* passwordEdit(const QString& name, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(accessibleName);
    // No undo history and no drag out: fewer copies of the passphrase around.
    edit->setDragEnabled(false);
    edit->setAttribute(Qt::WA_InputMethodEnabled, false);
    return edit;
}

}  // namespace

CreateProfilePage::CreateProfilePage(QWidget* parent)
    : QWidget(parent)
    , m_reviewerId(new QLineEdit(this))
    , m_rootKey(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_passphrase(passwordEdit(QStringLiteral("passphraseEdit"), tr("Passphrase"), this))
    , m_confirm(passwordEdit(QStringLiteral("confirmEdit"), tr("Repeat passphrase"), this))
    , m_meter(new QProgressBar(this))
    , m_advice(new QLabel(this))
    , m_error(new QLabel(this))
    , m_create(new QPushButton(tr("Create Profile"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_demo(new QPushButton(tr("Try the Demo Organisation"), this))
{
    setObjectName(QStringLiteral("createProfilePage"));
    auto* title = m_title = new QLabel(tr("Create your profile"), this);
    title->setObjectName(QStringLiteral("createTitle"));
    styleTitle();
    auto* intro = new QLabel(tr("Your profile keeps your keys, batches and work encrypted on this computer. "
                                "Choose a passphrase only you know: nobody can recover it for you."),
                             this);
    intro->setWordWrap(true);

    m_reviewerId->setObjectName(QStringLiteral("reviewerIdEdit"));
    m_reviewerId->setAccessibleName(tr("Reviewer id"));
    m_reviewerId->setPlaceholderText(tr("as given by your organisation"));
    m_rootKey->setObjectName(QStringLiteral("rootKeyEdit"));
    m_rootKey->setAccessibleName(tr("Organisation root key file"));
    m_rootKey->setPlaceholderText(tr("organisation-root.pub"));
    m_browse->setObjectName(QStringLiteral("browseRootKeyButton"));
    m_browse->setAccessibleName(tr("Browse for the organisation root key file"));
    auto* keyRow = new QHBoxLayout;
    keyRow->setContentsMargins(0, 0, 0, 0);
    keyRow->addWidget(m_rootKey, 1);
    keyRow->addWidget(m_browse);

    m_meter->setObjectName(QStringLiteral("strengthMeter"));
    m_meter->setAccessibleName(tr("Passphrase strength"));
    m_meter->setRange(0, 100);
    m_meter->setValue(0);
    m_meter->setTextVisible(false);
    m_meter->setMaximumHeight(8);
    m_advice->setObjectName(QStringLiteral("strengthAdvice"));
    m_advice->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("createError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Reviewer id:"), m_reviewerId);
    // A row whose field is a layout gets no buddy from addRow(QString, …).
    auto* keyLabel = new QLabel(tr("Organisation &key:"), this);
    keyLabel->setBuddy(m_rootKey);
    form->addRow(keyLabel, keyRow);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("R&epeat:"), m_confirm);
    form->addRow(QString(), m_meter);
    form->addRow(QString(), m_advice);

    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    m_create->setEnabled(false);
    m_cancel->setObjectName(QStringLiteral("cancelCreateButton"));
    m_cancel->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_create);

    auto* rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    auto* demoText
        = new QLabel(tr("No organisation yet? The demo has synthetic conversations and public keys."), this);
    demoText->setWordWrap(true);
    m_demo->setObjectName(QStringLiteral("demoButton"));
    auto* demoRow = new QHBoxLayout;
    demoRow->addWidget(demoText, 1);
    demoRow->addWidget(m_demo);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addWidget(rule);
    layout->addLayout(demoRow);

    connect(m_reviewerId, &QLineEdit::textChanged, this, &CreateProfilePage::updateStrength);
    connect(m_rootKey, &QLineEdit::textChanged, this, &CreateProfilePage::updateStrength);
    connect(m_passphrase, &QLineEdit::textChanged, this, &CreateProfilePage::updateStrength);
    connect(m_confirm, &QLineEdit::textChanged, this, &CreateProfilePage::updateStrength);
    connect(m_confirm, &QLineEdit::returnPressed, this, [this]() {
        if (m_create->isEnabled()) {
            emit createRequested();
        }
    });
    connect(m_browse, &QPushButton::clicked, this, &CreateProfilePage::browseRootKey);
    connect(m_create, &QPushButton::clicked, this, &CreateProfilePage::createRequested);
    connect(m_cancel, &QPushButton::clicked, this, &CreateProfilePage::cancelRequested);
    connect(m_demo, &QPushButton::clicked, this, &CreateProfilePage::demoRequested);
    updateStrength();
}

QString CreateProfilePage::reviewerId() const
{
    return m_reviewerId->text().trimmed();
}

QString CreateProfilePage::rootKeyFile() const
{
    return m_rootKey->text().trimmed();
}

model::SecretBytes CreateProfilePage::passphrase() const
{
    QByteArray utf8 = m_passphrase->text().toUtf8();
    model::SecretBytes secret = model::SecretBytes::copyOf(utf8);
    utf8.fill('\0');
    return secret;
}

void CreateProfilePage::clearPassphrases()
{
    m_passphrase->clear();
    m_confirm->clear();
}

void CreateProfilePage::setError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void CreateProfilePage::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* widget : std::initializer_list<QWidget*> { m_reviewerId, m_rootKey, m_browse, m_passphrase,
                                                             m_confirm, m_cancel, m_demo }) {
        widget->setEnabled(!busy);
    }
    updateStrength();
}

void CreateProfilePage::setCancelVisible(bool visible)
{
    m_cancel->setVisible(visible);
}

void CreateProfilePage::browseRootKey()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Organisation Root Key"), QString(),
                                                      tr("Public keys (*.pub);;All files (*)"));
    if (!path.isEmpty()) {
        m_rootKey->setText(path);
    }
}

void CreateProfilePage::updateStrength()
{
    const QString idProblem = model::ProfileLocator::checkReviewerId(reviewerId());
    const model::SecretBytes secret = passphrase();
    const model::PassphraseStrength strength = model::SessionController::strength(secret, reviewerId());
    const bool typed = !secret.isEmpty();
    const bool matches = m_passphrase->text() == m_confirm->text();

    m_meter->setValue(typed ? int(std::lround(std::clamp(strength.bits / kFullMeterBits, 0.0, 1.0) * 100))
                            : 0);
    const QString colour = !typed ? QString()
        : strength.acceptable     ? QStringLiteral("#2e7d32")
                                  : QStringLiteral("#c62828");
    m_meter->setStyleSheet(
        colour.isEmpty() ? QString() : QStringLiteral("QProgressBar::chunk { background: %1; }").arg(colour));
    QString advice;
    if (!typed) {
        advice = tr("Use four or more unrelated words, or a long sentence only you would write.");
    } else if (!strength.acceptable) {
        advice = tr("Too easy to guess. %1").arg(strength.advice);
    } else if (!m_confirm->text().isEmpty() && !matches) {
        advice = tr("The two passphrases differ.");
    } else if (m_confirm->text().isEmpty()) {
        advice = tr("Strong enough. Type it again to confirm.");
    } else {
        advice = tr("Strong enough.");
    }
    m_advice->setText(advice);
    m_create->setEnabled(!m_busy && idProblem.isEmpty() && !rootKeyFile().isEmpty() && strength.acceptable
                         && matches);
    m_create->setToolTip(
        !idProblem.isEmpty() ? idProblem
            : rootKeyFile().isEmpty()
            ? tr("Choose your organisation's root key (a .pub file from your administrator).")
            : QString());
}

void CreateProfilePage::styleTitle()
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

void CreateProfilePage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        styleTitle();
    }
}

}  // namespace veil::ui
