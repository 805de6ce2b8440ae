// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/supervisor/FlagSettingsDialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace veil::ui {

FlagSettingsDialog::FlagSettingsDialog(const model::FlagThresholds& t, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("flagSettingsDialog"));
    setWindowTitle(tr("Flag thresholds"));
    auto* layout = new QVBoxLayout(this);
    auto* intro
        = new QLabel(tr("A reviewer is flagged when a rule's threshold is reached. Share-based rules apply "
                        "only to reviewers with at least the minimum number of events."),
                     this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_rateZ = real(t.rateRobustZ, 1, 50, QStringLiteral("rateRobustZ"));
    m_rateMultiple = real(t.rateMultiple, 1, 100, QStringLiteral("rateMultiple"));
    form->addRow(tr("High reveal rate: robust z-score (median/MAD) at least"), m_rateZ);
    form->addRow(tr("…and times the team's median rate at least"), m_rateMultiple);
    m_repeatedTasks
        = whole(t.repeatedJustificationTasks, 2, 10000, QStringLiteral("repeatedJustificationTasks"));
    form->addRow(tr("Copy-pasted justification: the same text on this many tasks"), m_repeatedTasks);
    m_lowEffortChars = whole(t.lowEffortChars, 1, 1000, QStringLiteral("lowEffortChars"));
    m_lowEffortShare = real(t.lowEffortShare, 0.01, 1, QStringLiteral("lowEffortShare"));
    form->addRow(tr("Low effort: justifications shorter than (characters)"), m_lowEffortChars);
    form->addRow(tr("…on at least this share of the reviewer's reveals"), m_lowEffortShare);
    m_burstReveals = whole(t.burstReveals, 2, 10000, QStringLiteral("burstReveals"));
    m_burstSeconds = whole(t.burstSeconds, 1, 86400, QStringLiteral("burstSeconds"));
    form->addRow(tr("Burst: this many reveals…"), m_burstReveals);
    form->addRow(tr("…within this many seconds"), m_burstSeconds);
    m_retries = whole(t.retries, 1, 10000, QStringLiteral("retries"));
    m_retryShare = real(t.retryShare, 0.01, 1, QStringLiteral("retryShare"));
    form->addRow(tr("Denied then granted: at least this many retries"), m_retries);
    form->addRow(tr("…and this share of the granted reveals"), m_retryShare);
    m_unreviewed = whole(t.unreviewedReveals, 1, 10000, QStringLiteral("unreviewedReveals"));
    m_unreviewedShare = real(t.unreviewedShare, 0.01, 1, QStringLiteral("unreviewedShare"));
    form->addRow(tr("No review activity: reveals on tasks never submitted, at least"), m_unreviewed);
    form->addRow(tr("…and this share of the reviewer's reveals"), m_unreviewedShare);
    m_rareShare = real(t.rareCategoryShare, 0.001, 1, QStringLiteral("rareCategoryShare"));
    m_rareReveals = whole(t.rareCategoryReveals, 1, 10000, QStringLiteral("rareCategoryReveals"));
    form->addRow(tr("Rare category: under this share of the team's reveals"), m_rareShare);
    form->addRow(tr("…revealed at least this many times by one reviewer"), m_rareReveals);
    m_minimumEvents = whole(t.minimumEvents, 1, 100000, QStringLiteral("minimumEvents"));
    form->addRow(tr("Minimum events of a reviewer for share-based rules"), m_minimumEvents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QDoubleSpinBox* FlagSettingsDialog::real(double value, double minimum, double maximum, const QString& name)
{
    auto* box = new QDoubleSpinBox(this);
    box->setObjectName(name);
    box->setDecimals(3);
    box->setRange(minimum, maximum);
    box->setValue(value);
    return box;
}

QSpinBox* FlagSettingsDialog::whole(int value, int minimum, int maximum, const QString& name)
{
    auto* box = new QSpinBox(this);
    box->setObjectName(name);
    box->setRange(minimum, maximum);
    box->setValue(value);
    return box;
}

model::FlagThresholds FlagSettingsDialog::thresholds() const
{
    model::FlagThresholds t;
    t.rateRobustZ = m_rateZ->value();
    t.rateMultiple = m_rateMultiple->value();
    t.repeatedJustificationTasks = m_repeatedTasks->value();
    t.lowEffortChars = m_lowEffortChars->value();
    t.lowEffortShare = m_lowEffortShare->value();
    t.burstReveals = m_burstReveals->value();
    t.burstSeconds = m_burstSeconds->value();
    t.retries = m_retries->value();
    t.retryShare = m_retryShare->value();
    t.unreviewedReveals = m_unreviewed->value();
    t.unreviewedShare = m_unreviewedShare->value();
    t.rareCategoryShare = m_rareShare->value();
    t.rareCategoryReveals = m_rareReveals->value();
    t.minimumEvents = m_minimumEvents->value();
    return t;
}

}  // namespace veil::ui
