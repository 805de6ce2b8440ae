// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/reveal/RevealDialog.h"

#include "ui/reveal/MaskedSpanText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace veil::ui {

RevealDialog::RevealDialog(const model::RevealPolicy& policy, const model::ConversationModel::Chip& chip,
                           model::RevealService::Allowance allowance, QWidget* parent)
    : QDialog(parent)
    , m_check(policy.minJustificationChars(), policy.repeatWindow())
    , m_minChars(policy.minJustificationChars())
    , m_quotaPerTask(policy.quotaPerTask())
    , m_quotaPerDay(policy.quotaPerDay())
    , m_allowance(std::move(allowance))
    , m_reason(new QComboBox(this))
    , m_justification(new QPlainTextEdit(this))
    , m_feedback(new QLabel(this))
    , m_quota(new QLabel(this))
    , m_decision(new QLabel(this))
{
    setObjectName(QStringLiteral("revealDialog"));
    setWindowTitle(tr("Reveal %1").arg(chip.label));

    auto* title = new QLabel(
        tr("Reveal %1, a masked %2?").arg(chip.label, MaskedSpanText::categoryNoun(chip.category)), this);
    title->setObjectName(QStringLiteral("revealTitle"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    title->setWordWrap(true);

    auto* why = new QLabel(MaskedSpanText::whyMasked(chip), this);
    why->setObjectName(QStringLiteral("revealWhyMasked"));
    why->setWordWrap(true);
    why->setForegroundRole(QPalette::PlaceholderText);

    auto* policyText = new QLabel(policy.text(), this);
    policyText->setObjectName(QStringLiteral("policyText"));
    policyText->setWordWrap(true);
    policyText->setFrameShape(QFrame::StyledPanel);
    policyText->setMargin(8);
    policyText->setBackgroundRole(QPalette::AlternateBase);
    policyText->setAutoFillBackground(true);
    policyText->setAccessibleName(tr("Reveal policy"));

    m_reason->setObjectName(QStringLiteral("reasonCombo"));
    m_reason->setAccessibleName(tr("Reason"));
    for (const model::ReasonCode& code : policy.reasonCodes()) {
        m_reason->addItem(code.label, code.code);
    }

    m_justification->setObjectName(QStringLiteral("justificationEdit"));
    m_justification->setAccessibleName(tr("Justification"));
    m_justification->setPlaceholderText(
        tr("Why can this task not be judged without the value? Your supervisor reads this."));
    m_justification->setTabChangesFocus(true);
    m_justification->setFixedHeight(m_justification->fontMetrics().lineSpacing() * 4 + 12);

    m_feedback->setObjectName(QStringLiteral("justificationFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_feedback->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_quota->setObjectName(QStringLiteral("quotaLabel"));
    m_quota->setWordWrap(true);
    m_decision->setObjectName(QStringLiteral("decisionLabel"));
    m_decision->setWordWrap(true);
    m_decision->setStyleSheet(QStringLiteral("color: #a11d1d; font-weight: 600"));
    m_decision->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Justification:"), m_justification);
    form->addRow(QString(), m_feedback);

    auto* buttons = new QDialogButtonBox(this);
    m_reveal = buttons->addButton(tr("Re&veal"), QDialogButtonBox::ActionRole);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setAccessibleName(tr("Reveal"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_reveal, &QPushButton::clicked, this, [this]() {
        if (m_reveal->isEnabled()) {
            emit revealRequested(reasonCode(), justification());
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(why);
    layout->addWidget(policyText);
    layout->addLayout(form);
    layout->addWidget(m_quota);
    layout->addWidget(m_decision);
    // Height the labels give back (the feedback shrinking to one line) goes
    // above the buttons instead of opening gaps between the rows.
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(m_justification, &QPlainTextEdit::textChanged, this, &RevealDialog::validate);
    m_justification->setFocus();
    updateQuota();
    validate();
    // Sized for the width it opens at: adjustSize() would wrap the labels at
    // the layout's narrower preferred width and keep the lines they do not
    // need at the real width as gaps.
    ensurePolished();
    const int width = std::max(minimumWidth(), sizeHint().width());
    const int height = heightForWidth(width);
    resize(width, height > 0 ? height : sizeHint().height());
}

QString RevealDialog::reasonCode() const
{
    return m_reason->currentData().toString();
}

QString RevealDialog::justification() const
{
    return m_justification->toPlainText().trimmed();
}

void RevealDialog::showDenied(const QString& reason)
{
    m_decision->setText(reason);
    m_decision->show();
}

void RevealDialog::setAllowance(model::RevealService::Allowance allowance)
{
    m_allowance = std::move(allowance);
    updateQuota();
    validate();
}

void RevealDialog::updateQuota()
{
    if (m_allowance.quotaLeftTask <= 0) {
        m_quota->setText(tr("No reveals left for this task (%1 allowed per task).").arg(m_quotaPerTask));
    } else if (m_allowance.quotaLeftDay <= 0) {
        m_quota->setText(tr("No reveals left today (%1 allowed per day).").arg(m_quotaPerDay));
    } else {
        m_quota->setText(tr("Reveals left: %1 of %2 for this task, %3 of %4 today.")
                             .arg(m_allowance.quotaLeftTask)
                             .arg(m_quotaPerTask)
                             .arg(m_allowance.quotaLeftDay)
                             .arg(m_quotaPerDay));
    }
}

void RevealDialog::validate()
{
    const QString text = m_justification->toPlainText();
    const model::Status verdict = m_check.check(text, m_allowance.recentJustifications);
    const bool quotaLeft = m_allowance.quotaLeftTask > 0 && m_allowance.quotaLeftDay > 0;
    m_reveal->setEnabled(verdict && quotaLeft);
    m_decision->hide();
    if (verdict) {
        m_feedback->setText(tr("✓ The justification is accepted."));
        m_feedback->setStyleSheet(QStringLiteral("color: #1e6b34"));
        return;
    }
    const int missing = m_minChars - model::JustificationCheck::characterCount(text);
    QString feedback = tr("Not accepted yet: %1.").arg(verdict.error());
    if (missing > 0) {
        feedback += QLatin1Char(' ')
            + (missing == 1 ? tr("1 more character needed.") : tr("%1 more characters needed.").arg(missing));
    }
    m_feedback->setText(feedback);
    m_feedback->setStyleSheet(text.trimmed().isEmpty() ? QString() : QStringLiteral("color: #8a4b00"));
}

}  // namespace veil::ui
