// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/supervisor/FlagRules.h"

#include <QDialog>

class QDoubleSpinBox;
class QSpinBox;

namespace veil::ui {

/// The supervisor's flag thresholds (model::FlagThresholds), one field per
/// threshold with its rule in words. Collects values only; the console
/// hands them to model::SupervisorSession::setThresholds.
class FlagSettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit FlagSettingsDialog(const model::FlagThresholds& thresholds, QWidget* parent = nullptr);
    [[nodiscard]] model::FlagThresholds thresholds() const;

private:
    QDoubleSpinBox* real(double value, double minimum, double maximum, const QString& name);
    QSpinBox* whole(int value, int minimum, int maximum, const QString& name);

    QDoubleSpinBox* m_rateZ = nullptr;
    QDoubleSpinBox* m_rateMultiple = nullptr;
    QSpinBox* m_repeatedTasks = nullptr;
    QSpinBox* m_lowEffortChars = nullptr;
    QDoubleSpinBox* m_lowEffortShare = nullptr;
    QSpinBox* m_burstReveals = nullptr;
    QSpinBox* m_burstSeconds = nullptr;
    QSpinBox* m_retries = nullptr;
    QDoubleSpinBox* m_retryShare = nullptr;
    QSpinBox* m_unreviewed = nullptr;
    QDoubleSpinBox* m_unreviewedShare = nullptr;
    QDoubleSpinBox* m_rareShare = nullptr;
    QSpinBox* m_rareReveals = nullptr;
    QSpinBox* m_minimumEvents = nullptr;
};

}  // namespace veil::ui
