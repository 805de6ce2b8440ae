// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/main/Pane.h"

class QScrollArea;

namespace veil::ui {

/// Right pane: the review form generated from the batch's rubric.
class ReviewFormPane : public Pane {
    Q_OBJECT

public:
    explicit ReviewFormPane(QWidget* parent = nullptr);
    [[nodiscard]] QScrollArea* formArea() const { return m_area; }

private:
    QScrollArea* m_area = nullptr;
};

}  // namespace veil::ui
