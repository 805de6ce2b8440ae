// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/review/Preferences.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace veil::ui {

/// Settings: font size, light/dark theme, idle-lock timeout and language.
/// It edits a model::Preferences; the caller saves and applies it.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(const model::Preferences& current, QWidget* parent = nullptr);

    [[nodiscard]] model::Preferences preferences() const;

private:
    QSpinBox* m_font = nullptr;
    QComboBox* m_theme = nullptr;
    QSpinBox* m_lock = nullptr;
    QComboBox* m_language = nullptr;
};

}  // namespace veil::ui
