// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

namespace veil::ui {

/// Help → About Veil: product, version, licence and every third-party
/// library with the version loaded at run time and its licence.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

}  // namespace veil::ui
