// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/policy/JustificationCheck.h"
#include "model/policy/RevealPolicy.h"
#include "model/reveal/RevealService.h"
#include "model/review/ConversationModel.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace veil::ui {

/// Asks for a reveal (DESIGN.md, "Reveal on justification", step 2): shows
/// what is masked, the batch's policy text, its reason codes, a
/// justification field checked live by the same JustificationCheck the
/// policy engine applies, and the reveals left. "Reveal" is enabled only for
/// a justification the check accepts while quota is left; pressing it emits
/// revealRequested() — the caller asks the reveal service, then either
/// accepts the dialog (granted) or calls showDenied() with the reason.
class RevealDialog : public QDialog {
    Q_OBJECT

public:
    RevealDialog(const model::RevealPolicy& policy, const model::ConversationModel::Chip& chip,
                 model::RevealService::Allowance allowance, QWidget* parent = nullptr);

    [[nodiscard]] QString reasonCode() const;
    [[nodiscard]] QString justification() const;
    /// Keeps the dialog open with the decision's reason, in words.
    void showDenied(const QString& reason);
    /// The quota after a decision.
    void setAllowance(model::RevealService::Allowance allowance);

signals:
    void revealRequested(const QString& reasonCode, const QString& justification);

private:
    void validate();
    void updateQuota();

    model::JustificationCheck m_check;
    int m_minChars;
    int m_quotaPerTask;
    int m_quotaPerDay;
    model::RevealService::Allowance m_allowance;
    QComboBox* m_reason = nullptr;
    QPlainTextEdit* m_justification = nullptr;
    QLabel* m_feedback = nullptr;
    QLabel* m_quota = nullptr;
    QLabel* m_decision = nullptr;
    QPushButton* m_reveal = nullptr;
};

}  // namespace veil::ui
